import { html, isServer, type PropertyDeclarations } from 'lit';
import {
  CARE_SOURCES,
  careAction,
  careCards,
  emergencyAdvice,
  emergencyCallIntro,
  emergencyCallLabel,
  emergencyNoNumber,
} from '../../content/care.js';
import { emergencyNumberFor } from '../../content/emergency-numbers.js';
import type { CareCard, Source } from '../../content/types.js';
import { getRegion, onRegionChange, parseRegions } from '../region.js';
import { LegwiseElement } from './legwise-element.js';
import { whenToSeeDoctorStyles } from './when-to-see-doctor.styles.js';
import { renderSign } from './care-sign.js';
import { careSignStyles } from './care-sign.styles.js';
import { regionName } from '../i18n/region-name.js';

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
 * Which signs need emergency care, same-day care, or a routine visit: three
 * care cards, most urgent first, in the style of NHS care cards. Each sign is
 * enough on its own. The emergency card says whom to call right under its
 * heading, before its signs.
 *
 * The emergency number is shown only for a region the site names (the
 * `region` attribute, or `setRegion()` once for the page), with the country's
 * name in the reader's language; otherwise the card says "call your local
 * emergency number". The page language never picks the number.
 *
 * Tiers never rely on colour alone: each heading starts with a visually
 * hidden prefix ("Immediate action required:", "Urgent advice:",
 * "Non-urgent advice:"), and in forced colours and print each tier keeps its
 * own edge (emergency: a heavy box and an inverted heading with the care-card
 * arrow; urgent: a solid edge; routine: a double edge). The emergency colours
 * come from `--legwise-color-emergency` and `--legwise-color-emergency-text`,
 * guarded: a pair under 4.5:1 is ignored with one warning.
 *
 * @tag when-to-see-doctor
 * @attr {string} region - ISO 3166-1 alpha-2 country code (e.g. `GB`) whose emergency number the card shows, with the country's name; several separated by spaces (`GB IE`) show each. Default: the page-wide region set with `setRegion()`, else none: "call your local emergency number". The page language is never used.
 * @attr {2 | 3 | 4 | 5 | 6} heading-level - Level of the card headings (2–6). Default: 2.
 * @fires {CustomEvent<EmergencyCallDetail>} emergency-call - The reader activated an emergency number link; `detail` has the `region` and the `number`. Bubbles and is composed.
 * @csspart tier - Each care card; also has `emergency`, `urgent` or `routine`.
 * @csspart emergency - The emergency card (with `tier`).
 * @csspart urgent - The urgent, same-day card (with `tier`).
 * @csspart routine - The routine card (with `tier`).
 * @csspart tier-heading - The heading of a card.
 * @csspart signs - The list of signs in a card.
 * @csspart sign-advice - What to do about one sign (for example while waiting for help).
 * @csspart note - The line after the emergency signs ("Call even if the signs go away.").
 * @csspart action - What to do: at the end of the urgent and routine cards; on the emergency card, the call line under its heading (one per number).
 * @csspart emergency-number - An emergency phone number link.
 */
export class WhenToSeeDoctor extends LegwiseElement {
  static override properties: PropertyDeclarations = { region: { reflect: true } };

  static override styles = [...LegwiseElement.styles, careSignStyles, whenToSeeDoctorStyles];

  // The care cards are built into the code: they never wait for a chunk.
  protected static override readonly usesLazyContent: boolean = false;

  /**
   * ISO 3166-1 alpha-2 region code that picks the emergency number, e.g. `GB`;
   * several separated by spaces (`GB IE`) show each country's number.
   */
  region: string | null = null;

  private stopRegionWatch?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopRegionWatch = onRegionChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopRegionWatch?.();
  }

  /**
   * The regions in use and their numbers: the `region` attribute, else the
   * page-wide region (`setRegion()`; not on the server, where each render
   * shows its own attributes). Never the page language. Regions with no known
   * number are left out, with one warning.
   * @internal
   */
  get emergencyContacts(): readonly EmergencyCallDetail[] {
    const raw = this.region;
    let codes = pageRegions();
    if (hasValue(raw)) {
      const parsed = parseRegions(String(raw));
      if (parsed.malformed.length) {
        this.warnInvalid(
          'region',
          raw,
          'use a two-letter ISO 3166-1 country code such as GB, US or AU (several separated by spaces)',
          parsed.codes.length
            ? `Using ${parsed.codes.join(' ')}.`
            : 'Using the page-wide region (setRegion()), if any.',
        );
      }
      if (parsed.codes.length) codes = parsed.codes;
    }
    const unknown = codes.filter((code) => !emergencyNumberFor(code));
    if (unknown.length) {
      this.warnInvalid(
        'region',
        unknown.join(' '),
        `Legwise has no emergency number for this region${unknown.includes('UK') ? " (the United Kingdom's code is GB)" : ''}`,
        'Showing "your local emergency number" instead of a number for it.',
      );
    }
    return codes.flatMap((region) => {
      const number = emergencyNumberFor(region);
      return number ? [{ region, number }] : [];
    });
  }

  /** The first emergency number shown, or `undefined` when no region is known. */
  get emergencyNumber(): string | undefined {
    return this.emergencyContacts[0]?.number;
  }

  protected override get contentSources(): readonly Source[] {
    return CARE_SOURCES;
  }

  protected override renderContent(): unknown {
    return careCards().map((card) => this.renderCard(card));
  }

  private renderCard(card: CareCard) {
    const headingId = `tier-${card.tier}`;
    // The number comes first, under the heading: on a phone the 22 signs are screens long.
    const emergency = card.tier === 'emergency';
    return html`<section part="tier ${card.tier}" class="card ${card.tier}" aria-labelledby=${headingId}>
      ${this.heading(0, html`<span class="visually-hidden">${card.prefix} </span>${card.heading}`, 'tier-heading', headingId)}
      <div class="card-body">
        ${emergency ? this.renderEmergencyCall() : ''}
        <ul part="signs">
          ${card.signs.map((sign) => renderSign(sign))}
        </ul>
        ${card.note ? html`<p part="note" class="note">${card.note}</p>` : ''}
        ${emergency ? html`<p>${emergencyAdvice()}</p>` : html`<p part="action">${careAction(card.tier)}</p>`}
      </div>
    </section>`;
  }

  private renderEmergencyCall() {
    const contacts = this.emergencyContacts;
    // The hint is for a card given no region at all; an unusable one has had its own warning.
    const noRegion = () => !hasValue(this.region) && !pageRegions().length;
    if (!contacts.length && noRegion()) noRegionHint(noRegion);
    return contacts.length
      ? contacts.map(({ region, number }) => {
          const country = regionName(region, this.localeController.locale);
          return html`<p part="action" class="call" data-region=${region}>
            ${emergencyCallIntro(country)}
            <a
              part="emergency-number"
              href="tel:${number}"
              aria-label=${emergencyCallLabel(number, country)}
              @click=${() => this.onCall(region, number)}
              >${number}</a
            >
          </p>`;
        })
      : html`<p part="action" class="call">${emergencyNoNumber()}</p>`;
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

/** The page-wide region (`setRegion()`); none on the server, where each render shows its own attributes. */
const pageRegions = (): readonly string[] => (isServer ? [] : getRegion());

/** Whether an attribute was given a value (not absent, not blank). */
const hasValue = (raw: unknown): boolean => raw !== null && raw !== undefined && String(raw).trim() !== '';

let hinted = false;

/**
 * One hint per page that no region is set, naming the attribute. In the
 * browser it waits for the page to finish loading and asks `stillNone()`
 * again: a page's own script may call setRegion() after the first render
 * (with a classic script, the next deferred script is the earliest it can).
 */
function noRegionHint(stillNone: () => boolean): void {
  if (hinted) return;
  hinted = true;
  if (!isServer && document.readyState !== 'complete') {
    window.addEventListener(
      'load',
      () =>
        setTimeout(() => {
          if (stillNone()) sayNoRegion();
        }),
      { once: true },
    );
  } else sayNoRegion();
}

function sayNoRegion(): void {
  console.info(
    'Legwise <when-to-see-doctor>: no region is set, so the emergency card says "call your local emergency number". ' +
      'To show a number, set region="GB" (a two-letter country code) on the element' +
      (isServer ? '.' : ", or call setRegion('GB') once for the page."),
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'when-to-see-doctor': WhenToSeeDoctor;
  }
}
