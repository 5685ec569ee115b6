// Builds Legwise two ways:
// - dist/: the npm package, ES modules, lit and @lit/localize left as imports
//   so that apps dedupe them; one entry per element plus a side-effect-free one.
// - dist/cdn/: the CDN script, everything bundled and minified, shared code and
//   each locale in hashed chunks that load relative to the script's own URL.
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts', 'content/**/*.ts'],
    exclude: ['tests/**'],
    compilerOptions: { declaration: false, sourceMap: true, outDir: undefined, rootDir: undefined, noEmit: false },
    noEmitOnError: true,
  });

const isExternal = (id) => /^(lit|@lit\/|lit-html|lit-element|@lit-labs\/)/.test(id);

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
    external: isExternal,
    plugins: [ts()],
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
    plugins: [nodeResolve(), ts(), terser({ format: { comments: false } })],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
];
