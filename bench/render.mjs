// Benchmark 1, render: a page with the four widgets from the CDN module
// against the very same content as static HTML (the floor, made here by
// makeStaticTwin()) and as finished markup set by a module script (the script
// floor), in alternating runs, each in a fresh browser context (a first
// visit: nothing cached), served from 127.0.0.1. network.mjs runs the same
// pages over an emulated network.
/* global document -- describeWidgets runs in the page (page.evaluate) */
import { measurePage } from './browser.mjs';
import { BASELINE, FLOOR, RENDER_RUNS, SCALE, STATIC_SCALE_MAX, VARIANTS } from './options.mjs';
import { floorPage, floorScript, serializeWidgets, staticPage } from './pages.mjs';
import { fixed, log, ms, summary } from './stats.mjs';

/** Sizes and text of each widget as shown, to check that the static twin shows the same. */
const describeWidgets = () =>
  [...document.querySelectorAll(document.documentElement.dataset.benchTags)].map((el) => {
    const r = el.getBoundingClientRect();
    return {
      tag: el.localName,
      width: Math.round(r.width),
      height: Math.round(r.height),
      text: (el.shadowRoot.querySelector('.content')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  });

/**
 * The static twin (for the render and scale tables) and the script floor,
 * from the widgets as rendered; fails unless both show the same sizes and text.
 */
export async function makeStaticTwin(browser, origin, server) {
  let serialized;
  let shown;
  await measurePage(browser, `${origin}/bench/render-widgets.html`, {
    keep: async (page) => {
      serialized = await page.evaluate(serializeWidgets);
      shown = await page.evaluate(describeWidgets);
    },
  });
  const pages = new Map([
    ['render-static.html', staticPage(serialized)],
    ['render-floor.html', floorPage()],
    ['floor.js', floorScript(serialized)],
  ]);
  for (const n of SCALE) if (n <= STATIC_SCALE_MAX) pages.set(`scale-${n}-static.html`, staticPage(serialized, n));
  await server.setPages(pages);
  const compare = async (name) => {
    let other;
    await measurePage(browser, `${origin}/bench/${name}`, {
      keep: async (page) => {
        other = await page.evaluate(describeWidgets);
      },
    });
    const strip = (list) => list.map(({ text, ...w }) => w);
    const same = shown.length === other.length && shown.every((w, i) => JSON.stringify(w) === JSON.stringify(other[i]));
    return same ? '' : `${JSON.stringify(strip(shown))}\n${JSON.stringify(strip(other))}`;
  };
  const diff = await compare('render-static.html');
  if (diff) throw new Error(`The static twin does not show the same as the widgets:\n${diff}`);
  const floorDiff = await compare('render-floor.html');
  if (floorDiff) throw new Error(`The script floor does not show the same as the widgets:\n${floorDiff}`);
  const bytes = Buffer.byteLength(pages.get('render-static.html'));
  log(
    `Static twin and script floor: same sizes and text for all ${shown.length} widgets (${(bytes / 1024).toFixed(1)} KB of HTML).`,
  );
  if (BASELINE) {
    const other = await compare('render-baseline.html');
    if (other) log(`Note: the baseline build shows something else than this build:\n${other}`);
  }
  return { widgets: shown.map(({ text, ...w }) => ({ ...w, textLength: text.length })), staticHtmlBytes: bytes };
}

const renderSummary = (r) => ({
  rendered: summary(r.map((x) => x.rendered)),
  painted: summary(r.map((x) => x.painted)),
  hydrated: summary(r.map((x) => x.hydrated)),
  fcp: summary(r.map((x) => x.fcp)),
  lcp: summary(r.map((x) => x.lcp)),
  cls: summary(r.map((x) => x.cls)),
  longTasks: summary(r.map((x) => x.longTasks.length)),
  longTaskMs: summary(r.map((x) => x.longTasks.reduce((s, [, d]) => s + d, 0))),
  longestTaskMs: summary(r.map((x) => Math.max(0, ...x.longTasks.map(([, d]) => d)))),
  scriptMs: summary(r.map((x) => x.scriptMs)),
  styleMs: summary(r.map((x) => x.styleMs)),
  layoutMs: summary(r.map((x) => x.layoutMs)),
  taskMs: summary(r.map((x) => x.taskMs)),
});

/**
 * The pages of the render table, alternating (the order rotates, so drift
 * hits every page alike), `n` runs each, optionally over `network`.
 */
export async function renderRuns(browser, origin, n, network, label) {
  const kinds = ['static', 'floor', ...VARIANTS.map((v) => v.key)];
  const runs = Object.fromEntries(kinds.map((k) => [k, []]));
  for (let i = 0; i < n; i += 1) {
    const order = kinds.map((_, j) => kinds[(i + j) % kinds.length]);
    for (const kind of order) {
      const result = await measurePage(browser, `${origin}/bench/render-${kind}.html`, { network });
      if (result.error) throw new Error(`render-${kind}: ${result.error}`);
      runs[kind].push(result);
    }
    log(`  ${label} run ${i + 1}/${n}: ${kinds.map((k) => `${k} ${ms(runs[k].at(-1).rendered)}`).join(', ')}`);
  }
  const out = { runs: n, static: renderSummary(runs.static) };
  for (const v of [FLOOR, ...VARIANTS]) {
    const w = renderSummary(runs[v.key]);
    // The ratio of the medians, and the spread of the per-pair ratios.
    out[v.key] = {
      ...w,
      ratio: w.rendered.median / out.static.rendered.median,
      ratioPainted: w.painted.median / out.static.painted.median,
      // Server HTML: its text is painted with the page (FCP), against the static page's FCP.
      ...(v.ssr
        ? {
            ratioContent: w.fcp.median / out.static.fcp.median,
            fcpPairRatio: summary(runs[v.key].map((x, i) => x.fcp / runs.static[i].fcp)),
          }
        : {}),
      pairRatio: summary(runs[v.key].map((x, i) => x.rendered / runs.static[i].rendered)),
    };
  }
  out.raw = runs;
  return out;
}

/** The render on 127.0.0.1, with the static twin it was measured against. */
export const run = async ({ browser, origin, twin }) => ({
  ...(await renderRuns(browser, origin, RENDER_RUNS, undefined, 'render')),
  twin,
});

/** A variant's ratio to the static page: in brackets when its page is in another language than the static twin. */
const ratioCell = (v, x) =>
  v.ssr ? `**${fixed(x.ratioContent)}** (FCP)` : v.lang ? `(${fixed(x.ratio)})` : `**${fixed(x.ratio)}**`;
/** The note on the server-HTML rows: when the content is painted, and when Legwise's widgets are hydrated. */
export const serverNote = (set, variants) =>
  variants
    .filter((v) => v.ssr && set[v.key])
    .map((v) => {
      const x = set[v.key];
      const painted = `${v.name}: content painted ${ms(x.fcp.median)} (first contentful paint: on these pages the probe starts only after it, so their "All four rendered" is not a paint time), ${fixed(x.ratioContent)}× the static page's FCP (per-pair FCP ratio median ${fixed(x.fcpPairRatio.median)}, p25–p75 ${fixed(x.fcpPairRatio.p25)}–${fixed(x.fcpPairRatio.p75)})`;
      if (v.hydrates === false) return `${painted}: what a module script that does nothing costs the first paint.`;
      return `${painted} (the goal, ≤ 1.10×, is read in the paint table below, from more loads); hydrated (every tag defined and each widget's updateComplete resolved) ${ms(x.hydrated.median)} (p25–p75 ${fixed(x.hydrated.p25, 1)}–${fixed(x.hydrated.p75, 1)}).`;
    })
    .join(' ');
export const LANG_NOTE =
  'The Spanish pages show the same widgets in Spanish, so their ratio (in brackets) is against the English static page: a guide only.';
/** The rows of a render table, in its order: the static page, the script floor, then the variants. */
export const pageRows = (set, variants, row) => [
  row('Static HTML (the floor)', set.static, '1.00'),
  ...(set.floor ? [row(FLOOR.name, set.floor, fixed(set.floor.ratio))] : []),
  ...variants.filter((v) => set[v.key]).map((v) => row(v.name, set[v.key], ratioCell(v, set[v.key]))),
];
export const rendered = (x) => `${ms(x.rendered.median)} (${fixed(x.rendered.p25, 1)}–${fixed(x.rendered.p75, 1)})`;

/** The render table (Markdown lines). */
export function table(R, variants) {
  const row = (name, x, ratio) =>
    `| ${name} | ${rendered(x)} | ${ratio} | ${ms(x.painted.median)} | ${ms(x.fcp.median)} | ${fixed(x.longTasks.median, 0)} / ${ms(x.longTaskMs.median, 0)} (longest ${ms(x.longestTaskMs.max, 0)}) | ${fixed(x.cls.median, 3)} (max ${fixed(x.cls.max, 3)}) | ${ms(x.taskMs.median)} | ${ms(x.scriptMs.median)} / ${ms(x.styleMs.median)} / ${ms(x.layoutMs.median)} |`;
  return [
    '',
    `### Render: four widgets from the CDN module against the same content as static HTML (median of ${R.runs} alternating cold runs each)`,
    '',
    '| Page | All four rendered (p25–p75) | Ratio | Next frame | FCP | Long tasks: median count / total (worst) | CLS (max) | Main-thread CPU | of which script / style / layout |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...pageRows(R, variants, row),
    '',
    `Times from navigation start, served from 127.0.0.1, a fresh browser context (nothing cached) per run. ` +
      (variants.some((v) => v.lang && R[v.key]) ? `${LANG_NOTE} ` : '') +
      variants
        .filter((v) => R[v.key])
        .map(
          (v) =>
            `${v.name}: per-pair ratio median ${fixed(R[v.key].pairRatio.median)} (p25–p75 ${fixed(R[v.key].pairRatio.p25)}–${fixed(R[v.key].pairRatio.p75)})`,
        )
        .join('; ') +
      '.',
    ...(serverNote(R, variants) ? ['', serverNote(R, variants)] : []),
  ];
}
