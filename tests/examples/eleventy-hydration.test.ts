// The Eleventy example's built pages (examples/eleventy/_site/, written by
// tests/examples/eleventy.test.mjs or `npm run example:eleventy`) in the
// browser: the server's shadow roots are hydrated, not rendered a second time,
// and the widgets work. Each page is loaded as the site serves it, in an
// iframe, with two lines added for the test: a first script in <head> that
// notes console errors and uncaught errors, and one after the widgets that
// notes a node of each server-rendered shadow root before the site's script runs.
// The page's script is the example's bundle (js/hydrate.js): Lit's production
// build, as a site ships it; the other browser tests load Lit's development
// build, whose private names differ.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { TAGS, openFrame, until } from '../helpers.js';

const SITE = '/examples/eleventy/_site/';

interface Noted {
  errors: string[];
  before: Record<string, Element | null>;
}
type Lit = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<boolean> };

const NOTE_ERRORS = `<script>
  window.__noted = { errors: [], before: {} };
  const error = console.error.bind(console);
  console.error = (...args) => { window.__noted.errors.push(args.map(String).join(' ')); error(...args); };
  addEventListener('error', (e) => window.__noted.errors.push('uncaught: ' + e.message));
  addEventListener('unhandledrejection', (e) => window.__noted.errors.push('unhandled: ' + e.reason));
</script>`;
const NOTE_SERVER_NODES = `<script>
  for (const tag of ${JSON.stringify(TAGS)})
    window.__noted.before[tag] = document.querySelector(tag).shadowRoot?.querySelector('[part="content"]') ?? null;
</script>`;

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('Eleventy example, hydrated by the npm build', function () {
  this.timeout(30000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  /** Loads a built page in an iframe; resolves once every widget has hydrated. */
  async function open(path: string) {
    const response = await fetch(SITE + path);
    expect(response.ok, `${SITE + path} (build it: npm run example:eleventy)`).to.equal(true);
    const page = (await response.text())
      .replace('<head>', `<head><base href="${new URL(SITE + path, location.href)}">${NOTE_ERRORS}`)
      .replace('<script type="module"', `${NOTE_SERVER_NODES}<script type="module"`);
    frame = await openFrame({ srcdoc: page });
    const win = frame.contentWindow as Window & typeof globalThis & { __noted: Noted };
    const doc = frame.contentDocument!;
    const widgets = TAGS.map((tag) => doc.querySelector<Lit>(tag)!);
    await until(() => widgets.every((w) => w.hasUpdated), 'the widgets to hydrate');
    await Promise.all(widgets.map((w) => w.updateComplete));
    return { win, doc, widgets, noted: win.__noted };
  }

  it('reuses the server-rendered shadow roots: one copy of each widget, no errors', async () => {
    const { widgets, noted } = await open('index.html');
    for (const widget of widgets) {
      const root = widget.shadowRoot!;
      expect(root.querySelectorAll('[part="content"]'), widget.localName).to.have.length(1);
      // The node the HTML parser made is the one on screen: hydrated, not replaced.
      expect(noted.before[widget.localName], `${widget.localName} server node`).to.not.equal(null);
      expect(root.querySelector('[part="content"]')).to.equal(noted.before[widget.localName]);
      expect(root.querySelectorAll('style').length, `${widget.localName} styles`).to.be.at.most(1);
    }
    const [, faq, care] = widgets;
    expect(text(care!.shadowRoot)).to.include('Get emergency help now');
    expect(text(care!.shadowRoot)).to.include('United Kingdom: call 999');
    expect(text(faq!.shadowRoot)).to.include('When should I see a doctor about weak legs?');
    expect(noted.errors).to.deep.equal([]);
  });

  it('opens a question with Enter after hydration', async () => {
    const { widgets, noted } = await open('index.html');
    const faq = widgets[1]!;
    const button = faq.shadowRoot!.querySelector<HTMLButtonElement>('button[part="question"]')!;
    const panel = faq.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => button.getAttribute('aria-expanded') === 'true', 'the question to open');
    expect(panel.hidden).to.equal(false);
    expect(text(panel)).to.not.equal('');
    expect(noted.errors).to.deep.equal([]);
  });

  it('shows the Spanish page in Spanish once hydrated, one copy of each widget', async () => {
    const { widgets, noted } = await open('es/index.html');
    const care = widgets[2]!;
    await until(() => text(care.shadowRoot).includes('Pida ayuda de emergencia ahora'), 'the Spanish emergency card');
    for (const widget of widgets) {
      expect(widget.shadowRoot!.querySelectorAll('[part="content"]'), widget.localName).to.have.length(1);
      expect(widget.shadowRoot!.querySelector('[part="content"]')!.getAttribute('lang')).to.equal('es');
    }
    expect(text(widgets[1]!.shadowRoot)).to.include('¿Cuándo debo ir al médico si tengo las piernas débiles?');
    expect(text(care.shadowRoot)).to.not.include('Get emergency help now');
    expect(noted.errors).to.deep.equal([]);
  });
});
