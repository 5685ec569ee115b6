// The classic script, for CMSs that allow no module scripts: a plain
// <script src defer>, the API on window.Legwise, locales still lazy.
import { expect, html } from '@open-wc/testing';
import { all, captureConsole, container, shadow, text, until } from '../helpers.js';

type Api = typeof import('../../src/index.js');
declare global {
  interface Window {
    Legwise?: Api;
  }
}

const addScript = (src: string, module = false) =>
  new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    if (module) script.type = 'module';
    else script.defer = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });

describe('CDN classic script (dist/cdn/legwise.classic.js)', () => {
  it('registers the elements and exposes window.Legwise', async () => {
    await addScript('/dist/cdn/legwise.classic.js');
    expect(window.Legwise).to.exist;
    expect(window.Legwise!.supportedLocales).to.include('ar');
    const el = await container(html`<exercise-tips></exercise-tips>`);
    await until(() => all(el, '[part="tip"]').length > 0, 'the tips');
    expect(text(shadow(el))).to.contain('Get checked first');
  });

  it('loads a locale lazily from next to the script', async () => {
    const el = await container(html`<cause-list></cause-list>`);
    await window.Legwise!.setLocale('ar');
    await until(() => shadow(el).querySelector('[part="content"]')?.getAttribute('dir') === 'rtl', 'Arabic');
    const files = performance.getEntriesByType('resource').map((e) => e.name);
    expect(files.some((f) => f.endsWith('/dist/cdn/locales/ar.js'))).to.equal(true);
    await window.Legwise!.setLocale(null);
  });

  it('works next to the module script, with no error', async () => {
    const log = captureConsole();
    try {
      await addScript('/dist/cdn/legwise.js', true);
      await addScript('/dist/cdn/legwise.classic.js?again');
      expect(log.errors).to.deep.equal([]);
      expect(log.warnings).to.deep.equal([]);
      const el = await container(html`<when-to-see-doctor region="AU"></when-to-see-doctor>`);
      expect(text(shadow(el).querySelector('[part="emergency-number"]'))).to.equal('000');
    } finally {
      log.restore();
    }
  });
});
