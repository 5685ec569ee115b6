// A copy of the project's sources and translation files in a temporary folder
// (node_modules linked), for the Node tests that run a tool on a broken or
// changed file: the tools find the project from their own path, so in the copy
// they read the copy, and the real xliff/ and lit-localize.json are never touched.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const COPIED = ['scripts', 'src', 'content', 'xliff', 'lit-localize.json', 'package.json', 'tsconfig.json'];

/**
 * A new copy: `run(script, ...args)` runs a Node script of the copy (a path
 * from the root) and returns { status, stdout, stderr }; `read(file)` and
 * `edit(file, change)` read and rewrite a file of the copy; `remove()` deletes it.
 */
export function sandbox() {
  const dir = mkdtempSync(join(tmpdir(), 'legwise-sandbox-'));
  for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const read = (file) => readFileSync(join(dir, file), 'utf8');
  return {
    dir,
    read,
    edit: (file, change) => writeFileSync(join(dir, file), change(read(file))),
    write: (file, text) => writeFileSync(join(dir, file), text),
    delete: (file) => rmSync(join(dir, file)),
    run: (script, ...args) =>
      spawnSync(process.execPath, [join(dir, script), ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Whether a tool's output has a Node stack trace in it. */
export const hasStackTrace = (output) => /^\s+at .+:\d+:\d+\)?$/m.test(output) || /^Node\.js v\d/m.test(output);
