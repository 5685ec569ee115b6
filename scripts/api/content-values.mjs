// The values that list attributes take, read from the content itself (its
// stable ids), for the editor data and the API tables: `questions` and `open`
// (FAQ ids), `tips` (tip ids), `category` (cause groups), `region` (the
// emergency-number table's region codes). The content is transpiled into
// build/api/ (scripts/transpile.mjs) and imported as plain modules.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transpileTree } from '../transpile.mjs';

/** Attribute name → the values it takes (each attribute lists several, separated by spaces). */
export async function listValues() {
  const out = transpileTree('api');
  const load = (path) => import(pathToFileURL(join(out, path)).href);
  const [{ FAQ_IDS }, { TIP_IDS }, { CAUSE_CATEGORIES }, { EMERGENCY_NUMBERS }] = await Promise.all([
    load('content/faq.js'),
    load('content/tips.js'),
    load('content/types.js'),
    load('content/emergency-numbers.js'),
  ]);
  return {
    questions: [...FAQ_IDS],
    open: ['all', ...FAQ_IDS],
    tips: [...TIP_IDS],
    category: [...CAUSE_CATEGORIES],
    region: Object.keys(EMERGENCY_NUMBERS).sort(),
  };
}
