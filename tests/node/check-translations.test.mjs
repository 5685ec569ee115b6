// `npm run check:translations` and `npm run localize:accept`
// (scripts/check-translations.mjs), run on a copy of the project's files
// (sandbox.mjs) with a file broken or changed as a maintainer's trial did:
// one line per broken or missing file, no stack trace; per-language counts;
// accept leaves stale a unit whose target nobody changed.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { hasStackTrace, sandbox } from './sandbox.mjs';

const CHECK = 'scripts/check-translations.mjs';
const copies = [];
const copy = () => {
  const s = sandbox();
  copies.push(s);
  return s;
};
after(() => copies.forEach((s) => s.remove()));
const addLocales = (s, ...codes) =>
  s.edit('lit-localize.json', (json) =>
    json.replace('"targetLocales": [', `"targetLocales": [${codes.map((c) => `"${c}", `).join('')}`),
  );
/** How many units an XLIFF file has (as many as the code has messages, while the files are up to date). */
const unitCount = (xml) => xml.match(/<trans-unit /g).length;
/** The id of an XLIFF file's first unit (whose target the tests break). */
const firstId = (xml) => /<trans-unit id="([^"]+)"/.exec(xml)[1];
/** The unit `id` of an XLIFF file's text. */
const unitOf = (xml, id) =>
  new RegExp(`<trans-unit id="${id.replace(/\./g, '\\.')}">[\\s\\S]*?</trans-unit>`).exec(xml)[0];

test('a broken XLIFF file is named on one line, with the unit, exit code 1 and no stack trace (check, accept, --files)', () => {
  const s = copy();
  const es = s.read('xliff/es.xlf');
  s.write('xliff/es.xlf', es.replace('</target>', '')); // the maintainer trial's H1
  for (const args of [[], ['--accept', 'es'], ['--files']]) {
    const { status, stdout, stderr } = s.run(CHECK, ...args);
    assert.equal(status, 1, args.join(' '));
    assert.match(
      stderr,
      /^xliff\/es\.xlf, line 8, unit [\w.-]+: <note> inside a <target>.*\(is a <\/target> missing\?\)\n$/,
    );
    assert.equal(hasStackTrace(stderr + stdout), false);
  }
  s.write('xliff/es.xlf', es);
  s.edit('xliff/de.xlf', (de) => de.slice(0, 5000)); // cut off
  s.edit('xliff/fr.xlf', (fr) => fr.replace('<target>', '<target>A & B ')); // M4: a bare "&"
  const { status, stderr } = s.run(CHECK);
  assert.equal(status, 1);
  const lines = stderr.trimEnd().split('\n');
  assert.equal(lines.length, 2, stderr);
  assert.match(lines[0], /^xliff\/de\.xlf, line \d+, unit [\w.-]+: the file ends inside .*: is it cut off\?$/);
  assert.match(
    lines[1],
    new RegExp(`^xliff/fr\\.xlf, line \\d+, unit ${firstId(s.read('xliff/fr.xlf'))}: a bare "&" is not XML`),
  );
  const accept = s.run(CHECK, '--accept', 'de');
  assert.equal(accept.status, 1);
  assert.match(accept.stderr, /^xliff\/de\.xlf, line/);
});

test('a missing pseudo-locale file, or a new language with no file, is one line with the command that writes it; then counts per language', () => {
  const s = copy();
  s.delete('xliff/en-XA.xlf'); // as after git clone, before any build (M1)
  addLocales(s, 'it', 'nl'); // it: no file yet (M2); nl: 3 targets of 191
  let kept = 0;
  const total = unitCount(s.read('xliff/es.xlf'));
  s.write(
    'xliff/nl.xlf',
    s
      .read('xliff/es.xlf')
      .replace('target-language="es"', 'target-language="nl"')
      .replace(/\n {2}<target>.*?<\/target>/gs, (target) => (++kept <= 3 ? target : '')),
  );
  s.edit('xliff/fr.xlf', (fr) => fr.replace('<target>', '<target>A &amp; B ')); // M4: an entity
  const { status, stdout, stderr } = s.run(CHECK);
  assert.equal(status, 1);
  assert.equal(hasStackTrace(stderr + stdout), false);
  assert.doesNotMatch(stderr, /^(en-XA|it)\t/m, 'no line per unit for a file that is not there');
  assert.match(stderr, /^ {2}en-XA: xliff\/en-XA\.xlf: no such file$/m);
  assert.match(stderr, /^ {2}it: xliff\/it\.xlf: no such file$/m);
  assert.match(
    stderr,
    /^- run npm run localize:extract \(or npm run build\) first: it generates xliff\/en-XA\.xlf.*it writes xliff\/it\.xlf/m,
  );
  assert.equal(stderr.match(/^nl\t\S+\tmissing\t/gm).length, total - 3);
  assert.match(stderr, new RegExp(`^ {2}nl: ${total - 3} of ${total} missing; 3 of ${total} never accepted$`, 'm'));
  assert.match(stderr, new RegExp(`^fr\t${firstId(s.read('xliff/fr.xlf'))}\tholds a character entity`, 'm'));
  assert.match(stderr, /^- when a translation is done, record it: npm run localize:accept -- nl$/m);
});

test('accept records a stale unit only if its target changed, or by --ids; never one whose XLIFF shows old English', () => {
  const s = copy();
  const es = s.read('xliff/es.xlf');
  const target = (id) => /<target>([\s\S]*?)<\/target>/.exec(unitOf(es, id))[1];
  // As if the English of two tips changed since they were accepted, and only the body was re-translated (H2).
  s.edit('xliff/sources/es.json', (json) =>
    JSON.stringify(
      {
        ...JSON.parse(json),
        'tips.prevent-falls.title': { source: 'Make your home safe', target: target('tips.prevent-falls.title') },
        'tips.prevent-falls.body': { source: 'Old English', target: 'Una traducción antigua' },
        'faq.stress.question': 'Can stress make my legs weak?',
      },
      null,
      2,
    ),
  );
  // And the XLIFF of one unit still shows older English (localize:extract not run).
  s.write(
    'xliff/es.xlf',
    es.replace('<source>Can stress make my legs weak?</source>', '<source>Old question?</source>'),
  );
  const accept = s.run(CHECK, '--accept', 'es');
  const record = JSON.parse(s.read('xliff/sources/es.json'));
  assert.equal(record['tips.prevent-falls.title'].source, 'Make your home safe', 'still stale');
  assert.equal(record['tips.prevent-falls.body'].target, target('tips.prevent-falls.body'));
  assert.equal(record['faq.stress.question'], 'Can stress make my legs weak?', 'left as it was');
  assert.equal(accept.status, 1, 'accept says it left units out');

  const total = unitCount(es);
  assert.match(accept.stdout, new RegExp(`^es: recorded ${total - 2} of ${total} translations`, 'm'));
  assert.match(accept.stderr, /^es: left stale, .*target did not: tips\.prevent-falls\.title$/m);
  assert.match(accept.stderr, /npm run localize:accept -- es --ids tips\.prevent-falls\.title$/m);
  assert.match(
    accept.stderr,
    /^es: not recorded, the <source> in xliff\/es\.xlf is not the English.*: faq\.stress\.question$/m,
  );
  assert.match(accept.stderr, /Run npm run localize:extract/);
  const unknown = s.run(CHECK, '--accept', 'es', '--ids', 'tips.prevent-falls.title,tips.no-such');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /--ids: no message has the id tips\.no-such/);
  const ids = s.run(CHECK, '--accept=es', '--ids', 'tips.prevent-falls.title');
  assert.equal(ids.status, 0, ids.stderr);
  assert.equal(JSON.parse(s.read('xliff/sources/es.json'))['tips.prevent-falls.title'].source, 'Make your home safer');
  const check = s.run(CHECK);
  assert.equal(check.status, 1);
  assert.doesNotMatch(check.stderr, /^es\ttips\.prevent-falls/m, 'nothing stale');
  assert.match(
    check.stderr,
    /^ {2}es: xliff\/es\.xlf shows old English, or lacks the unit, for 1 unit \(faq\.stress\.question\)$/m,
  );
});

test('a wrong command line is refused with exit code 2 before anything is read or written', () => {
  const s = copy();
  for (const [args, message] of [
    [
      ['--accept', 'en-XA'],
      /en-XA is the pseudo-locale, generated from the English on every build: it has nothing to accept/,
    ],
    [['--accept', 'xx'], /xx is not in targetLocales of lit-localize\.json .*add it there first/],
    [['--accept'], /--accept needs a locale/],
    [['--bogus'], /unknown option --bogus/],
    [['es'], /to record a translation, use npm run localize:accept -- es/],
    [['--ids', 'faq.stress.question'], /--ids goes with --accept LOCALE/],
  ]) {
    const { status, stdout, stderr } = s.run(CHECK, ...args);
    assert.equal(status, 2, args.join(' '));
    assert.match(stderr, message);
    assert.equal(stdout, '');
  }
  const help = s.run(CHECK, '--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /--accept LOCALE… \[--ids ID,…\]/);
});
