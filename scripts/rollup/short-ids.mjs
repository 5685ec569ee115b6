// CDN builds: every message id in the shipped code and text chunks becomes a
// short code ('care.emergency.stroke-face' → 'a3'), the same in the core and
// in every locale chunk, so no readable id is shipped twice. The XLIFF files,
// the npm build and the tests keep the readable ids.
//
// The code of an id is its index, in base 36, in the sorted list of every
// message id of the source (read once per build with lit-localize's own
// extraction), so every output of one build agrees. Runs after
// strip-lazy-content.mjs, which decides by the readable id.
import { sourceMessages } from '../localize-lib.mjs';
import { ENGLISH_CONTENT_MODULE, LOCALES_DIR } from '../shared.mjs';

let codes;
/** The short code of each message id. */
export function shortIdCodes() {
  if (!codes) {
    const ids = [...new Set(sourceMessages().messages.map((m) => m.name))].sort();
    codes = new Map(ids.map((id, i) => [id, i.toString(36)]));
  }
  return codes;
}

/** A message id in `id: '…'` (a msg() option) or as a key `'…':` (a generated template map). */
const ID_OPTION = /(\bid:\s*)(['"])([^'"\n]+)\2/g;
const TEMPLATE_KEY = /(^|[{,\s])(['"])([^'"\n]+)\2(\s*:)/g;
const literally = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The modules that hold message ids: the content, each locale module, the English content module. */
const MESSAGE_MODULE = new RegExp(
  `/(content/[^/]+|${literally(LOCALES_DIR)}/[^/]+|${literally(ENGLISH_CONTENT_MODULE.replace(/\.ts$/, ''))})\\.ts$`,
);

export const shortIds = () => ({
  name: 'legwise-short-ids',
  transform(code, id) {
    if (!MESSAGE_MODULE.test(id)) return null;
    const map = shortIdCodes();
    const short = (whole, before, quote, name, after = '') =>
      map.has(name) ? `${before}${quote}${map.get(name)}${quote}${after}` : whole;
    const out = id.includes('/content/')
      ? code.replace(ID_OPTION, (w, b, q, n) => short(w, b, q, n))
      : code.replace(TEMPLATE_KEY, (w, b, q, n, a) => short(w, b, q, n, a));
    return out === code ? null : { code: out, map: null };
  },
});
