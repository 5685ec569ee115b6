export default { logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } };
