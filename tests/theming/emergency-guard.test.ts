import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '../media.js';
import type { LegwiseElement } from '../../src/elements/legwise-element.js';
import type { WhenToSeeDoctor } from '../../src/elements/when-to-see-doctor.js';
import { COLOR_DEFAULTS } from '../../src/styles/token-defaults.js';
import { container, shadow, text, until, watchEachTest } from '../helpers.js';
import { same, contrast } from '../colour.js';
import { content, style, emergencyHeading, numberLink } from './helpers.js';

describe('emergency contrast guard', () => {
  const watch = watchEachTest();
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
  });

  const heading = (el: Element) => style(emergencyHeading(el));

  it('uses a host emergency pair that keeps 4.5:1, without a warning', async function () {
    const el = await container<WhenToSeeDoctor>(
      html`<when-to-see-doctor region="GB" style="--legwise-color-emergency: #8a1538"></when-to-see-doctor>`,
    );
    expect(same(heading(el).backgroundColor, '#8a1538')).to.equal(true);
    expect(same(heading(el).color, '#ffffff')).to.equal(true);
    expect(watch.log.warnings).to.deep.equal([]);
  });

  it('ignores an emergency colour that would be unreadable, with one warning naming the token', async function () {
    const el = await container<WhenToSeeDoctor>(
      html`<when-to-see-doctor region="GB" style="--legwise-color-emergency: #ffcccc"></when-to-see-doctor>`,
    );
    expect(same(heading(el).backgroundColor, COLOR_DEFAULTS.light.emergency)).to.equal(true);
    expect(same(heading(el).color, COLOR_DEFAULTS.light['emergency-text'])).to.equal(true);
    expect(same(style(numberLink(el)).backgroundColor, COLOR_DEFAULTS.light.emergency)).to.equal(true);
    expect(contrast(heading(el).color, heading(el).backgroundColor)).to.be.at.least(4.5);
    el.requestUpdate();
    await el.updateComplete;
    el.region = 'US';
    await el.updateComplete;
    expect(watch.log.warnings).to.have.length(1);
    expect(watch.log.warnings[0])
      .to.contain('<when-to-see-doctor>')
      .and.contain('--legwise-color-emergency="#ffcccc"')
      .and.contain('4.5:1')
      .and.not.contain('--legwise-color-emergency-text="');
  });

  it('ignores an emergency text colour that would be unreadable, naming that token', async function () {
    const el = await container<WhenToSeeDoctor>(
      html`<when-to-see-doctor region="GB" style="--legwise-color-emergency-text: #ff3030"></when-to-see-doctor>`,
    );
    expect(same(heading(el).color, COLOR_DEFAULTS.light['emergency-text'])).to.equal(true);
    expect(watch.log.warnings).to.have.length(1);
    expect(watch.log.warnings[0]).to.contain('--legwise-color-emergency-text="#ff3030"');
  });

  it('ignores a token that is not a colour', async function () {
    const el = await container<WhenToSeeDoctor>(
      html`<when-to-see-doctor region="GB" style="--legwise-color-emergency: 12px"></when-to-see-doctor>`,
    );
    expect(same(heading(el).backgroundColor, COLOR_DEFAULTS.light.emergency)).to.equal(true);
    expect(watch.log.warnings).to.have.length(1);
    expect(watch.log.warnings[0]).to.contain('--legwise-color-emergency="12px"').and.contain('colour');
  });

  it('judges a translucent colour as it shows over the surface', async function () {
    // rgba(213, 40, 27, 0.2) over white is a pale pink: white text on it is unreadable.
    const el = await container<WhenToSeeDoctor>(
      html`<when-to-see-doctor region="GB" style="--legwise-color-emergency: rgba(213, 40, 27, 0.2)"></when-to-see-doctor>`,
    );
    expect(same(heading(el).backgroundColor, COLOR_DEFAULTS.light.emergency)).to.equal(true);
    expect(watch.log.warnings).to.have.length(1);
  });

  it('checks again when the host changes its tokens at run time', async function () {
    const wrapper = await container(html`<div><when-to-see-doctor region="GB"></when-to-see-doctor></div>`);
    const el = wrapper.querySelector<WhenToSeeDoctor>('when-to-see-doctor')!;
    await el.updateComplete;
    // The element learns of a change through 1 ms transitions of the resolved colours on its wrapper.
    const transitions = style(content(el));
    for (const property of ['column-rule-color', 'text-decoration-color', 'background-color']) {
      expect(transitions.transitionProperty.split(', '), property).to.include(property);
    }
    expect(transitions.transitionDuration.split(', ').every((d) => parseFloat(d) > 0)).to.equal(true);
    const change = (name: string, value: string) => {
      // An ancestor's style, not an attribute of the element, sets the token: nothing re-renders.
      wrapper.style.setProperty(name, value);
      // A page that is not in front runs no animation frames, so no transitions: deliver the
      // event that the browser sends once the page is shown.
      if (document.visibilityState === 'hidden') {
        content(el).dispatchEvent(new TransitionEvent('transitionend', { propertyName: 'column-rule-color' }));
      }
    };
    change('--legwise-color-emergency', '#0b3d91');
    await until(() => same(heading(el).backgroundColor, '#0b3d91'), 'the host colour');
    change('--legwise-color-emergency', '#fafafa');
    await until(() => same(heading(el).backgroundColor, COLOR_DEFAULTS.light.emergency), 'the default colour');
    expect(watch.log.warnings).to.have.length(1);
    expect(watch.log.warnings[0]).to.contain('--legwise-color-emergency="#fafafa"');
    change('--legwise-color-emergency-text', '#202020');
    await until(() => same(heading(el).backgroundColor, '#fafafa'), 'a readable host pair');
    expect(same(heading(el).color, '#202020')).to.equal(true);
    // Reduced motion keeps these (invisible) transitions, and so the guard.
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(parseFloat(style(content(el)).transitionDuration)).to.be.greaterThan(0);
  });

  it('guards in the dark scheme, falling back to the dark defaults', async function () {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await container<WhenToSeeDoctor>(
      html`<when-to-see-doctor region="GB" style="--legwise-color-emergency-text: #1b2329"></when-to-see-doctor>`,
    );
    expect(same(heading(el).backgroundColor, COLOR_DEFAULTS.dark.emergency)).to.equal(true);
    expect(same(heading(el).color, COLOR_DEFAULTS.dark['emergency-text'])).to.equal(true);
    // The dark scheme is in force (its emergency pair is the light one's, so the surface tells).
    expect(same(style(content(el)).backgroundColor, COLOR_DEFAULTS.dark.surface)).to.equal(true);
    expect(watch.log.warnings).to.have.length(1);
  });

  it('guards the emergency number in every widget’s call line, not only the card’s', async function () {
    // A brand pink put "999" white on pink (1.85:1) in the three other widgets (a webmaster trial).
    for (const tag of ['cause-list', 'faq-accordion', 'exercise-tips']) {
      const el = document.createElement(tag) as LegwiseElement;
      el.setAttribute('region', 'GB');
      el.setAttribute('style', '--legwise-color-emergency: #f7a8c4');
      await container(html`<div>${el}</div>`);
      await until(() => !!shadow(el).querySelector('[part="emergency-number"]'), `${tag}: a call line`);
      await el.updateComplete;
      for (const link of shadow(el).querySelectorAll('[part="emergency-number"]')) {
        await until(() => same(style(link).backgroundColor, COLOR_DEFAULTS.light.emergency), `${tag}: the default`);
        expect(contrast(style(link).color, style(link).backgroundColor), tag).to.be.at.least(4.5);
      }
      expect(
        watch.log.warnings.filter((w) => w.includes(`<${tag}>`)),
        tag,
      ).to.have.length(1);
      expect(watch.log.warnings.find((w) => w.includes(`<${tag}>`))).to.contain('--legwise-color-emergency="#f7a8c4"');
    }
  });

  it('does not warn in widgets that show no emergency colours', async function () {
    const el = await container<LegwiseElement>(
      html`<exercise-tips style="--legwise-color-emergency: #ffffff"></exercise-tips>`,
    );
    await el.updateComplete;
    expect(text(shadow(el))).to.not.equal('');
    expect(watch.log.warnings).to.deep.equal([]);
  });
});
