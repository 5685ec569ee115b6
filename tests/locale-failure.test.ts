import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import { getLocale, setLocale } from '../src/index.js';
import { loaders } from '../src/locale-loaders.js';
import { container, shadow, text, watchEachTest } from './helpers.js';

describe('a locale that fails to load', () => {
  const watch = watchEachTest();

  it('keeps the current language, logs one clear error, never empties the widgets', async () => {
    loaders.ar = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await container(html`<cause-list></cause-list>`);
    await setLocale('ar');
    document.documentElement.lang = 'ar';
    await new Promise((r) => setTimeout(r, 50));
    expect(getLocale()).to.equal('en');
    expect(shadow(el).querySelector('[part="content"]')!.getAttribute('lang')).to.equal('en');
    expect(text(shadow(el))).to.contain('Nerve and brain causes');
    const errors = watch.log.errors.filter((e) => e.includes('"ar"'));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('could not load');
  });
});
