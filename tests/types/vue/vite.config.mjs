import vue from '@vitejs/plugin-vue';

export default {
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true },
  plugins: [
    vue({
      template: {
        compilerOptions: {
          isCustomElement: (tag) =>
            ['cause-list', 'faq-accordion', 'when-to-see-doctor', 'exercise-tips'].includes(tag),
        },
      },
    }),
  ],
};
