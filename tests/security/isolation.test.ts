// A host page's aggressive CSS does not break the widgets, and the widgets'
// CSS does not leak into the page. Theming goes through --legwise-* and parts.
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { container } from '../helpers.js';

const HOSTILE_CSS = `
  *, *::before, *::after { margin: 0 !important; padding: 0 !important; box-sizing: content-box !important; }
  div, p, ul, li, section, footer, button, a, span, h2, h3, h4 { display: none !important; }
  h1, h2, h3, h4, h5, h6 { font-size: 80px !important; color: lime !important; }
  body { color: white; background: black; letter-spacing: 0.5em; word-spacing: 2em; text-transform: uppercase;
         text-align: center; font-style: italic; line-height: 0.6; text-indent: 200px; white-space: nowrap; }
  button { background: red !important; border: 5px solid yellow !important; }
`;

describe('style isolation', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('keeps the widgets readable under a hostile page stylesheet', async () => {
    // The hostile sheet hides every <div>, so the widgets go into an element it does not name.
    const holder = document.createElement('article');
    const root = await container<HTMLElement>(
      html`<main style="display:block !important">
      <cause-list></cause-list><faq-accordion open="all"></faq-accordion>
      <when-to-see-doctor region="GB"></when-to-see-doctor><exercise-tips></exercise-tips>
    </main>`,
      undefined,
      holder,
    );
    for (const el of root.children) {
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      const box = el.getBoundingClientRect();
      expect(box.height, `${el.localName} height`).to.be.greaterThan(200);
      const heading = el.shadowRoot!.querySelector('h2')!;
      const hs = getComputedStyle(heading);
      expect(hs.display, `${el.localName} heading display`).to.not.equal('none');
      expect(parseFloat(hs.fontSize), `${el.localName} heading size`).to.be.lessThan(40);
      expect(hs.color).to.not.equal('rgb(0, 255, 0)');
      const body = getComputedStyle(el.shadowRoot!.querySelector('[part="content"]')!);
      expect(body.textTransform, 'text-transform').to.equal('none');
      expect(body.letterSpacing, 'letter-spacing').to.equal('normal');
      expect(body.fontStyle, 'font-style').to.equal('normal');
      expect(body.whiteSpace, 'white-space').to.equal('normal');
      expect(parseFloat(body.lineHeight), 'line-height').to.be.greaterThan(parseFloat(body.fontSize));
    }
    const button = root.querySelector('faq-accordion')!.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(button).backgroundColor).to.not.equal('rgb(255, 0, 0)');
  });

  it('does not leak its own styles into the page', async () => {
    const root = await container<HTMLElement>(html`<div>
      <cause-list></cause-list>
      <p class="page-text">Page text</p>
      <ul class="page-list" role="list"><li>Page item</li></ul>
    </div>`);
    style.remove();
    const p = root.querySelector('.page-text')!;
    const reference = document.createElement('p');
    document.body.append(reference);
    try {
      expect(getComputedStyle(p).marginBlockEnd).to.equal(getComputedStyle(reference).marginBlockEnd);
      expect(getComputedStyle(p).fontFamily).to.equal(getComputedStyle(reference).fontFamily);
      expect(getComputedStyle(root.querySelector('.page-list')!).listStyleType).to.equal('disc');
    } finally {
      reference.remove();
    }
  });
});
