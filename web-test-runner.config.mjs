// Browser tests for Legwise. Browsers come from Debian packages only (see
// tests/tools/ensure-browsers.mjs); nothing here downloads a browser.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner';

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

const browsers = [];
if (existsSync(CHROMIUM)) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          // Test pages run side by side: keep background pages' timers at full speed.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  );
} else {
  console.error(`Chromium was not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
  process.exit(1);
}

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

export default {
  middleware: [failChunks],
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers,
};
