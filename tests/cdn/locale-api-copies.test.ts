// Two copies of Legwise on one page: an app's build that only imports the
// element classes and the locale API (legwise/classes.js, side-effect free),
// and a CDN script that defines the tags. setLocale() from either copy
// steers the widgets on the page, whichever copy was imported first.
import { expect, html } from '@open-wc/testing';
import { getLocale, setLocale } from '../../src/i18n/index.js';
import { container, shadow, until } from '../helpers.js';

describe('the locale API shared by two copies', () => {
  it('setLocale() from the copy without widgets steers the CDN copy’s widgets', async () => {
    expect(customElements.get('faq-accordion'), 'no copy has defined the tags yet').to.equal(undefined);
    const cdn = '/dist/cdn/legwise.js';
    const other = (await import(/* @vite-ignore */ cdn)) as { getLocale(): string };
    const el = await container(html`<faq-accordion></faq-accordion>`);
    const lang = () => shadow(el).querySelector('[part="content"]')?.getAttribute('lang');
    await until(() => lang() === 'en', 'English first');
    await setLocale('es');
    await until(() => lang() === 'es', 'the widget in Spanish');
    expect(getLocale()).to.equal('es');
    expect(other.getLocale()).to.equal('es');
    await setLocale(null);
    await until(() => lang() === 'en', 'back to the page language');
  });
});
