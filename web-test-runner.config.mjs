// Browser tests for Legwise, in every engine that is installed: Chromium,
// Firefox ESR and WebKit (WebKitGTK's MiniBrowser), all from Debian packages
// (see tests/tools/browsers/); nothing here downloads a browser.
// LEGWISE_BROWSERS=chromium,firefox,webkit picks a subset (default: all installed).
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { testServerMiddleware } from './tests/tools/test-server.mjs';
import { shippedTemplates } from './tests/tools/shipped-templates.mjs';
import { ENGINES, launchers, selectEngines } from './tests/tools/browsers/index.mjs';

const { run, skipped } = selectEngines();
const names = (list) => list.map((name) => ENGINES[name].label).join(', ');
console.log(
  `Browsers: running ${run.length ? names(run) : 'none'}` +
    (skipped.length
      ? `; skipped ${skipped.map(({ name, reason }) => `${ENGINES[name].label} (${reason})`).join(', ')}`
      : ''),
);
if (!run.length) {
  console.error(
    'No browser to run the tests in. Install them with:\n' +
      `  apt-get install -y ${Object.values(ENGINES)
        .flatMap((e) => e.packages)
        .join(' ')}`,
  );
  process.exit(1);
}
const { browsers, plugin: engineCommands } = await launchers(run);

export default {
  middleware: testServerMiddleware,
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // Two test pages at a time, each in a window of its own (a page in a
  // background tab gets no animation frames and no keyboard focus, so
  // side-by-side tabs hang or flake). Firefox and WebKit take one page at a
  // time (see tests/tools/browsers/).
  concurrency: 2,
  // One engine at a time: on a 2-core machine three engines side by side
  // gain little, and under that load WebKitGTK's web process once crashed
  // (a segfault in libwebkit2gtk), which ended the whole run.
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    // The templates as the builds ship them, before esbuild compiles the TypeScript.
    shippedTemplates(),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    engineCommands,
  ],
  browsers,
};
