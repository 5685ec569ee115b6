// ESLint (flat config): JavaScript and typescript-eslint recommended, the Lit
// and web-component rules, and eslint-config-prettier last, so that layout is
// Prettier's alone (`npm run lint` runs both; `npm run format` fixes both).
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'build/',
      'results/',
      'coverage/',
      'src/generated/',
      'node_modules/',
      '.scratch/',
      'examples/*/_site/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // `const { dropped, ...rest } = x` is how the code leaves a property out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // `interface DocumentEventMap extends X {}` adds one set of events to several global maps.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Chai's property assertions (`expect(x).to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  // Code that runs in the page: the widgets, their content, the browser tests,
  // the demo, and the probes that the test and benchmark pages inline.
  {
    files: ['src/**', 'content/**', 'tests/**', 'demo/**', 'bench/probe.js'],
    ignores: ['tests/tools/**', 'tests/node/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Code that runs in Node: build and check tools, benchmarks, the test
  // runner's tools and Node tests, and every config module.
  {
    files: [
      'scripts/**',
      'bin/**',
      'bench/**',
      'tests/tools/**',
      'tests/node/**',
      'tests/types/run.mjs',
      'examples/**/*.mjs',
      'tests/examples/**',
      '**/*.config.mjs',
      '*.mjs',
    ],
    ignores: ['bench/probe.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
