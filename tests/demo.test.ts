// The demo's embed snippet, as a webmaster copies it: the script with its
// SRI hash, and on English pages the optional preload line for the English
// content (the file and hash the build recorded), which other languages
// never need.
import { expect } from '@open-wc/testing';
import { until } from './helpers.js';

const json = async (url: string): Promise<Record<string, string>> => (await fetch(url)).json();

describe('demo embed snippet', function () {
  this.timeout(20000);
  let frame: HTMLIFrameElement;

  afterEach(() => frame?.remove());

  const open = async (lang: string): Promise<Document> => {
    frame = document.createElement('iframe');
    frame.src = `/demo/index.html?lang=${lang}`;
    document.body.append(frame);
    await until(() => !!frame.contentDocument?.querySelector('#snippet')?.textContent?.includes('integrity='), 'the snippet with its hashes');
    return frame.contentDocument!;
  };

  it('offers English pages the preload line for the English content, with its hash', async () => {
    const [hashes, preload] = await Promise.all([json('/dist/cdn/integrity.json'), json('/dist/cdn/preload.json')]);
    expect(preload.en).to.match(/^chunks\/content-en-[\w-]+\.js$/);
    const doc = await open('en');
    const snippet = doc.querySelector('#snippet')!.textContent!;
    expect(snippet).to.include(`<link rel="modulepreload" href="https://cdn.jsdelivr.net/npm/legwise@`);
    expect(snippet).to.include(`/dist/cdn/${preload.en}"\n      integrity="${hashes[preload.en]}" crossorigin="anonymous">`);
    expect(snippet).to.include(`integrity="${hashes['legwise.js']}"`);
    // The preload line comes before the script, so the browser fetches both at once.
    expect(snippet.indexOf('modulepreload')).to.be.lessThan(snippet.indexOf('<script'));
  });

  it('leaves the preload line out for other languages', async () => {
    const doc = await open('es');
    const snippet = doc.querySelector('#snippet')!.textContent!;
    expect(snippet).to.include('<html lang="es">');
    expect(snippet).not.to.include('modulepreload');
    // Switching to English brings it in.
    const language = doc.querySelector<HTMLSelectElement>('#language')!;
    language.value = 'en';
    language.dispatchEvent(new Event('change', { bubbles: true }));
    expect(doc.querySelector('#snippet')!.textContent).to.include('modulepreload');
  });
});
