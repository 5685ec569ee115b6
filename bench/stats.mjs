// Small helpers of the benchmarks: quantiles and summaries of a series, a
// least-squares fit, number formats for the tables, a timeout, and the log
// (stderr, so that stdout holds only the tables).
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

/** Least-squares line through (x, y): slope, intercept and R². */
export function fit(points) {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
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
