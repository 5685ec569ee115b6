// Run by `npm run build` (localize:generate), before TypeScript and rollup.
// Writes src/generated/review-dates.ts: the content's two review dates
// (LAST_REVIEWED and NEXT_REVIEW in content/meta.ts) as Node's Intl writes
// them for English pages (en, en-US, en-GB: the English the core ships).
// formatDate() (src/i18n/format-date.ts) starts with them, so an English page
// never starts the browser's date formatting (ICU) on its first render, which
// cost about 15–20 ms of it on the benchmark machine (BENCHMARKS.md). Every
// other tag is formatted by the browser's Intl with the same options, while
// the page waits for its translation (prepareDates). All of them would cost
// the core 0.3 KB gzip.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, SOURCE_LOCALE } from './shared.mjs';

const META = 'content/meta.ts';
const OUT = 'src/generated/review-dates.ts';
/** The tags written ahead: English, as pages tag it. */
const TAGS = [SOURCE_LOCALE, `${SOURCE_LOCALE}-US`, `${SOURCE_LOCALE}-GB`];

/**
 * A `YYYY-MM-DD` constant of content/meta.ts, by name. Read by its line, not
 * by importing the content through scripts/transpile.mjs as the content check
 * does: that transpiles all of content/ and src/ (3.5 s) for two constants, and
 * a changed line shape stops the build here with a message.
 */
function dateConstant(source, name) {
  const match = new RegExp(`export const ${name} = '(\\d{4}-\\d{2}-\\d{2})';`).exec(source);
  if (!match) {
    console.error(`generate-review-dates: ${META} has no "export const ${name} = 'YYYY-MM-DD';" line.`);
    process.exit(1);
  }
  return match[1];
}

/** The long date, in UTC, exactly as formatDate() writes it with Intl. */
const longDate = (iso, tag) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
};

const meta = readFileSync(join(ROOT, META), 'utf8');
const dates = ['LAST_REVIEWED', 'NEXT_REVIEW'].map((name) => dateConstant(meta, name));
const entries = TAGS.flatMap((tag) => dates.map((iso) => [`${tag} ${iso}`, longDate(iso, tag)]));

const file = `// Do not modify this file by hand! Written by scripts/generate-review-dates.mjs
// on every build, from the review dates in ${META}.

/** The content's review dates on English pages: \`"<tag> <YYYY-MM-DD>"\` → the long date. */
export const formattedReviewDates: ReadonlyArray<readonly [string, string]> = [
${entries.map((entry) => `  ${JSON.stringify(entry)},`).join('\n')}
];
`;
mkdirSync(dirname(join(ROOT, OUT)), { recursive: true });
writeFileSync(join(ROOT, OUT), file);
