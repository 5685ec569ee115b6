// A Spanish page loads the CDN core and the Spanish chunk, never the English content.
import { expect, html } from '@open-wc/testing';
import { all, container, shadow, text, until } from '../helpers.js';

describe('CDN module on a Spanish page', () => {
  it('downloads the Spanish text only', async () => {
    document.documentElement.lang = 'es-ES';
    const cdn = '/dist/cdn/legwise.js';
    await import(/* @vite-ignore */ cdn);
    const el = await container(html`<cause-list></cause-list>`);
    await until(() => all(el, '[part="cause"]').length === 18, 'the causes');
    expect(shadow(el).querySelector('[part="content"]')!.getAttribute('lang')).to.equal('es');
    expect(text(shadow(el))).to.contain('Ictus');
    const files = performance.getEntriesByType('resource').map((e) => e.name);
    expect(files.some((f) => /\/chunks\/es-/.test(f))).to.equal(true);
    expect(files.some((f) => /content-en/.test(f))).to.equal(false);
    // Messages with a value in them (the review date) are translated too.
    expect(text(shadow(el).querySelector('[part="review-date"]'))).to.match(/^Última revisión: \S/);
    // The Spanish chunk is plain data: it imports nothing (so it cannot pull
    // in a second copy of the code when the script is loaded under two URLs).
    const chunk = files.find((f) => /\/chunks\/es-/.test(f))!;
    const code = await (await fetch(chunk)).text();
    expect(/\bimport\b/.test(code), 'the Spanish chunk has an import').to.equal(false);
  });
});
