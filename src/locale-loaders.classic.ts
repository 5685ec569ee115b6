/**
 * The locale loaders of the classic CDN script (`legwise.classic.js`, a plain
 * `<script src defer>`): rollup swaps this module in for locale-loaders.ts.
 * A classic script has no `import.meta.url`, so each locale is a standalone
 * ES module in `locales/` (CLASSIC_LOCALES_DIR) next to the script, found from the script's own URL
 * (captured while it runs) and loaded with `import()`.
 */
import { CLASSIC_LOCALES_DIR } from './generated/build-names.js';
import {
  PSEUDO_LOCALE,
  type BuiltInLocale,
  type LocaleModule,
  type ShippedLocale,
  type TargetLocale,
} from './locale-loaders.js';
// `document.currentScript` is the classic script only while it runs, so it is
// read here, as the script is evaluated (in Node there is no document).
const script = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);
const base = script?.src || (typeof location === 'undefined' ? '' : location.href);

const load = (locale: TargetLocale | 'en') => (): Promise<LocaleModule> =>
  import(/* @vite-ignore */ new URL(`${CLASSIC_LOCALES_DIR}/${locale}.js`, base).href) as Promise<LocaleModule>;

/** The English content, stripped from the code of the CDN builds. */
export const contentLoader: (() => Promise<LocaleModule>) | undefined = load('en');

/** The classic script carries no translation of its own. */
export const builtIn: BuiltInLocale | undefined = undefined;

export const loaders: Partial<Record<TargetLocale, () => Promise<LocaleModule>>> &
  Record<ShippedLocale, () => Promise<LocaleModule>> = {
  ar: load('ar'),
  de: load('de'),
  // The pseudo-locale, for the demo page: a file that no page loads unless it asks for it.
  [PSEUDO_LOCALE]: load(PSEUDO_LOCALE),
  es: load('es'),
  fr: load('fr'),
  he: load('he'),
  hi: load('hi'),
  ja: load('ja'),
  pt: load('pt'),
  'zh-Hans': load('zh-Hans'),
};
