/**
 * The page-wide region: which country's emergency number the
 * `<when-to-see-doctor>` cards show when an element has no `region`
 * attribute of its own. The page's language never chooses it: a clinic whose
 * CMS writes `<html lang="en-US">` may have readers anywhere. With no region
 * at all, the cards say "call your local emergency number".
 *
 * No DOM, no side effects on import: works in Node too (server rendering).
 */
import { splitList } from './internal/attributes.js';

/** A list of region codes, written as the `region` attribute takes them: `GB`, `gb`, `GB IE`. */
export type RegionList = readonly string[];

let pageRegions: RegionList = [];
const listeners = new Set<() => void>();

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

/**
 * Set the region for every `<when-to-see-doctor>` on the page that has no
 * `region` attribute: a two-letter ISO 3166-1 code such as `'GB'`, or several
 * (`'GB IE'`) to show each country's number. `null` or `''` clears it. A value
 * that is not a region code is refused with a console warning and changes
 * nothing. Also available as `window.Legwise.setRegion` in the classic script.
 */
export function setRegion(region: string | null): void {
  const { codes, malformed } = parseRegions(region);
  if (malformed.length) {
    console.warn(
      `Legwise: setRegion(${JSON.stringify(String(region).slice(0, 80))}) cannot be used; use a two-letter ISO 3166-1 country code such as 'GB', 'US' or 'AU' (several separated by spaces). The region stays ${pageRegions.join(' ') || 'unset'}.`,
    );
    return;
  }
  if (codes.join() === pageRegions.join()) return;
  pageRegions = Object.freeze(codes);
  for (const listener of [...listeners]) listener();
}

/** The page-wide region codes set with `setRegion()`, or an empty list. */
export function getRegion(): RegionList {
  return pageRegions;
}

/** Call `listener` whenever the page-wide region changes; returns the function that stops it. */
export function onRegionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
