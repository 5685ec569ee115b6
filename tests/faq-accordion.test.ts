import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { FaqAccordion, FaqToggleDetail } from '../src/elements/faq-accordion.js';
import { FAQ_IDS } from '../content/faq.js';
import { all, container, shadow, text, until, watchEachTest } from './helpers.js';

const buttons = (el: FaqAccordion) => all<HTMLButtonElement>(el, 'button[part="question"]');
const panel = (el: FaqAccordion, button: HTMLButtonElement) =>
  shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
const expanded = (el: FaqAccordion) => buttons(el).map((b) => b.getAttribute('aria-expanded'));

describe('<faq-accordion>', () => {
  const watch = watchEachTest();
  it('shows every question, closed, as APG accordion buttons inside headings', async () => {
    const el = await container<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    const bs = buttons(el);
    expect(bs.map((b) => b.closest('[part="item"]')!.getAttribute('data-id'))).to.deep.equal([...FAQ_IDS]);
    expect(FAQ_IDS.length).to.be.at.least(5);
    for (const b of bs) {
      expect(b.parentElement!.localName).to.equal('h2');
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      const p = panel(el, b);
      expect(p, 'aria-controls points to the panel').to.exist;
      // Ten answers can be open at once: no landmark each (APG: more than about six).
      expect(p.hasAttribute('role'), 'not a region').to.equal(false);
      expect(p.hidden).to.equal(true);
      expect(text(b)).to.match(/\?$/);
    }
  });

  it('makes each answer a region named by its question only while at most six can be open at once', async () => {
    const roles = (el: FaqAccordion) =>
      buttons(el).map((b) => [
        panel(el, b).getAttribute('role'),
        panel(el, b).getAttribute('aria-labelledby') === b.id,
      ]);
    const six = FAQ_IDS.slice(0, 6).join(' ');
    const few = await container<FaqAccordion>(html`<faq-accordion questions=${six}></faq-accordion>`);
    expect(roles(few)).to.deep.equal(FAQ_IDS.slice(0, 6).map(() => ['region', true]));
    const single = await container<FaqAccordion>(html`<faq-accordion single></faq-accordion>`);
    expect(roles(single)).to.deep.equal(FAQ_IDS.map(() => ['region', true]));
    single.single = false;
    await single.updateComplete;
    expect(roles(single)).to.deep.equal(FAQ_IDS.map(() => [null, false]));
  });

  it('points its chevrons down when closed and up when open, in left-to-right and right-to-left text alike', async () => {
    /** Where the chevron's tip points on screen: its drawn corner turned by its transform. */
    const tip = (button: Element) => {
      const style = getComputedStyle(button.querySelector('.icon')!);
      const drawn = (side: 'Left' | 'Right' | 'Top' | 'Bottom') =>
        style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' ? 1 : 0;
      const x = drawn('Right') - drawn('Left');
      const y = drawn('Bottom') - drawn('Top');
      const [a, b, c, d] = new DOMMatrixReadOnly(style.transform === 'none' ? undefined : style.transform)
        .toFloat64Array()
        .filter((_, i) => [0, 1, 4, 5].includes(i));
      const [tx, ty] = [a! * x + c! * y, b! * x + d! * y];
      if (Math.abs(tx) < 0.1 && ty > 1) return 'down';
      if (Math.abs(tx) < 0.1 && ty < -1) return 'up';
      return `sideways (${tx.toFixed(2)}, ${ty.toFixed(2)})`;
    };
    for (const dir of ['ltr', 'rtl']) {
      const lang = dir === 'rtl' ? 'ar' : 'en';
      const root = await container<HTMLDivElement>(html`<div lang=${lang}><faq-accordion></faq-accordion></div>`);
      const el = root.querySelector('faq-accordion')!;
      await until(() => shadow(el).querySelector('[part="content"]')?.getAttribute('dir') === dir, dir);
      const button = shadow(el).querySelector<HTMLButtonElement>('[part="question"]')!;
      expect(tip(button), `${dir}, closed`).to.equal('down');
      button.click();
      await until(() => tip(button) === 'up', `${dir}, open: the chevron points up (it points ${tip(button)})`);
    }
  });

  it('toggles on click and fires faq-toggle', async () => {
    const el = await container<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    const [first] = buttons(el);
    setTimeout(() => first!.click());
    const event = (await oneEvent(el, 'faq-toggle')) as CustomEvent<FaqToggleDetail>;
    expect(event.detail).to.deep.equal({ id: FAQ_IDS[0], open: true });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('true');
    expect(panel(el, first!).hidden).to.equal(false);
    expect(text(panel(el, first!))).to.not.equal('');
    first!.click();
    await el.updateComplete;
    expect(first!.getAttribute('aria-expanded')).to.equal('false');
    expect(panel(el, first!).hidden).to.equal(true);
  });

  it('opens and closes with Enter and Space; Tab moves to the next question', async () => {
    const el = await container<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    const [first, second] = buttons(el);
    // WebKit's WebDriver delivers a key's default action (the button's click)
    // after sendKeys() returns, so each state is awaited (failing after 5 s).
    const expanded = (button: HTMLElement, state: string) =>
      until(() => button.getAttribute('aria-expanded') === state, `aria-expanded="${state}" on ${button.id}`);
    first!.focus();
    await sendKeys({ press: 'Enter' });
    await expanded(first!, 'true');
    await sendKeys({ press: 'Space' });
    await expanded(first!, 'false');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(second);
    await sendKeys({ press: 'Space' });
    await expanded(second!, 'true');
  });

  it('moves focus with the arrow keys, Home and End', async () => {
    const el = await container<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    const bs = buttons(el);
    bs[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement).to.equal(bs[1]);
    await sendKeys({ press: 'End' });
    expect(shadow(el).activeElement).to.equal(bs[bs.length - 1]);
    await sendKeys({ press: 'ArrowDown' });
    expect(shadow(el).activeElement).to.equal(bs[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(shadow(el).activeElement).to.equal(bs[bs.length - 1]);
    await sendKeys({ press: 'Home' });
    expect(shadow(el).activeElement).to.equal(bs[0]);
  });

  it('keeps at most one answer open with single, and says so in events', async () => {
    const el = await container<FaqAccordion>(html`<faq-accordion single></faq-accordion>`);
    const events: FaqToggleDetail[] = [];
    el.addEventListener('faq-toggle', (e) => events.push(e.detail));
    const [first, second] = buttons(el);
    first!.click();
    await el.updateComplete;
    second!.click();
    await el.updateComplete;
    expect(expanded(el).filter((v) => v === 'true')).to.have.length(1);
    expect(second!.getAttribute('aria-expanded')).to.equal('true');
    expect(events).to.deep.equal([
      { id: FAQ_IDS[0], open: true },
      { id: FAQ_IDS[0], open: false },
      { id: FAQ_IDS[1], open: true },
    ]);
  });

  it('opens the questions named in open, or all', async () => {
    const el = await container<FaqAccordion>(html`<faq-accordion open="stress exercise"></faq-accordion>`);
    expect(el.openQuestions).to.have.members(['stress', 'exercise']);
    const open = buttons(el).filter((b) => b.getAttribute('aria-expanded') === 'true');
    expect(open.map((b) => b.closest('[part="item"]')!.getAttribute('data-id'))).to.deep.equal(['stress', 'exercise']);
    const everything = await container<FaqAccordion>(html`<faq-accordion open="all"></faq-accordion>`);
    expect(expanded(everything).every((v) => v === 'true')).to.equal(true);
  });

  it('with single and several ids in open, opens the first and warns', async () => {
    const el = await container<FaqAccordion>(html`<faq-accordion single open="stress exercise"></faq-accordion>`);
    expect(el.openQuestions).to.deep.equal(['stress']);
    expect(watch.log.warnings).to.have.length(1);
  });

  it('picks and orders questions', async () => {
    const el = await container<FaqAccordion>(
      html`<faq-accordion questions="exercise when-to-see-doctor"></faq-accordion>`,
    );
    expect(all(el, '[part="item"]').map((i) => i.dataset.id)).to.deep.equal(['exercise', 'when-to-see-doctor']);
  });

  it('warns once about unknown ids and skips them', async () => {
    const el = await container<FaqAccordion>(
      html`<faq-accordion questions="nope exercise" open="nada"></faq-accordion>`,
    );
    expect(all(el, '[part="item"]').map((i) => i.dataset.id)).to.deep.equal(['exercise']);
    expect(el.openQuestions).to.deep.equal([]);
    expect(watch.log.warnings).to.have.length(2);
    expect(watch.log.warnings.join('\n')).to.contain('questions="nope exercise"').and.contain('open="nada"');
    const none = await container<FaqAccordion>(html`<faq-accordion questions="zzz"></faq-accordion>`);
    expect(all(none, '[part="item"]')).to.have.length(FAQ_IDS.length);
  });

  it('opens only questions it shows: open, single, show() and a narrower questions list', async () => {
    const toggles: string[] = [];
    const el = await container<FaqAccordion>(
      html`<faq-accordion single open="all" questions="stress dehydration" @faq-toggle=${(e: CustomEvent) => toggles.push(e.detail.id)}></faq-accordion>`,
    );
    // "all" means the questions shown: with single, the first of them.
    expect(el.openQuestions).to.deep.equal(['stress']);
    expect(expanded(el)).to.deep.equal(['true', 'false']);
    el.show('tests'); // a real question, but not shown: nothing opens, no event, one clear warning
    await el.updateComplete;
    expect(el.openQuestions).to.deep.equal(['stress']);
    expect(toggles).to.deep.equal([]);
    const warning = watch.log.warnings.find((w) => w.includes('"tests"'));
    expect(warning).to.contain('the ids shown (questions): stress, dehydration');
    el.single = false;
    el.open = 'tests dehydration';
    await el.updateComplete;
    expect(el.openQuestions).to.deep.equal(['dehydration']);
    expect(watch.log.warnings.join('\n')).to.contain('"tests" cannot open');
    // Narrowing the list closes what it hides.
    el.questions = 'stress';
    await el.updateComplete;
    expect(el.openQuestions).to.deep.equal([]);
  });

  it('takes ids in any case, as it takes "all"', async () => {
    const el = await container<FaqAccordion>(
      html`<faq-accordion open="Stress" questions="STRESS Dehydration"></faq-accordion>`,
    );
    expect(all(el, '[part="item"]').map((i) => i.dataset.id)).to.deep.equal(['stress', 'dehydration']);
    expect(el.openQuestions).to.deep.equal(['stress']);
    el.toggle('DEHYDRATION');
    await el.updateComplete;
    expect(el.openQuestions).to.deep.equal(['stress', 'dehydration']);
    expect(watch.log.warnings).to.deep.equal([]);
  });

  it('uses the heading level asked', async () => {
    const el = await container<FaqAccordion>(html`<faq-accordion heading-level="3"></faq-accordion>`);
    expect(buttons(el)[0]!.parentElement!.localName).to.equal('h3');
  });

  it('is accessible closed and open', async () => {
    const el = await container<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    await expect(el).to.be.accessible();
    el.open = 'all';
    await el.updateComplete;
    expect(expanded(el).every((v) => v === 'true')).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
