// A custom-elements-manifest analyzer plugin that makes dist/custom-elements.json
// describe the published package: one module per element, at the path that
// ships (`dist/<tag>.js`, which registers the tag and exports the class), with
// the members, attributes, events, parts and CSS properties it inherits from
// LegwiseElement folded in once (no duplicates), the base class and the
// helper modules (styles, footer) left out, and private or protected members
// dropped. Inherited items name `dist/classes.js`, which exports every class.
import { readFileSync } from 'node:fs';

const CLASSES_MODULE = 'dist/classes.js';

/** The content's version (content/meta.ts), recorded in the manifest so a site can see when advice changed. */
const contentVersion = () => {
  const match = /export const CONTENT_VERSION = '([^']+)'/.exec(
    readFileSync(new URL('../../content/meta.ts', import.meta.url), 'utf8'),
  );
  if (!match) throw new Error('content/meta.ts: CONTENT_VERSION not found');
  return match[1];
};

/** Keeps the first item of each name (the element's own, before the inherited one). */
const uniqueByName = (items = []) => {
  const seen = new Set();
  return items.filter((item) => !seen.has(item.name) && seen.add(item.name));
};

const shipped = (ref) => (ref?.module ? { ...ref, module: CLASSES_MODULE } : ref);

function cleanDeclaration(declaration) {
  const clean = { ...declaration };
  for (const key of ['attributes', 'events', 'cssParts', 'cssProperties', 'slots']) {
    if (!clean[key]) continue;
    clean[key] = uniqueByName(clean[key]).map((item) => {
      const copy = { ...item };
      if (copy.inheritedFrom) copy.inheritedFrom = shipped(copy.inheritedFrom);
      return copy;
    });
  }
  clean.members = uniqueByName(
    (clean.members ?? []).filter((m) => !m.privacy || m.privacy === 'public').filter((m) => !m.name.startsWith('_')),
  ).map((m) => (m.inheritedFrom ? { ...m, inheritedFrom: shipped(m.inheritedFrom) } : m));
  if (clean.superclass) clean.superclass = shipped(clean.superclass);
  return clean;
}

export function shippedManifestPlugin() {
  return {
    name: 'legwise-shipped-manifest',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.contentVersion = contentVersion();
      const modules = [];
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.tagName) continue;
          const path = `dist/${declaration.tagName}.js`;
          const ref = { name: declaration.name, module: path };
          modules.push({
            kind: 'javascript-module',
            path,
            declarations: [cleanDeclaration(declaration)],
            exports: [
              { kind: 'js', name: declaration.name, declaration: ref },
              { kind: 'custom-element-definition', name: declaration.tagName, declaration: ref },
            ],
          });
        }
      }
      customElementsManifest.modules = modules;
    },
  };
}
