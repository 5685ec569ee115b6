// The bench's command line (bench/options.mjs): a bad value or an unknown
// option stops it at once, with exit code 2 and a message that names the
// option, before anything is built or launched.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const RUN = fileURLToPath(new URL('../../bench/run.mjs', import.meta.url));
const bench = (...args) => spawnSync(process.execPath, [RUN, ...args], { encoding: 'utf8', timeout: 30_000 });

test('counts take a whole number; anything else is refused on stderr, naming the option', () => {
  for (const name of ['runs', 'paint-runs', 'static-scale-max']) {
    for (const value of ['0', 'x', '2.5']) {
      const { status, stderr, stdout } = bench(`--${name}`, value, '--from', 'none.json');
      assert.equal(status, 2, `--${name} ${value} should fail`);
      assert.match(
        stderr,
        new RegExp(`^npm run bench: --${name}: give a whole number, at least 1 \\(got "${value}"\\)`),
      );
      assert.equal(stdout, '');
    }
  }
});

test('an unknown option, a stray argument or an unknown part is refused', () => {
  for (const [args, message] of [
    [['--run', '5'], /Unknown option '--run'/],
    [['quick'], /Unexpected argument 'quick'/],
    [['--only', 'render,paints'], /--only: unknown part "paints"; use render, paint, locale, scale, lighthouse/],
    [['--build', '--no-build'], /--build and --no-build: give one of them/],
  ]) {
    const { status, stderr } = bench(...args);
    assert.equal(status, 2, args.join(' '));
    assert.match(stderr, message);
    assert.match(stderr, /npm run bench -- --help/);
  }
});

test('--help lists every option', () => {
  const { status, stdout } = bench('--help');
  assert.equal(status, 0);
  for (const name of [
    'runs N',
    'paint-runs N',
    'baseline DIR',
    'static-scale-max N',
    'quick',
    'only PARTS',
    'write',
    'from FILE',
  ])
    assert.match(stdout, new RegExp(`--${name}`));
});
