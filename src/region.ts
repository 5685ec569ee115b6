/**
 * The page-wide region: which country's emergency number the widgets show
 * when an element has no `region` attribute of its own. The page's language
 * never chooses it: a clinic whose CMS writes `<html lang="en-US">` may have
 * readers anywhere. With no region at all, the widgets say "call your local
 * emergency number".
 *
 * No DOM, no side effects on import: works in Node too (server rendering).
 */
import { emergencyNumberFor } from '../content/emergency-numbers.js';
import { splitList } from './internal/attributes.js';

/** A list of region codes, written as the `region` attribute takes them: `GB`, `gb`, `GB IE`. */
export type RegionList = readonly string[];

/**
 * The page's region and who listens for it, shared by every copy of Legwise
 * on the page (two script URLs, the module and the classic script, an app's
 * build and a CDN script): `setRegion()` from one copy steers the widgets of
 * all. Kept on `globalThis` (this works in Node), made when first used, not
 * on import. Its shape is part of the contract between versions: only add to it.
 */
interface RegionStore {
  regions: RegionList;
  readonly listeners: Set<() => void>;
}
const STORE_KEY: unique symbol = Symbol.for('legwise.region');
const registry = globalThis as { [STORE_KEY]?: RegionStore };
const store = (): RegionStore => (registry[STORE_KEY] ??= { regions: [], listeners: new Set() });

/** Split a region value into its two-letter codes, upper-cased and without repeats, and the words that are not codes. */
export function parseRegions(raw: string | null | undefined): { codes: string[]; malformed: string[] } {
  const words = splitList(raw);
  const codes: string[] = [];
  const malformed: string[] = [];
  for (const word of words) {
    const code = word.toUpperCase();
    if (/^[A-Z]{2}$/.test(code)) {
      if (!codes.includes(code)) codes.push(code);
    } else {
      malformed.push(word);
    }
  }
  return { codes, malformed };
}

/** What a widget does for a region with no known number. */
export const NO_NUMBER_FALLBACK = 'Showing "your local emergency number" instead of a number for it.';

/**
 * Which of `codes` Legwise has no emergency number for, as a warning says it
 * (`UK` gets the United Kingdom's real code); `undefined` when every code has
 * a number.
 */
export function noNumberFor(codes: readonly string[]): string | undefined {
  const unknown = codes.filter((code) => !emergencyNumberFor(code));
  if (!unknown.length) return undefined;
  const hint = unknown.includes('UK') ? " (the United Kingdom's code is GB)" : '';
  return `Legwise has no emergency number for ${unknown.join(' ')}${hint}`;
}

/**
 * Set the region for every widget on the page that has no `region`
 * attribute: a two-letter ISO 3166-1 code such as `'GB'`, or several
 * (`'GB IE'`) to show each country's number. `null` or `''` clears it. A value
 * that is not a region code is refused with a console warning and changes
 * nothing. A code with no known number (`'XX'`, or `'UK'` for `'GB'`) is kept,
 * so that no number from before stays on screen, and warns once: the widgets
 * say "your local emergency number" for it. Also available as
 * `window.Legwise.setRegion` in the classic script.
 */
export function setRegion(region: string | null): void {
  const { codes, malformed } = parseRegions(region);
  const call = `Legwise: setRegion(${JSON.stringify(String(region).slice(0, 80))})`;
  const page = store();
  if (malformed.length) {
    console.warn(
      `${call} cannot be used; use a two-letter ISO 3166-1 country code such as 'GB', 'US' or 'AU' (several separated by spaces). The region stays ${page.regions.join(' ') || 'unset'}.`,
    );
    return;
  }
  if (codes.join() === page.regions.join()) return;
  const unknown = noNumberFor(codes);
  if (unknown) console.warn(`${call}: ${unknown}. ${NO_NUMBER_FALLBACK}`);
  page.regions = Object.freeze(codes);
  for (const listener of [...page.listeners]) listener();
}

/** The page-wide region codes set with `setRegion()`, or an empty list. */
export function getRegion(): RegionList {
  return store().regions;
}

/** Call `listener` whenever the page-wide region changes; returns the function that stops it. */
export function onRegionChange(listener: () => void): () => void {
  const { listeners } = store();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
