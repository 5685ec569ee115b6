// The build drops the white space at the inner edges of the block elements in
// the templates (scripts/rollup/minify-templates.mjs; the browser tests render
// the templates that way too, tests/tools/shipped-templates.mjs). That is only
// safe while those elements lay out as blocks: none of the widgets' own styles
// may lay one out inline, on screen or in print.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { BLOCK_TAGS } from '../scripts/rollup/block-tags.mjs';
import { emulateMedia } from './media.js';
import { mountFourWidgets, shadow } from './helpers.js';
import type { FaqAccordion } from '../src/elements/faq-accordion.js';

/** Displays that put an element in the line of the text around it. */
const IN_LINE = /^(inline|contents|ruby)/;

async function blocksShownInline(): Promise<string[]> {
  const widgets = await mountFourWidgets('GB', { order: 'tags' });
  const faq = widgets.find((w) => w.localName === 'faq-accordion') as FaqAccordion;
  for (const item of faq.shownItems) faq.show(item.id);
  await faq.updateComplete;
  for (const w of widgets) for (const d of shadow(w).querySelectorAll('details')) d.open = true;
  const found: string[] = [];
  let blocks = 0;
  for (const w of widgets) {
    for (const el of shadow(w).querySelectorAll('*')) {
      if (!BLOCK_TAGS.has(el.localName)) continue;
      blocks += 1;
      const display = getComputedStyle(el).display;
      if (IN_LINE.test(display))
        found.push(`<${w.localName}> <${el.localName} part="${el.getAttribute('part') ?? ''}">: ${display}`);
    }
  }
  expect(blocks, 'block elements checked').to.be.greaterThan(100);
  return found;
}

describe('the shipped templates', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  it('lay out every block element of the widgets as a block on screen', async () => {
    expect(await blocksShownInline()).to.deep.equal([]);
  });

  it('and in print', async () => {
    await emulateMedia({ media: 'print', colorScheme: 'light' });
    expect(await blocksShownInline()).to.deep.equal([]);
  });
});
