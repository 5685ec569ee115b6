/**
 * The emergency contrast guard, as a reactive controller. When a widget shows
 * the emergency pair (the care card's emergency tier, or an emergency number
 * in any widget's call line) and the host sets `--legwise-color-emergency` or
 * `--legwise-color-emergency-text`, the resolved pair must have a contrast
 * ratio of at least 4.5:1 (WCAG 1.4.3). If not, or if a token is not a colour,
 * both fall back to their defaults and one warning names the token. It checks
 * after every render and whenever the resolved colours change.
 *
 * The CSS that feeds it (`emergencyGuardStyles`, part of the base styles:
 * the emergency pair's private variables are defined there, not with the
 * other tokens) and the code that reads it share the constants below.
 */
import { css, unsafeCSS, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { quoteValue } from './attributes.js';
import { contrastRatio, layer, parseColour } from './colour.js';
import { schemeDefault, tokenProperty } from '../styles/token-defaults.js';

/** The minimum contrast ratio between emergency text and its background. */
export const EMERGENCY_MIN_CONTRAST = 4.5;

const TOKEN = tokenProperty('emergency');
const TEXT_TOKEN = tokenProperty('emergency-text');
/** What paints with the emergency pair: the emergency tier, and every emergency number (the card's and the call lines'). */
const PAINTED = '[part~="emergency"], [part~="emergency-number"]';
/** The class on `.content` that makes the emergency pair fall back to its defaults. */
const GUARD_CLASS = 'guard-emergency';
/**
 * The two colour properties that carry the host's pair to the guard. Nothing
 * paints them on the wrapper (it has no columns and no text decoration); CSS
 * resolves the tokens in them (var(), currentcolor, light-dark(), system
 * colours) and color-mix() converts them to sRGB, whatever syntax the host
 * used. Their 1 ms transitions (and the background's) tell the widget when
 * the resolved colours change: a new token, a theme or colour-scheme switch.
 */
const CARRY_BACKGROUND = 'column-rule-color';
const CARRY_TEXT = 'text-decoration-color';

/**
 * The emergency pair, on the content wrapper; part of every widget's base
 * styles: as the host asks for it (--_emergency-host: its token, else the
 * scheme's default), as used (--_emergency: the scheme's default when the
 * guard rejects the host's pair), and the carrier rules.
 */
export const emergencyGuardStyles = css`
  .content {
    --_emergency-host: var(${unsafeCSS(TOKEN)}, var(${unsafeCSS(schemeDefault('emergency'))}));
    --_emergency-text-host: var(${unsafeCSS(TEXT_TOKEN)}, var(${unsafeCSS(schemeDefault('emergency-text'))}));
    --_emergency: var(--_emergency-host);
    --_emergency-text: var(--_emergency-text-host);
    ${unsafeCSS(CARRY_BACKGROUND)}: color-mix(in srgb, var(--_emergency-host) 100%, transparent 0%);
    ${unsafeCSS(CARRY_TEXT)}: color-mix(in srgb, var(--_emergency-text-host) 100%, transparent 0%);
    transition:
      ${unsafeCSS(CARRY_BACKGROUND)} 1ms step-start,
      ${unsafeCSS(CARRY_TEXT)} 1ms step-start,
      background-color 1ms step-start;
  }
  .content.${unsafeCSS(GUARD_CLASS)} {
    --_emergency: var(${unsafeCSS(schemeDefault('emergency'))});
    --_emergency-text: var(${unsafeCSS(schemeDefault('emergency-text'))});
  }
`;

interface GuardHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly hasUpdated: boolean;
}

/**
 * Widgets rendered in the current batch of microtasks whose check is due.
 * Performance: the check reads computed style, which makes the browser
 * recalculate styles at once; queued as one microtask, the checks of a batch
 * of widgets rendering together share one recalculation, before
 * `updateComplete` resolves and before the browser paints (see BENCHMARKS.md).
 */
const due = new Set<EmergencyContrastController>();

function checkSoon(controller: EmergencyContrastController): void {
  if (due.size === 0) {
    queueMicrotask(() => {
      for (const c of due) {
        due.delete(c);
        // A widget removed meanwhile is checked again when it is re-attached.
        if (c.host.isConnected) c.check();
      }
    });
  }
  due.add(controller);
}

export class EmergencyContrastController implements ReactiveController {
  /** `warn(key, message)`: log `message` once per `key` for this widget. */
  constructor(
    readonly host: GuardHost,
    private readonly warn: (key: string, message: string) => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    checkSoon(this);
  }

  hostConnected(): void {
    // Moved to another place in the page: the inherited tokens may differ.
    if (this.host.hasUpdated) void this.host.updateComplete.then(() => this.check());
  }

  /** For the content wrapper's `transitionend`: its resolved colours changed. */
  readonly onTransition = (event: TransitionEvent): void => {
    if (event.target === event.currentTarget) this.check();
  };

  /** Check the pair now; toggles the fallback class and warns once per pair. */
  check(): void {
    const content = this.host.renderRoot.querySelector<HTMLElement>('.content');
    if (!content) return;
    if (!this.host.renderRoot.querySelector(PAINTED)) {
      content.classList.remove(GUARD_CLASS);
      return;
    }
    const style = getComputedStyle(content);
    const background = style.getPropertyValue(TOKEN).trim();
    const text = style.getPropertyValue(TEXT_TOKEN).trim();
    const set = [
      ...(background ? [`${TOKEN}="${quoteValue(background)}"`] : []),
      ...(text ? [`${TEXT_TOKEN}="${quoteValue(text)}"`] : []),
    ];
    let problem: string | undefined;
    if (set.length) {
      const notColours = [
        ...(background && !CSS.supports('color', background) ? [TOKEN] : []),
        ...(text && !CSS.supports('color', text) ? [TEXT_TOKEN] : []),
      ];
      if (notColours.length) {
        problem = `${notColours.join(' and ')} must be a CSS colour`;
      } else {
        // The pair as the host asks for it, laid over the surface as the reader sees it.
        const backdrop = [
          parseColour(style.getPropertyValue(schemeDefault('surface'))),
          parseColour(style.backgroundColor),
        ];
        const bg = layer([...backdrop, parseColour(style.getPropertyValue(CARRY_BACKGROUND))]);
        const fg = layer([bg, parseColour(style.getPropertyValue(CARRY_TEXT))]);
        const ratio = bg && fg ? contrastRatio(bg, fg) : undefined;
        if (ratio !== undefined && ratio < EMERGENCY_MIN_CONTRAST) {
          problem =
            `the emergency colours need a contrast ratio of at least ${EMERGENCY_MIN_CONTRAST}:1 between ` +
            `${TEXT_TOKEN} and ${TOKEN}, and these colours give ${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
        }
      }
    }
    content.classList.toggle(GUARD_CLASS, problem !== undefined);
    if (problem !== undefined) {
      this.warn(
        `contrast:${background}|${text}`,
        `Legwise <${this.host.localName}>: ${set.join(' and ')} cannot be used; ${problem}. Using the default emergency colours.`,
      );
    }
  }
}
