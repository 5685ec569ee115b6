// A plugin of the test server: the browser tests render the html`` and css``
// templates of src/ minified as every build ships them
// (scripts/rollup/minify-templates.mjs), so that they test the white space a
// reader gets, each line of code where it was (for stack traces). It runs
// before esbuild turns the TypeScript into JavaScript.
import { join } from 'node:path';
import { minifyTemplates } from '../../scripts/rollup/minify-templates.mjs';
import { ROOT } from '../../scripts/shared.mjs';

export function shippedTemplates() {
  const minify = minifyTemplates({ keepLines: true });
  return {
    name: 'legwise-shipped-templates',
    transform(context) {
      if (!context.path.startsWith('/src/') || !context.path.endsWith('.ts') || typeof context.body !== 'string')
        return undefined;
      const out = minify.transform(context.body, join(ROOT, context.path));
      return out ? { body: out.code } : undefined;
    },
  };
}
