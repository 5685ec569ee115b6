// The demo's embed snippet, as a webmaster copies it: the script for the
// chosen language with its SRI hash; for a language with no script of its
// own, legwise.js and the preload line for that language's text (the file
// and hash the build recorded), before the script.
import { expect } from '@open-wc/testing';
import { contrast } from './colour.js';
import { openFrame, until } from './helpers.js';

const json = async (url: string): Promise<Record<string, string>> => (await fetch(url)).json();

describe('demo embed snippet', function () {
  this.timeout(20000);
  let frame: HTMLIFrameElement;

  afterEach(() => frame?.remove());

  const open = async (lang: string): Promise<Document> => {
    frame = await openFrame({ src: `/demo/index.html?lang=${lang}` });
    await until(
      () => !!frame.contentDocument?.querySelector('#snippet')?.textContent?.includes('integrity='),
      'the snippet with its hashes',
    );
    return frame.contentDocument!;
  };
  const snippetOf = (doc: Document) => doc.querySelector('#snippet')!.textContent!;

  const scriptTag = (hashes: Record<string, string>, file: string) =>
    `/dist/cdn/${file}"\n        integrity="${hashes[file]}" crossorigin="anonymous"></script>`;

  it('offers an English page the English script, with its hash and nothing else to load', async () => {
    const hashes = await json('/dist/cdn/integrity.json');
    expect(hashes['legwise.en.js']).to.match(/^sha384-/);
    const snippet = snippetOf(await open('en'));
    expect(snippet).to.include(`<script type="module" src="https://cdn.jsdelivr.net/npm/legwise@`);
    expect(snippet).to.include(scriptTag(hashes, 'legwise.en.js'));
    expect(snippet.match(/<script/g)).to.have.length(1);
    expect(snippet).not.to.include('modulepreload');
  });

  it('follows the language picker: the Spanish script, then the Arabic one', async () => {
    const hashes = await json('/dist/cdn/integrity.json');
    const doc = await open('es');
    expect(snippetOf(doc)).to.include('<html lang="es">');
    expect(snippetOf(doc)).to.include(scriptTag(hashes, 'legwise.es.js'));
    expect(snippetOf(doc)).not.to.include('legwise.en.js');
    const language = doc.querySelector<HTMLSelectElement>('#language')!;
    language.value = 'ar';
    language.dispatchEvent(new Event('change', { bubbles: true }));
    expect(snippetOf(doc)).to.include('<html lang="ar">');
    expect(snippetOf(doc)).to.include(scriptTag(hashes, 'legwise.ar.js'));
    expect(snippetOf(doc)).not.to.include('legwise.es.js');
    // The page turns right to left with the widgets (the demo keeps no list of its own).
    await until(() => doc.documentElement.dir === 'rtl', 'the demo page right to left in Arabic');
    language.value = 'fr';
    language.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => doc.documentElement.dir === 'ltr', 'the demo page left to right in French');
  });

  it('offers a language with no script of its own (the pseudo-locale) legwise.js and its preload line, before the script', async () => {
    const [hashes, preload] = await Promise.all([json('/dist/cdn/integrity.json'), json('/dist/cdn/preload.json')]);
    expect(preload['en-XA']).to.match(/^chunks\/en-XA-[\w-]+\.js$/);
    expect(hashes['legwise.en-XA.js']).to.equal(undefined);
    const snippet = snippetOf(await open('en-XA'));
    expect(snippet).to.include(
      `/dist/cdn/${preload['en-XA']}"\n      integrity="${hashes[preload['en-XA']!]}" crossorigin="anonymous">`,
    );
    expect(snippet).to.include(scriptTag(hashes, 'legwise.js'));
    // Before the script, so that the browser fetches both at once; one line only.
    expect(snippet.indexOf('modulepreload')).to.be.lessThan(snippet.indexOf('<script'));
    expect(snippet.match(/modulepreload/g)).to.have.length(1);
  });
  it('lists the ten languages in the pickers, each by its own name, and gives each its own script', async () => {
    const hashes = await json('/dist/cdn/integrity.json');
    const own = {
      en: 'English',
      ar: 'العربية',
      de: 'Deutsch',
      es: 'español',
      fr: 'français',
      he: 'עברית',
      hi: 'हिन्दी',
      ja: '日本語',
      pt: 'português',
      'zh-Hans': '简体中文',
    };
    const doc = await open('ja');
    const options = [...doc.querySelector<HTMLSelectElement>('#language')!.options];
    for (const [code, name] of Object.entries(own)) {
      const option = options.find((o) => o.value === code);
      expect(option?.textContent?.toLocaleLowerCase(), code).to.include(name.toLocaleLowerCase());
    }
    expect(snippetOf(doc)).to.include(scriptTag(hashes, 'legwise.ja.js'));
    frame.remove();
    // The app demo (the npm build): the same ten, by their own names, and no pseudo-locale.
    frame = await openFrame({ src: '/demo/app.html' });
    await until(
      () => (frame.contentDocument?.querySelector<HTMLSelectElement>('#language')?.options.length ?? 0) > 0,
      'the app picker',
    );
    const app = [...frame.contentDocument!.querySelector<HTMLSelectElement>('#language')!.options];
    expect(app.map((o) => o.value).sort()).to.deep.equal(Object.keys(own).sort());
    // Engines capitalize some own names differently (español, Español): compared without case.
    for (const o of app)
      expect(o.textContent?.toLocaleLowerCase()).to.equal(own[o.value as keyof typeof own].toLocaleLowerCase());
  });
});

describe('demo: works without JavaScript', function () {
  this.timeout(20000);

  it('shows the server HTML of the chosen widget, language and attributes, from legwise/server', async () => {
    const frame = await openFrame({ src: '/demo/index.html?lang=es' });
    try {
      await until(() => !!frame.contentDocument?.querySelector('#snippet')?.textContent, 'the demo');
      const doc = frame.contentDocument!;
      const tag = doc.querySelector<HTMLSelectElement>('#server-tag')!;
      tag.value = 'faq-accordion';
      // The "Works without JavaScript" tab, reached with the keyboard as the APG tabs pattern says.
      const scriptTab = doc.querySelector<HTMLButtonElement>('#tab-script')!;
      expect(scriptTab.getAttribute('aria-selected')).to.equal('true');
      expect(doc.querySelector<HTMLElement>('#no-js')!.hidden).to.equal(true);
      scriptTab.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      const noJsTab = doc.querySelector<HTMLButtonElement>('#tab-no-js')!;
      expect(noJsTab.getAttribute('aria-selected')).to.equal('true');
      expect(doc.activeElement).to.equal(noJsTab);
      expect(doc.querySelector<HTMLElement>('#panel-script')!.hidden).to.equal(true);
      expect(doc.querySelector<HTMLElement>('#no-js')!.hidden).to.equal(false);
      const code = () => doc.querySelector('#server-html')!.textContent ?? '';
      await until(() => code().includes('shadowrootmode="open"'), 'the server HTML');
      expect(code()).to.match(/^<faq-accordion[^>]* lang="es"/);
      expect(code()).to.include('heading-level="3"');
      expect(code()).to.include('¿Cuándo debo ir al médico');
      // Its copy button copies it, or says how to copy it by hand where the clipboard is blocked.
      doc.querySelector<HTMLButtonElement>('#copy-server')!.click();
      const status = () => doc.querySelector('#copy-server-status')!.textContent ?? '';
      await until(() => status() !== '', 'the copy status');
      expect(status()).to.match(/^(HTML copied\.|Copying is blocked here: select the HTML and copy it by hand\.)$/);
    } finally {
      frame.remove();
    }
  });
});

describe('demo: theme panel', function () {
  this.timeout(20000);

  it('reports each pair’s contrast as the WCAG formula gives it, and a failing pair when a colour is changed', async () => {
    const frame = await openFrame({ src: '/demo/index.html' });
    try {
      const doc = frame.contentDocument!;
      const items = () => [...doc.querySelectorAll('#theme-contrast li')];
      await until(() => items().length > 0, 'the contrast list');
      // Light scheme: the figures are checked with the tests' own colour maths (tests/colour.ts).
      doc.querySelector<HTMLInputElement>('input[name="theme-scheme"][value="light"]')!.click();
      const item = (label: string) => items().find((li) => li.textContent!.startsWith(`${label}:`))!;
      const figure = (label: string) => Number(/: ([\d.]+):1/.exec(item(label).textContent!)![1]);
      expect(figure('Text on surface')).to.be.closeTo(contrast('#212b32', '#ffffff'), 0.005);
      expect(item('Text on surface').className).to.equal('pass');
      // A pale text colour on the white surface fails, and the panel says so.
      const text = doc.querySelector<HTMLInputElement>('#token-color-text')!;
      text.value = '#bbbbbb';
      text.dispatchEvent(new Event('input', { bubbles: true }));
      expect(figure('Text on surface')).to.be.closeTo(contrast('#bbbbbb', '#ffffff'), 0.005);
      expect(item('Text on surface').className).to.equal('fail');
      expect(item('Text on surface').textContent).to.include('fails (needs 4.5:1)');
    } finally {
      frame.remove();
    }
  });
});
