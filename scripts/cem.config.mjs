// custom-elements.json, VS Code custom data and JetBrains web-types, all from
// the elements' JSDoc (@attr, @fires, @csspart, @cssprop). Run by `npm run build`.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { readFileSync } from 'node:fs';

/** The content's version (content/meta.ts), recorded in the manifest so a site can see when advice changed. */
const contentVersion = () => {
  const match = /export const CONTENT_VERSION = '([^']+)'/.exec(
    readFileSync(new URL('../content/meta.ts', import.meta.url), 'utf8'),
  );
  if (!match) throw new Error('content/meta.ts: CONTENT_VERSION not found');
  return match[1];
};

export default {
  globs: ['src/elements/*.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'legwise-content-version',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.contentVersion = contentVersion();
      },
    },
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({ outdir: 'dist', hideLogs: true }),
  ],
};
