// Node tests of the command line (bin/legwise.mjs) and of where server
// rendering's messages go: the HTML on stdout, advice and warnings on stderr.
// Run by `npm test` after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const { render, VERSION } = await import('../../dist/server.js');
const BIN = fileURLToPath(new URL('../../bin/legwise.mjs', import.meta.url));

const cli = (args) =>
  new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });

test('the command line: --help, output equal to render(), warnings on stderr', async () => {
  const help = await cli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: legwise render <tag>/);
  const card = await cli(['render', 'when-to-see-doctor', '--lang', 'es-MX', 'region=MX', 'heading-level=3']);
  assert.equal(card.code, 0, card.stderr);
  const expected = await render('when-to-see-doctor', {
    lang: 'es-MX',
    attributes: { region: 'MX', 'heading-level': '3' },
  });
  assert.equal(card.stdout, `${expected}\n`);
  const data = await cli(['render', 'cause-list', '--structured-data']);
  assert.match(data.stdout, /application\/ld\+json/);
  // A warning (bad input): the HTML is still printed, the exit status is 1.
  const warned = await cli(['render', 'cause-list', 'heading-level=12']);
  assert.equal(warned.code, 1);
  assert.match(warned.stderr, /heading-level="12" cannot be used/);
  assert.doesNotMatch(warned.stdout, /cannot be used/);
  assert.match(warned.stdout, /^<cause-list\s+heading-level="12"[^]*<\/cause-list>\n$/);
  const version = await cli(['--version']);
  assert.equal(version.stdout, `${VERSION}\n`);
  const typo = await cli(['render', 'cause-list', 'heading-levle=3']);
  assert.equal(typo.code, 1);
  assert.match(typo.stderr, /<cause-list> has no attribute "heading-levle"/);
  // An unusable region gets its warning, not the hint for a card given no region.
  const zz = await cli(['render', 'when-to-see-doctor', 'region=ZZ']);
  assert.equal(zz.code, 1);
  assert.match(zz.stderr, /region="ZZ" cannot be used/);
  assert.doesNotMatch(zz.stderr, /no region is set/);
  // Advice (no region set) is not a warning: exit status 0.
  const advice = await cli(['render', 'when-to-see-doctor']);
  assert.equal(advice.code, 0, advice.stderr);
  assert.match(advice.stderr, /no region is set/);
  assert.doesNotMatch(advice.stdout, /no region is set/);
});

test('render() gives its advice on stderr: a script that prints its page on stdout gets only HTML', async () => {
  const SERVER = new URL('../../dist/server.js', import.meta.url).href;
  const script = `const { render } = await import(${JSON.stringify(SERVER)}); process.stdout.write(await render('when-to-see-doctor'));`;
  const run = await new Promise((resolve) => {
    execFile(process.execPath, ['--input-type=module', '-e', script], (error, stdout, stderr) =>
      resolve({ error, stdout, stderr }),
    );
  });
  assert.equal(run.error, null, run.stderr);
  assert.match(run.stdout, /^<when-to-see-doctor[^]*<\/when-to-see-doctor>$/);
  assert.match(run.stderr, /no region is set/);
});

test('the command line: bad input exits non-zero with a message on stderr', async () => {
  for (const args of [
    ['render', 'leg-widget'],
    ['render', 'cause-list', '--colour', 'red'],
    ['render', 'cause-list', '=oops'],
    ['render', 'cause-list', 'Bad Name=1'],
    ['render', 'cause-list', 'Region=GB'],
    ['draw', 'cause-list'],
    [],
  ]) {
    const run = await cli(args);
    assert.notEqual(run.code, 0, args.join(' '));
    assert.match(run.stderr, /^legwise: /, args.join(' '));
    assert.doesNotMatch(run.stderr, /Legwise render\(\)/, 'one prefix');
    assert.equal(run.stdout, '');
  }
  const unknown = await cli(['render', 'cause-list', '--colour', 'red']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^legwise: unknown option --colour \(the options are --lang, --structured-data/);
});
