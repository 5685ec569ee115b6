import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia } from '../media.js';
import { supportedLocales, setLocale } from '../../src/index.js';
import type { LegwiseElement } from '../../src/elements/legwise-element.js';
import { all, shadow, text } from '../helpers.js';
import { contrast, over, parseColour } from '../colour.js';
import { content, narrow, page, resetPage } from './helpers.js';

describe('accessibility', () => {
  before(async () => {
    await setLocale(null);
  });
  afterEach(resetPage);

  describe('focus (WCAG 2.4.7, 2.4.11, 2.4.13)', () => {
    for (const [name, scheme, attrs] of [
      ['light', 'light', undefined],
      ['dark', 'dark', undefined],
      ['theme="dark"', 'light', { theme: 'dark' }],
    ] as const) {
      it(`${name}: every focusable element shows a solid outline of 3:1 or more around readable text`, async function () {
        await emulateMedia({ colorScheme: scheme });
        await narrow(480, 700);
        const els = await page('en', attrs);
        // In tab order: the first widget's sources, the accordion's buttons and its sources, then the number and the cards' sources.
        const focusables = [
          ...all(els[0]!, 'summary'),
          ...all(els[1]!, 'button, summary'),
          ...all(els[2]!, 'a[href], summary'),
        ];
        expect(focusables.length).to.be.greaterThan(5);
        const surfaces = new Map(els.map((el) => [el, parseColour(getComputedStyle(content(el)).backgroundColor)]));
        // Reach each one with the keyboard, so that :focus-visible applies.
        const start = document.createElement('button');
        start.textContent = 'start';
        els[0]!.parentElement!.prepend(start);
        start.focus();
        const reached: HTMLElement[] = [];
        for (let i = 0; i < 60 && reached.length < focusables.length; i++) {
          await sendKeys({ press: 'Tab' });
          const host = document.activeElement;
          const target = host?.shadowRoot?.activeElement as HTMLElement | null | undefined;
          if (!target) continue;
          reached.push(target);
          const s = getComputedStyle(target);
          const surface = surfaces.get(host as LegwiseElement)!;
          expect(target.matches(':focus-visible')).to.equal(true);
          expect(s.outlineStyle, text(target)).to.equal('solid');
          expect(parseFloat(s.outlineWidth), text(target)).to.be.at.least(2);
          expect(contrast(parseColour(s.outlineColor), surface), `outline of ${text(target)}`).to.be.at.least(3);
          const fill = over(parseColour(s.backgroundColor), surface);
          expect(contrast(parseColour(s.color), fill), `text of ${text(target)}`).to.be.at.least(4.5);
          // Not hidden (WCAG 2.4.11): at least partly in the viewport once the browser scrolled to it.
          const r = target.getBoundingClientRect();
          expect(r.bottom, `${text(target)} below the top`).to.be.greaterThan(0);
          expect(r.top, `${text(target)} above the bottom`).to.be.lessThan(window.innerHeight);
        }
        expect(reached).to.deep.equal(focusables);
        start.remove();
      });
    }

    it('shows no focus fill for a mouse click (focus-visible only)', async () => {
      const [, faq] = await page('en');
      const button = all(faq!, 'button')[0]!;
      const before = getComputedStyle(button).backgroundColor;
      button.focus({ focusVisible: false } as FocusOptions);
      button.click();
      expect(getComputedStyle(button).backgroundColor).to.equal(before);
    });
  });

  describe('motion', () => {
    it('honours prefers-reduced-motion: the chevron does not animate', async function () {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const [, faq] = await page('en');
      const icon = shadow(faq!).querySelector('.icon')!;
      expect(getComputedStyle(icon).transitionDuration).to.equal('0.15s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(icon).transitionDuration).to.equal('0s');
      expect(getComputedStyle(icon).animationName).to.equal('none');
    });
  });

  describe('not by colour alone (WCAG 1.4.1)', () => {
    it('each tier has its own words: a prefix and a heading', async () => {
      for (const locale of supportedLocales) {
        const [, , doctor] = await page(locale);
        const tiers = all(doctor!, '[part~="tier"]');
        const prefixes = tiers.map((t) => text(t.querySelector('[part="tier-heading"] .visually-hidden')));
        const headings = tiers.map((t) => text(t.querySelector('[part="tier-heading"]')));
        expect(new Set(prefixes).size, locale).to.equal(3);
        expect(new Set(headings).size, locale).to.equal(3);
        for (const [i, h] of headings.entries()) expect(h.startsWith(prefixes[i]!), locale).to.equal(true);
        expect(prefixes.every((p) => p.length > 3)).to.equal(true);
      }
    });
  });
});
