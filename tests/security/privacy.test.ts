// What a health site tells its visitors: Legwise requests nothing but its own
// script and chunks, sets no cookie, stores nothing, and reads nothing about
// the visitor.
import { expect } from '@open-wc/testing';
import { openPage, until } from './page.js';

const storageSnapshot = async () => ({
  cookie: document.cookie,
  local: Object.keys(localStorage).sort(),
  session: Object.keys(sessionStorage).sort(),
  databases: 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name).sort() : [],
});

describe('privacy', () => {
  it('requests only its own files and stores nothing', async () => {
    const before = await storageSnapshot();
    const page = await openPage('/tests/pages/csp-module.html');
    try {
      // Use it as a reader would: change language, open every answer, use the number.
      page.document.documentElement.lang = 'es';
      await until(
        () => page.widgets.every((w) => w.shadowRoot!.querySelector('[part="content"]')!.getAttribute('lang') === 'es'),
        'Spanish',
      );
      const faq = page.widgets[1]!;
      for (const button of faq.shadowRoot!.querySelectorAll('button')) button.click();
      const urls = page.window.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name))
        // The test server injects its own reload socket into every HTML page it serves.
        .filter((u) => !u.pathname.startsWith('/__web-dev-server__'));
      for (const url of urls) {
        expect(url.origin, url.href).to.equal(location.origin);
        expect(url.pathname, url.href).to.match(/^\/(dist\/cdn\/|tests\/pages\/)/);
      }
      expect(urls.some((u) => u.pathname.includes('/chunks/es-'))).to.equal(true);
      expect(page.document.cookie).to.equal('');
      expect(await storageSnapshot()).to.deep.equal(before);
    } finally {
      page.remove();
    }
  });

  it('ships no code that reads or stores anything about the visitor', async () => {
    const files = ['/dist/cdn/legwise.js', '/dist/cdn/legwise.classic.js'];
    const stats = (await (await fetch('/dist/cdn/stats.json')).json()) as Record<string, unknown>;
    files.push(...Object.keys(stats).map((f) => `/dist/cdn/${f}`));
    for (const file of new Set(files)) {
      const response = await fetch(file);
      expect(response.ok, file).to.equal(true);
      const code = await response.text();
      expect(code.length, file).to.be.greaterThan(0);
      for (const api of [
        'navigator',
        'document.cookie',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'XMLHttpRequest',
        'sendBeacon',
        'WebSocket',
        'fetch(',
      ]) {
        expect(code.includes(api), `${file} uses ${api}`).to.equal(false);
      }
    }
  });
});
