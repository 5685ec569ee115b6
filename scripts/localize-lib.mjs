// Shared by the translation tools (generate-locales.mjs, check-translations.mjs,
// check-content.mjs): the project's lit-localize set-up, its source messages
// and the XLIFF files, read through @lit/localize-tools. The names the build
// shares with them (the pseudo-locale, the lazy-content rule) are in shared.mjs.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { ROOT } from './shared.mjs';

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

/** Current source messages from the code, in extraction order. */
export function sourceMessages() {
  const localizer = new RuntimeLitLocalizer(config);
  const { messages, errors } = localizer.extractSourceMessages();
  if (errors.length) {
    throw new Error(`lit-localize could not read the source: ${errors.map((e) => e.messageText).join('; ')}`);
  }
  return { localizer, messages };
}

export const snapshotPath = (locale) => join(xliffDir, 'sources', `${locale}.json`);

/** The English source of each id when its translation was last accepted. */
export function readSnapshot(locale) {
  const path = snapshotPath(locale);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
}

/** Raw <target> texts of an XLIFF file, by id (to see entities the parser hides). */
export function rawTargets(locale) {
  const path = join(xliffDir, `${locale}.xlf`);
  if (!existsSync(path)) return new Map();
  const xml = readFileSync(path, 'utf8');
  const units = new Map();
  for (const m of xml.matchAll(/<trans-unit\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const target = /<target(?:\s[^>]*)?>([\s\S]*?)<\/target>/.exec(m[2]);
    if (target) units.set(m[1], target[1]);
  }
  return units;
}
