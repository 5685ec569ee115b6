import { css, type CSSResultArray } from 'lit';
import { emergencyGuardStyles } from '../internal/emergency-contrast.js';
import { forcedColorsStyles } from './forced-colors.styles.js';
import { printStyles } from './print.styles.js';
import { scriptStyles } from './scripts.styles.js';
import { tokenStyles } from './tokens.js';

/**
 * The styles every Legwise element shares, in cascade order: the host reset,
 * the tokens, the emergency guard's carrier, typography, focus and footer,
 * each writing system's typography (scripts.styles.ts), then the forced-colours and print rules (which override what comes before).
 * All layout uses logical properties so right-to-left scripts mirror.
 */

/** The page's inherited text styles stop at the host: theme through --legwise-*. */
const hostStyles = css`
  :host {
    /* The page's inherited text styles stop here: theme through --legwise-*. */
    font-style: normal;
    font-variant: normal;
    font-weight: 400;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    hyphens: manual;
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    min-inline-size: 0;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
`;

/** Typography, links, focus, the visually hidden helper, the footer, reduced motion. */
const elementStyles = css`
  h2, h3, h4, h5, h6 {
    font-size: 1.25em;
    line-height: 1.3;
    margin-block: 0 calc(var(--_space) * 0.5);
    margin-inline: 0;
  }
  .sub-heading {
    font-size: 1.1em;
  }
  p {
    margin-block: 0 calc(var(--_space) * 0.75);
    margin-inline: 0;
  }
  ul {
    margin-block: 0 var(--_space);
    /* Room for the bullet; on a narrow screen with large text, no more than 8% of the width. */
    padding-inline-start: min(1.25em, 8%);
  }
  li {
    margin-block-end: calc(var(--_space) * 0.4);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }

  /*
   * Focus (WCAG 2.4.7, 2.4.13): a solid 3px outline in the text colour, which
   * has at least 4.5:1 against the surface in every theme, around a filled
   * highlight with dark text (NHS style). Only for keyboard focus.
   */
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 0;
    background-color: var(--_focus);
    color: var(--_focus-text);
    box-shadow: none;
    text-decoration: none;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .footer {
    margin-block-start: var(--_space);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .footer p {
    margin-block-end: calc(var(--_space) * 0.25);
  }
  .sources summary {
    cursor: pointer;
    min-block-size: 44px;
    line-height: 44px;
    color: var(--_accent);
    text-decoration: underline;
  }
  .sources summary:focus-visible {
    background-color: var(--_focus);
    color: var(--_focus-text);
    text-decoration: none;
  }
  .sources ul {
    margin-block: calc(var(--_space) * 0.25) 0;
    padding-inline-start: 1.25em;
  }

  /* Reduced motion: nothing moves. (.content keeps its invisible 1 ms colour transitions.) */
  @media (prefers-reduced-motion: reduce) {
    .content *,
    .content *::before,
    .content *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

// One style sheet, not seven: the engine matches every element of a shadow
// root against each adopted sheet in turn, so separate sheets cost style
// recalculation time on pages with many widgets (BENCHMARKS.md).
export const baseStyles: CSSResultArray = [
  css`
    ${hostStyles}
    ${tokenStyles}
    ${emergencyGuardStyles}
    ${elementStyles}
    ${scriptStyles}
    ${forcedColorsStyles}
    ${printStyles}
  `,
];
