// The node tests' one way to capture what code logs: console.warn collected,
// console.info silenced, both put back afterwards.

/** Run `fn` (sync or async) and collect what it logs with console.warn. */
export async function warningsOf(fn) {
  const warnings = [];
  const { warn, info } = console;
  console.warn = (...args) => warnings.push(args.map(String).join(' '));
  console.info = () => {};
  try {
    return { result: await fn(), warnings };
  } finally {
    Object.assign(console, { warn, info });
  }
}
