// The Eleventy example (examples/eleventy/): builds the site with Eleventy's
// JS API, as `npm run example:eleventy` does, from the npm build in dist/
// (run `npm run build` first), and checks that its pages carry the widgets'
// text in their HTML: a declarative shadow root per widget, with the text a
// reader sees before any script runs. The browser test
// (eleventy-hydration.test.ts) then loads the built pages and checks hydration.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import process from 'node:process';

const root = fileURLToPath(new URL('../../', import.meta.url));
const site = `${root}examples/eleventy/_site/`;
/** The four tags, from the build (legwise/server exports the list). */
let TAGS = [];

/** The element's declarative shadow root: the markup between its opening tag and the end of its first <template>. */
function shadowOf(page, tag) {
  const start = page.search(new RegExp(`<${tag}[\\s>]`));
  assert.notEqual(start, -1, `<${tag}> is on the page`);
  const open = page.indexOf('>', start) + 1;
  assert.match(
    page.slice(open, open + 60),
    /^<template shadowroot="open" shadowrootmode="open">/,
    `<${tag}> starts with a declarative shadow root`,
  );
  const end = page.indexOf('</template>', open);
  return page.slice(open, end);
}

/** The text of some markup, tags and comments removed, white space folded. */
const textOf = (markup) =>
  markup
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<!--[\s\S]*?-->|<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const pages = {};
before(async () => {
  assert.ok(existsSync(`${root}dist/index.js`), 'the npm build is in dist/ (npm run build)');
  ({ TAGS } = await import('../../dist/server.js'));
  process.chdir(root);
  const { Eleventy } = await import('@11ty/eleventy');
  const eleventy = new Eleventy('examples/eleventy', 'examples/eleventy/_site', {
    configPath: 'examples/eleventy/eleventy.config.mjs',
    quietMode: true,
  });
  await eleventy.write();
  pages.en = readFileSync(`${site}index.html`, 'utf8');
  pages.es = readFileSync(`${site}es/index.html`, 'utf8');
});

test('the English page carries every widget in a declarative shadow root, with its text', () => {
  const page = pages.en;
  assert.match(page, /<html lang="en">/);
  const shown = Object.fromEntries(TAGS.map((tag) => [tag, textOf(shadowOf(page, tag))]));
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  for (const tag of TAGS) {
    // Marked with the version by the element itself, so that the browser hydrates it.
    assert.match(page, new RegExp(`<${tag} [^>]*data-legwise-version="${version}"`), `${tag} has the version marker`);
    // Lit's hydration markers are kept: the browser's Lit needs them.
    assert.match(shadowOf(page, tag), /<!--lit-part [^>]*-->/, `${tag} keeps Lit's markers`);
    assert.match(shown[tag], /health professional/, `${tag} shows its footer`);
  }
  const care = shown['when-to-see-doctor'];
  assert.match(care, /Get emergency help now if you or someone else has any of these:/);
  assert.match(care, /United Kingdom: call 999/);
  assert.match(shadowOf(page, 'when-to-see-doctor'), /<a [^>]*href="tel:999"/);
  assert.match(shown['faq-accordion'], /When should I see a doctor about weak legs\?/);
  assert.match(shadowOf(page, 'faq-accordion'), /<button part="question"[^>]*aria-expanded="false"/);
  assert.match(shown['cause-list'], /Nerve and brain causes/);
  assert.match(shown['cause-list'], /Stroke/);
  assert.match(shown['exercise-tips'], /Before you start/);
});

test('each widget is rendered once, the emergency card first', () => {
  const page = pages.en;
  assert.equal(page.match(/<template shadowroot="open"/g)?.length, TAGS.length);
  assert.ok(page.indexOf('<when-to-see-doctor') < page.indexOf('<faq-accordion'));
});

test('the page loads one bundled script: Lit hydrate support installed before LitElement, production Lit', () => {
  assert.match(pages.en, /<script type="module" src="\.\/js\/hydrate\.js"><\/script>\s*<\/body>/);
  assert.match(pages.es, /<script type="module" src="\.\.\/js\/hydrate\.js"><\/script>\s*<\/body>/);
  const script = readFileSync(`${site}js/hydrate.js`, 'utf8');
  const installs = script.indexOf('globalThis.litElementHydrateSupport=');
  const used = script.indexOf('litElementHydrateSupport?.({LitElement');
  assert.ok(installs !== -1 && used !== -1 && installs < used, 'hydrate support runs before LitElement');
  assert.equal(script.match(/litElementVersions\?\?=\[\]\)\.push/g)?.length, 1, 'one copy of LitElement');
  assert.doesNotMatch(script, /Lit is in dev mode/, "Lit's production build");
});

test('the Spanish page carries every widget, marked lang="es", in a declarative shadow root', () => {
  const page = pages.es;
  assert.match(page, /<html lang="es">/);
  for (const tag of TAGS) {
    assert.match(page, new RegExp(`<${tag} [^>]*lang="es"`));
    assert.match(textOf(shadowOf(page, tag)), /\S/);
  }
});

// legwise/server/elements loads every language before the builder renders.
test('the Spanish page is in Spanish before any script runs, marked for hydration', () => {
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  for (const tag of TAGS) assert.match(pages.es, new RegExp(`<${tag} [^>]*data-legwise-version="${version}"`));
  const care = textOf(shadowOf(pages.es, 'when-to-see-doctor'));
  assert.ok(care.includes('Pida ayuda de emergencia ahora'), 'the emergency card in Spanish');
  const faq = textOf(shadowOf(pages.es, 'faq-accordion'));
  assert.ok(faq.includes('¿Cuándo debo ir al médico si tengo las piernas débiles?'), 'the FAQ in Spanish');
});
