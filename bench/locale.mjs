// Benchmark 2, locale switch: from setting <html lang> to every widget
// showing the new language, with the Spanish chunk not cached, in the HTTP
// cache (a later page view), and already loaded (switching back and forth).
/* global window -- the waits and the locale switch run in the page (page.evaluate) */
import { FULL_VARIANTS, LOCALE_RUNS } from './options.mjs';
import { fixed, median, ms, summary, withTimeout } from './stats.mjs';

async function localeRun(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const ready = () =>
      page.waitForFunction(() => window.__bench && window.__bench.done, { polling: 50, timeout: 30_000 });
    const to = (lang) =>
      withTimeout(
        page.evaluate((l) => window.__bench.switchLocale(l), lang),
        30_000,
        `switch to ${lang}`,
      );
    await page.goto(url, { waitUntil: 'load' });
    await ready();
    const notCached = await to('es'); // first time: fetched from the server
    const loadedBack = await to('en'); // English: already loaded
    const loaded = await to('es'); // Spanish: already loaded
    await page.reload({ waitUntil: 'load' });
    await ready();
    const httpCached = await to('es'); // a new page view: the chunk comes from the HTTP cache
    return { notCached, loadedBack, loaded, httpCached };
  } finally {
    await context.close().catch(() => {});
  }
}

export async function run({ browser, origin }) {
  const results = Object.fromEntries(
    FULL_VARIANTS.map((v) => [v.key, { notCached: [], httpCached: [], loaded: [], loadedBack: [] }]),
  );
  for (let i = 0; i < LOCALE_RUNS; i += 1) {
    for (const v of i % 2 ? [...FULL_VARIANTS].reverse() : FULL_VARIANTS) {
      const r = await localeRun(browser, `${origin}/bench/locale-${v.key}.html`);
      for (const [k, x] of Object.entries(r)) results[v.key][k].push(x);
    }
  }
  const sum = (r) => ({
    layout: summary(r.map((x) => x.layout)),
    dom: summary(r.map((x) => x.dom)),
    framesMax: Math.max(...r.map((x) => x.frames)),
    framesMedian: median(r.map((x) => x.frames)),
  });
  const out = { runs: LOCALE_RUNS };
  for (const v of FULL_VARIANTS) {
    const r = results[v.key];
    out[v.key] = {
      notCached: sum(r.notCached),
      httpCached: sum(r.httpCached),
      loaded: sum(r.loaded),
      loadedBack: sum(r.loadedBack),
      raw: r,
    };
  }
  return out;
}

/** The locale-switch table (Markdown lines). */
export function table(L, variants) {
  const row = (name, x) =>
    `| ${name} | ${ms(x.layout.median)} (${fixed(x.layout.p25, 1)}–${fixed(x.layout.p75, 1)}) | ${ms(x.layout.max)} | ${fixed(x.framesMedian, 0)} (max ${x.framesMax}) |`;
  const lines = [
    '',
    `### Locale switch: \`<html lang>\` from en to es until all four widgets show Spanish (median of ${L.runs})`,
    '',
    '| Build | Spanish chunk | Time (p25–p75) | Worst | Frames produced in between (max) |',
    '| --- | --- | ---: | ---: | ---: |',
  ];
  for (const v of variants.filter((x) => L[x.key])) {
    const X = L[v.key];
    const name = v.short ?? v.name;
    lines.push(
      row(`${name} | not cached (first use, from the server)`, X.notCached),
      row(`${name} | in the HTTP cache (a later page view)`, X.httpCached),
      row(`${name} | already loaded (switching back and forth)`, X.loaded),
      row(`${name} | back to English (loaded)`, X.loadedBack),
    );
  }
  lines.push(
    '',
    'Time: until every widget shows the new language, style and layout included. Frames: 0 means the very next frame shows it (within one frame).',
  );
  return lines;
}
