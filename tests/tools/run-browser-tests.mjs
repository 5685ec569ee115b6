// `npm test`'s browser step: web-test-runner once per installed engine, one
// engine after another (LEGWISE_BROWSERS=<engine> for each; a LEGWISE_BROWSERS
// of your own picks the subset, as for web-test-runner itself). Extra
// arguments go to web-test-runner (`-- --files tests/locales.test.ts`).
//
// Debian's WebKitGTK web process sometimes dies (a segfault inside
// libwebkit2gtk, seen in 2 of 4 full runs on this 2-core machine, within the
// first dozen test files; the same files pass when WebKit runs them alone),
// and web-test-runner then stops the whole run without a summary. A run of an engine that ends without web-test-runner's summary
// line is therefore run once more, and says so; a run that ends with failed
// tests is never run again. Exit code 1 if any engine has failed tests or died twice.
import { spawn } from 'node:child_process';
import { selectEngines } from './browsers/index.mjs';

const { run, skipped } = selectEngines();
for (const { name, reason } of skipped) console.log(`Browsers: skipping ${name} (${reason})`);
if (!run.length) {
  console.error('No browser to run the tests in: install chromium, firefox-esr or webkit2gtk-driver with apt-get.');
  process.exit(1);
}

/** Runs web-test-runner for one engine; resolves with its exit code and whether it printed its summary. */
function runEngine(engine) {
  return new Promise((resolve) => {
    const child = spawn('npx', ['web-test-runner', ...process.argv.slice(2)], {
      env: { ...process.env, LEGWISE_BROWSERS: engine },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let finished = false;
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      if (/Finished running tests/.test(String(chunk))) finished = true;
    });
    child.on('close', (code) => resolve({ code: code ?? 1, finished }));
  });
}

const results = [];
for (const engine of run) {
  let result = await runEngine(engine);
  if (result.code !== 0 && !result.finished) {
    console.log(
      `\nBrowsers: the ${engine} run ended without a summary (the browser died); running ${engine} once more.\n`,
    );
    result = { ...(await runEngine(engine)), retried: true };
  }
  results.push({ engine, ...result });
}
console.log(
  `\nBrowser tests: ${results
    .map(
      (r) =>
        `${r.engine} ${r.code === 0 ? 'passed' : r.finished ? 'FAILED' : 'DIED'}${r.retried ? ' (after one retry: its first run died)' : ''}`,
    )
    .join(', ')}.`,
);
process.exit(results.every((r) => r.code === 0) ? 0 : 1);
