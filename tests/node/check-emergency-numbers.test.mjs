// `npm run check:numbers` (scripts/check-emergency-numbers.mjs), run on a copy
// of the project (sandbox.mjs): a language that ships with no regions in
// LANGUAGE_REGIONS fails the check, naming the language and the step to take.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sandbox } from './sandbox.mjs';

const CHECK = 'scripts/check-emergency-numbers.mjs';

test('a shipped language with no LANGUAGE_REGIONS entry fails the check, naming it', (t) => {
  const s = sandbox();
  t.after(s.remove);
  s.edit('lit-localize.json', (json) => json.replace('"targetLocales": [', '"targetLocales": ["it", '));
  const { status, stderr } = s.run(CHECK);
  assert.equal(status, 1);
  assert.match(
    stderr,
    /^it: ships \(lit-localize\.json\) but has no regions in LANGUAGE_REGIONS \(scripts\/language-regions\.mjs\).*step 6\)$/m,
  );
  assert.match(stderr, /^Emergency numbers check failed \(1 problem\)\.$/m);
});

test('an unknown option is refused with exit code 2', () => {
  const s = sandbox();
  try {
    const { status, stderr, stdout } = s.run(CHECK, '--bogus');
    assert.equal(status, 2);
    assert.match(stderr, /unknown option --bogus/);
    assert.equal(stdout, '');
  } finally {
    s.remove();
  }
});
