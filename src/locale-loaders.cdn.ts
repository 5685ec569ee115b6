/**
 * The locale loaders of the CDN module (`legwise.js`): rollup swaps this
 * module in for locale-loaders.ts (whose locale map it reuses). It adds the
 * English content (causes, FAQ, tips), which the CDN builds strip from the
 * code and load as a chunk of its own, so that a Spanish page never
 * downloads it. The scripts for one language (`legwise.es.js`) build on
 * this module and add their translation (rollup.config.mjs, localeLoaders).
 */
import type { LocaleModule } from './locale-loaders.js';

export { builtIn, loaders } from './locale-loaders.js';

export const contentLoader: (() => Promise<LocaleModule>) | undefined = () => import('./generated/content-en.js');
