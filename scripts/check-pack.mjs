// Part of `npm run check:package`: the npm package ships only what users need.
// Fails, naming the files, if the tarball would hold tests, benchmarks, build
// tools, the demo, sources or build leftovers, or lacks an entry point, the
// types, a CDN script (one per language, shared.mjs) or the custom-elements
// manifest, or if an element lacks its entry in package.json's `exports` and
// `sideEffects`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CDN_DIR, SCRIPT_LANGUAGES, STYLE_HASHES_FILE, entryName } from './shared.mjs';

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
  STYLE_HASHES_FILE,
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

// The manifest and the editor data describe what ships: every path is in the
// tarball, one declaration per element, no item twice, every event described.
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const manifest = readJson('dist/custom-elements.json');
const wrong = [];
const twice = (where, names) => {
  const seen = new Set();
  for (const name of names) {
    if (seen.has(name)) wrong.push(`${where}: "${name}" is listed twice`);
    seen.add(name);
  }
};
const tags = [];
for (const module of manifest.modules) {
  if (!files.includes(module.path)) wrong.push(`custom-elements.json: module ${module.path} is not in the package`);
  for (const e of module.exports ?? []) {
    if (e.declaration?.module && !files.includes(e.declaration.module))
      wrong.push(`custom-elements.json: export ${e.name} points to ${e.declaration.module}, not in the package`);
  }
  for (const d of module.declarations ?? []) {
    if (!d.tagName) wrong.push(`custom-elements.json: ${module.path} declares ${d.kind} ${d.name}, not an element`);
    tags.push(d.tagName);
    for (const key of ['attributes', 'events', 'cssParts', 'cssProperties', 'members'])
      twice(
        `custom-elements.json: <${d.tagName}> ${key}`,
        (d[key] ?? []).map((x) => (x.static ? `static ${x.name}` : x.name)),
      );
    for (const ref of [d.superclass, ...(d.members ?? []).map((m) => m.inheritedFrom)]) {
      if (ref?.module && !files.includes(ref.module))
        wrong.push(`custom-elements.json: <${d.tagName}> refers to ${ref.module}, not in the package`);
    }
    for (const e of d.events ?? [])
      if (!e.description) wrong.push(`custom-elements.json: event ${e.name} has no description`);
  }
}
twice('custom-elements.json: elements', tags);
// Each element has its own entry (`legwise/<tag>.js`), with types, kept by bundlers for its side
// effect (it defines the tag): an element left out of `exports` or `sideEffects` breaks quietly.
const pkg = readJson('package.json');
for (const tag of tags) {
  const entry = pkg.exports?.[`./${tag}.js`];
  if (entry?.default !== `./dist/${tag}.js` || !entry?.types)
    wrong.push(`package.json: exports has no "./${tag}.js" with types and "./dist/${tag}.js"`);
  if (!pkg.sideEffects?.includes(`./dist/${tag}.js`))
    wrong.push(`package.json: sideEffects does not list "./dist/${tag}.js" (it defines <${tag}>)`);
}
const html = readJson('dist/vscode.html-custom-data.json');
twice(
  'vscode.html-custom-data.json: tags',
  html.tags.map((t) => t.name),
);
const css = readJson('dist/vscode.css-custom-data.json');
twice(
  'vscode.css-custom-data.json: properties',
  css.properties.map((p) => p.name),
);
twice(
  'vscode.css-custom-data.json: parts',
  css.pseudoElements.map((p) => p.name),
);
const webTypes = readJson('dist/web-types.json').contributions;
twice(
  'web-types.json: elements',
  webTypes.html.elements.map((e) => e.name),
);
twice(
  'web-types.json: CSS properties',
  webTypes.css.properties.map((p) => p.name),
);
twice(
  'web-types.json: parts',
  webTypes.css.parts.map((p) => p.name),
);
for (const t of html.tags) {
  for (const name of ['theme', 'heading-level'])
    if (!t.attributes.find((a) => a.name === name)?.values?.length)
      wrong.push(`VS Code data: <${t.name}> ${name} has no value list`);
}
if (wrong.length) {
  console.error(`The manifest or editor data would mislead:\n  ${wrong.join('\n  ')}`);
  process.exit(1);
}

if (forbidden.length || missing.length) {
  if (forbidden.length)
    console.error(`The npm package would ship files users do not need:\n  ${forbidden.join('\n  ')}`);
  if (missing.length) console.error(`The npm package would lack:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `npm package: ${files.length} files, ${(pack.size / 1024).toFixed(1)} KB packed; no tests, tools, demo or sources; ` +
    `the manifest (${tags.length} elements) and editor data name only shipped files, each item once.`,
);
