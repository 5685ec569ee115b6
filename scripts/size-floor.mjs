// `npm run size:floor`: how small the CDN module's first load could be. Builds,
// in memory and with the CDN module's own plugins, the core as legwise.js is
// built but with fewer parts, and prints each one's gzip bytes: Lit alone; Lit
// with the care cards' content as data, then with their contrast guard and
// styles too (no code to show them: bounds no real build can go under); the
// core with only <when-to-see-doctor> (the emergency advice, which every page
// must get without a download); and all four widgets. The figures show what a
// first-load goal can ask for without dropping a widget or a safety guard.
// docs/size.md holds them in its "floor" section: `npm test` runs this to
// check that section (a stale one fails), and `npm run docs` runs it with
// --write to rewrite it. Takes about half a minute.
//
// Usage: node scripts/size-floor.mjs [--write]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { cdnPlugins } from './rollup/cdn-plugins.mjs';
import { MODULE_LOADERS, localeLoaders } from './rollup/locale-loaders.mjs';
import { syncSections } from './doc-sections.mjs';
import { ROOT } from './shared.mjs';

/** Widgets left out of the one-widget build: every tag in src/internal/tags.ts but the care cards. */
const OTHER_WIDGETS = [
  ...readFileSync(join(ROOT, 'src/internal/tags.ts'), 'utf8')
    .match(/TAGS = \[([^\]]*)\]/)[1]
    .matchAll(/'([a-z-]+)'/g),
]
  .map((match) => match[1])
  .filter((tag) => tag !== 'when-to-see-doctor');

/**
 * The public API of src/classes.ts without the other widgets' classes: its
 * export statements as they stand (types dropped, the entry is JavaScript),
 * so that this build follows the API as it changes.
 */
const oneWidgetApi = () =>
  readFileSync(join(ROOT, 'src/classes.ts'), 'utf8')
    .match(/^export \{[^}]*\} from '[^']+';/gm)
    .filter((statement) => !OTHER_WIDGETS.some((tag) => statement.includes(`/elements/${tag}.js'`)))
    .map((statement) => statement.replace(/\btype \w+,?\s*/g, '').replace(/from '\.\//, "from './src/"))
    .map((statement) => statement.replace(/from '\.\.\//, "from './"))
    .join('\n');

const exportAll = (...paths) => paths.map((path) => `export * from './${path}';`).join('\n');
const LIT = "export { LitElement, html, css } from 'lit';\nexport { msg } from '@lit/localize';";
/** What the care cards must show, as data: no first load can be smaller than Lit and this. */
const CARE_CONTENT = exportAll(
  'content/care.ts',
  'content/care-emergency.ts',
  'content/emergency-numbers.ts',
  'content/meta.ts',
);
/** The safety guard the issue keeps, and the card's styles. */
const CARE_GUARD_AND_STYLES = exportAll(
  'src/internal/emergency-contrast.ts',
  'src/styles/base.styles.ts',
  'src/elements/when-to-see-doctor.styles.ts',
  'src/elements/emergency-call.styles.ts',
);

const BOUND = 'The same, with the contrast guard and the styles of the care cards (still no code to show them)';
const FLOOR = 'The core with <when-to-see-doctor> only, and the API';

/** Each build: what it is, and its entry's source (paths from the project root). */
const BUILDS = [
  ['Lit alone (LitElement, html, css, msg)', LIT],
  [
    "Lit and the care cards' content: their English, the numbers, the footer's text (no code to show them)",
    `${LIT}\n${CARE_CONTENT}`,
  ],
  [BOUND, `${LIT}\n${CARE_CONTENT}\n${CARE_GUARD_AND_STYLES}`],
  [
    FLOOR,
    "import './src/cdn-start.ts';\nimport './src/cdn-hydrate.ts';\nimport './src/when-to-see-doctor.ts';\n" +
      oneWidgetApi(),
  ],
  ['legwise.js: the core with all four widgets, and the API', "export * from './src/cdn.ts';"],
];

const ENTRY = '\0legwise-size-floor';

/** Gzip bytes of one build's first load: its entry and the chunks it imports statically (not the lazy ones). */
async function entryGzip(source) {
  const bundle = await rollup({
    input: ENTRY,
    preserveEntrySignatures: 'allow-extension',
    onwarn: () => {},
    plugins: [
      {
        name: 'legwise-size-floor-entry',
        resolveId: (id) => (id === ENTRY ? ENTRY : null),
        load: (id) =>
          id === ENTRY
            ? source
                .replace(/'\.\/(src|content)\/([^']+)\.js'/g, `'${ROOT}/$1/$2.ts'`)
                .replace(/'\.\/(src|content)\//g, `'${ROOT}/$1/`)
            : null,
      },
      localeLoaders(MODULE_LOADERS),
      ...cdnPlugins({ reported: false }),
    ],
  });
  try {
    const { output } = await bundle.generate({ format: 'es' });
    const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
    const first = new Set([[...chunks.values()].find((c) => c.isEntry)]);
    for (const chunk of first) for (const name of chunk.imports) first.add(chunks.get(name));
    return [...first].reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
  } finally {
    await bundle.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** docs/size.md's "floor" section: the table, what the code that shows the cards adds, and what the other widgets take. */
function floorSection(sizes) {
  const size = (name) => sizes.find(([what]) => what === name)[1];
  const [floor, bound] = [size(FLOOR), size(BOUND)];
  const [, whole] = sizes.at(-1);
  return [
    '| Built as legwise.js, in memory (`npm run size:floor`) | First load, gzip |',
    '| --- | ---: |',
    ...sizes.map(([what, bytes]) => `| ${what.replace(/</g, '`<').replace(/>/g, '>`')} | ${kb(bytes)} (${bytes} B) |`),
    '',
    `The code that shows the care cards (the element and its templates, the locale code, hydration, the input checks,`,
    `choosing the region's number and the API) adds ${kb(floor - bound)} to the second bound. The three other widgets take`,
    `${kb(whole - floor)}; the core with the care cards alone, ${kb(floor)}, is the floor.`,
  ].join('\n');
}

try {
  const sizes = [];
  for (const [what, source] of BUILDS) sizes.push([what, await entryGzip(source)]);
  const section = floorSection(sizes);
  console.log(section);
  const problems = syncSections({ floor: section }, { write: process.argv.includes('--write') });
  for (const problem of problems) console.error(`size-floor: ${problem}`);
  if (problems.length) process.exitCode = 1;
} catch (error) {
  console.error(`size-floor: the build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
