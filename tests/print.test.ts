import { expect } from '@open-wc/testing';
import { emulateMedia } from './media.js';
import '../src/index.js';
import type { LegwiseElement } from '../src/elements/legwise-element.js';
import type { FaqAccordion } from '../src/elements/faq-accordion.js';
import { all, mountFourWidgets, shadow, text } from './helpers.js';

const BLACK = 'rgb(0, 0, 0)';
const style = (el: Element | null, pseudo?: string) => getComputedStyle(el!, pseudo);

/** The four widgets, in the order of TAGS, ready. */
const page = (attrs: Record<string, string> = {}, style?: string) =>
  mountFourWidgets('GB', { attrs, style, order: 'tags' });

/** Shown on paper: rendered with a size, and not hidden. */
function printed(el: Element): boolean {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && style(el).visibility !== 'hidden';
}

/** Elements that carry their own visible text. */
function textElements(el: Element): Element[] {
  return [...shadow(el).querySelectorAll('*')].filter(
    (n) =>
      [...n.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== '') &&
      !n.closest('.visually-hidden'),
  );
}

const transparent = (colour: string) => colour === 'rgba(0, 0, 0, 0)' || colour === 'transparent';

describe('print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  it('prints each widget’s sources, and closes them again after', async () => {
    const widgets = await page();
    const lists = widgets.map((w) => shadow(w).querySelector<HTMLDetailsElement>('details[part="sources"]')!);
    const items = (i: number) => [...lists[i]!.querySelectorAll('li')];
    // The reader opened one list: it stays open after printing.
    lists[1]!.open = true;
    for (const i of lists.keys()) expect(items(i).length, widgets[i]!.localName).to.be.greaterThan(0);
    expect(lists.map((l) => l.open)).to.deep.equal([false, true, false, false]);
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    for (const [i, list] of lists.entries()) {
      expect(list.open, widgets[i]!.localName).to.equal(true);
      for (const li of items(i)) expect(printed(li), li.dataset.id).to.equal(true);
    }
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    expect(lists.map((l) => l.open)).to.deep.equal([false, true, false, false]);
  });

  it('prints the accordion fully expanded, without its chevrons', async function () {
    const [, faq] = (await page()) as [LegwiseElement, FaqAccordion];
    const answers = all(faq, '[part="answer"]');
    expect(answers.length).to.be.greaterThan(0);
    expect(answers).to.have.length(all(faq, '[part="question"]').length);
    expect(
      answers.every((a) => !printed(a)),
      'closed on screen',
    ).to.equal(true);
    await emulateMedia({ media: 'print' });
    for (const answer of answers) {
      expect(printed(answer), answer.id).to.equal(true);
      expect(text(answer)).to.not.equal('');
    }
    // The state itself is unchanged: nothing was opened, only printed.
    expect(faq.openQuestions).to.deep.equal([]);
    for (const icon of all(faq, '.icon')) expect(style(icon).display).to.equal('none');
    for (const question of all(faq, '[part="question"]')) {
      expect(style(question).color).to.equal(BLACK);
      expect(transparent(style(question).backgroundColor)).to.equal(true);
      expect(style(question).cursor).to.not.equal('pointer');
    }
    await emulateMedia({ media: 'screen' });
    expect(
      answers.every((a) => !printed(a)),
      'closed again on screen',
    ).to.equal(true);
  });

  it('prints the emergency number and the review date of every widget', async function () {
    const els = await page();
    await emulateMedia({ media: 'print' });
    for (const el of els) {
      const date = shadow(el).querySelector('[part="review-date"]')!;
      expect(printed(date), el.localName).to.equal(true);
      expect(text(date)).to.contain('2026');
      expect(style(date).color).to.equal(BLACK);
    }
    const link = shadow(els[2]!).querySelector('[part="emergency-number"]')!;
    expect(printed(link)).to.equal(true);
    expect(text(link)).to.equal('999');
    expect(style(link).color).to.equal(BLACK);
    expect(transparent(style(link).backgroundColor)).to.equal(true);
    expect(style(link).borderTopStyle).to.equal('solid');
    expect(style(link).borderTopColor).to.equal(BLACK);
    expect(parseFloat(style(link).borderTopWidth)).to.be.at.least(2);
  });

  // Page breaks cannot be seen without printing; the rules that place them can. A card or an answer
  // kept whole moved the emergency card to page 2 and left page 1 blank (a patient trial's PDF).
  it('lets a long card or answer run on to the next page, keeping each heading with what follows and each sign whole', async function () {
    const els = await page();
    const [, faq, doctor] = els;
    await emulateMedia({ media: 'print' });
    const cards = all(doctor!, '[part~="tier"]');
    const items = all(faq!, '[part="item"]');
    expect(cards, 'the three care cards').to.have.length(3);
    expect(items.length, 'the questions').to.be.greaterThan(5);
    for (const card of cards) {
      expect(style(card).breakInside, card.getAttribute('part')!).to.equal('auto');
      expect(style(card.querySelector('[part="tier-heading"]')!).breakAfter).to.equal('avoid');
      const signs = card.querySelectorAll('li');
      expect(signs.length, card.getAttribute('part')!).to.be.greaterThan(0);
      for (const sign of signs) expect(style(sign).breakInside).to.equal('avoid');
    }
    for (const item of items) {
      expect(style(item).breakInside, item.dataset.id).to.equal('auto');
      expect(style(item.querySelector('[part="question-heading"]')!).breakAfter).to.equal('avoid');
    }
  });

  it('turns colours into borders: black on white, tiers told apart by their edges', async function () {
    const els = await page();
    const [, , doctor] = els;
    const heading = shadow(doctor!).querySelector('[part~="emergency"] [part="tier-heading"]')!;
    expect(transparent(style(heading).backgroundColor), 'red on screen').to.equal(false);
    await emulateMedia({ media: 'print' });
    expect(transparent(style(heading).backgroundColor)).to.equal(true);
    expect(style(heading).color).to.equal(BLACK);
    expect(style(heading).borderBottomStyle).to.equal('solid');
    expect(parseFloat(style(heading).borderBottomWidth)).to.be.at.least(2);
    expect(style(heading).borderBottomColor).to.equal(BLACK);
    // The care-card arrow is a border, so it prints.
    expect(style(heading, '::after').borderTopColor).to.equal(BLACK);
    expect(parseFloat(style(heading, '::after').borderTopWidth)).to.be.greaterThan(5);
    const [emergency, urgent, routine] = all(doctor!, '[part~="tier"]').map((t) => style(t));
    for (const tier of [emergency!, urgent!, routine!]) {
      expect(tier.borderTopColor).to.equal(BLACK);
      expect(tier.borderInlineStartColor).to.equal(BLACK);
    }
    const edge = (s: CSSStyleDeclaration) => `${s.borderTopWidth} ${s.borderInlineStartStyle}`;
    expect(new Set([emergency!, urgent!, routine!].map(edge)).size, 'three different edges').to.equal(3);
    for (const el of els) {
      for (const n of textElements(el))
        expect(style(n).color, `${el.localName} ${text(n).slice(0, 20)}`).to.equal(BLACK);
      for (const n of shadow(el).querySelectorAll('*')) {
        const bg = style(n).backgroundColor;
        expect(
          transparent(bg) || bg === 'rgb(255, 255, 255)',
          `${el.localName} ${n.localName} background ${bg}`,
        ).to.equal(true);
      }
    }
  });

  it('prints black on white whatever the theme or the host tokens', async function () {
    await emulateMedia({ colorScheme: 'dark' });
    const els = await page(
      { theme: 'dark' },
      '--legwise-color-text: #ddd; --legwise-color-surface: #123; --legwise-color-accent: #9cf; --legwise-color-emergency: #600',
    );
    await emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const el of els) {
      const content = shadow(el).querySelector('[part="content"]')!;
      expect(transparent(style(content).backgroundColor), el.localName).to.equal(true);
      for (const n of textElements(el))
        expect(style(n).color, `${el.localName} ${text(n).slice(0, 20)}`).to.equal(BLACK);
    }
  });
});
