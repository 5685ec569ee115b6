/**
 * The classic CDN script (`legwise.classic.js`) for pages that allow no module
 * scripts: registers the four elements and exposes the locale API as
 * `window.Legwise`.
 */
// First of all, before Lit: Lit's hydrate support, so that a widget rendered on
// the server (legwise/server) is taken over in place (src/internal/hydration.ts).
// Built in: a classic script has no chunks (the CDN modules load it lazily).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './cdn-start.js';
import './cdn-classic-hydrate.js';
import * as api from './classes.js';
import './index.js';

declare global {
  interface Window {
    Legwise?: typeof api;
  }
}

window.Legwise = api;
