#!/usr/bin/env node
// `npm run bench`: what Legwise costs a host page, in headless Chromium. The
// runner: it builds (if needed) and snapshots dist/, serves the pages
// (pages.mjs, server.mjs), runs the benchmarks asked for, each a module of
// its own, and prints their tables and writes them, with every raw figure, as
// JSON (and Markdown) to results/ (git-ignored). See BENCHMARKS.md.
//   1. render.mjs: the four widgets against the same content as static HTML
//      and as a script floor (network.mjs: the same over an emulated network);
//   1c. paint.mjs: the server HTML's first paint against the static page's;
//   2. locale.mjs: the locale switch;
//   3. scale.mjs: 1, 10, 100 and 500 of each widget on one page;
//   4. lighthouse.mjs: Lighthouse on the demo page.
// Options (options.mjs; `npm run bench -- --help`): --runs N, --baseline DIR,
// --static-scale-max N, --paint-runs N, --quick, --only render,paint,locale,scale,lighthouse,
// --build / --no-build, --write (the tables into BENCHMARKS.md), --from FILE
// (the tables of a saved run, measuring nothing).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, STATS_FILE } from '../scripts/shared.mjs';
import {
  ALL_VARIANTS,
  BASELINE,
  FROM,
  LOCALE_RUNS,
  ONLY,
  QUICK,
  RENDER_RUNS,
  SCALE,
  VARIANTS,
  flag,
} from './options.mjs';
import { CHROME, launch } from './browser.mjs';
import { ensureBuild, snapshotDist } from './dist.mjs';
import { loadAverage, machine, machineLine } from './machine.mjs';
import { benchPages } from './pages.mjs';
import { serverWidgets } from './ssr.mjs';
import { startServer } from './server.mjs';
import { log } from './stats.mjs';
import * as render from './render.mjs';
import * as network from './network.mjs';
import * as paint from './paint.mjs';
import * as locale from './locale.mjs';
import * as scale from './scale.mjs';
import * as lighthouse from './lighthouse.mjs';

/** The tables of every part that ran, as Markdown. */
function tables(r) {
  const variants = ALL_VARIANTS.filter((v) => r.render?.[v.key] || r.locale?.[v.key] || r.scale?.[v.key]);
  return [
    machineLine(r.machine, r.loadAverageEnd),
    ...(r.render ? render.table(r.render, variants) : []),
    ...(r.render?.network ? network.table(r.render.network, variants) : []),
    ...(r.paint ? paint.table(r.paint) : []),
    ...(r.locale ? locale.table(r.locale, variants) : []),
    ...(r.scale ? scale.table(r.scale, variants) : []),
    ...(r.lighthouse ? lighthouse.table(r.lighthouse) : []),
  ].join('\n');
}

/** Replace the tables in BENCHMARKS.md, between its bench markers, with `table`. */
function writeTables(table) {
  const doc = join(ROOT, 'BENCHMARKS.md');
  const text = readFileSync(doc, 'utf8');
  if (!text.includes('<!-- bench:start -->'))
    throw new Error('BENCHMARKS.md has no <!-- bench:start --> / <!-- bench:end --> markers.');
  writeFileSync(doc, text.replace(/(<!-- bench:start -->\n)[^]*?(\n<!-- bench:end -->)/, `$1${table}$2`));
  log('Updated the tables in BENCHMARKS.md.');
}

/** --from FILE: the tables of a saved run, printed (and with --write, written); nothing is measured. */
function reprint(file) {
  if (!existsSync(file)) throw new Error(`--from ${file}: no such file (the runs are saved in results/).`);
  let results;
  try {
    results = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`--from ${file}: not a saved run (${error.message}).`);
  }
  if (!results.machine) throw new Error(`--from ${file}: not a saved run of npm run bench (it has no "machine").`);
  const table = tables(results);
  console.log(`\n${table}\n`);
  if (flag('write')) writeTables(table);
}

async function main() {
  if (FROM) return reprint(FROM);
  const started = Date.now();
  ensureBuild();
  if (!existsSync(CHROME))
    throw new Error(
      `Chromium was not found at ${CHROME}. Install it with: apt-get install -y chromium (or set CHROME_PATH).`,
    );

  const snapshot = await snapshotDist();
  const pages = benchPages(snapshot, VARIANTS, SCALE, await serverWidgets());
  const baseline = BASELINE ? mkdtempSync(join(tmpdir(), 'legwise-bench-baseline-')) : undefined;
  if (baseline) cpSync(BASELINE, baseline, { recursive: true });
  const server = await startServer({ dist: snapshot, demo: join(ROOT, 'demo'), baseline });
  await server.setPages(pages);
  log(`Serving on ${server.origin} (dist/ snapshot in ${snapshot})`);

  const results = {
    date: new Date().toISOString(),
    options: { renderRuns: RENDER_RUNS, localeRuns: LOCALE_RUNS, quick: QUICK, baseline: BASELINE ?? null },
  };
  results.build = { chunks: Object.keys(JSON.parse(readFileSync(join(snapshot, 'cdn', STATS_FILE), 'utf8'))) };
  let chromium = 'unknown';
  try {
    const { browser, close } = await launch();
    try {
      chromium = await browser.version();
      results.machine = machine(chromium);
      const context = { browser, origin: server.origin, server };
      if (ONLY.has('render') || ONLY.has('paint') || ONLY.has('scale'))
        context.twin = await render.makeStaticTwin(browser, server.origin, server);
      if (ONLY.has('render')) {
        log('Render…');
        results.render = await render.run(context);
        results.render.network = await network.run(context);
      }
      if (ONLY.has('paint')) {
        log('Server HTML paint…');
        results.paint = await paint.run(context);
      }
      if (ONLY.has('locale')) {
        log('Locale switch…');
        results.locale = await locale.run(context);
      }
      if (ONLY.has('scale')) {
        log('Scale…');
        results.scale = await scale.run(context);
      }
    } finally {
      await close();
    }
    if (ONLY.has('lighthouse')) {
      log('Lighthouse…');
      try {
        results.lighthouse = await lighthouse.run({ origin: server.origin });
      } catch (error) {
        log(`Lighthouse failed: ${error.stack ?? error}`);
        results.lighthouse = {
          mobile: { error: String(error.message ?? error) },
          desktop: { error: String(error.message ?? error) },
        };
      }
    }
  } finally {
    await server.close();
    rmSync(snapshot, { recursive: true, force: true });
    if (baseline) rmSync(baseline, { recursive: true, force: true });
  }
  results.machine ??= machine(chromium);
  results.loadAverageEnd = loadAverage();
  results.seconds = Math.round((Date.now() - started) / 1000);

  const table = tables(results);
  console.log(`\n${table}\n`);
  const dir = join(ROOT, 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = results.date.replace(/[:.]/g, '-');
  for (const name of [`bench-${stamp}.json`, 'bench-latest.json'])
    writeFileSync(join(dir, name), JSON.stringify(results, null, 1) + '\n');
  writeFileSync(join(dir, 'bench-latest.md'), table + '\n');
  log(
    `Wrote results/bench-${stamp}.json, results/bench-latest.json and results/bench-latest.md (${results.seconds} s in all).`,
  );

  if (flag('write')) writeTables(table);
}

main().catch((error) => {
  console.error(error.stack ?? error);
  process.exit(1);
});
