// A host app that localizes itself with @lit/localize (the same copy Legwise's
// npm build imports) keeps working next to Legwise, and so does Legwise.
import { expect, html } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
import '../src/index.js';
import { setLocale as setLegwiseLocale } from '../src/index.js';
import { container, shadow, text } from './helpers.js';

describe('next to a host app that uses @lit/localize', () => {
  it('neither breaks the other', async () => {
    const host = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['es'],
      loadLocale: async () => ({ templates: { 'host.greeting': 'Hola desde la app' } }),
    });
    await host.setLocale('es');
    expect(msg('Hello from the app', { id: 'host.greeting' })).to.equal('Hola desde la app');

    const el = await container<HTMLElement & { updateComplete: Promise<boolean> }>(html`<cause-list></cause-list>`);
    expect(text(shadow(el))).to.contain('Nerve and brain causes');
    await setLegwiseLocale('es');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="content"]')!.getAttribute('lang')).to.equal('es');
    expect(text(shadow(el))).to.not.contain('Nerve and brain causes');
    // The host's own messages are untouched.
    expect(msg('Hello from the app', { id: 'host.greeting' })).to.equal('Hola desde la app');
    await setLegwiseLocale(null);
  });
});
