// Server HTML from legwise/server with no script to take it over: run with
// scripts off, with the script blocked, and printed. Every answer and number
// must still reach the reader.
import { expect } from '@open-wc/testing';
import { shown } from '../security/page.js';
import { emulateMedia } from '../media.js';
import { openServerPage } from './server-page.js';

describe('server HTML without JavaScript', () => {
  it('is complete: every FAQ answer readable, the emergency number a tel: link', async () => {
    // A sandbox without allow-scripts: the page runs no script at all.
    const page = await openServerPage('lang=en-GB', 'allow-same-origin');
    try {
      const [causes, faq, doctor, tips] = page.widgets;
      for (const widget of [causes!, tips!]) expect(shown(widget).length).to.be.greaterThan(200);
      expect(doctor!.shadowRoot!.querySelector('a[part="emergency-number"]')!.getAttribute('href')).to.equal('tel:999');
      const answers = [...faq!.shadowRoot!.querySelectorAll<HTMLElement>('[part="answer"]')];
      expect(answers.length).to.be.greaterThan(3);
      for (const answer of answers) expect(answer.textContent!.trim().length).to.be.greaterThan(20);
      // The frame runs no script, so (scripting: none) applies and every answer shows, open or not.
      expect(page.window.matchMedia('(scripting: none)').matches).to.equal(true);
      for (const answer of answers) expect(answer.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      page.remove();
    }
  });

  it('with its script blocked: the closed answers take no space, then all show after 5 seconds', async () => {
    // Scripts run, but the page has no Legwise script (as when a blocker or the network stops it).
    const page = await openServerPage('lang=en-GB');
    try {
      const [, faq] = page.widgets;
      const root = faq!.shadowRoot!;
      expect(page.window.customElements.get('faq-accordion')).to.equal(undefined);
      const answers = [...root.querySelectorAll<HTMLElement>('[part="answer"]')];
      const closed = answers.filter((a) => a.hidden);
      expect(closed.length).to.be.greaterThan(3);
      expect(answers.length - closed.length, 'the answer opened by the server').to.equal(1);
      const height = (el: Element) => el.getBoundingClientRect().height;
      for (const answer of closed) expect(height(answer), answer.id).to.equal(0);
      const icons = [...root.querySelectorAll('.icon')];
      for (const icon of icons) expect(page.window.getComputedStyle(icon).visibility).to.equal('visible');
      // The wait is a CSS animation with a 5 s delay: run it to its end rather than wait.
      const waits = root.getAnimations();
      expect(waits.length).to.equal(closed.length + icons.length);
      for (const wait of waits) expect(wait.effect!.getTiming().delay).to.equal(5000);
      for (const wait of waits) wait.finish();
      for (const answer of answers) expect(height(answer), answer.id).to.be.greaterThan(20);
      for (const icon of icons) expect(page.window.getComputedStyle(icon).visibility).to.equal('hidden');
    } finally {
      page.remove();
    }
  });

  it('prints: every FAQ answer, the emergency number and each review date, in black, without chevrons', async () => {
    const page = await openServerPage('lang=en-GB', 'allow-same-origin');
    const doc = page.frame.contentDocument!;
    const style = (el: Element) => page.window.getComputedStyle(el);
    const printed = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && style(el).visibility !== 'hidden';
    };
    const black = 'rgb(0, 0, 0)';
    try {
      await emulateMedia({ media: 'print' }, doc);
      const [, faq, doctor] = page.widgets;
      const answers = faq!.shadowRoot!.querySelectorAll('[part="answer"]');
      expect(answers.length).to.be.greaterThan(0);
      expect(answers).to.have.length(faq!.shadowRoot!.querySelectorAll('[part="question"]').length);
      for (const answer of answers) {
        expect(printed(answer), answer.id).to.equal(true);
      }
      for (const icon of faq!.shadowRoot!.querySelectorAll('.icon')) expect(style(icon).display).to.equal('none');
      const link = doctor!.shadowRoot!.querySelector('a[part="emergency-number"]')!;
      expect(printed(link)).to.equal(true);
      expect(link.textContent!.trim()).to.equal('999');
      expect(style(link).color).to.equal(black);
      for (const widget of page.widgets) {
        const date = widget.shadowRoot!.querySelector('[part="review-date"]')!;
        expect(printed(date), widget.localName).to.equal(true);
        expect(date.textContent).to.contain('2026');
        expect(style(date).color, widget.localName).to.equal(black);
      }
    } finally {
      await emulateMedia({ media: 'screen' }, doc);
      page.remove();
    }
  });
});
