import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { EmergencyCallDetail, WhenToSeeDoctor } from '../src/elements/when-to-see-doctor.js';
import { EMERGENCY_NUMBERS } from '../content/emergency-numbers.js';
import { all, captureConsole, shadow, text } from './helpers.js';

/** Numbers written out again, independently of the table, so a typo in either fails. */
const EXPECTED: Record<string, string> = {
  US: '911', CA: '911', MX: '911', GB: '999', IE: '112', AU: '000', NZ: '111', IN: '112', JP: '119',
  BR: '192', AT: '112', BE: '112', BG: '112', HR: '112', CY: '112', CZ: '112', DK: '112', EE: '112',
  FI: '112', FR: '112', DE: '112', GR: '112', HU: '112', IT: '112', LV: '112', LT: '112', LU: '112',
  MT: '112', NL: '112', PL: '112', PT: '112', RO: '112', SK: '112', SI: '112', ES: '112', SE: '112',
  IS: '112', NO: '113', CH: '144', SA: '997', AE: '998', EG: '123',
};

const numberLink = (el: Element) => shadow(el).querySelector<HTMLAnchorElement>('[part="emergency-number"]');

describe('<when-to-see-doctor>', () => {
  afterEach(() => {
    document.documentElement.lang = '';
  });

  it('shows three care cards, most urgent first, each with its hidden prefix', async () => {
    const el = await fixture<WhenToSeeDoctor>(html`<when-to-see-doctor region="GB"></when-to-see-doctor>`);
    const tiers = all(el, '[part~="tier"]');
    expect(tiers.map((t) => t.getAttribute('part'))).to.deep.equal(['tier emergency', 'tier urgent', 'tier routine']);
    const prefixes = tiers.map((t) => text(t.querySelector('[part="tier-heading"] .visually-hidden')));
    expect(prefixes).to.deep.equal(['Immediate action required:', 'Urgent advice:', 'Non-urgent advice:']);
    for (const t of tiers) {
      expect(t.querySelector('[part="tier-heading"]')!.localName).to.equal('h2');
      expect(t.querySelectorAll('[part="signs"] li').length).to.be.at.least(4);
    }
    const emergency = text(tiers[0]);
    expect(emergency).to.contain('one side of the body').and.contain('droops').and.contain('slurred');
    expect(emergency).to.contain('both legs').and.contain('genitals or bottom');
    expect(emergency).to.contain('spreads up').and.contain('breathing or swallowing');
    expect(emergency).to.contain('after a fall');
  });

  it('has a table row for every region the product promises, each checked here', () => {
    expect(Object.keys(EMERGENCY_NUMBERS).sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [region, number] of Object.entries(EXPECTED)) {
    it(`shows ${number} for region ${region}`, async () => {
      const el = await fixture<WhenToSeeDoctor>(html`<when-to-see-doctor region=${region}></when-to-see-doctor>`);
      const link = numberLink(el)!;
      expect(link, 'number link').to.exist;
      expect(text(link)).to.equal(number);
      expect(link.getAttribute('href')).to.equal(`tel:${number}`);
      expect(link.getAttribute('aria-label')).to.equal(`Call ${number}`);
      expect(el.emergencyNumber).to.equal(number);
    });
  }

  it('accepts a lower-case region', async () => {
    const el = await fixture<WhenToSeeDoctor>(html`<when-to-see-doctor region="au"></when-to-see-doctor>`);
    expect(text(numberLink(el))).to.equal('000');
  });

  it('shows no number but "your local emergency number" without a region', async () => {
    const el = await fixture<WhenToSeeDoctor>(html`<when-to-see-doctor></when-to-see-doctor>`);
    expect(numberLink(el)).to.equal(null);
    expect(shadow(el).querySelector('a[href^="tel:"]')).to.equal(null);
    expect(text(shadow(el).querySelector('[part~="emergency"]'))).to.contain('Call your local emergency number now.');
  });

  it('shows no number for an unknown region, with one warning', async () => {
    const log = captureConsole();
    try {
      const el = await fixture<WhenToSeeDoctor>(html`<when-to-see-doctor region="ZZ"></when-to-see-doctor>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(numberLink(el)).to.equal(null);
      expect(text(shadow(el).querySelector('[part~="emergency"]'))).to.contain('your local emergency number');
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('<when-to-see-doctor>').and.contain('region="ZZ"');
    } finally {
      log.restore();
    }
  });

  it('uses the region of the page language when region is not set', async () => {
    document.documentElement.lang = 'en-AU';
    const el = await fixture<WhenToSeeDoctor>(html`<when-to-see-doctor></when-to-see-doctor>`);
    expect(text(numberLink(el))).to.equal('000');
    document.documentElement.lang = 'en-GB';
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(text(numberLink(el))).to.equal('999');
  });

  it('uses the widget’s own lang region before the page’s', async () => {
    document.documentElement.lang = 'en-GB';
    const el = await fixture<WhenToSeeDoctor>(html`<when-to-see-doctor lang="en-NZ"></when-to-see-doctor>`);
    expect(text(numberLink(el))).to.equal('111');
  });

  it('warns about a malformed region and falls back to the page language', async () => {
    const log = captureConsole();
    try {
      document.documentElement.lang = 'en-US';
      const el = await fixture<WhenToSeeDoctor>(html`<when-to-see-doctor region="United Kingdom"></when-to-see-doctor>`);
      expect(text(numberLink(el))).to.equal('911');
      expect(log.warnings).to.have.length(1);
      expect(log.warnings[0]).to.contain('region="United Kingdom"').and.contain('two-letter');
    } finally {
      log.restore();
    }
  });

  it('fires emergency-call when the number is activated', async () => {
    const el = await fixture<WhenToSeeDoctor>(html`<when-to-see-doctor region="GB"></when-to-see-doctor>`);
    const link = numberLink(el)!;
    // Keep the test page from navigating to tel:.
    link.addEventListener('click', (e) => e.preventDefault());
    setTimeout(() => link.click());
    const event = (await oneEvent(el, 'emergency-call')) as CustomEvent<EmergencyCallDetail>;
    expect(event.detail).to.deep.equal({ region: 'GB', number: '999' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('is accessible, with and without a number', async () => {
    await expect(await fixture(html`<when-to-see-doctor region="US"></when-to-see-doctor>`)).to.be.accessible();
    await expect(await fixture(html`<when-to-see-doctor></when-to-see-doctor>`)).to.be.accessible();
  });
});
