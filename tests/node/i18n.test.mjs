// Node tests of the npm build (dist/): importing Legwise reads no window,
// document or address and no way to make a request, and the locale API works
// without a DOM (server rendering needs both). Run by `npm test` after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { warningsOf } from './console.mjs';
import { BROWSER_GLOBALS, globalsRead, readIn } from './globals-read.mjs';

const DIST = new URL('../../dist/', import.meta.url);

test('the trap sees a guarded read of document', async () => {
  const reads = await globalsRead(BROWSER_GLOBALS, () => typeof globalThis.document !== 'undefined');
  assert.deepEqual(
    reads.filter(readIn(new URL(import.meta.url))).map((r) => r.name),
    ['document'],
  );
});

test('importing every entry of the npm build reads no browser global (no DOM, no address, no request)', async () => {
  assert.equal(typeof globalThis.window, 'undefined');
  assert.equal(typeof globalThis.document, 'undefined');
  const entries = ['index', 'classes', 'cause-list', 'faq-accordion', 'when-to-see-doctor', 'exercise-tips'];
  const reads = await globalsRead(BROWSER_GLOBALS, async () => {
    for (const entry of entries) await import(new URL(`${entry}.js`, DIST).href);
  });
  // Lit's own Node build may look (it installs its DOM shim); Legwise's code must not.
  assert.deepEqual(reads.filter(readIn(DIST)), []);
  assert.equal(typeof globalThis.document, 'undefined');
});

test('setLocale() and getLocale() work in Node', async () => {
  const { getLocale, setLocale, supportedLocales } = await import('../../dist/classes.js');
  assert.ok(supportedLocales.includes('es'));
  await setLocale('es-MX');
  assert.equal(getLocale(), 'es');
  await setLocale('ar');
  assert.equal(getLocale(), 'ar');
  await setLocale(null);
  assert.equal(getLocale(), 'en');
});

test('setRegion() works in Node and refuses a value that is not a region code', async () => {
  const { getRegion, setRegion } = await import('../../dist/classes.js');
  const { warnings } = await warningsOf(() => {
    setRegion('gb ie');
    assert.deepEqual([...getRegion()], ['GB', 'IE']);
    setRegion('United Kingdom');
    assert.deepEqual([...getRegion()], ['GB', 'IE']);
    setRegion(null);
    assert.deepEqual([...getRegion()], []);
  });
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /two-letter/);
});

test('language tags match as browsers match them, with likely subtags and old aliases', async () => {
  const { getLocale, setLocale } = await import('../../dist/classes.js');
  const expected = {
    zh: 'zh-Hans',
    'zh-CN': 'zh-Hans',
    'zh-SG': 'zh-Hans',
    'zh-Hans-CN': 'zh-Hans',
    'zh-hans-sg': 'zh-Hans',
    'pt-BR': 'pt',
    'pt-PT': 'pt',
    'he-IL': 'he',
    iw: 'he',
    'iw-IL': 'he',
    'fr-CA': 'fr',
    'de-AT': 'de',
    'ja-JP': 'ja',
    'hi-IN': 'hi',
    'es-MX': 'es',
    'ar-EG': 'ar',
    'en-GB': 'en',
  };
  try {
    const matched = await warningsOf(async () => {
      for (const [tag, locale] of Object.entries(expected)) {
        await setLocale(tag);
        assert.equal(getLocale(), locale, tag);
      }
    });
    assert.deepEqual(matched.warnings, []);
    // Traditional Chinese is not shipped: English with a warning, never Simplified Chinese.
    for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hant-MO']) {
      const { warnings } = await warningsOf(async () => {
        await setLocale('zh-CN');
        await setLocale(tag);
      });
      assert.equal(getLocale(), 'en', tag);
      assert.match(warnings.at(-1) ?? '', new RegExp(`"${tag}" is not available; showing English`), tag);
    }
  } finally {
    await setLocale(null);
  }
});

test('the npm build carries no pseudo-locale: no en-XA chunk, and it is not a supported locale', async () => {
  const { readdirSync } = await import('node:fs');
  const chunks = readdirSync(new URL('../../dist/chunks/', import.meta.url));
  assert.ok(
    chunks.some((f) => f.startsWith('fr-')),
    'the French chunk is there',
  );
  assert.deepEqual(
    chunks.filter((f) => f.startsWith('en-XA')),
    [],
  );
  const { supportedLocales } = await import('../../dist/classes.js');
  assert.equal(supportedLocales.includes('en-XA'), false);
});
