// Shared by the translation tools (generate-locales.mjs, check-translations.mjs,
// check-content.mjs): the project's lit-localize set-up, its source messages,
// the XLIFF files (read strictly by xliff-read.mjs) and the record of what
// each translation was accepted against (xliff/sources/<locale>.json). The
// names the build shares with them (the pseudo-locale, the lazy-content rule)
// are in shared.mjs.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { ROOT } from './shared.mjs';
import { parseXliff } from './xliff-read.mjs';

export const root = ROOT;
export const config = readConfigFileAndWriteSchema(join(root, 'lit-localize.json'));
export const xliffDir = join(root, config.interchange.xliffDir);

/** A message's text with placeholders written as their source expression, e.g. "Call ${number}". */
export const flatten = (contents) =>
  contents.map((part) => (typeof part === 'string' ? part : part.untranslatable)).join('');

/** The placeholders of a message, sorted, for comparing source and target. */
export const placeholders = (contents) =>
  contents
    .filter((part) => typeof part !== 'string')
    .map((part) => part.untranslatable)
    .sort();

/** Current source messages from the code, in extraction order, and the localizer that read them. */
export function sourceMessages() {
  const localizer = new RuntimeLitLocalizer(config);
  const { messages, errors } = localizer.extractSourceMessages();
  if (errors.length) {
    throw new Error(`lit-localize could not read the source: ${errors.map((e) => e.messageText).join('; ')}`);
  }
  return { localizer, messages };
}

/** The XLIFF file of a locale, absolute, and as messages name it (`xliff/es.xlf`). */
export const xliffPath = (locale) => join(xliffDir, `${locale}.xlf`);
export const xliffName = (locale) => relative(root, xliffPath(locale));

/**
 * The units of a locale's XLIFF file (see parseXliff: id → { line, source,
 * target, rawTarget }), or null when there is no file. Throws an XliffError
 * naming the file, line and unit when the file is not XLIFF as lit-localize reads it.
 */
export function readXliff(locale) {
  const path = xliffPath(locale);
  if (!existsSync(path)) return null;
  return parseXliff(readFileSync(path, 'utf8'), { file: xliffName(locale), locale });
}

export const snapshotPath = (locale) => join(xliffDir, 'sources', `${locale}.json`);
export const snapshotName = (locale) => relative(root, snapshotPath(locale));

/**
 * What each translation of a locale was accepted against: id → { source,
 * target }, the English source and the target text when `localize:accept`
 * recorded it. Entries written before targets were recorded are a plain
 * string, the source: their `target` is undefined.
 */
export function readSnapshot(locale) {
  const path = snapshotPath(locale);
  if (!existsSync(path)) return {};
  let json;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${snapshotName(locale)}: not valid JSON (${error.message}); restore it from git`);
  }
  return Object.fromEntries(
    Object.entries(json).map(([id, entry]) => {
      if (typeof entry === 'string') return [id, { source: entry }];
      if (typeof entry?.source !== 'string' || typeof entry.target !== 'string') {
        throw new Error(
          `${snapshotName(locale)}: the entry of ${id} is not { "source": …, "target": … }; restore it from git`,
        );
      }
      return [id, { source: entry.source, target: entry.target }];
    }),
  );
}

/** Writes a locale's record, id → { source, target }, in the order given. */
export function writeSnapshot(locale, snapshot) {
  mkdirSync(dirname(snapshotPath(locale)), { recursive: true });
  writeFileSync(snapshotPath(locale), JSON.stringify(snapshot, null, 2) + '\n');
}
