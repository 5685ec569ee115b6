// CDN builds: minifies the text of Lit's css`` and html`` templates in src/
// (terser leaves template text alone). Expressions (${…}) are kept as they
// are; only comments and white space go.
import { applyEdits, parse, tsApi } from './common.mjs';

/** Conservative CSS minifier for the text of a css`` template: comments and white space only. */
export const minifyCssText = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([:,])\s+/g, '$1')
    .replace(/;}/g, '}');

/**
 * Collapse the indentation inside an html`` template: a run of white space
 * holding a line break becomes one space, which HTML renders the same way
 * (Legwise has no <pre>). Text on one line is left as it is.
 */
export const minifyHtmlText = (text) => text.replace(/\s*\n\s*/g, ' ');

export const minifyTemplates = () => ({
  name: 'legwise-minify-templates',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)\s*`/.test(code)) return null;
    const file = parse(id, code);
    const edits = [];
    const literal = (node, open, close, minifyText) => {
      // The raw text of a template part, between its delimiters.
      const start = node.getStart(file) + open;
      const end = node.getEnd() - close;
      edits.push([start, end, minifyText(code.slice(start, end))]);
    };
    const visit = (node) => {
      const tag = tsApi.isTaggedTemplateExpression(node) ? node.tag.getText(file) : '';
      if (tag === 'css' || tag === 'html') {
        const minifyText = tag === 'css' ? minifyCssText : minifyHtmlText;
        const t = node.template;
        if (tsApi.isNoSubstitutionTemplateLiteral(t)) literal(t, 1, 1, minifyText);
        else {
          literal(t.head, 1, 2, minifyText);
          t.templateSpans.forEach((span) =>
            literal(span.literal, 1, tsApi.isTemplateTail(span.literal) ? 1 : 2, minifyText),
          );
        }
      }
      tsApi.forEachChild(node, visit);
    };
    visit(file);
    return applyEdits(code, edits);
  },
});
