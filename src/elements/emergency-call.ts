import { html, isServer, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { emergencyCallIntro, emergencyCallLabel, emergencyNoNumber } from '../../content/emergency-call.js';
import { emergencyNumberFor } from '../../content/emergency-numbers.js';
import { NO_NUMBER_FALLBACK, getRegion, noNumberFor, onRegionChange, parseRegions } from '../region.js';
import { regionName } from '../i18n/region-name.js';
import { hasValue } from '../internal/attributes.js';

/**
 * Whom to call in an emergency, for every widget: the regions a site names
 * (a widget's `region` attribute, else `setRegion()` for the page; never the
 * page language) and the call line that shows each one's number with the
 * country's name, "United Kingdom: call 999". With no region, the care card
 * says "Call your local emergency number now." and the other widgets keep
 * their own words ("your local emergency number").
 */

export interface EmergencyCallDetail {
  /** The region whose number was used, e.g. `GB`. */
  region: string;
  /** The number dialled, e.g. `999`. */
  number: string;
}

/** It bubbles and is composed: typed wherever a listener may wait for it (a site counting calls listens on `document`). */
interface EmergencyCallEvents {
  'emergency-call': CustomEvent<EmergencyCallDetail>;
}

declare global {
  interface HTMLElementEventMap extends EmergencyCallEvents {}
  interface DocumentEventMap extends EmergencyCallEvents {}
  interface WindowEventMap extends EmergencyCallEvents {}
}

/** The page-wide region (`setRegion()`); none on the server, where each render shows its own attributes. */
export const pageRegions = (): readonly string[] => (isServer ? [] : getRegion());

/** Says once that the element cannot use an attribute value: what would work, and what it does instead. */
type Warn = (attribute: string, value: unknown, allowed: string, fallback: string) => void;

/**
 * A widget's emergency contacts: re-renders the widget when the page-wide
 * region changes, and reads its `region` attribute (`read()`), warning once
 * about a value it cannot use.
 */
export class EmergencyContacts implements ReactiveController {
  private stop?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly read: () => unknown,
    private readonly warn: Warn,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = onRegionChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stop?.();
  }

  /**
   * The regions in use and their numbers; regions with no known number are
   * left out, with one warning for the widget's own attribute (setRegion()
   * warns for the page's).
   */
  get list(): readonly EmergencyCallDetail[] {
    const raw = this.read();
    let codes = pageRegions();
    if (hasValue(raw)) {
      const parsed = parseRegions(String(raw));
      if (parsed.malformed.length) {
        this.warn(
          'region',
          raw,
          'use a two-letter ISO 3166-1 country code such as GB, US or AU (several separated by spaces)',
          parsed.codes.length
            ? `Using ${parsed.codes.join(' ')}.`
            : 'Using the page-wide region (setRegion()), if any.',
        );
      }
      if (parsed.codes.length) {
        codes = parsed.codes;
        const unknown = noNumberFor(codes);
        if (unknown) this.warn('region', raw, unknown, NO_NUMBER_FALLBACK);
      }
    }
    return codes.flatMap((region) => {
      const number = emergencyNumberFor(region);
      return number ? [{ region, number }] : [];
    });
  }

  /**
   * One call line per contact ("United Kingdom: call 999", the number a
   * `tel:` link that fires `emergency-call` on the host), in `locale`, as
   * `part`; none when no region is known.
   */
  render(locale: string, part = 'emergency-call'): TemplateResult[] {
    return this.list.map(({ region, number }) => {
      const country = regionName(region, locale);
      return html`<p part=${part} class="call" data-region=${region}>
        ${emergencyCallIntro(country)}
        <a
          part="emergency-number"
          href="tel:${number}"
          aria-label=${emergencyCallLabel(number, country)}
          @click=${() => this.called(region, number)}
          >${number}</a
        >
      </p>`;
    });
  }

  /** The call lines, or with no region known, one line that says "Call your local emergency number now." */
  renderOrLocal(locale: string, part = 'emergency-call'): TemplateResult[] {
    const calls = this.render(locale, part);
    return calls.length ? calls : [html`<p part=${part} class="call">${emergencyNoNumber()}</p>`];
  }

  private called(region: string, number: string): void {
    this.host.dispatchEvent(
      new CustomEvent<EmergencyCallDetail>('emergency-call', {
        detail: { region, number },
        bubbles: true,
        composed: true,
      }),
    );
  }
}
