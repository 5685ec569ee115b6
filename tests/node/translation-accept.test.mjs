// What `npm run localize:accept` records (scripts/translation-accept.mjs): a
// unit whose English changed is accepted only if its target changed too, or
// if its id is given; a unit whose XLIFF <source> is old English never is.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideAccept, leftOut } from '../../scripts/translation-accept.mjs';

const message = (name, text) => ({ name, contents: [text] });
// The code's English now: both tips were re-worded since they were accepted.
const messages = [
  message('tips.title', 'Make your home safe'),
  message('tips.body', 'Remove loose rugs.'),
  message('faq.stress', 'Can stress make my legs weak?'),
];
const unit = (source, target) => ({ line: 1, source, target, rawTarget: target });
const units = (targets) =>
  new Map(messages.map((m, i) => [m.name, unit(m.contents[0], targets[i])]).filter(([, u]) => u.target !== undefined));
const accepted = {
  'tips.title': { source: 'Make your home safer', target: 'Haga su casa más segura' },
  'tips.body': { source: 'Remove rugs.', target: 'Quite las alfombras.' },
  'faq.stress': { source: 'Can stress make my legs weak?', target: '¿El estrés debilita las piernas?' },
};

test('a stale unit whose target did not change stays stale; one whose target changed is recorded', () => {
  // The maintainer trial's case: only the body was re-translated.
  const result = decideAccept({
    messages,
    units: units(['Haga su casa más segura', 'Quite las alfombras sueltas.', '¿El estrés debilita las piernas?']),
    snapshot: accepted,
  });
  assert.deepEqual(result.unchanged, ['tips.title']);
  assert.deepEqual(result.snapshot['tips.title'], accepted['tips.title'], 'its old record is kept, so it stays stale');
  assert.deepEqual(result.snapshot['tips.body'], {
    source: 'Remove loose rugs.',
    target: 'Quite las alfombras sueltas.',
  });
  assert.deepEqual(result.snapshot['faq.stress'], accepted['faq.stress']);
  assert.equal(result.recorded, 2);
  assert.equal(leftOut(result), true);
});

test('--ids accepts the listed units even if their target did not change, and leaves every other entry as it was', () => {
  const result = decideAccept({
    messages,
    units: units(['Haga su casa más segura', 'Quite las alfombras.', '¿El estrés debilita las piernas?']),
    snapshot: accepted,
    ids: new Set(['tips.title']),
  });
  assert.deepEqual(result.snapshot['tips.title'], { source: 'Make your home safe', target: 'Haga su casa más segura' });
  assert.deepEqual(result.snapshot['tips.body'], accepted['tips.body'], 'not listed: still stale');
  assert.equal(result.recorded, 1);
  assert.equal(leftOut(result), false);
});

test('an entry of the older format (the English only) is read; if stale, nothing shows the target changed', () => {
  const old = Object.fromEntries(Object.entries(accepted).map(([id, entry]) => [id, { source: entry.source }]));
  const result = decideAccept({
    messages,
    units: units(['Haga su casa segura', 'Quite las alfombras.', '¿El estrés debilita las piernas?']),
    snapshot: old,
  });
  assert.deepEqual(result.noOldTarget, ['tips.title', 'tips.body']);
  assert.equal(result.snapshot['tips.title'], 'Make your home safer', 'kept in its own form');
  assert.deepEqual(result.snapshot['faq.stress'], {
    source: 'Can stress make my legs weak?',
    target: '¿El estrés debilita las piernas?',
  });
});

test('a unit whose XLIFF <source> is not the English in the code is not recorded (localize:extract was not run)', () => {
  const stale = units(['Haga su casa segura', 'Quite las alfombras sueltas.', '¿El estrés debilita las piernas?']);
  stale.set('tips.body', unit('Remove rugs.', 'Quite las alfombras sueltas.'));
  const result = decideAccept({ messages, units: stale, snapshot: accepted });
  assert.deepEqual(result.sourceDiffers, ['tips.body']);
  assert.deepEqual(result.snapshot['tips.body'], accepted['tips.body']);
  assert.deepEqual(result.snapshot['tips.title'], { source: 'Make your home safe', target: 'Haga su casa segura' });
});

test('a new translation is recorded; a unit with no target is not, nor is an entry whose id left the code', () => {
  const result = decideAccept({
    messages,
    units: units([undefined, 'Quite las alfombras sueltas.', '¿El estrés debilita las piernas?']),
    snapshot: { 'faq.gone': { source: 'Gone', target: 'Ido' } },
  });
  assert.deepEqual(Object.keys(result.snapshot), ['tips.body', 'faq.stress']);
  assert.deepEqual(result.untranslated, ['tips.title']);
  assert.equal(leftOut(result), false);
});
