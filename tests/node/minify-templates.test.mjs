// The build's minifier of html`` and css`` template text (scripts/rollup/minify-templates.mjs):
// what it drops, and the white space it must keep because a reader would see it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse, tsApi } from '../../scripts/rollup/common.mjs';
import { minifyCssText, minifyHtmlText, minifyTemplates } from '../../scripts/rollup/minify-templates.mjs';
import { ROOT } from '../../scripts/shared.mjs';

test("white space at a block's inner edges goes; between two elements it stays, as one space", () => {
  assert.equal(minifyHtmlText('<ul>\n  <li>One</li>\n  <li>Two</li>\n</ul>'), '<ul><li>One</li> <li>Two</li></ul>');
  assert.equal(minifyHtmlText('</p>\n    <ul>'), '</p> <ul>', 'a page may lay out a part inline');
  assert.equal(minifyHtmlText('<p> Text </p>'), '<p>Text</p>');
  assert.equal(minifyHtmlText('<section part="x">\n  '), '<section part="x">');
  assert.equal(minifyHtmlText('</div> after'), '</div> after');
});

test('white space between inline content stays: it is a space the reader sees', () => {
  assert.equal(minifyHtmlText('<strong>Call</strong> <span>999</span>'), '<strong>Call</strong> <span>999</span>');
  assert.equal(minifyHtmlText('<strong>Note:</strong>\n    text'), '<strong>Note:</strong> text');
  assert.equal(minifyHtmlText('<a href="#">Call</a> now'), '<a href="#">Call</a> now');
  assert.equal(minifyHtmlText('one  two'), 'one  two', 'a run on one line is left as it is');
  assert.equal(minifyHtmlText('<button> <span>Q</span> </button>'), '<button> <span>Q</span> </button>');
});

test('white space inside a tag becomes one space, never nothing', () => {
  assert.equal(minifyHtmlText('<p\n    class="a"\n    id="b">'), '<p class="a" id="b">');
  assert.equal(minifyHtmlText('<li part="sign one">'), '<li part="sign one">');
});

test('a part after a binding sees the tag the binding sits in', () => {
  // `<li part=${x}> ${y}`: the second part is `> ` and the tag opened before the binding.
  assert.equal(minifyHtmlText('> ', '<li part=${}'), '>');
  assert.equal(minifyHtmlText('> ', '<strong class=${}'), '> ');
  // White space right after a binding is kept: what the binding renders is not known.
  assert.equal(minifyHtmlText(' text', '<p>${}'), ' text');
  assert.equal(minifyHtmlText(' ', '<div>${}'), ' ');
});

test('CSS text loses comments and white space only', () => {
  assert.equal(
    minifyCssText('/* a */ .a {\n  color: red;\n  margin: 0 auto;\n}').trim(),
    '.a{color:red;margin:0 auto}',
  );
});

test('the rollup plugin edits only template text, and passes the text before each binding', () => {
  const code = [
    "import { html } from 'lit';",
    'export const t = (x, y) => html`',
    '  <ul>',
    '    <li part=${x}> ${y} </li>',
    '  </ul>`;',
  ].join('\n');
  const { code: result } = minifyTemplates().transform(code, '/repo/src/x.ts');
  assert.match(result, /html` <ul><li part=\$\{x\}>\$\{y\}<\/li><\/ul>`/);
  assert.equal(minifyTemplates().transform(code, '/repo/tests/x.ts'), null, 'only src/ is minified');
});

// HTML's own block-level elements (the HTML standard's rendering section gives them display: block
// or list-item), written out here rather than taken from the build, so that a wrong entry there shows.
const HTML_BLOCKS = new Set(
  'address article aside blockquote details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table ul'.split(
    ' ',
  ),
);

/** The text a reader gets from a template's HTML: tags gone, a break (¶) for each block tag, white space folded. */
const readerText = (html) =>
  html
    .replace(/<\/?([a-z][a-z0-9-]*)\b[^<>]*>/gi, (_, name) => (HTML_BLOCKS.has(name.toLowerCase()) ? '¶' : ''))
    .replace(/\s+/g, ' ')
    .replace(/ ?¶[ ¶]*/g, '¶')
    .replace(/^[ ¶]+|[ ¶]+$/g, '');

/** Each .ts file of src/: its name in src/, its path and its code. */
const sourceFiles = () =>
  readdirSync(join(ROOT, 'src'), { recursive: true })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ f, id: join(ROOT, 'src', f), code: readFileSync(join(ROOT, 'src', f), 'utf8') }));

/** Each tagged template of a source file, in source order, and the parsed file. */
function taggedTemplates(id, code) {
  const file = parse(id, code);
  const found = [];
  const visit = (node) => {
    if (tsApi.isTaggedTemplateExpression(node)) found.push(node);
    tsApi.forEachChild(node, visit);
  };
  visit(file);
  return { file, found };
}

/** Each html`` template of a source file, its expressions written as X. */
function htmlTemplates(id, code) {
  const { file, found } = taggedTemplates(id, code);
  return found
    .filter((node) => node.tag.getText(file) === 'html')
    .map(({ template: t }) =>
      tsApi.isNoSubstitutionTemplateLiteral(t)
        ? t.text
        : t.head.text + t.templateSpans.map((span) => 'X' + span.literal.text).join(''),
    );
}

test("the build's minifier never changes the text a reader gets from any template in src/", () => {
  let templates = 0;
  for (const { f, id, code } of sourceFiles()) {
    const out = minifyTemplates().transform(code, id);
    if (!out) continue;
    const before = htmlTemplates(id, code);
    const after = htmlTemplates(id, out.code);
    assert.equal(after.length, before.length, `src/${f}: the same templates`);
    before.forEach((html, i) => assert.equal(readerText(after[i]), readerText(html), `src/${f}, template ${i + 1}`));
    templates += before.length;
  }
  assert.ok(templates > 30, `checked ${templates} templates`);
});

test('for the test server (keepLines), each template starts on the line it starts on in src/', () => {
  const starts = (id, code) => {
    const { file, found } = taggedTemplates(id, code);
    return found.map((node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line);
  };
  let moved = 0;
  for (const { f, id, code } of sourceFiles()) {
    const kept = minifyTemplates({ keepLines: true }).transform(code, id);
    if (!kept) continue;
    assert.deepEqual(starts(id, kept.code), starts(id, code), `src/${f}`);
    assert.equal(kept.code.split('\n').length, code.split('\n').length, `src/${f}: line count`);
    const shipped = minifyTemplates().transform(code, id);
    if (shipped.code.split('\n').length < code.split('\n').length) moved += 1;
  }
  assert.ok(moved > 5, `without keepLines, the lines of ${moved} files move`);
});
