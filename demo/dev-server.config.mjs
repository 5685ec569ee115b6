// `npm start`: serves the demo (which uses the built CDN script) on
// http://localhost:8000. The project root is served so that the demo can
// load /dist/; "/" shows demo/index.html; /__render renders a widget on the
// server (demo/render-endpoint.mjs). The theme panel's contrast figures use
// the library's own colour maths (src/internal/colour.ts), which esbuild
// serves from the TypeScript source.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { renderEndpoint } from './render-endpoint.mjs';

export default {
  rootDir: '.',
  port: 8000,
  hostname: 'localhost',
  open: false,
  nodeResolve: true,
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    }),
  ],
  middleware: [
    function demoIndex(context, next) {
      if (context.url === '/' || context.url.startsWith('/?')) {
        context.url = context.url.replace(/^\//, '/demo/index.html');
      } else if (context.url === '/app' || context.url.startsWith('/app?')) {
        context.url = context.url.replace(/^\/app/, '/demo/app.html');
      }
      return next();
    },
    renderEndpoint,
  ],
};
