// The npm build and the CDN script on one page: no error, one definition per
// tag, one locale API.
import { expect, html } from '@open-wc/testing';
import { captureConsole, container, shadow, text } from '../helpers.js';

type Api = typeof import('../../src/index.js');

describe('npm build and CDN script on one page', () => {
  it('defines each tag once, with no error or warning', async () => {
    const log = captureConsole();
    try {
      const npm = (await import(/* @vite-ignore */ ['/dist', 'index.js'].join('/'))) as Api;
      const defined = customElements.get('cause-list');
      const cdn = (await import(/* @vite-ignore */ ['/dist', 'cdn', 'legwise.js'].join('/'))) as Api;
      expect(customElements.get('cause-list')).to.equal(defined);
      expect(log.errors).to.deep.equal([]);
      expect(log.warnings).to.deep.equal([]);
      // Either copy's setLocale steers the registered widgets.
      const el = await container<HTMLElement & { updateComplete: Promise<boolean> }>(html`<cause-list></cause-list>`);
      await cdn.setLocale('es');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="content"]')!.getAttribute('lang')).to.equal('es');
      expect(npm.getLocale()).to.equal('es');
      await npm.setLocale(null);
      expect(cdn.getLocale()).to.equal('en');
      expect(text(shadow(el))).to.contain('Nerve and brain causes');
    } finally {
      log.restore();
    }
  });
});
