// The first render on a page with the CDN module, whose English content
// (causes, FAQ, tips) arrives as a chunk of its own: each widget renders once,
// with its text, when the content comes soon; the care cards never wait.
import { expect } from '@open-wc/testing';
import { container, fourWidgets, recordContent, shadow, text, until } from '../helpers.js';

/** 'busy' while the content is marked loading, else 'content'. */
const state = (content: Element) => (content.getAttribute('aria-busy') === 'true' ? 'busy' : 'content');

describe('CDN module: the first render', () => {
  it('renders each widget once, with its text, when the English content comes within a second', async () => {
    // The widgets are on the page before the script runs, as on a web page.
    const root = await container(fourWidgets('GB'));
    const [doctor, ...lazy] = [...root.children];
    const script = '/__slow/300/content-en/dist/cdn/legwise.js';
    await import(/* @vite-ignore */ script);

    // The care cards show at once, without waiting for the content.
    expect(text(shadow(doctor!).querySelector('[part~="emergency"]'))).to.contain('one side of the body');
    expect(text(shadow(doctor!).querySelector('[part="emergency-number"]'))).to.equal('999');

    const states = lazy.map((el) => recordContent(el, state));
    await until(() => states.every((s) => s.includes('content')), 'the content');
    expect(states).to.deep.equal([['content'], ['content'], ['content']]);
    expect(text(shadow(lazy[0]!))).to.contain('Stroke');
    expect(text(shadow(lazy[0]!).querySelector('[part="disclaimer"]'))).to.contain('does not replace');
  });
});
