/**
 * The locale loaders of the CDN module (`legwise.js`): rollup swaps this
 * module in for locale-loaders.ts (whose locale map it reuses). It adds the
 * English content (causes, FAQ, tips), which the CDN builds strip from the
 * code and load as a chunk of its own, so that a Spanish page never
 * downloads it. The scripts for one language (`legwise.es.js`) build on
 * this module and add their translation (rollup.config.mjs, localeLoaders).
 */
import { PSEUDO_LOCALE, loaders as shipped, type LocaleModule } from './locale-loaders.js';

export { builtIn } from './locale-loaders.js';

/** Every translation, and the pseudo-locale for the demo page (a lazy chunk: no page loads it unless it asks for it). */
export const loaders: typeof shipped = { ...shipped, [PSEUDO_LOCALE]: () => import('./generated/locales/en-XA.js') };

export const contentLoader: (() => Promise<LocaleModule>) | undefined = () => import('./generated/content-en.js');
