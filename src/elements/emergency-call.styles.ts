import { css } from 'lit';

/** A call line, "United Kingdom: call 999" (emergency-call.ts), wherever a widget shows one. */
export const emergencyCallStyles = css`
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
  @media (forced-colors: active) {
    .call a {
      border-color: currentColor;
    }
  }
  /* Print: the number prints as text in a box. */
  @media print {
    .call a {
      background: none;
      color: #000;
      border-color: #000;
      text-decoration: none;
    }
  }
`;
