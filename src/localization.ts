/**
 * The only module that knows about locales.
 *
 * Legwise translates every string with @lit/localize's `msg()` and `str`, and
 * translators work in the XLIFF files that `lit-localize extract` writes. At
 * run time, however, Legwise never calls `configureLocalization()`: that
 * function may run only once per copy of @lit/localize, so a host app that
 * localizes itself with @lit/localize would break (or break us). Instead this
 * module keeps its own table of loaded locales and resolves each message by
 * its id in the widget's locale. The result:
 *
 * - a host app's own @lit/localize set-up and Legwise's never collide;
 * - each widget can render in its own language (its `lang`, or the nearest
 *   ancestor's), not only one language per page;
 * - locales load lazily, each from its own chunk, through a static map.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { msg as litMsg, TemplateMap } from '@lit/localize';
// `str` and its helpers, from their own module: the package index would also
// pull in @lit/localize's configureLocalization state, which Legwise never
// uses. @lit/localize has no `exports` map, and its version is pinned (~0.12)
// in package.json because this path is not part of its documented API.
import { isStrTagged, joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { builtIn, contentLoader, loaders } from './locale-loaders.js';

export { str } from '@lit/localize/internal/str-tag.js';

/** A locale that Legwise ships, e.g. `en`, `es`, `ar`. */
export type LegwiseLocale = typeof sourceLocale | (typeof targetLocales)[number];

type Templates = TemplateMap;

/** Every locale Legwise ships, the source locale (English) first. */
export const supportedLocales: readonly LegwiseLocale[] = Object.freeze([
  sourceLocale,
  ...targetLocales,
]);

/** Locales written right to left. */
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'dv', 'ku']);

/** The name of the event dispatched on `window` when the page locale changes. */
export const LOCALE_CHANGE_EVENT = 'legwise-locale-change';

export interface LocaleChangeDetail {
  /** The locale Legwise now uses for widgets that follow the page. */
  locale: LegwiseLocale;
}

declare global {
  interface WindowEventMap {
    'legwise-locale-change': CustomEvent<LocaleChangeDetail>;
  }
}

const loaded = new Map<LegwiseLocale, Templates>();
const loading = new Map<LegwiseLocale, Promise<Templates | undefined>>();
const failed = new Set<LegwiseLocale>();
const warnedTags = new Set<string>();

// A script built for one language (`legwise.es.js`) has that language's text
// in it: ready before the first widget renders.
if (builtIn) loaded.set(builtIn.locale, builtIn.module.templates);

/** The templates used by `msg()` right now; swapped while a widget renders. */
let currentTemplates: Templates | undefined;

/**
 * Translate a message. Same signature as @lit/localize's `msg()`, so
 * `lit-localize extract` finds every call. Every Legwise message has an
 * explicit id (the content check and the XLIFF files rely on it) and is plain
 * text or `str`, so the translation is looked up by id: no id hashing, no
 * html templates. A message with no translation shows its English.
 */
export const msg = ((template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) => {
  const localized = options?.id === undefined ? undefined : currentTemplates?.[options.id];
  if (typeof template === 'string') return typeof localized === 'string' ? localized : template;
  if (isStrTagged(template)) {
    return localized !== undefined && typeof localized !== 'string' && isStrTagged(localized)
      ? // Translations hold the index of each value, in their own order.
        joinStringsAndValues(localized.strings, template.values, localized.values as number[])
      : joinStringsAndValues(template.strings, template.values);
  }
  return template; // html`` messages: Legwise has none.
}) as typeof litMsg;

/**
 * Match a BCP 47 tag to a shipped locale: the exact tag (case-insensitive),
 * then its language (`es-MX` → `es`), else `undefined`.
 */
export function matchLocale(tag: string | null | undefined): LegwiseLocale | undefined {
  if (!tag) return undefined;
  const clean = tag.trim().replace(/_/g, '-');
  if (!clean) return undefined;
  const exact = supportedLocales.find((l) => l.toLowerCase() === clean.toLowerCase());
  if (exact) return exact;
  const language = clean.split('-')[0]!.toLowerCase();
  return supportedLocales.find((l) => l.toLowerCase() === language);
}

/** Like `matchLocale`, but falls back to English (with no warning: see `negotiate`). */
function negotiateQuietly(tag: string | null | undefined): LegwiseLocale {
  return matchLocale(tag) ?? sourceLocale;
}

/** Like `matchLocale`, but falls back to English with one warning per tag. */
function negotiate(tag: string | null | undefined): LegwiseLocale {
  const match = matchLocale(tag);
  if (match) return match;
  if (tag && tag.trim() && !warnedTags.has(tag)) {
    warnedTags.add(tag);
    console.warn(
      `Legwise: language "${tag.length > 80 ? `${tag.slice(0, 80)}…` : tag}" is not available; showing English. ` +
        `Supported languages: ${supportedLocales.join(', ')}.`,
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
function formattingTagFor(requested: string, locale: LegwiseLocale): string {
  try {
    if (matchLocale(requested) === locale) return Intl.getCanonicalLocales(requested)[0] ?? locale;
  } catch {
    // Not a well-formed tag: use the locale itself.
  }
  return locale;
}

/**
 * Whether `msg()` can render a locale now. English is built into the npm
 * build; the CDN builds load its content (causes, FAQ, tips) lazily.
 */
function isReady(locale: LegwiseLocale): boolean {
  return locale === sourceLocale && !contentLoader ? true : loaded.has(locale);
}

function load(locale: LegwiseLocale): Promise<Templates | undefined> {
  if (isReady(locale)) return Promise.resolve(loaded.get(locale));
  let pending = loading.get(locale);
  if (!pending) {
    const loader =
      locale === sourceLocale ? contentLoader! : loaders[locale as Exclude<LegwiseLocale, typeof sourceLocale>];
    pending = loader()
      .then((module) => {
        loaded.set(locale, module.templates);
        failed.delete(locale);
        return module.templates;
      })
      .catch((error: unknown) => {
        failed.add(locale);
        console.error(
          locale === sourceLocale
            ? 'Legwise: could not load the English content (a network error?). The emergency advice still shows; the rest needs a reload.'
            : `Legwise: could not load the "${locale}" translations, so the widgets keep their current language.`,
          error,
        );
        return undefined;
      })
      .finally(() => loading.delete(locale));
    loading.set(locale, pending);
    prepareDates(locale);
  }
  return pending;
}

// Performance (`npm run bench`, BENCHMARKS.md): on an English page the CDN
// builds start downloading the English content now, while the browser is still
// evaluating the rest of this script, instead of when the first widget
// connects. That took one request off the chain before the widgets show text.
if (contentLoader && typeof document !== 'undefined' && negotiateQuietly(pageLanguageTag()) === sourceLocale) {
  void load(sourceLocale);
}

// ---------------------------------------------------------------------------
// The page locale: follows <html lang> unless setLocale() chose one.

let pageLocale: LegwiseLocale = sourceLocale;
let explicitLocale: LegwiseLocale | undefined;
const hosts = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function pageLanguageTag(): string {
  return typeof document === 'undefined' ? '' : document.documentElement.lang;
}

function ownGetLocale(): LegwiseLocale {
  return pageLocale;
}

/** setLocale() of this copy of Legwise. */
async function ownSetLocale(tag: string | null): Promise<void> {
  if (tag === null) {
    explicitLocale = undefined;
    return applyPageLocale(negotiate(pageLanguageTag()));
  }
  if (typeof tag !== 'string') {
    console.warn(`Legwise: setLocale() needs a language tag such as "es" or null; got ${String(tag)}.`);
    return;
  }
  const locale = negotiate(tag);
  explicitLocale = locale;
  failed.delete(locale); // an explicit request tries again after a failure
  return applyPageLocale(locale);
}

/**
 * Two copies of Legwise on one page (two script URLs, the module and the
 * classic script, the npm build and a CDN script) share one locale API: the
 * first copy's, whose elements are the registered ones. Otherwise
 * `setLocale()` from the second copy would steer nothing.
 */
interface LocaleApi {
  getLocale(): LegwiseLocale;
  setLocale(tag: string | null): Promise<void>;
}
const API_KEY: unique symbol = Symbol.for('legwise.locale-api');
const registry = globalThis as { [API_KEY]?: LocaleApi };
const api: LocaleApi = (registry[API_KEY] ??= { getLocale: ownGetLocale, setLocale: ownSetLocale });

/** The locale that widgets following the page use right now. */
export function getLocale(): LegwiseLocale {
  return api.getLocale();
}

/**
 * Choose the language for every widget that has no `lang` of its own (on
 * itself or an ancestor inside <body>). Accepts any BCP 47 tag and negotiates
 * it (`es-MX` → `es`). Resolves once the translations are loaded and shown;
 * on a network error it keeps the current language and logs one error.
 * `setLocale(null)` goes back to following the page's `<html lang>`.
 */
export function setLocale(tag: string | null): Promise<void> {
  return api.setLocale(tag);
}

async function applyPageLocale(locale: LegwiseLocale): Promise<void> {
  await load(locale);
  if (!isReady(locale)) return; // failed: keep what we have
  // A later request may have won while this one loaded.
  const wanted = explicitLocale ?? negotiate(pageLanguageTag());
  if (wanted !== locale) return;
  if (pageLocale !== locale) {
    pageLocale = locale;
    window.dispatchEvent(new CustomEvent(LOCALE_CHANGE_EVENT, { detail: { locale } }));
  }
  refreshAll();
}

/**
 * For tests and diagnostics (not part of the public API): how many widgets
 * are listening for language changes, and whether the page observer runs.
 * Both must drop to zero when every widget is removed.
 */
export function localeListeners(): { widgets: number; observing: boolean } {
  return { widgets: hosts.size, observing: observer !== undefined };
}

function refreshAll(): void {
  for (const host of hosts) host.refresh();
}

function startObserving(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    if (!explicitLocale) void applyPageLocale(negotiate(pageLanguageTag()));
    // A `lang` changed somewhere: widgets with their own language re-check.
    refreshAll();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
  void applyPageLocale(negotiate(pageLanguageTag()));
}

function stopObserving(): void {
  observer?.disconnect();
  observer = undefined;
}

/** The nearest `lang` on the element or its ancestors, crossing shadow roots, below <html>. */
function ownLanguageTag(element: Element): string | undefined {
  let node: Element | null = element;
  while (node && node !== document.documentElement) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return undefined;
}

/**
 * Gives a widget its language. Add one in the constructor; wrap the body of
 * `render()` in `controller.render(() => …)` so that `msg()` resolves in the
 * widget's locale, and use `controller.locale` / `controller.dir` on the
 * content's wrapper.
 */
export class LocaleController implements ReactiveController {
  /** The locale this widget renders in. */
  locale: LegwiseLocale = sourceLocale;
  /** The BCP 47 tag that chose it (its own `lang`, or the page's). */
  requestedTag = '';

  /**
   * `showsLoading`: whether the host renders the loading state of the lazily
   * loaded English content (see `status`). One that does not (the care cards)
   * is not re-rendered when that content arrives, since nothing it shows
   * changes (performance: with 100 of each widget on a page this saved 100
   * renders and as many forced style recalculations; see BENCHMARKS.md).
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: { showsLoading?: boolean } = {},
  ) {
    host.addController(this);
  }

  /**
   * The tag to format dates and numbers with: the requested tag when it
   * resolved to this locale (`en-GB` keeps British dates), else the locale.
   */
  get formattingTag(): string {
    return formattingTagFor(this.requestedTag, this.locale);
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  hostConnected(): void {
    if (hosts.size === 0) startObserving();
    hosts.add(this);
    this.refresh();
  }

  hostDisconnected(): void {
    hosts.delete(this);
    if (hosts.size === 0) stopObserving();
  }

  /** Re-resolve the widget's locale; loads it if needed, then re-renders. */
  refresh(): void {
    const own = ownLanguageTag(this.host);
    // The locale asked for, not the one shown now: a Spanish page must not
    // load English while Spanish is on its way.
    const wanted = this.wantedLocale(own, negotiate);
    const tag = own ?? pageLanguageTag();
    if (tag !== this.requestedTag) {
      // Same locale, other region (en-AU → en-GB): dates and numbers change.
      this.requestedTag = tag;
      this.host.requestUpdate();
    }
    if (isReady(wanted)) {
      this.show(wanted);
      return;
    }
    // Load what is wanted; if that failed, make sure what is shown can render.
    const next = failed.has(wanted) ? (isReady(this.locale) ? undefined : this.locale) : wanted;
    if (next === undefined || failed.has(next)) {
      this.host.requestUpdate();
      return;
    }
    void load(next).then(() => {
      this.refresh();
      // From "loading" to ready (or failed), even in the same locale. A host
      // that does not show the loading state needs a render only when its
      // locale changed, and refresh() has asked for that one already.
      if (this.options.showsLoading !== false) this.host.requestUpdate();
    });
  }

  /** The locale asked for: the widget's own `lang` (`own`), else setLocale()'s, else the page's. */
  private wantedLocale(own: string | undefined, pick: (tag: string) => LegwiseLocale): LegwiseLocale {
    return own !== undefined ? pick(own) : (explicitLocale ?? pick(pageLanguageTag()));
  }

  /**
   * Resolves when the text this widget wants can render (its locale loaded,
   * or failed to load), or after `ms` at the latest; `undefined` when there
   * is nothing to wait for. Used to hold back a widget's first render while
   * its text is on the way (see LegwiseElement.scheduleUpdate).
   */
  whenReady(ms: number): Promise<void> | undefined {
    const pending = loading.get(this.wantedLocale(ownLanguageTag(this.host), negotiateQuietly));
    if (!pending) return undefined;
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      void pending.then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /**
   * `ready`: the widget's text can render; `loading`: its content is on the
   * way; `failed`: it could not be loaded (only the CDN builds load English
   * content lazily, so only they can fail this way).
   */
  get status(): 'ready' | 'loading' | 'failed' {
    if (isReady(this.locale)) return 'ready';
    return failed.has(this.locale) ? 'failed' : 'loading';
  }

  private show(locale: LegwiseLocale): void {
    if (locale !== this.locale) {
      this.locale = locale;
      this.host.requestUpdate();
    }
  }

  /** Runs `fn` with `msg()` resolving in this widget's locale. */
  render<T>(fn: () => T): T {
    const previous = currentTemplates;
    currentTemplates = loaded.get(this.locale);
    try {
      return fn();
    } finally {
      currentTemplates = previous;
    }
  }
}

/**
 * Formatted dates by locale and date. Performance (`npm run bench`, see
 * BENCHMARKS.md): every widget formats its review date on every render, and
 * an Intl.DateTimeFormat costs about 0.3 ms to create, so 400 widgets spent
 * 200 ms on it. Each (locale, date) is now formatted once.
 */
const formattedDates = new Map<string, string>();

/**
 * Long dates written without Intl, by tag: CLDR's long date pattern for the
 * tag, which is what Intl.DateTimeFormat(tag, { dateStyle: 'long' }) writes.
 * Performance: the first Intl.DateTimeFormat of a page costs 11–40 ms (ICU
 * starts and loads its date data), as much as the four widgets take to render
 * without it, so the usual English and Spanish tags format the date
 * themselves. tests/format-date.test.ts checks, in every engine, that the
 * result is exactly Intl's for each of them. (Not Arabic: engines differ in
 * its digits. Not es-PE or es-UY, which write "setiembre".)
 */
type LongDate = (day: number, month: number, year: number) => string;
const ENGLISH_MONTHS = 'January February March April May June July August September October November December'.split(' ');
const SPANISH_MONTHS = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' ');
/** "MMMM d, y": November 24, 2026. */
const monthFirst: LongDate = (day, month, year) => `${ENGLISH_MONTHS[month]} ${day}, ${year}`;
/** "d MMMM y": 24 November 2026. */
const dayFirst: LongDate = (day, month, year) => `${day} ${ENGLISH_MONTHS[month]} ${year}`;
/** "d 'de' MMMM 'de' y": 24 de noviembre de 2026. */
const spanish: LongDate = (day, month, year) => `${day} de ${SPANISH_MONTHS[month]} de ${year}`;
const LONG_DATES = new Map<string, LongDate>([
  ...['en', 'en-US'].map((tag): [string, LongDate] => [tag, monthFirst]),
  ...['en-GB', 'en-AU', 'en-IE', 'en-NZ'].map((tag): [string, LongDate] => [tag, dayFirst]),
  ...['es', 'es-ES', 'es-MX', 'es-US', 'es-419', 'es-AR', 'es-CO', 'es-CL'].map((tag): [string, LongDate] => [tag, spanish]),
]);

/** Whether dates in `tag` need Intl (and so, the first time in a page, ICU's start-up). */
const needsIntl = (tag: string) => !LONG_DATES.has(tag);

/** One Intl.DateTimeFormat per tag. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(tag: string): Intl.DateTimeFormat {
  let format = dateFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(tag, format);
  }
  return format;
}

/**
 * Performance (`npm run bench`, BENCHMARKS.md): while a page's text is on its
 * way, get Intl's date formatting ready for the page's language in a task of
 * its own, so that ICU starts while the browser waits for the network rather
 * than once the text has arrived and the widgets render.
 */
function prepareDates(locale: LegwiseLocale): void {
  // In a task of its own, also because this module may still be evaluating
  // (the English content is requested as it starts).
  setTimeout(() => {
    const tag = formattingTagFor(pageLanguageTag(), locale);
    try {
      if (needsIntl(tag)) dateFormat(tag);
    } catch {
      // A tag Intl does not take: formatDate() will throw the same, where it is used.
    }
  });
}

/** Format a date (YYYY-MM-DD) for a locale, e.g. "24 November 2026". */
export function formatDate(isoDate: string, locale: string): string {
  const key = `${locale} ${isoDate}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) {
    const [y, m, d] = isoDate.split('-').map(Number);
    const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
    const write = LONG_DATES.get(locale);
    // Years before 1 (eras) and invalid dates are left to Intl.
    formatted =
      write && date.getUTCFullYear() >= 1
        ? write(date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear())
        : dateFormat(locale).format(date);
    formattedDates.set(key, formatted);
  }
  return formatted;
}
