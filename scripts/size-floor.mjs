// `npm run size:floor`: how small the CDN module's first load could be. Builds,
// in memory and with the CDN module's own plugins, the core as legwise.js is
// built but with fewer parts, and prints each one's gzip bytes beside
// legwise.js: Lit alone, and the core with only <when-to-see-doctor> (the
// emergency advice, which every page must get without a download). The
// figures show what a first-load goal can ask for without dropping a widget
// or a safety guard. Writes nothing; takes about half a minute.
//
// Usage: node scripts/size-floor.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { resolveProd, ts } from './rollup/common.mjs';
import { inlineStrTag } from './rollup/inline-str-tag.mjs';
import { localeLoaders } from './rollup/locale-loaders.mjs';
import { minify } from './rollup/minify.mjs';
import { minifyTemplates } from './rollup/minify-templates.mjs';
import { shortIds } from './rollup/short-ids.mjs';
import { stripLazyContent } from './rollup/strip-lazy-content.mjs';
import { ROOT } from './shared.mjs';

/** Widgets left out of the one-widget build. */
const OTHER_WIDGETS = ['cause-list', 'faq-accordion', 'exercise-tips'];

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

/** Each build: what it is, and its entry's source (paths from the project root). */
const BUILDS = [
  [
    'Lit alone (LitElement, html, css, msg)',
    "export { LitElement, html, css } from 'lit';\nexport { msg } from '@lit/localize';",
  ],
  [
    'the core with <when-to-see-doctor> only, and the API',
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
      localeLoaders('src/locale-loaders.cdn.ts'),
      resolveProd(),
      ts(),
      inlineStrTag(),
      stripLazyContent(),
      shortIds(),
      minifyTemplates(),
      minify(),
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

try {
  const sizes = [];
  for (const [what, source] of BUILDS) sizes.push([what, await entryGzip(source)]);
  const [, whole] = sizes.at(-1);
  console.log('The first load (the entry file, gzip), built as legwise.js with fewer parts:');
  for (const [what, bytes] of sizes) {
    console.log(`  ${String(bytes).padStart(6)} B  ${(bytes / 1024).toFixed(1).padStart(4)} KB  ${what}`);
  }
  const [, floor] = sizes[1];
  console.log(`Three of the four widgets take ${whole - floor} B of legwise.js; the rest is the floor.`);
} catch (error) {
  console.error(`size-floor: the build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
