// The command line of `npm run bench` (bench/run.mjs), and what follows from
// it: how many runs, which parts, and the pages (variants) measured.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SOURCE_LOCALE, entryName } from '../scripts/shared.mjs';
import { EMPTY_MODULE } from './pages.mjs';

export const USAGE = `npm run bench [-- OPTIONS]: what Legwise costs a host page, in headless Chromium (see BENCHMARKS.md).

  --runs N                 render runs per page (default 21, at least 15)
  --baseline DIR           another build's dist/, measured side by side (e.g. before a change)
  --static-scale-max N     largest n for the static twin at scale (default 100)
  --paint-runs N           rounds of the server-HTML paint (default 41): more narrow its interval
  --quick                  fewer runs, for trying things out (not for BENCHMARKS.md)
  --only PARTS             some of: render,paint,locale,scale,lighthouse (comma separated; default all)
  --build / --no-build     always / never build first (default: when dist/ is missing or older than the sources)
  --write                  replace the tables in BENCHMARKS.md between its bench markers
  --from FILE              measure nothing: print (with --write, write) the tables of a saved run
                           (results/bench-*.json), e.g. after a table's columns changed
  --help                   this text

Environment: CHROME_PATH (default /usr/bin/chromium). The quickest run: npm run bench -- --quick --only locale`;

/** Stop on a bad command line: the message on stderr, exit code 2. */
function usageError(message) {
  console.error(`npm run bench: ${message}\nRun "npm run bench -- --help" for the options.`);
  process.exit(2);
}

const OPTIONS = {
  runs: { type: 'string' },
  'paint-runs': { type: 'string' },
  baseline: { type: 'string' },
  'static-scale-max': { type: 'string' },
  quick: { type: 'boolean' },
  only: { type: 'string' },
  build: { type: 'boolean' },
  'no-build': { type: 'boolean' },
  write: { type: 'boolean' },
  from: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};
let values;
try {
  ({ values } = parseArgs({ options: OPTIONS, allowPositionals: false }));
} catch (error) {
  usageError(error.message);
}
/** Whether the boolean option `--name` was given. */
export const flag = (name) => values[name] === true;
const option = (name) => values[name];

/** `--name N`: a whole number of at least `min`, or `fallback` when not given. */
function count(name, fallback, min = 1) {
  const given = option(name);
  if (given === undefined) return fallback;
  const n = Number(given);
  if (!Number.isInteger(n) || n < min) usageError(`--${name}: give a whole number, at least ${min} (got "${given}").`);
  return n;
}

if (flag('help')) {
  console.log(USAGE);
  process.exit(0);
}
if (flag('build') && flag('no-build')) usageError('--build and --no-build: give one of them.');

export const QUICK = flag('quick');
// A saved run whose tables to print instead of measuring (run.mjs).
export const FROM = option('from');
export const RENDER_RUNS = Math.max(QUICK ? 5 : 15, count('runs', QUICK ? 5 : 21));
export const LOCALE_RUNS = QUICK ? 5 : 15;
export const NETWORK_RUNS = QUICK ? 5 : 15;
// The server HTML's first paint (paint.mjs): rounds of the static page and the server pages.
export const PAINT_RUNS = count('paint-runs', QUICK ? 5 : 41);
export const SCALE = [1, 10, 100, 500];
export const SCALE_RUNS = (n) => (QUICK ? 1 : n >= 500 ? 3 : 5);
export const PARTS = ['render', 'paint', 'locale', 'scale', 'lighthouse'];
export const ONLY = new Set((option('only') ?? PARTS.join(',')).split(','));
for (const part of ONLY)
  if (!PARTS.includes(part)) usageError(`--only: unknown part "${part}"; use ${PARTS.join(', ')}.`);
// The static twin at scale: n copies of the four widgets' HTML (18 KB each);
// above this n the page gets too big to be a useful floor (500: 36 MB).
export const STATIC_SCALE_MAX = count('static-scale-max', 100);
// Another build of dist/ to compare with, side by side in the same runs.
export const BASELINE = option('baseline');
if (BASELINE && !existsSync(join(BASELINE, `cdn/${entryName()}.js`)))
  usageError(`--baseline ${BASELINE}: no cdn/${entryName()}.js there (give a built dist/ folder).`);

/** The URL of a CDN script of this build (or of the baseline's), as the bench server serves it. */
const script = (entry, root = '/dist') => `${root}/cdn/${entryName(entry)}.js`;
/** Every page measured: Legwise's embeds, the server pages, and a baseline build's page (with --baseline). */
export const ALL_VARIANTS = [
  // `short`: its name in the locale and scale tables, where a preload line plays no part.
  { key: 'widgets', name: 'legwise.js, no preload line', short: 'legwise.js', script: script() },
  // The README's preload line for the page's language, with legwise.js; measured for the render only.
  { key: 'preload', name: 'legwise.js + the preload line', script: script(), preload: SOURCE_LOCALE, renderOnly: true },
  // The README's embed for an English page: the script with the English text in the file.
  {
    key: 'en-script',
    name: "legwise.en.js (the README's embed)",
    script: script({ language: SOURCE_LOCALE }),
    renderOnly: true,
  },
  // A Spanish page (the same widgets, in Spanish): legwise.js without and with its preload line, and
  // legwise.es.js. Its text is not the static twin's, so its ratio is only a guide.
  { key: 'es', name: 'Spanish page: legwise.js', script: script(), lang: 'es', renderOnly: true },
  {
    key: 'es-preload',
    name: 'Spanish page: legwise.js + its preload line',
    script: script(),
    lang: 'es',
    preload: 'es',
    renderOnly: true,
  },
  {
    key: 'es-script',
    name: "Spanish page: legwise.es.js (the README's embed)",
    script: script({ language: 'es' }),
    lang: 'es',
    renderOnly: true,
  },
  // The four widgets' server HTML with an empty module script: what any module script costs its first paint.
  {
    key: 'ssr-floor',
    name: 'Server HTML + an empty module script (the floor of any script)',
    script: EMPTY_MODULE,
    ssr: true,
    // Not Legwise's script: nothing hydrates, the probe waits for no widget's update.
    hydrates: false,
    renderOnly: true,
  },
  // The four widgets' server HTML (legwise/server, dist/server.js; ssr.mjs), then legwise.en.js hydrates it.
  {
    key: 'ssr',
    name: 'Server HTML + legwise.en.js',
    script: script({ language: SOURCE_LOCALE }),
    ssr: true,
    renderOnly: true,
  },
  // The same with the preload line of the script's hydrate-support chunk (docs/server-rendering.md).
  {
    key: 'ssr-preload',
    name: "Server HTML + legwise.en.js + its chunk's preload line",
    script: script({ language: SOURCE_LOCALE }),
    ssr: true,
    preloadHydrateSupport: true,
    renderOnly: true,
  },
  { key: 'baseline', name: 'Baseline build (--baseline)', script: script({}, '/baseline') },
];
/** The pages this run measures. */
export const VARIANTS = ALL_VARIANTS.filter((v) => BASELINE || v.key !== 'baseline');
/** The render table's second reference: the same markup attached by a module script (pages.mjs, floorScript). */
export const FLOOR = { key: 'floor', name: 'Script floor: the same markup from a module script' };
/** The variants measured beyond the render (locale switch, scale). */
export const FULL_VARIANTS = VARIANTS.filter((v) => !v.renderOnly);
