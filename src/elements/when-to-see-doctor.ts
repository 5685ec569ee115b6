import { html, isServer } from 'lit';
import { CARE_SOURCES, careSourcesName, careAction, careCards, emergencyAdvice } from '../../content/care.js';
import type { CareCard, SourceList } from '../../content/types.js';
import { LegwiseElement } from './legwise-element.js';
import { pageRegions, type EmergencyCallDetail } from './emergency-call.js';
import { hasValue } from '../internal/attributes.js';
import { whenToSeeDoctorStyles } from './when-to-see-doctor.styles.js';
import { renderSign } from './care-sign.js';
import { careSignStyles } from './care-sign.styles.js';

export type { EmergencyCallDetail };

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
 * @csspart tier - Each care card; also has `emergency`, `urgent` or `routine`.
 * @csspart emergency - The emergency card (with `tier`).
 * @csspart urgent - The urgent, same-day card (with `tier`).
 * @csspart routine - The routine card (with `tier`).
 * @csspart tier-heading - The heading of a card.
 * @csspart signs - The list of signs in a card.
 * @csspart sign-advice - What to do about one sign (for example while waiting for help).
 * @csspart note - The line after the emergency signs ("Call even if the signs go away.").
 * @csspart action - What to do: at the end of the urgent and routine cards; on the emergency card, the call line under its heading (one per number).
 */
export class WhenToSeeDoctor extends LegwiseElement {
  static override styles = [...LegwiseElement.styles, careSignStyles, whenToSeeDoctorStyles];

  // The care cards are built into the code: they never wait for a chunk.
  protected static override readonly usesLazyContent: boolean = false;

  /**
   * The regions in use and their numbers (see LegwiseElement's `region`).
   * @internal
   */
  get emergencyContacts(): readonly EmergencyCallDetail[] {
    return this.emergency.list;
  }

  /** The first emergency number shown, or `undefined` when no region is known. */
  get emergencyNumber(): string | undefined {
    return this.emergencyContacts[0]?.number;
  }

  protected override get contentSources(): SourceList {
    return { name: careSourcesName(), sources: CARE_SOURCES };
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
    // The hint is for a card given no region at all; an unusable one has had its own warning.
    const noRegion = () => !hasValue(this.region) && !pageRegions().length;
    if (noRegion()) noRegionHint(noRegion);
    return this.emergency.renderOrLocal(this.localeController.locale, 'action');
  }
}

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

/** Node's standard error, where server rendering gives advice (there console.info writes to stdout). */
type Stderr = { write(text: string): unknown };
const serverStderr = () => (globalThis as { process?: { stderr?: Stderr } }).process?.stderr;

function sayNoRegion(): void {
  const advice =
    'Legwise <when-to-see-doctor>: no region is set, so the emergency card says "call your local emergency number". ' +
    'To show a number, set region="GB" (a two-letter country code) on the element' +
    (isServer ? '.' : ", or call setRegion('GB') once for the page.");
  // In Node a script that prints its page on stdout must not find the advice in its HTML.
  const stderr = isServer ? serverStderr() : undefined;
  if (stderr) stderr.write(`${advice}\n`);
  else console.info(advice);
}

declare global {
  interface HTMLElementTagNameMap {
    'when-to-see-doctor': WhenToSeeDoctor;
  }
}
