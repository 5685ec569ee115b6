/**
 * The first import of every CDN entry (legwise.js, legwise.classic.js and the
 * scripts for one language), for its side effect: on an English page, the
 * English content starts downloading now, while the browser still evaluates
 * the rest of the script (see BENCHMARKS.md). Never imported by the npm build.
 * Each entry then sees to Lit's hydrate support: built into the classic
 * scripts, a lazy chunk of the modules (cdn-hydrate.ts).
 */
import { prefetchPageText } from './i18n/store.js';

prefetchPageText();
