// `npm run check:content`: compiles the content modules with TypeScript into
// build/check/ and runs content/validate.ts on them, then measures the
// readability of the English source messages (scripts/readability.mjs: no
// sentence over 25 words, each content file at most Flesch-Kincaid grade 6.0,
// names of conditions excepted) and prints the grade of each file. Exits 1
// with one line per problem (file and id) when the content is broken.
//
// Before measuring the content it measures scripts/readability-fixture/
// and fails unless that fixture gives exactly the problems it expects, so a
// broken measure cannot pass silently.
//
//   LEGWISE_READABILITY=report npm run check:content
//     Temporary, while the English text is being rewritten: prints the figures
//     and the readability problems without failing on them. Everything else
//     (the content check, the fixture self-test) still fails as usual.
//   node scripts/check-content.mjs --fixture
//     Measures only the fixture, as if it were the content (exits 1: it fails).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { config, flatten } from './localize-lib.mjs';
import { describe, measure } from './readability.mjs';
import { ROOT } from './shared.mjs';
import { transpileTree } from './transpile.mjs';

const root = ROOT;
const fixtureDir = join(root, 'scripts', 'readability-fixture');
const reportOnly = process.env.LEGWISE_READABILITY === 'report';
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

if (process.argv.includes('--fixture')) {
  const result = measure(readJson(join(fixtureDir, 'messages.json')));
  for (const f of [...result.files, result.total]) console.log(describe(f));
  for (const p of result.problems) console.error(`  ${p}`);
  process.exit(result.problems.length ? 1 : 0);
}

let out;
try {
  out = transpileTree('check');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

let problems;
try {
  const { validateContent, shippedContent } = await import(pathToFileURL(join(out, 'content', 'validate.js')).href);
  problems = validateContent(shippedContent());
} catch (error) {
  problems = [`The content could not be loaded: ${error instanceof Error ? error.stack : error}`];
}
if (problems.length) {
  console.error(`Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
  for (const p of problems) console.error(`  ${p}`);
} else {
  console.log('Content check passed: ids unique, causes complete and in known categories, no empty strings.');
}

// The readability measure must fail its fixture with exactly the expected problems.
const selfTest = [];
{
  const expected = readJson(join(fixtureDir, 'expected.json'));
  const got = measure(readJson(join(fixtureDir, 'messages.json'))).problems;
  const patterns = expected.problems.map((p) => new RegExp(p));
  for (const pattern of patterns) {
    if (!got.some((p) => pattern.test(p))) selfTest.push(`expected a problem matching ${pattern}, got none`);
  }
  for (const p of got) {
    if (!patterns.some((pattern) => pattern.test(p))) selfTest.push(`unexpected problem: ${p}`);
  }
  for (const file of expected.passes) {
    if (got.some((p) => p.startsWith(`${file}:`))) selfTest.push(`${file} must pass (condition names are excepted)`);
  }
}
if (!selfTest.length) {
  console.log('Readability self-test passed: scripts/readability-fixture/ fails with exactly the expected problems.');
} else {
  console.error(
    'Readability self-test failed: scripts/readability.mjs does not measure scripts/readability-fixture/ as expected:',
  );
  for (const p of selfTest) console.error(`  ${p}`);
}

/**
 * The English source messages as { id, file, text }. A msg() call that
 * lit-localize rejects (e.g. for a desc that is not a plain string) is read with
 * TypeScript instead, so that it is still measured, and listed in `recovered`;
 * one that cannot be read at all is a problem in `unread`.
 */
/**
 * The part of the content a file belongs to, which is what the grade is
 * measured over: `content/causes-systemic.ts` is part of `content/causes.ts`.
 */
const area = (file) => file.replace(/^(content\/[a-z]+)-[a-z-]+\.ts$/, '$1.ts');

function englishMessages() {
  const { messages, errors } = new RuntimeLitLocalizer(config).extractSourceMessages();
  const found = messages.map((m) => ({
    id: m.name,
    file: area(relative(root, m.file.fileName)),
    text: flatten(m.contents),
  }));
  const recovered = [];
  const unread = [];
  for (const e of errors) {
    const file = area(relative(root, e.file.fileName));
    const where = `${file}:${e.file.getLineAndCharacterOfPosition(e.start).line + 1}`;
    const why = ts.flattenDiagnosticMessageText(e.messageText, ' ');
    const message = recoverMessage(e.file.fileName, e.start);
    if (message) {
      found.push({ ...message, file });
      recovered.push({ where, why });
    } else {
      unread.push(`${where}: this message is not measured: lit-localize cannot read it (${why})`);
    }
  }
  return { messages: found, recovered, unread };
}

/** The id and text of the msg() call around a position, read with TypeScript. */
function recoverMessage(fileName, position) {
  const source = ts.createSourceFile(fileName, readFileSync(fileName, 'utf8'), ts.ScriptTarget.Latest, true);
  let call;
  const visit = (node) => {
    if (node.pos > position || node.end <= position) return;
    if (ts.isCallExpression(node) && node.expression.getText(source) === 'msg') call = node;
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!call) return undefined;
  let [text, options] = call.arguments;
  if (text && ts.isTaggedTemplateExpression(text)) text = text.template;
  const id =
    options && ts.isObjectLiteralExpression(options)
      ? options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(source) === 'id')?.initializer
      : undefined;
  if (!text || !id || !ts.isStringLiteralLike(id)) return undefined;
  if (ts.isStringLiteralLike(text)) return { id: id.text, text: text.text };
  if (!ts.isTemplateExpression(text)) return undefined;
  return {
    id: id.text,
    text:
      text.head.text + text.templateSpans.map((s) => `\${${s.expression.getText(source)}}${s.literal.text}`).join(''),
  };
}

let readability = [];
let unreadable = false;
try {
  const { messages, recovered, unread } = englishMessages();
  const result = measure(messages);
  for (const f of [...result.files, result.total]) console.log(describe(f));
  for (const why of new Set(recovered.map((r) => r.why))) {
    const at = recovered.filter((r) => r.why === why).map((r) => r.where);
    console.warn(
      `Note: lit-localize cannot read ${at.length} msg() call${at.length === 1 ? '' : 's'} (${why}): ${at.slice(0, 3).join(', ')}${at.length > 3 ? ` and ${at.length - 3} more` : ''}. Their text is measured anyway; translation extraction will fail on them.`,
    );
  }
  readability = [...unread, ...result.problems];
} catch (error) {
  console.error(`The English messages could not be read: ${error instanceof Error ? error.stack : error}`);
  unreadable = true;
}
if (unreadable) {
  // Reported above; fails even with LEGWISE_READABILITY=report.
} else if (readability.length) {
  const what = `${readability.length} problem${readability.length === 1 ? '' : 's'}`;
  console.error(
    reportOnly
      ? `Readability would fail (${what}; not failing: LEGWISE_READABILITY=report):`
      : `Readability check failed (${what}):`,
  );
  for (const p of readability) console.error(`  ${p}`);
} else {
  console.log('Readability check passed: no sentence over 25 words, every content file at grade 6.0 or below.');
}

if (problems.length || selfTest.length || unreadable || (readability.length && !reportOnly)) process.exit(1);
