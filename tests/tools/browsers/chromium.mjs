/**
 * Chromium: Debian's chromium, launched by @web/test-runner's chromeLauncher
 * (puppeteer-core over CDP). Everything goes through the launcher's public
 * options (launchOptions, createPage, concurrency); the default command
 * plugins of @web/test-runner-commands work as they are, so there are no
 * command handlers here.
 *
 * CHROMIUM_ARGS is also used by bench/run.mjs, which launches the same
 * Chromium with puppeteer-core; importing this module loads no test-runner code.
 */

/** The flags of every Chromium the tests and the bench launch. */
export const CHROMIUM_ARGS = [
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
  // Headless Chromium 15x preloads its omnibox popup (a WebUI page with some
  // 40 chrome:// modules) for every new browser context, at the same time as
  // the page under test: on a 2-core machine that took CPU from the page
  // (seen in traces of `npm run bench`). Both features must be off.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup,OmniboxWebUIPopup',
];

/**
 * Each test page in a window of its own, so that none is a hidden background
 * tab: hidden pages get no animation frames and, in Chromium, stall. (Used by
 * firefox.mjs too.)
 */
export const ownWindow = ({ context }) => context.newPage({ type: 'window' });

/**
 * The launcher. The engines run one after another (web-test-runner.config.mjs,
 * concurrentBrowsers: 1), so Chromium has the machine to itself and takes the
 * config's concurrency (two test pages at a time).
 */
export async function chromiumLauncher({ executablePath }) {
  const { chromeLauncher } = await import('@web/test-runner');
  return chromeLauncher({
    launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
    createPage: ownWindow,
  });
}

/** Handlers for the default command plugins, by plugin name (see index.mjs): none needed. */
export const chromiumCommands = {};
