// Builds Legwise: one entry of this list per output. The plugins are in
// scripts/rollup/ (one per file), the names shared with the size report and
// the locale tools in scripts/shared.mjs.
// - dist/: the npm package. ES modules with lit and @lit/localize left as
//   imports (apps dedupe them), one entry per element plus a side-effect-free
//   `classes` entry, each locale a lazy chunk, and `.d.ts` types in dist/types.
// - dist/cdn/legwise.js: the CDN module. Lit bundled in, minified, all the
//   code in this one file (one request, covered by the script tag's SRI hash);
//   each locale, and the English content, is a lazy chunk of plain data
//   (it imports nothing) resolved relative to the script.
// - dist/cdn/legwise.en.js, legwise.es.js, legwise.ar.js: the CDN module for
//   a page in one language, with that language's text in the file (one
//   request, shown at the first render); any other language loads lazily as
//   from legwise.js, from the same chunk files.
// - dist/cdn/legwise.classic.js: the same for a plain <script src defer>, as
//   `window.Legwise`, loading the standalone dist/cdn/locales/*.js lazily;
//   legwise.classic.en.js, .es.js and .ar.js, one per language likewise.
// After writing, it prints a Subresource Integrity hash for each CDN script and
// records module sizes (for `npm run size`) in dist/cdn/stats.json
// (scripts/rollup/report.mjs).
import {
  CDN_DIR,
  CHUNK_FILE_NAMES,
  CLASSIC_LOCALES_DIR,
  ENGLISH_CONTENT_MODULE,
  SCRIPT_LANGUAGES,
  SOURCE_LOCALE,
  TARGET_LOCALES,
  entryName,
  localeModule,
} from './scripts/shared.mjs';
import { isLit, ts } from './scripts/rollup/common.mjs';
import { cdnPlugins, localePlugins } from './scripts/rollup/cdn-plugins.mjs';
import { COMPILE_HINT, entryCompileHint } from './scripts/rollup/compile-hint.mjs';
import { CLASSIC_LOADERS, MODULE_LOADERS, localeLoaders } from './scripts/rollup/locale-loaders.mjs';
import { minifyTemplates } from './scripts/rollup/minify-templates.mjs';
import { typeOnlyEntries } from './scripts/rollup/type-only-entries.mjs';

/** The output of the CDN modules: each entry at the top, its lazy chunks in chunks/. */
const cdnModuleOutput = {
  dir: CDN_DIR,
  format: 'es',
  sourcemap: true,
  banner: entryCompileHint,
  entryFileNames: '[name].js',
  chunkFileNames: CHUNK_FILE_NAMES,
};

/** The output of the classic scripts: one file each, loading the standalone locales/*.js. */
const classicOutput = {
  dir: CDN_DIR,
  format: 'iife',
  sourcemap: true,
  banner: COMPILE_HINT,
  entryFileNames: '[name].js',
};

/** A CDN script: the module or the classic one, for every language or (`language`) with one's text in the file. */
const cdnScript = ({ classic = false, language } = {}) => ({
  input: { [entryName({ classic, language })]: classic ? 'src/cdn-classic.ts' : 'src/cdn.ts' },
  plugins: [
    localeLoaders(classic ? CLASSIC_LOADERS : MODULE_LOADERS, language),
    ...cdnPlugins({ keepEnglish: language === SOURCE_LOCALE, preload: !classic && !language }),
  ],
  output: classic ? classicOutput : cdnModuleOutput,
  // The modules' lazy hydrate support imports Lit from the entry: let the entry
  // export it (under short names) rather than move the code into a chunk.
  ...(classic ? {} : { preserveEntrySignatures: 'allow-extension' }),
});

/** @type {import('rollup').RollupOptions[]} */
export default [
  // The npm package.
  {
    input: {
      index: 'src/index.ts',
      classes: 'src/classes.ts',
      'cause-list': 'src/cause-list.ts',
      'faq-accordion': 'src/faq-accordion.ts',
      'when-to-see-doctor': 'src/when-to-see-doctor.ts',
      'exercise-tips': 'src/exercise-tips.ts',
      // legwise/server (Node): render() with @lit-labs/ssr, left as an import.
      server: 'src/server/index.ts',
      'server-elements': 'src/server/elements.ts',
    },
    external: isLit,
    // Templates minified as in the CDN scripts: the same template text gives
    // the same digests, so server HTML from this build hydrates under either.
    plugins: [ts(true), minifyTemplates(), typeOnlyEntries(['jsx/react', 'jsx/vue'])],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: CHUNK_FILE_NAMES,
    },
  },
  // The CDN module, then one per language, the language's text in the file.
  cdnScript(),
  ...SCRIPT_LANGUAGES.map((language) => cdnScript({ language })),
  // The classic script, then one per language likewise.
  cdnScript({ classic: true }),
  ...SCRIPT_LANGUAGES.map((language) => cdnScript({ classic: true, language })),
  // Standalone locale modules (and the English content) for the classic script.
  ...[...TARGET_LOCALES, SOURCE_LOCALE].map((locale) => ({
    input: { [locale]: locale === SOURCE_LOCALE ? ENGLISH_CONTENT_MODULE : localeModule(locale) },
    plugins: localePlugins(),
    output: { dir: `${CDN_DIR}/${CLASSIC_LOCALES_DIR}`, format: 'es', sourcemap: true, entryFileNames: '[name].js' },
  })),
];
