// Benchmark 1b, network: the render pages of render.mjs once more over an
// emulated network, Lighthouse's desktop throttling (40 ms round trip,
// 10 Mbit/s), applied by Chromium to every request, so that a chain of
// requests costs what it would from a CDN. Part of `--only render`; its
// results go under the render's (`render.network`).
import { NETWORK_RUNS } from './options.mjs';
import { pageRows, renderRuns, rendered, serverNote } from './render.mjs';
import { fixed, ms } from './stats.mjs';

export const NETWORK = {
  name: "Lighthouse's desktop throttling: 40 ms round trip, 10 Mbit/s",
  latency: 40,
  kbps: 10 * 1024,
};

export const run = async ({ browser, origin }) => ({
  ...NETWORK,
  ...(await renderRuns(browser, origin, NETWORK_RUNS, NETWORK, 'network')),
});

/** The network table (Markdown lines). */
export function table(N, variants) {
  const row = (name, x, ratio) =>
    `| ${name} | ${rendered(x)} | ${ratio} | ${ms(x.fcp.median)} | ${fixed(x.cls.median, 3)} (max ${fixed(x.cls.max, 3)}) | ${ms(x.taskMs.median)} |`;
  return [
    '',
    `#### The same over an emulated network (${N.name}; median of ${N.runs} alternating cold runs each)`,
    '',
    '| Page | All four rendered (p25–p75) | Ratio | FCP | CLS (max) | Main-thread CPU |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...pageRows(N, variants, row),
    '',
    'Chromium adds the round trip to every request and limits the bandwidth; everything else as above.',
    ...(serverNote(N, variants) ? ['', serverNote(N, variants)] : []),
  ];
}
