// Benchmark 3, scale: 1, 10, 100 and 500 of each widget on one page (and the
// static twin up to --static-scale-max): render time and JS heap, how they
// grow (a least-squares line over n), and the heap of the script alone.
import { measurePage } from './browser.mjs';
import { FULL_VARIANTS, QUICK, SCALE, SCALE_RUNS, STATIC_SCALE_MAX } from './options.mjs';
import { fit, fixed, log, median, ms } from './stats.mjs';

export async function run({ browser, origin }) {
  const kinds = ['static', ...FULL_VARIANTS.map((v) => v.key)];
  const base = {};
  for (const v of FULL_VARIANTS) {
    const heaps = [];
    for (let i = 0; i < (QUICK ? 1 : 3); i += 1)
      heaps.push((await measurePage(browser, `${origin}/bench/empty-${v.key}.html`, { heap: true })).heapUsed);
    base[v.key] = median(heaps);
  }
  const levels = Object.fromEntries(kinds.map((k) => [k, []]));
  for (const n of SCALE) {
    const runs = Object.fromEntries(kinds.map((k) => [k, []]));
    for (let i = 0; i < SCALE_RUNS(n); i += 1) {
      for (const kind of kinds.map((_, j) => kinds[(i + j) % kinds.length])) {
        if (kind === 'static' && n > STATIC_SCALE_MAX) continue;
        const r = await measurePage(browser, `${origin}/bench/scale-${n}-${kind}.html`, {
          heap: true,
          timeout: 300_000,
        });
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
    log(
      `  scale ${n} of each: ${kinds.map((k) => `${k} ${ms(levels[k].find((l) => l.n === n)?.rendered)}`).join(', ')}`,
    );
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
      growth100to500:
        at(500) && at(100)
          ? {
              time: at(500).rendered / at(100).rendered,
              heap: (at(500).heapOverBase ?? at(500).heapUsed) / (at(100).heapOverBase ?? at(100).heapUsed),
            }
          : null,
    };
  }
  return out;
}

const mb = (bytes) => `${(bytes / 1048576).toFixed(2)} MB`;

/** The scale table and the growth of each page (Markdown lines). */
export function table(S, variants) {
  const kinds = [['static', 'Static HTML'], ...variants.map((v) => [v.key, v.short ?? v.name])].filter(
    ([k]) => S[k]?.levels?.length,
  );
  const lines = [
    '',
    '### Scale: n of each widget on one page (4n widgets; cold runs, median)',
    '',
    '| Page | n of each | Widgets | All rendered | Per widget | Ratio to static | Main-thread CPU | JS heap | Heap over the script alone | Per widget | DOM nodes | Longest task |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [k, name] of kinds) {
    for (const l of S[k].levels) {
      const st = S.static?.levels.find((x) => x.n === l.n);
      lines.push(
        `| ${name} | ${l.n} | ${l.widgets} | ${ms(l.rendered)} | ${ms(l.rendered / l.widgets, 2)} | ${st ? fixed(l.rendered / st.rendered) : 'n/a'} | ${ms(l.taskMs, 0)} | ${mb(l.heapUsed)} | ${l.heapOverBase === undefined ? 'n/a' : mb(l.heapOverBase)} | ${l.heapOverBase === undefined ? 'n/a' : `${(l.heapOverBase / l.widgets / 1024).toFixed(1)} KB`} | ${l.nodes} | ${ms(l.longestTaskMs, 0)} |`,
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
        (X.baseHeap ? `; the script alone takes ${mb(X.baseHeap)} of heap.` : '.'),
    );
  }
  return lines;
}
