/**
 * WebKitLauncher: @web/test-runner-webdriver's launcher (0.9.0), adapted to
 * WebKitGTK's MiniBrowser through WebKitWebDriver (see webkit.mjs, which
 * starts the driver and creates the launcher).
 *
 * It runs in the parent's iframe mode: each test file's page is an iframe of
 * the top page, so that set-viewport can size it (setViewport() here; the
 * iframe's default size comes from webkit.mjs's transform). It overrides only
 * public BrowserLauncher methods and fields; the parent's private methods are
 * left alone.
 */
import { WebdriverLauncher } from '@web/test-runner-webdriver';

/** The window, large enough for the largest viewport the tests ask for. */
const WINDOW = { width: 1600, height: 1100 };

const styleId = (sessionId) => JSON.stringify(`legwise-viewport-${sessionId}`);

// `this.driver` below is the launcher's webdriverio session, which
// @web/test-runner-webdriver 0.9.0 declares private and offers no accessor
// for (it is made inside the private createDriverManager()). It is only read.
export class WebKitLauncher extends WebdriverLauncher {
  // One test file at a time (a public BrowserLauncher field; webdriverLauncher()
  // takes no concurrency option): two test pages side by side in one window
  // would take keyboard focus from each other.
  concurrency = 1;
  #urls = new Map();
  #sized = new Set();
  #windowSized = false;

  async initialize(config, testFiles) {
    // The launcher picks its session mode (no iframe, so no viewport
    // smaller than the window) when the config's concurrency is 1, and has
    // no option to choose the mode (0.9.0): keep that `--concurrency 1` from
    // selecting it.
    await super.initialize({ ...config, concurrency: 2 }, testFiles);
    this.name = 'WebKit'; // else it is the capabilities' label, "MiniBrowser"
  }

  async startSession(id, url) {
    this.#urls.set(id, url);
    await super.startSession(id, url);
    if (this.#windowSized) return;
    this.#windowSized = true;
    await this.driver.setWindowSize(WINDOW.width, WINDOW.height);
  }

  async stopSession(id) {
    const result = await super.stopSession(id);
    this.#urls.delete(id);
    // Its rule no longer matches (the iframe now shows about:blank): tidy up.
    if (this.#sized.delete(id)) await this.driver.execute(`document.getElementById(${styleId(id)})?.remove();`);
    return result;
  }

  /**
   * Key actions go to the focused frame, the test page's iframe. (The
   * parent's sendKeys switches into the iframe first: that moves focus to
   * the top page when switching back, and without switching back its next
   * commands, meant for the top page, fail.)
   */
  async sendKeys(id, keys) {
    if (!this.isActive(id)) throw new Error(`WebKit: no test page for session ${id}`);
    await this.driver.keys(keys);
  }

  /**
   * Sizes the iframe of the test page (found by its URL), which is its
   * viewport, with a rule that stops matching when the launcher reuses the
   * iframe for the next test file.
   */
  async setViewport(id, { width, height }) {
    const url = this.#urls.get(id);
    if (!url || !this.isActive(id)) throw new Error(`WebKit: no test page for session ${id}`);
    this.#sized.add(id);
    const size = await this.driver.execute(`
      const url = ${JSON.stringify(url)};
      const frame = [...document.querySelectorAll('iframe')].find((f) => f.getAttribute('src') === url);
      if (!frame) return null;
      let style = document.getElementById(${styleId(id)});
      if (!style) document.head.append(Object.assign((style = document.createElement('style')), { id: ${styleId(id)} }));
      style.textContent = 'iframe[src="' + CSS.escape(url) + '"] { width: ${Number(width)}px; height: ${Number(height)}px; }';
      return [frame.contentWindow.innerWidth, frame.contentWindow.innerHeight];
    `);
    const [w, h] = size ?? [];
    if (w !== width || h !== height) throw new Error(`WebKit: asked for a ${width}×${height} viewport, got ${w}×${h}`);
  }
}
