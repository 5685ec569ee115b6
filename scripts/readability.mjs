// Readability of the English running text, for `npm run check:content`
// (scripts/check-content.mjs). Pure functions, no I/O, so they can be
// unit-tested. Limits: no sentence longer than 25 words, and the text of each
// content file at most US grade 6.0 on the Flesch-Kincaid scale:
//   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
// Syllables come from the `syllable` package; a number or a `${...}`
// placeholder is one word of one syllable.
//
// Sentences: a message is split after `.`, `!`, `?` or `:` followed by a space
// or the end (closing quotes and brackets may come between), and after `;`.
// The dots of abbreviations such as "e.g." and "i.e." do not split. Whatever
// is left without a final stop (a list item, a heading) is one sentence.
//
// What counts as running text, and the exception for names of conditions:
// 1. Whole messages are left out when their id ends in `.name` (condition
//    names), their id starts with `source.` (organisations), their text is only
//    placeholders, or they come from the pseudo-locale (PSEUDO_LOCALE, en-XA).
// 2. Condition names are: each `.name` message's text outside parentheses,
//    each part inside its parentheses (split on ",", "and", "or"), and the
//    EXTRA_CONDITIONS below (names used only in running text).
// 3. In running text, a parenthesis whose every word is a word of a condition
//    name is dropped whole, e.g. "(rhabdomyolysis)", "(Guillain-Barré syndrome)".
// 4. Then every whole-word occurrence of a condition name (any case, with an
//    optional plural "s"/"es" or "'s") is dropped, e.g. "myasthenia gravis".
// Dropped words count neither as words nor as syllables. Single words of the
// names are NOT dropped outside parentheses: names contain plain words
// ("the", "legs", "muscle", "blood", "nerve") that must still be measured.
import { syllable } from 'syllable';
import { PSEUDO_LOCALE } from './shared.mjs';

export const MAX_SENTENCE_WORDS = 25;
export const MAX_GRADE = 6.0;

/** Condition names that appear only in running text, never as a `.name` message. */
export const EXTRA_CONDITIONS = [
  'cauda equina',
  'cauda equina syndrome',
  'myasthenic',
  'meningitis',
  'sepsis',
  'statin',
  'atorvastatin',
  'simvastatin',
  'amyotrophic lateral sclerosis',
  'spinal stenosis',
  'diabetes',
  'polio',
  'West Nile virus',
  'dehydration',
];

const PLACEHOLDER = /\$\{[^}]*\}/g;
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|cf|approx|Dr|Mr|Mrs|Ms|St)\./gi;
const SENTENCE_END = /[.!?:]["'”’)\]]*(?=\s|$)|;/;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}$]+|[^\p{L}\p{N}}]+$/gu;

/** @param {string} text @returns {string[]} the sentences of a message, as written */
export function sentences(text) {
  const hidden = text.replace(ABBREVIATION, (m) => m.replaceAll('.', '\u2024'));
  return hidden
    .split(SENTENCE_END)
    .map((s) => s.replaceAll('\u2024', '.').trim())
    .filter((s) => words(s).length > 0);
}

/** @param {string} text @returns {string[]} the words, edge punctuation removed; `${x}` becomes `${}` */
export function words(text) {
  return text
    .replace(PLACEHOLDER, '${}')
    .split(/\s+/)
    .map((w) => w.replace(EDGE_PUNCTUATION, ''))
    .filter((w) => w === '${}' || /[\p{L}\p{N}]/u.test(w));
}

/** @param {string} word @returns {number} syllables; numbers and placeholders count 1 */
export function syllables(word) {
  if (word.includes('${}') || /\p{N}/u.test(word)) return 1;
  return Math.max(1, syllable(word));
}

/** @param {{words: number, sentences: number, syllables: number}} counts @returns {number} */
export function grade({ words: w, sentences: s, syllables: y }) {
  return w && s ? 0.39 * (w / s) + 11.8 * (y / w) - 15.59 : 0;
}

const isRunningText = (m) =>
  !m.id.endsWith('.name') &&
  !m.id.startsWith('source.') &&
  !(m.file ?? '').includes(PSEUDO_LOCALE) &&
  m.text.replace(PLACEHOLDER, '').trim() !== '';

/** @param {{id: string, text: string}[]} messages @returns {string[]} the condition names (rule 2) */
export function conditionNames(messages, extra = EXTRA_CONDITIONS) {
  const names = messages
    .filter((m) => m.id.endsWith('.name'))
    .flatMap((m) => {
      const inside = [...m.text.matchAll(/\(([^()]*)\)/g)].flatMap((p) => p[1].split(/,|\band\b|\bor\b/));
      return [m.text.replace(/\([^()]*\)/g, ' '), ...inside];
    });
  return [...new Set([...names, ...extra].map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normal = (w) => w.toLowerCase().replace(/['’]s$/, '');

/** Rules 3 and 4: the sentence without the words of condition names. */
function withoutNames(sentence, nameWords, namePatterns) {
  let text = sentence.replace(/\(([^()]*)\)/g, (whole, inner) =>
    words(inner).every((w) => nameWords.has(normal(w))) ? ' ' : whole,
  );
  for (const pattern of namePatterns) text = text.replace(pattern, ' ');
  return text;
}

/**
 * Measures the running text, grouped by file.
 * @param {{id: string, file: string, text: string}[]} messages English source messages
 * @param {{exceptWords?: string[], maxWords?: number, maxGrade?: number}} [options]
 *   exceptWords: condition names (words or phrases); by default conditionNames(messages)
 */
export function measure(
  messages,
  { exceptWords = conditionNames(messages), maxWords = MAX_SENTENCE_WORDS, maxGrade = MAX_GRADE } = {},
) {
  const nameWords = new Set(exceptWords.flatMap((n) => words(n).map(normal)));
  const namePatterns = [...exceptWords]
    .sort((a, b) => b.length - a.length)
    .map(
      (n) =>
        new RegExp(`(?<![\\p{L}\\p{N}-])${escape(n).replace(/ /g, '\\s+')}(?:s|es|['’]s)?(?![\\p{L}\\p{N}-])`, 'giu'),
    );
  const files = new Map();
  const problems = [];
  const add = (file) =>
    files.get(file) ?? files.set(file, { file, words: 0, sentences: 0, syllables: 0, longest: 0 }).get(file);
  for (const m of messages.filter(isRunningText)) {
    const f = add(m.file);
    for (const sentence of sentences(m.text)) {
      const counted = words(withoutNames(sentence, nameWords, namePatterns));
      f.words += counted.length;
      f.sentences += 1;
      f.syllables += counted.reduce((sum, w) => sum + syllables(w), 0);
      f.longest = Math.max(f.longest, counted.length);
      if (counted.length > maxWords) {
        const excerpt = sentence.length > 60 ? `${sentence.slice(0, 60)}…` : sentence;
        problems.push(
          `${m.file}: "${m.id}": a sentence has ${counted.length} words (at most ${maxWords}): "${excerpt}"`,
        );
      }
    }
  }
  const list = [...files.values()].sort((a, b) => a.file.localeCompare(b.file)).map((f) => ({ ...f, grade: grade(f) }));
  for (const f of list) {
    if (round(f.grade) > maxGrade)
      problems.push(`${f.file}: grade ${round(f.grade).toFixed(1)} is above ${maxGrade.toFixed(1)}`);
  }
  const sum = (key) => list.reduce((n, f) => n + f[key], 0);
  const total = {
    file: 'total',
    words: sum('words'),
    sentences: sum('sentences'),
    syllables: sum('syllables'),
    longest: Math.max(0, ...list.map((f) => f.longest)),
  };
  return { files: list, total: { ...total, grade: grade(total) }, problems };
}

const round = (g) => Math.round(g * 10) / 10;

/** @param {{file: string, grade: number, words: number, longest: number}} f @returns {string} one report line */
export const describe = (f) =>
  `Readability: ${f.file} grade ${round(f.grade).toFixed(1)} (${f.words.toLocaleString('en-US')} words, longest sentence ${f.longest} words)`;
