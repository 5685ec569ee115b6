import { expect } from '@open-wc/testing';
import { all, TAGS } from '../helpers.js';
import { allFour } from './helpers.js';
import { COLOR_DEFAULTS, TOKEN_DEFAULTS } from '../../src/styles/token-defaults.js';

/** The demo's theme panel data (demo/theme-defaults.js, a plain module of the demo). */
interface ThemePanelData {
  COLOR_DEFAULTS: unknown;
  COLOURS: [string, string][];
  SIZES: [string, string, string, number, number, number, number][];
  TAGS: string[];
}

// The API tables (README.md for each element, docs/api.md for what they share)
// are generated from the elements' JSDoc (scripts/api/docs.mjs); these tests
// check that JSDoc against what the elements really use and render.
describe('documentation', () => {
  const doc = async (path: string) => (await fetch(path)).text();

  it('documents every token the styles read, and no other', async function () {
    const used = new Set<string>();
    for (const tag of TAGS) {
      const ctor = customElements.get(tag) as unknown as { styles: { cssText: string }[] };
      for (const sheet of ctor.styles) for (const m of sheet.cssText.matchAll(/--legwise-[a-z-]+/g)) used.add(m[0]);
    }
    const api = await doc('/docs/api.md');
    const documented = new Set([...api.matchAll(/^\| `(--legwise-[a-z-]+)`/gm)].map((m) => m[1]!));
    expect([...used].sort()).to.deep.equal([...documented].sort());
    expect(used.size).to.equal(15);
  });

  it("documents each token's defaults as the styles set them, light and dark", async function () {
    interface CssProperty {
      name: string;
      default?: string;
      description?: string;
    }
    const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; cssProperties?: CssProperty[] }[] }[];
    };
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(declarations).to.have.length(TAGS.length);
    for (const declaration of declarations) {
      const properties = declaration.cssProperties ?? [];
      expect(properties).to.have.length(15);
      for (const { name, default: documented, description = '' } of properties) {
        const token = name.replace(/^--legwise-(color-)?/, '');
        const isColour = name.startsWith('--legwise-color-');
        const light = isColour
          ? COLOR_DEFAULTS.light[token as keyof typeof COLOR_DEFAULTS.light]
          : TOKEN_DEFAULTS[token as keyof typeof TOKEN_DEFAULTS];
        expect(documented, `${declaration.tagName} ${name}`).to.equal(light);
        if (!isColour) continue;
        const dark = COLOR_DEFAULTS.dark[token as keyof typeof COLOR_DEFAULTS.dark];
        const said = /\(dark: (#[0-9a-f]{6})\)/.exec(description)?.[1];
        if (dark === light) expect(description, name).to.contain('(same in dark)');
        else expect(said, `${name}: the dark default in its description`).to.equal(dark);
      }
    }
  });

  it('documents every part the elements render', async function () {
    const els = await allFour({ open: 'all' });
    const parts = new Set(els.flatMap((el) => all(el, '[part]').flatMap((n) => n.getAttribute('part')!.split(/\s+/))));
    const tables = (await doc('/README.md')) + (await doc('/docs/api.md'));
    const missing = [...parts].filter((p) => !tables.includes(`\`${p}\``));
    expect(missing).to.deep.equal([]);
    expect(parts.size).to.be.greaterThan(20);
  });

  it("starts the demo's theme panel from the library's defaults, with a label for every token", async function () {
    const url = '/demo/theme-defaults.js';
    const panel = (await import(/* @vite-ignore */ url)) as ThemePanelData;
    expect(panel.COLOR_DEFAULTS).to.deep.equal(COLOR_DEFAULTS);
    expect(panel.COLOURS.map(([name]) => name)).to.deep.equal(Object.keys(COLOR_DEFAULTS.light));
    for (const [name, label] of panel.COLOURS) expect(label, `a label for ${name}`).not.to.equal(name);
    const sizes = Object.keys(TOKEN_DEFAULTS).filter((name) => name !== 'font-family');
    expect(panel.SIZES.map(([name]) => name).sort()).to.deep.equal(sizes.sort());
    for (const [name, , unit, , , , value] of panel.SIZES) {
      expect(`${value}${unit}`, name).to.equal(TOKEN_DEFAULTS[name as keyof typeof TOKEN_DEFAULTS]);
    }
    expect(panel.TAGS).to.deep.equal([...TAGS]);
  });
});
