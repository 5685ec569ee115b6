// Node tests of legwise/server (dist/server.js): the HTML of each widget, its
// language, its attributes, the errors and warnings, and the structured data
// (the command line: cli.test.mjs). Run by `npm test` after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warningsOf } from './console.mjs';

const { render, TAGS, VERSION } = await import('../../dist/server.js');

/** The visible text of server HTML: no styles, comments or tags. */
const text = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

test('every tag renders a declarative shadow root with its content, the version marked', async () => {
  for (const tag of TAGS) {
    const html = await render(tag, { attributes: tag === 'when-to-see-doctor' ? { region: 'GB' } : {} });
    assert.match(
      html,
      new RegExp(
        `^<${tag}[^>]* data-legwise-version="${VERSION}"[^>]*><template shadowroot="open" shadowrootmode="open"><style>`,
      ),
    );
    assert.ok(html.endsWith(`</template></${tag}>`), tag);
    assert.match(html, /part="footer"/);
    assert.ok(text(html).length > 300, `${tag} has its text`);
  }
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
});

test('the language asked is negotiated as in the browser: es-MX → Spanish, ar → right to left', async () => {
  const spanish = await render('faq-accordion', { lang: 'es-MX' });
  assert.match(spanish, /<faq-accordion[^>]* lang="es-MX"/);
  assert.match(spanish, /part="content" class="content theme-auto" lang="es" dir="ltr"/);
  assert.match(text(spanish), /¿Cuándo debo ir al médico/);
  const arabic = await render('cause-list', { lang: 'ar' });
  assert.match(arabic, /lang="ar" dir="rtl"/);
  const english = await render('cause-list');
  assert.match(english, /lang="en" dir="ltr"/);
  // The lang attribute works as well as the option.
  assert.match(await render('exercise-tips', { attributes: { lang: 'es' } }), /lang="es" dir="ltr"/);
});

test('attributes are kept on the element and used', async () => {
  const html = await render('when-to-see-doctor', {
    lang: 'es-MX',
    attributes: {
      region: 'MX',
      'heading-level': 3,
      theme: 'dark',
      'reviewed-by': 'Dr "A" <b>',
      'reviewed-on': '2026-11-30',
    },
  });
  assert.match(html, /<when-to-see-doctor[^>]* region="MX"[^>]* heading-level="3"[^>]* theme="dark"/);
  assert.match(html, /reviewed-by="Dr &quot;A&quot; &lt;b>"|reviewed-by="Dr &quot;A&quot; &lt;b&gt;"/);
  assert.match(html, /href="tel:911"/);
  assert.match(html, /<h3 part="tier-heading"/);
  assert.match(html, /class="content theme-dark"/);
  const faq = await render('faq-accordion', {
    attributes: { single: true, open: 'when-to-see-doctor', questions: 'when-to-see-doctor' },
  });
  assert.match(faq, /<faq-accordion[^>]* single[ >]/);
  assert.match(faq, /aria-expanded="true"/);
  assert.equal(faq.match(/part="item"/g).length, 1);
  const causes = await render('cause-list', { attributes: { category: 'nerve' } });
  assert.match(causes, /category="nerve"/);
  const tips = await render('exercise-tips', { attributes: { tips: 'get-checked' } });
  assert.match(tips, /tips="get-checked"/);
});

test('an unknown tag rejects, naming the tag and the known tags', async () => {
  await assert.rejects(render('leg-widget'), (error) => {
    assert.ok(error instanceof Error);
    assert.match(error.message, /"leg-widget"/);
    for (const tag of TAGS) assert.ok(error.message.includes(tag));
    return true;
  });
});

test('an unusable attribute value warns as in the browser, and the widget still renders', async () => {
  const { result, warnings } = await warningsOf(() =>
    render('when-to-see-doctor', { attributes: { region: 'not a region', 'heading-level': 9 } }),
  );
  assert.ok(
    warnings.some((w) => w.includes('Legwise <when-to-see-doctor>: heading-level="9" cannot be used')),
    warnings.join('\n'),
  );
  assert.ok(
    warnings.some((w) => w.includes('region="not a region" cannot be used')),
    warnings.join('\n'),
  );
  assert.match(result, /part="tier emergency"/);
  assert.match(result, /<h2 part="tier-heading"/);
});

test('an attribute the element does not take warns, naming the attributes it takes; global ones pass', async () => {
  const { result, warnings } = await warningsOf(() =>
    render('faq-accordion', {
      attributes: { 'heading-levle': 3, tips: 'rest', id: 'faq', class: 'wide', 'data-x': 1, 'aria-label': 'FAQ' },
    }),
  );
  assert.deepEqual(
    warnings.map((w) => /has no attribute "([^"]+)"/.exec(w)?.[1]),
    ['heading-levle', 'tips'],
    warnings.join('\n'),
  );
  assert.match(warnings[0], /^Legwise render\(\): <faq-accordion> has no attribute "heading-levle"/);
  for (const name of ['single', 'open', 'questions', 'heading-level', 'theme', 'region'])
    assert.ok(warnings[0].includes(name));
  assert.match(
    result,
    /<faq-accordion\s+heading-levle="3" tips="rest" id="faq" class="wide" data-x="1" aria-label="FAQ"/,
  );
  assert.match(result, /part="item"/);
  const clean = await warningsOf(() =>
    render('cause-list', { attributes: { category: 'neurological', 'heading-level': 3 } }),
  );
  assert.deepEqual(clean.warnings, []);
});

test('options of the wrong shape reject with a message saying what was given; unknown options warn', async () => {
  for (const [options, message] of [
    [null, /the options are an object .*; got null\./],
    ['es', /the options are an object .*; got string "es"\./],
    [{ lang: 42 }, /lang is a language tag such as "es-MX"; got number 42\./],
    [{ attributes: 'region=GB' }, /attributes is an object of name and value.*; got string "region=GB"\./],
    [{ attributes: [['region', 'GB']] }, /attributes is an object .*; got an array\./],
  ])
    await assert.rejects(render('cause-list', options), (error) => {
      assert.ok(error instanceof TypeError);
      assert.match(error.message, /^Legwise render\(\): /);
      assert.match(error.message, message);
      return true;
    });
  const { result, warnings } = await warningsOf(() => render('cause-list', { atributes: { category: 'muscular' } }));
  assert.deepEqual(warnings, [
    'Legwise render(): there is no option "atributes"; the options are attributes, lang, structuredData.',
  ]);
  assert.match(result, /part="cause"/);
  // An attribute left out (false, null, undefined) is not written, so nothing to warn of.
  const none = await warningsOf(() => render('cause-list', { attributes: { region: undefined, single: false } }));
  assert.deepEqual(none.warnings, []);
});

test('setRegion() in Node sets the region, but render() shows only the region attribute', async () => {
  const { setRegion, getRegion } = await import('../../dist/index.js');
  setRegion('GB');
  try {
    assert.deepEqual([...getRegion()], ['GB']);
    const card = await render('when-to-see-doctor');
    assert.doesNotMatch(card, /tel:/, 'no region leaks into a render from the process');
    assert.match(card, /local emergency number/);
    assert.match(await render('when-to-see-doctor', { attributes: { region: 'IE' } }), /href="tel:112"/);
  } finally {
    setRegion(null);
  }
});

test('structured data, on request: a schema.org MedicalWebPage in the light DOM, < escaped', async () => {
  const { LAST_REVIEWED } = { LAST_REVIEWED: /^\d{4}-\d{2}-\d{2}$/ };
  const html = await render('faq-accordion', { lang: 'es-MX', structuredData: true });
  const match = /<\/template><script type="application\/ld\+json">([^<]*)<\/script><\/faq-accordion>$/.exec(html);
  assert.ok(match, 'the script is after the shadow root, inside the element');
  const data = JSON.parse(match[1]);
  assert.equal(data['@context'], 'https://schema.org');
  assert.equal(data['@type'], 'MedicalWebPage');
  // The condition is named in the page's language (the translation of meta.topic).
  assert.equal(data.about.name, 'debilidad muscular en las piernas');
  assert.match(data.lastReviewed, LAST_REVIEWED);
  assert.equal(data.audience['@type'], 'PatientAudience');
  assert.equal(data.inLanguage, 'es');
  assert.doesNotMatch(await render('faq-accordion'), /ld\+json/);
  const english = await render('cause-list', { structuredData: true });
  assert.match(english, /"name":"leg muscle weakness"/);
  assert.match(await render('cause-list', { lang: 'ja', structuredData: true }), /"name":"脚の筋力低下"/);
});
