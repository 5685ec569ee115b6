// `npm run size`: what the CDN build costs a page. Prints raw, gzip and brotli
// bytes of the English first load (the CDN module plus every chunk it imports
// statically), of each language's script (legwise.es.js: the core with that
// language's text), of each lazily loaded chunk (locales, English content) and
// of the classic scripts, with the share that is Lit. Fails when a budget in
// package.json ("sizeBudgets") is exceeded. With --readme, it also writes the
// table, and the CDN snippets with the Subresource Integrity hashes of this
// build (dist/cdn/integrity.json), into README.md between their markers.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const root = new URL('../..', import.meta.url).pathname;
const cdn = join(root, 'dist', 'cdn');
const statsFile = join(cdn, 'stats.json');
if (!existsSync(statsFile)) {
  console.error('dist/cdn/stats.json is missing: run `npm run build` first.');
  process.exit(1);
}
const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
const { sizeBudgets: budgets } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const measure = (file) => {
  const code = readFileSync(join(cdn, file));
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    lit: stats[file]?.litShare ?? 0,
  };
};
const sum = (rows) =>
  rows.reduce(
    (t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli, litBytes: t.litBytes + r.lit * r.raw }),
    { raw: 0, gzip: 0, brotli: 0, litBytes: 0 },
  );

// The English first load: the entry and its static imports, transitively.
const firstLoad = [];
const visit = (file) => {
  if (firstLoad.includes(file)) return;
  firstLoad.push(file);
  for (const dep of stats[file]?.imports ?? []) visit(dep);
};
visit('legwise.js');
const first = sum(firstLoad.map(measure));

const lazy = Object.keys(stats)
  .filter((f) => f.startsWith('chunks/') && !firstLoad.includes(f))
  .sort();
const lazyFile = (name) => lazy.find((f) => f.startsWith(`chunks/${name}-`));
const short = (f) => f.replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js');
// The pseudo-locale is a testing aid, 35% longer by design: no budget.
const PSEUDO = 'en-XA';

// The English content is a lazy chunk too (a Spanish page never loads it), but
// an English page always needs it: the total counts it.
const english = lazyFile('content-en');
const englishTotal = sum([...firstLoad, english].filter(Boolean).map(measure));

// The script for each language (legwise.es.js, and the classic legwise.classic.es.js): the
// core with that language's text in the file.
const languageName = new Intl.DisplayNames(['en'], { type: 'language' });
/** Languages in the order the README lists them: English first, then by tag. */
const englishFirst = (a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b));
const scriptsFor = (kind) =>
  Object.keys(stats)
    .map((file) => [file, new RegExp(`^legwise\\.${kind}([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\\.js$`).exec(file)?.[1]])
    .filter(([file, language]) => language && language !== 'classic' && stats[file].isEntry)
    .sort(([, a], [, b]) => englishFirst(a, b));
const languageScripts = scriptsFor('');
const classicLanguageScripts = scriptsFor('classic\\.');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [
  ['First load: core (' + firstLoad.map(short).join(' + ') + ')', first.raw, first.gzip, first.brotli, first.litBytes / first.raw],
  ['English page in all (core + content-en)', englishTotal.raw, englishTotal.gzip, englishTotal.brotli, englishTotal.litBytes / englishTotal.raw],
  ...languageScripts.map(([f, language]) => {
    const m = measure(f);
    return [`${languageName.of(language)} pages, one file (${f})`, m.raw, m.gzip, m.brotli, m.lit];
  }),
  ...lazy.map((f) => {
    const m = measure(f);
    return [`lazy: ${short(f)}${short(f).includes(PSEUDO) ? ' (pseudo-locale for testing, no budget)' : ''}`, m.raw, m.gzip, m.brotli, m.lit];
  }),
  ...['legwise.classic.js'].filter((f) => existsSync(join(cdn, f))).map((f) => {
    const m = measure(f);
    return [`classic script (${f})`, m.raw, m.gzip, m.brotli, m.lit];
  }),
  ...classicLanguageScripts.map(([f, language]) => {
    const m = measure(f);
    return [`classic script, ${languageName.of(language)} pages (${f})`, m.raw, m.gzip, m.brotli, m.lit];
  }),
];
const table = [
  '| File | Raw | Gzip | Brotli | Lit share |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map(([name, raw, gzip, brotli, lit]) => `| ${name} | ${kb(raw)} | ${kb(gzip)} | ${kb(brotli)} | ${Math.round(lit * 100)}% |`),
].join('\n');
console.log(table);

const failures = [];
if (first.gzip > budgets.firstLoadGzip) failures.push(`The first load is ${kb(first.gzip)} gzip; the budget is ${kb(budgets.firstLoadGzip)}.`);
for (const f of lazy.filter((f) => !short(f).includes(PSEUDO))) {
  const g = measure(f).gzip;
  if (g > budgets.localeChunkGzip) failures.push(`${f} is ${kb(g)} gzip; the budget for a locale chunk is ${kb(budgets.localeChunkGzip)}.`);
}
for (const [f] of [...languageScripts, ...classicLanguageScripts]) {
  const g = measure(f).gzip;
  if (g > budgets.languageScriptGzip) failures.push(`${f} is ${kb(g)} gzip; the budget for a language's script is ${kb(budgets.languageScriptGzip)}.`);
}
console.log(
  `\nBudgets (package.json sizeBudgets): first load ${kb(budgets.firstLoadGzip)} gzip; each locale or content chunk ${kb(budgets.localeChunkGzip)} gzip; ` +
    `each language's script ${kb(budgets.languageScriptGzip)} gzip.`,
);

/** A JSON file the build writes next to the CDN scripts, or {} before a build. */
const buildJson = (name) => (existsSync(join(cdn, name)) ? JSON.parse(readFileSync(join(cdn, name), 'utf8')) : {});
const integrity = buildJson('integrity.json');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const base = `https://cdn.jsdelivr.net/npm/legwise@${version}/dist/cdn`;
// The text chunk of each language (the English content, or a translation), by language; not the pseudo-locale.
const preload = buildJson('preload.json');
const preloadLines = Object.entries(preload)
  .filter(([language]) => language !== PSEUDO)
  .sort(([a], [b]) => englishFirst(a, b))
  .flatMap(([language, file]) => [
    `<!-- ${languageName.of(language)} pages -->`,
    `<link rel="modulepreload" href="${base}/${file}"`,
    `      integrity="${integrity[file] ?? 'run npm run build'}" crossorigin="anonymous">`,
  ]);
/** A script tag for `file`, with its hash: a module, or a classic script (`defer`). */
const scriptTag = (file, type = 'type="module"') => [
  `<script ${type} src="${base}/${file}"`,
  `        integrity="${integrity[file] ?? 'run npm run build'}" crossorigin="anonymous"></script>`,
];
/** One script per language, each under a comment naming its pages. */
const languageLines = (scripts, type) =>
  scripts.length
    ? scripts.flatMap(([file, language]) => [`<!-- ${languageName.of(language)} pages -->`, ...scriptTag(file, type)])
    : ['<!-- run npm run build -->'];
const snippets = [
  'As an ES module (recommended), the script for the page\'s language: its text is in the file, so the',
  'widgets show in that language from their first render, with one request (see',
  '[BENCHMARKS.md](BENCHMARKS.md)). A page needs only its own language\'s line; a page in a language',
  'Legwise does not have shows English, so it takes the English line. Each script still speaks every',
  'language: a widget with another `lang`, or `setLocale()`, fetches that language as it would with',
  '`legwise.js`.',
  '',
  '```html',
  ...languageLines(languageScripts),
  '```',
  '',
  'A site whose pages come in several languages from one template can use `legwise.js`, which has no',
  'text of its own and fetches the page\'s language as it runs:',
  '',
  '```html',
  ...scriptTag('legwise.js'),
  '```',
  '',
  'With it, add the line for the page\'s language, before the script: the browser then fetches the',
  'widgets\' text at the same time as the script instead of after it, one round trip sooner.',
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
  'page\'s language as it runs:',
  '',
  '```html',
  ...scriptTag('legwise.classic.js', 'defer'),
  '```',
].join('\n');

function replaceSection(text, name, body) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  if (!text.includes(start) || !text.includes(end)) return text;
  return text.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n${body}\n${end}`);
}

if (process.argv.includes('--readme')) {
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const next = replaceSection(replaceSection(text, 'size', table), 'cdn', snippets);
  if (next !== text) writeFileSync(readme, next);
}

if (failures.length) {
  for (const f of failures) console.error(`Size budget exceeded: ${f}`);
  process.exit(1);
}
console.log('Size budgets met.');
