import { expect } from '@open-wc/testing';
import { all } from '../helpers.js';
import { TAGS, allFour } from './helpers.js';

describe('documentation', () => {
  const readme = async () => (await (await fetch('/README.md')).text()).split('\n## ');
  const section = (sections: string[], title: string) => sections.find((s) => s.startsWith(`${title}\n`)) ?? '';

  it('documents in the README every token the styles read, and no other', async function () {
    const used = new Set<string>();
    for (const tag of TAGS) {
      const ctor = customElements.get(tag) as unknown as { styles: { cssText: string }[] };
      for (const sheet of ctor.styles) for (const m of sheet.cssText.matchAll(/--legwise-[a-z-]+/g)) used.add(m[0]);
    }
    const theming = section(await readme(), 'Theming');
    const documented = new Set([...theming.matchAll(/^\| `(--legwise-[a-z-]+)`/gm)].map((m) => m[1]!));
    expect([...used].sort()).to.deep.equal([...documented].sort());
    expect(used.size).to.equal(15);
  });

  it('documents in the README every part the elements render', async function () {
    const els = await allFour('open="all"');
    const parts = new Set(els.flatMap((el) => all(el, '[part]').flatMap((n) => n.getAttribute('part')!.split(/\s+/))));
    const theming = section(await readme(), 'Theming');
    const table = theming.slice(theming.indexOf('### Parts'));
    const missing = [...parts].filter((p) => !table.includes(`\`${p}\``));
    expect(missing).to.deep.equal([]);
    expect(parts.size).to.be.greaterThan(20);
  });
});
