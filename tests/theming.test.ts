import { expect, html } from '@open-wc/testing';
import { emulateMedia } from './media.js';
import '../src/index.js';
import type { LegwiseElement } from '../src/elements/legwise-element.js';
import type { WhenToSeeDoctor } from '../src/elements/when-to-see-doctor.js';
import { COLOR_DEFAULTS } from '../src/styles/tokens.js';
import { all, container, shadow, text, until, watchEachTest } from './helpers.js';

// Colour helpers written independently of the element's own guard, so a bug in
// one does not hide in the other. Every colour in these tests is an sRGB hex or
// rgb(), which computed styles serialise as rgb()/rgba().
type Rgba = [number, number, number, number];
function parseColour(value: string): Rgba {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(value.trim());
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
  const hex = /^#([0-9a-f]{6})$/i.exec(value.trim());
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1]!.slice(i, i + 2), 16)).concat(1) as Rgba;
  throw new Error(`unexpected colour ${value}`);
}
const same = (a: string, b: string) => parseColour(a).join() === parseColour(b).join();
function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(parseColour(a)), luminance(parseColour(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

const content = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="content"]')!;
const style = (el: Element | null) => getComputedStyle(el!);
const emergencyHeading = (el: Element) => shadow(el).querySelector('[part~="emergency"] [part="tier-heading"]')!;
const numberLink = (el: Element) => shadow(el).querySelector('[part="emergency-number"]')!;

const TAGS = ['cause-list', 'faq-accordion', 'when-to-see-doctor', 'exercise-tips'] as const;

async function allFour(attrs = ''): Promise<LegwiseElement[]> {
  const root = document.createElement('div');
  root.innerHTML = TAGS.map((t) => `<${t} region="GB" ${attrs}></${t}>`).join('');
  const wrapper = await container(html`<div></div>`);
  wrapper.append(root);
  const els = [...root.children] as LegwiseElement[];
  for (const el of els) await el.updateComplete;
  return els;
}

/** The colours a reader sees for the main pairs, read from computed styles. */
function renderedPalette(el: LegwiseElement) {
  const c = style(content(el));
  return { surface: c.backgroundColor, text: c.color };
}

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
    for (const el of await allFour('theme="dark"')) {
      expect(same(renderedPalette(el).surface, COLOR_DEFAULTS.dark.surface), el.localName).to.equal(true);
    }
    await emulateMedia({ colorScheme: 'dark' });
    for (const el of await allFour('theme="light"')) {
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
    expect(style(shadow(doctor!).querySelector('.card-body')!).paddingTop).to.not.equal('16px');
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
    expect(watch.log.warnings).to.have.length(1);
  });

  it('does not warn in widgets that have no emergency tier', async function () {
    const el = await container<LegwiseElement>(
      html`<exercise-tips style="--legwise-color-emergency: #ffffff"></exercise-tips>`,
    );
    await el.updateComplete;
    expect(text(shadow(el))).to.not.equal('');
    expect(watch.log.warnings).to.deep.equal([]);
  });
});

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
