/**
 * `legwise/server/elements` (Node 20+): the component module for builders
 * that render Lit elements themselves (`@lit-labs/eleventy-plugin-lit`'s
 * `componentModules`, Astro's Lit integration). It registers the four
 * elements with every shipped language already loaded, so each widget
 * renders on the server in its own `lang`. (`render()` of `legwise/server`
 * loads the one language it needs instead.)
 */
import '../index.js';
import { loaders, type TargetLocale } from '../locale-loaders.js';
import { provide } from '../i18n/store.js';

// Every translation, loaded before this module finishes importing (top-level
// await), so that no widget renders before its language is there.
await Promise.all(
  Object.entries(loaders).map(async ([locale, load]) => provide(locale as TargetLocale, (await load()).templates)),
);
