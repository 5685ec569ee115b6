// `npm run test:types`: the package as an app installs it. Packs the build
// (`npm pack`), installs the tarball into fresh copies of the projects in
// tests/types/ (under build/types/, each with the tarball in its own
// node_modules/legwise), then, with the README's snippets in them:
//   react/  TypeScript strict, React 19 JSX, then `vite build`;
//   vue/    `vue-tsc` strict (strictTemplates), then `vite build`;
//   plain/  TypeScript strict: tags, events and the locale API typed.
// Each project also has lines that must be errors (`@ts-expect-error`,
// `@vue-expect-error`): if a wrong value type-checks, the compiler fails on
// the unused directive. One line per project; exit 1 on any failure.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, 'build', 'types');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: 'pipe', encoding: 'utf8' });

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
run('npm', ['pack', '--silent', '--pack-destination', work], root);
const tarball = join(
  work,
  readdirSync(work).find((f) => f.endsWith('.tgz')),
);

const projects = {
  react: [
    [bin('tsc'), ['-p', '.']],
    [bin('vite'), ['build']],
  ],
  vue: [
    [bin('vue-tsc'), ['-p', '.']],
    [bin('vite'), ['build']],
  ],
  plain: [[bin('tsc'), ['-p', '.']]],
};

let failed = 0;
for (const [name, steps] of Object.entries(projects)) {
  const dir = join(work, name);
  cpSync(join(root, 'tests', 'types', name), dir, { recursive: true });
  const pkg = join(dir, 'node_modules', 'legwise');
  mkdirSync(pkg, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', pkg, '--strip-components=1'], root);
  try {
    for (const [command, args] of steps) run(command, args, dir);
    // An app's production build carries no pseudo-locale (its text has "ţĥŕéé" in every long string).
    const built = join(dir, 'dist', 'assets');
    if (existsSync(built)) {
      const pseudo = readdirSync(built).filter((f) => readFileSync(join(built, f), 'utf8').includes('ţĥŕéé'));
      if (pseudo.length) throw new Error(`the app build carries the pseudo-locale: ${pseudo.join(', ')}`);
    }
    console.log(`types: ${name}: ${steps.map(([c, a]) => [c.split('/').pop(), ...a].join(' ')).join(', then ')}: ok`);
  } catch (error) {
    failed++;
    console.error(`types: ${name} failed:\n${error.stdout ?? ''}${error.stderr ?? error.message}`);
  }
}
if (failed) process.exit(1);
