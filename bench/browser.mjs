// Chromium for the benchmarks: Debian's, with the test runner's flags
// (tests/tools/browsers/), launched by puppeteer-core; and measurePage(), one
// cold page view with the probe's figures (probe.js) and the renderer's own
// time split.
/* global window -- readProbe and the wait for the probe run in the page (page.evaluate) */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ENGINES } from '../tests/tools/browsers/index.mjs';

export const CHROME = ENGINES.chromium.binaries[0];
// The test runner's Chromium flags (which also keep every page at full speed),
// plus a few that keep the browser quiet while it is measured.
const CHROME_ARGS = [...CHROMIUM_ARGS, '--disable-extensions', '--disable-default-apps', '--mute-audio'];
const VIEWPORT = { width: 1280, height: 800 };

export async function launch(extraArgs = []) {
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
    hydrated: B.hydrated ?? null,
    fcp: B.fcp,
    lcp: B.lcp,
    cls: B.cls,
    shifts: B.shifts,
    longTasks: B.longTasks,
    error: B.error ?? null,
  };
};

const CDP_METRICS = [
  'ScriptDuration',
  'RecalcStyleDuration',
  'LayoutDuration',
  'TaskDuration',
  'Nodes',
  'JSHeapUsedSize',
];

/**
 * Open `url` in a fresh browser context (nothing cached), wait for the probe,
 * and return its figures, the renderer's own time split (CDP Performance
 * metrics, in ms) and optionally the JS heap after a full GC.
 */
export async function measurePage(browser, url, { heap = false, timeout = 60_000, keep, network } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' }).catch(() => cdp.send('Performance.enable'));
    if (network) {
      await cdp.send('Network.enable');
      const bytesPerSecond = (network.kbps * 1024) / 8;
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: network.latency,
        downloadThroughput: bytesPerSecond,
        uploadThroughput: bytesPerSecond,
      });
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
