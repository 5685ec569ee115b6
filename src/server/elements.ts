/**
 * `legwise/server/elements` (Node 20+): the component module for builders
 * that render Lit elements themselves (`@lit-labs/eleventy-plugin-lit`'s
 * `componentModules`, Astro's Lit integration). It registers the four
 * elements with every shipped language already loaded, so each widget
 * renders on the server in its own `lang`. (`render()` of `legwise/server`
 * loads the one language it needs instead.)
 */
import type { TemplateMap } from '@lit/localize';
import { templates as ar } from '../generated/locales/ar.js';
import { templates as enXA } from '../generated/locales/en-XA.js';
import { templates as es } from '../generated/locales/es.js';
import '../index.js';
import type { TargetLocale } from '../locale-loaders.js';
import { provide } from '../i18n/store.js';

/** Every translation; a language added to lit-localize.json and not here is a type error. */
const TRANSLATIONS: Record<TargetLocale, TemplateMap> = { ar, 'en-XA': enXA, es };

for (const [locale, templates] of Object.entries(TRANSLATIONS)) provide(locale as TargetLocale, templates);
