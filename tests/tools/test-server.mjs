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

import { renderEndpoint } from '../../demo/render-endpoint.mjs';
import { STRICT_CSP, STYLE_HASHES_FILE } from '../../scripts/shared.mjs';

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

/**
 * Pages under /tests/pages/ are served with the strict policy (STRICT_CSP), as a
 * health site with a strict Content-Security-Policy would serve them.
 */
async function strictPages(context, next) {
  await next();
  if (context.path.startsWith('/tests/pages/')) {
    context.set('Content-Security-Policy', STRICT_CSP);
    context.set('Cache-Control', 'no-store');
  }
}

/**
 * The scripts a server-rendered test page can load after its widgets (see
 * ssrPage), as the docs give them: each CDN script, the npm build with Lit's
 * hydrate support (npm-hydrate.js), and the npm build without it.
 */
export const SSR_SCRIPTS = {
  module: '<script type="module" src="/dist/cdn/legwise.js"></script>',
  'module-es': '<script type="module" src="/dist/cdn/legwise.es.js"></script>',
  // legwise.js with the Spanish text 1.5 s late (a slow network): longer than a first render waits.
  'module-slow-es': '<script type="module" src="/__slow/1500/es/dist/cdn/legwise.js"></script>',
  classic: '<script defer src="/dist/cdn/legwise.classic.js"></script>',
  'classic-es': '<script defer src="/dist/cdn/legwise.classic.es.js"></script>',
  npm: '<script type="module" src="/tests/ssr/npm-hydrate.js"></script>',
  'npm-no-hydrate': '<script type="module" src="/dist/index.js"></script>',
  // legwise.js, with the page's own setRegion('GB') as it loads (set-region.js).
  'module-set-region': '<script type="module" src="/tests/ssr/set-region.js"></script>',
  none: '',
};

/**
 * Pages of server HTML from legwise/server (dist/server.js, built by `npm test`
 * first): /__ssr/page.html?lang=es-MX&script=module renders the four widgets
 * in that language, followed by that script (SSR_SCRIPTS). `version=…` alters
 * the version marker, `strip=1` strips Lit's comments (as some CMSs do),
 * `csp=1` serves the page under the strict policy with the style hashes the
 * build printed (dist/style-hashes.json, the README's list), and `hold=1`
 * holds the script in a <template id="held-script"> for the test to run
 * once it has looked at the server HTML (tests/ssr/hydration.test.ts), and
 * `follow=1` renders the widgets without `lang` (they follow the page, whose
 * `<html lang>` is still `lang`), as a site that gives no language would;
 * `noregion=1` renders the emergency card without `region`.
 */
async function ssrPage(context, next) {
  if (context.path !== '/__ssr/page.html') return next();
  const { render } = await import('../../dist/server.js');
  const query = context.query;
  const lang = String(query.lang || 'en-GB');
  const widgetLang = query.follow ? undefined : lang;
  const widgets = await Promise.all([
    render('cause-list', { lang: widgetLang }),
    render('faq-accordion', { lang: widgetLang, attributes: { open: 'when-to-see-doctor' } }),
    render('when-to-see-doctor', { lang: widgetLang, attributes: query.noregion ? {} : { region: 'GB' } }),
    render('exercise-tips', { lang: widgetLang }),
  ]);
  let body = widgets.join('\n');
  if (query.version) body = body.replace(/data-legwise-version="[^"]*"/g, `data-legwise-version="${query.version}"`);
  if (query.strip) body = body.replace(/<!--[\s\S]*?-->/g, '');
  const scriptName = String(query.script || 'none');
  if (!Object.hasOwn(SSR_SCRIPTS, scriptName)) {
    context.status = 400;
    context.body = `/__ssr/page.html: no script "${scriptName}"; use one of ${Object.keys(SSR_SCRIPTS).join(', ')}.`;
    return undefined;
  }
  const script = query.hold
    ? `<template id="held-script">${SSR_SCRIPTS[scriptName]}</template>`
    : SSR_SCRIPTS[scriptName];
  context.type = 'html';
  context.set('Cache-Control', 'no-store');
  if (query.csp) {
    const { readFile } = await import('node:fs/promises');
    const hashes = Object.values(
      JSON.parse(await readFile(new URL(`../../${STYLE_HASHES_FILE}`, import.meta.url), 'utf8')),
    );
    context.set(
      'Content-Security-Policy',
      STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`),
    );
  }
  context.body = `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <title>Server-rendered Legwise widgets</title>
    <script src="/tests/pages/probe.js"></script>
  </head>
  <body>
    ${body}
    ${script}
  </body>
</html>`;
  return undefined;
}

export const testServerMiddleware = [failChunks, slowChunks, strictPages, ssrPage, renderEndpoint];
