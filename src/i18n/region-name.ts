/**
 * A region's name in a locale ("United Kingdom"), shown beside its emergency
 * number. The English names of the regions where English is mainly read come
 * with the build (src/generated/region-names.ts, from Node's Intl): a page's
 * first Intl object starts the browser's ICU, which took 20–36 ms of an
 * English page's first render (see BENCHMARKS.md). Any other region or locale
 * asks `Intl.DisplayNames`, once per locale (in other languages, the dates
 * have started ICU by then). Touches nothing when imported.
 */
import { englishRegionNames } from '../generated/region-names.js';
import { sourceLocale } from '../generated/locale-codes.js';

let english: Map<string, string> | undefined;
const displayNames = new Map<string, Intl.DisplayNames | null>();

function browserName(region: string, locale: string): string | undefined {
  if (!displayNames.has(locale)) {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([locale, sourceLocale], { type: 'region', fallback: 'code' });
    } catch {
      // An engine without Intl.DisplayNames: the code is still unambiguous.
    }
    displayNames.set(locale, names);
  }
  return displayNames.get(locale)?.of(region);
}

/** The name of `region` (an upper-case ISO 3166-1 code) in `locale`, else the code itself. */
export function regionName(region: string, locale: string): string {
  if (locale === sourceLocale) {
    english ??= new Map(englishRegionNames.split('|').map((entry) => entry.split(':') as [string, string]));
    const name = english.get(region);
    if (name) return name;
  }
  return browserName(region, locale) ?? region;
}
