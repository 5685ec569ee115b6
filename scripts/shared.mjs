// The names that the build (rollup.config.mjs, scripts/rollup/), the locale
// tools (scripts/generate-locales.mjs, check-translations.mjs,
// readability.mjs), the size report (scripts/size.mjs), the package check and
// the benchmark (bench/) must agree on, each defined once here: the locales,
// the pseudo-locale, which messages are lazily loaded content, and the names
// of the CDN files (entry scripts, chunks, the JSON files the build writes).
// Paths are relative to the project root (the build runs there).
//
// The source imports the pseudo-locale's name and the classic script's
// locales folder from src/generated/build-names.ts, which
// scripts/generate-build-names.mjs writes from here on every build. Still
// spelled out elsewhere: src/locale-loaders*.ts (the module paths it imports,
// ./generated/content-en.js and one line per locale, which rollup resolves or
// fails on), lit-localize.json (the locales themselves, read here), the demo's
// embed builder (demo/demo.js: dist/cdn, integrity.json, preload.json and
// legwise.<lang>.js; a page cannot import this Node module, and
// tests/demo.test.ts checks its snippets against the build) and the browser
// tests, which check these names from the outside.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (absolute). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const config = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8'));

/** The language of the source text: English. */
export const SOURCE_LOCALE = config.sourceLocale;
/** Every locale lit-localize builds, the pseudo-locale included (lit-localize.json). */
export const TARGET_LOCALES = config.targetLocales;

/**
 * The pseudo-locale: generated from the English on every build (accented,
 * longer, in brackets), a testing aid. It has no CDN script of its own, no
 * preload line, no size budget and no snapshot of its English.
 */
export const PSEUDO_LOCALE = 'en-XA';
if (!TARGET_LOCALES.includes(PSEUDO_LOCALE))
  throw new Error(`lit-localize.json: targetLocales lacks the pseudo-locale ${PSEUDO_LOCALE}`);

/** The languages with a CDN script of their own (`legwise.es.js`): English and every translation. */
export const SCRIPT_LANGUAGES = [SOURCE_LOCALE, ...TARGET_LOCALES.filter((locale) => locale !== PSEUDO_LOCALE)];

/**
 * Ids of the English content that the CDN builds load lazily instead of
 * bundling: causes, FAQ, tips and sources. Never the care cards (care.*), the
 * disclaimer or the labels (meta.*): those must render even if a chunk fails.
 */
export const LAZY_CONTENT_ID = /^(cause|faq|tips|source)[.-]/;

/** The folder of the locale modules that lit-localize writes (lit-localize.json, output.outputDir). */
export const LOCALES_DIR = config.output.outputDir.replace(/^\.\//, '').replace(/\/$/, '');
/** The locale module of one translation, e.g. src/generated/locales/es.ts. */
export const localeModule = (locale) => `${LOCALES_DIR}/${locale}.ts`;

/**
 * The English content as a locale module (written by generate-locales.mjs),
 * and so the name of its CDN chunk (`chunks/content-en-<hash>.js`).
 */
export const ENGLISH_CONTENT = 'content-en';
export const ENGLISH_CONTENT_MODULE = `src/generated/${ENGLISH_CONTENT}.ts`;

/**
 * Lit's hydrate support, loaded by the CDN modules on pages with server HTML
 * only: the module, and so the name of its chunk (`chunks/hydrate-support-<hash>.js`).
 */
export const HYDRATE_SUPPORT = 'hydrate-support';
export const HYDRATE_SUPPORT_MODULE = `src/internal/${HYDRATE_SUPPORT}.ts`;

/** The CDN build's folder, and its lazy chunks' folder inside it. */
export const CDN_DIR = 'dist/cdn';
export const CHUNKS_DIR = 'chunks';
/** The classic scripts' standalone locale modules' folder in CDN_DIR (the source has it from src/generated/build-names.ts). */
export const CLASSIC_LOCALES_DIR = 'locales';
/** Rollup's name pattern for a chunk (npm and CDN builds alike); `[hash]` is 8 characters. */
export const CHUNK_FILE_NAMES = `${CHUNKS_DIR}/[name]-[hash].js`;
const CHUNK_FILE = new RegExp(`^${CHUNKS_DIR}/(.+)-[A-Za-z0-9_-]{8}\\.js$`);
/** The name of a chunk, from its file (`chunks/es-DjXgkjVP.js` → `es`), or undefined. */
export const chunkName = (file) => CHUNK_FILE.exec(file)?.[1];

/** The hydrate-support chunk that the CDN module `entry` (`legwise.en.js`) loads, from the build's stats.json, or undefined. */
export const hydrateSupportChunk = (stats, entry) =>
  (stats[entry]?.dynamicImports ?? []).find((file) => chunkName(file) === HYDRATE_SUPPORT);

/** The language whose text a CDN chunk named `name` holds (the English content, or a translation), if any. */
export const textLanguage = (name) =>
  name === ENGLISH_CONTENT ? SOURCE_LOCALE : TARGET_LOCALES.includes(name) ? name : undefined;

/**
 * The name of a CDN entry script, without `.js`: `legwise`, `legwise.es`,
 * `legwise.classic`, `legwise.classic.es`.
 */
export const entryName = ({ classic = false, language } = {}) =>
  ['legwise', ...(classic ? ['classic'] : []), ...(language ? [language] : [])].join('.');
const ENTRY_FILE = /^legwise(\.classic)?(?:\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*))?\.js$/;
/** What a CDN entry script's file name says (`legwise.classic.es.js` → { classic: true, language: 'es' }), or undefined. */
export const parseEntry = (file) => {
  const match = ENTRY_FILE.exec(file);
  return match ? { classic: Boolean(match[1]), language: match[2] } : undefined;
};

/** The JSON files that the build writes in CDN_DIR, for the size report, the demo and the bench. */
export const STATS_FILE = 'stats.json'; // each chunk's imports and Lit share
export const INTEGRITY_FILE = 'integrity.json'; // the SRI hash of each entry script and text chunk
export const PRELOAD_FILE = 'preload.json'; // the text chunk of each language, by language

/**
 * The strict Content-Security-Policy that Legwise works under (its value): the
 * docs show it (docs/security.md, and with the style hashes the README), and
 * the test server serves it (tests/tools/test-server.mjs).
 */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";

/** The server HTML's style hashes, tag → 'sha256-…', written by the build (scripts/style-hashes.mjs). */
export const STYLE_HASHES_FILE = 'dist/style-hashes.json';
