// The React example's built page (examples/react/_site/, written by
// tests/examples/react.test.mjs) in the browser: React hydrates its root with
// no hydration error, the widget inside it is hydrated by Lit in place (the
// server's shadow root kept, not rendered a second time), and it works.
import { expect } from '@open-wc/testing';
import { openFrame, until } from '../helpers.js';

const PAGE = '/examples/react/_site/index.html';

type Lit = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> };

describe('React example: server HTML inside a React root, hydrated', function () {
  this.timeout(30000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('keeps the server shadow root, hydrates it once, with no React or Lit error', async () => {
    const html = await (await fetch(PAGE)).text();
    const noteErrors = `<script>
      window.__errors = [];
      const error = console.error.bind(console);
      console.error = (...args) => { window.__errors.push(args.map(String).join(' ')); error(...args); };
      addEventListener('error', (e) => window.__errors.push('uncaught: ' + e.message));
    </script>`;
    const noteServerNode = `<script>
      window.__before = document.querySelector('when-to-see-doctor').shadowRoot?.querySelector('[part="content"]') ?? null;
    </script>`;
    frame = await openFrame({
      srcdoc: html
        .replace('<head>', `<head><base href="${new URL('/examples/react/_site/', location.href)}">${noteErrors}`)
        .replace('<script type="application/json"', `${noteServerNode}<script type="application/json"`),
    });
    const doc = frame.contentDocument!;
    const win = frame.contentWindow as Window & { __errors: string[]; __before: Element | null };
    const card = doc.querySelector('when-to-see-doctor') as Lit;
    await until(() => card.hasUpdated === true, 'the card hydrated');
    await card.updateComplete;
    expect(win.__before, 'the server shadow root was there before any script').to.not.equal(null);
    expect(card.shadowRoot!.querySelector('[part="content"]')).to.equal(win.__before);
    expect(doc.querySelectorAll('when-to-see-doctor')).to.have.length(1);
    expect(card.shadowRoot!.querySelectorAll('[part~="emergency"]')).to.have.length(1);
    expect(card.shadowRoot!.querySelector('[part="emergency-number"]')!.getAttribute('href')).to.equal('tel:999');
    // React's hydration ran over the root (its event delegation is on the root) and nothing was reported.
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__errors).to.deep.equal([]);
  });
});
