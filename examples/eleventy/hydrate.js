// The page's script. Lit's hydrate support first, then the widgets: imported
// in this order, the support module runs before Lit's LitElement module, which
// installs it, and each widget takes over the shadow root that the server
// rendered instead of rendering a second copy. (Bundled into _site/js/ by the
// Eleventy config; an import map for these names works as well.)
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'legwise';
