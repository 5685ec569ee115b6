import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../src/index.js';
import { all, shadow } from '../helpers.js';
import { page, resetPage } from './helpers.js';

describe('accessibility', () => {
  before(async () => {
    await setLocale(null);
  });
  afterEach(resetPage);

  describe('forced colours', () => {
    /**
     * The test runner cannot switch Chromium into forced colours (its
     * forcedColors emulation is Playwright-only), so this applies the
     * widget's own `@media (forced-colors: active)` rules and checks what they
     * promise: borders stay, focus shows, tiers differ by more than colour.
     */
    function applyForcedColorRules(el: Element): () => void {
      const root = shadow(el);
      const rules: string[] = [];
      for (const sheet of root.adoptedStyleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors')) {
            rules.push(...[...rule.cssRules].map((r) => r.cssText));
          }
        }
      }
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(rules.join('\n'));
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return () => {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }

    it('keeps the tier distinction with borders and an inverted emergency heading with its arrow', async () => {
      const [, , doctor] = await page('en');
      const undo = applyForcedColorRules(doctor!);
      try {
        const [emergency, urgent, routine] = all(doctor!, '[part~="tier"]').map((t) => getComputedStyle(t));
        const canvasText = (() => {
          const probe = document.createElement('div');
          probe.style.color = 'CanvasText';
          document.body.append(probe);
          const c = getComputedStyle(probe).color;
          probe.remove();
          return c;
        })();
        expect(emergency!.borderTopWidth).to.equal('4px');
        expect(urgent!.borderTopWidth).to.equal('1px');
        expect(urgent!.borderInlineStartStyle).to.equal('solid');
        expect(routine!.borderInlineStartStyle).to.equal('double');
        for (const tier of [emergency!, urgent!, routine!]) expect(tier.borderTopColor).to.equal(canvasText);
        const heading = shadow(doctor!).querySelector('[part~="emergency"] [part="tier-heading"]')!;
        expect(getComputedStyle(heading).backgroundColor).to.equal(canvasText);
        if (CSS.supports('forced-color-adjust', 'none'))
          expect(getComputedStyle(heading).forcedColorAdjust).to.equal('none');
        const arrow = getComputedStyle(heading, '::after');
        expect(arrow.borderTopColor).to.equal(canvasText);
        expect(parseFloat(arrow.borderTopWidth)).to.be.greaterThan(5);
        const link = getComputedStyle(shadow(doctor!).querySelector('[part="emergency-number"]')!);
        expect(link.borderTopStyle).to.equal('solid');
        expect(parseFloat(link.borderTopWidth)).to.be.at.least(2);
      } finally {
        undo();
      }
    });

    it('draws keyboard focus as a Highlight outline, which forced colours keep', async () => {
      const [, faq] = await page('en');
      const undo = applyForcedColorRules(faq!);
      try {
        const button = all(faq!, 'button')[0]!;
        const start = document.createElement('button');
        faq!.before(start);
        start.focus();
        await sendKeys({ press: 'Tab' });
        expect(shadow(faq!).activeElement).to.equal(button);
        const s = getComputedStyle(button);
        expect(s.outlineStyle).to.equal('solid');
        expect(parseFloat(s.outlineWidth)).to.be.at.least(2);
        const probe = document.createElement('div');
        probe.style.color = 'Highlight';
        document.body.append(probe);
        expect(s.outlineColor).to.equal(getComputedStyle(probe).color);
        probe.remove();
        start.remove();
      } finally {
        undo();
      }
    });
  });
});
