// A static site built by Eleventy 3 whose pages carry the Legwise widgets
// rendered at build time (declarative shadow DOM, by Lit SSR through
// @lit-labs/eleventy-plugin-lit), hydrated in the browser by the npm build.
// Build it from the repository root, after `npm run build`:
//   npx @11ty/eleventy --config=examples/eleventy/eleventy.config.mjs
// (`npm run example:eleventy`). The output, examples/eleventy/_site/, is a
// self-contained static site: any file server can serve it.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import litPlugin from '@lit-labs/eleventy-plugin-lit';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
// A file of an installed package (here, legwise is this repository: dist/).
const resolve = (name) => fileURLToPath(import.meta.resolve(name));
const SITE = here('_site/');

/**
 * The browser's script, hydrate.js (Lit's hydrate support, then the widgets),
 * bundled as a site would: production Lit, one copy of it, the widgets'
 * language files as chunks beside it.
 */
async function bundleScript() {
  rmSync(`${SITE}js`, { recursive: true, force: true });
  const bundle = await rollup({
    input: here('hydrate.js'),
    plugins: [nodeResolve({ browser: true })],
  });
  await bundle.write({
    dir: `${SITE}js`,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  });
  await bundle.close();
}

export default function (eleventyConfig) {
  // Lit SSR renders each custom element of a page into a declarative shadow
  // root. The modules are imported in a worker thread, where Lit's DOM shim
  // stands in for customElements; legwise/server/elements registers all four
  // widgets with every language loaded, so each renders in its own `lang`,
  // and marks each with its version (the browser hydrates only its own).
  eleventyConfig.addPlugin(litPlugin, {
    mode: 'worker',
    componentModules: [resolve('legwise/server/elements')],
  });

  eleventyConfig.on('eleventy.before', bundleScript);

  return {
    dir: { input: 'examples/eleventy', includes: '_includes', output: 'examples/eleventy/_site' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
