import { expect } from '@open-wc/testing';
import { emulateMedia } from '../media.js';
import { supportedLocales, setLocale } from '../../src/index.js';
import type { FaqAccordion } from '../../src/elements/faq-accordion.js';
import { all } from '../helpers.js';
import { narrow, page, resetPage } from './helpers.js';

describe('accessibility', () => {
  before(async () => {
    await setLocale(null);
  });
  afterEach(resetPage);

  describe('axe-core: no violations', function () {
    // Axe over four whole widgets is slow in some engines, and more so with the three engines at once.
    this.timeout(30000);
    for (const width of [320, 1280]) {
      for (const locale of supportedLocales) {
        for (const scheme of ['light', 'dark'] as const) {
          it(`${locale}, ${width} px, ${scheme}: every element, the accordion closed and open`, async function () {
            await narrow(width);
            await emulateMedia({ colorScheme: scheme });
            const els = await page(locale);
            for (const el of els) await expect(el).to.be.accessible();
            const faq = els[1] as FaqAccordion;
            faq.open = 'all';
            await faq.updateComplete;
            expect(all(faq, '[part="question"]').every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(
              true,
            );
            await expect(faq).to.be.accessible();
          });
        }
      }
    }

    it('with theme="dark" in a light scheme and theme="light" in a dark scheme', async function () {
      await emulateMedia({ colorScheme: 'light' });
      for (const el of await page('en', { theme: 'dark', open: 'all' })) await expect(el).to.be.accessible();
      await emulateMedia({ colorScheme: 'dark' });
      for (const el of await page('en', { theme: 'light', open: 'all' })) await expect(el).to.be.accessible();
    });
  });
});
