import { css } from 'lit';

/** The styles of <faq-accordion>, after the shared base styles (see legwise-element.ts). */
export const faqAccordionStyles = css`
  .care-tier + .care-tier {
    margin-block-start: var(--_space);
  }
  .items {
    border-block-start: 1px solid var(--_border);
  }
  .item {
    border-block-end: 1px solid var(--_border);
  }
  .item > h2,
  .item > h3,
  .item > h4,
  .item > h5,
  .item > h6 {
    margin: 0;
    font-size: 1.1em;
  }
  /* The question: a full-width target at least 44px high. */
  button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    inline-size: 100%;
    min-block-size: 44px;
    padding-block: calc(var(--_space) * 0.75);
    padding-inline: 0.25em;
    border: 0;
    border-radius: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    line-height: inherit;
    text-align: start;
    cursor: pointer;
  }
  .label {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  button:hover .label {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /*
   * The chevron, drawn with borders in the text colour so forced colours keep
   * it. Physical borders on purpose: turned 45°, the right and bottom edges
   * point down (closed) and, turned -135°, up (open) in either direction; a
   * logical border would flip to the left in right-to-left text and point
   * sideways.
   */
  .icon {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
    margin-inline-end: 0.4em;
    transition: transform 0.15s ease;
  }
  [aria-expanded='true'] .icon {
    transform: rotate(-135deg);
  }
  .answer {
    padding-block-end: calc(var(--_space) * 0.75);
    padding-inline: 0.25em;
  }
  .answer[hidden] {
    display: none;
  }
  .answer > :last-child {
    margin-block-end: 0;
  }
  /* Without JavaScript (server HTML from legwise/server): every answer shows, no chevrons. */
  @media (scripting: none) {
    .answer[hidden] {
      display: block;
    }
    .icon {
      display: none;
    }
  }
  /*
   * Server HTML whose script never comes (blocked, or failed to load): while
   * the element is not defined, the closed answers take no space, and after
   * 5 seconds every answer shows and the chevrons go. Once the script
   * defines the element this rule no longer applies, so a page whose script
   * loads sooner sees nothing move. A timer, not motion: the reduced-motion
   * rule (base.styles.ts) must not cancel it, hence !important. On screen
   * only, with scripting on: without it, and in print, every answer shows at
   * once (below); a browser that does not know (scripting) keeps them closed.
   */
  @media screen and (scripting: enabled) {
    :host(:not(:defined)) .answer[hidden] {
      display: block;
      animation: legwise-script-wait 0s 5s backwards !important;
    }
    :host(:not(:defined)) .icon {
      animation: legwise-script-gone 0s 5s forwards !important;
    }
  }
  @keyframes legwise-script-wait {
    from {
      block-size: 0;
      padding-block: 0;
      overflow: hidden;
      visibility: hidden;
    }
  }
  @keyframes legwise-script-gone {
    to {
      visibility: hidden;
    }
  }
  /* Print: every answer, questions as plain headings, no chevrons. */
  @media print {
    .answer[hidden] {
      display: block;
    }
    /* An answer may run on to the next page (the care answer is pages long), its question not. */
    [part='question-heading'] {
      break-after: avoid;
    }
    .answer p,
    .answer li {
      break-inside: avoid;
    }
    .icon {
      display: none;
    }
    button {
      display: block;
      min-block-size: 0;
      padding-inline: 0;
      padding-block: calc(var(--_space) * 0.5) calc(var(--_space) * 0.25);
      color: inherit;
      cursor: auto;
    }
    .answer {
      padding-inline: 0;
    }
  }
`;
