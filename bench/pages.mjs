// The pages of `npm run bench`. Every page is the same small host page (a
// heading, a paragraph, the widgets, a closing paragraph) with the probe
// (probe.js) inlined first; they differ only in how the widgets get their
// content:
// - widgets: the CDN module (dist/cdn/legwise.js) upgrades empty tags;
// - static: the floor. The very same rendered content, written as static HTML
//   by staticTwin(): each widget's shadow tree as a declarative shadow root
//   (<template shadowrootmode="open">) with the element's own CSS in a
//   <style>, so the browser parses, styles and lays out exactly what the
//   widgets show, with no script at all.
// - floor: the script floor, the same markup attached by a module script.
// benchPages() makes every page of one build; the static twin and the floor
// are added once the widgets have rendered (render.mjs).
/* global document, customElements -- serializeWidgets runs in the page (page.evaluate) */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HYDRATE_SUPPORT, PRELOAD_FILE, STATS_FILE, hydrateSupportChunk } from '../scripts/shared.mjs';

/**
 * The widgets' tags as a selector, from the build's manifest (whose tags
 * come from src/internal/tags.ts). Every page carries it as
 * data-bench-tags, for the probe and the in-page functions here and in render.mjs.
 */
const TAGS = (() => {
  const manifest = JSON.parse(readFileSync(new URL('../dist/custom-elements.json', import.meta.url), 'utf8'));
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
  return [...new Set(tags)].join(', ');
})();

const PROBE = readFileSync(new URL('./probe.js', import.meta.url), 'utf8');

/** The four widgets as a site would place them (the care cards first: they never wait for a chunk). */
export const WIDGETS = [
  '<when-to-see-doctor region="GB"></when-to-see-doctor>',
  '<cause-list></cause-list>',
  '<faq-accordion></faq-accordion>',
  '<exercise-tips></exercise-tips>',
];

/** A page not in English is rendered once every widget shows its language (probe.js). */
const benchLang = (lang) => {
  const language = lang.split('-')[0].toLowerCase();
  return language === 'en' ? '' : ` data-bench-lang="${language}"`;
};

/**
 * A host page. `body` is the widgets' markup; `head` extra head content (the
 * module script); `widgets` how many widgets the probe waits for; `server`:
 * the body holds server HTML (the probe waits for the first paint, probe.js).
 */
export function shell({
  title,
  body,
  head = '',
  widgets = 4,
  lang = 'en',
  settle = 300,
  hydrate = false,
  server = false,
}) {
  return `<!doctype html>
<html lang="${lang}" data-bench-tags="${TAGS}" data-bench-widgets="${widgets}" data-bench-settle="${settle}"${benchLang(lang)}${hydrate ? ' data-bench-hydrate="1"' : ''}${server ? ' data-bench-server="1"' : ''}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <script>${PROBE}</script>
    <style>
      body { font: 1rem/1.5 system-ui, sans-serif; max-inline-size: 48rem; margin: 0 auto; padding: 1rem; }
      ${TAGS} { margin-block: 1.5rem; }
    </style>${head}
  </head>
  <body>
    <h1>Leg muscle weakness</h1>
    <p>Patient information from our clinic. The sections below explain when to get help, the common causes, answers to common questions and how to stay strong.</p>
    ${body}
    <p>Reviewed by our clinical team.</p>
  </body>
</html>
`;
}

/** The CDN module script tag; `script` is its URL (another build can be compared with --baseline). */
const moduleScript = (script) => `\n    <script type="module" src="${script}"></script>`;
export const SCRIPT = '/dist/cdn/legwise.js';

/** The `<link rel="modulepreload">` that the README offers for a page's language, for the chunk at `href`. */
const preloadLink = (href) => `\n    <link rel="modulepreload" href="${href}" />`;

/**
 * The four widgets from the CDN module on a page in `lang`; `preload`: the
 * URL of that language's text chunk to preload, as the README offers.
 */
export const widgetsPage = (script = SCRIPT, settle = 300, preload = undefined, lang = 'en') =>
  shell({
    title: 'Legwise: four widgets (CDN module)',
    body: WIDGETS.join('\n    '),
    head: (preload ? preloadLink(preload) : '') + moduleScript(script),
    settle,
    lang,
  });

/**
 * The four widgets' server HTML (ssr.mjs: legwise/server's render()) and the
 * CDN module after it, which hydrates them; the probe also times the hydration.
 * `hydrate` false: the module is not Legwise's (a variant with `hydrates: false`), nothing hydrates.
 * `preload`: the URL of the script's hydrate-support chunk, for the preload line docs/server-rendering.md gives.
 */
export const serverPage = (widgets, script, lang = 'en', hydrate = true, preload = undefined) =>
  shell({
    title: 'Legwise: server HTML + the CDN module',
    body: widgets.join('\n    '),
    head: (preload ? preloadLink(preload) : '') + moduleScript(script),
    lang,
    hydrate,
    server: true,
  });

/**
 * An empty module script, served like Legwise's: on a page of server HTML, the
 * part of the first paint's delay that any module script costs (the browser
 * runs a module script that has arrived when parsing ends before its first frame).
 */
export const EMPTY_MODULE = '/bench/empty-module.js';

/** `n` instances of each widget (4n in all), interleaved as a long page would have them. */
export const scalePage = (n, script = SCRIPT) =>
  shell({
    title: `Legwise: ${n} of each widget`,
    body: Array.from({ length: n }, () => WIDGETS.join('')).join('\n    '),
    head: moduleScript(script),
    widgets: 4 * n,
    settle: 0,
  });

/** The CDN module and no widget: the JS heap of the script alone. */
export const emptyPage = (script = SCRIPT) =>
  shell({ title: 'Legwise: module only', body: '', head: moduleScript(script), widgets: 0, settle: 0 });

/**
 * Runs in the browser on the widgets page once every widget has rendered:
 * each widget's tag, attributes, CSS (Lit's `elementStyles`, the very CSS the
 * widget adopts) and shadow tree as markup, Lit's marker comments dropped.
 */
export function serializeWidgets() {
  return [...document.querySelectorAll(document.documentElement.dataset.benchTags)].map((el) => {
    const ctor = customElements.get(el.localName);
    const sheets = ctor.elementStyles ?? [];
    const css = sheets
      .map((s) => (s.cssText !== undefined ? s.cssText : [...(s.cssRules ?? [])].map((r) => r.cssText).join('\n')))
      .join('\n');
    const attrs = [...el.attributes]
      .map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
      .join('');
    const inner = el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, '');
    return { tag: el.localName, attrs, css, inner };
  });
}

/** One widget as static markup: its shadow tree as a declarative shadow root, its CSS in a <style>. */
const staticMarkup = ({ tag, attrs, css, inner }) =>
  `<${tag}${attrs}><template shadowrootmode="open"><style>${css}</style>${inner}</template></${tag}>`;

/** The static-HTML twin of the widgets page (`n` times over), from serializeWidgets()' output. */
export const staticPage = (serialized, n = 1) =>
  shell({
    title: 'Legwise: the same content as static HTML',
    body: Array.from({ length: n }, () => serialized.map(staticMarkup).join('\n    ')).join('\n    '),
    widgets: serialized.length * n,
    settle: n === 1 ? 300 : 0,
  });

/** The URL of the script floor's module (served by the benchmark server like its pages). */
export const FLOOR_SCRIPT = '/bench/floor.js';

/**
 * The script floor: the best any script could do. A module script, loaded
 * like Legwise's, that holds the widgets' finished shadow trees as strings
 * and attaches them with no framework and no work besides the browser's
 * own HTML parser (and defines the four tags, which the probe waits for).
 */
export const floorScript = (
  serialized,
) => `// The script floor of npm run bench: the widgets' finished markup, attached by a module script.
const widgets = ${JSON.stringify(Object.fromEntries(serialized.map(({ tag, css, inner }) => [tag, `<style>${css}</style>${inner}`])))};
for (const el of document.querySelectorAll(Object.keys(widgets).join(','))) el.attachShadow({ mode: 'open' }).innerHTML = widgets[el.localName];
for (const tag of Object.keys(widgets)) customElements.define(tag, class extends HTMLElement {});
`;

/** The page of the script floor: the widgets page's empty tags, the floor's module instead of Legwise's. */
export const floorPage = () =>
  shell({
    title: 'Legwise: the same content from a script (the script floor)',
    body: WIDGETS.join('\n    '),
    head: moduleScript(FLOOR_SCRIPT),
  });

/** The hydrate-support chunk that the CDN module at `script` (/dist/cdn/x.js) loads, from the build's stats.json. */
function hydrateSupportFile(snapshot, script) {
  const stats = JSON.parse(readFileSync(join(snapshot, 'cdn', STATS_FILE), 'utf8'));
  const entry = script.slice('/dist/cdn/'.length);
  const chunk = hydrateSupportChunk(stats, entry);
  if (!chunk)
    throw new Error(`dist/cdn/${STATS_FILE} names no ${HYDRATE_SUPPORT} chunk for ${entry}: run npm run build.`);
  return chunk;
}

/**
 * Every page of a build (its dist/ snapshot) for the `variants` (options.mjs):
 * the render page of each, and for those measured beyond the render the
 * locale-switch page, the script alone and the scale pages (`scale`: the n).
 * `server`: the widgets' server HTML (ssr.mjs), for the variants with `ssr`.
 */
export function benchPages(snapshot, variants, scale, server = []) {
  const pages = new Map([
    ['empty.html', emptyPage()],
    [EMPTY_MODULE.slice('/bench/'.length), '// An empty module script (npm run bench: server HTML + any script).\n'],
  ]);
  // The text chunk of each language, for the preload line.
  const preloadFile = join(snapshot, 'cdn', PRELOAD_FILE);
  const preloads = existsSync(preloadFile) ? JSON.parse(readFileSync(preloadFile, 'utf8')) : {};
  for (const v of variants.filter((x) => x.preload)) {
    const file = preloads[v.preload];
    if (!file || !existsSync(join(snapshot, 'cdn', file)))
      throw new Error(
        `dist/cdn/${PRELOAD_FILE} names no file for "${v.preload}" (or it is missing): run npm run build.`,
      );
  }
  for (const v of variants) {
    if (v.ssr) {
      const preload = v.preloadHydrateSupport ? `/dist/cdn/${hydrateSupportFile(snapshot, v.script)}` : undefined;
      pages.set(`render-${v.key}.html`, serverPage(server, v.script, v.lang, v.hydrates !== false, preload));
      continue;
    }
    pages.set(
      `render-${v.key}.html`,
      widgetsPage(v.script, 300, v.preload ? `/dist/cdn/${preloads[v.preload]}` : undefined, v.lang),
    );
    if (v.renderOnly) continue;
    pages.set(`locale-${v.key}.html`, widgetsPage(v.script, 0));
    pages.set(`empty-${v.key}.html`, emptyPage(v.script));
    for (const n of scale) pages.set(`scale-${n}-${v.key}.html`, scalePage(n, v.script));
  }
  return pages;
}
