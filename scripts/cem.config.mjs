// custom-elements.json from the elements' JSDoc and types (@attr, @fires,
// @csspart, @cssprop, typed fields): the one description of the public API.
// Run by `npm run build` (`npm run manifest`), before rollup: scripts/api/
// generate.mjs then writes the typings, the editor data and the API tables
// from it.
import { shippedManifestPlugin } from './api/manifest-plugin.mjs';

export default {
  globs: ['src/elements/*.ts'],
  exclude: ['src/elements/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [shippedManifestPlugin()],
};
