/**
 * The CDN build: one script tag registers all four elements and follows the
 * page language. Lit is bundled in; each locale is a lazy chunk loaded
 * relative to this script's own URL.
 */
import './cdn-start.js';
import './cdn-hydrate.js';

export * from './index.js';
