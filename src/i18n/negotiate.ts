/**
 * Tag negotiation: which shipped locale a BCP 47 tag gets, its direction, its
 * region, and the tag to format dates with. Pure functions over the list of
 * shipped locales; no DOM, no side effects (but one warning per unknown tag).
 */
import type { targetLocales } from '../generated/locale-codes.js';
import { sourceLocale } from '../generated/locale-codes.js';
import { PSEUDO_LOCALE } from '../generated/build-names.js';
import { loaders } from '../locale-loaders.js';

/** A locale that Legwise ships, e.g. `en`, `es`, `ar`. */
export type LegwiseLocale = typeof sourceLocale | (typeof targetLocales)[number];

export { sourceLocale };

/**
 * Every locale this build can show, the source locale (English) first: English
 * and each translation it has a loader for (the pseudo-locale only in the CDN
 * builds, for the demo).
 */
export const supportedLocales: readonly LegwiseLocale[] = Object.freeze([
  sourceLocale,
  ...(Object.keys(loaders) as LegwiseLocale[]),
]);

/** Languages written right to left. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ku']);

const warnedTags = new Set<string>();

/** The likely language and script of each shipped locale, worked out when first needed. */
const offeredScripts = new Map<LegwiseLocale, ReturnType<typeof likely>>();

/** Language and script of a tag, with likely subtags added (`zh-TW` → `zh`, `Hant`), or undefined. */
function likely(tag: string): { language: string; script: string | undefined } | undefined {
  try {
    const { language, script } = new Intl.Locale(tag).maximize();
    return { language, script };
  } catch {
    return undefined; // not a well-formed tag, or no Intl.Locale in this engine
  }
}

/**
 * Match a BCP 47 tag to a shipped locale, as browsers match languages: the
 * exact tag (case-insensitive, old aliases canonicalized: `iw` → `he`), else a
 * locale with the same language and script once likely subtags are added
 * (`zh-CN` and `zh-Hans-SG` → `zh-Hans`, `pt-BR` → `pt`, `es-MX` → `es`).
 * `zh-TW` is Traditional Chinese (`zh-Hant`), so it matches nothing shipped
 * rather than Simplified Chinese. Else `undefined`.
 */
export function matchLocale(tag: string | null | undefined): LegwiseLocale | undefined {
  if (!tag) return undefined;
  const raw = tag.trim().replace(/_/g, '-');
  if (!raw) return undefined;
  // The common cases need no Intl (whose first use costs start-up time): the
  // exact tag, or a language that names one shipped locale (`es-MX` → `es`).
  const exact = supportedLocales.find((l) => l.toLowerCase() === raw.toLowerCase());
  if (exact) return exact;
  const language = raw.split('-')[0]!.toLowerCase();
  if (!scriptedLanguages().has(language)) {
    const byLanguage = supportedLocales.find((l) => l.toLowerCase() === language);
    if (byLanguage) return byLanguage;
  }
  // Old codes (`iw`), and languages shipped in one script of several (`zh-Hans`): likely subtags.
  let clean = raw;
  try {
    clean = Intl.getCanonicalLocales(raw)[0] ?? raw;
  } catch {
    return undefined; // not a well-formed tag, and not a shipped language
  }
  const canonical = supportedLocales.find((l) => l.toLowerCase() === clean.toLowerCase());
  if (canonical) return canonical;
  const wanted = likely(clean);
  if (!wanted) return undefined;
  return supportedLocales.find((l) => {
    if (!offeredScripts.has(l)) offeredScripts.set(l, likely(l));
    const offered = offeredScripts.get(l);
    return offered?.language === wanted.language && offered.script === wanted.script;
  });
}

let scripted: Set<string> | undefined;

/** Languages that a shipped locale names with a script (`zh` of `zh-Hans`): their tags need likely subtags. */
function scriptedLanguages(): Set<string> {
  scripted ??= new Set(
    supportedLocales.filter((l) => /^[a-z]{2,3}-[A-Z][a-z]{3}$/.test(l)).map((l) => l.split('-')[0]!.toLowerCase()),
  );
  return scripted;
}

/** Like `matchLocale`, but falls back to English (with no warning: see `negotiate`). */
export function negotiateQuietly(tag: string | null | undefined): LegwiseLocale {
  return matchLocale(tag) ?? sourceLocale;
}

/** Like `matchLocale`, but falls back to English with one warning per tag. */
export function negotiate(tag: string | null | undefined): LegwiseLocale {
  const match = matchLocale(tag);
  if (match) return match;
  if (tag && tag.trim() && !warnedTags.has(tag)) {
    warnedTags.add(tag);
    console.warn(
      `Legwise: language "${tag.length > 80 ? `${tag.slice(0, 80)}…` : tag}" is not available; showing English. ` +
        `Supported languages: ${supportedLocales.filter((l) => l !== PSEUDO_LOCALE).join(', ')}.`,
    );
  }
  return sourceLocale;
}

/** The text direction of a locale. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}

/** The region subtag of a BCP 47 tag (`en-AU` → `AU`), if it has one. */
export function regionOf(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  const parts = tag.trim().replace(/_/g, '-').split('-').slice(1);
  const region = parts.find((p) => /^([a-zA-Z]{2}|\d{3})$/.test(p));
  return region?.toUpperCase();
}

/**
 * The tag to format dates and numbers with, for a widget that asked for
 * `requested` and shows `locale`: the requested tag when it resolved to that
 * locale (`en-GB` keeps British dates), else the locale.
 */
export function formattingTagFor(requested: string, locale: LegwiseLocale): string {
  try {
    if (matchLocale(requested) === locale) return Intl.getCanonicalLocales(requested)[0] ?? locale;
  } catch {
    // Not a well-formed tag: use the locale itself.
  }
  return locale;
}

/** The page's language tag (`<html lang>`), or `''` where there is no document (Node). */
export function pageLanguageTag(): string {
  return typeof document === 'undefined' ? '' : document.documentElement.lang;
}
