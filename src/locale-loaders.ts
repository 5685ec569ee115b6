/**
 * One lazy loader per shipped locale. Each `import()` names its file
 * literally so that rollup makes one chunk per locale (a template-literal
 * import makes none). Adding a locale to lit-localize.json without adding it
 * here is a type error.
 */
import type { TemplateMap } from '@lit/localize';
import type { targetLocales } from './generated/locale-codes.js';

export type TargetLocale = (typeof targetLocales)[number];

export interface LocaleModule {
  templates: TemplateMap;
}

/**
 * Loads the English content, or `undefined` when it is built into the code
 * (the npm build). The CDN builds swap in a module where it is a lazy chunk.
 */
export const contentLoader: (() => Promise<LocaleModule>) | undefined = undefined;

export const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  ar: () => import('./generated/locales/ar.js'),
  'en-XA': () => import('./generated/locales/en-XA.js'),
  es: () => import('./generated/locales/es.js'),
};
