// The region a site names shows its emergency number, with the country's name,
// in every widget that gives emergency advice: the care card, the FAQ answer
// that repeats it, the causes that can be emergencies and the exercise safety
// note. With no region, no number: "your local emergency number".
import { expect, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import { setRegion } from '../src/index.js';
import type { EmergencyCallDetail } from '../src/elements/when-to-see-doctor.js';
import type { LegwiseElement } from '../src/elements/legwise-element.js';
import { all, container, shadow, text, watchEachTest } from './helpers.js';

/** Where to look: a widget's shadow root, or a node inside one. */
const scope = (el: Element): ParentNode => el.shadowRoot ?? el;

/** The call lines in a widget or part of one, as read: "United Kingdom: call 999". */
const calls = (el: Element) => [...scope(el).querySelectorAll('.call')].map(text);

/** The number links in a widget or part of one: their text and tel: address. */
const links = (el: Element) =>
  [...scope(el).querySelectorAll('a[part="emergency-number"]')].map((a) => `${text(a)} ${a.getAttribute('href')}`);

/** The four widgets, as a page would show them, the FAQ's care answer open. */
const page = (region?: string) =>
  container(html`<div>
    <when-to-see-doctor region=${region ?? ''}></when-to-see-doctor>
    <faq-accordion open="when-to-see-doctor" region=${region ?? ''}></faq-accordion>
    <cause-list region=${region ?? ''}></cause-list>
    <exercise-tips region=${region ?? ''}></exercise-tips>
  </div>`);

describe('emergency numbers in every widget', () => {
  const watch = watchEachTest();
  afterEach(() => setRegion(null));

  it('shows the region’s number where the FAQ, the causes and the tips give emergency advice', async () => {
    const [, faq, causes, tips] = [...(await page('GB')).children] as HTMLElement[];
    const answer = shadow(faq!).querySelector('#answer-when-to-see-doctor')!;
    expect(calls(answer)).to.deep.equal(['United Kingdom: call 999']);
    expect(text(answer)).not.to.contain('Call your local emergency number now.');
    expect(links(answer)).to.deep.equal(['999 tel:999']);
    // Each cause whose help line is an emergency one, and only those.
    for (const cause of all(causes!, '[part="cause"]')) {
      const emergency = cause.querySelector('[part="cause-help"][data-tier="emergency"]') !== null;
      expect(calls(cause), cause.dataset.id).to.deep.equal(emergency ? ['United Kingdom: call 999'] : []);
    }
    expect(all(causes!, '[part="cause-help"][data-tier="emergency"]').length).to.be.at.least(3);
    const note = shadow(tips!).querySelector('[part="safety-note"]')!;
    expect(calls(note)).to.deep.equal(['United Kingdom: call 999']);
    expect(calls(tips!)).to.have.length(1);
    for (const el of [faq!, causes!, tips!]) await expect(el).to.be.accessible();
  });

  it('takes the page-wide region from setRegion(), and a widget’s own region before it', async () => {
    setRegion('AU');
    const [, faq, causes, tips] = [...(await page()).children] as HTMLElement[];
    await Promise.all(
      [faq, causes, tips].map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete),
    );
    expect(calls(shadow(faq!).querySelector('#answer-when-to-see-doctor')!)).to.deep.equal(['Australia: call 000']);
    expect(calls(shadow(tips!).querySelector('[part="safety-note"]')!)).to.deep.equal(['Australia: call 000']);
    tips!.setAttribute('region', 'IE');
    await (tips as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(calls(shadow(tips!).querySelector('[part="safety-note"]')!)).to.deep.equal(['Ireland: call 112']);
    setRegion(null);
    await (faq as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const answer = shadow(faq!).querySelector('#answer-when-to-see-doctor')!;
    expect(calls(answer)).to.deep.equal([]);
    expect(text(answer)).to.contain('Call your local emergency number now.');
  });

  it('shows no number without a region: the FAQ, the causes and the tips keep "your local emergency number"', async () => {
    const [, faq, causes, tips] = [...(await page()).children] as HTMLElement[];
    for (const el of [faq!, causes!, tips!]) expect(links(el), el.localName).to.deep.equal([]);
    expect(text(shadow(faq!).querySelector('#answer-when-to-see-doctor'))).to.contain(
      'Call your local emergency number now.',
    );
    expect(text(shadow(tips!).querySelector('[part="safety-note"]'))).to.contain('your local emergency number');
  });

  it('warns once, at setRegion(), for a code with no number, and leaves no number of the region before', async () => {
    setRegion('GB');
    const widgets = [...(await page()).children] as LegwiseElement[];
    expect(links(widgets[1]!)).to.deep.equal(['999 tel:999']);
    setRegion('UK');
    await Promise.all(widgets.map((el) => el.updateComplete));
    // One warning, from setRegion() itself: before, each widget warned about a region="UK" attribute
    // that the page never set (two trials).
    expect(watch.log.warnings).to.have.length(1);
    expect(watch.log.warnings[0])
      .to.contain('setRegion("UK")')
      .and.contain("the United Kingdom's code is GB")
      .and.contain('your local emergency number');
    for (const el of widgets) expect(links(el), el.localName).to.deep.equal([]);
    expect(text(shadow(widgets[3]!).querySelector('[part="safety-note"]'))).to.contain('your local emergency number');
  });

  it('warns once about a widget’s own region with no number, naming the attribute', async () => {
    const widgets = [...(await page('XX')).children] as LegwiseElement[];
    expect(watch.log.warnings).to.have.length(4);
    for (const [i, el] of widgets.entries()) {
      expect(watch.log.warnings[i])
        .to.contain(`<${el.localName}>: region="XX"`)
        .and.contain('no emergency number for XX');
      expect(links(el), el.localName).to.deep.equal([]);
    }
  });

  it('fires emergency-call from any widget’s number', async () => {
    const [, , causes] = [...(await page('GB')).children] as HTMLElement[];
    const link = shadow(causes!).querySelector<HTMLAnchorElement>('a[part="emergency-number"]')!;
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    setTimeout(() => link.click());
    const event = (await oneEvent(document.body, 'emergency-call')) as CustomEvent<EmergencyCallDetail>;
    expect(event.detail).to.deep.equal({ region: 'GB', number: '999' });
    expect((event.target as Element).localName).to.equal('cause-list');
  });
});
