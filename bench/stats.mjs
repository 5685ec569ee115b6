// Small helpers of the benchmarks: quantiles and summaries of a series, the
// interval of a ratio of means, a least-squares fit, number formats for the
// tables, a timeout, and the log (stderr, so that stdout holds only the tables).
export const log = (...args) => console.error(...args);

export function quantile(values, q) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}
export const median = (values) => quantile(values, 0.5);
export const mean = (values) => values.reduce((s, x) => s + x, 0) / values.length;
export const summary = (values) => ({
  median: median(values),
  p25: quantile(values, 0.25),
  p75: quantile(values, 0.75),
  min: quantile(values, 0),
  max: quantile(values, 1),
  n: values.length,
});
export const ms = (x, digits = 1) => (x === null || x === undefined ? 'n/a' : `${x.toFixed(digits)} ms`);
export const fixed = (x, digits = 2) => (x === null || x === undefined ? 'n/a' : x.toFixed(digits));

/**
 * A 95% interval of mean(a) / mean(b), where a[i] and b[i] come from the same
 * round: rounds are resampled with replacement (a bootstrap), with a fixed
 * seed so that one set of figures always gives the same interval.
 */
export function ratioInterval(a, b, resamples = 4000) {
  let seed = 12345;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const ratios = [];
  for (let r = 0; r < resamples; r += 1) {
    let sumA = 0;
    let sumB = 0;
    for (let i = 0; i < a.length; i += 1) {
      const j = Math.floor(random() * a.length);
      sumA += a[j];
      sumB += b[j];
    }
    ratios.push(sumA / sumB);
  }
  return [quantile(ratios, 0.025), quantile(ratios, 0.975)];
}

/** Least-squares line through (x, y): slope, intercept and R². */
export function fit(points) {
  const mx = mean(points.map(([x]) => x));
  const my = mean(points.map(([, y]) => y));
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const syy = points.reduce((s, [, y]) => s + (y - my) ** 2, 0);
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx, r2: syy ? (sxy * sxy) / (sxx * syy) : 1 };
}

export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
