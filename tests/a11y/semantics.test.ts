import { expect } from '@open-wc/testing';
import { supportedLocales, setLocale } from '../../src/index.js';
import { directionOf } from '../../src/i18n/negotiate.js';
import { all, shadow, text } from '../helpers.js';
import { callLabel, content, page, resetPage } from './helpers.js';

/** A language's direction in the browser's own locale data, where the engine has it (Firefox has not). */
function browserDirection(locale: string): string | undefined {
  type TextInfo = { direction: string };
  const tag = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?(): TextInfo; textInfo?: TextInfo };
  return (tag.getTextInfo?.() ?? tag.textInfo)?.direction;
}

describe('accessibility', () => {
  before(async () => {
    await setLocale(null);
  });
  afterEach(resetPage);

  describe('screen-reader semantics', () => {
    it('uses the heading levels asked', async () => {
      for (const level of [2, 3, 5]) {
        const els = await page('en', { 'heading-level': String(level) });
        for (const el of els) {
          const headings = all(el, 'h2, h3, h4, h5, h6').map((h) => Number(h.localName[1]));
          expect(headings.length, el.localName).to.be.greaterThan(0);
          expect(Math.min(...headings), el.localName).to.equal(level);
          expect(Math.max(...headings), el.localName).to.be.at.most(level + 1);
        }
      }
    });

    it('exposes the content language and direction with lang and dir', async () => {
      expect(directionOf('ar'), 'a guard: an emptied list would expect ltr everywhere').to.equal('rtl');
      for (const locale of supportedLocales) {
        // The one list of right-to-left languages is RTL_LANGUAGES in src/i18n/negotiate.ts;
        // where the browser knows the language's direction, the two must agree.
        const dir = directionOf(locale);
        const own = browserDirection(locale);
        if (own) expect(dir, `${locale}: the browser's locale data`).to.equal(own);
        for (const el of await page(locale)) {
          expect(content(el).getAttribute('lang'), el.localName).to.equal(locale);
          expect(content(el).getAttribute('dir'), el.localName).to.equal(dir);
        }
      }
    });

    it('names the emergency link "Call 999 (United Kingdom)" in the page language, with the visible number in the name', async () => {
      for (const locale of supportedLocales) {
        const [, , doctor] = await page(locale);
        const link = shadow(doctor!).querySelector('[part="emergency-number"]')!;
        expect(link.getAttribute('href')).to.equal('tel:999');
        expect(link.getAttribute('aria-label'), locale).to.equal(await callLabel(locale, '999'));
        expect(link.getAttribute('aria-label')).to.contain(text(link));
        expect(text(link)).to.equal('999');
      }
    });

    it('names each widget’s sources list apart, starting with its visible label, in every language', async () => {
      for (const locale of supportedLocales) {
        const summaries = (await page(locale)).map((el) => shadow(el).querySelector('[part="sources"] > summary')!);
        const names = summaries.map((summary) => summary.getAttribute('aria-label') ?? '');
        expect(new Set(names).size, `${locale}: ${names.join(' | ')}`).to.equal(summaries.length);
        for (const [i, summary] of summaries.entries()) {
          expect(
            names[i]!.startsWith(text(summary)),
            `${locale}: "${names[i]}" starts with "${text(summary)}"`,
          ).to.equal(true);
          expect(names[i]!.length).to.be.greaterThan(text(summary).length);
        }
      }
    });

    it('follows the APG accordion pattern: buttons in headings that control their answers', async () => {
      const [, faq] = await page('en', { open: 'stress' });
      const buttons = all(faq!, '[part="question"]');
      expect(buttons.length).to.be.greaterThan(0);
      for (const button of buttons) {
        expect(button.localName).to.equal('button');
        expect(button.parentElement!.matches('h2')).to.equal(true);
        const panel = shadow(faq!).getElementById(button.getAttribute('aria-controls')!)!;
        // Ten answers can be open at once: not ten landmarks (APG); see faq-accordion.test.ts.
        expect(panel.hasAttribute('role')).to.equal(false);
        const open = button.getAttribute('aria-expanded') === 'true';
        // What a sighted reader sees matches what is announced.
        expect(getComputedStyle(panel).display === 'none', button.id).to.equal(!open);
      }
    });
  });
});
