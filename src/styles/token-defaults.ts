/**
 * The design tokens' names and defaults, as data: no Lit and no DOM, so that
 * the styles (tokens.ts), the emergency contrast guard and the demo's theme
 * panel (demo/theme-defaults.js) read the same values.
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
