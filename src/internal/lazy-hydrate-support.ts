/**
 * The CDN modules load Lit's hydrate support only on a page that has server
 * HTML of this version (legwise/server) to take over: every other page saves
 * its bytes (docs/size.md). Until the support is in, and the page's first
 * paint is on screen, the elements wait to be defined (server-html.ts), so
 * that each widget hydrates in place. If the chunk cannot load, they are
 * defined anyway and render afresh (src/internal/hydration.ts).
 */
import { defineAfterFirstPaint, hasServerHtml } from './server-html.js';

/**
 * Load the hydrate support before the elements are defined, when the page
 * needs it. Called before the bundle's Lit is evaluated (cdn.ts imports this
 * first): if the page has set up a hydrate support already, that Lit will take it.
 * The import starts after the first paint too: starting a dynamic import took
 * 5–9 ms of the main thread in a CPU profile, before the paint, on 127.0.0.1
 * (BENCHMARKS.md, item 10). The chunk's preload line (docs/server-rendering.md)
 * starts its download with the page, so that hydrating need not wait for it.
 */
export function loadHydrateSupportIfNeeded(): void {
  if ('litElementHydrateSupport' in globalThis || !hasServerHtml()) return;
  defineAfterFirstPaint(() => import('./hydrate-support.js').then(({ install }) => install()));
}
