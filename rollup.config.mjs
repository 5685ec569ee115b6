// Builds Legwise:
// - dist/: the npm package. ES modules with lit and @lit/localize left as
//   imports (apps dedupe them), one entry per element plus a side-effect-free
//   `classes` entry, each locale a lazy chunk, and `.d.ts` types in dist/types.
// - dist/cdn/legwise.js: the CDN module. Lit bundled in, minified, all the
//   code in this one file (one request, covered by the script tag's SRI hash);
//   each locale, and the English content, is a lazy chunk of plain data
//   (it imports nothing) resolved relative to the script.
// - dist/cdn/legwise.en.js, legwise.es.js, legwise.ar.js: the CDN module for
//   a page in one language, with that language's text in the file (one
//   request, shown at the first render); any other language loads lazily as
//   from legwise.js, from the same chunk files.
// - dist/cdn/legwise.classic.js: the same for a plain <script src defer>, as
//   `window.Legwise`, loading the standalone dist/cdn/locales/*.js lazily;
//   legwise.classic.en.js, .es.js and .ar.js, one per language likewise.
// After writing, it prints a Subresource Integrity hash for each CDN script and
// records module sizes (for `npm run size`) in dist/cdn/stats.json.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import tsApi from 'typescript';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const LOCALES = JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales;

const ts = (declarations = false) =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts', 'content/**/*.ts'],
    exclude: ['tests/**'],
    compilerOptions: declarations
      ? { declaration: true, declarationDir: 'dist/types', sourceMap: true, outDir: 'dist', rootDir: '.', noEmit: false }
      : { declaration: false, sourceMap: true, outDir: undefined, rootDir: undefined, noEmit: false },
    noEmitOnError: true,
  });

const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/|@lit-labs\/)/.test(id);

// Must match LAZY_CONTENT_ID in tests/tools/localize-lib.mjs.
const LAZY_CONTENT_ID = /^(cause|faq|tips|source)[.-]/;

/**
 * CDN builds: replace the English text of every `msg('…', { id })` whose id is
 * lazily loaded content with '' (src/generated/content-en.ts carries it), so
 * that the core chunk holds code and safety text only.
 */
const stripLazyContent = () => ({
  name: 'legwise-strip-lazy-content',
  transform(code, id) {
    if (!/\/content\/[^/]+\.ts$/.test(id)) return null;
    const file = tsApi.createSourceFile(id, code, tsApi.ScriptTarget.Latest, true);
    const cuts = [];
    const visit = (node) => {
      if (
        tsApi.isCallExpression(node) &&
        tsApi.isIdentifier(node.expression) &&
        node.expression.text === 'msg' &&
        node.arguments.length === 2 &&
        tsApi.isStringLiteralLike(node.arguments[0]) &&
        tsApi.isObjectLiteralExpression(node.arguments[1])
      ) {
        const idProp = node.arguments[1].properties.find(
          (p) => tsApi.isPropertyAssignment(p) && p.name.getText(file) === 'id' && tsApi.isStringLiteralLike(p.initializer),
        );
        if (idProp && LAZY_CONTENT_ID.test(idProp.initializer.text)) {
          cuts.push([node.arguments[0].getStart(file), node.arguments[0].getEnd()]);
        }
      }
      tsApi.forEachChild(node, visit);
    };
    visit(file);
    if (!cuts.length) return null;
    let out = code;
    for (const [start, end] of cuts.reverse()) out = `${out.slice(0, start)}''${out.slice(end)}`;
    return { code: out, map: null };
  },
});

/**
 * CDN builds: each generated locale module gets its own copy of @lit/localize's
 * `str` tag (one line) instead of importing it. A locale chunk then imports
 * nothing, so the CDN entry can hold all the code (no chunk imports back into
 * it: loaded under two URLs, it would run a third time) and a Spanish chunk
 * does not pull in @lit/localize's runtime. The object has the shape that
 * `isStrTagged()` in src/localization.ts checks.
 */
const inlineStrTag = () => ({
  name: 'legwise-inline-str-tag',
  transform(code, id) {
    if (!/\/generated\/locales\/[^/]+\.ts$/.test(id)) return null;
    const out = code.replace(
      /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/,
      'const str = (strings, ...values) => ({ strTag: true, strings, values });',
    );
    if (out === code && /@lit\/localize/.test(code)) this.error(`${id}: expected only \`import {str} from '@lit/localize'\``);
    return { code: out, map: null };
  },
});

/** Conservative CSS minifier for the text of a css`` template: comments and white space only. */
const minifyCssText = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([:,])\s+/g, '$1')
    .replace(/;}/g, '}');

/**
 * Collapse the indentation inside an html`` template: a run of white space
 * holding a line break becomes one space, which HTML renders the same way
 * (Legwise has no <pre>). Text on one line is left as it is.
 */
const minifyHtmlText = (text) => text.replace(/\s*\n\s*/g, ' ');

/**
 * CDN builds: minify the text of Lit's css`` and html`` templates (terser
 * leaves template text alone). Expressions (${…}) are kept as they are.
 */
const minifyTemplates = () => ({
  name: 'legwise-minify-templates',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)\s*`/.test(code)) return null;
    const file = tsApi.createSourceFile(id, code, tsApi.ScriptTarget.Latest, true);
    const edits = [];
    const literal = (node, open, close, minifyText) => {
      // The raw text of a template part, between its delimiters.
      const start = node.getStart(file) + open;
      const end = node.getEnd() - close;
      edits.push([start, end, minifyText(code.slice(start, end))]);
    };
    const visit = (node) => {
      const tag = tsApi.isTaggedTemplateExpression(node) ? node.tag.getText(file) : '';
      if (tag === 'css' || tag === 'html') {
        const minifyText = tag === 'css' ? minifyCssText : minifyHtmlText;
        const t = node.template;
        if (tsApi.isNoSubstitutionTemplateLiteral(t)) literal(t, 1, 1, minifyText);
        else {
          literal(t.head, 1, 2, minifyText);
          t.templateSpans.forEach((span) => literal(span.literal, 1, tsApi.isTemplateTail(span.literal) ? 1 : 2, minifyText));
        }
      }
      tsApi.forEachChild(node, visit);
    };
    visit(file);
    if (!edits.length) return null;
    let out = code;
    for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
    return { code: out, map: null };
  },
});

/** The pseudo-locale: a testing aid, with no script of its own and no preload line. */
const PSEUDO_LOCALE = 'en-XA';
/** The languages with a CDN script of their own (`legwise.es.js`): English and every translation. */
const SCRIPT_LANGUAGES = ['en', ...LOCALES.filter((locale) => locale !== PSEUDO_LOCALE)];

/**
 * The locale loaders of a CDN script: `base`, the module's or the classic
 * script's (src/locale-loaders.cdn.ts, src/locale-loaders.classic.ts), in
 * place of the npm build's src/locale-loaders.ts. For a script for one
 * `language` (`legwise.es.js`, `legwise.classic.es.js`), those loaders with
 * that language's text in the file: a translation imported statically as
 * `builtIn` (see src/locale-loaders.ts), or the English content kept in the
 * code (no `contentLoader`; the build keeps its text). Every other language
 * loads lazily, as from legwise.js.
 */
const localeLoaders = (base, language) => {
  const id = '\0legwise-locale-loaders';
  const from = JSON.stringify(resolve(base));
  return {
    name: 'legwise-locale-loaders',
    resolveId(source, importer) {
      if (source !== './locale-loaders.js' || importer !== resolve('src/localization.ts')) return null;
      return language ? id : resolve(base);
    },
    load(loadId) {
      if (loadId !== id) return null;
      if (language === 'en') return `export { builtIn, loaders } from ${from};\nexport const contentLoader = undefined;`;
      return [
        `import { templates } from ${JSON.stringify(resolve(`src/generated/locales/${language}.ts`))};`,
        `export { contentLoader, loaders } from ${from};`,
        `export const builtIn = { locale: ${JSON.stringify(language)}, module: { templates } };`,
      ].join('\n');
    },
  };
};

const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/** The language whose text a CDN chunk named `name` holds (the English content, or a translation), if any. */
const textLanguage = (name) => (name === 'content-en' ? 'en' : LOCALES.includes(name) ? name : undefined);

/** Sets `key` in a JSON file of the build, which the bundles of one build fill in turn. */
const addToJson = (file, key, value) => {
  let all = {};
  try {
    all = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // The first entry of this build.
  }
  all[key] = value;
  writeFileSync(file, JSON.stringify(all, null, 2) + '\n');
};

/** Prints the SRI hash of the entry scripts and records sizes for `npm run size`. */
const report = ({ preload = false } = {}) => ({
  name: 'legwise-report',
  writeBundle(options, bundle) {
    const statsFile = 'dist/cdn/stats.json';
    let stats = {};
    try {
      stats = JSON.parse(readFileSync(statsFile, 'utf8'));
    } catch {
      // First bundle of this build.
    }
    for (const [fileName, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const path = `${options.dir}/${fileName}`.replace(/^dist\/cdn\//, '');
      const modules = Object.entries(chunk.modules).map(([id, m]) => ({ id, length: m.renderedLength }));
      const litLength = modules.filter((m) => /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(m.id)).reduce((n, m) => n + m.length, 0);
      const total = modules.reduce((n, m) => n + m.length, 0);
      stats[path] = {
        imports: chunk.imports.map((i) => `${dirname(`${options.dir}/${fileName}`)}/${i}`.replace(/^dist\/cdn\//, '').replace(/[^/]+\/\.\.\//g, '')),
        dynamicImports: chunk.dynamicImports,
        isEntry: chunk.isEntry,
        litShare: total ? litLength / total : 0,
      };
      // The entry scripts, and the text chunk of each language: the English
      // content, or a translation (for the README's optional
      // <link rel="modulepreload"> that fetches a page's text together with
      // the script). Their hashed names are recorded once, by language, in
      // dist/cdn/preload.json, for the tools that print that line
      // (tests/tools/size.mjs, demo/demo.js, tests/bench/).
      // (Every CDN build makes the same chunk files; legwise.js's build names them.)
      const language = preload && !chunk.isEntry ? textLanguage(chunk.name) : undefined;
      if (language) addToJson('dist/cdn/preload.json', language, fileName);
      if ((chunk.isEntry && /^legwise(\.[\w-]+)*\.js$/.test(fileName)) || language) {
        const integrity = sri(`${options.dir}/${fileName}`);
        console.log(`SRI ${options.dir}/${fileName}: integrity="${integrity}"`);
        addToJson('dist/cdn/integrity.json', fileName, integrity);
      }
    }
    mkdirSync('dist/cdn', { recursive: true });
    writeFileSync(statsFile, JSON.stringify(stats, null, 2) + '\n');
  },
});

/**
 * V8's explicit compile hint for the CDN scripts (Chromium 136 and later;
 * other engines read a comment): every function in the file runs while the
 * widgets first render, so the browser compiles them all on the thread that
 * streams the script in, rather than one by one on the main thread as each is
 * first called. Measured: see BENCHMARKS.md, item 11.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
// Terser keeps only that comment (a RegExp: the options go to a worker, a function would lose its closure).
const minify = () => terser({ format: { comments: /^# allFunctionsCalledOnLoad$/ }, compress: { passes: 2 } });
// Lit's production build (no dev-mode warnings) for the CDN bundles.
const resolveProd = () => nodeResolve({ exportConditions: ['production'] });

/**
 * The plugins of every CDN script, after its locale loaders. `keepEnglish`:
 * the English content stays in the code (legwise.en.js); `preload`: this
 * build names the language chunks in preload.json (legwise.js).
 */
const cdnPlugins = ({ keepEnglish = false, preload = false } = {}) => [
  resolveProd(),
  ts(),
  inlineStrTag(),
  ...(keepEnglish ? [] : [stripLazyContent()]),
  minifyTemplates(),
  minify(),
  report({ preload }),
];

/** The output of the CDN modules: each entry at the top, its lazy chunks in chunks/. */
const cdnModuleOutput = {
  dir: 'dist/cdn',
  format: 'es',
  sourcemap: true,
  banner: (chunk) => (chunk.isEntry ? COMPILE_HINT : ''),
  entryFileNames: '[name].js',
  chunkFileNames: 'chunks/[name]-[hash].js',
};

/** The output of the classic scripts: one file each, loading the standalone locales/*.js. */
const classicOutput = { dir: 'dist/cdn', format: 'iife', sourcemap: true, banner: COMPILE_HINT, entryFileNames: '[name].js' };

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: {
      index: 'src/index.ts',
      classes: 'src/classes.ts',
      'cause-list': 'src/cause-list.ts',
      'faq-accordion': 'src/faq-accordion.ts',
      'when-to-see-doctor': 'src/when-to-see-doctor.ts',
      'exercise-tips': 'src/exercise-tips.ts',
    },
    external: isLit,
    plugins: [ts(true)],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
  {
    input: { legwise: 'src/cdn.ts' },
    plugins: [localeLoaders('src/locale-loaders.cdn.ts'), ...cdnPlugins({ preload: true })],
    output: cdnModuleOutput,
  },
  // One CDN module per language, the language's text in the file.
  ...SCRIPT_LANGUAGES.map((language) => ({
    input: { [`legwise.${language}`]: 'src/cdn.ts' },
    plugins: [localeLoaders('src/locale-loaders.cdn.ts', language), ...cdnPlugins({ keepEnglish: language === 'en' })],
    output: cdnModuleOutput,
  })),
  {
    input: { 'legwise.classic': 'src/cdn-classic.ts' },
    plugins: [localeLoaders('src/locale-loaders.classic.ts'), ...cdnPlugins()],
    output: classicOutput,
  },
  // One classic script per language, likewise.
  ...SCRIPT_LANGUAGES.map((language) => ({
    input: { [`legwise.classic.${language}`]: 'src/cdn-classic.ts' },
    plugins: [localeLoaders('src/locale-loaders.classic.ts', language), ...cdnPlugins({ keepEnglish: language === 'en' })],
    output: classicOutput,
  })),
  // Standalone locale modules (and the English content) for the classic script.
  ...[...LOCALES, 'en'].map((locale) => ({
    input: { [locale]: locale === 'en' ? 'src/generated/content-en.ts' : `src/generated/locales/${locale}.ts` },
    plugins: [resolveProd(), ts(), inlineStrTag(), minify()],
    output: { dir: 'dist/cdn/locales', format: 'es', sourcemap: true, entryFileNames: '[name].js' },
  })),
];
