/**
 * The page's first paint, which hydration waits for
 * (src/elements/legwise-element.ts): on a fast connection the script arrives
 * before the first frame is on screen, and hydrating then (formatting dates,
 * taking over four shadow roots) takes the CPU that the browser needs to put
 * server HTML that is ready to show on screen (see BENCHMARKS.md). Imports
 * nothing.
 */

/** Longest wait for the first paint (a hidden tab produces no frames). */
const PAINT_WAIT_MS = 100;
let painted: Promise<void> | undefined;

/**
 * Resolves once the page's first contentful paint is on screen (the paint
 * timeline's entry, taken when the frame is presented, not when it is drawn;
 * a moment later if it is there already), or after PAINT_WAIT_MS, which is
 * also all that a browser without the paint timeline waits.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise((resolve) => {
    setTimeout(resolve, PAINT_WAIT_MS);
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return;
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      resolve();
    }).observe({ type: 'paint', buffered: true });
  });
  return painted;
}
