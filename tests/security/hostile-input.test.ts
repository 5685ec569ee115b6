import { careCards } from '../../content/care.js';
// Every attribute and property of every element, set to hostile or nonsense
// values: nothing is injected, nothing throws, the emergency card stays.
import { expect, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { container, watchEachTest, type Tag } from '../helpers.js';

export const HOSTILE = [
  '"><img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned = 1</script>',
  "'><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  '${window.__pwned = 1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '</style><img src=x onerror=window.__pwned=1>',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '',
  ' ',
  '\u202e\u0000\ud800',
  'x'.repeat(5000),
];

/** The attributes each element reads, plus the global ones Legwise reads on all of them. */
export const ATTRIBUTES: Record<Tag, string[]> = {
  'cause-list': ['category'],
  'faq-accordion': ['single', 'open', 'questions'],
  'when-to-see-doctor': ['region'],
  'exercise-tips': ['tips'],
};
export const COMMON = ['heading-level', 'lang', 'theme', 'dir'];

const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** Checks what must hold whatever was set: no injected markup, content shown, emergency card whole. */
export function assertSafe(el: HTMLElement) {
  const root = el.shadowRoot!;
  expect((window as { __pwned?: number }).__pwned, 'script ran').to.equal(undefined);
  expect(
    root.querySelectorAll('img, script, iframe, object, embed, svg, style:not([data-legwise])').length,
    `${el.localName}: injected element`,
  ).to.equal(0);
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.getAttributeNames()) {
      expect(attr.startsWith('on'), `${el.localName}: ${node.localName}[${attr}]`).to.equal(false);
    }
    const href = node.getAttribute('href');
    if (href !== null) expect(href, `${el.localName}: link`).to.match(/^tel:\d+$/);
  }
  expect(root.querySelector('[part="footer"]')?.textContent ?? '', `${el.localName}: footer`).to.contain(
    'health professional',
  );
  if (el.localName === 'when-to-see-doctor') {
    const card = root.querySelector('[part~="emergency"]');
    expect(card, 'emergency card').to.exist;
    expect(card!.querySelectorAll('[part="signs"] li').length, 'emergency signs').to.equal(
      careCards()[0]!.signs.length,
    );
  } else {
    expect(
      (root.querySelector('[part="content"]')?.textContent ?? '').trim().length,
      `${el.localName}: content`,
    ).to.be.greaterThan(100);
  }
}

describe('hostile input', () => {
  const watch = watchEachTest();

  for (const [tag, own] of Object.entries(ATTRIBUTES)) {
    it(`<${tag}> renders hostile attribute and property values as inert, or rejects them with a warning`, async () => {
      const el = await container(html`<div>${document.createElement(tag)}</div>`).then(
        (d) => d.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> },
      );
      for (const name of [...own, ...COMMON]) {
        for (const value of HOSTILE) {
          el.setAttribute(name, value);
          await el.updateComplete;
          assertSafe(el);
          (el as unknown as Record<string, unknown>)[camel(name)] = value;
          await el.updateComplete;
          assertSafe(el);
        }
        el.removeAttribute(name);
      }
      expect(watch.uncaught).to.deep.equal([]);
      expect(watch.log.errors).to.deep.equal([]);
      // Rejected values were reported, naming the element.
      expect(watch.log.warnings.some((w) => w.includes(`<${tag}>`))).to.equal(true);
      // A huge value is cut short in the warning.
      expect(watch.log.warnings.every((w) => w.length < 1000)).to.equal(true);
    }).timeout(60000);
  }

  it('property-based: random strings and numbers on every attribute never break a widget', async () => {
    const widgets = await Promise.all(
      Object.keys(ATTRIBUTES).map((tag) =>
        container(html`<div>${document.createElement(tag)}</div>`).then(
          (d) => d.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> },
        ),
      ),
    );
    const value = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom(...HOSTILE),
      fc.integer().map(String),
      fc.double().map(String),
      fc.constantFrom('neurological', 'muscular', 'all', 'GB', 'US', 'es', 'ar', 'dark', '3', 'stress exercise'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: widgets.length - 1 }),
        fc.array(fc.tuple(fc.nat(), value, fc.boolean()), { minLength: 1, maxLength: 6 }),
        async (index, changes) => {
          const el = widgets[index]!;
          const names = [...ATTRIBUTES[el.localName as Tag]!, ...COMMON];
          for (const [which, v, asProperty] of changes) {
            const name = names[which % names.length]!;
            if (asProperty) (el as unknown as Record<string, unknown>)[camel(name)] = v;
            else el.setAttribute(name, v);
          }
          await el.updateComplete;
          assertSafe(el);
        },
      ),
      { numRuns: 300, seed: 20261124 },
    );
    expect(watch.uncaught).to.deep.equal([]);
    expect(watch.log.errors).to.deep.equal([]);
  }).timeout(60000);
});
