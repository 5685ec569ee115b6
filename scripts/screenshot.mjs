/* global document -- document.fonts is read in the page (page.evaluate) */
// `npm run screenshot` (after `npm run build`): writes docs/widgets.png, the
// picture of the four widgets in the README: the English CDN script on a
// plain page, three columns, in Debian's Chromium (headless, as the tests run it).
// The page takes its direction from the widgets (src/i18n/negotiate.ts knows
// which languages are written right to left).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, ENGINES } from '../tests/tools/browsers/index.mjs';
import { ROOT } from './shared.mjs';

const USAGE = `Usage: npm run screenshot -- [--lang CODE] [--out FILE]
  --lang CODE  the language of the widgets (default en): its CDN script, dist/cdn/legwise.CODE.js
  --out FILE   where to write the PNG (default docs/widgets.png, the README's picture)
  --help       this text`;

/** Stop on a bad command line, before anything is written: the message on stderr, exit code 2. */
function usageError(message) {
  console.error(`screenshot: ${message}\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: { lang: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }));
} catch (error) {
  usageError(error.message.replace(/^Unknown option '([^']+)'.*/s, 'unknown option $1'));
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const lang = values.lang ?? 'en';
const out = values.out ?? join(ROOT, 'docs', 'widgets.png');
if (!/^[a-z]{2,3}(-[A-Za-z]+)?$/.test(lang)) {
  usageError(`--lang: "${lang}" is not a language code such as en, fr or zh-Hans`);
}
const PAGE = `<!doctype html>
<html lang="${lang === 'en' ? 'en-GB' : lang}"><head><meta charset="utf-8"><title>Legwise</title>
<style>
  body { margin: 0; padding: 24px; background: #f0f4f5; font-family: system-ui, sans-serif; }
  main { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 24px; align-items: start; }
  .stack { display: grid; gap: 24px; padding: 0; background: none; }
  main > * { background: #fff; padding: 16px; border-radius: 8px; }
</style>
<script type="module" src="/dist/cdn/legwise.${lang}.js"></script></head>
<body><main>
  <div><when-to-see-doctor region="GB" heading-level="2"></when-to-see-doctor></div>
  <div class="stack">
    <div><faq-accordion region="GB"></faq-accordion></div>
    <div><exercise-tips region="GB" tips="see-a-professional physiotherapy"></exercise-tips></div>
  </div>
  <div><cause-list region="GB" category="muscular"></cause-list></div>
</main></body></html>`;

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  const file = normalize(join(ROOT, path));
  if (!file.startsWith(join(ROOT, 'dist'))) return res.writeHead(404).end();
  try {
    res
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(await readFile(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({
  executablePath: ENGINES.chromium.binaries[0],
  headless: true,
  args: CHROMIUM_ARGS,
  defaultViewport: { width: 1500, height: 900, deviceScaleFactor: 1 },
});
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'networkidle0' });
  // The page's direction is the one the widgets render their content in.
  const dir = await page.evaluate(() => {
    const content = document.querySelector('when-to-see-doctor').shadowRoot?.querySelector('[part="content"]');
    return (document.documentElement.dir = content?.getAttribute('dir') ?? '');
  });
  if (!dir) throw new Error(`the widgets did not render: is dist/cdn/legwise.${lang}.js built (npm run build)?`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: out, fullPage: true });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
