// The command line of `npm run screenshot` (scripts/screenshot.mjs): an
// unknown option is refused, and --help answered, before any browser starts
// or any file is written (it used to overwrite docs/widgets.png regardless).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../scripts/screenshot.mjs', import.meta.url));
const screenshot = (...args) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', timeout: 60_000 });

test('an unknown option or a bad --lang is refused with exit code 2; --help prints the options; nothing is written', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'legwise-screenshot-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'widgets.png');
  for (const [args, message] of [
    [['--bogus-flag', '--help'], /^screenshot: unknown option --bogus-flag\n/],
    [['--lang', 'x y'], /^screenshot: --lang: "x y" is not a language code/],
    [['--lang'], /^screenshot: .*--lang/],
  ]) {
    const { status, stdout, stderr } = screenshot(...args, '--out', out);
    assert.equal(status, 2, args.join(' '));
    assert.match(stderr, message);
    assert.match(stderr, /--lang CODE/, 'with the usage');
    assert.equal(stdout, '');
    assert.equal(existsSync(out), false, `${args.join(' ')}: nothing written`);
  }
  const help = screenshot('--help', '--out', out);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--lang CODE.*\n.*--out FILE/);
  assert.equal(existsSync(out), false);
});
