// The browser engines the tests run in, all from Debian's packages: nothing here
// downloads a browser. Used by web-test-runner.config.mjs (which launches them)
// and by tests/tools/ensure-browsers.mjs (which only checks the paths, so this
// module loads no test-runner code until launchers() is called).
//
//   chromium  Debian's chromium, through puppeteer-core (CDP)
//   firefox   Debian's firefox-esr, through puppeteer-core (WebDriver BiDi)
//   webkit    WebKitGTK's MiniBrowser (webkit2gtk-driver), through WebKitWebDriver
//             (WebDriver classic), in an Xvfb that this module starts
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const MINIBROWSER_DEFAULT = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** Each engine: what it needs on disk (overridable with the env variables named) and its Debian packages. */
export const ENGINES = {
  chromium: {
    label: 'Chromium',
    packages: ['chromium'],
    binaries: [process.env.CHROME_PATH || '/usr/bin/chromium'],
  },
  firefox: {
    label: 'Firefox ESR',
    packages: ['firefox-esr'],
    binaries: [process.env.FIREFOX_PATH || '/usr/bin/firefox-esr'],
  },
  webkit: {
    label: 'WebKit',
    packages: ['webkit2gtk-driver', 'xvfb'],
    binaries: [
      process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver',
      process.env.MINIBROWSER_PATH || MINIBROWSER_DEFAULT,
      process.env.XVFB_PATH || '/usr/bin/Xvfb',
    ],
  },
};

/** The first binary of the engine that is not installed, or undefined. */
export function missingBinary(engine) {
  return ENGINES[engine].binaries.find((path) => !existsSync(path));
}

/**
 * Which engines to run: those named in LEGWISE_BROWSERS (comma separated), or
 * all; each installed one runs, the others are skipped with the reason.
 */
export function selectEngines(env = process.env.LEGWISE_BROWSERS) {
  const names = Object.keys(ENGINES);
  const wanted = env?.trim() ? env.split(',').map((n) => n.trim().toLowerCase()).filter(Boolean) : names;
  const unknown = wanted.filter((n) => !names.includes(n));
  if (unknown.length) {
    throw new Error(`LEGWISE_BROWSERS="${env}": unknown engine ${unknown.join(', ')} (use ${names.join(', ')})`);
  }
  const run = [];
  const skipped = [];
  for (const name of names) {
    const missing = missingBinary(name);
    if (!wanted.includes(name)) skipped.push({ name, reason: `not in LEGWISE_BROWSERS=${env}` });
    else if (missing) skipped.push({ name, reason: `binary not found at ${missing}` });
    else run.push(name);
  }
  return { run, skipped };
}

// ---------------------------------------------------------------------------
// Launchers

// Keep timers of pages that are not in front at full speed. Each test page
// also gets a window of its own (createPage below), so that none is a hidden
// background tab: hidden pages get no animation frames and, in Chromium, stall.
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
const FIREFOX_PREFS = {
  // Firefox's equivalents of the Chromium flags above.
  'dom.min_background_timeout_value': 4,
  'dom.min_background_timeout_value_without_budget_throttling': 4,
  'dom.timeout.enable_budget_timer_throttling': false,
  'dom.suspend_inactive.enabled': false,
};
const ownWindow = ({ context }) => context.newPage({ type: 'window' });

/** The browser launchers for web-test-runner, one per engine name, plus the plugin that fills the engines' command gaps. */
export async function launchers(engines) {
  const { chromeLauncher } = await import('@web/test-runner');
  const browsers = [];
  const byEngine = new Map();
  for (const engine of engines) {
    let launcher;
    if (engine === 'chromium') {
      launcher = chromeLauncher({
        launchOptions: { executablePath: ENGINES.chromium.binaries[0], headless: true, args: CHROMIUM_ARGS },
        createPage: ownWindow,
        // Two test pages at a time when Chromium runs alone; one when the other
        // engines run beside it, so that four pages do not share two cores.
        concurrency: engines.length > 1 ? 1 : undefined,
      });
    } else if (engine === 'firefox') {
      launcher = chromeLauncher({
        // puppeteer-core (not @web/test-runner-puppeteer, whose full puppeteer
        // downloads a Chrome) drives Firefox over WebDriver BiDi.
        puppeteer: await import('puppeteer-core'),
        launchOptions: {
          browser: 'firefox',
          executablePath: ENGINES.firefox.binaries[0],
          headless: true,
          // Lets emulateMedia() reach the tab's media overrides: see firefoxEmulateMedia().
          args: ['-remote-allow-system-access'],
          extraPrefsFirefox: FIREFOX_PREFS,
        },
        createPage: ownWindow,
        // One test page at a time: WebDriver BiDi sends keys to the page's
        // focused element only while its window is the active one, and
        // scrolls a focused element into view only then.
        concurrency: 1,
      });
    } else if (engine === 'webkit') {
      launcher = await webkitLauncher();
    }
    byEngine.set(launcher, engine);
    browsers.push(launcher);
  }
  return { browsers, plugin: engineCommandsPlugin(byEngine) };
}

// ---------------------------------------------------------------------------
// WebKit: WebKitWebDriver on a free loopback port, in an Xvfb of our own.

const children = new Set();
let cleanupInstalled = false;

function killChildren() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM'); // its process group: MiniBrowser and WebKit's processes too
    } catch {
      try {
        child.kill('SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  children.clear();
}

function track(child) {
  children.add(child);
  child.on('exit', () => children.delete(child));
  child.unref();
  if (!cleanupInstalled) {
    cleanupInstalled = true;
    process.on('exit', killChildren);
    for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129], ['SIGINT', 130]]) {
      process.once(signal, () => {
        killChildren();
        // The test runner handles SIGINT itself: it stops, then exits.
        if (signal !== 'SIGINT' || process.listenerCount('SIGINT') === 0) process.exit(code);
      });
    }
  }
  return child;
}

function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    const child = track(
      spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
        detached: true,
      }),
    );
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error('Xvfb did not report a display within 10 s')), 10_000);
    const fail = (error) => {
      clearTimeout(timer);
      reject(new Error(`${error.message}${err ? `\n${err.trim()}` : ''}`));
    };
    child.stdio[2].on('data', (chunk) => (err += chunk));
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (!out.includes('\n')) return;
      clearTimeout(timer);
      child.stdio[2].destroy();
      child.stdio[3].destroy();
      resolve(`:${out.trim()}`);
    });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`Xvfb exited (${code}) before reporting a display`)));
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, child) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 15 s`);
}

async function webkitLauncher() {
  const [driverPath, miniBrowser, xvfb] = ENGINES.webkit.binaries;
  const { webdriverLauncher } = await import('@web/test-runner-webdriver');
  const display = await startXvfb(xvfb);
  const port = await freePort();
  const driver = track(
    spawn(driverPath, [`--port=${port}`, '--host=local'], {
      env: { ...process.env, DISPLAY: display },
      stdio: 'ignore',
      detached: true,
    }),
  );
  await waitForDriver(port, driver);
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // Without it webdriverio asks for a BiDi session, which WebKitWebDriver refuses.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    },
  });
  // One test file at a time, in the launcher's iframe mode: the page of a test
  // file is an iframe filling a window of its own, so that setViewport() can
  // size the iframe, which is the test page's viewport. (The window itself
  // cannot be narrower than about 450 px: MiniBrowser's toolbar.) Two test
  // files side by side in one window would take keyboard focus from each other.
  launcher.concurrency = 1;
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config, ...rest) => {
    // concurrency 1 would select the launcher's session mode (no iframe).
    await initialize({ ...config, concurrency: 2 }, ...rest);
    launcher.name = 'WebKit';
  };
  const createDriverManager = launcher.createDriverManager.bind(launcher);
  launcher.createDriverManager = async () => {
    const manager = await createDriverManager();
    const driver = launcher.driver;
    // A window large enough for the largest viewport the tests ask for.
    await driver.setWindowSize(1600, 1100);
    const initializePage = manager._initialize.bind(manager);
    manager._initialize = async (url) => {
      await initializePage(url);
      // Every test page starts with an 800×600 viewport, as in the other engines.
      await driver.execute(`
        const style = document.createElement('style');
        style.textContent = 'iframe { width: ${DEFAULT_VIEWPORT.width}px; height: ${DEFAULT_VIEWPORT.height}px; }';
        document.head.append(style);
      `);
    };
    const stopSession = manager.stopSession.bind(manager);
    manager.stopSession = async (id) => {
      const frameId = manager.getFrameId(id);
      const result = await stopSession(id);
      await driver.execute(`document.getElementById(${JSON.stringify(frameId)}).removeAttribute('style');`);
      return result;
    };
    return manager;
  };
  return launcher;
}

const DEFAULT_VIEWPORT = { width: 800, height: 600 };

/** WebKit: sizes the iframe that holds the test page, which is its viewport. */
async function setFrameViewport(launcher, sessionId, { width, height }) {
  const manager = launcher.driverManager;
  const frameId = manager.getFrameId(sessionId);
  const [w, h] = await launcher.driver.execute(`
    const frame = document.getElementById(${JSON.stringify(frameId)});
    frame.style.width = '${Number(width)}px';
    frame.style.height = '${Number(height)}px';
    return [frame.contentWindow.innerWidth, frame.contentWindow.innerHeight];
  `);
  if (w !== width || h !== height) throw new Error(`WebKit: asked for a ${width}×${height} viewport, got ${w}×${h}`);
}

/**
 * WebKit: key actions go to the focused frame, the test page's iframe. (The
 * launcher's iframe mode switches into the iframe to send keys: that moves
 * focus to the top page when switching back, and without switching back its
 * next commands, meant for the top page, fail.)
 */
async function sendKeysToFrame(launcher, sessionId, keys) {
  launcher.driverManager.getFrameId(sessionId); // a session of this launcher
  await launcher.driver.keys(keys);
}

// ---------------------------------------------------------------------------
// Commands of @web/test-runner-commands that an engine's launcher lacks.

/**
 * Firefox: puppeteer-core emulates media over CDP, which Firefox lacks. With
 * -remote-allow-system-access, WebDriver BiDi can run a script in the browser's
 * own (chrome) scope, which sets the tab's overrides, as Firefox's devtools do.
 */
async function firefoxEmulateMedia(page, { media, colorScheme, reducedMotion }) {
  const connection = page.browser().connection;
  const { contexts } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 }).then((r) => r.result ?? r);
  if (!contexts?.length) throw new Error('Firefox: no chrome context to emulate media from');
  const overrides = {};
  if (colorScheme != null) overrides.prefersColorSchemeOverride = colorScheme === 'no-preference' ? 'none' : colorScheme;
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

function engineCommandsPlugin(byEngine) {
  const handlers = {
    'emulate-media-command': async ({ command, payload, session }, engine) => {
      if (command !== 'emulate-media') return undefined;
      if (engine === 'webkit') {
        // tests/media.ts catches this and applies the media in the page instead.
        throw new Error('Emulating media is not supported for browser type webdriver (WebKitWebDriver has no command for it).');
      }
      if (engine !== 'firefox') return undefined;
      await firefoxEmulateMedia(session.browser.getPage(session.id), payload ?? {});
      return true;
    },
    'set-viewport-command': async ({ command, payload, session }, engine) => {
      if (command !== 'set-viewport' || engine !== 'webkit') return undefined;
      await setFrameViewport(session.browser, session.id, payload);
      return true;
    },
    'send-keys-command': async ({ command, payload, session }, engine) => {
      if (command !== 'send-keys' || !payload) return undefined;
      if (engine === 'webkit') {
        if (typeof payload.press === 'string') await sendKeysToFrame(session.browser, session.id, [payload.press]);
        else if (typeof payload.type === 'string') await sendKeysToFrame(session.browser, session.id, payload.type.split(''));
        else return undefined; // the default plugin explains that only press and type work
        return true;
      }
      if (engine !== 'firefox') return undefined;
      const [kind] = ['press', 'down', 'up'].filter((k) => typeof payload[k] === 'string' && payload[k] in BIDI_KEYS);
      if (!kind) return undefined;
      await session.browser.getPage(session.id).keyboard[kind](BIDI_KEYS[payload[kind]]);
      return true;
    },
  };
  return {
    name: 'legwise-engine-commands',
    // The default command plugins come first and throw for engines they do not
    // support: wrap them, so that these handlers answer first for those engines.
    serverStart({ config, webSockets }) {
      // WebKit's test pages are iframes that share their top page's web socket,
      // and the runner adds a close listener to it for each test file.
      webSockets?.webSocketServer?.on('connection', (socket) => socket.setMaxListeners(0));
      for (const plugin of config.plugins ?? []) {
        const handler = handlers[plugin.name];
        if (!handler || typeof plugin.executeCommand !== 'function') continue;
        const original = plugin.executeCommand.bind(plugin);
        plugin.executeCommand = async (args) => (await handler(args, byEngine.get(args.session.browser))) ?? original(args);
      }
    },
  };
}
