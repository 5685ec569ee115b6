// Run by `npm run build` (localize:generate), before TypeScript and rollup.
// Writes src/generated/build-names.ts: the names that the source and the
// build tools must agree on, each defined once outside src/ (the version in
// package.json, the others in scripts/shared.mjs), so that the source imports
// them instead of spelling them out again.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CLASSIC_LOCALES_DIR, PSEUDO_LOCALE, ROOT } from './shared.mjs';

const OUT = 'src/generated/build-names.ts';
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const text = `// Do not modify this file by hand! Written by scripts/generate-build-names.mjs
// on every build, from package.json and scripts/shared.mjs.

/** Legwise's version (package.json). */
export const VERSION = ${JSON.stringify(version)};

/** The pseudo-locale: the English, accented and longer, for testing layouts (scripts/shared.mjs). */
export const PSEUDO_LOCALE = ${JSON.stringify(PSEUDO_LOCALE)};

/** The folder, next to a classic CDN script, of the standalone locale modules it loads (scripts/shared.mjs). */
export const CLASSIC_LOCALES_DIR = ${JSON.stringify(CLASSIC_LOCALES_DIR)};
`;
mkdirSync(dirname(join(ROOT, OUT)), { recursive: true });
writeFileSync(join(ROOT, OUT), text);
