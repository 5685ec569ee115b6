// The browser runner's command line (tests/tools/run-browser-tests.mjs): a
// test file that does not exist, or an option, stops it at once with exit
// code 2, before any browser starts (it used to report "the browser died",
// twice, and run web-test-runner three times).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const RUN = fileURLToPath(new URL('../tools/run-browser-tests.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = (...args) =>
  spawnSync(process.execPath, [RUN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, LEGWISE_BROWSERS: 'chromium' },
  });

test('a test file that does not exist is named, with exit code 2, and no browser starts', () => {
  const { status, stdout, stderr } = run('tests/faq-accordion.test.ts', 'tests/no-such.test.ts');
  assert.equal(status, 2);
  assert.match(stderr, /^run-browser-tests: tests\/no-such\.test\.ts: no such test file/);
  assert.equal(stdout, '', 'nothing ran');
});

test('an option, or an unknown engine, is refused with exit code 2 and no stack trace', () => {
  const option = run('--watch');
  assert.equal(option.status, 2);
  assert.match(option.stderr, /--watch: the arguments are test files/);
  const engine = spawnSync(process.execPath, [RUN, 'tests/faq-accordion.test.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, LEGWISE_BROWSERS: 'chrome' },
  });
  assert.equal(engine.status, 2);
  assert.match(engine.stderr, /^run-browser-tests: LEGWISE_BROWSERS="chrome": unknown engine chrome \(use chromium/);
  assert.doesNotMatch(engine.stderr, /^\s+at /m);
});
