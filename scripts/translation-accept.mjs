// What `npm run localize:accept -- <locale>` records (check-translations.mjs
// runs it): for each unit, the English source and the target text as they are
// when a translator accepts them, in xliff/sources/<locale>.json.
//
// Accepting must not clear a stale unit that nobody re-translated: when the
// English of a unit changed since it was recorded, the unit is accepted only
// if its target changed too, or if its id is given with --ids (the old
// translation is still right for the new English: someone checked). A unit
// whose XLIFF <source> is not the English in the code is never accepted: the
// translator saw other English than the check compares against (run
// `npm run localize:extract` first).
import { flatten, snapshotName } from './localize-lib.mjs';

/**
 * The new record of one locale, and what was left out and why.
 * - `messages`: the source messages (the code's English);
 * - `units`: the locale's XLIFF units (readXliff);
 * - `snapshot`: the current record (readSnapshot);
 * - `ids`: a Set of ids to accept even if their target did not change; only
 *   these are then recorded, every other entry stays as it was.
 * Entries of units no longer in the code are dropped; so, without `ids`, are
 * those of units with no target.
 */
export function decideAccept({ messages, units, snapshot, ids }) {
  const next = {};
  const result = { recorded: 0, untranslated: [], unchanged: [], noOldTarget: [], sourceDiffers: [], noTarget: [] };
  for (const m of messages) {
    const id = m.name;
    const english = flatten(m.contents);
    const unit = units.get(id);
    const old = snapshot[id];
    // An entry left as it was keeps its form (a plain string is a record of the source only).
    const keep = () => {
      if (old) next[id] = old.target === undefined ? old.source : old;
    };
    if (ids && !ids.has(id)) {
      keep();
      continue;
    }
    if (unit?.target === undefined || !unit.target.trim()) {
      if (ids) {
        result.noTarget.push(id);
        keep();
      } else result.untranslated.push(id);
      continue;
    }
    if (unit.source !== english) {
      result.sourceDiffers.push(id);
      keep();
      continue;
    }
    if (old && old.source !== english && !ids) {
      const list = old.target === undefined ? result.noOldTarget : old.target === unit.target ? result.unchanged : null;
      if (list) {
        list.push(id);
        keep();
        continue;
      }
    }
    next[id] = { source: english, target: unit.target };
    result.recorded++;
  }
  return { snapshot: next, ...result };
}

/** Whether accept left a unit it was asked to accept unrecorded (exit code 1). */
export const leftOut = (result) =>
  result.unchanged.length + result.noOldTarget.length + result.sourceDiffers.length + result.noTarget.length > 0;

/**
 * What accept did for `locale`, one line per fact: `done` what it recorded,
 * `left` what it did not record and what to do about it.
 */
export function acceptReport(locale, result, { total, ids }) {
  const file = snapshotName(locale);
  const list = (xs) => xs.join(', ');
  const done = [
    ids
      ? `${locale}: recorded ${result.recorded} of the ${ids.size} ids given (English and target) in ${file}.`
      : `${locale}: recorded ${result.recorded} of ${total} translations (English and target) in ${file}.`,
  ];
  const left = [];
  if (result.unchanged.length) {
    left.push(
      `${locale}: left stale, their English changed since they were accepted but their target did not: ${list(result.unchanged)}`,
    );
  }
  if (result.noOldTarget.length) {
    left.push(
      `${locale}: left stale, their English changed since they were accepted, and ${file} was written before targets were recorded, so nothing shows that their target was updated: ${list(result.noOldTarget)}`,
    );
  }
  const stale = [...result.unchanged, ...result.noOldTarget];
  if (stale.length) {
    left.push(
      `  Update their targets and run this again; or, if a translation is still right for the new English, accept it by id: npm run localize:accept -- ${locale} --ids ${stale.join(',')}`,
    );
  }
  if (result.sourceDiffers.length) {
    left.push(
      `${locale}: not recorded, the <source> in xliff/${locale}.xlf is not the English in the code, so the translator did not see the current English: ${list(result.sourceDiffers)}`,
      `  Run npm run localize:extract, check those targets against the new English, then run this again.`,
    );
  }
  if (result.noTarget.length) {
    left.push(`${locale}: not recorded, no target in xliff/${locale}.xlf: ${list(result.noTarget)}`);
  }
  if (result.untranslated.length) {
    done.push(
      `${locale}: ${result.untranslated.length} of ${total} units have no target yet; nothing was recorded for them (npm run check:translations lists them).`,
    );
  }
  return { done, left };
}
