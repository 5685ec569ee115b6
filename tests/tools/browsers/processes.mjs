/**
 * Child processes that the browser launchers start themselves (Xvfb and
 * WebKitWebDriver for WebKit), and the loopback ports they listen on.
 *
 * track() registers a child, started with `detached: true` so that it leads a
 * process group of its own: on exit, SIGTERM, SIGHUP or SIGINT every tracked
 * group is sent SIGTERM (the browser and its helper processes go with it).
 * freePort() asks the kernel for an unused loopback TCP port.
 */
import { createServer } from 'node:net';

const children = new Set();
let cleanupInstalled = false;

/** Sends SIGTERM to every tracked child's process group (or the child alone, if it leads none). */
export function killChildren() {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
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

function installCleanup() {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', killChildren);
  for (const [signal, code] of [
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ]) {
    process.once(signal, () => {
      killChildren();
      // The test runner handles SIGINT itself: it stops, then exits.
      if (signal !== 'SIGINT' || process.listenerCount('SIGINT') === 0) process.exit(code);
    });
  }
}

/** Kills `child` (and its process group) when this process ends; does not keep Node alive for it. */
export function track(child) {
  installCleanup();
  children.add(child);
  child.on('exit', () => children.delete(child));
  child.unref();
  return child;
}

/** A TCP port on 127.0.0.1 that nothing listens on (at the time of asking). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
