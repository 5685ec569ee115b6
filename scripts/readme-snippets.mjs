// The README's generated snippets, for scripts/size.mjs: the CDN embed lines
// (with the Subresource Integrity hash of each file of this build) that go
// between <!-- cdn:start --> and <!-- cdn:end -->, and the check or rewrite
// of every such marked section (`npm run size` checks, `npm run docs` writes).
import { entryName } from './shared.mjs';

const languageName = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * The CDN snippets: `languageScripts` / `classicLanguageScripts` as
 * [file, language] pairs, `integrity` by file, `preload` (the text chunk of
 * each language) as [language, file] pairs, all in README order.
 */
export function cdnSnippets({ base, integrity, languageScripts, classicLanguageScripts, preload }) {
  const hash = (file) => integrity[file] ?? 'run npm run build';
  const preloadLines = preload.flatMap(([language, file]) => [
    `<!-- ${languageName.of(language)} pages -->`,
    `<link rel="modulepreload" href="${base}/${file}"`,
    `      integrity="${hash(file)}" crossorigin="anonymous">`,
  ]);
  /** A script tag for `file`, with its hash: a module, or a classic script (`defer`). */
  const scriptTag = (file, type = 'type="module"') => [
    `<script ${type} src="${base}/${file}"`,
    `        integrity="${hash(file)}" crossorigin="anonymous"></script>`,
  ];
  /** One script per language, each under a comment naming its pages. */
  const languageLines = (scripts, type) =>
    scripts.length
      ? scripts.flatMap(([file, language]) => [`<!-- ${languageName.of(language)} pages -->`, ...scriptTag(file, type)])
      : ['<!-- run npm run build -->'];
  return [
    "As an ES module (recommended), the script for the page's language: its text is in the file, so the",
    'widgets show in that language from their first render, with one request (see',
    "[BENCHMARKS.md](BENCHMARKS.md)). A page needs only its own language's line; a page in a language",
    'Legwise does not have shows English, so it takes the English line. Each script still speaks every',
    'language: a widget with another `lang`, or `setLocale()`, fetches that language as it would with',
    '`legwise.js`.',
    '',
    '```html',
    ...languageLines(languageScripts),
    '```',
    '',
    'A site whose pages come in several languages from one template can use `legwise.js`, which has no',
    "text of its own and fetches the page's language as it runs:",
    '',
    '```html',
    ...scriptTag(`${entryName()}.js`),
    '```',
    '',
    "With it, add the line for the page's language, before the script: the browser then fetches the",
    "widgets' text at the same time as the script instead of after it, one round trip sooner.",
    '',
    '```html',
    ...(preloadLines.length ? preloadLines : ['<!-- run npm run build -->']),
    '```',
    '',
    'As a classic script, for a CMS that allows no module scripts (the API is `window.Legwise`), again',
    'one per language:',
    '',
    '```html',
    ...languageLines(classicLanguageScripts, 'defer'),
    '```',
    '',
    'or, for pages in several languages from one template, `legwise.classic.js`, which fetches the',
    "page's language as it runs:",
    '',
    '```html',
    ...scriptTag(`${entryName({ classic: true })}.js`, 'defer'),
    '```',
  ].join('\n');
}

/**
 * The README's quick start: the English scripts (module and classic) with
 * their hashes, so that lines pasted from the README are checked by the
 * browser too (a placeholder hash made browsers skip the check).
 */
export function quickStartSnippet({ base, integrity }) {
  const hash = (file) => integrity[file] ?? 'run npm run build';
  const english = (classic) => `${entryName({ classic, language: 'en' })}.js`;
  return [
    "Add one script for the page's language. For an English page, as an ES module (recommended):",
    '',
    '```html',
    `<script type="module" src="${base}/${english(false)}"`,
    `        integrity="${hash(english(false))}" crossorigin="anonymous"></script>`,
    '```',
    '',
    'or as a classic script, for a CMS that allows no module scripts (the API is then `window.Legwise`):',
    '',
    '```html',
    `<script defer src="${base}/${english(true)}"`,
    `        integrity="${hash(english(true))}" crossorigin="anonymous"></script>`,
    '```',
  ].join('\n');
}

/**
 * The preload lines of the module scripts' hydrate support, with their hashes:
 * `chunks` as [script, chunk file] pairs, `integrity` by file.
 */
export function hydrateSnippet({ base, integrity, chunks }) {
  if (!chunks.length) return '<!-- run npm run build -->';
  return [
    '```html',
    ...chunks.flatMap(([script, file]) => [
      `<!-- with ${script} -->`,
      `<link rel="modulepreload" href="${base}/${file}"`,
      `      integrity="${integrity[file] ?? 'run npm run build'}" crossorigin="anonymous">`,
    ]),
    '```',
  ].join('\n');
}

/**
 * The strict policy for server HTML (legwise/server): `hashes` is tag →
 * 'sha256-…' of its inline <style> (dist/style-hashes.json, written by the build).
 */
export function cspSnippet(policy, hashes) {
  const entries = Object.entries(hashes);
  if (!entries.length) return '<!-- run npm run build -->';
  const all = entries.map(([, hash]) => hash).join(' ');
  return [
    '```http',
    policy.replace("style-src 'self'", `style-src 'self' ${all}`),
    '```',
    '',
    'One hash per widget (keep only those of the widgets a page shows):',
    '',
    ...entries.map(([tag, hash]) => `- \`<${tag}>\`: \`${hash}\``),
  ].join('\n');
}

const markers = (name) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];

/**
 * `text` with each section (name → body) between its markers replaced.
 * Returns the new text, the sections whose body differs (`stale`, each with
 * the first differing line of the README and of this build) and those whose
 * markers are missing.
 */
export function updateSections(text, sections) {
  let next = text;
  const stale = [];
  const missing = [];
  for (const [name, body] of Object.entries(sections)) {
    const [start, end] = markers(name);
    const match = new RegExp(`${start}\\n?([\\s\\S]*?)\\n?${end}`).exec(next);
    if (!match) {
      missing.push(name);
      continue;
    }
    if (match[1] !== body) {
      const have = match[1].split('\n');
      const want = body.split('\n');
      const line = want.findIndex((l, i) => l !== have[i]);
      const at = line < 0 ? want.length : line;
      stale.push({ name, readme: have[at] ?? '(nothing)', build: want[at] ?? '(nothing)' });
    }
    next = next.replace(match[0], () => `${start}\n${body}\n${end}`);
  }
  return { text: next, stale, missing };
}
