// What each source file, and each part of the code, adds to a minified
// chunk, read from the chunk's source map: for the size report's Lit share and
// its breakdown of the first load (report.mjs, scripts/size.mjs). The lengths
// rollup gives per module are measured before terser, when Lit's own files are
// already minified and ours are not, so they understate Lit's share.
import { gzipSync } from 'node:zlib';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One line of a source map's `mappings`: each segment's generated column and source index (or -1). */
function decodeLine(line, state) {
  const segments = [];
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const fields = [];
    let value = 0;
    let shift = 0;
    for (const char of segment) {
      const digit = BASE64.indexOf(char);
      value += (digit & 31) << shift;
      if (digit & 32) {
        shift += 5;
        continue;
      }
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
    state.column += fields[0];
    if (fields.length > 1) state.source += fields[1];
    segments.push([state.column, fields.length > 1 ? state.source : -1]);
  }
  return segments;
}

/** The chunk's code in pieces, in order: each piece's text and source file (the map's `sources`, or null). */
export function pieces(code, map) {
  const lines = code.split('\n');
  const out = [];
  // The source index carries over from line to line; the column restarts.
  const state = { source: 0, column: 0 };
  map.mappings.split(';').forEach((mapped, index) => {
    state.column = 0;
    const line = lines[index] ?? '';
    const segments = decodeLine(mapped, state);
    if (!segments.length || segments[0][0] > 0)
      out.push({ text: line.slice(0, segments[0]?.[0] ?? line.length), source: null });
    segments.forEach(([column, source], i) => {
      const end = segments[i + 1]?.[0] ?? line.length;
      out.push({ text: line.slice(column, end), source: source < 0 ? null : map.sources[source] });
    });
    if (index < lines.length - 1) out.push({ text: '\n', source: null });
  });
  return out;
}

/** Lit's share of a chunk's bytes (UTF-8, as the file is served), from its pieces(). */
export const litShare = (chunkPieces) => {
  const bytes = (list) => list.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
  const total = bytes(chunkPieces);
  return total ? bytes(chunkPieces.filter((p) => p.source !== null && isLitSource(p.source))) / total : 0;
};

/** Whether a source file is Lit's (lit, lit-html, lit-element, @lit/*). */
export const isLitSource = (name) => /node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(name);

/** The parts of the first load, in the order the size report prints them: a name and a test of a source path. */
export const PARTS = [
  ['Lit (lit-html, reactive-element, lit-element, localize)', isLitSource],
  [
    'Content: the care cards, the call lines and emergency numbers (and English country names)',
    (s) => /content\/(care|emergency-numbers|emergency-call)|generated\/region-names/.test(s),
  ],
  ['Content: causes, FAQ, tips, sources, dates (ids and structure)', (s) => /(^|\/)content\//.test(s)],
  ['Styles (tokens, base, print, each element’s)', (s) => /styles(\.ts|\/)/.test(s)],
  ['Elements (templates and behaviour)', (s) => /src\/elements\//.test(s)],
  ['Locale code (src/i18n, loaders)', (s) => /src\/(i18n\/|locale-loaders)/.test(s)],
  ['Other code (attributes, contrast guard, hydration, region, definitions)', () => true],
];

const partOf = (source) => PARTS.findIndex(([, test]) => test(source));
const gzip = (text) => gzipSync(text, { level: 9 }).length;

/**
 * Each part's cost in gzip bytes: the chunk's gzip size less its gzip size
 * without that part (so the figures do not add up exactly: compression
 * shares strings between parts). The first matching part takes a file.
 */
export function partCosts(code, chunkPieces) {
  const all = chunkPieces.map((p) => ({ ...p, part: p.source === null ? -1 : partOf(p.source) }));
  const whole = gzip(code);
  return PARTS.map(([name], index) => ({
    name,
    gzip:
      whole -
      gzip(
        all
          .filter((p) => p.part !== index)
          .map((p) => p.text)
          .join(''),
      ),
  }));
}
