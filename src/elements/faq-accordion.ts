import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { FAQ_SOURCES, faqSourcesName, faqItems } from '../../content/faq.js';
import type { FaqItem, SourceList } from '../../content/types.js';
import { renderCareSigns } from './care-sign.js';
import { careSignStyles } from './care-sign.styles.js';
import { arrowKeyTarget } from '../internal/arrow-keys.js';
import { quoteList, splitList } from '../internal/attributes.js';
import { LegwiseElement } from './legwise-element.js';
import { faqAccordionStyles } from './faq-accordion.styles.js';

export interface FaqToggleDetail {
  /** The question's stable id. */
  id: string;
  /** Whether its answer is now shown. */
  open: boolean;
}

/** It bubbles and is composed: typed wherever a listener may wait for it. */
interface FaqEvents {
  'faq-toggle': CustomEvent<FaqToggleDetail>;
}

declare global {
  interface HTMLElementEventMap extends FaqEvents {}
  interface DocumentEventMap extends FaqEvents {}
  interface WindowEventMap extends FaqEvents {}
}

/**
 * Common questions about leg muscle weakness, as an accordion that follows
 * the WAI-ARIA Authoring Practices: each question is a button inside a
 * heading, Enter or Space toggles it, Tab moves between questions, and the
 * arrow keys, Home and End move between questions too. An answer is a
 * region named by its question only while at most six answers can be open
 * at once (`single`, or six questions or fewer), so a page does not fill
 * with landmarks. In print every
 * answer is shown, whether open or not, and the chevrons are hidden.
 *
 * @tag faq-accordion
 * @attr {boolean} single - Keep at most one answer open.
 * @attr {string} open - Ids of the questions open at first, separated by spaces, or `all`.
 * @attr {string} questions - Ids of the questions to show, in this order. Default: all.
 * @attr {string} region - ISO 3166-1 alpha-2 country code (e.g. `GB`; several separated by spaces) whose emergency number the answer to "When should I see a doctor?" shows under its emergency signs, with the country's name ("United Kingdom: call 999"). Default: the page-wide region set with `setRegion()`, else none: the text says "your local emergency number". The page language is never used.
 * @csspart emergency-call - A call line ("United Kingdom: call 999") under the emergency signs of "When should I see a doctor?", when a region is known.
 * @attr {2 | 3 | 4 | 5 | 6} heading-level - Level of the question headings (2–6). Default: 2.
 * @fires {CustomEvent<FaqToggleDetail>} faq-toggle - A question opened or closed; `detail` has the question's `id` and whether it is now `open`. Bubbles and is composed.
 *
 * @csspart item - One question and its answer.
 * @csspart question-heading - The heading that holds a question's button.
 * @csspart question - The button that shows or hides an answer.
 * @csspart answer - The answer panel.
 */
export class FaqAccordion extends LegwiseElement {
  static override properties: PropertyDeclarations = {
    single: { type: Boolean, reflect: true },
    open: {},
    questions: {},
    openIds: { state: true, attribute: false },
  };

  static override styles = [...LegwiseElement.styles, careSignStyles, faqAccordionStyles];

  /** Keep at most one answer open. */
  single = false;

  /** Questions open at first: ids separated by spaces, or `all`. */
  open: string | null = null;

  /** Questions to show, in order: ids separated by spaces. Default: all. */
  questions: string | null = null;

  private openIds = new Set<string>();

  /** The ids of the questions currently open. */
  get openQuestions(): readonly string[] {
    return [...this.openIds];
  }

  /** Open a question by id. */
  show(id: string): void {
    this.setOpen(id, true);
  }

  /** Close a question by id. */
  hide(id: string): void {
    this.setOpen(id, false);
  }

  /** Open or close a question by id. */
  toggle(id: string): void {
    this.setOpen(id);
  }

  /** The ids of the questions shown (`questions`): the only ones that can open. */
  private shownIds(): string[] {
    return this.shownItems.map((item) => item.id);
  }

  /** What to say of ids that cannot open: the ids shown, and whether `questions` hides the others. */
  private idsHint(): string {
    const shown = this.shownIds();
    return `${shown.length < faqItems().length ? 'the ids shown (questions)' : 'known ids'}: ${shown.join(', ')}`;
  }

  /** The questions to show, in order; unknown ids warn once and are skipped. */
  get shownItems(): readonly FaqItem[] {
    return this.pickByIds('questions', this.questions, faqItems());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('open')) this.applyOpenAttribute();
    else if (changed.has('questions')) {
      const shown = this.shownIds();
      this.openIds = new Set([...this.openIds].filter((id) => shown.includes(id)));
    }
    if (changed.has('single') && this.single && this.openIds.size > 1) {
      const [first, ...rest] = this.openIds;
      this.openIds = new Set(first === undefined ? [] : [first]);
      for (const id of rest) this.notify(id, false);
    }
  }

  private applyOpenAttribute(): void {
    const raw = this.open;
    const asked = splitList(raw).map((id) => id.toLowerCase());
    const known = this.shownIds();
    let ids: string[];
    if (asked.length === 1 && asked[0] === 'all') {
      ids = known;
    } else {
      ids = asked.filter((id) => known.includes(id));
      const wrong = asked.filter((id) => !known.includes(id));
      if (wrong.length) {
        this.warnInvalid(
          'open',
          raw,
          `${quoteList(wrong)} cannot open; use "all" or ${this.idsHint()}`,
          'Those ids are ignored.',
        );
      }
    }
    if (this.single && ids.length > 1) {
      this.warnInvalid('open', raw, 'with "single" only one question can be open', `Opening "${ids[0]}" only.`);
      ids = ids.slice(0, 1);
    }
    this.openIds = new Set(ids);
  }

  /** Open or close (`wanted`; toggle when not given) a shown question, its id in any case. */
  private setOpen(asked: string, wanted?: boolean): void {
    const id = String(asked).toLowerCase();
    if (!this.shownIds().includes(id)) {
      this.warnInvalid('question id', asked, this.idsHint(), 'Nothing was changed.');
      return;
    }
    const open = wanted ?? !this.openIds.has(id);
    if (this.openIds.has(id) === open) return;
    const next = new Set(this.openIds);
    const closed: string[] = [];
    if (open) {
      if (this.single) {
        for (const other of next) closed.push(other);
        next.clear();
      }
      next.add(id);
    } else {
      next.delete(id);
    }
    this.openIds = next;
    for (const other of closed) this.notify(other, false);
    this.notify(id, open);
  }

  private notify(id: string, open: boolean): void {
    this.dispatchEvent(
      new CustomEvent<FaqToggleDetail>('faq-toggle', { detail: { id, open }, bubbles: true, composed: true }),
    );
  }

  private onKeydown(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button[part="question"]')];
    const index = buttons.indexOf(event.target as HTMLButtonElement);
    const next = index < 0 ? undefined : arrowKeyTarget(event.key, index, buttons.length);
    if (next === undefined) return;
    event.preventDefault();
    buttons[next]!.focus();
  }

  protected override renderContent(): unknown {
    const shown = this.shownItems;
    // Answers are labelled landmarks only while at most six can be open at once (APG accordion).
    const landmarks = this.single || shown.length <= 6;
    return html`<div class="items" @keydown=${this.onKeydown}>
      ${shown.map((item) => {
        const open = this.openIds.has(item.id);
        const questionId = `question-${item.id}`;
        const answerId = `answer-${item.id}`;
        return html`<div part="item" class="item" data-id=${item.id}>
          ${this.heading(
            0,
            html`<button
              part="question"
              id=${questionId}
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${answerId}
              @click=${() => this.toggle(item.id)}
            >
              <span class="label">${item.question}</span><span class="icon" aria-hidden="true"></span>
            </button>`,
            'question-heading',
          )}
          <div
            part="answer"
            class="answer"
            id=${answerId}
            role=${landmarks ? 'region' : nothing}
            aria-labelledby=${landmarks ? questionId : nothing}
            ?hidden=${!open}
          >
            ${item.answer.map((paragraph) => html`<p>${paragraph}</p>`)}
            ${item.withCareSigns ? renderCareSigns(this.emergency.render(this.localeController.locale)) : ''}
          </div>
        </div>`;
      })}
    </div>`;
  }

  protected override get contentSources(): SourceList {
    return { name: faqSourcesName(), sources: FAQ_SOURCES };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'faq-accordion': FaqAccordion;
  }
}
