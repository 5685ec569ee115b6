// `npm run check:translations` (part of `npm test`): fails with a list of
// (locale, id, problem, English source) for every shipped locale that has
// - a missing (or empty) target,
// - a target whose placeholders differ from the source,
// - a target holding a character entity (lit-localize renders `&amp;` literally: lit/lit#3025),
// - a stale target: its English source changed since it was accepted
//   (xliff/sources/<locale>.json keeps the English, and the target, of each accepted translation),
// then a line per language with its counts and the commands that fix what it found.
// A file that is missing, is not XLIFF (xliff-read.mjs: one line with the
// file, line and unit, no stack trace) or shows old English is named once.
//
// `--files` only reads the XLIFF files, fast, so that a command of
// lit-localize's (extract, build), whose error would name no file, can run it first.
//
// `npm run localize:accept -- es [fr…] [--ids ID,…]` records what each
// Spanish translation was accepted against (translation-accept.mjs: a stale
// unit whose target nobody changed is left stale; --ids accepts just those ids).
import { parseArgs } from 'node:util';
import { config, readSnapshot, readXliff, sourceMessages, writeSnapshot, xliffName } from './localize-lib.mjs';
import { PSEUDO_LOCALE } from './shared.mjs';
import { acceptReport, decideAccept, leftOut } from './translation-accept.mjs';
import { findProblems, outdatedSources, summary } from './translation-problems.mjs';

const USAGE = `Usage:
  node scripts/check-translations.mjs            check every shipped locale (npm run check:translations)
  node scripts/check-translations.mjs --accept LOCALE… [--ids ID,…]
                                                 record the English and the target of each translation
                                                 (npm run localize:accept -- LOCALE…); with --ids, only
                                                 those units, also if their target did not change
  node scripts/check-translations.mjs --files    only check that every XLIFF file there is can be read
See TRANSLATING.md.`;

function usageError(message) {
  console.error(`check-translations: ${message}\nRun "node scripts/check-translations.mjs --help" for usage.`);
  process.exit(2);
}

/** Stop with one line per problem on stderr, no stack trace, exit code 1. */
function fail(...lines) {
  for (const line of lines) console.error(line);
  process.exit(1);
}

// `--accept=es` is `--accept es`.
const args = process.argv
  .slice(2)
  .flatMap((arg) => (arg.startsWith('--accept=') ? ['--accept', ...arg.slice(9).split(',')] : [arg]));
let values, positionals;
try {
  ({ values, positionals } = parseArgs({
    args,
    options: {
      accept: { type: 'boolean' },
      ids: { type: 'string' },
      files: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  }));
} catch (error) {
  usageError(
    error.message.replace(
      /^Unknown option '([^']+)'.*/s,
      'unknown option $1 (the options are --accept, --ids, --files, --help)',
    ),
  );
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const accept = values.accept === true;
const locales = positionals.flatMap((l) => l.split(',')).filter(Boolean);
if (!accept && positionals.length) {
  usageError(
    `"${positionals.join(' ')}": to record a translation, use npm run localize:accept -- ${positionals.join(' ')}`,
  );
}
if (!accept && values.ids !== undefined) usageError('--ids goes with --accept LOCALE');
if (accept && values.files) usageError('--files checks the files only: give it alone');
const shipped = config.targetLocales.filter((l) => l !== PSEUDO_LOCALE);
if (accept) {
  if (!locales.length) usageError(`--accept needs a locale: one of ${shipped.join(', ')}`);
  for (const locale of locales) {
    if (locale === PSEUDO_LOCALE) {
      usageError(
        `${PSEUDO_LOCALE} is the pseudo-locale, generated from the English on every build: it has nothing to accept`,
      );
    }
    if (!config.targetLocales.includes(locale)) {
      usageError(
        `${locale} is not in targetLocales of lit-localize.json (${shipped.join(', ')}); add it there first (TRANSLATING.md, "Adding a language", step 1)`,
      );
    }
  }
}
const ids = values.ids === undefined ? undefined : new Set(values.ids.split(',').filter(Boolean));
if (ids && !ids.size) usageError('--ids needs ids, comma separated: --ids care.urgent.heading,faq.stress.answer.1');

// Every file first, before the slow read of the code: a broken one is named at once.
const units = new Map(); // locale → its units, or null for no file
const broken = [];
for (const locale of accept ? locales : config.targetLocales) {
  try {
    units.set(locale, readXliff(locale));
  } catch (error) {
    broken.push(error.message);
  }
}
if (accept) {
  const missing = locales.filter((locale) => units.get(locale) === null);
  broken.push(
    ...missing.map((l) => `${xliffName(l)}: no such file; npm run localize:extract writes it, then translate it`),
  );
}
if (broken.length) fail(...broken);
if (values.files) {
  const read = [...units].filter(([, file]) => file).map(([locale]) => xliffName(locale));
  console.log(`XLIFF files read: ${read.join(', ')}.`);
  process.exit(0);
}

let messages, localizer, snapshots;
try {
  ({ messages, localizer } = sourceMessages());
  snapshots = new Map((accept ? locales : shipped).map((locale) => [locale, readSnapshot(locale)]));
} catch (error) {
  fail(String(error.message ?? error));
}

if (accept) {
  const unknown = [...(ids ?? [])].filter((id) => !messages.some((m) => m.name === id));
  if (unknown.length)
    usageError(`--ids: no message has the id ${unknown.join(', ')} (the ids are those of the <trans-unit>s)`);
  let incomplete = false;
  for (const locale of locales) {
    const result = decideAccept({ messages, units: units.get(locale), snapshot: snapshots.get(locale), ids });
    writeSnapshot(locale, result.snapshot);
    const { done, left } = acceptReport(locale, result, { total: messages.length, ids });
    for (const line of done) console.log(line);
    for (const line of left) console.error(line);
    incomplete ||= leftOut(result);
  }
  process.exit(incomplete ? 1 : 0);
}

let translations;
try {
  ({ translations } = localizer.readTranslationsSync());
} catch (error) {
  fail(`lit-localize could not read the XLIFF files: ${error.message}`);
}
const problems = [];
const files = [];
for (const locale of config.targetLocales) {
  const own = units.get(locale);
  const pseudo = locale === PSEUDO_LOCALE;
  const outdated = own ? outdatedSources(messages, own) : [];
  if (pseudo && (!own || outdated.length)) {
    const what = own ? `generated from older English (${outdated.length} units differ)` : 'no such file';
    files.push({ locale, kind: 'generated', what: `${xliffName(locale)}: ${what}` });
    continue; // its units would only repeat that
  }
  if (!own) {
    files.push({ locale, kind: 'no-file', what: `${xliffName(locale)}: no such file` });
    continue;
  }
  if (outdated.length) {
    const some = outdated.slice(0, 3).join(', ') + (outdated.length > 3 ? ', …' : '');
    files.push({
      locale,
      kind: 'outdated',
      what: `${xliffName(locale)} shows old English, or lacks the unit, for ${outdated.length} unit${outdated.length === 1 ? '' : 's'} (${some})`,
    });
  }
  const targets = new Map((translations.get(locale) ?? []).map((m) => [m.name, m]));
  const snapshot = pseudo ? null : snapshots.get(locale);
  problems.push(...findProblems({ locale, messages, units: own, targets, snapshot }));
}

const count = problems.length + files.length;
if (count) {
  console.error(`Translation check failed: ${count} problem${count === 1 ? '' : 's'}.`);
  if (problems.length) console.error('locale\tid\tproblem\tEnglish source');
  for (const p of problems) console.error(`${p.locale}\t${p.id}\t${p.what}\t${p.english}`);
  for (const line of summary(problems, files, { total: messages.length, pseudoLocale: PSEUDO_LOCALE })) {
    console.error(line);
  }
  process.exit(1);
}
console.log(
  `Translation check passed: ${config.targetLocales.join(', ')} complete (${messages.length} messages each).`,
);
