// The public API as the generators use it: each element of
// dist/custom-elements.json with its attributes (type, default, the values it
// takes), events (with the `detail` type names), CSS properties and parts.
import { listValues } from './content-values.mjs';

/** The literal values of a union type text (`'a' | 'b' | 2 | null`): strings and numbers, no duplicates. */
function literals(typeText) {
  const values = [];
  for (const part of (typeText ?? '').split('|').map((p) => p.trim())) {
    const m = /^'([^']*)'$|^"([^"]*)"$|^(\d+)$/.exec(part);
    if (m) values.push(m[1] ?? m[2] ?? m[3]);
  }
  return [...new Set(values)];
}

/** JSDoc text as one line. */
const oneLine = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ');

let lists;

/** The values an attribute takes: its type's literals, or the content ids of a list attribute. */
export function valuesOf(attribute) {
  return attribute.list ? lists[attribute.name] : literals(attribute.type);
}

/** Elements of the manifest, in tag order, ready for the generators. */
export async function elementsOf(manifest) {
  lists ??= await listValues();
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  return declarations
    .sort((a, b) => a.tagName.localeCompare(b.tagName))
    .map((d) => ({
      tag: d.tagName,
      className: d.name,
      summary: oneLine((d.description ?? '').split(/\n\n/)[0]),
      description: d.description ?? '',
      attributes: (d.attributes ?? []).map((a) => {
        const field = (d.members ?? []).find((m) => m.name === a.fieldName);
        const type = (a.type?.text ?? 'string').replace(/\s*\|\s*null$/, '');
        return {
          name: a.name,
          fieldName: a.fieldName,
          type,
          boolean: type === 'boolean',
          list: a.name in lists,
          default: a.default ?? field?.default,
          description: oneLine(a.description ?? field?.description),
        };
      }),
      events: (d.events ?? []).map((e) => ({
        name: e.name,
        type: e.type?.text ?? 'CustomEvent',
        typeNames: [...(e.type?.text ?? '').matchAll(/<(\w+)>/g)].map((m) => m[1]),
        description: oneLine(e.description),
      })),
      cssProperties: (d.cssProperties ?? []).map((p) => ({
        name: p.name,
        syntax: p.syntax,
        default: p.default,
        description: oneLine(p.description),
      })),
      cssParts: (d.cssParts ?? []).map((p) => ({
        name: p.name,
        description: oneLine(p.description),
      })),
    }));
}
