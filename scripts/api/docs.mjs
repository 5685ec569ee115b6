// The API tables of the documents, generated from dist/custom-elements.json
// (the elements' JSDoc and types) and the content's ids: one section per
// element (`api-<tag>`: its own attributes, events and parts) and one for
// what they all share (`api-shared`: common attributes, parts, CSS custom
// properties). `npm test` checks them (a stale table fails); `npm run docs`
// writes them wherever a document has their markers (scripts/doc-sections.mjs).
//
// Usage: node scripts/api/docs.mjs [--write]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documents, syncSections } from '../doc-sections.mjs';
import { ROOT } from '../shared.mjs';
import { elementsOf, valuesOf } from './model.mjs';

const manifestFile = join(ROOT, 'dist/custom-elements.json');
if (!existsSync(manifestFile)) {
  console.error('dist/custom-elements.json is missing: run `npm run build` first.');
  process.exit(1);
}
const elements = await elementsOf(JSON.parse(readFileSync(manifestFile, 'utf8')));

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${text}\`` : '');
/** The values column: a type's literals, or (lists) a few content ids and how many there are. */
const values = (a) => {
  if (a.boolean) return 'boolean (present or not)';
  const all = valuesOf(a);
  if (!all.length) return 'text';
  if (!a.list) return all.map(code).join(', ');
  const shown = all.slice(0, 4).map(code).join(', ');
  return `${all.length > 4 ? `${shown}, … (${all.length} ids)` : shown}; several separated by spaces`;
};
const table = (head, rows) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      ]
    : [];

/** The names that every element has, of `key`'s items (attributes, parts). */
const sharedNames = (key) =>
  new Set(
    elements
      .map((el) => el[key].map((item) => item.name))
      .reduce((common, names) => common.filter((n) => names.includes(n))),
  );
const shared = sharedNames('attributes');
/** Shared attributes that each element describes itself (what they do differs), in its own table. */
const OWN_WORDS = new Set(['heading-level', 'region']);
const sharedParts = sharedNames('cssParts');

const sections = {};
for (const el of elements) {
  const own = el.attributes.filter((a) => !shared.has(a.name) || OWN_WORDS.has(a.name));
  sections[`api-${el.tag}`] = [
    ...table(
      ['Attribute', 'Property', 'Values', 'Description'],
      own.map((a) => [code(a.name), code(a.fieldName), values(a), a.description]),
    ),
    ...(el.events.length
      ? [
          '',
          ...table(
            ['Event', 'Type', 'Description'],
            el.events.map((e) => [code(e.name), code(e.type), e.description]),
          ),
        ]
      : []),
    '',
    `Parts: ${el.cssParts
      .filter((p) => !sharedParts.has(p.name))
      .map((p) => code(p.name))
      .join(', ')}, and the shared parts below.`,
  ].join('\n');
}
const first = elements[0];
sections['api-shared'] = [
  'Every element also takes:',
  '',
  ...table(
    ['Attribute', 'Property', 'Values', 'Description'],
    first.attributes
      .filter((a) => shared.has(a.name) && !OWN_WORDS.has(a.name))
      .map((a) => [code(a.name), code(a.fieldName), values(a), a.description]),
  ),
  '',
  'Parts of every element:',
  '',
  ...table(
    ['Part', 'Description'],
    first.cssParts.filter((p) => sharedParts.has(p.name)).map((p) => [code(p.name), p.description]),
  ),
  '',
  'CSS custom properties (set them on the element or any ancestor):',
  '',
  ...table(
    ['Property', 'Default', 'Description'],
    first.cssProperties.map((p) => [code(p.name), code(p.default), p.description]),
  ),
].join('\n');

/** Snippets marked `<!-- type-tested: FILE -->` must be that file of tests/types/, which `npm run test:types` compiles. */
function checkTypeTestedSnippets() {
  const problems = [];
  let count = 0;
  for (const file of documents()) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/<!-- type-tested: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g)) {
      count++;
      const tested = join(ROOT, m[1]);
      if (!existsSync(tested))
        problems.push(`${file}: the snippet marked type-tested names ${m[1]}, which does not exist`);
      else if (readFileSync(tested, 'utf8').trimEnd() !== m[2].trimEnd())
        problems.push(`${file}: the snippet marked type-tested differs from ${m[1]} (the file the type tests compile)`);
    }
  }
  if (!count) problems.push('No document has a snippet marked <!-- type-tested: FILE -->.');
  return { problems, count };
}

const write = process.argv.includes('--write');
const snippets = checkTypeTestedSnippets();
const problems = [...syncSections(sections, { write }), ...snippets.problems];
for (const p of problems) console.error(p);
if (problems.length) process.exit(1);
if (!write)
  console.log(
    `API tables: ${Object.keys(sections).length} sections match dist/custom-elements.json; ${snippets.count} snippets match the type tests.`,
  );
