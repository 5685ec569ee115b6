// Run by `npm run build` (localize:generate), before TypeScript and rollup.
// Writes src/generated/region-names.ts: the English name, as Node's
// Intl.DisplayNames writes it, of each region where English is mainly read
// (language-regions.mjs) that has a row in content/emergency-numbers.ts.
// regionName() (src/i18n/region-name.ts) starts with them, so an English page
// for one of those regions never starts the browser's ICU to name the country
// beside its emergency number: a page's first Intl object took 20–36 ms of the
// benchmark machine's main thread, and on an English page the care card's
// country name was that first use (BENCHMARKS.md). Every region of the table
// would cost the core 1.8 KB gzip; these cost about 0.2 KB. Other regions and
// languages ask the browser's Intl, as before.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LANGUAGE_REGIONS } from './language-regions.mjs';
import { ROOT, SOURCE_LOCALE } from './shared.mjs';

const TABLE = 'content/emergency-numbers.ts';
const OUT = 'src/generated/region-names.ts';
/** Fewer rows than this means the table's line shape changed: stop rather than trust the match. */
const MIN_REGIONS = 150;

// Read by its lines, as generate-review-dates.mjs reads content/meta.ts: each row is `  XX: 'digits',`.
const rows = [...readFileSync(join(ROOT, TABLE), 'utf8').matchAll(/^\s+([A-Z]{2}): '\d+',/gm)].map((m) => m[1]);
if (rows.length < MIN_REGIONS) {
  console.error(
    `generate-region-names: found ${rows.length} rows like "  GB: '999'," in ${TABLE}, expected at least ${MIN_REGIONS}.`,
  );
  process.exit(1);
}
const codes = LANGUAGE_REGIONS[SOURCE_LOCALE].filter((code) => rows.includes(code));
const names = new Intl.DisplayNames([SOURCE_LOCALE], { type: 'region', fallback: 'none' });
const entries = codes.map((code) => {
  const name = names.of(code);
  if (!name || /[|:]/.test(name)) {
    console.error(`generate-region-names: Node's Intl has no usable English name for ${code} (${name}).`);
    process.exit(1);
  }
  return `${code}:${name}`;
});

const file = `// Do not modify this file by hand! Written by scripts/generate-region-names.mjs
// on every build, from scripts/language-regions.mjs and ${TABLE}.

/** The English name of each region where English is mainly read: \`CODE:Name\`, separated by \`|\`. */
export const englishRegionNames = ${JSON.stringify(entries.join('|'))};
`;
mkdirSync(dirname(join(ROOT, OUT)), { recursive: true });
writeFileSync(join(ROOT, OUT), file);
