// Part of `npm run build`, after rollup: the CSP hash of each widget's inline
// <style> in the server HTML of legwise/server (dist/server.js), for a strict
// policy's `style-src`. Prints them and writes dist/style-hashes.json (tag →
// 'sha256-…'), which `npm run size` checks the README against.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, STYLE_HASHES_FILE } from './shared.mjs';

const { render, TAGS } = await import('../dist/server.js');

/** The hash source expression of every inline <style> in `html`. */
export const styleHashesOf = (html) =>
  [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, text]) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`,
  );

const hashes = {};
for (const tag of TAGS) {
  const html = await render(tag, { attributes: tag === 'when-to-see-doctor' ? { region: 'GB' } : {} });
  hashes[tag] = styleHashesOf(html).join(' ');
}
writeFileSync(join(ROOT, STYLE_HASHES_FILE), `${JSON.stringify(hashes, null, 2)}\n`);
console.log('CSP style-src hashes of the server HTML (legwise/server):');
for (const [tag, hash] of Object.entries(hashes)) console.log(`  ${tag}: ${hash}`);
