// CDN builds: replaces the English text of every `msg('…', { id })` in
// content/ whose id is lazily loaded content (LAZY_CONTENT_ID, shared.mjs)
// with '', so that the core chunk holds code and safety text only. The
// English comes back as a chunk of its own, src/generated/content-en.ts
// (written by scripts/generate-locales.mjs with the same rule).
import { LAZY_CONTENT_ID } from '../shared.mjs';
import { applyEdits, parse, tsApi } from './common.mjs';

const CONTENT_MODULE = /\/content\/[^/]+\.ts$/;

export const stripLazyContent = () => ({
  name: 'legwise-strip-lazy-content',
  transform(code, id) {
    if (!CONTENT_MODULE.test(id)) return null;
    const file = parse(id, code);
    const cuts = [];
    const visit = (node) => {
      if (
        tsApi.isCallExpression(node) &&
        tsApi.isIdentifier(node.expression) &&
        node.expression.text === 'msg' &&
        node.arguments.length === 2 &&
        tsApi.isStringLiteralLike(node.arguments[0]) &&
        tsApi.isObjectLiteralExpression(node.arguments[1])
      ) {
        const idProp = node.arguments[1].properties.find(
          (p) =>
            tsApi.isPropertyAssignment(p) && p.name.getText(file) === 'id' && tsApi.isStringLiteralLike(p.initializer),
        );
        if (idProp && LAZY_CONTENT_ID.test(idProp.initializer.text)) {
          cuts.push([node.arguments[0].getStart(file), node.arguments[0].getEnd(), "''"]);
        }
      }
      tsApi.forEachChild(node, visit);
    };
    visit(file);
    return applyEdits(code, cuts);
  },
});
