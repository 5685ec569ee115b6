// The generated sections of the documents: README.md and docs/*.md hold
// sections between `<!-- name:start -->` and `<!-- name:end -->` that tools
// write (the size table, the CDN lines with their hashes, the CSP, the API
// tables). Each section lives in exactly one document, wherever a writer put
// it. syncSections() checks them (`npm test`: a stale section is a problem)
// or, with `write`, rewrites them (`npm run docs`).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { updateSections } from './readme-snippets.mjs';
import { ROOT } from './shared.mjs';

/** The documents that may hold generated sections, relative to the root. */
export function documents() {
  const docs = existsSync(join(ROOT, 'docs'))
    ? readdirSync(join(ROOT, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .sort()
        .map((f) => `docs/${f}`)
    : [];
  return ['README.md', ...docs];
}

/**
 * Checks (or, with `write`, rewrites) each section (name → body) in the
 * document that holds it. Returns the problems, one message each: a section
 * in no document or in two, or (when checking) a section out of date.
 */
export function syncSections(sections, { write = false } = {}) {
  const problems = [];
  const found = new Map(Object.keys(sections).map((name) => [name, []]));
  const rewritten = [];
  for (const file of documents()) {
    const path = join(ROOT, file);
    const text = readFileSync(path, 'utf8');
    const here = Object.fromEntries(
      Object.entries(sections).filter(([name]) => text.includes(`<!-- ${name}:start -->`)),
    );
    if (!Object.keys(here).length) continue;
    for (const name of Object.keys(here)) found.get(name).push(file);
    const { text: next, stale } = updateSections(text, here);
    if (write) {
      if (next !== text) {
        writeFileSync(path, next);
        rewritten.push(`${file} (${stale.map((s) => s.name).join(', ')})`);
      }
    } else {
      for (const s of stale) {
        problems.push(
          `${file} is out of date: its "${s.name}" section differs from this build.\n    doc:   ${s.readme}\n    build: ${s.build}`,
        );
      }
    }
  }
  for (const [name, files] of found) {
    if (!files.length) problems.push(`No document has the <!-- ${name}:start --> / <!-- ${name}:end --> markers.`);
    if (files.length > 1) problems.push(`The "${name}" section is in more than one document: ${files.join(', ')}.`);
  }
  if (write)
    console.log(rewritten.length ? `Rewrote ${rewritten.join('; ')}.` : 'The generated sections were up to date.');
  else if (problems.some((p) => p.includes('out of date')))
    problems.push('Run `npm run docs` (after `npm run build`) to rewrite the generated sections, and commit them.');
  return problems;
}
