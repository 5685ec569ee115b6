// Benchmark 1c, paint: when the server HTML's content is painted (its first
// contentful paint) against the static twin's, the figure that server
// rendering's goal is set on (≤ 1.10×). Chromium gives FCP in steps of about
// 4 ms, and from one cold load to the next it spreads far more than the few
// per cent the goal is about, so the render table's runs, spread over eleven
// pages each, leave its ratio uncertain by several per cent. Here only the
// static page and the server pages load, back to back, PAINT_RUNS times each
// (the order rotates), on 127.0.0.1 and over the emulated network
// (network.mjs); the table gives the ratio of the mean FCPs with a 95%
// interval (pairs of one round resampled), and the ratio of the medians.
import { measurePage } from './browser.mjs';
import { NETWORK } from './network.mjs';
import { PAINT_RUNS, VARIANTS } from './options.mjs';
import { fixed, log, mean, ms, ratioInterval, summary } from './stats.mjs';

/** The goal of the server HTML's first paint, as a ratio to the static page's. */
export const PAINT_GOAL = 1.1;

/** The server pages of the render table (options.mjs, `ssr`). */
const SERVER = VARIANTS.filter((v) => v.ssr);

/** The static page and the server pages, `n` rounds, optionally over `network`; FCP of each load. */
async function paintRuns(browser, origin, n, network, label) {
  const kinds = ['static', ...SERVER.map((v) => v.key)];
  const fcp = Object.fromEntries(kinds.map((k) => [k, []]));
  for (let i = 0; i < n; i += 1) {
    for (const kind of kinds.map((_, j) => kinds[(i + j) % kinds.length])) {
      const result = await measurePage(browser, `${origin}/bench/render-${kind}.html`, { network });
      if (result.error) throw new Error(`render-${kind}: ${result.error}`);
      if (typeof result.fcp !== 'number') throw new Error(`render-${kind}: the browser reported no FCP`);
      fcp[kind].push(result.fcp);
    }
    if ((i + 1) % 10 === 0 || i + 1 === n) log(`  ${label} round ${i + 1}/${n}`);
  }
  const out = { runs: n, static: { ...summary(fcp.static), mean: mean(fcp.static) } };
  for (const v of SERVER) {
    const x = fcp[v.key];
    const s = summary(x);
    out[v.key] = {
      ...s,
      mean: mean(x),
      ratioMean: mean(x) / out.static.mean,
      interval: ratioInterval(x, fcp.static),
      ratioMedian: s.median / out.static.median,
    };
  }
  out.raw = fcp;
  return out;
}

export const run = async ({ browser, origin }) => ({
  local: await paintRuns(browser, origin, PAINT_RUNS, undefined, 'paint on 127.0.0.1,'),
  network: { ...NETWORK, ...(await paintRuns(browser, origin, PAINT_RUNS, NETWORK, 'paint over the network,')) },
});

/** The paint table (Markdown lines). */
export function table(P) {
  const rows = (set, where) => [
    `| Static HTML (the floor) | ${where} | ${ms(set.static.median)} (${fixed(set.static.p25, 1)}–${fixed(set.static.p75, 1)}) | ${ms(set.static.mean)} | 1.00 | 1.00 | |`,
    ...SERVER.filter((v) => set[v.key]).map((v) => {
      const x = set[v.key];
      const goal = `≤ ${fixed(PAINT_GOAL)}: ${x.ratioMean <= PAINT_GOAL ? '**met**' : 'not met'}`;
      return `| ${v.name} | ${where} | ${ms(x.median)} (${fixed(x.p25, 1)}–${fixed(x.p75, 1)}) | ${ms(x.mean)} | **${fixed(x.ratioMean, 3)}** (${fixed(x.interval[0], 3)}–${fixed(x.interval[1], 3)}) | ${fixed(x.ratioMedian)} | ${v.hydrates === false ? '(no goal: not Legwise)' : goal} |`;
    }),
  ];
  return [
    '',
    `### Server HTML: first contentful paint against the static page (${P.local.runs} alternating cold loads of each page, nothing else in between)`,
    '',
    '| Page | Served | FCP median (p25–p75) | FCP mean | Ratio of means (95% interval) | Ratio of medians | Goal |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
    ...rows(P.local, '127.0.0.1'),
    ...rows(P.network, `${P.network.latency} ms, ${P.network.kbps / 1024} Mbit/s`),
    '',
    'Only these pages load, in rotating order, each in a fresh browser context. The interval comes from resampling the rounds (a bootstrap); the goal is read on the ratio of means.',
  ];
}
