// The demo's embed snippet, as a webmaster copies it: the script with its
// SRI hash, and the optional preload line for the chosen language's text
// (the file and hash the build recorded), before the script.
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
  const snippetOf = (doc: Document) => doc.querySelector('#snippet')!.textContent!;
  const preloadLine = (hashes: Record<string, string>, file: string) =>
    `/dist/cdn/${file}"\n      integrity="${hashes[file]}" crossorigin="anonymous">`;

  it('offers an English page the preload line for the English content, before the script', async () => {
    const [hashes, preload] = await Promise.all([json('/dist/cdn/integrity.json'), json('/dist/cdn/preload.json')]);
    expect(preload.en).to.match(/^chunks\/content-en-[\w-]+\.js$/);
    const snippet = snippetOf(await open('en'));
    expect(snippet).to.include(`<link rel="modulepreload" href="https://cdn.jsdelivr.net/npm/legwise@`);
    expect(snippet).to.include(preloadLine(hashes, preload.en!));
    expect(snippet).to.include(`integrity="${hashes['legwise.js']}"`);
    // Before the script, so that the browser fetches both at once; one line only.
    expect(snippet.indexOf('modulepreload')).to.be.lessThan(snippet.indexOf('<script'));
    expect(snippet.match(/modulepreload/g)).to.have.length(1);
  });

  it('offers a Spanish page the Spanish file, and follows the language picker', async () => {
    const [hashes, preload] = await Promise.all([json('/dist/cdn/integrity.json'), json('/dist/cdn/preload.json')]);
    expect(preload.es).to.match(/^chunks\/es-[\w-]+\.js$/);
    const doc = await open('es');
    expect(snippetOf(doc)).to.include('<html lang="es">');
    expect(snippetOf(doc)).to.include(preloadLine(hashes, preload.es!));
    expect(snippetOf(doc)).not.to.include('content-en');
    const language = doc.querySelector<HTMLSelectElement>('#language')!;
    language.value = 'ar';
    language.dispatchEvent(new Event('change', { bubbles: true }));
    expect(snippetOf(doc)).to.include(preloadLine(hashes, preload.ar!));
    expect(snippetOf(doc)).not.to.include(preload.es!);
  });
});
