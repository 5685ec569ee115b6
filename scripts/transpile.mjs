// Transpiles the project's TypeScript (content/ and src/) into plain ES
// modules under a folder of build/, one file per module, so that Node tools
// can import the content as data: the content check (check-content.mjs) and
// the API generator (api/content-values.mjs). Types are dropped, not checked
// (`npm run typecheck` does that).
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { ROOT } from './shared.mjs';

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });

/** Transpiles content/ and src/ into build/<folder>/; returns that folder. Throws on a syntax error. */
export function transpileTree(folder) {
  const out = join(ROOT, 'build', folder);
  rmSync(out, { recursive: true, force: true });
  for (const file of [...walk(join(ROOT, 'content')), ...walk(join(ROOT, 'src'))]) {
    const { outputText, diagnostics } = ts.transpileModule(readFileSync(file, 'utf8'), {
      fileName: file,
      reportDiagnostics: true,
      compilerOptions: {
        module: ts.ModuleKind.ES2022,
        target: ts.ScriptTarget.ES2021,
        experimentalDecorators: true,
        useDefineForClassFields: false,
      },
    });
    if (diagnostics?.length) {
      throw new Error(`${relative(ROOT, file)}: ${ts.flattenDiagnosticMessageText(diagnostics[0].messageText, '\n')}`);
    }
    const target = join(out, relative(ROOT, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, outputText);
  }
  return out;
}
