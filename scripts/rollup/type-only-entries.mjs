// `legwise/react` and `legwise/vue` are typings only, but an app may import
// them without `import type` (`import 'legwise/react'`): each gets an empty
// ES module beside its types, so that a bundler resolves the import to
// nothing instead of failing.
export function typeOnlyEntries(names) {
  return {
    name: 'legwise-type-only-entries',
    generateBundle() {
      for (const name of names) {
        this.emitFile({
          type: 'asset',
          fileName: `${name}.js`,
          source: `// legwise/${name.split('/').pop()}: types only (see the .d.ts); importing it does nothing.\nexport {};\n`,
        });
      }
    },
  };
}
