import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Design tokens and the styles every Legwise element shares.
 *
 * Hosts theme the widgets only through the public `--legwise-*` custom
 * properties and the parts. Inside, every rule reads a private `--_*`
 * variable that resolves to the host's token or to the default of the
 * current colour scheme (`--_d-*`). All layout uses logical properties so
 * right-to-left scripts mirror.
 *
 * Colour schemes: the `.content` wrapper carries `theme-auto` (follow
 * `prefers-color-scheme`), `theme-light` or `theme-dark`; see LegwiseElement.
 */

/** A colour token whose default depends on the colour scheme. */
export type ColorToken =
  | 'text'
  | 'muted'
  | 'surface'
  | 'border'
  | 'accent'
  | 'focus'
  | 'focus-text'
  | 'emergency'
  | 'emergency-text'
  | 'urgent'
  | 'routine';

/**
 * The default colours of each scheme. Every text pair meets WCAG AA (4.5:1):
 * text, muted and accent on surface; emergency-text on emergency; focus-text
 * on focus. Tier colours and borders of the tiers meet 3:1 against surface.
 */
export const COLOR_DEFAULTS: Readonly<Record<'light' | 'dark', Readonly<Record<ColorToken, string>>>> = Object.freeze({
  light: Object.freeze({
    text: '#212b32', // 14.4:1 on surface
    muted: '#4c6272', // 6.4:1
    surface: '#ffffff',
    border: '#aeb7bd',
    accent: '#005eb8', // 6.4:1
    focus: '#ffeb3b',
    'focus-text': '#0b0c0c', // 16:1 on focus
    emergency: '#d5281b', // 5.1:1 with emergency-text
    'emergency-text': '#ffffff',
    urgent: '#d5281b', // 5.1:1 on surface
    routine: '#005eb8', // 6.4:1 on surface
  }),
  dark: Object.freeze({
    text: '#e8edee', // 13.5:1 on surface
    muted: '#aeb7bd', // 7.8:1
    surface: '#1b2329',
    border: '#768692', // 4.2:1
    accent: '#7ab8f0', // 7.5:1
    focus: '#ffeb3b', // 13:1 on surface
    'focus-text': '#0b0c0c', // 16:1 on focus
    emergency: '#d5281b', // 5.1:1 with emergency-text
    'emergency-text': '#ffffff',
    urgent: '#ff7b6f', // 6.3:1 on surface
    routine: '#5b9bd5', // 5.4:1 on surface
  }),
});

/** The other design tokens and their defaults (the same in every scheme). */
export const TOKEN_DEFAULTS = Object.freeze({
  'font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
  'font-size': '1rem',
  radius: '4px',
  space: '1rem',
});

/** The minimum contrast ratio between emergency text and its background. */
export const EMERGENCY_MIN_CONTRAST = 4.5;

const schemeDefaults = (scheme: 'light' | 'dark'): CSSResult =>
  unsafeCSS(
    Object.entries(COLOR_DEFAULTS[scheme])
      .map(([name, value]) => `--_d-${name}: ${value};`)
      .join('\n    ') + `\n    color-scheme: ${scheme};`,
  );

export const tokens = css`
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

  /* Defaults of each colour scheme. */
  .content {
    ${schemeDefaults('light')}
  }
  .content.theme-dark {
    ${schemeDefaults('dark')}
  }
  @media (prefers-color-scheme: dark) {
    .content.theme-auto {
      ${schemeDefaults('dark')}
    }
  }

  /* Tokens: the host's value, else the scheme's default. */
  .content {
    --_font-family: var(--legwise-font-family, ${unsafeCSS(TOKEN_DEFAULTS['font-family'])});
    --_font-size: var(--legwise-font-size, ${unsafeCSS(TOKEN_DEFAULTS['font-size'])});
    --_text: var(--legwise-color-text, var(--_d-text));
    --_muted: var(--legwise-color-muted, var(--_d-muted));
    --_surface: var(--legwise-color-surface, var(--_d-surface));
    --_border: var(--legwise-color-border, var(--_d-border));
    --_accent: var(--legwise-color-accent, var(--_d-accent));
    --_focus: var(--legwise-color-focus, var(--_d-focus));
    --_focus-text: var(--legwise-color-focus-text, var(--_d-focus-text));
    --_radius: var(--legwise-radius, ${unsafeCSS(TOKEN_DEFAULTS.radius)});
    --_space: var(--legwise-space, ${unsafeCSS(TOKEN_DEFAULTS.space)});
    --_urgent: var(--legwise-color-urgent, var(--_d-urgent));
    --_routine: var(--legwise-color-routine, var(--_d-routine));
    /* The emergency pair as the host asks for it… */
    --_emergency-host: var(--legwise-color-emergency, var(--_d-emergency));
    --_emergency-text-host: var(--legwise-color-emergency-text, var(--_d-emergency-text));
    /* …and as used: the defaults when the contrast guard rejects the host's pair. */
    --_emergency: var(--_emergency-host);
    --_emergency-text: var(--_emergency-text-host);

    /*
     * The contrast guard reads the host's emergency pair from these two colour
     * properties, which nothing paints on this element (it has no columns and
     * no text decoration): resolved by CSS (var(), currentcolor, light-dark(),
     * system colours) and converted to sRGB by color-mix(), whatever syntax
     * the host used. Their 1 ms transitions (and the background's) tell the
     * element when the resolved colours change: a new token, a theme or
     * colour-scheme switch.
     */
    column-rule-color: color-mix(in srgb, var(--_emergency-host) 100%, transparent 0%);
    text-decoration-color: color-mix(in srgb, var(--_emergency-text-host) 100%, transparent 0%);
    transition:
      column-rule-color 1ms step-start,
      text-decoration-color 1ms step-start,
      background-color 1ms step-start;

    background-color: var(--_surface);
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    overflow-wrap: break-word;
    min-inline-size: 0;
  }
  .content.guard-emergency {
    --_emergency: var(--_d-emergency);
    --_emergency-text: var(--_d-emergency-text);
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

  /* Forced colours: system colours everywhere, a visible focus outline. */
  @media (forced-colors: active) {
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
    .footer {
      border-block-start-color: CanvasText;
    }
  }

  /* Print: black on white whatever the theme, no interactive chrome. */
  @media print {
    .content {
      --_text: #000;
      --_muted: #000;
      --_surface: #fff;
      --_border: #000;
      --_accent: #000;
      --_urgent: #000;
      --_routine: #000;
      color-scheme: light;
      background: none;
      color: #000;
      transition: none;
    }
    a {
      color: #000;
    }
  }
`;
