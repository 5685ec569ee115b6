// A health site with a strict Content-Security-Policy (and Trusted Types) can
// embed Legwise: tests/tools/test-server.mjs serves tests/pages/ with
// default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';
// require-trusted-types-for 'script'.
import { expect } from '@open-wc/testing';
import { openPage, shown, until } from './page.js';

// module: legwise.js; module-en: legwise.en.js, the English text in the script; classic: legwise.classic.js.
for (const kind of ['module', 'module-en', 'classic'] as const) {
  describe(`strict CSP, ${kind} script`, () => {
    it('renders all four widgets with no violation and no console error', async () => {
      const page = await openPage(`/tests/pages/csp-${kind}.html`);
      try {
        const [causes, faq, doctor, tips] = page.widgets;
        expect(shown(causes!)).to.contain('Nerve and brain causes');
        expect(shown(faq!)).to.contain('When should I see a doctor');
        expect(doctor!.shadowRoot!.querySelector('[part="emergency-number"]')!.textContent).to.equal('999');
        expect(shown(tips!)).to.contain('Get checked first');
        // Styles applied: the emergency card heading has its own background.
        const heading = doctor!.shadowRoot!.querySelector('[part~="emergency"] [part="tier-heading"]')!;
        expect(page.window.getComputedStyle(heading).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
        expect(page.window.__probe.violations).to.deep.equal([]);
        expect(page.window.__probe.errors).to.deep.equal([]);
      } finally {
        page.remove();
      }
    });

    it('loads a language chunk under the policy', async () => {
      const page = await openPage(`/tests/pages/csp-${kind}.html`);
      try {
        page.document.documentElement.lang = 'ar';
        const [causes] = page.widgets;
        await until(
          () => causes!.shadowRoot!.querySelector('[part="content"]')!.getAttribute('dir') === 'rtl',
          'Arabic',
        );
        expect(page.window.__probe.violations).to.deep.equal([]);
        expect(page.window.__probe.errors).to.deep.equal([]);
      } finally {
        page.remove();
      }
    });
  });
}
