/**
 * Lit's hydrate support, as a lazy chunk of the CDN modules: loaded only on a
 * page with server HTML (src/internal/lazy-hydrate-support.ts). Lit's module
 * installs itself when it is evaluated before lit-element; here Lit is already
 * running, so `install()` patches LitElement as lit-element would have.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

type HydrateSupport = (lit: { LitElement: typeof LitElement }) => void;

/** Patch LitElement with the hydrate support just loaded. */
export function install(): void {
  (globalThis as { litElementHydrateSupport?: HydrateSupport }).litElementHydrateSupport?.({ LitElement });
}
