import { css } from 'lit';

/** The care cards' own styles; the shared tokens and base styles come first (legwise-element.ts). */
export const whenToSeeDoctorStyles = css`
  .card {
    position: relative;
    border: 1px solid var(--_border);
    /* On a narrow screen with large text, the edge and padding give way to the words (2.5vw, 5%). */
    border-inline-start: clamp(4px, 0.5rem, 2.5vw) solid var(--_tier-colour);
    border-radius: var(--_radius);
    margin-block-end: calc(var(--_space) * 1.25);
    background: var(--_surface);
  }
  .card.emergency {
    --_tier-colour: var(--_emergency);
    border-color: var(--_emergency);
    border-width: 2px;
    border-inline-start-width: clamp(4px, 0.5rem, 2.5vw);
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
    padding-inline: min(var(--_space), 5%);
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
    padding-block: var(--_space);
    padding-inline: min(var(--_space), 5%);
  }
  .emergency .card-body {
    padding-block-start: calc(var(--_space) + 0.75rem);
  }
  .card-body > :last-child {
    margin-block-end: 0;
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
  }
  /*
   * Print: colours become borders. A card may run on to the next page (kept
   * whole, the emergency card left most of page 1 blank), but a heading stays
   * with what follows it and no sign is cut in two.
   */
  @media print {
    .card,
    .card.emergency {
      --_tier-colour: #000;
      border-color: #000;
      background: none;
    }
    .card > [part='tier-heading'] {
      break-after: avoid;
    }
    .card li,
    .card .call {
      break-inside: avoid;
    }
    .emergency > [part='tier-heading'] {
      background: none;
      color: #000;
      border-block-end: 4px solid #000;
    }
    .emergency > [part='tier-heading']::after {
      border-block-start-color: #000;
    }
  }
  .note {
    font-weight: 700;
  }
`;
