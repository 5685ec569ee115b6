// Middleware for the test server (web-test-runner.config.mjs): the pages and
// conditions that browser tests need and a plain file server cannot give.

/**
 * Lets a test make chunks of the built scripts fail to load, as a dropped
 * connection would, without touching other test pages: under
 * /__fail/content-en,es/… the server serves the project as usual, except that
 * every file whose name starts with one of the listed names gets a 503.
 * (Chunks are imported relative to the script, so they keep the prefix.)
 */
function failChunks(context, next) {
  const match = /^\/__fail\/([^/]+)(\/.*)$/.exec(context.url);
  if (!match) return next();
  const names = decodeURIComponent(match[1]).split(',').filter(Boolean);
  const file = match[2].split('?')[0].split('/').pop();
  if (names.some((name) => file.startsWith(`${name}-`) || file === `${name}.js`)) {
    context.status = 503;
    context.body = 'Service Unavailable (simulated by the test)';
    return undefined;
  }
  context.url = match[2];
  return next();
}

/**
 * Lets a test make chunks slow, as a slow connection would: under
 * /__slow/300/content-en/… every file whose name starts with one of the
 * listed names is sent 300 ms late; everything else as usual.
 */
async function slowChunks(context, next) {
  const match = /^\/__slow\/(\d+)\/([^/]+)(\/.*)$/.exec(context.url);
  if (!match) return next();
  const names = decodeURIComponent(match[2]).split(',').filter(Boolean);
  const file = match[3].split('?')[0].split('/').pop();
  if (names.some((name) => file.startsWith(`${name}-`) || file === `${name}.js`)) {
    await new Promise((resolve) => setTimeout(resolve, Number(match[1])));
  }
  context.url = match[3];
  return next();
}

/** The Content-Security-Policy that the README tells sites Legwise needs. */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";

/**
 * Pages under /tests/pages/ are served with the strict policy above, as a
 * health site with a strict Content-Security-Policy would serve them.
 */
async function strictPages(context, next) {
  await next();
  if (context.path.startsWith('/tests/pages/')) {
    context.set('Content-Security-Policy', STRICT_CSP);
    context.set('Cache-Control', 'no-store');
  }
}

export const testServerMiddleware = [failChunks, slowChunks, strictPages];
