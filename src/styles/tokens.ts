import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Design tokens: the defaults of every `--legwise-*` custom property, and the
 * rules that resolve each one to the private `--_*` variable the styles read.
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

/** The public custom property of a colour token, e.g. `--legwise-color-emergency`. */
export const tokenProperty = (token: ColorToken): string => `--legwise-color-${token}`;

/** The private variable that holds a colour token's default in the current scheme, e.g. `--_d-surface`. */
export const schemeDefault = (token: ColorToken): string => `--_d-${token}`;

const schemeDefaults = (scheme: 'light' | 'dark'): CSSResult =>
  unsafeCSS(
    Object.entries(COLOR_DEFAULTS[scheme])
      .map(([name, value]) => `${schemeDefault(name as ColorToken)}:${value};`)
      .join('') + `color-scheme:${scheme};`,
  );

/** The tokens on the content wrapper: each scheme's defaults, then the host's value or the default. */
export const tokenStyles = css`
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
    /* The emergency pair (--_emergency, --_emergency-text): src/internal/emergency-contrast.ts. */

    background-color: var(--_surface);
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    overflow-wrap: break-word;
    min-inline-size: 0;
  }
`;
