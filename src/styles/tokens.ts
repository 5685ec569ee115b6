import { css } from 'lit';

/**
 * Design tokens and the styles every Legwise element shares. Hosts theme the
 * widgets only through the `--legwise-*` custom properties and the parts.
 * All layout uses logical properties so right-to-left scripts mirror.
 */
export const tokens = css`
  :host {
    --_font-family: var(--legwise-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    --_font-size: var(--legwise-font-size, 1rem);
    --_text: var(--legwise-color-text, #212b32);
    --_muted: var(--legwise-color-muted, #4c6272);
    --_surface: var(--legwise-color-surface, #ffffff);
    --_border: var(--legwise-color-border, #aeb7bd);
    --_accent: var(--legwise-color-accent, #005eb8);
    --_focus: var(--legwise-color-focus, #ffeb3b);
    --_focus-text: var(--legwise-color-focus-text, #0b0c0c);
    --_radius: var(--legwise-radius, 4px);
    --_space: var(--legwise-space, 1rem);
    --_emergency: var(--legwise-color-emergency, #d5281b);
    --_emergency-text: var(--legwise-color-emergency-text, #ffffff);
    --_urgent: var(--legwise-color-urgent, #d5281b);
    --_routine: var(--legwise-color-routine, #005eb8);

    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
    overflow-wrap: break-word;
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
  .content {
    background: var(--_surface);
    color: var(--_text);
  }
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
    padding-inline-start: 1.25em;
  }
  li {
    margin-block-end: calc(var(--_space) * 0.4);
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible,
  button:focus-visible {
    outline: 3px solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow: 0 -2px var(--_focus), 0 4px var(--_focus-text);
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
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    :host {
      color: #000;
    }
    .content {
      background: none;
    }
  }
`;
