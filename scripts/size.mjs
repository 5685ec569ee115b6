// `npm run size` (part of `npm test`): what the CDN build costs a page. Prints
// raw, gzip and brotli bytes of the English first load (the CDN module plus
// every chunk it imports statically), of each language's script
// (legwise.es.js: the core with that language's text), of each lazily loaded
// chunk (locales, English content) and of the classic scripts, with the share
// that is Lit. Fails when a budget in package.json ("sizeBudgets") is
// exceeded.
//
// It also checks the README's generated sections against this build: the
// size table (between <!-- size:start --> and <!-- size:end -->), the
// budgets (<!-- budgets:start --> …), the CSP with the server HTML's style
// hashes (<!-- csp:start --> …), the hydrate-support preload lines and the CDN
// snippets with the Subresource Integrity hashes of dist/cdn/integrity.json
// (<!-- cdn:start --> … <!-- cdn:end -->), and fails, naming the section,
// when they are out of date. It never writes a file unless asked:
//   node scripts/size.mjs --write   (`npm run docs`) rewrites those sections.
//   node scripts/size.mjs --baseline ../old/dist   also prints each script's size before and after.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { cdnSnippets, cspSnippet, hydrateSnippet, quickStartSnippet } from './readme-snippets.mjs';
import { syncSections } from './doc-sections.mjs';
import {
  CDN_DIR,
  CHUNKS_DIR,
  ENGLISH_CONTENT,
  HYDRATE_SUPPORT,
  HYDRATE_SUPPORT_MODULE,
  INTEGRITY_FILE,
  PRELOAD_FILE,
  PSEUDO_LOCALE,
  ROOT,
  SOURCE_LOCALE,
  STATS_FILE,
  chunkName,
  hydrateSupportChunk,
  STRICT_CSP,
  STYLE_HASHES_FILE,
  entryName,
  parseEntry,
} from './shared.mjs';

const WRITE = process.argv.includes('--write');
const STRICT_POLICY = `Content-Security-Policy: ${STRICT_CSP}`;
const cdn = join(ROOT, CDN_DIR);
const statsFile = join(cdn, STATS_FILE);
if (!existsSync(statsFile)) {
  console.error(`${CDN_DIR}/${STATS_FILE} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
const { sizeBudgets: budgets, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

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
    (t, r) => ({
      raw: t.raw + r.raw,
      gzip: t.gzip + r.gzip,
      brotli: t.brotli + r.brotli,
      litBytes: t.litBytes + r.lit * r.raw,
    }),
    { raw: 0, gzip: 0, brotli: 0, litBytes: 0 },
  );

// The English first load: the entry and its static imports, transitively.
const firstLoad = [];
const visit = (file) => {
  if (firstLoad.includes(file)) return;
  firstLoad.push(file);
  for (const dep of stats[file]?.imports ?? []) visit(dep);
};
visit(`${entryName()}.js`);
const first = sum(firstLoad.map(measure));

// legwise.js's lazy chunks. Every CDN module makes the same text chunks; each has
// a hydrate-support chunk of its own, which imports Lit from it: legwise.js's stands for all.
const lazy = (stats[`${entryName()}.js`]?.dynamicImports ?? []).filter((f) => !firstLoad.includes(f)).sort();
/** A file's name without its hash: chunks/es.js. */
const short = (f) => (chunkName(f) ? `${CHUNKS_DIR}/${chunkName(f)}.js` : f);
// The pseudo-locale is a testing aid, 35% longer by design: no budget.
const isPseudo = (f) => chunkName(f) === PSEUDO_LOCALE;

// The English content is a lazy chunk too (a Spanish page never loads it), but
// an English page always needs it: the total counts it.
const english = lazy.find((f) => chunkName(f) === ENGLISH_CONTENT);
const englishTotal = sum([...firstLoad, english].filter(Boolean).map(measure));

// The script for each language (legwise.es.js, and the classic legwise.classic.es.js): the
// core with that language's text in the file.
const languageName = new Intl.DisplayNames(['en'], { type: 'language' });
/** Languages in the order the README lists them: English first, then by tag. */
const englishFirst = (a, b) => (a === SOURCE_LOCALE ? -1 : b === SOURCE_LOCALE ? 1 : a.localeCompare(b));
const scriptsFor = (classic) =>
  Object.keys(stats)
    .map((file) => [file, parseEntry(file)])
    .filter(([file, entry]) => entry?.language && entry.classic === classic && stats[file].isEntry)
    .map(([file, entry]) => [file, entry.language])
    .sort(([, a], [, b]) => englishFirst(a, b));
const languageScripts = scriptsFor(false);
const classicLanguageScripts = scriptsFor(true);
const classicScript = `${entryName({ classic: true })}.js`;

/** What a lazy chunk's row says besides its name. */
const lazyNote = (f) =>
  isPseudo(f)
    ? ' (pseudo-locale for testing, no budget)'
    : chunkName(f) === HYDRATE_SUPPORT
      ? ' (pages with server HTML only)'
      : '';
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (name, f) => {
  const m = measure(f);
  return [name, m.raw, m.gzip, m.brotli, m.lit];
};
const rows = [
  [
    'First load: core (' + firstLoad.map(short).join(' + ') + ')',
    first.raw,
    first.gzip,
    first.brotli,
    first.litBytes / first.raw,
  ],
  [
    `English page in all (core + ${ENGLISH_CONTENT})`,
    englishTotal.raw,
    englishTotal.gzip,
    englishTotal.brotli,
    englishTotal.litBytes / englishTotal.raw,
  ],
  ...languageScripts.map(([f, language]) => row(`${languageName.of(language)} pages, one file (${f})`, f)),
  ...lazy.map((f) => row(`lazy: ${short(f)}${lazyNote(f)}`, f)),
  ...[classicScript].filter((f) => existsSync(join(cdn, f))).map((f) => row(`classic script (${f})`, f)),
  ...classicLanguageScripts.map(([f, language]) => row(`classic script, ${languageName.of(language)} pages (${f})`, f)),
];
const table = [
  '| File | Raw | Gzip | Brotli | Lit share |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map(
    ([name, raw, gzip, brotli, lit]) =>
      `| ${name} | ${kb(raw)} | ${kb(gzip)} | ${kb(brotli)} | ${Math.round(lit * 100)}% |`,
  ),
].join('\n');
console.log(table);

const failures = [];
/** A size against its budget, in bytes too: both may round to the same 0.1 KB. */
const over = (bytes, budget) => `${kb(bytes)} gzip (${bytes} B); the budget is ${kb(budget)} (${budget} B)`;
if (!lazy.some((f) => chunkName(f) === HYDRATE_SUPPORT))
  failures.push(
    `${entryName()}.js has no lazy ${HYDRATE_SUPPORT} chunk: is ${HYDRATE_SUPPORT_MODULE} still its module?`,
  );
if (first.gzip > budgets.firstLoadGzip) failures.push(`The first load is ${over(first.gzip, budgets.firstLoadGzip)}.`);
for (const f of lazy.filter((f) => !isPseudo(f))) {
  const g = measure(f).gzip;
  if (g > budgets.localeChunkGzip) failures.push(`${f} is ${over(g, budgets.localeChunkGzip)} for a locale chunk.`);
}
for (const [f] of [...languageScripts, ...classicLanguageScripts]) {
  const g = measure(f).gzip;
  if (g > budgets.languageScriptGzip)
    failures.push(`${f} is ${over(g, budgets.languageScriptGzip)} for a language's script.`);
}
// The budgets, printed and documented (docs/size.md, its "budgets" section).
const budgetLine =
  `The budgets (package.json \`sizeBudgets\`), gzip: first load ${kb(budgets.firstLoadGzip)} (\`firstLoadGzip\`), ` +
  `each language or content chunk ${kb(budgets.localeChunkGzip)} (\`localeChunkGzip\`), ` +
  `each language's script ${kb(budgets.languageScriptGzip)} (\`languageScriptGzip\`).`;
console.log(`\n${budgetLine}`);

// Where the first load's bytes go (scripts/rollup/source-parts.mjs): each part's cost, printed, not documented.
const parts = stats[`${entryName()}.js`]?.parts;
if (parts) {
  console.log(
    `\nWhat each part costs ${entryName()}.js, gzip (the file less the file without it; compression shares strings, so they overlap):`,
  );
  for (const p of parts) console.log(`  ${kb(p.gzip).padStart(8)}  ${p.name}`);
}

/** A JSON file the build writes next to the CDN scripts, or {} before a build. */
const buildJson = (name) => (existsSync(join(cdn, name)) ? JSON.parse(readFileSync(join(cdn, name), 'utf8')) : {});
const base = `https://cdn.jsdelivr.net/npm/legwise@${version}/${CDN_DIR}`;
const integrity = buildJson(INTEGRITY_FILE);
const snippets = cdnSnippets({
  base,
  integrity,
  languageScripts,
  classicLanguageScripts,
  // The text chunk of each language (the English content, or a translation); not the pseudo-locale.
  preload: Object.entries(buildJson(PRELOAD_FILE))
    .filter(([language]) => language !== PSEUDO_LOCALE)
    .sort(([a], [b]) => englishFirst(a, b)),
});

// The policy of the README's "Security and privacy", with the style hashes of the server HTML.
const styleHashesFile = join(ROOT, STYLE_HASHES_FILE);
const styleHashes = existsSync(styleHashesFile) ? JSON.parse(readFileSync(styleHashesFile, 'utf8')) : {};
const csp = cspSnippet(STRICT_POLICY, styleHashes);
// Each CDN module's own hydrate-support chunk (it imports Lit from its script), legwise.js first.
const moduleScripts = [`${entryName()}.js`, ...languageScripts.map(([f]) => f)];
const hydrate = hydrateSnippet({
  base,
  integrity,
  chunks: moduleScripts.flatMap((script) => {
    const chunk = hydrateSupportChunk(stats, script);
    return chunk ? [[script, chunk]] : [];
  }),
});
const readmeProblems = syncSections(
  {
    size: table,
    budgets: budgetLine,
    cdn: snippets,
    quickstart: quickStartSnippet({ base, integrity }),
    csp,
    policy: ['```', STRICT_POLICY, '```'].join('\n'),
    hydrate,
  },
  { write: WRITE },
);

// `--baseline DIR` (another build's dist/, e.g. from before a change): the scripts' gzip sizes before and after.
const baselineAt = process.argv.indexOf('--baseline');
if (baselineAt !== -1) {
  const before = join(process.argv[baselineAt + 1] ?? '', 'cdn');
  const gzipOf = (dir, file) =>
    existsSync(join(dir, file)) ? gzipSync(readFileSync(join(dir, file)), { level: 9 }).length : undefined;
  console.log(`\nBefore (${before}) and after, gzip:`);
  for (const file of Object.keys(stats)
    .filter((f) => !f.includes('/'))
    .sort()) {
    const [b, a] = [gzipOf(before, file), gzipOf(cdn, file)];
    if (b === undefined || a === undefined) continue;
    console.log(
      `  ${file.padEnd(28)} ${(b / 1024).toFixed(1).padStart(6)} KB → ${(a / 1024).toFixed(1).padStart(6)} KB (${a - b >= 0 ? '+' : ''}${a - b} bytes)`,
    );
  }
}

for (const f of failures) console.error(`Size budget exceeded: ${f}`);
for (const p of readmeProblems) console.error(p);
if (failures.length || readmeProblems.length) process.exit(1);
console.log(`Size budgets met${WRITE ? '' : '; the documented sizes and hashes match this build'}.`);
