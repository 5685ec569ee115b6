// CDN builds: each generated locale module (LOCALES_DIR, shared.mjs) gets its
// own copy of @lit/localize's `str` tag (one line) instead of importing it. A
// locale chunk then imports nothing, so the CDN entry can hold all the code
// (no chunk imports back into it: loaded under two URLs, it would run a third
// time) and a Spanish chunk does not pull in @lit/localize's runtime. The
// object has the shape that `isStrTagged()` checks (used by src/i18n/msg.ts,
// formerly src/localization.ts).
import { dirname, resolve } from 'node:path';
import { LOCALES_DIR } from '../shared.mjs';

const localesDir = resolve(LOCALES_DIR);
const STR_IMPORT = /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/;
const STR_TAG = 'const str = (strings, ...values) => ({ strTag: true, strings, values });';

export const inlineStrTag = () => ({
  name: 'legwise-inline-str-tag',
  transform(code, id) {
    if (dirname(id) !== localesDir || !id.endsWith('.ts')) return null;
    const out = code.replace(STR_IMPORT, STR_TAG);
    if (out === code && /@lit\/localize/.test(code))
      this.error(`${id}: expected only \`import {str} from '@lit/localize'\``);
    return { code: out, map: null };
  },
});
