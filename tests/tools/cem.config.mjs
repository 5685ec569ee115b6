// custom-elements.json, VS Code custom data and JetBrains web-types, all from
// the elements' JSDoc (@attr, @fires, @csspart, @cssprop). Run by `npm run build`.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

export default {
  globs: ['src/elements/*.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ outdir: 'dist', hideLogs: true }),
  ],
};
