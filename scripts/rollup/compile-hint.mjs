// V8's explicit compile hint for the CDN scripts (Chromium 136 and later;
// other engines read a comment): every function in the file runs while the
// widgets first render, so the browser compiles them all on the thread that
// streams the script in, rather than one by one on the main thread as each is
// first called. Measured: see BENCHMARKS.md, item 5. The minifier
// (minify.mjs) keeps this one comment: KEEP_COMPILE_HINT.
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Terser's `comments` option that keeps the hint and nothing else: the text
 * after `//`. A RegExp, not a function: the options go to a worker, and a
 * function would lose its closure.
 */
export const KEEP_COMPILE_HINT = new RegExp(`^${escape(COMPILE_HINT.replace(/^\/\//, ''))}$`);

/** The `banner` of an output whose lazy chunks are plain data: the hint on the entry scripts only. */
export const entryCompileHint = (chunk) => (chunk.isEntry ? COMPILE_HINT : '');
