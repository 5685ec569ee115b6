// When the English content chunk is slow, a widget waits at most a second
// before it shows its loading state (the disclaimer, the content marked
// busy), then its text when the chunk arrives.
import { expect, html } from '@open-wc/testing';
import { container, shadow, text, until } from '../helpers.js';

describe('CDN module with a slow English content chunk', () => {
  it('shows the loading state after a second, then the content', async () => {
    const root = await container(html`<div><cause-list></cause-list></div>`);
    const el = root.firstElementChild!;
    const started = performance.now();
    const script = '/__slow/2500/content-en/dist/cdn/legwise.js';
    await import(/* @vite-ignore */ script);
    const content = () => shadow(el).querySelector('[part="content"]');

    await until(() => !!content(), 'the loading state');
    const waited = performance.now() - started;
    expect(waited, 'ms before the loading state').to.be.within(900, 2400);
    expect(content()!.getAttribute('aria-busy')).to.equal('true');
    expect(text(shadow(el).querySelector('[part="disclaimer"]'))).to.contain('does not replace');
    // The sources list's own name is in the text still loading: no empty name meanwhile (a webmaster trial).
    const summary = () => shadow(el).querySelector('[part="sources"] summary')!;
    expect(summary().hasAttribute('aria-label'), 'no empty aria-label').to.equal(false);

    await until(() => content()!.getAttribute('aria-busy') === null, 'the content', 400);
    expect(text(shadow(el))).to.contain('Stroke');
    expect(summary().getAttribute('aria-label')).to.equal('Sources for the causes');
  });
});
