/**
 * The classic CDN script (`legwise.classic.js`) for pages that allow no module
 * scripts: registers the four elements and exposes the locale API as
 * `window.Legwise`.
 */
import './cdn-start.js';
import * as api from './classes.js';
import './index.js';

declare global {
  interface Window {
    Legwise?: typeof api;
  }
}

window.Legwise = api;
