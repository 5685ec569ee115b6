/**
 * The page locale: the language of every widget that has no `lang` of its
 * own. It follows `<html lang>` unless `setLocale()` chose one. Widgets
 * register while connected; the `<html lang>` observer runs only while one is.
 * Nothing here touches the DOM until it is called, and `setLocale()` works in
 * Node (server rendering), where there is no document to observe.
 */
import { negotiate, pageLanguageTag, sourceLocale, type LegwiseLocale } from './negotiate.js';
import { isReady, load, retry } from './store.js';

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

/** What a registered widget offers: a way to re-resolve its language. */
export interface PageLocaleListener {
  refresh(): void;
}

let pageLocale: LegwiseLocale = sourceLocale;
let explicitLocale: LegwiseLocale | undefined;
const listeners = new Set<PageLocaleListener>();
let observer: MutationObserver | undefined;

/** The locale `setLocale()` chose, if it chose one. */
export function explicitPageLocale(): LegwiseLocale | undefined {
  return explicitLocale;
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
  retry(locale); // an explicit request tries again after a failure
  return applyPageLocale(locale);
}

/**
 * Two copies of Legwise on one page (two script URLs, the module and the
 * classic script, the npm build and a CDN script) share one locale API: that
 * of the copy whose widgets are on the page. Otherwise `setLocale()` from the
 * other copy would steer nothing. The copy whose first widget connects first
 * registers it on `globalThis` (not `window`: this works in Node); importing
 * a copy registers nothing, so an app that imports only the classes cannot
 * take the API from a CDN script that defines the tags.
 */
interface LocaleApi {
  getLocale(): LegwiseLocale;
  setLocale(tag: string | null): Promise<void>;
}
const API_KEY: unique symbol = Symbol.for('legwise.locale-api');
const registry = globalThis as { [API_KEY]?: LocaleApi };
const own: LocaleApi = { getLocale: ownGetLocale, setLocale: ownSetLocale };
/** The page's locale API: the registered one, or this copy's while no widget has connected. */
const shared = (): LocaleApi => registry[API_KEY] ?? own;

/** The locale that widgets following the page use right now. */
export function getLocale(): LegwiseLocale {
  return shared().getLocale();
}

/**
 * Choose the language for every widget that has no `lang` of its own (on
 * itself or an ancestor inside <body>). Accepts any BCP 47 tag and negotiates
 * it (`es-MX` → `es`). Resolves once the translations are loaded and shown;
 * on a network error it keeps the current language and logs one error.
 * `setLocale(null)` goes back to following the page's `<html lang>`.
 */
export function setLocale(tag: string | null): Promise<void> {
  return shared().setLocale(tag);
}

async function applyPageLocale(locale: LegwiseLocale): Promise<void> {
  await load(locale);
  if (!isReady(locale)) return; // failed: keep what we have
  // A later request may have won while this one loaded.
  const wanted = explicitLocale ?? negotiate(pageLanguageTag());
  if (wanted !== locale) return;
  if (pageLocale !== locale) {
    pageLocale = locale;
    if (typeof window !== 'undefined')
      window.dispatchEvent(new CustomEvent(LOCALE_CHANGE_EVENT, { detail: { locale } }));
  }
  refreshAll();
}

function refreshAll(): void {
  for (const listener of listeners) listener.refresh();
}

/** Register a connected widget; the first one starts the `<html lang>` observer. */
export function watchPageLocale(listener: PageLocaleListener): void {
  registry[API_KEY] ??= own;
  if (listeners.size === 0) startObserving();
  listeners.add(listener);
}

/** Unregister a widget; the last one stops the observer. */
export function unwatchPageLocale(listener: PageLocaleListener): void {
  listeners.delete(listener);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/**
 * For tests and diagnostics (not part of the public API): how many widgets
 * are listening for language changes, and whether the page observer runs.
 * Both must drop to zero when every widget is removed.
 */
export function localeListeners(): { widgets: number; observing: boolean } {
  return { widgets: listeners.size, observing: observer !== undefined };
}

function startObserving(): void {
  if (observer || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return;
  observer = new MutationObserver(() => {
    if (!explicitLocale) void applyPageLocale(negotiate(pageLanguageTag()));
    // A `lang` changed somewhere: widgets with their own language re-check.
    refreshAll();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  void applyPageLocale(negotiate(pageLanguageTag()));
}
