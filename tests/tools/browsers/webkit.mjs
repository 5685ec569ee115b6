/**
 * WebKit: WebKitGTK's MiniBrowser (webkit2gtk-driver), driven over WebDriver
 * classic by a WebKitWebDriver that this module starts on a free loopback
 * port, in an Xvfb that it starts too (MiniBrowser has no headless mode). Both
 * are killed, with their process groups, when this process exits or gets
 * SIGTERM, SIGHUP or SIGINT (processes.mjs).
 *
 * The launcher is @web/test-runner-webdriver's, in its iframe mode: each test
 * file's page is an iframe, 800×600 px by default, that set-viewport resizes
 * (the window itself cannot be narrower than about 450 px: MiniBrowser's
 * toolbar). webkit-launcher.mjs adapts that launcher to WebKitGTK.
 */
import { spawn } from 'node:child_process';
import { freePort, track } from './processes.mjs';

/** Every test page starts with this viewport, as in the other engines. */
const DEFAULT_VIEWPORT = { width: 800, height: 600 };

/** How long one Xvfb start may take to report its display (a loaded 2-core CI machine once took over 10 s). */
const XVFB_START_MS = 45_000;

/** Starts an Xvfb on a display it picks itself; resolves with the display (":N"). */
function startXvfbOnce(xvfb) {
  return new Promise((resolve, reject) => {
    const child = track(
      spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
        detached: true,
      }),
    );
    let out = '';
    let err = '';
    let settled = false;
    const fail = (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      reject(new Error(`${error.message}${err ? `\n${err.trim()}` : ''}`));
    };
    const timer = setTimeout(
      () => fail(new Error(`Xvfb did not report a display within ${XVFB_START_MS / 1000} s`)),
      XVFB_START_MS,
    );
    child.stdio[2].on('data', (chunk) => (err += chunk));
    child.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (settled || !out.includes('\n')) return;
      settled = true;
      clearTimeout(timer);
      child.stdio[2].destroy();
      child.stdio[3].destroy();
      resolve(`:${out.trim()}`);
    });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`Xvfb exited (${code}) before reporting a display`)));
  });
}

/** Starts an Xvfb, trying a second time (on another display) if the first start fails. */
async function startXvfb(xvfb) {
  try {
    return await startXvfbOnce(xvfb);
  } catch (error) {
    console.warn(`WebKit: ${error.message}; starting Xvfb again.`);
    return startXvfbOnce(xvfb);
  }
}

/**
 * The browser's environment beyond the display. Accelerated compositing off:
 * with it, Debian's WebKitGTK web process (2.50, under Xvfb) segfaulted
 * (always at the same instruction) in 6 of about 25 runs of the a11y files
 * here, and in all three tries of that batch in one CI run; with it off, in
 * none of 14 (the pages lay out the same; only how they are painted changes).
 */
const BROWSER_ENV = { WEBKIT_DISABLE_COMPOSITING_MODE: '1' };

/** Starts WebKitWebDriver (and so MiniBrowser) on `display`; resolves with its port once it answers /status. */
async function startDriver(driverPath, display) {
  const port = await freePort();
  const child = track(
    spawn(driverPath, [`--port=${port}`, '--host=local'], {
      env: { ...process.env, ...BROWSER_ENV, DISPLAY: display },
      stdio: 'ignore',
      detached: true,
    }),
  );
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return port;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 15 s`);
}

/** The launcher, once Xvfb and WebKitWebDriver are up. */
export async function webkitLauncher({ driverPath, miniBrowser, xvfb }) {
  const port = await startDriver(driverPath, await startXvfb(xvfb));
  const { WebKitLauncher } = await import('./webkit-launcher.mjs');
  return new WebKitLauncher({
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
}

/** Handlers for the default command plugins, by plugin name (see index.mjs). */
export const webkitCommands = {
  'emulate-media-command': ({ command }) => {
    if (command !== 'emulate-media') return undefined;
    // tests/media.ts catches this and applies the media in the page instead.
    throw new Error(
      'Emulating media is not supported for browser type webdriver (WebKitWebDriver has no command for it).',
    );
  },
  'set-viewport-command': async ({ command, payload, session }) => {
    if (command !== 'set-viewport') return undefined;
    await session.browser.setViewport(session.id, payload);
    return true;
  },
};

/** Plugin hooks for WebKit runs (merged into the plugin of index.mjs). */
export const webkitHooks = {
  serverStart({ webSockets }) {
    // The test pages are iframes that share their top page's web socket, and
    // the runner adds a close listener to it for each test file.
    webSockets?.webSocketServer?.on('connection', (socket) => socket.setMaxListeners(0));
  },
  /** The launcher's iframe-mode page (/?mode=iframe): each test page's iframe starts at the default viewport. */
  transform(context) {
    if (context.path !== '/' || context.URL.searchParams.get('mode') !== 'iframe') return undefined;
    if (typeof context.body !== 'string') return undefined;
    const { width, height } = DEFAULT_VIEWPORT;
    return {
      body: context.body.replace(
        '</head>',
        `<style>body > iframe { width: ${width}px; height: ${height}px; }</style></head>`,
      ),
    };
  },
};
