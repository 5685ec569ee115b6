import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { tierPrefix } from '../../content/care.js';
import {
  CAUSE_SOURCES,
  causeSourcesName,
  categoryIntro,
  categoryName,
  causes,
  onsetLabel,
  sidesLabel,
} from '../../content/causes.js';
import { CAUSE_CATEGORIES, type Cause, type CauseCategory, type SourceList } from '../../content/types.js';
import { splitList } from '../internal/attributes.js';
import { LegwiseElement } from './legwise-element.js';
import { causeListStyles } from './cause-list.styles.js';

/**
 * The causes of leg muscle weakness, grouped as nerve and brain, muscle, and
 * whole-body causes, each explained in plain words.
 *
 * @tag cause-list
 * @attr {string} category - Show only these groups: `neurological`, `muscular`, `systemic`, separated by spaces or commas. Default: all.
 * @attr {string} region - ISO 3166-1 alpha-2 country code (e.g. `GB`; several separated by spaces) whose emergency number shows under each cause that can be an emergency, with the country's name ("United Kingdom: call 999"). Default: the page-wide region set with `setRegion()`, else none: the text says "your local emergency number". The page language is never used.
 * @csspart emergency-call - The call line under the help line of a cause that can be an emergency: the region's number ("United Kingdom: call 999"), or with no region "Call your local emergency number now."
 * @attr {2 | 3 | 4 | 5 | 6} heading-level - Level of the group headings (2–6); cause names use the next level. Default: 2.
 * @csspart category - One group of causes.
 * @csspart category-heading - The heading of a group.
 * @csspart category-intro - The sentence under a group heading.
 * @csspart cause - One cause.
 * @csspart cause-name - The name of a cause (a heading).
 * @csspart cause-summary - The plain explanation of a cause.
 * @csspart cause-pattern - How the cause tends to show, a list of two tags: sudden or gradual, one leg or both.
 * @csspart cause-companions - Other signs that often come with the cause.
 * @csspart cause-help - A line on when to get help, for a cause that can be an emergency or needs same-day care (a cause may have one of each, most urgent first); its care-card tier (`emergency` or `urgent`) is in `data-tier`; the line starts with that tier's name.
 */
export class CauseList extends LegwiseElement {
  static override properties: PropertyDeclarations = { category: { reflect: true } };

  static override styles = [...LegwiseElement.styles, causeListStyles];

  /** Which groups to show: `neurological`, `muscular`, `systemic` (space- or comma-separated). */
  category: string | null = null;

  /** The categories to show, validated; unknown names warn once and are ignored. */
  get shownCategories(): readonly CauseCategory[] {
    const raw = this.category;
    const asked = splitList(raw).map((c) => c.toLowerCase());
    if (!asked.length) return CAUSE_CATEGORIES;
    const known = asked.filter((c): c is CauseCategory => (CAUSE_CATEGORIES as readonly string[]).includes(c));
    if (known.length !== asked.length) {
      this.warnInvalid(
        'category',
        raw,
        `allowed: ${CAUSE_CATEGORIES.join(', ')} (one or more, separated by spaces or commas)`,
        known.length ? `Showing ${known.join(', ')}.` : 'Showing all categories.',
      );
    }
    return known.length ? CAUSE_CATEGORIES.filter((c) => known.includes(c)) : CAUSE_CATEGORIES;
  }

  protected override renderContent(): unknown {
    const all = causes();
    // The call line under each emergency help line (with no region, "Call your local emergency
    // number now."): worked out once per render.
    const calls = this.emergency.renderOrLocal(this.localeController.locale);
    return this.shownCategories.map((category) => {
      const headingId = `category-${category}`;
      return html`<section part="category" class="category" data-category=${category} aria-labelledby=${headingId}>
        ${this.heading(0, categoryName(category), 'category-heading', headingId)}
        <p part="category-intro">${categoryIntro(category)}</p>
        <ul class="causes" role="list">
          ${all.filter((c) => c.category === category).map((cause) => this.renderCause(cause, calls))}
        </ul>
      </section>`;
    });
  }

  private renderCause(cause: Cause, calls: readonly TemplateResult[]) {
    return html`<li part="cause" class="cause" data-id=${cause.id}>
      ${this.heading(1, cause.name, 'cause-name')}
      <p part="cause-summary">${cause.summary}</p>
      <ul part="cause-pattern" class="pattern" role="list">
        <li class="tag" data-onset=${cause.onset}>${onsetLabel(cause.onset)}</li>
        <li class="tag" data-sides=${cause.sides}>${sidesLabel(cause.sides)}</li>
      </ul>
      <p part="cause-companions">${cause.companions}</p>
      ${(cause.help ?? []).map(
        (help) =>
          html`<p part="cause-help" class="help ${help.tier}" data-tier=${help.tier}>
              <strong>${tierPrefix(help.tier)}</strong> ${help.text}
            </p>
            ${help.tier === 'emergency' ? calls : ''}`,
      )}
    </li>`;
  }

  protected override get contentSources(): SourceList {
    return { name: causeSourcesName(), sources: CAUSE_SOURCES };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cause-list': CauseList;
  }
}
