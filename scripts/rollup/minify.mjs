// CDN builds: terser, two passes, dropping every comment but the compile
// hint (compile-hint.mjs).
import terser from '@rollup/plugin-terser';
import { KEEP_COMPILE_HINT } from './compile-hint.mjs';

export const minify = () => terser({ format: { comments: KEEP_COMPILE_HINT }, compress: { passes: 2 } });
