// CDN builds: swaps the npm build's locale loaders (NPM_LOCALE_LOADERS) for a
// CDN script's. `base` is the module's or the classic script's
// (src/locale-loaders.cdn.ts, src/locale-loaders.classic.ts). For a script
// for one `language` (`legwise.es.js`, `legwise.classic.es.js`), those loaders
// with that language's text in the file: a translation imported statically as
// `builtIn` (see src/locale-loaders.ts), or the English content kept in the
// code (no `contentLoader`; the build keeps its text). Every other language
// loads lazily, as from legwise.js.
//
// The import is matched by the file it resolves to, not by how it is
// written, so any module may import the loaders ('./locale-loaders.js' from
// src/, '../locale-loaders.js' from src/i18n/); only `base` itself, which
// re-exports the npm loaders' map, gets the real file.
import { dirname, extname, resolve } from 'node:path';
import { localeModule, SOURCE_LOCALE } from '../shared.mjs';

/** The npm build's locale loaders, which every CDN build replaces. */
export const NPM_LOCALE_LOADERS = 'src/locale-loaders.ts';
/** The locale loaders of the CDN module (legwise.js) and of the classic script, in its place. */
export const MODULE_LOADERS = 'src/locale-loaders.cdn.ts';
export const CLASSIC_LOADERS = 'src/locale-loaders.classic.ts';

const npmLoaders = resolve(NPM_LOCALE_LOADERS);
const VIRTUAL_ID = '\0legwise-locale-loaders';

/** The TypeScript file that a relative import resolves to (`./x.js` and `./x` name `./x.ts`). */
const resolveRelative = (source, importer) => {
  const target = resolve(dirname(importer), source);
  const ext = extname(target);
  return ext === '.js' ? `${target.slice(0, -ext.length)}.ts` : ext ? target : `${target}.ts`;
};

export const localeLoaders = (base, language) => {
  const baseFile = resolve(base);
  const from = JSON.stringify(baseFile);
  return {
    name: 'legwise-locale-loaders',
    resolveId(source, importer) {
      if (!importer || importer === baseFile || !/^\.\.?\//.test(source)) return null;
      if (resolveRelative(source, importer) !== npmLoaders) return null;
      return language ? VIRTUAL_ID : baseFile;
    },
    load(loadId) {
      if (loadId !== VIRTUAL_ID) return null;
      if (language === SOURCE_LOCALE)
        return `export { builtIn, loaders } from ${from};\nexport const contentLoader = undefined;`;
      return [
        `import { templates } from ${JSON.stringify(resolve(localeModule(language)))};`,
        `export { contentLoader, loaders } from ${from};`,
        `export const builtIn = { locale: ${JSON.stringify(language)}, module: { templates } };`,
      ].join('\n');
    },
  };
};
