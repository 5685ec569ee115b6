// The bench's command line (bench/options.mjs): a bad value stops it at once
// with a message that names the option, before anything is built or launched.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const RUN = fileURLToPath(new URL('../../bench/run.mjs', import.meta.url));
const bench = (...args) => spawnSync(process.execPath, [RUN, ...args], { encoding: 'utf8', timeout: 30_000 });

test('--paint-runs takes a whole number of rounds; anything else is refused on stderr', () => {
  for (const value of ['0', 'x', '2.5']) {
    const { status, stderr } = bench('--paint-runs', value, '--from', 'none.json');
    assert.notEqual(status, 0, `--paint-runs ${value} should fail`);
    assert.match(stderr, new RegExp(`--paint-runs: give a whole number of rounds, at least 1 \\(got "${value}"\\)`));
  }
});

test('--help lists --paint-runs', () => {
  const { status, stdout } = bench('--help');
  assert.equal(status, 0);
  assert.match(stdout, /--paint-runs N/);
});
