// `npm run check:translations` (part of `npm test`): fails with a list of
// (locale, id, English source) for every shipped locale that has
// - a missing target,
// - a target whose placeholders differ from the source,
// - a target holding a character entity (lit-localize renders `&amp;` literally: lit/lit#3025),
// - a stale target: its English source changed since it was translated
//   (xliff/sources/<locale>.json keeps the English each translation was made from).
//
// `node scripts/check-translations.mjs --accept es` records the current English
// as the source of every present Spanish target: run it after updating the translations.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  config,
  flatten,
  placeholders,
  rawTargets,
  readSnapshot,
  snapshotPath,
  sourceMessages,
} from './localize-lib.mjs';
import { PSEUDO_LOCALE } from './shared.mjs';

const args = process.argv.slice(2);
let messages, localizer;
try {
  ({ messages, localizer } = sourceMessages());
} catch (error) {
  console.error(String(error.message ?? error));
  process.exit(1);
}
const { translations } = localizer.readTranslationsSync();

if (args[0] === '--accept') {
  const locales = args.slice(1);
  if (!locales.length || locales.some((l) => !config.targetLocales.includes(l))) {
    console.error(`Usage: --accept LOCALE… (one of: ${config.targetLocales.join(', ')})`);
    process.exit(2);
  }
  for (const locale of locales) {
    const translated = new Set((translations.get(locale) ?? []).map((m) => m.name));
    const snapshot = {};
    for (const m of messages) if (translated.has(m.name)) snapshot[m.name] = flatten(m.contents);
    mkdirSync(dirname(snapshotPath(locale)), { recursive: true });
    writeFileSync(snapshotPath(locale), JSON.stringify(snapshot, null, 2) + '\n');
    console.log(`${locale}: recorded the English source of ${Object.keys(snapshot).length} translations.`);
  }
  process.exit(0);
}

const problems = [];
for (const locale of config.targetLocales) {
  const targets = new Map((translations.get(locale) ?? []).map((m) => [m.name, m]));
  const raw = rawTargets(locale);
  // The pseudo-locale is generated from the current English, so it is never stale.
  const snapshot = locale === PSEUDO_LOCALE ? null : readSnapshot(locale);
  for (const m of messages) {
    const english = flatten(m.contents);
    const add = (what) => problems.push({ locale, id: m.name, what, english });
    const target = targets.get(m.name);
    if (!target) {
      add('missing');
      continue;
    }
    if (placeholders(target.contents).join('|') !== placeholders(m.contents).join('|')) {
      add(
        `placeholders differ: target has [${placeholders(target.contents).join(', ')}], source has [${placeholders(m.contents).join(', ')}]`,
      );
    }
    const rawText = (raw.get(m.name) ?? '') + flatten(target.contents.filter((p) => typeof p === 'string'));
    if (/&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/.test(rawText)) {
      add('holds a character entity (it would show literally, lit/lit#3025): write the character itself');
    }
    if (snapshot && snapshot[m.name] !== english) {
      add(
        snapshot[m.name] === undefined
          ? 'stale: no record of the English it was translated from'
          : `stale: the English changed since it was translated (was "${snapshot[m.name]}")`,
      );
    }
  }
}

if (problems.length) {
  console.error(`Translation check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}.`);
  console.error('locale\tid\tproblem\tEnglish source');
  for (const p of problems) console.error(`${p.locale}\t${p.id}\t${p.what}\t${p.english}`);
  console.error(
    '\nSee TRANSLATING.md. After updating a translation, record it with: npm run localize:accept -- LOCALE',
  );
  process.exit(1);
}
console.log(
  `Translation check passed: ${config.targetLocales.join(', ')} complete (${messages.length} messages each).`,
);
