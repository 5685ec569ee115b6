// The CDN module as a webmaster embeds it: dist/cdn/legwise.js (npm run build).
import { expect, html } from '@open-wc/testing';
import { all, captureConsole, container, shadow, TAGS, text, until } from '../helpers.js';

type Api = typeof import('../../src/index.js');
const load = (query = '') => import(/* @vite-ignore */ `/dist/cdn/legwise.js${query}`) as Promise<Api>;

const resources = () => performance.getEntriesByType('resource').map((e) => e.name);

describe('CDN module (dist/cdn/legwise.js)', () => {
  it('registers the four elements and shows the English content', async () => {
    const api = await load();
    for (const tag of TAGS) {
      expect(customElements.get(tag), tag).to.exist;
    }
    expect(api.supportedLocales).to.include('es');
    const el = await container(html`<cause-list></cause-list>`);
    await until(() => all(el, '[part="cause"]').length === 18, 'the causes');
    expect(text(shadow(el)))
      .to.contain('Nerve and brain causes')
      .and.contain('Stroke');
    expect(resources().some((r) => /\/chunks\/content-en-/.test(r))).to.equal(true);
    // No server HTML on this page: Lit's hydrate support is not downloaded.
    expect(resources().filter((r) => /\/chunks\/hydrate-support-/.test(r))).to.deep.equal([]);
  });

  it('shows the care cards at once, without waiting for any chunk', async () => {
    await load();
    const el = await container(html`<when-to-see-doctor region="US"></when-to-see-doctor>`);
    expect(text(shadow(el).querySelector('[part~="emergency"]'))).to.contain('one side of the body');
    expect(text(shadow(el).querySelector('[part="emergency-number"]'))).to.equal('911');
  });

  it('loads twice under another URL with no error and one definition', async () => {
    const log = captureConsole();
    try {
      const first = customElements.get('cause-list');
      const again = await load('?v=2');
      expect(customElements.get('cause-list')).to.equal(first);
      expect(again.getLocale()).to.be.a('string');
      expect(log.errors).to.deep.equal([]);
      expect(log.warnings).to.deep.equal([]);
    } finally {
      log.restore();
    }
  });

  it('asks V8 to compile every CDN script while it streams in (compile hint on the first line)', async () => {
    // Terser drops comments; the build keeps this one on purpose (BENCHMARKS.md, item 5).
    const hashed = Object.keys(await (await fetch('/dist/cdn/integrity.json')).json());
    const scripts = hashed.filter((file) => /^legwise\./.test(file));
    expect(scripts).to.include.members([
      'legwise.js',
      'legwise.classic.js',
      'legwise.en.js',
      'legwise.es.js',
      'legwise.ar.js',
    ]);
    for (const file of scripts) {
      const source = await (await fetch(`/dist/cdn/${file}`)).text();
      expect(source.split('\n', 1)[0], file).to.equal('//# allFunctionsCalledOnLoad');
    }
  });

  it('switches to Spanish and back without reloading the page', async () => {
    const api = await load();
    const el = await container(html`<faq-accordion></faq-accordion>`);
    await api.setLocale('es');
    await until(() => shadow(el).querySelector('[part="content"]')?.getAttribute('lang') === 'es', 'Spanish');
    expect(text(shadow(el).querySelector('button'))).to.match(/¿/);
    await api.setLocale(null);
  });
});
