/**
 * The CDN modules load Lit's hydrate support only on a page that has server
 * HTML of this version (legwise/server) to take over: every other page saves
 * its bytes (docs/size.md). Server HTML is in the document when a module
 * script (deferred) runs; until the support is in, the elements wait to be
 * defined (holdDefinitions), so that each widget hydrates in place. If the
 * chunk cannot load, they are defined anyway and render afresh
 * (src/internal/hydration.ts).
 */
import { holdDefinitions } from './define.js';
import { TAGS } from './tags.js';
import { isFromThisVersion } from '../version.js';

/** Whether the document has a widget rendered on the server by this version, not yet taken over. */
function hasServerHtml(): boolean {
  return [...document.querySelectorAll(TAGS.join(','))].some(
    (element) => element.shadowRoot !== null && isFromThisVersion(element),
  );
}

/**
 * Load the hydrate support before the elements are defined, when the page
 * needs it. Called before the bundle's Lit is evaluated (cdn.ts imports this
 * first): if the page has set up a hydrate support already, that Lit will take it.
 */
export function loadHydrateSupportIfNeeded(): void {
  if (typeof document === 'undefined' || 'litElementHydrateSupport' in globalThis || !hasServerHtml()) return;
  holdDefinitions(import('./hydrate-support.js').then(({ install }) => install()));
}
