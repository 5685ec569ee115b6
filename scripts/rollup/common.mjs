// Shared machinery of the rollup plugins in this folder and of
// rollup.config.mjs: the TypeScript compile, Lit's production build, the
// source edits that the CDN plugins make, SRI hashes, and the JSON files that
// the bundles of one build fill in turn.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import tsApi from 'typescript';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';

export { tsApi };

/** Compiles src/ and content/; `declarations`: also writes the `.d.ts` types into dist/types (the npm build). */
export const ts = (declarations = false) =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts', 'content/**/*.ts'],
    exclude: ['tests/**'],
    compilerOptions: declarations
      ? {
          declaration: true,
          declarationDir: 'dist/types',
          sourceMap: true,
          outDir: 'dist',
          rootDir: '.',
          noEmit: false,
        }
      : { declaration: false, sourceMap: true, outDir: undefined, rootDir: undefined, noEmit: false },
    noEmitOnError: true,
  });

/** Lit and @lit/localize: left as imports in the npm build (apps dedupe them). */
export const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/|@lit-labs\/)/.test(id);

/** Lit's production build (no dev-mode warnings), for the CDN bundles. */
export const resolveProd = () => nodeResolve({ exportConditions: ['production'] });

/** A module's source as a TypeScript syntax tree, to find the spans to edit. */
export const parse = (id, code) => tsApi.createSourceFile(id, code, tsApi.ScriptTarget.Latest, true);

/**
 * `code` with each [start, end, text] edit applied (the span replaced by the
 * text), as a transform hook's result; null when there is nothing to edit.
 * Spans must not overlap.
 */
export function applyEdits(code, edits) {
  if (!edits.length) return null;
  let out = code;
  for (const [start, end, text] of [...edits].sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + text + out.slice(end);
  return { code: out, map: null };
}

/** The Subresource Integrity hash of a written file. */
export const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;

/** Reads a JSON file of this build, or {} before the first bundle writes it. */
export const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
};

/** Writes a JSON file of the build, two-space indented with a final newline. */
export const writeJson = (file, value) => writeFileSync(file, JSON.stringify(value, null, 2) + '\n');

/** Sets `key` in a JSON file of the build, which the bundles of one build fill in turn. */
export const addToJson = (file, key, value) => writeJson(file, { ...readJson(file), [key]: value });
