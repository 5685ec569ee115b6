// Browser tests for Legwise. Browsers come from Debian packages only (see
// tests/tools/ensure-browsers.mjs); nothing here downloads a browser.
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner';
import { testServerMiddleware } from './tests/tools/test-server.mjs';

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

export default {
  middleware: testServerMiddleware,
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One test page at a time: a page in a background tab gets no animation
  // frames (fixture() of a plain element waits for one) and no keyboard focus
  // (sendKeys), so side-by-side pages hang or flake.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers,
};
