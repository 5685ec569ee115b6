// `npm test`'s browser step: web-test-runner once per installed engine, one
// engine after another (LEGWISE_BROWSERS=<engine> for each; a LEGWISE_BROWSERS
// of your own picks the subset, as for web-test-runner itself). Extra
// arguments are test files, as web-test-runner takes them
// (`npm run test:browsers -- tests/locales.test.ts`); a file that does not
// exist, or an option, stops the run at once with exit code 2 (web-test-runner
// would otherwise end without a summary, which reads here as a dead browser).
//
// Debian's WebKitGTK web process sometimes dies: a segfault inside
// libwebkit2gtk (always at the same instruction), mostly in a browser's first
// seconds; webkit.mjs turns off accelerated compositing, which made it go
// away in our runs, but a dead browser must still not fail a run whose tests
// pass. web-test-runner stops without a summary then. So WebKit runs the files
// in batches, each in a browser of its own, and when a batch ends without
// web-test-runner's summary (the browser died), each of its files runs again
// in a browser of its own, up to three times, and the run says so. A run with
// failed tests is never run again. Exit code 1 if any test failed or a file's
// browser died every time.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selectEngines } from './browsers/index.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WEBKIT_BATCH = 8;
const RETRIES = 3;

/** Stop on a bad command line: the message on stderr, exit code 2. */
function usageError(message) {
  console.error(`run-browser-tests: ${message}`);
  process.exit(2);
}

// The test files asked for must exist before any browser starts. A glob
// (`tests/cdn/*.test.ts`) is left to web-test-runner.
const asked = process.argv.slice(2);
for (const arg of asked) {
  if (arg.startsWith('-')) usageError(`${arg}: the arguments are test files (e.g. tests/locales.test.ts), not options`);
}
const isFile = (path) => statSync(resolve(ROOT, path), { throwIfNoEntry: false })?.isFile() ?? false;
const absent = asked.filter((arg) => !/[*?[\]{}]/.test(arg) && !isFile(arg));
if (absent.length) {
  usageError(`${absent.map((f) => `${f}: no such test file`).join('; ')} (the browser tests are tests/**/*.test.ts)`);
}

let engines;
try {
  engines = selectEngines();
} catch (error) {
  usageError(error.message);
}
const { run, skipped } = engines;
for (const { name, reason } of skipped) console.log(`Browsers: skipping ${name} (${reason})`);
if (!run.length) {
  console.error('No browser to run the tests in: install chromium, firefox-esr or webkit2gtk-driver with apt-get.');
  process.exit(1);
}

/** Every browser test file (web-test-runner.config.mjs: tests/**\/*.test.ts), or the ones asked for. */
function testFiles() {
  if (process.argv.length > 2) return process.argv.slice(2);
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.test.ts') ? [join(dir, d.name)] : [],
    );
  return walk(join(ROOT, 'tests'))
    .map((f) => relative(ROOT, f))
    .sort();
}

/** Runs web-test-runner for one engine on `files`; resolves with its exit code, summary, and counts. */
function runOnce(engine, files) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['web-test-runner', ...files], {
      cwd: ROOT,
      env: { ...process.env, LEGWISE_BROWSERS: engine },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('close', (code) => {
      const plain = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''); // eslint-disable-line no-control-regex -- ANSI colours
      const counts = [...plain.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
      resolve({
        code: code ?? 1,
        finished: /Finished running tests/.test(plain),
        passed: Number(counts?.[1] ?? 0),
        failed: Number(counts?.[2] ?? 0),
      });
    });
  });
}

/** Runs `files` in `engine`, again (up to RETRIES times) while the browser dies. */
async function runRetried(engine, files, label) {
  let result = await runOnce(engine, files);
  let retried = 0;
  while (!result.finished && result.code !== 0 && retried < RETRIES) {
    retried++;
    console.log(
      `\nBrowsers: ${label} ended without a summary (the browser died); running it again (${retried}/${RETRIES}).\n`,
    );
    result = await runOnce(engine, files);
  }
  return { ...result, retried, died: result.finished ? 0 : 1 };
}

/** Adds one run's counts to `sum`; a run that failed makes the sum fail. */
function addUp(sum, result) {
  sum.passed += result.passed;
  sum.failed += result.failed;
  sum.retried += result.retried;
  sum.died += result.died;
  if (result.code !== 0) sum.code = result.code;
}

/**
 * Runs a batch of `files` in `engine`; if its browser dies, runs each file
 * again in a browser of its own (retried as above), and adds up the results.
 */
async function runBatch(engine, files, label) {
  if (files.length === 1) return runRetried(engine, files, label);
  const first = await runOnce(engine, files);
  if (first.finished || first.code === 0) return { ...first, retried: 0, died: 0 };
  console.log(`\nBrowsers: ${label} ended without a summary (the browser died); running its files one at a time.\n`);
  const sum = { code: 0, finished: true, passed: 0, failed: 0, retried: 1, died: 0 };
  for (const file of files) addUp(sum, await runRetried(engine, [file], `the ${engine} run of ${file}`));
  return sum;
}

const files = testFiles();
const totals = [];
for (const engine of run) {
  const batches =
    engine === 'webkit'
      ? Array.from({ length: Math.ceil(files.length / WEBKIT_BATCH) }, (_, i) =>
          files.slice(i * WEBKIT_BATCH, (i + 1) * WEBKIT_BATCH),
        )
      : [files];
  const total = { engine, code: 0, passed: 0, failed: 0, died: 0, retried: 0 };
  for (const [i, batch] of batches.entries()) {
    const label = batches.length > 1 ? `the ${engine} run of batch ${i + 1}/${batches.length}` : `the ${engine} run`;
    addUp(total, await runBatch(engine, batch, label));
  }
  totals.push(total);
}
console.log(
  `\nBrowser tests: ${totals
    .map(
      (t) =>
        `${t.engine} ${t.passed} passed, ${t.failed} failed${t.died ? `, ${t.died} file set(s) whose browser always died` : ''}` +
        (t.retried ? ` (${t.retried} rerun(s) after the browser died)` : ''),
    )
    .join('; ')}.`,
);
console.log(
  `Browser tests total: ${totals.reduce((n, t) => n + t.passed, 0)} passed, ${totals.reduce((n, t) => n + t.failed, 0)} failed`,
);
process.exit(totals.every((t) => t.code === 0) ? 0 : 1);
