// The build that `npm run bench` measures: built first when dist/ is missing
// or older than the sources (or with --build), then copied to a snapshot
// served for the whole run, so that a rebuild next to the benchmark cannot
// change it midway.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CDN_DIR, ROOT, STATS_FILE, entryName } from '../scripts/shared.mjs';
import { flag } from './options.mjs';
import { log } from './stats.mjs';

/** What the build is made from: a change to any of these makes dist/ stale. */
const SOURCES = ['src', 'content', 'xliff', 'scripts', 'rollup.config.mjs', 'lit-localize.json', 'package.json'];
const ENTRY = `${entryName()}.js`;

/** The newest modification time of the files under `path`. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), st.mtimeMs);
}

export function ensureBuild() {
  const stamp = join(ROOT, CDN_DIR, STATS_FILE);
  const built = existsSync(join(ROOT, CDN_DIR, ENTRY)) && existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((p) => newest(join(ROOT, p))));
  const reason = flag('build')
    ? 'asked with --build'
    : !built
      ? 'dist/ is missing'
      : sources > built
        ? 'the sources are newer than dist/'
        : '';
  if (flag('no-build') || !reason) return;
  log(`Building (${reason}): npm run build`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build failed');
}

/**
 * Serve a snapshot of dist/, so that a rebuild next to the benchmark cannot
 * change it midway. A build running right now (dist/ half written) is waited
 * for: the snapshot must hold the CDN entry and every chunk it imports.
 */
export async function snapshotDist() {
  for (let attempt = 1; ; attempt += 1) {
    const snapshot = mkdtempSync(join(tmpdir(), 'legwise-bench-dist-'));
    try {
      cpSync(join(ROOT, 'dist'), snapshot, {
        recursive: true,
        filter: (src) => !src.startsWith(join(ROOT, 'dist/types')),
      });
      const entry = readFileSync(join(snapshot, 'cdn', ENTRY), 'utf8');
      const imported = [...entry.matchAll(/from\s*["']\.\/([^"']+)["']/g)].map((m) => m[1]);
      JSON.parse(readFileSync(join(snapshot, 'cdn', STATS_FILE), 'utf8'));
      if (imported.every((f) => existsSync(join(snapshot, 'cdn', f)))) return snapshot;
    } catch {
      // dist/ is being rebuilt: try again.
    }
    rmSync(snapshot, { recursive: true, force: true });
    if (attempt >= 40)
      throw new Error('dist/ is incomplete (a build running?). Run npm run build, or npm run bench -- --build.');
    log('dist/ is incomplete (a build running?); waiting…');
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}
