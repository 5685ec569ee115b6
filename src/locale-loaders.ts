/**
 * One lazy loader per shipped locale. Each `import()` names its file
 * literally so that rollup makes one chunk per locale (a template-literal
 * import makes none). Adding a locale to lit-localize.json without adding it
 * here is a type error.
 */
import type { TemplateMap } from '@lit/localize';
import { PSEUDO_LOCALE } from './generated/build-names.js';
import type { targetLocales } from './generated/locale-codes.js';

export type TargetLocale = (typeof targetLocales)[number];

/**
 * The pseudo-locale (generated from the English, for testing): not in the npm
 * build, see locale-loaders.cdn.ts. Named in scripts/shared.mjs.
 */
export { PSEUDO_LOCALE };
type PseudoLocale = typeof PSEUDO_LOCALE;

/** The translations that ship to apps: every target locale but the pseudo-locale. */
export type ShippedLocale = Exclude<TargetLocale, PseudoLocale>;

export interface LocaleModule {
  templates: TemplateMap;
}

/**
 * Loads the English content, or `undefined` when it is built into the code
 * (the npm build). The CDN builds swap in a module where it is a lazy chunk.
 */
export const contentLoader: (() => Promise<LocaleModule>) | undefined = undefined;

/** A translation that is part of the script itself, with no request to load it. */
export interface BuiltInLocale {
  locale: TargetLocale;
  module: LocaleModule;
}

/**
 * The translation built into this script, if any: none here (the npm build
 * loads every translation lazily), nor in `legwise.js`. The CDN scripts for
 * one language (`legwise.es.js`, `legwise.ar.js`) carry theirs, so that a
 * page in that language shows it at the first render, with no request.
 */
export const builtIn: BuiltInLocale | undefined = undefined;

/**
 * One loader per translation that this build can show; `supportedLocales` is
 * English plus these keys. Apps never get the pseudo-locale: it is only in the
 * CDN builds' loaders (for the demo) and the tests'.
 */
export const loaders: Partial<Record<TargetLocale, () => Promise<LocaleModule>>> &
  Record<ShippedLocale, () => Promise<LocaleModule>> = {
  ar: () => import('./generated/locales/ar.js'),
  de: () => import('./generated/locales/de.js'),
  es: () => import('./generated/locales/es.js'),
  fr: () => import('./generated/locales/fr.js'),
  he: () => import('./generated/locales/he.js'),
  hi: () => import('./generated/locales/hi.js'),
  ja: () => import('./generated/locales/ja.js'),
  pt: () => import('./generated/locales/pt.js'),
  'zh-Hans': () => import('./generated/locales/zh-Hans.js'),
};
