// `npm run check:numbers`: checks every row of content/emergency-numbers.ts
// against an independent source, Google's short-number metadata as shipped in
// the google-libphonenumber package (a devDependency used only here).
//
// For each region code and number in EMERGENCY_NUMBERS it checks that
//   - the region is a two-letter upper-case code that libphonenumber supports,
//   - the number is 2 to 5 plain digits (South Africa's ambulance number, 10177, has 5),
//   - ShortNumberInfo.isEmergencyNumber(number, region) is true.
// libphonenumber only knows whether a number is an emergency number in a region
// (police, fire or ambulance alike), not which service answers: which service a
// row reaches is documented beside the row in the table itself.
//
// Every shipped language (lit-localize.json) must have its regions in
// LANGUAGE_REGIONS (scripts/language-regions.mjs), and each of those regions a
// row or a LEFT_OUT entry: a new language with no regions would otherwise
// pass unchecked (TRANSLATING.md, "Adding a language", step 6).
//
// The table must have at least MIN_ROWS rows. Before checking the real table
// the script runs a self-test on a deliberately wrong table, so a broken or
// permissive oracle cannot let the real check pass silently.
//
// Usage: node scripts/check-emergency-numbers.mjs [--self-test]
//   --self-test  run only the self-test.
// One line on stderr per problem; exit code 1 on any problem, 2 on a wrong command line.
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';
import lpn from 'google-libphonenumber';
import { LANGUAGE_REGIONS } from './language-regions.mjs';
import { SCRIPT_LANGUAGES } from './shared.mjs';

let options;
try {
  ({ values: options } = parseArgs({ options: { 'self-test': { type: 'boolean' }, help: { type: 'boolean' } } }));
} catch (error) {
  const message = error.message.replace(/^Unknown option '([^']+)'.*/s, 'unknown option $1');
  console.error(`check-emergency-numbers: ${message}\nUsage: node scripts/check-emergency-numbers.mjs [--self-test]`);
  process.exit(2);
}
if (options.help) {
  console.log(
    'Usage: node scripts/check-emergency-numbers.mjs [--self-test]  (npm run check:numbers; --self-test: only the self-test)',
  );
  process.exit(0);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const MIN_ROWS = 190;

const require = createRequire(import.meta.url);
const lpnVersion = require('google-libphonenumber/package.json').version;
const shortInfo = lpn.ShortNumberInfo.getInstance();
const supported = new Set(lpn.PhoneNumberUtil.getInstance().getSupportedRegions());

/** Problems with one table, one human-readable line each. */
function checkTable(table, { minRows = MIN_ROWS } = {}) {
  const problems = [];
  const rows = Object.entries(table);
  if (rows.length < minRows) {
    problems.push(`the table has ${rows.length} rows; at least ${minRows} are required`);
  }
  for (const [region, number] of rows) {
    const where = `${region}: '${number}'`;
    if (!/^[A-Z]{2}$/.test(region)) {
      problems.push(`${where}: region is not a two-letter upper-case code`);
      continue;
    }
    if (!supported.has(region)) {
      problems.push(`${where}: region is not supported by libphonenumber`);
      continue;
    }
    if (typeof number !== 'string' || !/^[0-9]{2,5}$/.test(number)) {
      problems.push(`${where}: number is not 2 to 5 plain digits`);
      continue;
    }
    if (!shortInfo.isEmergencyNumber(number, region)) {
      problems.push(`${where}: libphonenumber ${lpnVersion} does not list it as an emergency number in ${region}`);
    }
  }
  return problems;
}

/**
 * Problems with the coverage: a shipped language (of `languages`) with no
 * regions, or regions of a language that does not ship; a language's region
 * in neither the table nor LEFT_OUT, or in both.
 */
function checkCoverage(table, leftOut, { languages = SCRIPT_LANGUAGES, regions: byLanguage = LANGUAGE_REGIONS } = {}) {
  const problems = [];
  for (const language of languages) {
    if (!byLanguage[language]?.length) {
      problems.push(
        `${language}: ships (lit-localize.json) but has no regions in LANGUAGE_REGIONS (scripts/language-regions.mjs): add the countries where it is mainly read (TRANSLATING.md, "Adding a language", step 6)`,
      );
    }
  }
  for (const language of Object.keys(byLanguage)) {
    if (!languages.includes(language)) {
      problems.push(
        `${language}: has regions in LANGUAGE_REGIONS (scripts/language-regions.mjs) but does not ship (lit-localize.json: ${languages.join(', ')})`,
      );
    }
  }
  for (const [region, reason] of Object.entries(leftOut)) {
    if (region in table) problems.push(`${region}: in the table and also in LEFT_OUT (${reason})`);
    if (typeof reason !== 'string' || reason.length < 20) problems.push(`${region}: LEFT_OUT needs the reason`);
  }
  for (const [language, regions] of Object.entries(byLanguage)) {
    for (const region of regions) {
      if (!(region in table) && !(region in leftOut)) {
        problems.push(`${region}: ${language} is mainly read there, but it has no row and is not in LEFT_OUT`);
      }
    }
  }
  return problems;
}

/** Proves the check can fail: each deliberately wrong row must be rejected, and a known-good one accepted. */
function selfTest() {
  const failures = [];
  const wrong = { GB: '911', US: '999', XX: '112', FR: '1 5', DE: '110112' };
  const problems = checkTable(wrong, { minRows: 0 });
  for (const [region, number] of Object.entries(wrong)) {
    if (!problems.some((p) => p.startsWith(`${region}: '${number}'`))) {
      failures.push(`self-test: the wrong row ${region}: '${number}' was not rejected`);
    }
  }
  const good = { GB: '999', US: '911', AU: '000', DE: '112' };
  for (const p of checkTable(good, { minRows: 0 })) failures.push(`self-test: a known-good row was rejected (${p})`);
  if (!checkTable(good).some((p) => p.includes(`at least ${MIN_ROWS}`))) {
    failures.push(`self-test: a table with ${Object.keys(good).length} rows was not rejected as too short`);
  }
  if (!checkCoverage({}, { ZZ: 'x' }).some((p) => p.startsWith('ZZ: LEFT_OUT needs'))) {
    failures.push('self-test: a LEFT_OUT row without a reason was not rejected');
  }
  if (!checkCoverage({ JP: '119' }, {}).some((p) => p.startsWith('IL: he is mainly read there'))) {
    failures.push('self-test: a language region with no row was not rejected');
  }
  const shipsMore = checkCoverage({ JP: '119' }, {}, { languages: ['ja', 'it'], regions: { ja: ['JP'], ko: ['KR'] } });
  if (!shipsMore.some((p) => p.startsWith('it: ships'))) {
    failures.push('self-test: a shipped language with no LANGUAGE_REGIONS entry was not rejected');
  }
  if (!shipsMore.some((p) => p.startsWith('ko: has regions'))) {
    failures.push('self-test: LANGUAGE_REGIONS of a language that does not ship were not rejected');
  }
  return failures;
}

/** Transpiles one TypeScript file of content/ into `dir` and imports it. */
async function loadContent(dir, name) {
  const file = join(root, 'content', `${name}.ts`);
  const { outputText, diagnostics } = ts.transpileModule(readFileSync(file, 'utf8'), {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ES2020, target: ts.ScriptTarget.ES2021 },
  });
  if (diagnostics?.length) {
    throw new Error(`content/${name}.ts: ${ts.flattenDiagnosticMessageText(diagnostics[0].messageText, '\n')}`);
  }
  const out = join(dir, `${name}.mjs`);
  writeFileSync(out, outputText);
  return import(pathToFileURL(out).href);
}

/** The table (content/emergency-numbers.ts) and the regions left out of it, with their reasons. */
async function loadTable() {
  const dir = mkdtempSync(join(tmpdir(), 'legwise-emergency-'));
  try {
    const { EMERGENCY_NUMBERS } = await loadContent(dir, 'emergency-numbers');
    if (!EMERGENCY_NUMBERS || typeof EMERGENCY_NUMBERS !== 'object') {
      throw new Error('content/emergency-numbers.ts does not export EMERGENCY_NUMBERS');
    }
    const { LEFT_OUT } = await loadContent(dir, 'emergency-numbers-left-out');
    if (!LEFT_OUT || typeof LEFT_OUT !== 'object') {
      throw new Error('content/emergency-numbers-left-out.ts does not export LEFT_OUT');
    }
    return { table: EMERGENCY_NUMBERS, leftOut: LEFT_OUT };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const selfTestFailures = selfTest();
for (const f of selfTestFailures) console.error(f);
if (selfTestFailures.length) {
  console.error('Emergency numbers: the self-test failed, so the check itself cannot be trusted.');
  process.exit(1);
}
if (options['self-test']) {
  console.log(`Emergency numbers self-test passed: libphonenumber ${lpnVersion} rejects a deliberately wrong table.`);
  process.exit(0);
}

let table, leftOut;
try {
  ({ table, leftOut } = await loadTable());
} catch (error) {
  console.error(`Emergency numbers: the table could not be loaded: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const problems = [...checkTable(table), ...checkCoverage(table, leftOut)];
for (const p of problems) console.error(p);
if (problems.length) {
  console.error(`Emergency numbers check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}).`);
  process.exit(1);
}
const covered = new Set(Object.values(LANGUAGE_REGIONS).flat());
console.log(
  `Emergency numbers: ${Object.keys(table).length} regions, each accepted by libphonenumber ${lpnVersion} as an emergency number; ` +
    `the ${covered.size} regions where the ${SCRIPT_LANGUAGES.length} shipped languages are mainly read each have a row, ` +
    `or are left out with the reason (${Object.keys(leftOut).join(', ')}).`,
);
