// Lighthouse 12 on one URL, in a Chromium that puppeteer-core launched (the
// Debian one: nothing here downloads a browser). Lighthouse 13 needs Node 22.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

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
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable')
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
