import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import type { ExerciseTips } from '../src/elements/exercise-tips.js';
import { TIP_IDS } from '../content/tips.js';
import { all, captureConsole, container, shadow, text } from './helpers.js';

describe('<exercise-tips>', () => {
  it('puts the safety note first, then every tip', async () => {
    const el = await container<ExerciseTips>(html`<exercise-tips></exercise-tips>`);
    const content = shadow(el).querySelector('[part="content"]')!;
    expect(content.firstElementChild!.getAttribute('part')).to.equal('safety-note');
    expect(text(content.firstElementChild)).to.match(/doctor|physiotherapist/i);
    const tips = all(el, '[part="tip"]');
    expect(tips.map((t) => t.dataset.id)).to.deep.equal([...TIP_IDS]);
    expect(TIP_IDS.length).to.be.at.least(10);
    for (const tip of tips) {
      expect(text(tip.querySelector('[part="tip-title"]')), tip.dataset.id).to.not.equal('');
      expect(text(tip.querySelector('[part="tip-body"]')), tip.dataset.id).to.not.equal('');
    }
    expect(text(shadow(el))).to.contain('squats');
  });

  it('picks and orders tips, keeping the safety note', async () => {
    const el = await container<ExerciseTips>(
      html`<exercise-tips tips="stay-active see-a-professional"></exercise-tips>`,
    );
    expect(all(el, '[part="tip"]').map((t) => t.dataset.id)).to.deep.equal(['stay-active', 'see-a-professional']);
    expect(shadow(el).querySelector('[part="safety-note"]')).to.exist;
  });

  it('warns once about unknown tip ids', async () => {
    const log = captureConsole();
    try {
      const el = await container<ExerciseTips>(html`<exercise-tips tips="yoga"></exercise-tips>`);
      expect(all(el, '[part="tip"]')).to.have.length(TIP_IDS.length);
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0])
        .to.contain('<exercise-tips>')
        .and.contain('tips="yoga"')
        .and.contain('see-a-professional');
    } finally {
      log.restore();
    }
  });

  it('uses the heading level asked', async () => {
    const el = await container<ExerciseTips>(html`<exercise-tips heading-level="5"></exercise-tips>`);
    expect(all(el, '[part="tip-title"]').every((h) => h.localName === 'h5')).to.equal(true);
  });

  it('is accessible', async () => {
    await expect(await container(html`<exercise-tips></exercise-tips>`)).to.be.accessible();
  });
});
