// The README's optional preload line for a page's language, as a webmaster
// adds it: <link rel="modulepreload"> with the build's file name and SRI hash.
// The hash must match, and the script must use the preloaded file.
import { expect, html } from '@open-wc/testing';
import { all, captureConsole, container, shadow, text, until } from '../helpers.js';

const json = async (url: string): Promise<Record<string, string>> => (await fetch(url)).json();

/** Adds the preload line for `language` to <head> and waits until the browser has fetched it. */
async function addPreloadLine(language: string): Promise<string> {
  const [preload, integrity] = await Promise.all([json('/dist/cdn/preload.json'), json('/dist/cdn/integrity.json')]);
  const file = preload[language];
  expect(file, `preload.json names the ${language} file`).to.be.a('string');
  expect(integrity[file!], `integrity.json has its hash`).to.match(/^sha384-/);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = `/dist/cdn/${file}`;
  link.integrity = integrity[file!]!;
  link.crossOrigin = 'anonymous';
  const loaded = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`the preload line for ${language} failed (wrong hash?)`));
  });
  document.head.append(link);
  await loaded;
  return link.href;
}

export function preloadLineTest(language: string, pageLang: string, expected: RegExp): void {
  describe(`The preload line on a page in ${pageLang}`, () => {
    it('loads with its hash, is the file the script uses, and the widgets show its text', async () => {
      const log = captureConsole();
      try {
        document.documentElement.lang = pageLang;
        const url = await addPreloadLine(language);
        const cdn = '/dist/cdn/legwise.js';
        await import(/* @vite-ignore */ cdn);
        const el = await container(html`<cause-list></cause-list>`);
        await until(() => all(el, '[part="cause"]').length === 18, 'the causes');
        expect(text(shadow(el))).to.match(expected);
        // The script asks for the very file the line preloaded (same URL, so the
        // browser's module map has it), and for no other language's text.
        // (Firefox, when busy, can list one preload twice, both from its cache,
        // so the entries are compared as a set of URLs.)
        const chunks = performance.getEntriesByType('resource').filter((e) => /\/dist\/cdn\/chunks\//.test(e.name));
        expect([...new Set(chunks.map((e) => e.name))]).to.deep.equal([url]);
        expect(log.errors).to.deep.equal([]);
      } finally {
        log.restore();
      }
    });
  });
}
