// Widgets created, moved, removed and re-added, changed at run time, by the
// hundred, inside other shadow roots: no uncaught error, nothing left blank,
// and every listener released when they leave the page.
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { localeListeners } from '../../src/i18n/page-locale.js';
import { container, TAGS, until, watchEachTest } from '../helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const settle = async (els: Iterable<Element>) => {
  for (const el of els) await (el as Widget).updateComplete;
};
const rendered = (el: Element) =>
  (el.shadowRoot?.querySelector('[part="footer"]')?.textContent ?? '').includes('health professional');

describe('robustness', () => {
  const watch = watchEachTest();

  it('survives being created, moved, removed and re-added, and releases its listeners', async () => {
    const root = await container<HTMLDivElement>(html`<div><section id="a"></section><section id="b"></section></div>`);
    const [a, b] = [root.querySelector('#a')!, root.querySelector('#b')!];
    const widgets = TAGS.map((tag) => a.appendChild(document.createElement(tag)));
    await settle(widgets);
    expect(widgets.every(rendered)).to.equal(true);
    expect(localeListeners().widgets).to.equal(4);
    for (let i = 0; i < 5; i++) {
      for (const w of widgets) (i % 2 ? a : b).append(w);
      await settle(widgets);
      for (const w of widgets) w.remove();
      expect(localeListeners()).to.deep.equal({ widgets: 0, observing: false });
      for (const w of widgets) a.append(w);
      await settle(widgets);
    }
    expect(widgets.every(rendered)).to.equal(true);
    root.remove();
    expect(localeListeners()).to.deep.equal({ widgets: 0, observing: false });
    expect(watch.uncaught).to.deep.equal([]);
    expect(watch.log.errors).to.deep.equal([]);
  });

  it('handles attributes changed at run time', async () => {
    const el = await container<Widget>(html`<when-to-see-doctor region="GB"></when-to-see-doctor>`);
    const number = () => el.shadowRoot!.querySelector('[part="emergency-number"]')?.textContent ?? null;
    expect(number()).to.equal('999');
    el.setAttribute('region', 'AU');
    await el.updateComplete;
    expect(number()).to.equal('000');
    el.removeAttribute('region');
    await el.updateComplete;
    expect(number()).to.equal(null);
    el.setAttribute('lang', 'es-MX');
    await until(() => el.shadowRoot!.querySelector('[part="content"]')!.getAttribute('lang') === 'es', 'Spanish');
    // The language never picks the number: only a region the site names does.
    expect(number()).to.equal(null);
    el.setAttribute('region', 'MX');
    await el.updateComplete;
    expect(number()).to.equal('911');
  });

  it('renders 200 of each widget on one page, and lets them all go', async () => {
    const root = await container<HTMLDivElement>(html`<div></div>`);
    const all: Element[] = [];
    for (const tag of TAGS) for (let i = 0; i < 200; i++) all.push(root.appendChild(document.createElement(tag)));
    await settle(all);
    expect(all.every(rendered)).to.equal(true);
    expect(localeListeners().widgets).to.equal(800);
    document.documentElement.lang = 'es';
    await until(
      () => all.every((el) => el.shadowRoot!.querySelector('[part="content"]')!.getAttribute('lang') === 'es'),
      'all 800 in Spanish',
    );
    root.remove();
    expect(localeListeners()).to.deep.equal({ widgets: 0, observing: false });
    expect(watch.uncaught).to.deep.equal([]);
  }).timeout(60000);

  it('works inside another component’s shadow root, with that root’s lang', async () => {
    const host = await container<HTMLDivElement>(html`<div></div>`);
    const shadowRoot = host.attachShadow({ mode: 'open' });
    shadowRoot.innerHTML =
      '<section lang="ar"><cause-list></cause-list></section><when-to-see-doctor region="NZ"></when-to-see-doctor>';
    const [causes, doctor] = [shadowRoot.querySelector('cause-list')!, shadowRoot.querySelector('when-to-see-doctor')!];
    await settle([causes, doctor]);
    await until(() => causes.shadowRoot!.querySelector('[part="content"]')!.getAttribute('lang') === 'ar', 'Arabic');
    expect(causes.shadowRoot!.querySelector('[part="content"]')!.getAttribute('dir')).to.equal('rtl');
    expect(doctor.shadowRoot!.querySelector('[part="emergency-number"]')!.textContent).to.equal('111');
    expect(watch.uncaught).to.deep.equal([]);
  });
});
