// Builds the React example into examples/react/_site/: the browser bundle
// (Vite), then the server entry (Vite's SSR build, run in Node) writes
// index.html. Run by tests/examples/react.test.mjs, or `npm run example:react`
// (after `npm run build`: it uses the npm build in dist/, as an app would).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const site = join(here, '_site');
const server = join(here, '.server');
// "'use client'" marks a Next.js client component; a plain Vite build has no use for it (and says so).
const onwarn = (warning, warn) => warning.code === 'MODULE_LEVEL_DIRECTIVE' || warn(warning);
const common = { root: here, logLevel: 'warn', configFile: false };

/** `legwise` and its entries resolve to the npm build in dist/, as the installed package's exports say. */
function legwiseAliases() {
  const pkg = JSON.parse(readFileSync(join(here, '../../package.json'), 'utf8'));
  const dist = join(here, '../..');
  return Object.entries(pkg.exports)
    .filter(([, target]) => typeof target === 'object' && target.default)
    .map(([key, target]) => ({
      find: new RegExp(`^legwise${key === '.' ? '' : key.slice(1).replace(/[.]/g, '\\.')}$`),
      replacement: join(dist, target.default),
    }));
}

rmSync(site, { recursive: true, force: true });
rmSync(server, { recursive: true, force: true });
await build({
  ...common,
  resolve: { alias: legwiseAliases() },
  build: {
    outDir: site,
    emptyOutDir: true,
    manifest: true,
    rollupOptions: { input: join(here, 'src/client.tsx'), onwarn },
  },
});
await build({
  ...common,
  build: { outDir: server, ssr: join(here, 'src/server.tsx'), emptyOutDir: true, rollupOptions: { onwarn } },
  // Left to Node, which finds `legwise` (this package, by its own name) and Lit as an installed app would.
  ssr: { external: ['legwise', 'lit', '@lit/localize', '@lit-labs/ssr'] },
});
const manifest = JSON.parse(readFileSync(join(site, '.vite/manifest.json'), 'utf8'));
const client = `./${manifest['src/client.tsx'].file}`;
const { page } = await import(pathToFileURL(join(server, 'server.js')).href);
mkdirSync(site, { recursive: true });
writeFileSync(join(site, 'index.html'), await page(client));
rmSync(server, { recursive: true, force: true });
console.log('React example: wrote examples/react/_site/index.html');
