/**
 * Server HTML (legwise/server) found by the CDN scripts as they start. Server
 * HTML is in the document when a script that runs after parsing (a module, or
 * a classic script with `defer`) starts. On such a page the elements are
 * defined only once the page's first paint is on screen: defining them
 * upgrades every widget, work that would otherwise hold back the paint of HTML
 * that is ready to show (a CPU profile found it there; see BENCHMARKS.md).
 */
import { holdDefinitions } from './define.js';
import { afterFirstPaint } from './first-paint.js';
import { TAGS } from './tags.js';
import { isFromThisVersion } from '../version.js';

/** Whether the document has a widget rendered on the server by this version, not yet taken over. */
export function hasServerHtml(): boolean {
  return (
    typeof document !== 'undefined' &&
    [...document.querySelectorAll(TAGS.join(','))].some(
      (element) => element.shadowRoot !== null && isFromThisVersion(element),
    )
  );
}

/**
 * Define no element before the page's first paint is on screen, nor before
 * `then` (started after that paint: the CDN modules' lazy hydrate support) has settled.
 */
export function defineAfterFirstPaint(then?: () => Promise<void>): void {
  const painted = afterFirstPaint();
  holdDefinitions(then ? painted.then(then) : painted);
}
