import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
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
 * @csspart tier - Each care card; also has `emergency`, `urgent` or `routine`.
 * @csspart tier-heading - The heading of a card.
 * @csspart signs - The list of signs in a card.
 * @csspart action - What to do, at the end of a card.
 * @csspart emergency-number - The emergency phone number link.
 * @cssprop --legwise-color-emergency - Background of the emergency card heading.
 * @cssprop --legwise-color-emergency-text - Text on the emergency card heading.
 * @cssprop --legwise-color-urgent - Border of the urgent card.
 * @cssprop --legwise-color-routine - Border of the routine card.
 */
export class WhenToSeeDoctor extends LegwiseElement {
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
      .card-heading {
        margin: 0;
        padding: calc(var(--_space) * 0.75) var(--_space);
        border-block-end: 1px solid var(--_border);
      }
      .emergency .card-heading {
        background: var(--_emergency);
        color: var(--_emergency-text);
        border-block-end: 0;
      }
      .card-body {
        padding: var(--_space);
      }
      .card-body > :last-child {
        margin-block-end: 0;
      }
      .call {
        font-size: 1.25em;
        font-weight: 700;
      }
      .call a {
        display: inline-block;
        min-inline-size: 44px;
        min-block-size: 44px;
        padding-inline: 0.25em;
        line-height: 44px;
        text-align: center;
        color: var(--_emergency);
        unicode-bidi: isolate;
        direction: ltr;
      }
      @media (forced-colors: active) {
        .card {
          border-color: CanvasText;
        }
        .emergency .card-heading {
          forced-color-adjust: none;
          background: Canvas;
          color: CanvasText;
          border-block-end: 2px solid CanvasText;
        }
      }
      @media print {
        .card {
          break-inside: avoid;
          border-color: #000;
        }
        .emergency .card-heading {
          background: none;
          color: #000;
          border-block-end: 2px solid #000;
        }
        .call a {
          color: #000;
          text-decoration: none;
        }
      }
    `,
  ];

  /** ISO 3166-1 alpha-2 region code that picks the emergency number, e.g. `GB`. */
  @property({ reflect: true })
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
