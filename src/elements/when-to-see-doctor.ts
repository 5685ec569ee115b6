import { css, html, type PropertyDeclarations } from 'lit';
import {
  careAction,
  careCards,
  emergencyAdvice,
  emergencyCallIntro,
  emergencyCallLabel,
  emergencyNoNumber,
} from '../../content/care.js';
import { emergencyNumberFor } from '../../content/emergency-numbers.js';
import type { CareCard } from '../../content/types.js';
import { regionOf } from '../localization.js';
import { LegwiseElement } from './legwise-element.js';

export interface EmergencyCallDetail {
  /** The region whose number was used, e.g. `GB`. */
  region: string;
  /** The number dialled, e.g. `999`. */
  number: string;
}

declare global {
  interface HTMLElementEventMap {
    'emergency-call': CustomEvent<EmergencyCallDetail>;
  }
}

/**
 * Which signs need emergency care, an urgent appointment, or a routine visit:
 * three care cards, most urgent first, in the style of NHS care cards.
 *
 * @tag when-to-see-doctor
 * @attr {string} region - ISO 3166-1 alpha-2 region (e.g. `GB`) that picks the emergency number. Default: the region of the page language (`en-AU` → AU). Unknown: no number, "your local emergency number".
 * @attr {number} heading-level - Level of the card headings (2–6). Default: 2.
 * @fires {CustomEvent<EmergencyCallDetail>} emergency-call - The reader activated the emergency number link. Bubbles and is composed.
 * Tiers never rely on colour alone: each heading starts with a visually
 * hidden prefix ("Immediate action required:", "Urgent advice:",
 * "Non-urgent advice:"), and in forced colours and print each tier keeps its
 * own edge (emergency: a heavy box and an inverted heading with the care-card
 * arrow; urgent: a solid edge; routine: a double edge). The emergency colours
 * come from `--legwise-color-emergency` and `--legwise-color-emergency-text`,
 * guarded: a pair under 4.5:1 is ignored with one warning.
 *
 * @csspart tier - Each care card; also has `emergency`, `urgent` or `routine`.
 * @csspart emergency - The emergency card (with `tier`).
 * @csspart urgent - The urgent, same-day card (with `tier`).
 * @csspart routine - The routine card (with `tier`).
 * @csspart tier-heading - The heading of a card.
 * @csspart signs - The list of signs in a card.
 * @csspart action - What to do, at the end of a card.
 * @csspart emergency-number - The emergency phone number link.
 */
export class WhenToSeeDoctor extends LegwiseElement {
  static override properties: PropertyDeclarations = { region: { reflect: true } };

  static override styles = [
    ...LegwiseElement.styles,
    css`
      .card {
        position: relative;
        border: 1px solid var(--_border);
        border-inline-start: 0.5rem solid var(--_tier-colour);
        border-radius: var(--_radius);
        margin-block-end: calc(var(--_space) * 1.25);
        background: var(--_surface);
      }
      .card.emergency {
        --_tier-colour: var(--_emergency);
        border-color: var(--_emergency);
        border-width: 2px;
        border-inline-start-width: 0.5rem;
      }
      .card.urgent {
        --_tier-colour: var(--_urgent);
      }
      .card.routine {
        --_tier-colour: var(--_routine);
      }
      .card > [part='tier-heading'] {
        position: relative;
        margin: 0;
        padding-block: calc(var(--_space) * 0.75);
        padding-inline: var(--_space);
        border-block-end: 1px solid var(--_border);
      }
      .emergency > [part='tier-heading'] {
        background: var(--_emergency);
        color: var(--_emergency-text);
        border-block-end: 0;
      }
      /*
       * The NHS care-card arrow under the emergency heading: a triangle drawn
       * with borders, so that it survives forced colours and print, where
       * backgrounds are dropped.
       */
      .emergency > [part='tier-heading']::after {
        content: '';
        position: absolute;
        inset-block-start: 100%;
        inset-inline-start: var(--_space);
        inline-size: 0;
        block-size: 0;
        border-block-start: 0.75rem solid var(--_emergency);
        border-inline: 0.75rem solid transparent;
      }
      .card-body {
        padding: var(--_space);
      }
      .emergency .card-body {
        padding-block-start: calc(var(--_space) + 0.75rem);
      }
      .card-body > :last-child {
        margin-block-end: 0;
      }
      .call {
        font-size: 1.25em;
        font-weight: 700;
      }
      /* The number: a 44px target in the emergency colours, read as "Call 999". */
      .call a {
        display: inline-flex;
        align-items: center;
        justify-content: center;
        min-inline-size: 44px;
        min-block-size: 44px;
        padding-block: 0.125em;
        padding-inline: 0.5em;
        margin-inline-start: 0.125em;
        border: 2px solid transparent;
        border-radius: var(--_radius);
        background-color: var(--_emergency);
        color: var(--_emergency-text);
        line-height: 1.2;
        text-decoration: underline;
        text-decoration-thickness: 0.08em;
        vertical-align: middle;
        unicode-bidi: isolate;
        direction: ltr;
      }
      .call a:hover {
        text-decoration-thickness: 0.16em;
      }
      .call a:focus-visible {
        background-color: var(--_focus);
        color: var(--_focus-text);
        text-decoration: none;
      }
      /*
       * Where colours are lost (forced colours, print), tiers keep distinct
       * edges: emergency a heavy box, urgent a solid edge, routine a double edge.
       */
      @media print, (forced-colors: active) {
        .card.emergency {
          border-width: 4px;
          border-inline-start-width: 0.5rem;
        }
        .card.routine {
          border-inline-start-style: double;
        }
      }
      /*
       * Forced colours drop backgrounds: the emergency heading turns to
       * inverted system colours and keeps its arrow; tiers keep distinct
       * edges (emergency: a heavy box; urgent: a solid edge; routine: a
       * double edge) besides their words.
       */
      @media (forced-colors: active) {
        .card,
        .card.emergency {
          border-color: CanvasText;
        }
        .emergency > [part='tier-heading'] {
          forced-color-adjust: none;
          background: CanvasText;
          color: Canvas;
        }
        .emergency > [part='tier-heading']::after {
          border-block-start-color: CanvasText;
          border-inline-color: transparent;
        }
        .call a {
          border-color: currentColor;
        }
      }
      /* Print: colours become borders, the number prints as text in a box. */
      @media print {
        .card,
        .card.emergency {
          --_tier-colour: #000;
          break-inside: avoid;
          border-color: #000;
          background: none;
        }
        .emergency > [part='tier-heading'] {
          background: none;
          color: #000;
          border-block-end: 4px solid #000;
        }
        .emergency > [part='tier-heading']::after {
          border-block-start-color: #000;
        }
        .call a {
          background: none;
          color: #000;
          border-color: #000;
          text-decoration: none;
        }
      }
    `,
  ];

  // The care cards are built into the code: they never wait for a chunk.
  protected static override readonly usesLazyContent: boolean = false;

  /** ISO 3166-1 alpha-2 region code that picks the emergency number, e.g. `GB`. */
  region: string | null = null;

  /** The region in use: the `region` attribute, else the page language's region subtag. */
  get effectiveRegion(): string | undefined {
    const raw = this.region;
    if (raw !== null && raw !== undefined && String(raw).trim() !== '') {
      const code = String(raw).trim().toUpperCase();
      if (!/^[A-Z]{2}$/.test(code)) {
        this.warnInvalid(
          'region',
          raw,
          'use a two-letter ISO 3166-1 country code such as GB, US or AU',
          'Using the region of the page language instead.',
        );
        return this.languageRegion();
      }
      if (!emergencyNumberFor(code)) {
        this.warnInvalid(
          'region',
          raw,
          'Legwise has no emergency number for this region',
          'Showing "your local emergency number" instead of a number.',
        );
      }
      return code;
    }
    return this.languageRegion();
  }

  /** The region subtag of the widget's language, else of the page's (`en-AU` → AU). */
  private languageRegion(): string | undefined {
    return regionOf(this.localeController.requestedTag) ?? regionOf(document.documentElement.lang);
  }

  /** The emergency number shown, or `undefined` when the region is unknown. */
  get emergencyNumber(): string | undefined {
    return emergencyNumberFor(this.effectiveRegion);
  }

  protected override renderContent(): unknown {
    return careCards().map((card) => this.renderCard(card));
  }

  private renderCard(card: CareCard) {
    const headingId = `tier-${card.tier}`;
    return html`<section part="tier ${card.tier}" class="card ${card.tier}" aria-labelledby=${headingId}>
      ${this.heading(0, html`<span class="visually-hidden">${card.prefix} </span>${card.heading}`, 'tier-heading', headingId)}
      <div class="card-body">
        <ul part="signs">
          ${card.signs.map((sign) => html`<li data-id=${sign.id}>${sign.text}</li>`)}
        </ul>
        ${card.tier === 'emergency' ? this.renderEmergencyAction() : html`<p part="action">${careAction(card.tier)}</p>`}
      </div>
    </section>`;
  }

  private renderEmergencyAction() {
    const region = this.effectiveRegion;
    const number = emergencyNumberFor(region);
    const call = number
      ? html`<p part="action" class="call">
          ${emergencyCallIntro()}
          <a
            part="emergency-number"
            href="tel:${number}"
            aria-label=${emergencyCallLabel(number)}
            @click=${() => this.onCall(region!, number)}
            >${number}</a
          >
        </p>`
      : html`<p part="action" class="call">${emergencyNoNumber()}</p>`;
    return html`${call}
      <p>${emergencyAdvice()}</p>`;
  }

  private onCall(region: string, number: string): void {
    this.dispatchEvent(
      new CustomEvent<EmergencyCallDetail>('emergency-call', {
        detail: { region, number },
        bubbles: true,
        composed: true,
      }),
    );
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'when-to-see-doctor': WhenToSeeDoctor;
  }
}
