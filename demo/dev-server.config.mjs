// `npm start`: serves the demo (which uses the built CDN script) on port 8000.
export default {
  rootDir: '.',
  port: 8000,
  hostname: 'localhost',
  open: false,
  appIndex: 'demo/index.html',
  nodeResolve: false,
};
