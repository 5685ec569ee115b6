// The npm build on a page of server HTML, as the README tells apps to load it:
// Lit's hydrate support first, before Lit, then Legwise.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../dist/index.js';
