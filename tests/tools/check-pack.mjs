// Part of `npm run check:package`: the npm package ships only what users need.
// Fails, naming the files, if the tarball would hold tests, the demo, sources
// or build leftovers, or lacks an entry point, the types, the CDN scripts or
// the custom-elements manifest.
import { execFileSync } from 'node:child_process';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = pack.files.map((f) => f.path);
const forbidden = files.filter((f) => /^(tests|demo|src|content|xliff|build|results|\.ci)\//.test(f) || /stats\.json$|\.tmp\./.test(f));
const required = [
  'package.json',
  'README.md',
  'dist/index.js',
  'dist/classes.js',
  'dist/types/src/index.d.ts',
  'dist/types/src/jsx/react.d.ts',
  'dist/types/src/jsx/vue.d.ts',
  'dist/cdn/legwise.js',
  'dist/cdn/legwise.classic.js',
  'dist/cdn/legwise.en.js',
  'dist/cdn/legwise.es.js',
  'dist/cdn/legwise.ar.js',
  'dist/cdn/legwise.classic.en.js',
  'dist/cdn/legwise.classic.es.js',
  'dist/cdn/legwise.classic.ar.js',
  'dist/custom-elements.json',
  'dist/web-types.json',
  'dist/vscode.html-custom-data.json',
];
const missing = required.filter((f) => !files.includes(f));
if (forbidden.length || missing.length) {
  if (forbidden.length) console.error(`The npm package would ship files users do not need:\n  ${forbidden.join('\n  ')}`);
  if (missing.length) console.error(`The npm package would lack:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`npm package: ${files.length} files, ${(pack.size / 1024).toFixed(1)} KB packed; no tests, demo or sources.`);
