/**
 * Locale loading: which locales' templates are loaded, loading or failed, and
 * `load()`, through the static map of loaders (`../locale-loaders.ts`, which
 * the CDN builds swap for their own). Nothing touches the DOM or asks for
 * anything on import: `load()` and `prefetchPageText()` (the CDN entries ask
 * for the page's text early with it) read `<html lang>` when called, to
 * prepare the page's dates, and in Node there is no page to read.
 */
import type { TemplateMap } from '@lit/localize';
import { builtIn, contentLoader, loaders } from '../locale-loaders.js';
import { prepareDates } from './format-date.js';
import { formattingTagFor, negotiateQuietly, pageLanguageTag, sourceLocale, type LegwiseLocale } from './negotiate.js';

const loaded = new Map<LegwiseLocale, TemplateMap>();
const loading = new Map<LegwiseLocale, Promise<TemplateMap | undefined>>();
const failed = new Set<LegwiseLocale>();

// A script built for one language (`legwise.es.js`) has that language's text
// in it: ready before the first widget renders.
if (builtIn) loaded.set(builtIn.locale, builtIn.module.templates);

/**
 * Whether `msg()` can render a locale now. English is built into the npm
 * build; the CDN builds load its content (causes, FAQ, tips) lazily.
 */
export function isReady(locale: LegwiseLocale): boolean {
  return locale === sourceLocale && !contentLoader ? true : loaded.has(locale);
}

/** Mark a locale's templates as loaded, with no request (the server's component module, src/server/elements.ts). */
export function provide(locale: LegwiseLocale, templates: TemplateMap): void {
  loaded.set(locale, templates);
}

/** Whether the last attempt to load `locale` failed. */
export function hasFailed(locale: LegwiseLocale): boolean {
  return failed.has(locale);
}

/** Forget a failure, so that the next `load()` tries again. */
export function retry(locale: LegwiseLocale): void {
  failed.delete(locale);
}

/** The loaded templates of a locale (`undefined` for the English built in). */
export function templatesOf(locale: LegwiseLocale): TemplateMap | undefined {
  return loaded.get(locale);
}

/** The load in progress for a locale, if any. */
export function pending(locale: LegwiseLocale): Promise<TemplateMap | undefined> | undefined {
  return loading.get(locale);
}

/** Load a locale's templates once; on a network error, log one error and resolve `undefined`. */
export function load(locale: LegwiseLocale): Promise<TemplateMap | undefined> {
  if (isReady(locale)) return Promise.resolve(loaded.get(locale));
  let request = loading.get(locale);
  if (!request) {
    const loader =
      locale === sourceLocale ? contentLoader! : loaders[locale as Exclude<LegwiseLocale, typeof sourceLocale>]!;
    request = loader()
      .then((module) => {
        loaded.set(locale, module.templates);
        failed.delete(locale);
        return module.templates;
      })
      .catch((error: unknown) => {
        failed.add(locale);
        const why =
          ' (a network error? On your own server, the chunks/ or locales/ folder must sit next to the script.)';
        console.error(
          locale === sourceLocale
            ? `Legwise: could not load the English content${why} The emergency advice still shows; the rest needs a reload.`
            : `Legwise: could not load the "${locale}" translations${why} The widgets keep their current language.`,
          error,
        );
        return undefined;
      })
      .finally(() => loading.delete(locale));
    loading.set(locale, request);
    prepareDates(formattingTagFor(pageLanguageTag(), locale));
  }
  return request;
}

/**
 * Called by the CDN entries as they start: on an English page, start
 * downloading the English content now, while the browser still evaluates the
 * script, instead of when the first widget connects (one request off the
 * chain before the widgets show text; see BENCHMARKS.md).
 */
export function prefetchPageText(): void {
  if (contentLoader && typeof document !== 'undefined' && negotiateQuietly(pageLanguageTag()) === sourceLocale) {
    void load(sourceLocale);
  }
}
