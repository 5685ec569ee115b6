// A strict reader of the XLIFF 1.2 files in xliff/, for the translation
// check and `localize:accept` (check-translations.mjs). lit-localize parses
// these files with xmldom, which accepts a file that is not XML (a bare "&",
// a missing or crossed closing tag, a file cut off half way) and then fails
// with an error that names neither the file nor the unit (lit/lit's
// "Expected 0 or 1 <target> in <trans-unit>, got 191"), or builds a string
// with a literal "&amp;" in it. So every file is read here first: one error,
// with the file, the line and the unit, or each unit's texts.
//
// It reads what lit-localize writes and reads: one <file> whose target-language
// is the file's locale, units with an id, one <source> and at most one
// <target>, holding only text and placeholders (<x id equiv-text/>, <ph>).

/** A file that is not XLIFF as lit-localize reads it; the message names the file, the line and the unit. */
export class XliffError extends Error {}

const NAME = '[A-Za-z_][-A-Za-z0-9_.:]*';
const TAG = new RegExp(`<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'y');
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'g');
const ENTITY = /&(?:(lt|gt|amp|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/g;
const BARE_AMPERSAND = /&(?!(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;
const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decode = (s) =>
  s.replace(ENTITY, (_, name, dec, hex) => NAMED[name] ?? String.fromCodePoint(Number(dec ?? `0x${hex}`)));
/** Elements whose text is a message: only text and placeholders may be in them. */
const MESSAGE = new Set(['source', 'target']);

/**
 * The units of one XLIFF file (`xml`, named `file` in messages, for `locale`):
 * id → { line, source, target, rawTarget }, `source` and `target` as text with
 * each placeholder written as its expression (`${number}`), `rawTarget` the
 * target as written (entities and all), `target` undefined when there is none.
 * Throws an XliffError, whose message is one line, at the first thing wrong.
 */
export function parseXliff(xml, { file, locale }) {
  const units = new Map();
  const stack = []; // open elements: { name, line }
  let unit; // the <trans-unit> being read: { id, line, source, sources (a count), target, rawTarget, targetStart }
  let files = 0;
  let rootSeen = false;
  let i = xml.startsWith('\uFEFF') ? 1 : 0;
  const newlines = [...xml.matchAll(/\n/g)].map((m) => m.index);
  const lineAt = (offset) => {
    let [low, high] = [0, newlines.length]; // the number of newlines before `offset`
    while (low < high) {
      const mid = (low + high) >> 1;
      if (newlines[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
  const fail = (offset, message) => {
    const where = unit ? `, unit ${unit.id}` : '';
    throw new XliffError(`${file}, line ${lineAt(offset)}${where}: ${message}`);
  };
  const top = () => stack.at(-1)?.name;

  /** Text (or CDATA) at `offset`: outside the root only white space; in a message, part of its text. */
  const text = (raw, offset, { cdata = false } = {}) => {
    if (!raw) return;
    if (!cdata && BARE_AMPERSAND.test(raw)) {
      fail(
        offset + raw.search(BARE_AMPERSAND),
        'a bare "&" is not XML: in a translation write the word for "and" (an entity such as &amp; would show literally)',
      );
    }
    if (!stack.length) {
      if (raw.trim()) fail(offset, `text outside the <xliff> element: "${raw.trim().slice(0, 30)}"`);
      return;
    }
    // The text of a <ph> placeholder is its expression.
    const message = MESSAGE.has(top()) ? top() : top() === 'ph' ? stack.at(-2).name : undefined;
    if (MESSAGE.has(message)) {
      if (cdata) fail(offset, `a CDATA section in a <${message}>: write the text itself`);
      unit[message] += decode(raw);
    }
  };

  /** A start tag (`empty` if it is `<x/>`) or an end tag. */
  const element = (name, attributeText, { end, empty }, offset, after) => {
    if (end) {
      if (!stack.length) fail(offset, `</${name}> with no <${name}> open`);
      if (top() !== name) {
        const open = stack.at(-1);
        fail(
          offset,
          `</${name}> where </${open.name}> was expected: is the </${open.name}> of line ${open.line} missing?`,
        );
      }
      stack.pop();
      if (name === 'trans-unit') {
        if (unit.sources !== 1) fail(offset, `the unit has ${unit.sources} <source>s; it needs one`);
        units.set(unit.id, { line: unit.line, source: unit.source, target: unit.target, rawTarget: unit.rawTarget });
        unit = undefined;
      }
      if (name === 'target') unit.rawTarget = xml.slice(unit.targetStart, offset);
      return;
    }
    const attributes = {};
    for (const [, key, double, single] of attributeText.matchAll(ATTRIBUTE)) {
      if (key in attributes) fail(offset, `<${name}> has the attribute ${key} twice`);
      const value = double ?? single;
      if (BARE_AMPERSAND.test(value)) fail(offset, `a bare "&" in an attribute of <${name}>`);
      attributes[key] = decode(value);
    }
    if (!stack.length) {
      if (rootSeen) fail(offset, `a second root element <${name}>: the file holds one <xliff>`);
      if (name !== 'xliff') fail(offset, `the root element is <${name}>; an XLIFF file's is <xliff>`);
      rootSeen = true;
    }
    if (MESSAGE.has(top())) {
      const where = top();
      if (name === 'x' && attributes.id && attributes['equiv-text']) unit[where] += attributes['equiv-text'];
      else if (name === 'x') fail(offset, 'a placeholder <x> needs an id and an equiv-text');
      else if (name !== 'ph') {
        fail(
          offset,
          `<${name}> inside a <${where}>: only text and placeholders may be there (is a </${where}> missing?)`,
        );
      }
    } else if (top() === 'ph') {
      fail(offset, `<${name}> inside a <ph>: a placeholder holds only its text`);
    }
    if (name === 'file') {
      if (++files > 1) fail(offset, 'a second <file>: lit-localize reads one <file> per XLIFF file');
      if (attributes['target-language'] !== locale) {
        fail(
          offset,
          `<file target-language="${attributes['target-language'] ?? ''}">, but this is the file of ${locale}`,
        );
      }
    }
    if (name === 'trans-unit') {
      if (unit) fail(offset, `a <trans-unit> inside the unit ${unit.id}: is its </trans-unit> missing?`);
      if (!stack.some((open) => open.name === 'file')) fail(offset, 'a <trans-unit> outside the <file>');
      if (!attributes.id) fail(offset, 'a <trans-unit> with no id');
      if (units.has(attributes.id)) {
        fail(
          offset,
          `a second unit with the id ${attributes.id} (the first is on line ${units.get(attributes.id).line})`,
        );
      }
      unit = {
        id: attributes.id,
        line: lineAt(offset),
        source: '',
        sources: 0,
        target: undefined,
        rawTarget: undefined,
      };
    }
    if (MESSAGE.has(name)) {
      if (top() !== 'trans-unit') fail(offset, `a <${name}> outside a <trans-unit>`);
      if (name === 'source') unit.sources++;
      if (name === 'target') {
        if (unit.target !== undefined) {
          fail(offset, 'a second <target>: a unit has at most one (is the first one not closed?)');
        }
        unit.target = '';
        unit.targetStart = after;
      }
      if (empty) {
        if (name === 'target') unit.rawTarget = '';
        return;
      }
    }
    if (!empty) stack.push({ name, line: lineAt(offset) });
  };

  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    text(xml.slice(i, lt === -1 ? xml.length : lt), i);
    if (lt === -1) break;
    const endOf = (marker, what) => {
      const end = xml.indexOf(marker, lt);
      if (end === -1) fail(lt, `${what} that is never closed: is the file cut off?`);
      return end + marker.length;
    };
    if (xml.startsWith('<!--', lt)) {
      if (MESSAGE.has(top())) fail(lt, `a comment in a <${top()}>: lit-localize cannot read it`);
      i = endOf('-->', 'a comment');
    } else if (xml.startsWith('<![CDATA[', lt)) {
      i = endOf(']]>', 'a CDATA section');
      text(xml.slice(lt + 9, i - 3), lt, { cdata: true });
    } else if (xml.startsWith('<?', lt)) {
      if (rootSeen) fail(lt, 'a processing instruction (<?…?>) after the start of the file');
      i = endOf('?>', 'a processing instruction');
    } else if (xml.startsWith('<!', lt)) {
      fail(lt, 'a <!DOCTYPE> or other declaration: XLIFF files have none');
    } else {
      TAG.lastIndex = lt;
      const match = TAG.exec(xml);
      if (!match) {
        if (!xml.includes('>', lt)) fail(lt, 'the file ends inside a tag: is it cut off?');
        fail(lt, `not a well-formed tag: "${xml.slice(lt, xml.indexOf('>', lt) + 1).slice(0, 40)}"`);
      }
      const [, end, name, attributeText, empty] = match;
      i = TAG.lastIndex;
      element(name, attributeText, { end: Boolean(end), empty: Boolean(empty) }, lt, i);
    }
  }
  if (stack.length) {
    const open = stack.at(-1);
    fail(xml.length, `the file ends inside the <${open.name}> of line ${open.line}: is it cut off?`);
  }
  if (!rootSeen) fail(0, 'no <xliff> element: this is not an XLIFF file');
  if (!files) fail(0, 'no <file> element: lit-localize reads the units in one <file>');
  return units;
}
