import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import type { CauseList } from '../src/elements/cause-list.js';
import { CAUSE_IDS } from '../content/causes.js';
import { all, container, shadow, text, watchEachTest } from './helpers.js';

describe('<cause-list>', () => {
  const watch = watchEachTest();
  it('shows all 18 causes in three groups, in order', async () => {
    const el = await container<CauseList>(html`<cause-list></cause-list>`);
    const groups = all(el, '[part="category"]');
    expect(groups.map((g) => g.dataset.category)).to.deep.equal(['neurological', 'muscular', 'systemic']);
    const counts = groups.map((g) => g.querySelectorAll('[part="cause"]').length);
    expect(counts).to.deep.equal([7, 4, 7]);
    expect(all(el, '[part="cause"]').map((c) => c.dataset.id)).to.deep.equal([...CAUSE_IDS]);
    for (const cause of all(el, '[part="cause"]')) {
      expect(text(cause.querySelector('[part="cause-name"]')), cause.dataset.id).to.not.equal('');
      expect(text(cause.querySelector('[part="cause-summary"]')), cause.dataset.id).to.not.equal('');
      const pattern = cause.querySelector('[part="cause-pattern"]')!;
      expect(text(pattern), cause.dataset.id).to.match(/usually|can/i);
      // Two facts, read as two (a screen reader ran them together as one phrase).
      expect(pattern.getAttribute('role')).to.equal('list');
      expect([...pattern.children].map((tag) => tag.localName)).to.deep.equal(['li', 'li']);
    }
    expect(text(groups[0]!.querySelector('[part="category-heading"]'))).to.equal('Nerve and brain causes');
    expect(text(shadow(el))).to.contain('Stroke');
  });

  it('filters by one category', async () => {
    const el = await container<CauseList>(html`<cause-list category="muscular"></cause-list>`);
    expect(all(el, '[part="category"]').map((g) => g.dataset.category)).to.deep.equal(['muscular']);
    expect(all(el, '[part="cause"]')).to.have.length(4);
  });

  it('filters by a space or comma separated list, in reading order', async () => {
    const el = await container<CauseList>(html`<cause-list category="systemic, neurological"></cause-list>`);
    expect(all(el, '[part="category"]').map((g) => g.dataset.category)).to.deep.equal(['neurological', 'systemic']);
    el.category = 'MUSCULAR systemic';
    await el.updateComplete;
    expect(all(el, '[part="category"]').map((g) => g.dataset.category)).to.deep.equal(['muscular', 'systemic']);
  });

  it('warns once about an unknown category and shows all groups', async () => {
    const el = await container<CauseList>(html`<cause-list category="bones"></cause-list>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(all(el, '[part="category"]')).to.have.length(3);
    expect(watch.log.warnings).to.have.length(1);
    expect(watch.log.warnings[0])
      .to.contain('<cause-list>')
      .and.contain('category="bones"')
      .and.contain('neurological, muscular, systemic');
  });

  it('keeps the known categories of a partly wrong list', async () => {
    const el = await container<CauseList>(html`<cause-list category="muscular bones"></cause-list>`);
    expect(all(el, '[part="category"]').map((g) => g.dataset.category)).to.deep.equal(['muscular']);
    expect(watch.log.warnings).to.have.length(1);
  });

  it('uses h2 and h3 by default and the heading level asked', async () => {
    const el = await container<CauseList>(html`<cause-list></cause-list>`);
    expect(shadow(el).querySelector('[part="category-heading"]')!.localName).to.equal('h2');
    expect(shadow(el).querySelector('[part="cause-name"]')!.localName).to.equal('h3');
    el.headingLevel = 4;
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="category-heading"]')!.localName).to.equal('h4');
    expect(shadow(el).querySelector('[part="cause-name"]')!.localName).to.equal('h5');
    el.setAttribute('heading-level', '6');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="cause-name"]')!.localName).to.equal('h6');
  });

  for (const bad of ['1', '7', 'three', '2.5', '-3']) {
    it(`warns about heading-level="${bad}" and falls back to 2`, async () => {
      const el = await container<CauseList>(html`<cause-list heading-level=${bad}></cause-list>`);
      expect(shadow(el).querySelector('[part="category-heading"]')!.localName).to.equal('h2');
      expect(watch.log.warnings).to.have.length(1);
      expect(watch.log.warnings[0])
        .to.contain('<cause-list>')
        .and.contain(`heading-level="${bad}"`)
        .and.contain('2 to 6');
    });
  }

  it('ends with the footer: disclaimer and review date', async () => {
    const el = await container<CauseList>(html`<cause-list></cause-list>`);
    const footer = shadow(el).querySelector('[part="footer"]')!;
    expect(text(footer)).to.contain('does not replace advice from a doctor or other health professional');
    expect(text(footer)).to.match(/Last reviewed: (7 December 2026|December 7, 2026)/);
    expect(shadow(el).querySelector('[part="content"]')!.lastElementChild).to.equal(footer);
  });

  it('is accessible', async () => {
    const el = await container<CauseList>(html`<cause-list></cause-list>`);
    await expect(el).to.be.accessible();
  });
});
