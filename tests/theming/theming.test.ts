import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '../media.js';
import type { LegwiseElement } from '../../src/elements/legwise-element.js';
import type { WhenToSeeDoctor } from '../../src/elements/when-to-see-doctor.js';
import { COLOR_DEFAULTS } from '../../src/styles/token-defaults.js';
import { all, container, shadow, until, watchEachTest } from '../helpers.js';
import { same, contrast } from '../colour.js';
import { content, style, emergencyHeading, numberLink, allFour, renderedPalette } from './helpers.js';

describe('theming', () => {
  const watch = watchEachTest();
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', media: 'screen' });
  });

  it('uses the light defaults in a light scheme', async function () {
    await emulateMedia({ colorScheme: 'light' });
    for (const el of await allFour()) {
      const p = renderedPalette(el);
      expect(same(p.surface, COLOR_DEFAULTS.light.surface), `${el.localName} surface`).to.equal(true);
      expect(same(p.text, COLOR_DEFAULTS.light.text), `${el.localName} text`).to.equal(true);
      expect(style(content(el)).colorScheme).to.equal('light');
    }
  });

  it('follows prefers-color-scheme: dark by default', async function () {
    await emulateMedia({ colorScheme: 'dark' });
    for (const el of await allFour()) {
      const p = renderedPalette(el);
      expect(same(p.surface, COLOR_DEFAULTS.dark.surface), `${el.localName} surface`).to.equal(true);
      expect(same(p.text, COLOR_DEFAULTS.dark.text), `${el.localName} text`).to.equal(true);
      expect(style(content(el)).colorScheme).to.equal('dark');
    }
  });

  it('switches live when the reader’s colour scheme changes', async function () {
    await emulateMedia({ colorScheme: 'light' });
    const [el] = await allFour();
    expect(same(renderedPalette(el!).surface, COLOR_DEFAULTS.light.surface)).to.equal(true);
    await emulateMedia({ colorScheme: 'dark' });
    await until(() => same(renderedPalette(el!).surface, COLOR_DEFAULTS.dark.surface), 'dark surface');
  });

  it('theme="dark" forces dark in a light scheme, theme="light" forces light in a dark scheme', async function () {
    await emulateMedia({ colorScheme: 'light' });
    for (const el of await allFour({ theme: 'dark' })) {
      expect(same(renderedPalette(el).surface, COLOR_DEFAULTS.dark.surface), el.localName).to.equal(true);
    }
    await emulateMedia({ colorScheme: 'dark' });
    for (const el of await allFour({ theme: 'light' })) {
      expect(same(renderedPalette(el).surface, COLOR_DEFAULTS.light.surface), el.localName).to.equal(true);
      expect(same(renderedPalette(el).text, COLOR_DEFAULTS.light.text), el.localName).to.equal(true);
    }
  });

  it('follows a change of the theme property', async function () {
    await emulateMedia({ colorScheme: 'light' });
    const el = await container<LegwiseElement>(html`<cause-list></cause-list>`);
    el.theme = 'dark';
    await el.updateComplete;
    expect(same(renderedPalette(el).surface, COLOR_DEFAULTS.dark.surface)).to.equal(true);
    el.removeAttribute('theme');
    el.theme = null;
    await el.updateComplete;
    expect(same(renderedPalette(el).surface, COLOR_DEFAULTS.light.surface)).to.equal(true);
  });

  it('warns once about an unknown theme and follows the colour scheme instead', async function () {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await container<LegwiseElement>(html`<exercise-tips theme="sepia"></exercise-tips>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(same(renderedPalette(el).surface, COLOR_DEFAULTS.dark.surface)).to.equal(true);
    expect(watch.log.warnings).to.have.length(1);
    expect(watch.log.warnings[0])
      .to.contain('<exercise-tips>')
      .and.contain('theme="sepia"')
      .and.contain('"light" or "dark"');
    expect(el.resolvedTheme).to.equal('auto');
    // Case and spaces do not matter.
    const upper = await container<LegwiseElement>(html`<exercise-tips theme=" DARK "></exercise-tips>`);
    expect(upper.resolvedTheme).to.equal('dark');
    expect(watch.log.warnings).to.have.length(1);
  });

  it('keeps every default text pair at 4.5:1 or more, in both schemes', () => {
    for (const scheme of ['light', 'dark'] as const) {
      const d = COLOR_DEFAULTS[scheme];
      for (const [fg, bg] of [
        ['text', 'surface'],
        ['muted', 'surface'],
        ['accent', 'surface'],
        ['emergency-text', 'emergency'],
        ['focus-text', 'focus'],
      ] as const) {
        expect(contrast(d[fg], d[bg]), `${scheme} ${fg} on ${bg}`).to.be.at.least(4.5);
      }
      for (const edge of ['urgent', 'routine', 'emergency'] as const) {
        expect(contrast(d[edge], d.surface), `${scheme} ${edge} edge`).to.be.at.least(3);
      }
      // The focus outline is drawn in the text colour: at least 3:1 against the surface.
      expect(contrast(d.text, d.surface), `${scheme} focus outline`).to.be.at.least(3);
    }
  });

  it('applies every host token', async function () {
    const wrapper = await container(html`<div
      style="--legwise-font-family: Georgia, serif; --legwise-font-size: 20px; --legwise-color-text: rgb(10, 20, 30);
        --legwise-color-muted: rgb(40, 50, 60); --legwise-color-surface: rgb(250, 248, 240); --legwise-color-border: rgb(1, 2, 3);
        --legwise-color-accent: rgb(0, 60, 120); --legwise-radius: 7px; --legwise-space: 10px;
        --legwise-color-emergency: rgb(120, 0, 0); --legwise-color-emergency-text: rgb(255, 255, 0);
        --legwise-color-urgent: rgb(200, 100, 0); --legwise-color-routine: rgb(0, 100, 50);
        --legwise-color-focus: rgb(255, 200, 0); --legwise-color-focus-text: rgb(0, 0, 0)"
    >
      <when-to-see-doctor region="GB"></when-to-see-doctor>
      <faq-accordion></faq-accordion>
      <cause-list></cause-list>
    </div>`);
    const [doctor, faq, causes] = [...wrapper.children] as LegwiseElement[];
    for (const el of [doctor!, faq!, causes!]) await el.updateComplete;
    const c = style(content(doctor!));
    expect(c.fontFamily).to.contain('Georgia');
    expect(c.fontSize).to.equal('20px');
    expect(same(c.color, 'rgb(10, 20, 30)')).to.equal(true);
    expect(same(c.backgroundColor, 'rgb(250, 248, 240)')).to.equal(true);
    const [emergency, urgent, routine] = all(doctor!, '[part~="tier"]');
    expect(style(emergency!).borderTopLeftRadius).to.equal('7px');
    expect(same(style(emergencyHeading(doctor!)).backgroundColor, 'rgb(120, 0, 0)')).to.equal(true);
    expect(same(style(emergencyHeading(doctor!)).color, 'rgb(255, 255, 0)')).to.equal(true);
    expect(same(style(numberLink(doctor!)).backgroundColor, 'rgb(120, 0, 0)')).to.equal(true);
    expect(same(style(urgent!).borderInlineStartColor, 'rgb(200, 100, 0)')).to.equal(true);
    expect(same(style(routine!).borderInlineStartColor, 'rgb(0, 100, 50)')).to.equal(true);
    // The space token: a routine card's body is padded by it (the emergency card's adds 0.75rem).
    expect(style(all(doctor!, '.card-body').slice(-1)[0]!).paddingTop).to.equal('10px');
    // The focus pair reaches the keyboard-focus highlight's variables.
    expect(same(c.getPropertyValue('--_focus').trim(), 'rgb(255, 200, 0)')).to.equal(true);
    expect(same(c.getPropertyValue('--_focus-text').trim(), 'rgb(0, 0, 0)')).to.equal(true);
    expect(style(shadow(doctor!).querySelector('[part="footer"]')!).paddingTop).to.equal('7.5px'); // 0.75 × 10px
    expect(same(style(shadow(doctor!).querySelector('[part="footer"]')!).color, 'rgb(40, 50, 60)')).to.equal(true);
    expect(same(style(shadow(doctor!).querySelector('[part="footer"]')!).borderTopColor, 'rgb(1, 2, 3)')).to.equal(
      true,
    );
    expect(same(style(all(faq!, '[part="question"]')[0]!).color, 'rgb(0, 60, 120)')).to.equal(true);
    expect(same(style(all(causes!, '.tag')[0]!).color, 'rgb(40, 50, 60)')).to.equal(true);
  });

  it('lets parts be styled from outside', async function () {
    const wrapper = await container(html`<div>
      <style>
        .themed::part(tier-heading) { letter-spacing: 3px; }
        .themed::part(emergency-number) { outline-offset: 9px; }
        .themed::part(footer) { font-style: italic; }
      </style>
      <when-to-see-doctor class="themed" region="GB"></when-to-see-doctor>
    </div>`);
    const el = wrapper.querySelector<WhenToSeeDoctor>('when-to-see-doctor')!;
    await el.updateComplete;
    expect(style(emergencyHeading(el)).letterSpacing).to.equal('3px');
    expect(style(numberLink(el)).outlineOffset).to.equal('9px');
    expect(style(shadow(el).querySelector('[part="footer"]')).fontStyle).to.equal('italic');
  });
});
