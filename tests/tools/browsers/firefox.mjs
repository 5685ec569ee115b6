/**
 * Firefox: Debian's firefox-esr, launched by @web/test-runner's chromeLauncher
 * with puppeteer-core driving it over WebDriver BiDi (not
 * @web/test-runner-puppeteer, whose full puppeteer downloads a Chrome). The
 * launcher takes only public options (puppeteer, launchOptions, createPage,
 * concurrency).
 *
 * firefoxCommands fills two gaps of the default command plugins under BiDi:
 * emulate-media (puppeteer-core emulates media over CDP, which Firefox lacks)
 * and send-keys for key names that puppeteer's BiDi keyboard does not know.
 */
import { ownWindow } from './chromium.mjs';

const FIREFOX_PREFS = {
  // Firefox's equivalents of Chromium's background-throttling flags (chromium.mjs).
  'dom.min_background_timeout_value': 4,
  'dom.min_background_timeout_value_without_budget_throttling': 4,
  'dom.timeout.enable_budget_timer_throttling': false,
  'dom.suspend_inactive.enabled': false,
};

/** The launcher. */
export async function firefoxLauncher({ executablePath }) {
  const [{ chromeLauncher }, puppeteer] = await Promise.all([import('@web/test-runner'), import('puppeteer-core')]);
  return chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      // Lets emulate-media reach the tab's media overrides: see emulateMedia().
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: FIREFOX_PREFS,
    },
    createPage: ownWindow,
    // One test page at a time: WebDriver BiDi sends keys to the page's
    // focused element only while its window is the active one, and
    // scrolls a focused element into view only then.
    concurrency: 1,
  });
}

/**
 * With -remote-allow-system-access, WebDriver BiDi can run a script in the
 * browser's own (chrome) scope, which sets the tab's overrides, as Firefox's
 * devtools do.
 *
 * It reads two puppeteer-core internals (24.x), as nothing public gives them:
 * `browser.connection` (the BiDi connection of BidiBrowser, a class marked
 * @internal; puppeteer has no public way to send a raw BiDi command) and
 * `frame._id` (the frame's BiDi browsing context id, marked @internal).
 * Nothing is patched.
 */
async function emulateMedia(page, { media, colorScheme, reducedMotion }) {
  const connection = page.browser().connection;
  const { contexts } = await connection
    .send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })
    .then((r) => r.result ?? r);
  if (!contexts?.length) throw new Error('Firefox: no chrome context to emulate media from');
  const overrides = {};
  if (colorScheme != null)
    overrides.prefersColorSchemeOverride = colorScheme === 'no-preference' ? 'none' : colorScheme;
  if (reducedMotion != null) overrides.prefersReducedMotionOverride = reducedMotion;
  if (media != null) overrides.mediumOverride = media;
  const expression = `(() => {
    const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
    const context = NavigableManager.getBrowsingContextById(${JSON.stringify(page.mainFrame()._id)});
    if (!context) throw new Error('no browsing context for the test page');
    Object.assign(context.top, ${JSON.stringify(overrides)});
    return true;
  })()`;
  const response = await connection.send('script.evaluate', {
    expression,
    target: { context: contexts[0].context },
    awaitPromise: false,
  });
  const result = response.result ?? response;
  if (result.type === 'exception') {
    throw new Error(`Firefox: could not emulate media: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`);
  }
}

/** Key names that puppeteer's BiDi keyboard does not know, with the key it does. */
const BIDI_KEYS = { Space: ' ' };

/**
 * Handlers for the default command plugins, by plugin name (see index.mjs):
 * each answers true when it did the command, undefined to leave it to the
 * default plugin.
 */
export const firefoxCommands = {
  'emulate-media-command': async ({ command, payload, session }) => {
    if (command !== 'emulate-media') return undefined;
    await emulateMedia(session.browser.getPage(session.id), payload ?? {});
    return true;
  },
  'send-keys-command': async ({ command, payload, session }) => {
    if (command !== 'send-keys' || !payload) return undefined;
    const [kind] = ['press', 'down', 'up'].filter((k) => typeof payload[k] === 'string' && payload[k] in BIDI_KEYS);
    if (!kind) return undefined;
    await session.browser.getPage(session.id).keyboard[kind](BIDI_KEYS[payload[kind]]);
    return true;
  },
};
