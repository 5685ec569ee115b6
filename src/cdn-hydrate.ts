/**
 * The second import of the CDN modules (cdn.ts), for its side effect: on a
 * page with server HTML (legwise/server), Lit's hydrate support loads before
 * the elements are defined (src/internal/lazy-hydrate-support.ts).
 */
import { loadHydrateSupportIfNeeded } from './internal/lazy-hydrate-support.js';

loadHydrateSupportIfNeeded();
