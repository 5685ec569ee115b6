// CDN builds: after writing, prints the Subresource Integrity hash of each
// entry script and records, in CDN_DIR (shared.mjs):
// - STATS_FILE: each chunk's static and dynamic imports and the share of its
//   minified bytes that is Lit, and for legwise.js what each part of the code
//   costs in gzip bytes (source-parts.mjs), for `npm run size` (scripts/size.mjs);
// - INTEGRITY_FILE: the SRI hash of each entry script, language text chunk and
//   hydrate-support chunk;
// - PRELOAD_FILE (with `preload`): the hashed file of each language's text
//   chunk (the English content, or a translation), for the README's optional
//   <link rel="modulepreload"> that fetches a page's text together with the
//   script; read by scripts/size.mjs, demo/demo.js and bench/. Every CDN build
//   makes the same chunk files; legwise.js's build names them.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  CDN_DIR,
  HYDRATE_SUPPORT,
  INTEGRITY_FILE,
  PRELOAD_FILE,
  STATS_FILE,
  parseEntry,
  textLanguage,
} from '../shared.mjs';
import { addToJson, readJson, sri, writeJson } from './common.mjs';
import { litShare, partCosts, pieces } from './source-parts.mjs';

/** A path under dist/cdn/, as the size report names it. */
const inCdn = (path) => path.replace(new RegExp(`^${CDN_DIR}/`), '');

export const report = ({ preload = false } = {}) => ({
  name: 'legwise-report',
  writeBundle(options, bundle) {
    const statsFile = `${CDN_DIR}/${STATS_FILE}`;
    const stats = readJson(statsFile);
    for (const [fileName, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const path = inCdn(`${options.dir}/${fileName}`);
      const codePieces = chunk.map ? pieces(chunk.code, chunk.map) : [];
      stats[path] = {
        imports: chunk.imports.map((i) =>
          inCdn(`${dirname(`${options.dir}/${fileName}`)}/${i}`).replace(/[^/]+\/\.\.\//g, ''),
        ),
        dynamicImports: chunk.dynamicImports,
        isEntry: chunk.isEntry,
        litShare: litShare(codePieces),
        // The first load's breakdown, for the size report: legwise.js only.
        ...(preload && chunk.isEntry && chunk.map ? { parts: partCosts(chunk.code, codePieces) } : {}),
      };
      const language = preload && !chunk.isEntry ? textLanguage(chunk.name) : undefined;
      if (language) addToJson(`${CDN_DIR}/${PRELOAD_FILE}`, language, fileName);
      if ((chunk.isEntry && parseEntry(fileName)) || language || chunk.name === HYDRATE_SUPPORT) {
        const integrity = sri(`${options.dir}/${fileName}`);
        console.log(`SRI ${options.dir}/${fileName}: integrity="${integrity}"`);
        addToJson(`${CDN_DIR}/${INTEGRITY_FILE}`, fileName, integrity);
      }
    }
    mkdirSync(CDN_DIR, { recursive: true });
    writeJson(statsFile, stats);
  },
});
