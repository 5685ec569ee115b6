// The CDN script for one language (dist/cdn/legwise.es.js and its siblings,
// and the classic legwise.classic.es.js), embedded as the README shows it: a
// script tag with its Subresource Integrity hash, the widgets already on the
// page. The page's language must show at the very first render, with no
// request besides the script; any other language still loads lazily, from
// the files that legwise.js (or legwise.classic.js) uses too.
import { expect } from '@open-wc/testing';
import { all, container, fourWidgets, shadow, TAGS, text, until, watchEachTest } from '../helpers.js';

type Api = typeof import('../../src/index.js');
declare global {
  interface Window {
    Legwise?: Api;
  }
}
const load = (file: string) => import(/* @vite-ignore */ `/dist/cdn/${file}`) as Promise<Api>;
const json = async (url: string): Promise<Record<string, string>> => (await fetch(url)).json();
/** Requests for text: the module's chunks, the classic script's locales/*.js. */
const textRequests = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /\/dist\/cdn\/(chunks|locales)\//.test(name));

/**
 * From now on, what each widget's content wrapper shows, render by render:
 * `<lang>:<busy|text>`. Watches every shadow root from the moment it is
 * attached, so that not even the first render can go unseen.
 */
function recordEveryRender(): { seen: Map<Element, string[]>; restore(): void } {
  const seen = new Map<Element, string[]>();
  const original = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = original.call(this, init);
    if ((TAGS as readonly string[]).includes(this.localName)) {
      const states: string[] = [];
      seen.set(this, states);
      new MutationObserver(() => {
        const content = root.querySelector('[part="content"]');
        if (!content) return;
        const state = `${content.getAttribute('lang')}:${content.getAttribute('aria-busy') === 'true' ? 'busy' : 'text'}`;
        if (states[states.length - 1] !== state) states.push(state);
      }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    return root;
  };
  return { seen, restore: () => (Element.prototype.attachShadow = original) };
}

/** Adds the README's script tag for `file`, with its hash from integrity.json, and waits until it has run. */
async function addScriptTag(file: string): Promise<void> {
  const integrity = (await json('/dist/cdn/integrity.json'))[file];
  expect(integrity, `integrity.json has the hash of ${file}`).to.match(/^sha384-/);
  const script = document.createElement('script');
  if (file.startsWith('legwise.classic')) script.defer = true;
  else script.type = 'module';
  script.src = `/dist/cdn/${file}`;
  script.integrity = integrity!;
  script.crossOrigin = 'anonymous';
  await new Promise<void>((resolve, reject) => {
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${file} did not load with its hash`));
    document.head.append(script);
  });
}

interface LanguageCase {
  /** The page's `<html lang>`, e.g. `es-MX`. */
  pageLang: string;
  /** The locale the widgets show (`lang` of their content). */
  locale: string;
  /** Text that only this language's care cards and causes show. */
  emergency: RegExp;
  causes: RegExp;
  dir: 'ltr' | 'rtl';
  /** Another language to switch to, its `lang`, and text that shows it. */
  other: { lang: string; locale: string; causes: RegExp };
}

const SPANISH_CAUSES = /Causas en los nervios y el cerebro/;

/** Each language with a script of its own, as a page in it shows it. */
const LANGUAGES = {
  en: {
    pageLang: 'en-GB',
    locale: 'en',
    emergency: /on one side of the body/,
    causes: /Nerve and brain causes[^]*Stroke/,
    dir: 'ltr',
    other: { lang: 'es', locale: 'es', causes: SPANISH_CAUSES },
  },
  es: {
    pageLang: 'es-MX',
    locale: 'es',
    emergency: /en un lado del cuerpo/,
    causes: /Causas en los nervios y el cerebro[^]*Ictus/,
    dir: 'ltr',
    other: { lang: 'en', locale: 'en', causes: /Nerve and brain causes/ },
  },
  ar: {
    pageLang: 'ar',
    locale: 'ar',
    emergency: /جانب واحد من الجسم/,
    causes: /أسباب في الأعصاب والدماغ[^]*السكتة الدماغية/,
    dir: 'rtl',
    other: { lang: 'es', locale: 'es', causes: SPANISH_CAUSES },
  },
} satisfies Record<string, LanguageCase>;

/**
 * The tests of the script for `language`: the module (`legwise.es.js`), or
 * the classic script (`legwise.classic.es.js`).
 */
export function languageScriptTest(language: keyof typeof LANGUAGES, kind: 'module' | 'classic' = 'module'): void {
  const c = { ...LANGUAGES[language], file: `legwise.${kind === 'classic' ? 'classic.' : ''}${language}.js` };
  const classic = kind === 'classic';
  describe(`The CDN script for one language: ${c.file} on a page in ${c.pageLang}`, () => {
    const watch = watchEachTest();
    afterEach(() => {
      document.documentElement.lang = 'en';
    });

    it('shows the page language at the first render, with no request besides the script', async () => {
      const record = recordEveryRender();
      try {
        document.documentElement.lang = c.pageLang;
        const root = await container(fourWidgets('ES'));
        await addScriptTag(c.file);
        const widgets = [...root.children];
        await Promise.all(widgets.map((el) => (el as Partial<{ updateComplete: Promise<boolean> }>).updateComplete));
        await until(() => widgets.every((el) => record.seen.get(el)?.length), 'every widget rendered');

        // Every widget, the care cards included, rendered once: in the page's language, with its text.
        expect(widgets.map((el) => record.seen.get(el))).to.deep.equal(widgets.map(() => [`${c.locale}:text`]));
        const [doctor, causes] = widgets;
        expect(text(shadow(doctor!).querySelector('[part~="emergency"]'))).to.match(c.emergency);
        expect(all(causes!, '[part="cause"]')).to.have.length(18);
        expect(text(shadow(causes!))).to.match(c.causes);
        expect(shadow(causes!).querySelector('[part="content"]')!.getAttribute('dir')).to.equal(c.dir);
        expect(text(shadow(causes!).querySelector('[part="disclaimer"]'))).to.not.equal('');
        expect(textRequests(), 'requests for text').to.deep.equal([]);

        // Another language loads lazily, from the file legwise.js uses too (preload.json names
        // it), or legwise.classic.js (locales/<language>.js).
        document.documentElement.lang = c.other.lang;
        await until(
          () => shadow(causes!).querySelector('[part="content"]')?.getAttribute('lang') === c.other.locale,
          c.other.lang,
        );
        expect(text(shadow(causes!))).to.match(c.other.causes);
        const preload = await json('/dist/cdn/preload.json');
        expect(textRequests().map((url) => new URL(url).pathname)).to.deep.equal([
          classic ? `/dist/cdn/locales/${c.other.locale}.js` : `/dist/cdn/${preload[c.other.locale]}`,
        ]);
        expect(watch.log.errors).to.deep.equal([]);
        expect(watch.log.warnings).to.deep.equal([]);
      } finally {
        record.restore();
      }
    });

    it('shares one set of elements and one locale API with legwise.js loaded on the same page', async () => {
      document.documentElement.lang = c.pageLang;
      const first = classic ? window.Legwise! : await load(c.file);
      const definition = customElements.get('cause-list');
      const generic = await load('legwise.js');
      expect(customElements.get('cause-list')).to.equal(definition);
      await generic.setLocale(c.other.lang);
      expect(first.getLocale()).to.equal(c.other.locale);
      await first.setLocale(null);
      expect(generic.getLocale()).to.equal(c.locale);
      expect(watch.log.errors).to.deep.equal([]);
      expect(watch.log.warnings).to.deep.equal([]);
    });
  });
}
