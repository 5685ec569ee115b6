// The size report's attribution of minified bytes to source files
// (scripts/rollup/source-parts.mjs), on a hand-made source map.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLitSource, litShare, partCosts, pieces } from '../../scripts/rollup/source-parts.mjs';

const LIT = 'node_modules/lit-html/lit-html.js';
// Line 1: "a" from LIT, "bb" from content/care.ts; line 2: "cd" from LIT again (source index -1).
const code = 'abb\ncd';
const map = { sources: [LIT, 'content/care.ts'], mappings: 'AAAA,CCAA;ADAA' };

test('pieces() splits the code by source, in order, and loses no byte', () => {
  const p = pieces(code, map);
  assert.equal(p.map((x) => x.text).join(''), code);
  assert.deepEqual(
    p.filter((x) => x.source).map((x) => [x.text, x.source]),
    [
      ['a', LIT],
      ['bb', 'content/care.ts'],
      ['cd', LIT],
    ],
  );
});

test("litShare() is Lit's share of the bytes", () => {
  assert.equal(litShare(pieces(code, map)), 3 / 6);
  assert.equal(isLitSource('node_modules/@lit/reactive-element/css-tag.js'), true);
  assert.equal(isLitSource('src/elements/frame.ts'), false);
});

test('partCosts() gives Lit and the care cards their cost, and nothing to the other parts', () => {
  const [lit, care, ...others] = partCosts(code, pieces(code, map)).map((p) => p.gzip);
  assert.ok(lit > 0 && care > 0, `Lit ${lit}, care cards ${care}`);
  assert.deepEqual(others, [0, 0, 0, 0, 0]);
});
