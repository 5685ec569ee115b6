// What `npm run check:translations` (check-translations.mjs) finds in one
// locale, and how it reports it: one line per unit (locale, id, problem,
// English), then one line per language with its counts, then the commands
// that fix what was found.
import { flatten, placeholders, xliffName } from './localize-lib.mjs';

/**
 * The problems of one locale's units, each { locale, id, kind, what, english }:
 * - `messages`: the source messages; `units`: its XLIFF units (readXliff);
 * - `targets`: id → the target as lit-localize reads it (its contents);
 * - `snapshot`: its record (readSnapshot), or null for the pseudo-locale,
 *   which is made from the current English and so is never stale.
 */
export function findProblems({ locale, messages, units, targets, snapshot }) {
  const problems = [];
  for (const m of messages) {
    const english = flatten(m.contents);
    const add = (kind, what) => problems.push({ locale, id: m.name, kind, what, english });
    const target = targets.get(m.name);
    if (!target || !flatten(target.contents).trim()) {
      add('missing', target ? 'missing (the target is empty)' : 'missing');
      continue;
    }
    const [has, wants] = [placeholders(target.contents), placeholders(m.contents)];
    if (has.join('|') !== wants.join('|')) {
      add('placeholders', `placeholders differ: target has [${has.join(', ')}], source has [${wants.join(', ')}]`);
    }
    // The target as written, placeholders left out: lit-localize would show any entity in it
    // literally (lit/lit#3025), and a bare "&" becomes "&amp;" (xliff-read.mjs rejects those).
    const written = (units.get(m.name)?.rawTarget ?? '').replace(/<[^>]*>/g, '');
    if (written.includes('&')) {
      add('entity', 'holds a character entity (it would show literally, lit/lit#3025): write the character itself');
    }
    const recorded = snapshot?.[m.name];
    if (snapshot && recorded === undefined) add('unrecorded', 'stale: no record of the English it was translated from');
    else if (snapshot && recorded.source !== english) {
      add('stale', `stale: the English changed since it was translated (was "${recorded.source}")`);
    }
  }
  return problems;
}

/** The ids whose XLIFF <source> is not the code's English, or that the XLIFF lacks. */
export const outdatedSources = (messages, units) =>
  messages.filter((m) => units.get(m.name)?.source !== flatten(m.contents)).map((m) => m.name);

const KINDS = {
  missing: 'missing',
  placeholders: 'with placeholders that differ',
  entity: 'with a character entity',
  stale: 'stale',
  unrecorded: 'never accepted',
};

/**
 * The report's end: a line per language that has problems (its counts, or
 * its file's problem), then what to do. `files` are the file-level problems,
 * { locale, kind: 'no-file' | 'generated' | 'outdated', what }.
 */
export function summary(problems, files, { total, pseudoLocale }) {
  const lines = ['', 'By language:'];
  const locales = [...new Set([...files.map((f) => f.locale), ...problems.map((p) => p.locale)])].sort();
  for (const locale of locales) {
    const counts = Object.entries(KINDS)
      .map(([kind, words]) => [problems.filter((p) => p.locale === locale && p.kind === kind).length, words])
      .filter(([n]) => n)
      .map(([n, words]) => `${n} of ${total} ${words}`);
    const file = files.filter((f) => f.locale === locale).map((f) => f.what);
    lines.push(`  ${locale}: ${[...file, ...counts].join('; ')}`);
  }
  lines.push('What to do (TRANSLATING.md):');
  const where = (kind, from = problems) => [...new Set(from.filter((p) => p.kind === kind).map((p) => p.locale))];
  // One command writes every XLIFF file: the pseudo-locale's, a new language's, the current English.
  const extract = [];
  if (where('generated', files).length) extract.push(`it generates xliff/${pseudoLocale}.xlf from the English`);
  for (const locale of where('no-file', files)) {
    extract.push(`it writes ${xliffName(locale)}, every unit with its English, for a translator to fill in`);
  }
  if (where('outdated', files).length) {
    extract.push('it puts the current English in the <source> of every unit and keeps the targets');
  }
  if (extract.length) {
    const command = where('generated', files).length
      ? 'npm run localize:extract (or npm run build)'
      : 'npm run localize:extract';
    lines.push(`- run ${command} first: ${extract.join('; ')}.`);
  }
  const missing = where('missing');
  if (missing.length) {
    lines.push(`- translate the missing targets in ${missing.map(xliffName).join(', ')}.`);
  }
  const wrong = [...new Set([...where('placeholders'), ...where('entity')])];
  if (wrong.length) lines.push(`- correct the targets listed above in ${wrong.map(xliffName).join(', ')}.`);
  const unrecorded = where('unrecorded');
  if (unrecorded.length) {
    lines.push(`- when a translation is done, record it: npm run localize:accept -- ${unrecorded.join(' ')}`);
  }
  const stale = where('stale');
  if (stale.length) {
    lines.push(
      `- update each stale target to the new English, then record it: npm run localize:accept -- ${stale.join(' ')}` +
        ' (a target left as it was stays stale; if it is still right for the new English, accept it with --ids ID,…).',
    );
  }
  return lines;
}
