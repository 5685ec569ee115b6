import { html, type PropertyDeclarations } from 'lit';
import { TIP_SOURCES, tipSourcesName, mecfsNote, safetyNote, safetyNoteTitle, tips } from '../../content/tips.js';
import type { SourceList, Tip } from '../../content/types.js';
import { LegwiseElement } from './legwise-element.js';
import { exerciseTipsStyles } from './exercise-tips.styles.js';

/**
 * How to manage leg weakness and build strength safely. The safety note
 * always comes first.
 *
 * @tag exercise-tips
 * @attr {string} tips - Ids of the tips to show, in this order, separated by spaces. Default: all.
 * @attr {string} region - ISO 3166-1 alpha-2 country code (e.g. `GB`; several separated by spaces) whose emergency number shows in the safety note, with the country's name ("United Kingdom: call 999"). Default: the page-wide region set with `setRegion()`, else none: the text says "your local emergency number". The page language is never used.
 * @csspart emergency-call - A call line ("United Kingdom: call 999") in the safety note, when a region is known.
 * @attr {2 | 3 | 4 | 5 | 6} heading-level - Level of the safety note and tip headings (2–6). Default: 2.
 * @csspart safety-note - The safety note shown before the tips (edged in `--legwise-color-urgent`).
 * @csspart safety-note-heading - The heading of the safety note.
 * @csspart tip - One tip.
 * @csspart tip-title - The title of a tip (a heading).
 * @csspart tip-body - The text of a tip.
 */
export class ExerciseTips extends LegwiseElement {
  static override properties: PropertyDeclarations = { tips: {} };

  static override styles = [...LegwiseElement.styles, exerciseTipsStyles];

  /** Tips to show, in order: ids separated by spaces. Default: all. */
  tips: string | null = null;

  /** The tips to show, in order; unknown ids warn once and are skipped. */
  get shownTips(): readonly Tip[] {
    return this.pickByIds('tips', this.tips, tips());
  }

  protected override renderContent(): unknown {
    return html`<div part="safety-note" class="safety" role="note">
        ${this.heading(0, safetyNoteTitle(), 'safety-note-heading')}
        <p>${safetyNote()}</p>
        ${this.emergency.render(this.localeController.locale)}
        <p data-id="mecfs">${mecfsNote()}</p>
      </div>
      <ul class="tips" role="list">
        ${this.shownTips.map(
          (tip) => html`<li part="tip" class="tip" data-id=${tip.id}>
            ${this.heading(0, tip.title, 'tip-title')}
            <p part="tip-body">${tip.body}</p>
          </li>`,
        )}
      </ul>`;
  }

  protected override get contentSources(): SourceList {
    return { name: tipSourcesName(), sources: TIP_SOURCES };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'exercise-tips': ExerciseTips;
  }
}
