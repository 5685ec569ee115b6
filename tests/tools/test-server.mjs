// Middleware for the test server (web-test-runner.config.mjs): the pages and
// conditions that browser tests need and a plain file server cannot give.

/**
 * The test routes that act on some chunks only: `/__<route>/<names>/<path>`,
 * where <names> lists chunk names separated by commas (a file matches when
 * it is `<name>.js` or starts with `<name>-`). `route` is a regular
 * expression source; its named groups come back in `groups`. Returns
 * undefined for other URLs, else whether the file is one of the named chunks
 * and the URL without the prefix. (Chunks are imported relative to the
 * script, so they keep the prefix.)
 */
function chunkRoute(url, route) {
  const match = new RegExp(`^/__${route}/(?<names>[^/]+)(?<path>/.*)$`).exec(url);
  if (!match) return undefined;
  const { names, path } = match.groups;
  const file = path.split('?')[0].split('/').pop();
  const named = decodeURIComponent(names)
    .split(',')
    .filter(Boolean)
    .some((name) => file.startsWith(`${name}-`) || file === `${name}.js`);
  return { named, path, groups: match.groups };
}

/**
 * Lets a test make chunks of the built scripts fail to load, as a dropped
 * connection would, without touching other test pages: under
 * /__fail/content-en,es/… the server serves the project as usual, except that
 * every file whose name starts with one of the listed names gets a 503.
 */
function failChunks(context, next) {
  const route = chunkRoute(context.url, 'fail');
  if (!route) return next();
  if (route.named) {
    context.status = 503;
    context.body = 'Service Unavailable (simulated by the test)';
    return undefined;
  }
  context.url = route.path;
  return next();
}

/**
 * Lets a test make chunks slow, as a slow connection would: under
 * /__slow/300/content-en/… every file whose name starts with one of the
 * listed names is sent 300 ms late; everything else as usual.
 */
async function slowChunks(context, next) {
  const route = chunkRoute(context.url, 'slow/(?<ms>\\d+)');
  if (!route) return next();
  if (route.named) await new Promise((resolve) => setTimeout(resolve, Number(route.groups.ms)));
  context.url = route.path;
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
