// Part of `npm run check:package`: the npm package ships only what users need.
// Fails, naming the files, if the tarball would hold tests, benchmarks, build
// tools, the demo, sources or build leftovers, or lacks an entry point, the
// types, a CDN script (one per language, shared.mjs) or the custom-elements
// manifest.
import { execFileSync } from 'node:child_process';
import { CDN_DIR, SCRIPT_LANGUAGES, entryName } from './shared.mjs';

/** Every CDN entry script: the module and the classic script, each also once per language. */
const cdnScripts = [false, true].flatMap((classic) =>
  [undefined, ...SCRIPT_LANGUAGES].map((language) => `${CDN_DIR}/${entryName({ classic, language })}.js`),
);

const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
);
const files = pack.files.map((f) => f.path);
const forbidden = files.filter(
  (f) => /^(tests|bench|scripts|demo|src|content|xliff|build|results|\.ci)\//.test(f) || /stats\.json$|\.tmp\./.test(f),
);
const required = [
  'package.json',
  'README.md',
  'dist/index.js',
  'dist/classes.js',
  'dist/server.js',
  'dist/types/src/server/index.d.ts',
  'dist/style-hashes.json',
  'bin/legwise.mjs',
  'dist/types/src/index.d.ts',
  'dist/types/src/jsx/react.d.ts',
  'dist/types/src/jsx/vue.d.ts',
  ...cdnScripts,
  'dist/custom-elements.json',
  'dist/web-types.json',
  'dist/vscode.html-custom-data.json',
];
const missing = required.filter((f) => !files.includes(f));
if (forbidden.length || missing.length) {
  if (forbidden.length)
    console.error(`The npm package would ship files users do not need:\n  ${forbidden.join('\n  ')}`);
  if (missing.length) console.error(`The npm package would lack:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `npm package: ${files.length} files, ${(pack.size / 1024).toFixed(1)} KB packed; no tests, tools, demo or sources.`,
);
