// The elements of Legwise's templates that lay out as blocks: the white space
// at their inner edges is never rendered, so the build drops it
// (minify-templates.mjs). tests/shipped-templates.test.ts checks that no
// widget lays one out inline. No imports: the browser tests load it too.
export const BLOCK_TAGS = new Set([
  'details',
  'div',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'p',
  'section',
  'summary',
  'ul',
]);
