import { expect, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { EmergencyCallDetail, WhenToSeeDoctor } from '../src/elements/when-to-see-doctor.js';
import { EMERGENCY_NUMBERS } from '../content/emergency-numbers.js';
import { setRegion } from '../src/index.js';
import { all, container, shadow, text, watchEachTest } from './helpers.js';

const country = (region: string) => new Intl.DisplayNames(['en'], { type: 'region' }).of(region)!;

const numberLink = (el: Element) => shadow(el).querySelector<HTMLAnchorElement>('[part="emergency-number"]');

describe('<when-to-see-doctor>', () => {
  const watch = watchEachTest(); // also resets <html lang> after each test
  afterEach(() => {
    setRegion(null);
  });

  it('shows three care cards, most urgent first, each with its hidden prefix', async () => {
    const el = await container<WhenToSeeDoctor>(html`<when-to-see-doctor region="GB"></when-to-see-doctor>`);
    const tiers = all(el, '[part~="tier"]');
    expect(tiers.map((t) => t.getAttribute('part'))).to.deep.equal(['tier emergency', 'tier urgent', 'tier routine']);
    const prefixes = tiers.map((t) => text(t.querySelector('[part="tier-heading"] .visually-hidden')));
    expect(prefixes).to.deep.equal(['Immediate action required:', 'Urgent advice:', 'Non-urgent advice:']);
    for (const t of tiers) {
      expect(t.querySelector('[part="tier-heading"]')!.localName).to.equal('h2');
      expect(t.querySelectorAll('[part="signs"] li').length).to.be.at.least(4);
    }
    const emergency = text(tiers[0]);
    expect(emergency).to.contain('droops on one side').and.contain('one side of the body').and.contain('slurred');
    expect(emergency).to.contain('genitals or bottom').and.contain('wetting or soiling');
    expect(emergency).to.contain('spreads up').and.contain('trouble breathing, swallowing or talking');
    expect(emergency).to.contain('after a fall').and.contain('Do not move the person unless they are in danger');
    expect(emergency).to.contain('Call even if the signs go away.');
  });

  it('shows every row of the table as its number, its tel: link and its country', async () => {
    const el = await container<WhenToSeeDoctor>(html`<when-to-see-doctor></when-to-see-doctor>`);
    const rows = Object.entries(EMERGENCY_NUMBERS);
    expect(rows.length).to.be.at.least(190);
    for (const [region, number] of rows) {
      el.region = region;
      await el.updateComplete;
      const link = numberLink(el);
      expect(link, region).to.exist;
      expect(text(link), region).to.equal(number);
      expect(link!.getAttribute('href'), region).to.equal(`tel:${number}`);
      expect(link!.getAttribute('aria-label'), region).to.equal(`Call ${number} (${country(region)})`);
      expect(text(link!.closest('[part="action"]')), region).to.equal(`${country(region)}: call ${number}`);
    }
  });

  it('names the country in the reader’s language: "United Kingdom: call 999"', async () => {
    const el = await container<WhenToSeeDoctor>(html`<when-to-see-doctor region="GB"></when-to-see-doctor>`);
    expect(text(shadow(el).querySelector('[part="action"].call'))).to.equal('United Kingdom: call 999');
    expect(numberLink(el)!.getAttribute('aria-label')).to.equal('Call 999 (United Kingdom)');
  });

  it('says whom to call right under the emergency heading, before the signs, with or without a number', async () => {
    for (const region of ['GB', '']) {
      // A phone's width: the 24 signs are screens long, so the number must not wait below them.
      const el = await container<WhenToSeeDoctor>(
        html`<when-to-see-doctor region=${region}></when-to-see-doctor>`,
        320,
      );
      const card = shadow(el).querySelector('[part~="emergency"]')!;
      const call = card.querySelector('.call')!;
      const body = card.querySelector('.card-body')!;
      expect(body.firstElementChild?.classList.contains('call'), region).to.equal(true);
      expect(text(call)).to.equal(region ? 'United Kingdom: call 999' : 'Call your local emergency number now.');
      const heading = card.querySelector('[part="tier-heading"]')!.getBoundingClientRect();
      const signs = card.querySelector('[part="signs"]')!.getBoundingClientRect();
      const top = call.getBoundingClientRect().top;
      expect(top - heading.bottom, region).to.be.lessThan(80);
      expect(top, region).to.be.lessThan(signs.top);
      expect(text(body.lastElementChild)).to.equal(
        'Do not drive yourself to hospital. Do not wait to see if it gets better.',
      );
    }
  });

  it('shows each country’s number for region="GB IE"', async () => {
    const el = await container<WhenToSeeDoctor>(html`<when-to-see-doctor region="GB IE"></when-to-see-doctor>`);
    const calls = all(el, '[part="action"].call').map(text);
    expect(calls).to.deep.equal(['United Kingdom: call 999', 'Ireland: call 112']);
  });

  it('accepts a lower-case region', async () => {
    const el = await container<WhenToSeeDoctor>(html`<when-to-see-doctor region="au"></when-to-see-doctor>`);
    expect(text(numberLink(el))).to.equal('000');
  });

  it('shows no number but "your local emergency number" without a region', async () => {
    const el = await container<WhenToSeeDoctor>(html`<when-to-see-doctor></when-to-see-doctor>`);
    expect(numberLink(el)).to.equal(null);
    expect(shadow(el).querySelector('a[href^="tel:"]')).to.equal(null);
    expect(text(shadow(el).querySelector('[part~="emergency"]'))).to.contain('Call your local emergency number now.');
  });

  it('shows no number for an unknown region, with one warning', async () => {
    const el = await container<WhenToSeeDoctor>(html`<when-to-see-doctor region="ZZ"></when-to-see-doctor>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(numberLink(el)).to.equal(null);
    expect(text(shadow(el).querySelector('[part~="emergency"]'))).to.contain('your local emergency number');
    expect(watch.log.warnings).to.have.length(1);
    expect(watch.log.warnings[0]).to.contain('<when-to-see-doctor>').and.contain('region="ZZ"');
  });

  for (const lang of ['en-US', 'en-GB', 'en-AU', 'es-MX', 'ar-SA']) {
    it(`never takes the number from the page language (<html lang="${lang}">, no region)`, async () => {
      document.documentElement.lang = lang;
      const el = await container<WhenToSeeDoctor>(html`<when-to-see-doctor lang=${lang}></when-to-see-doctor>`);
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(numberLink(el)).to.equal(null);
      expect(shadow(el).querySelector('a[href^="tel:"]')).to.equal(null);
    });
  }

  it('takes the page-wide region from setRegion(), and the attribute before it', async () => {
    setRegion('AU');
    const el = await container<WhenToSeeDoctor>(html`<when-to-see-doctor></when-to-see-doctor>`);
    const own = await container<WhenToSeeDoctor>(html`<when-to-see-doctor region="NZ"></when-to-see-doctor>`);
    expect(text(numberLink(el))).to.equal('000');
    expect(text(numberLink(own))).to.equal('111');
    setRegion('gb');
    await el.updateComplete;
    expect(text(numberLink(el))).to.equal('999');
    setRegion(null);
    await el.updateComplete;
    expect(numberLink(el)).to.equal(null);
  });

  it('refuses a setRegion() value that is not a region code, with a warning, and keeps the region', async () => {
    setRegion('GB');
    setRegion('United Kingdom');
    expect(watch.log.warnings).to.have.length(1);
    expect(watch.log.warnings[0]).to.contain('setRegion("United Kingdom")').and.contain('two-letter');
    const el = await container<WhenToSeeDoctor>(html`<when-to-see-doctor></when-to-see-doctor>`);
    expect(text(numberLink(el))).to.equal('999');
  });

  it('warns about a malformed region and falls back to the page-wide region, not the language', async () => {
    document.documentElement.lang = 'en-US';
    const el = await container<WhenToSeeDoctor>(
      html`<when-to-see-doctor region="United Kingdom"></when-to-see-doctor>`,
    );
    expect(numberLink(el)).to.equal(null);
    expect(watch.log.warnings).to.have.length(1);
    expect(watch.log.warnings[0]).to.contain('region="United Kingdom"').and.contain('two-letter');
  });

  it('fires emergency-call when the number is activated', async () => {
    const el = await container<WhenToSeeDoctor>(html`<when-to-see-doctor region="GB"></when-to-see-doctor>`);
    const link = numberLink(el)!;
    // Keep the test page from navigating to tel:.
    link.addEventListener('click', (e) => e.preventDefault());
    setTimeout(() => link.click());
    const event = (await oneEvent(el, 'emergency-call')) as CustomEvent<EmergencyCallDetail>;
    expect(event.detail).to.deep.equal({ region: 'GB', number: '999' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('is accessible, with and without a number', async () => {
    await expect(await container(html`<when-to-see-doctor region="US"></when-to-see-doctor>`)).to.be.accessible();
    await expect(await container(html`<when-to-see-doctor></when-to-see-doctor>`)).to.be.accessible();
  });
});
