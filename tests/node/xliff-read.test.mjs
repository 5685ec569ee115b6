// The strict XLIFF reader of the translation tools (scripts/xliff-read.mjs):
// each file that lit-localize would choke on, or misread, is refused with one
// line naming the file, the line and the unit; the real files read as
// lit-localize reads them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { XliffFormatter } from '@lit/localize-tools/lib/formatters/xliff.js';
import { config, flatten, readXliff } from '../../scripts/localize-lib.mjs';
import { XliffError, parseXliff } from '../../scripts/xliff-read.mjs';

const file = 'xliff/es.xlf';
const xliff = (body, language = 'es') => `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file target-language="${language}" source-language="en" original="lit-localize-inputs" datatype="plaintext">
<body>
${body}
</body>
</file>
</xliff>
`;
const call = `<trans-unit id="care.call">
  <source>Call <x id="0" equiv-text="\${number}"/> now</source>
  <target>Llame al <x id="0" equiv-text="\${number}"/> ya</target>
  <note from="lit-localize">The emergency link.</note>
</trans-unit>`;
const faq = `<trans-unit id="faq.stress">
  <source>Can stress &amp; worry make my legs weak?</source>
  <target>¿El estrés puede debilitar mis piernas?</target>
</trans-unit>`;
const parse = (xml, locale = 'es') => parseXliff(xml, { file, locale });
/** The message of the XliffError that reading `xml` throws. */
const refusal = (xml) => {
  try {
    parse(xml);
  } catch (error) {
    assert.ok(error instanceof XliffError, `an XliffError, not ${error}`);
    assert.doesNotMatch(error.message, /\n/, 'one line');
    return error.message;
  }
  assert.fail('the file was accepted');
};

test('reads each unit: its line, its English and target with placeholders as expressions, the target as written', () => {
  const units = parse(xliff(`${call}\n<trans-unit id="faq.new">\n  <source>New</source>\n</trans-unit>\n${faq}`));
  assert.deepEqual([...units.keys()], ['care.call', 'faq.new', 'faq.stress']);
  assert.deepEqual(units.get('care.call'), {
    line: 5,
    source: 'Call ${number} now',
    target: 'Llame al ${number} ya',
    rawTarget: 'Llame al <x id="0" equiv-text="${number}"/> ya',
  });
  assert.equal(units.get('faq.new').target, undefined);
  assert.equal(units.get('faq.stress').source, 'Can stress & worry make my legs weak?');
});

test('a unit with two <target>s, or a </target> deleted, is named with its file and line', () => {
  const twice = call.replace('</target>', '</target>\n  <target>Otra</target>');
  assert.match(refusal(xliff(twice)), /^xliff\/es\.xlf, line 8, unit care\.call: a second <target>/);
  // The maintainer trial's case: the first </target> deleted.
  assert.match(
    refusal(xliff(call.replace('</target>', ''))),
    /^xliff\/es\.xlf, line 8, unit care\.call: <note> inside a <target>.*is a <\/target> missing\?/,
  );
});

test('a file cut off half way, a crossed tag or a file that is not XML is refused, naming the file', () => {
  const whole = xliff(`${call}\n${faq}`);
  assert.match(
    refusal(whole.slice(0, whole.indexOf('<note'))),
    /^xliff\/es\.xlf, line 8, unit care\.call: the file ends inside the <trans-unit> of line 5: is it cut off\?/,
  );
  assert.match(refusal(whole.slice(0, whole.indexOf('</source>') + 4)), /^xliff\/es\.xlf, line 6, .*cut off/);
  assert.match(refusal(xliff(faq.replace('</target>', '</source>'))), /<\/source> where <\/target> was expected/);
  assert.match(refusal('Hola'), /^xliff\/es\.xlf, line 1: text outside the <xliff> element/);
  assert.match(refusal(''), /^xliff\/es\.xlf, line 1: no <xliff> element/);
});

test('a bare "&" in a target is refused, naming the unit (lit-localize would build "&amp;")', () => {
  const amp = faq.replace('<target>', '<target>A & B ');
  assert.match(refusal(xliff(amp)), /^xliff\/es\.xlf, line 7, unit faq\.stress: a bare "&" is not XML/);
});

test('a file for another language, a second <file>, a unit with no id or twice the same id is refused', () => {
  assert.match(refusal(xliff(call, 'fr')), /<file target-language="fr">, but this is the file of es/);
  assert.match(refusal(xliff(call).replace('</file>', '</file><file target-language="es">')), /a second <file>/);
  assert.match(refusal(xliff(call.replace(' id="care.call"', ''))), /a <trans-unit> with no id/);
  assert.match(refusal(xliff(`${call}\n${call}`)), /a second unit with the id care\.call \(the first is on line 5\)/);
  assert.match(refusal(xliff(call.replace(/<source>.*<\/source>/, ''))), /unit care\.call: the unit has 0 <source>s/);
});

test('every XLIFF file of the project reads, with the targets lit-localize reads', () => {
  const theirs = new Map(new XliffFormatter(config).readTranslations().map((b) => [b.locale, b.messages]));
  for (const locale of config.targetLocales) {
    const ours = readXliff(locale);
    if (!ours) continue; // en-XA before a build
    for (const message of theirs.get(locale)) {
      assert.equal(ours.get(message.name)?.target, flatten(message.contents), `${locale} ${message.name}`);
    }
    assert.equal(
      [...ours.values()].filter((u) => u.target !== undefined).length,
      theirs.get(locale).length,
      `${locale}: the same units have a target`,
    );
  }
});

test('an XLIFF file that is missing reads as null', () => {
  assert.equal(readFileSync(new URL('../../lit-localize.json', import.meta.url), 'utf8').includes('"xx"'), false);
  assert.equal(readXliff('xx'), null);
});
