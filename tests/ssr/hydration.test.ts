// Server HTML from legwise/server (served by tests/tools/test-server.mjs at
// /__ssr/page.html) taken over by each CDN script and by the npm build: one
// copy of each widget, the same nodes and text, the same language, the same
// boxes (no layout shift), the accordion working, no console error.
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { shown } from '../security/page.js';
import { openServerPage, type ServerPage } from './server-page.js';

/** What a reader sees of each widget: its text, and the box of each part. */
function snapshot(widgets: HTMLElement[]) {
  return widgets.map((w) => ({
    // The content's text, without the server's <style>.
    text: (w.shadowRoot!.querySelector('[part="content"]')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    copies: w.shadowRoot!.querySelectorAll('[part="content"]').length,
    content: w.shadowRoot!.querySelector('[part="content"]'),
    // A box with no area shows nothing, wherever it sits (a closed answer before and after hydration).
    boxes: [w, ...w.shadowRoot!.querySelectorAll('[part]')].map((el) => {
      const r = el.getBoundingClientRect();
      if (Math.round(r.width) === 0 || Math.round(r.height) === 0) return 'no area';
      return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(',');
    }),
  }));
}

/**
 * Runs the script the server held back (`hold=1`: its <template id="held-script">), as the page
 * would after its HTML, and waits until every widget has updated.
 */
async function runScript(page: ServerPage): Promise<void> {
  const doc = page.frame.contentDocument!;
  const source = doc.querySelector<HTMLTemplateElement>('#held-script')?.content.firstElementChild;
  if (!(source instanceof page.window.HTMLScriptElement))
    throw new Error('The page holds no script (hold=1&script=…).');
  const element = doc.createElement('script');
  if (source.type) element.type = source.type;
  element.src = source.src;
  doc.body.append(element);
  for (const widget of page.widgets) {
    await until(() => page.window.customElements.get(widget.localName) !== undefined, `${widget.localName} defined`);
    await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  }
  await until(() => page.widgets.every((w) => (w as unknown as { hasUpdated: boolean }).hasUpdated), 'updated');
}

// The scripts of tests/tools/test-server.mjs (SSR_SCRIPTS) that hydrate server HTML.
// legwise.js and legwise.classic.js on a Spanish page load the Spanish text lazily: every widget,
// the care card too, waits for it to hydrate in place, however late it comes (module-slow-es).
for (const [name, lang] of [
  ['module', 'en-GB'],
  ['module', 'es-MX'],
  ['module-es', 'es-MX'],
  ['module-slow-es', 'es-MX'],
  ['classic', 'en-GB'],
  ['classic', 'es-MX'],
  ['classic-es', 'es-MX'],
  ['npm', 'en-GB'],
] as const) {
  describe(`server HTML in ${lang}, then ${name}`, () => {
    it('hydrates in place: one copy, same nodes, text, language and boxes; the accordion works', async () => {
      const page = await openServerPage(`lang=${lang}&script=${name}&hold=1`);
      try {
        const before = snapshot(page.widgets);
        expect(before.every((s) => s.copies === 1 && s.text.length > 100)).to.equal(true);
        await runScript(page);
        const after = snapshot(page.widgets);
        for (const [i, widget] of page.widgets.entries()) {
          expect(after[i]!.copies, widget.localName).to.equal(1);
          expect(after[i]!.content, `${widget.localName} hydrated in place`).to.equal(before[i]!.content);
          expect(after[i]!.text === before[i]!.text, `${widget.localName}: the same text`).to.equal(true);
          expect(after[i]!.boxes, `${widget.localName} did not move`).to.deep.equal(before[i]!.boxes);
          expect(after[i]!.content!.getAttribute('lang')).to.equal(lang.slice(0, 2));
        }
        const faq = page.widgets[1]!;
        const buttons = [...faq.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="question"]')];
        expect(buttons[0]!.getAttribute('aria-expanded')).to.equal('true');
        buttons[1]!.click();
        await (faq as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(buttons[1]!.getAttribute('aria-expanded')).to.equal('true');
        expect(faq.shadowRoot!.getElementById(buttons[1]!.getAttribute('aria-controls')!)!.hidden).to.equal(false);
        buttons[1]!.focus();
        buttons[1]!.dispatchEvent(
          new page.window.KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }),
        );
        expect(faq.shadowRoot!.activeElement).to.equal(buttons[2]);
        expect(page.window.__probe.errors).to.deep.equal([]);
        // The CDN modules fetch Lit's hydrate support because this page has server HTML.
        const hydrateChunks = page.window.performance
          .getEntriesByType('resource')
          .filter((e) => /\/chunks\/hydrate-support-/.test(e.name));
        expect(hydrateChunks.length, 'the hydrate support chunk').to.equal(name.startsWith('module') ? 1 : 0);
      } finally {
        page.remove();
      }
    });
  });
}

describe('server HTML without lang, on a page in another language', () => {
  // The server rendered English (it was given no language); the page is Spanish.
  for (const name of ['module', 'classic', 'module-es']) {
    it(`follows the page once ${name} takes it over: every widget in Spanish, one copy`, async () => {
      const page = await openServerPage(`lang=es-MX&follow=1&script=${name}&hold=1`);
      try {
        const lang = (w: HTMLElement) => w.shadowRoot!.querySelector('[part="content"]')?.getAttribute('lang');
        expect(page.widgets.map(lang)).to.deep.equal(['en', 'en', 'en', 'en']);
        await runScript(page);
        await until(() => page.widgets.every((w) => lang(w) === 'es'), 'every widget in Spanish');
        for (const widget of page.widgets)
          expect(widget.shadowRoot!.querySelectorAll('[part="content"]'), widget.localName).to.have.length(1);
        expect(shown(page.widgets[1]!)).to.contain('¿');
        expect(page.window.__probe.errors).to.deep.equal([]);
      } finally {
        page.remove();
      }
    });
  }
});

describe('server HTML of a card with no region, on a page that sets one with setRegion()', () => {
  it('shows the page region’s number once the script takes it over: one copy', async () => {
    const page = await openServerPage('lang=en-GB&noregion=1&script=module-set-region&hold=1');
    try {
      const doctor = page.widgets[2]!;
      const link = () => doctor.shadowRoot!.querySelector('a[part="emergency-number"]');
      expect(link()).to.equal(null);
      await runScript(page);
      await until(() => link()?.textContent?.trim() === '999', 'the number for GB');
      expect(doctor.shadowRoot!.querySelectorAll('[part="content"]')).to.have.length(1);
      expect(page.window.__probe.errors).to.deep.equal([]);
    } finally {
      page.remove();
    }
  });
});

describe('server HTML that cannot be hydrated renders afresh, once', () => {
  for (const [what, query] of [
    ['from another Legwise version', 'version=0.0.1&script=module'],
    ["with Lit's comments stripped", 'strip=1&script=module'],
    ['under the npm build without the hydrate support', 'script=npm-no-hydrate'],
  ] as const) {
    it(what, async () => {
      const page = await openServerPage(`lang=en-GB&${query}&hold=1`);
      try {
        const infos: string[] = [];
        page.window.console.info = (...args: unknown[]) => infos.push(args.join(' '));
        const before = snapshot(page.widgets);
        await runScript(page);
        await until(() => page.widgets.every((w) => shown(w).includes('health professional')), 'the widgets rendered');
        const after = snapshot(page.widgets);
        for (const [i, widget] of page.widgets.entries()) {
          expect(after[i]!.copies, widget.localName).to.equal(1);
          expect(after[i]!.text === before[i]!.text, `${widget.localName}: the same text`).to.equal(true);
          expect(after[i]!.content, `${widget.localName} rendered afresh`).to.not.equal(before[i]!.content);
        }
        expect(page.window.__probe.errors).to.deep.equal([]);
        // Only the missing hydrate support is the page's to fix: one hint, naming the import.
        const hints = infos.filter((m) => m.includes('hydrate support'));
        expect(hints).to.have.length(query.includes('npm-no-hydrate') ? 1 : 0);
        if (hints.length) expect(hints[0]).to.contain('@lit-labs/ssr-client/lit-element-hydrate-support.js');
      } finally {
        page.remove();
      }
    });
  }
});

for (const script of ['module', 'classic'] as const) {
  describe(`server HTML under the strict CSP with the style hashes, ${script} script`, () => {
    it('renders once, styled, with no violation and no console error', async () => {
      const page = await openServerPage(`lang=en-GB&csp=1&script=${script}`);
      try {
        await until(
          () => page.widgets.every((w) => (w as unknown as { hasUpdated?: boolean }).hasUpdated === true),
          'hydrated',
        );
        for (const widget of page.widgets) {
          expect(widget.shadowRoot!.querySelectorAll('[part="content"]').length).to.equal(1);
        }
        const doctor = page.widgets[2]!;
        const heading = doctor.shadowRoot!.querySelector('[part~="emergency"] [part="tier-heading"]')!;
        expect(page.window.getComputedStyle(heading).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
        expect(page.window.__probe.violations).to.deep.equal([]);
        expect(page.window.__probe.errors).to.deep.equal([]);
      } finally {
        page.remove();
      }
    });

    // Defining a tag upgrades its widgets: that work waits until the server HTML is on screen
    // (src/internal/server-html.ts), or 100 ms where the browser reports no paint.
    it("defines the elements only once the page's first paint is on screen", async () => {
      const page = await openServerPage(`lang=en-GB&script=${script}`);
      try {
        const { defined } = page.window.__probe;
        await until(() => Object.keys(defined).length === 4, 'all four defined');
        for (const [tag, { at, painted }] of Object.entries(defined)) {
          expect(painted || at >= 100, `${tag} defined at ${at.toFixed(0)} ms, painted: ${painted}`).to.equal(true);
        }
      } finally {
        page.remove();
      }
    });
  });
}
