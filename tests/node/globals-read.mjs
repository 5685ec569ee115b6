// What code reads of the browser's globals while it runs: each named global
// of globalThis becomes a getter that records who read it (the stack), and is
// put back afterwards. A read guarded by `typeof document` is a read too.

/** The browser globals that importing Legwise must not read: the DOM, the page's address, and the ways to make a request. */
export const BROWSER_GLOBALS = ['window', 'document', 'location', 'navigator', 'fetch', 'XMLHttpRequest', 'WebSocket'];

/**
 * Run `fn` (sync or async) with `names` trapped; returns each read as
 * `{ name, reader }`, where `reader` is the stack frame of the code that read
 * it (a file URL with line and column).
 */
export async function globalsRead(names, fn) {
  const reads = [];
  const saved = names.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]);
  for (const [name, descriptor] of saved) {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        // Line 0 is "Error", line 1 this getter, line 2 the code that read the global.
        const reader = new Error().stack.split('\n')[2]?.trim() ?? '';
        reads.push({ name, reader });
        if (!descriptor) return undefined;
        return descriptor.get ? descriptor.get.call(globalThis) : descriptor.value;
      },
    });
  }
  try {
    await fn();
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete globalThis[name];
    }
  }
  return reads;
}

/** Whether a read came from code in the given folder or file (a file URL), outside node_modules. */
export const readIn =
  (where) =>
  ({ reader }) =>
    reader.includes(where.href) && !reader.includes('/node_modules/');
