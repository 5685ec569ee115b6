/**
 * The browser engines the tests run in, all from Debian's packages: nothing
 * here downloads a browser. Used by web-test-runner.config.mjs (which launches
 * them), tests/tools/ensure-browsers.mjs (which checks the paths, and as root
 * installs a missing Chromium), bench/ and scripts/screenshot.mjs (Chromium's
 * path and flags): importing this module loads no test-runner code;
 * launchers() does, for the engines it is given.
 *
 *   chromium  Debian's chromium, through puppeteer-core (CDP)           chromium.mjs
 *   firefox   Debian's firefox-esr, through puppeteer-core (BiDi)       firefox.mjs
 *   webkit    WebKitGTK's MiniBrowser (webkit2gtk-driver), through      webkit.mjs
 *             WebKitWebDriver (WebDriver classic), in an Xvfb of its own
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumCommands, chromiumLauncher } from './chromium.mjs';
import { firefoxCommands, firefoxLauncher } from './firefox.mjs';
import { webkitCommands, webkitHooks, webkitLauncher } from './webkit.mjs';

export { CHROMIUM_ARGS };

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

/** How each engine is launched, which default commands it answers itself, and its extra plugin hooks. */
const MODULES = {
  chromium: {
    launch: () => chromiumLauncher({ executablePath: ENGINES.chromium.binaries[0] }),
    commands: chromiumCommands,
  },
  firefox: {
    launch: () => firefoxLauncher({ executablePath: ENGINES.firefox.binaries[0] }),
    commands: firefoxCommands,
  },
  webkit: {
    launch: () => {
      const [driverPath, miniBrowser, xvfb] = ENGINES.webkit.binaries;
      return webkitLauncher({ driverPath, miniBrowser, xvfb });
    },
    commands: webkitCommands,
    hooks: webkitHooks,
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
  const wanted = env?.trim()
    ? env
        .split(',')
        .map((n) => n.trim().toLowerCase())
        .filter(Boolean)
    : names;
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

/** The browser launchers for web-test-runner, one per engine name, plus the plugin that fills the engines' command gaps. */
export async function launchers(engines) {
  const browsers = [];
  const byEngine = new Map();
  for (const engine of engines) {
    const launcher = await MODULES[engine].launch();
    byEngine.set(launcher, engine);
    browsers.push(launcher);
  }
  return { browsers, plugin: engineCommandsPlugin(byEngine, engines) };
}

/**
 * The plugin: answers the commands of @web/test-runner-commands that an
 * engine's launcher lacks (the engine modules' `commands`), and runs the
 * engines' own hooks (`hooks`: serverStart, transform).
 */
function engineCommandsPlugin(byEngine, engines) {
  const hooks = engines.map((engine) => MODULES[engine].hooks).filter(Boolean);
  return {
    name: 'legwise-engine-commands',
    serverStart(args) {
      for (const hook of hooks) hook.serverStart?.(args);
      // @web/test-runner 0.20.2 puts its default command plugins ahead of the
      // config's (parseConfig unshifts them, with no option to leave them out
      // or to order plugins), and each throws for an engine it does not
      // support ("… is not supported for browser type …"); the runner asks no
      // further plugin once one answers or throws. So a command plugin of our
      // own would never be asked: wrap the defaults' executeCommand hook (a
      // public plugin hook, not a launcher's), so that an engine's handler
      // answers first and undefined falls back to the default plugin.
      for (const plugin of args.config.plugins ?? []) {
        if (typeof plugin.executeCommand !== 'function') continue;
        if (!engines.some((engine) => MODULES[engine].commands[plugin.name])) continue;
        const original = plugin.executeCommand.bind(plugin);
        plugin.executeCommand = async (command) => {
          const handler = MODULES[byEngine.get(command.session.browser)]?.commands[plugin.name];
          return (await handler?.(command)) ?? original(command);
        };
      }
    },
    async transform(context) {
      for (const hook of hooks) {
        const result = await hook.transform?.(context);
        if (result != null) return result;
      }
      return undefined;
    },
  };
}
