/**
 * The public part of Legwise's locale logic. Each concern has its own module:
 * `msg.ts` (message lookup, the only import of `content/`), `negotiate.ts`
 * (tags), `store.ts` (loading), `page-locale.ts` (the page's language and
 * `setLocale()`), `locale-controller.ts` (each widget's language) and
 * `format-date.ts`.
 */
export { LOCALE_CHANGE_EVENT, getLocale, setLocale, type LocaleChangeDetail } from './page-locale.js';
export { supportedLocales, type LegwiseLocale } from './negotiate.js';
