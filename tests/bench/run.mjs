#!/usr/bin/env node
// `npm run bench`: what Legwise costs a host page, in headless Chromium.
//
//   1. Render: a page with the four widgets from the CDN module against the
//      very same content as static HTML (the floor) and as finished markup set
//      by a module script (the script floor), in alternating runs, each in a
//      fresh browser context (a first visit: nothing cached); on 127.0.0.1 and
//      again over an emulated network (40 ms round trip, 10 Mbit/s).
//   2. Locale switch: from setting <html lang> to every widget showing the new
//      language: the chunk not cached, in the HTTP cache, and already loaded.
//   3. Scale: 1, 10, 100 and 500 of each widget on one page: render time and
//      JS heap, and how they grow.
//   4. Lighthouse 12 on the demo page (mobile and desktop presets).
// Prints the tables and writes them, with every raw figure, as JSON (and
// Markdown) to results/ (git-ignored). See BENCHMARKS.md.
//
// Options:  --runs N (render runs per page, default 21, at least 15)
//           --baseline DIR (another build's dist/, measured side by side, e.g. before a change)
//           --static-scale-max N (largest n for the static twin at scale, default 100)
//           --quick (fewer runs, for trying things out; not for BENCHMARKS.md)
//           --only render,locale,scale,lighthouse
//           --build / --no-build (default: build when dist/ is missing or older than the sources)
//           --write (replace the tables in BENCHMARKS.md between its bench markers)
// Environment: CHROME_PATH (default /usr/bin/chromium).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { emptyPage, floorPage, floorScript, scalePage, serializeWidgets, staticPage, widgetsPage } from './pages.mjs';
import { startServer } from './server.mjs';
import { CHROMIUM_ARGS, ENGINES } from '../tools/browsers.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROME = ENGINES.chromium.binaries[0];
// The test runner's Chromium flags (which also keep every page at full speed),
// plus a few that keep the browser quiet while it is measured.
const CHROME_ARGS = [...CHROMIUM_ARGS, '--disable-extensions', '--disable-default-apps', '--mute-audio'];
const VIEWPORT = { width: 1280, height: 800 };

// ---------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const QUICK = flag('quick');
const RENDER_RUNS = Math.max(QUICK ? 5 : 15, Number(option('runs') ?? (QUICK ? 5 : 21)));
const LOCALE_RUNS = QUICK ? 5 : 15;
const SCALE = [1, 10, 100, 500];
const SCALE_RUNS = (n) => (QUICK ? 1 : n >= 500 ? 3 : 5);
const PARTS = ['render', 'locale', 'scale', 'lighthouse'];
const ONLY = new Set((option('only') ?? PARTS.join(',')).split(','));
for (const part of ONLY) if (!PARTS.includes(part)) throw new Error(`--only: unknown part "${part}"; use ${PARTS.join(', ')}.`);
// The static twin at scale: n copies of the four widgets' HTML (18 KB each);
// above this n the page gets too big to be a useful floor (500: 36 MB).
const STATIC_SCALE_MAX = Number(option('static-scale-max') ?? 100);
// Another build of dist/ to compare with, side by side in the same runs.
const BASELINE = option('baseline');
if (BASELINE && !existsSync(join(BASELINE, 'cdn/legwise.js'))) throw new Error(`--baseline ${BASELINE}: no cdn/legwise.js there (give a built dist/ folder).`);
// The render once more over an emulated network: Lighthouse's desktop
// throttling (40 ms round trip, 10 Mbit/s), applied by Chromium to every
// request, so that a chain of requests costs what it would from a CDN.
const NETWORK = { name: "Lighthouse's desktop throttling: 40 ms round trip, 10 Mbit/s", latency: 40, kbps: 10 * 1024 };
const NETWORK_RUNS = QUICK ? 5 : 15;
const VARIANTS = [
  // `short`: its name in the locale and scale tables, where a preload line plays no part.
  { key: 'widgets', name: 'legwise.js, no preload line', short: 'legwise.js', script: '/dist/cdn/legwise.js' },
  // The README's preload line for the page's language, with legwise.js; measured for the render only.
  { key: 'preload', name: 'legwise.js + the preload line', script: '/dist/cdn/legwise.js', preload: 'en', renderOnly: true },
  // The README's embed for an English page: the script with the English text in the file.
  { key: 'en-script', name: 'legwise.en.js (the README\'s embed)', script: '/dist/cdn/legwise.en.js', renderOnly: true },
  // A Spanish page (the same widgets, in Spanish): legwise.js without and with its preload line, and
  // legwise.es.js. Its text is not the static twin's, so its ratio is only a guide.
  { key: 'es', name: 'Spanish page: legwise.js', script: '/dist/cdn/legwise.js', lang: 'es', renderOnly: true },
  { key: 'es-preload', name: 'Spanish page: legwise.js + its preload line', script: '/dist/cdn/legwise.js', lang: 'es', preload: 'es', renderOnly: true },
  { key: 'es-script', name: 'Spanish page: legwise.es.js (the README\'s embed)', script: '/dist/cdn/legwise.es.js', lang: 'es', renderOnly: true },
  ...(BASELINE ? [{ key: 'baseline', name: 'Baseline build (--baseline)', script: '/baseline/cdn/legwise.js' }] : []),
];
/** The render table's second reference: the same markup attached by a module script (pages.mjs, floorScript). */
const FLOOR = { key: 'floor', name: 'Script floor: the same markup from a module script' };
/** The variants measured beyond the render (locale switch, scale). */
const FULL_VARIANTS = VARIANTS.filter((v) => !v.renderOnly);

// ---------------------------------------------------------------------------
// Small helpers

const log = (...args) => console.error(...args);

function quantile(values, q) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}
const median = (values) => quantile(values, 0.5);
const summary = (values) => ({
  median: median(values),
  p25: quantile(values, 0.25),
  p75: quantile(values, 0.75),
  min: quantile(values, 0),
  max: quantile(values, 1),
  n: values.length,
});
const ms = (x, digits = 1) => (x === null || x === undefined ? 'n/a' : `${x.toFixed(digits)} ms`);
const fixed = (x, digits = 2) => (x === null || x === undefined ? 'n/a' : x.toFixed(digits));

/** Least-squares line through (x, y): slope, intercept and R². */
function fit(points) {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const syy = points.reduce((s, [, y]) => s + (y - my) ** 2, 0);
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx, r2: syy ? (sxy * sxy) / (sxx * syy) : 1 };
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function run(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------
// Build

/** The newest modification time of the files under `path`. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), st.mtimeMs);
}

function ensureBuild() {
  const stamp = join(ROOT, 'dist/cdn/stats.json');
  const built = existsSync(join(ROOT, 'dist/cdn/legwise.js')) && existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const sources = Math.max(
    ...['src', 'content', 'xliff', 'rollup.config.mjs', 'lit-localize.json', 'package.json'].map((p) => newest(join(ROOT, p))),
  );
  const reason = flag('build') ? 'asked with --build' : !built ? 'dist/ is missing' : sources > built ? 'the sources are newer than dist/' : '';
  if (flag('no-build') || !reason) return;
  log(`Building (${reason}): npm run build`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build failed');
}

/**
 * Serve a snapshot of dist/, so that a rebuild next to the benchmark cannot
 * change it midway. A build running right now (dist/ half written) is waited
 * for: the snapshot must hold the CDN entry and every chunk it imports.
 */
async function snapshotDist() {
  for (let attempt = 1; ; attempt += 1) {
    const snapshot = mkdtempSync(join(tmpdir(), 'legwise-bench-dist-'));
    try {
      cpSync(join(ROOT, 'dist'), snapshot, { recursive: true, filter: (src) => !src.startsWith(join(ROOT, 'dist/types')) });
      const entry = readFileSync(join(snapshot, 'cdn/legwise.js'), 'utf8');
      const imported = [...entry.matchAll(/from\s*["']\.\/([^"']+)["']/g)].map((m) => m[1]);
      JSON.parse(readFileSync(join(snapshot, 'cdn/stats.json'), 'utf8'));
      if (imported.every((f) => existsSync(join(snapshot, 'cdn', f)))) return snapshot;
    } catch {
      // dist/ is being rebuilt: try again.
    }
    rmSync(snapshot, { recursive: true, force: true });
    if (attempt >= 40) throw new Error('dist/ is incomplete (a build running?). Run npm run build, or npm run bench -- --build.');
    log('dist/ is incomplete (a build running?); waiting…');
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}

// ---------------------------------------------------------------------------
// Browser

async function launch(extraArgs = []) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'legwise-bench-profile-'));
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    userDataDir,
    defaultViewport: VIEWPORT,
    args: [...CHROME_ARGS, `--window-size=${VIEWPORT.width},${VIEWPORT.height}`, ...extraArgs],
  });
  const close = async () => {
    await browser.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { browser, close };
}

/** The probe's figures, once it is done. */
const readProbe = () => {
  const B = window.__bench;
  return {
    dom: B.dom,
    rendered: B.rendered,
    painted: B.painted,
    fcp: B.fcp,
    lcp: B.lcp,
    cls: B.cls,
    shifts: B.shifts,
    longTasks: B.longTasks,
    error: B.error ?? null,
  };
};

const CDP_METRICS = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration', 'Nodes', 'JSHeapUsedSize'];

/**
 * Open `url` in a fresh browser context (nothing cached), wait for the probe,
 * and return its figures, the renderer's own time split (CDP Performance
 * metrics, in ms) and optionally the JS heap after a full GC.
 */
async function measurePage(browser, url, { heap = false, timeout = 60_000, keep, network } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' }).catch(() => cdp.send('Performance.enable'));
    if (network) {
      await cdp.send('Network.enable');
      const bytesPerSecond = (network.kbps * 1024) / 8;
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: network.latency, downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond });
    }
    await page.goto(url, { waitUntil: 'load', timeout });
    await page.waitForFunction(() => window.__bench && window.__bench.done, { polling: 50, timeout });
    const probe = await page.evaluate(readProbe);
    if (heap) {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
    }
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.filter((x) => CDP_METRICS.includes(x.name)).map((x) => [x.name, x.value]));
    const result = {
      ...probe,
      scriptMs: m.ScriptDuration * 1000,
      styleMs: m.RecalcStyleDuration * 1000,
      layoutMs: m.LayoutDuration * 1000,
      taskMs: m.TaskDuration * 1000,
      nodes: m.Nodes,
    };
    if (heap) result.heapUsed = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    if (keep) await keep(page, result);
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------
// 1. Render: widgets against static HTML

/** Sizes and text of each widget as shown, to check that the static twin shows the same. */
const describeWidgets = () =>
  [...document.querySelectorAll('cause-list, faq-accordion, when-to-see-doctor, exercise-tips')].map((el) => {
    const r = el.getBoundingClientRect();
    return { tag: el.localName, width: Math.round(r.width), height: Math.round(r.height), text: (el.shadowRoot.querySelector('.content')?.textContent ?? '').replace(/\s+/g, ' ').trim() };
  });

async function makeStaticTwin(browser, origin, server) {
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
  log(`Static twin and script floor: same sizes and text for all ${shown.length} widgets (${(bytes / 1024).toFixed(1)} KB of HTML).`);
  if (BASELINE) {
    const other = await compare('render-baseline.html');
    if (other) log(`Note: the baseline build shows something else than this build:\n${other}`);
  }
  return { widgets: shown.map(({ text, ...w }) => ({ ...w, textLength: text.length })), staticHtmlBytes: bytes };
}

const renderSummary = (r) => ({
  rendered: summary(r.map((x) => x.rendered)),
  painted: summary(r.map((x) => x.painted)),
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
async function renderRuns(browser, origin, n, network, label) {
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
      pairRatio: summary(runs[v.key].map((x, i) => x.rendered / runs.static[i].rendered)),
    };
  }
  out.raw = runs;
  return out;
}

async function benchRender(browser, origin, twin) {
  const out = { ...(await renderRuns(browser, origin, RENDER_RUNS, undefined, 'render')), twin };
  out.network = { ...NETWORK, ...(await renderRuns(browser, origin, NETWORK_RUNS, NETWORK, 'network')) };
  return out;
}

// ---------------------------------------------------------------------------
// 2. Locale switch

async function localeRun(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const ready = () => page.waitForFunction(() => window.__bench && window.__bench.done, { polling: 50, timeout: 30_000 });
    const to = (lang) => withTimeout(page.evaluate((l) => window.__bench.switchLocale(l), lang), 30_000, `switch to ${lang}`);
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

async function benchLocale(browser, origin) {
  const results = Object.fromEntries(FULL_VARIANTS.map((v) => [v.key, { notCached: [], httpCached: [], loaded: [], loadedBack: [] }]));
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
    out[v.key] = { notCached: sum(r.notCached), httpCached: sum(r.httpCached), loaded: sum(r.loaded), loadedBack: sum(r.loadedBack), raw: r };
  }
  return out;
}

// ---------------------------------------------------------------------------
// 3. Scale

async function benchScale(browser, origin) {
  const kinds = ['static', ...FULL_VARIANTS.map((v) => v.key)];
  const base = {};
  for (const v of FULL_VARIANTS) {
    const heaps = [];
    for (let i = 0; i < (QUICK ? 1 : 3); i += 1) heaps.push((await measurePage(browser, `${origin}/bench/empty-${v.key}.html`, { heap: true })).heapUsed);
    base[v.key] = median(heaps);
  }
  const levels = Object.fromEntries(kinds.map((k) => [k, []]));
  for (const n of SCALE) {
    const runs = Object.fromEntries(kinds.map((k) => [k, []]));
    for (let i = 0; i < SCALE_RUNS(n); i += 1) {
      for (const kind of kinds.map((_, j) => kinds[(i + j) % kinds.length])) {
        if (kind === 'static' && n > STATIC_SCALE_MAX) continue;
        const r = await measurePage(browser, `${origin}/bench/scale-${n}-${kind}.html`, { heap: true, timeout: 300_000 });
        if (r.error) throw new Error(`scale-${n}-${kind}: ${r.error}`);
        runs[kind].push(r);
      }
    }
    for (const kind of kinds) {
      const r = runs[kind];
      if (!r.length) continue;
      const level = {
        n,
        widgets: 4 * n,
        rendered: median(r.map((x) => x.rendered)),
        heapUsed: median(r.map((x) => x.heapUsed)),
        nodes: median(r.map((x) => x.nodes)),
        scriptMs: median(r.map((x) => x.scriptMs)),
        styleMs: median(r.map((x) => x.styleMs)),
        layoutMs: median(r.map((x) => x.layoutMs)),
        taskMs: median(r.map((x) => x.taskMs)),
        longTaskMs: median(r.map((x) => x.longTasks.reduce((s, [, d]) => s + d, 0))),
        longestTaskMs: median(r.map((x) => Math.max(0, ...x.longTasks.map(([, d]) => d)))),
        runs: r.length,
      };
      if (base[kind] !== undefined) level.heapOverBase = level.heapUsed - base[kind];
      levels[kind].push(level);
    }
    log(`  scale ${n} of each: ${kinds.map((k) => `${k} ${ms(levels[k].find((l) => l.n === n)?.rendered)}`).join(', ')}`);
  }
  const out = { scales: SCALE, staticScaleMax: STATIC_SCALE_MAX };
  for (const kind of kinds) {
    const L = levels[kind];
    const time = fit(L.map((l) => [l.n, l.rendered]));
    const heap = fit(L.map((l) => [l.n, l.heapUsed]));
    const at = (n) => L.find((l) => l.n === n);
    out[kind] = {
      baseHeap: base[kind],
      levels: L,
      timePerSet: time.slope, // ms per 4 more widgets (one of each)
      timeR2: time.r2,
      heapPerSet: heap.slope, // bytes per 4 more widgets
      heapR2: heap.r2,
      growth100to500: at(500) && at(100) ? { time: at(500).rendered / at(100).rendered, heap: (at(500).heapOverBase ?? at(500).heapUsed) / (at(100).heapOverBase ?? at(100).heapUsed) } : null,
    };
  }
  return out;
}

// ---------------------------------------------------------------------------
// 4. Lighthouse

async function benchLighthouse(origin) {
  const { runLighthouse } = await import('./lighthouse.mjs');
  const out = {};
  for (const formFactor of ['mobile', 'desktop']) {
    const { browser, close } = await launch();
    try {
      out[formFactor] = await runLighthouse(browser, `${origin}/`, formFactor);
      const { lhr, ...summary } = out[formFactor];
      mkdirSync(join(ROOT, 'results'), { recursive: true });
      writeFileSync(join(ROOT, `results/lighthouse-${formFactor}.json`), JSON.stringify(lhr, null, 1));
      out[formFactor] = summary;
      log(`  lighthouse ${formFactor}: ${JSON.stringify(summary.scores)}`);
    } finally {
      await close();
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Machine

function machine(chromium) {
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    freeMemoryGiB: +(freemem() / 2 ** 30).toFixed(1),
    os: /PRETTY_NAME="?([^"\n]*)/.exec(release)?.[1] ?? process.platform,
    node: process.version,
    chromium,
    loadAverage: loadavg().map((x) => +x.toFixed(2)),
    nproc: run('nproc', []),
    lscpu: run('sh', ['-c', 'lscpu | head -n 14']),
    free: run('free', ['-h']),
  };
}

// ---------------------------------------------------------------------------
// Tables

/** A variant's ratio to the static page: in brackets when its page is in another language than the static twin. */
const ratioCell = (v, x) => (v.lang ? `(${fixed(x.ratio)})` : `**${fixed(x.ratio)}**`);
const LANG_NOTE = 'The Spanish pages show the same widgets in Spanish, so their ratio (in brackets) is against the English static page: a guide only.';

function tables(r) {
  const lines = [];
  const m = r.machine;
  const variants = VARIANTS.filter((v) => r.render?.[v.key] || r.locale?.[v.key] || r.scale?.[v.key]);
  lines.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB RAM; ${m.os}; Node ${m.node}; ${m.chromium} (headless); ` +
      `load average ${m.loadAverage.join(' ')} at the start, ${r.loadAverageEnd?.join(' ') ?? 'n/a'} at the end.`,
  );
  if (r.render) {
    const R = r.render;
    // The rows of a render table, in its order: the static page, the script floor, then the variants.
    const pageRows = (set, row) => [
      row('Static HTML (the floor)', set.static, '1.00'),
      ...(set.floor ? [row(FLOOR.name, set.floor, fixed(set.floor.ratio))] : []),
      ...variants.filter((v) => set[v.key]).map((v) => row(v.name, set[v.key], ratioCell(v, set[v.key]))),
    ];
    const rendered = (x) => `${ms(x.rendered.median)} (${fixed(x.rendered.p25, 1)}–${fixed(x.rendered.p75, 1)})`;
    const row = (name, x, ratio) =>
      `| ${name} | ${rendered(x)} | ${ratio} | ${ms(x.painted.median)} | ${ms(x.fcp.median)} | ${fixed(x.longTasks.median, 0)} / ${ms(x.longTaskMs.median, 0)} (longest ${ms(x.longestTaskMs.max, 0)}) | ${fixed(x.cls.median, 3)} (max ${fixed(x.cls.max, 3)}) | ${ms(x.taskMs.median)} | ${ms(x.scriptMs.median)} / ${ms(x.styleMs.median)} / ${ms(x.layoutMs.median)} |`;
    lines.push(
      '',
      `### Render: four widgets from the CDN module against the same content as static HTML (median of ${R.runs} alternating cold runs each)`,
      '',
      '| Page | All four rendered (p25–p75) | Ratio | Next frame | FCP | Long tasks: median count / total (worst) | CLS (max) | Main-thread CPU | of which script / style / layout |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...pageRows(R, row),
      '',
      `Times from navigation start, served from 127.0.0.1, a fresh browser context (nothing cached) per run. ` +
        (variants.some((v) => v.lang && R[v.key]) ? `${LANG_NOTE} ` : '') +
        variants
          .filter((v) => R[v.key])
          .map((v) => `${v.name}: per-pair ratio median ${fixed(R[v.key].pairRatio.median)} (p25–p75 ${fixed(R[v.key].pairRatio.p25)}–${fixed(R[v.key].pairRatio.p75)})`)
          .join('; ') +
        '.',
    );
    const N = R.network;
    if (N) {
      const nrow = (name, x, ratio) => `| ${name} | ${rendered(x)} | ${ratio} | ${ms(x.fcp.median)} |`;
      lines.push(
        '',
        `#### The same over an emulated network (${N.name}; median of ${N.runs} alternating cold runs each)`,
        '',
        '| Page | All four rendered (p25–p75) | Ratio | FCP |',
        '| --- | ---: | ---: | ---: |',
        ...pageRows(N, nrow),
        '',
        'Chromium adds the round trip to every request and limits the bandwidth; everything else as above.',
      );
    }
  }
  if (r.locale) {
    const L = r.locale;
    const row = (name, x) =>
      `| ${name} | ${ms(x.layout.median)} (${fixed(x.layout.p25, 1)}–${fixed(x.layout.p75, 1)}) | ${ms(x.layout.max)} | ${fixed(x.framesMedian, 0)} (max ${x.framesMax}) |`;
    lines.push(
      '',
      `### Locale switch: \`<html lang>\` from en to es until all four widgets show Spanish (median of ${L.runs})`,
      '',
      '| Build | Spanish chunk | Time (p25–p75) | Worst | Frames produced in between (max) |',
      '| --- | --- | ---: | ---: | ---: |',
    );
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
    lines.push('', 'Time: until every widget shows the new language, style and layout included. Frames: 0 means the very next frame shows it (within one frame).');
  }
  if (r.scale) {
    const S = r.scale;
    const kinds = [['static', 'Static HTML'], ...variants.map((v) => [v.key, v.short ?? v.name])].filter(([k]) => S[k]?.levels?.length);
    lines.push(
      '',
      '### Scale: n of each widget on one page (4n widgets; cold runs, median)',
      '',
      '| Page | n of each | Widgets | All rendered | Per widget | Ratio to static | Main-thread CPU | JS heap | Heap over the script alone | Per widget | DOM nodes | Longest task |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const [k, name] of kinds) {
      for (const l of S[k].levels) {
        const st = S.static?.levels.find((x) => x.n === l.n);
        lines.push(
          `| ${name} | ${l.n} | ${l.widgets} | ${ms(l.rendered)} | ${ms(l.rendered / l.widgets, 2)} | ${st ? fixed(l.rendered / st.rendered) : 'n/a'} | ${ms(l.taskMs, 0)} | ${(l.heapUsed / 1048576).toFixed(2)} MB | ${l.heapOverBase === undefined ? 'n/a' : `${(l.heapOverBase / 1048576).toFixed(2)} MB`} | ${l.heapOverBase === undefined ? 'n/a' : `${(l.heapOverBase / l.widgets / 1024).toFixed(1)} KB`} | ${l.nodes} | ${ms(l.longestTaskMs, 0)} |`,
        );
      }
    }
    for (const [k, name] of kinds) {
      const X = S[k];
      lines.push(
        '',
        `${name}: ${fixed(X.timePerSet / 4, 3)} ms and ${(X.heapPerSet / 4 / 1024).toFixed(1)} KB more per widget (least squares over n; R² ${fixed(X.timeR2, 4)} for time, ${fixed(X.heapR2, 4)} for heap)` +
          (X.growth100to500
            ? `; from 100 to 500 of each, time ×${fixed(X.growth100to500.time)} and heap ×${fixed(X.growth100to500.heap)} (×5.00 is linear: ` +
              `${X.growth100to500.time <= 6.25 && X.growth100to500.heap <= 6.25 ? 'linear or better' : 'FASTER THAN LINEAR'})`
            : '') +
          (X.baseHeap ? `; the script alone takes ${(X.baseHeap / 1048576).toFixed(2)} MB of heap.` : '.'),
      );
    }
  }
  if (r.lighthouse) {
    const row = (name, x) =>
      x?.error
        ? `| ${name} | error: ${x.error} | | | | |`
        : `| ${name} | ${x.scores.performance} | ${x.scores.accessibility} | ${x.scores['best-practices']} | ${x.scores.seo} | FCP ${ms(x.metrics.fcp, 0)}, LCP ${ms(x.metrics.lcp, 0)}, TBT ${ms(x.metrics.tbt, 0)}, CLS ${fixed(x.metrics.cls, 3)}, SI ${ms(x.metrics.si, 0)} |`;
    lines.push(
      '',
      `### Lighthouse ${r.lighthouse.mobile?.version ?? ''} on the demo page (demo/index.html)`,
      '',
      '| Preset | Performance | Accessibility | Best practices | SEO | Metrics (simulated throttling) |',
      '| --- | ---: | ---: | ---: | ---: | --- |',
      row('Mobile (default)', r.lighthouse.mobile),
      row('Desktop', r.lighthouse.desktop),
    );
    const notes = Object.entries(r.lighthouse).flatMap(([k, v]) => (v.failing ?? []).map((f) => `${k}: ${f}`));
    if (notes.length) lines.push('', `Audits below full score: ${notes.join('; ')}.`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------
// Main

async function main() {
  const started = Date.now();
  ensureBuild();
  if (!existsSync(CHROME)) throw new Error(`Chromium was not found at ${CHROME}. Install it with: apt-get install -y chromium (or set CHROME_PATH).`);

  const snapshot = await snapshotDist();
  const pages = new Map([['empty.html', emptyPage()]]);
  // The text chunk of each language, for the preload line.
  const preloadFile = join(snapshot, 'cdn/preload.json');
  const preloads = existsSync(preloadFile) ? JSON.parse(readFileSync(preloadFile, 'utf8')) : {};
  for (const v of VARIANTS.filter((x) => x.preload)) {
    const file = preloads[v.preload];
    if (!file || !existsSync(join(snapshot, 'cdn', file))) throw new Error(`dist/cdn/preload.json names no file for "${v.preload}" (or it is missing): run npm run build.`);
  }
  for (const v of VARIANTS) {
    pages.set(`render-${v.key}.html`, widgetsPage(v.script, 300, v.preload ? `/dist/cdn/${preloads[v.preload]}` : undefined, v.lang));
    if (v.renderOnly) continue;
    pages.set(`locale-${v.key}.html`, widgetsPage(v.script, 0));
    pages.set(`empty-${v.key}.html`, emptyPage(v.script));
    for (const n of SCALE) pages.set(`scale-${n}-${v.key}.html`, scalePage(n, v.script));
  }
  let baseline;
  if (BASELINE) {
    baseline = mkdtempSync(join(tmpdir(), 'legwise-bench-baseline-'));
    cpSync(BASELINE, baseline, { recursive: true });
  }
  const server = await startServer({ dist: snapshot, demo: join(ROOT, 'demo'), baseline });
  await server.setPages(pages);
  log(`Serving on ${server.origin} (dist/ snapshot in ${snapshot})`);

  const results = {
    date: new Date().toISOString(),
    options: { renderRuns: RENDER_RUNS, localeRuns: LOCALE_RUNS, quick: QUICK, baseline: BASELINE ?? null },
  };
  const sizes = JSON.parse(readFileSync(join(snapshot, 'cdn/stats.json'), 'utf8'));
  results.build = { chunks: Object.keys(sizes) };
  const cleanup = async () => {
    await server.close();
    rmSync(snapshot, { recursive: true, force: true });
    if (baseline) rmSync(baseline, { recursive: true, force: true });
  };
  let chromium = 'unknown';
  let twin;
  try {
    const { browser, close } = await launch();
    try {
      chromium = await browser.version();
      results.machine = machine(chromium);
      if (ONLY.has('render') || ONLY.has('scale')) twin = await makeStaticTwin(browser, server.origin, server);
      if (ONLY.has('render')) {
        log('Render…');
        results.render = await benchRender(browser, server.origin, twin);
      }
      if (ONLY.has('locale')) {
        log('Locale switch…');
        results.locale = await benchLocale(browser, server.origin);
      }
      if (ONLY.has('scale')) {
        log('Scale…');
        results.scale = await benchScale(browser, server.origin);
      }
    } finally {
      await close();
    }
    if (ONLY.has('lighthouse')) {
      log('Lighthouse…');
      try {
        results.lighthouse = await benchLighthouse(server.origin);
      } catch (error) {
        log(`Lighthouse failed: ${error.stack ?? error}`);
        results.lighthouse = { mobile: { error: String(error.message ?? error) }, desktop: { error: String(error.message ?? error) } };
      }
    }
  } finally {
    await cleanup();
  }
  results.machine ??= machine(chromium);
  results.loadAverageEnd = loadavg().map((x) => +x.toFixed(2));
  results.seconds = Math.round((Date.now() - started) / 1000);

  const table = tables(results);
  console.log(`\n${table}\n`);
  const dir = join(ROOT, 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = results.date.replace(/[:.]/g, '-');
  writeFileSync(join(dir, `bench-${stamp}.json`), JSON.stringify(results, null, 1) + '\n');
  writeFileSync(join(dir, 'bench-latest.json'), JSON.stringify(results, null, 1) + '\n');
  writeFileSync(join(dir, 'bench-latest.md'), table + '\n');
  log(`Wrote results/bench-${stamp}.json, results/bench-latest.json and results/bench-latest.md (${results.seconds} s in all).`);

  if (flag('write')) {
    const doc = join(ROOT, 'BENCHMARKS.md');
    const text = readFileSync(doc, 'utf8');
    const next = text.replace(/(<!-- bench:start -->\n)[^]*?(\n<!-- bench:end -->)/, `$1${table}$2`);
    if (next === text && !text.includes('<!-- bench:start -->')) throw new Error('BENCHMARKS.md has no <!-- bench:start --> / <!-- bench:end --> markers.');
    writeFileSync(doc, next);
    log('Updated the tables in BENCHMARKS.md.');
  }
}

main().catch((error) => {
  console.error(error.stack ?? error);
  process.exit(1);
});
