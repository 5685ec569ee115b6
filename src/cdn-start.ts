/**
 * The first import of every CDN entry (legwise.js, legwise.classic.js and the
 * scripts for one language), for its side effect: on an English page, the
 * English content starts downloading now, while the browser still evaluates
 * the rest of the script (see BENCHMARKS.md). Never imported by the npm build.
 */
// First of all, before Lit: Lit's hydrate support, so that a widget rendered on
// the server (legwise/server) is taken over in place (src/internal/hydration.ts).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { prefetchPageText } from './i18n/store.js';

prefetchPageText();
