// Every build: minifies the text of Lit's css`` and html`` templates in src/
// (terser leaves template text alone). Expressions (${…}) are kept as they
// are; only comments and white space go.
import { BLOCK_TAGS } from './block-tags.mjs';
import { applyEdits, parse, tsApi } from './common.mjs';

/** Conservative CSS minifier for the text of a css`` template: comments and white space only. */
export const minifyCssText = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([:,])\s+/g, '$1')
    .replace(/;}/g, '}');

/** An opening tag at the end of the text, a closing tag at its start. */
const OPENED = /<([a-z][a-z0-9]*)\b[^<>]*>$/i;
const CLOSED = /^<\/([a-z][a-z0-9]*)\s*>/i;
const isBlock = (match) => !!match && BLOCK_TAGS.has(match[1].toLowerCase());

/**
 * White space in the text of an html`` template (the widgets' host sets
 * `white-space: normal`, and Legwise has no <pre>). A run at the inner edge of
 * a block element (right after its opening tag, or right before its closing
 * tag) goes: a block's edges drop it anyway, and each such run is a text node
 * in every widget. A run between two elements stays, as one space, so that a
 * page that lays out a part inline (`::part(review-date) { display: inline }`)
 * still gets a space between it and the next. Any other run holding a line
 * break (indentation) becomes one space, which renders the same way; other
 * text on one line is left as it is. `before`: the template's text before
 * this part, each expression as `${}`, so that a tag with a binding in it
 * (`<li part=${…}>`) still counts.
 */
export const minifyHtmlText = (text, before = '') =>
  text.replace(/\s+/g, (run, at) => {
    if (isBlock(OPENED.exec(before + text.slice(0, at))) || isBlock(CLOSED.exec(text.slice(at + run.length))))
      return '';
    return run.includes('\n') ? ' ' : run;
  });

/**
 * The rollup plugin. `keepLines` (for the test server, whose source maps would
 * otherwise point to the wrong lines): the line breaks each part of a template
 * loses are put back in the code right after it, where they render nothing.
 */
export const minifyTemplates = ({ keepLines = false } = {}) => ({
  name: 'legwise-minify-templates',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)\s*`/.test(code)) return null;
    const file = parse(id, code);
    const edits = [];
    const lineBreaks = (text) => text.split('\n').length - 1;
    // The raw text of a template part, between its delimiters; `before`: the template's text before it.
    const literal = (node, open, close, minifyText, before) => {
      const start = node.getStart(file) + open;
      const end = node.getEnd() - close;
      const text = code.slice(start, end);
      const minified = minifyText(text, before);
      edits.push([start, end, minified]);
      // Right after the part's `${` or closing backtick: code, where a line break renders nothing.
      const lost = lineBreaks(text) - lineBreaks(minified);
      if (keepLines && lost > 0) edits.push([node.getEnd(), node.getEnd(), '\n'.repeat(lost)]);
      return text;
    };
    const visit = (node) => {
      const tag = tsApi.isTaggedTemplateExpression(node) ? node.tag.getText(file) : '';
      if (tag === 'css' || tag === 'html') {
        const minifyText = tag === 'css' ? minifyCssText : minifyHtmlText;
        const t = node.template;
        if (tsApi.isNoSubstitutionTemplateLiteral(t)) literal(t, 1, 1, minifyText, '');
        else {
          let before = literal(t.head, 1, 2, minifyText, '');
          for (const span of t.templateSpans) {
            before += '${}';
            before += literal(span.literal, 1, tsApi.isTemplateTail(span.literal) ? 1 : 2, minifyText, before);
          }
        }
      }
      tsApi.forEachChild(node, visit);
    };
    visit(file);
    return applyEdits(code, edits);
  },
});
