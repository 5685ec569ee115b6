/**
 * The classic scripts' twin of cdn-hydrate.ts, imported by cdn-classic.ts
 * before the elements: Lit's hydrate support is built into the classic
 * scripts, and on a page with server HTML the elements are defined once the
 * page's first paint is on screen (src/internal/server-html.ts).
 */
import { defineAfterFirstPaint, hasServerHtml } from './internal/server-html.js';

if (hasServerHtml()) defineAfterFirstPaint();
