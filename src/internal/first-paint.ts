/**
 * The page's first paint, which hydration waits for
 * (src/elements/legwise-element.ts): on a fast connection the script arrives
 * before the first frame, and hydrating there would delay the paint of server
 * HTML that is ready to show (see BENCHMARKS.md). Imports nothing.
 */

/** Longest wait for the first paint (a hidden tab produces no frames). */
const PAINT_WAIT_MS = 100;
let painted: Promise<void> | undefined;

/**
 * Resolves once the page has painted: at once if the paint timeline already
 * has a contentful paint, else after the next frame (or PAINT_WAIT_MS).
 */
export function afterFirstPaint(): Promise<void> {
  painted ??=
    typeof performance.getEntriesByName === 'function' &&
    performance.getEntriesByName('first-contentful-paint').length > 0
      ? Promise.resolve()
      : new Promise((resolve) => {
          const done = () => setTimeout(resolve);
          const timer = setTimeout(done, PAINT_WAIT_MS);
          requestAnimationFrame(() => {
            clearTimeout(timer);
            done();
          });
        });
  return painted;
}
