// `npm run check:content`: compiles the content modules with TypeScript into
// build/check/ and runs content/validate.ts on them. Exits 1 with one line per
// problem (file and id) when the content is broken.
import { readFileSync, mkdirSync, writeFileSync, readdirSync, statSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'build', 'check');

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });

rmSync(out, { recursive: true, force: true });
for (const file of [...walk(join(root, 'content')), ...walk(join(root, 'src'))]) {
  const source = readFileSync(file, 'utf8');
  const { outputText, diagnostics } = ts.transpileModule(source, {
    fileName: file,
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.ES2020,
      target: ts.ScriptTarget.ES2021,
      experimentalDecorators: true,
      useDefineForClassFields: false,
    },
  });
  if (diagnostics?.length) {
    console.error(`${relative(root, file)}: ${ts.flattenDiagnosticMessageText(diagnostics[0].messageText, '\n')}`);
    process.exit(1);
  }
  const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, outputText);
}

let problems;
try {
  const { validateContent, shippedContent } = await import(pathToFileURL(join(out, 'content', 'validate.js')).href);
  problems = validateContent(shippedContent());
} catch (error) {
  console.error(`The content could not be loaded: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
}
if (problems.length) {
  console.error(`Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log('Content check passed: ids unique, causes complete and in known categories, no empty strings.');
