// The country's name beside the emergency number (src/i18n/region-name.ts).
// Its own file, so that no other test has started Intl.DisplayNames in this page first.
import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import type { WhenToSeeDoctor } from '../src/elements/when-to-see-doctor.js';
import { container, shadow, text, watchEachTest } from './helpers.js';

const call = (el: Element) => text(shadow(el).querySelector('[part="action"].call'));

describe('the country named beside the emergency number', () => {
  watchEachTest(); // also resets <html lang> after each test
  const Original = Intl.DisplayNames;
  const made: string[] = [];
  before(() => {
    // Counts every Intl.DisplayNames the widgets make, by its first locale.
    class Counting extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args);
        made.push(String([args[0]].flat()[0]));
      }
    }
    (Intl as { DisplayNames: typeof Original }).DisplayNames = Counting;
  });
  after(() => {
    (Intl as { DisplayNames: typeof Original }).DisplayNames = Original;
  });

  it('on an English page, comes with the build: no Intl.DisplayNames, so no ICU start-up on the first render', async () => {
    const el = await container<WhenToSeeDoctor>(html`<when-to-see-doctor region="NZ GB US"></when-to-see-doctor>`);
    const calls = [...shadow(el).querySelectorAll('[part="action"].call')].map((p) => text(p));
    expect(calls).to.deep.equal(['New Zealand: call 111', 'United Kingdom: call 999', 'United States: call 911']);
    expect(made).to.deep.equal([]);
  });

  it('in another language, comes from the browser’s Intl, in that language', async () => {
    document.documentElement.lang = 'es';
    const el = await container<WhenToSeeDoctor>(html`<when-to-see-doctor region="MX"></when-to-see-doctor>`);
    await el.updateComplete;
    const expected = new Original(['es'], { type: 'region' }).of('MX')!;
    for (let i = 0; i < 100 && !call(el).includes(expected); i += 1) await new Promise((r) => setTimeout(r, 20));
    expect(call(el)).to.contain(expected).and.contain('911');
    expect(made).to.include('es');
  });
});
