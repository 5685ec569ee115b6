// Two copies of Legwise on one page share the page-wide region, as they share
// the locale API: a webmaster's module that imports setRegion() from another
// script URL than the page's tag (legwise.js beside legwise.en.js), or an
// app's build beside a CDN script. setRegion() set the region in its own copy
// only, and no widget showed a number (a webmaster trial).
import { expect, html } from '@open-wc/testing';
import { getRegion, setRegion } from '../../src/region.js';
import { container, shadow, text, until } from '../helpers.js';

describe('the page-wide region shared by two copies', () => {
  it('setRegion() from either copy steers the widgets of the other', async () => {
    expect(customElements.get('when-to-see-doctor'), 'no copy has defined the tags yet').to.equal(undefined);
    const script = '/dist/cdn/legwise.js';
    const cdn = (await import(/* @vite-ignore */ script)) as {
      setRegion(region: string | null): void;
      getRegion(): readonly string[];
    };
    const el = await container(html`<when-to-see-doctor></when-to-see-doctor>`);
    const number = () => text(shadow(el).querySelector('[part="emergency-number"]'));
    setRegion('GB');
    await until(() => number() === '999', 'the CDN copy’s card with 999');
    expect(cdn.getRegion()).to.deep.equal(['GB']);
    cdn.setRegion('AU');
    await until(() => number() === '000', 'the card with 000');
    expect(getRegion()).to.deep.equal(['AU']);
    setRegion(null);
    await until(() => !shadow(el).querySelector('[part="emergency-number"]'), 'no number');
  });
});
