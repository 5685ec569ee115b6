// `npm start`: serves the demo (which uses the built CDN script) on
// http://localhost:8000. The project root is served so that the demo can
// load /dist/; "/" shows demo/index.html; /__render renders a widget on the
// server (demo/render-endpoint.mjs).
import { renderEndpoint } from './render-endpoint.mjs';

export default {
  rootDir: '.',
  port: 8000,
  hostname: 'localhost',
  open: false,
  nodeResolve: true,
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
