// Benchmark 4, Lighthouse 12 on the demo page (mobile and desktop presets),
// each in a Chromium of its own that puppeteer-core launched (the Debian one:
// nothing here downloads a browser). Lighthouse 13 needs Node 22. The full
// reports go to results/lighthouse-{mobile,desktop}.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { ROOT } from '../scripts/shared.mjs';
import { launch } from './browser.mjs';
import { fixed, log, ms } from './stats.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Run Lighthouse on `url` with the mobile (default) or desktop preset. Returns
 * the four scores (0–100), the main metrics, the audits that lost points, and
 * the full report as `lhr`.
 */
export async function runLighthouse(browser, url, formFactor = 'mobile') {
  const page = await browser.newPage();
  const flags = { output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
  const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined, page);
  await page.close().catch(() => {});
  if (!result?.lhr) throw new Error('Lighthouse returned no report');
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const failing = CATEGORIES.flatMap((c) =>
    lhr.categories[c].auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter(
        (a) =>
          a &&
          a.score !== null &&
          a.score < 1 &&
          a.scoreDisplayMode !== 'informative' &&
          a.scoreDisplayMode !== 'notApplicable',
      )
      .map((a) => `${a.id} (${Math.round(a.score * 100)})`),
  );
  return {
    version: lhr.lighthouseVersion,
    scores,
    metrics: {
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      si: audit('speed-index'),
    },
    failing: [...new Set(failing)],
    warnings: lhr.runWarnings,
    lhr,
  };
}

/** Both presets on the demo page (served at `origin`/), the full reports written to results/. */
export async function run({ origin }) {
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

/** The Lighthouse table (Markdown lines). */
export function table(LH) {
  const row = (name, x) =>
    x?.error
      ? `| ${name} | error: ${x.error} | | | | |`
      : `| ${name} | ${x.scores.performance} | ${x.scores.accessibility} | ${x.scores['best-practices']} | ${x.scores.seo} | FCP ${ms(x.metrics.fcp, 0)}, LCP ${ms(x.metrics.lcp, 0)}, TBT ${ms(x.metrics.tbt, 0)}, CLS ${fixed(x.metrics.cls, 3)}, SI ${ms(x.metrics.si, 0)} |`;
  const lines = [
    '',
    `### Lighthouse ${LH.mobile?.version ?? ''} on the demo page (demo/index.html)`,
    '',
    '| Preset | Performance | Accessibility | Best practices | SEO | Metrics (simulated throttling) |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    row('Mobile (default)', LH.mobile),
    row('Desktop', LH.desktop),
  ];
  const notes = Object.entries(LH).flatMap(([k, v]) => (v.failing ?? []).map((f) => `${k}: ${f}`));
  if (notes.length) lines.push('', `Audits below full score: ${notes.join('; ')}.`);
  return lines;
}
