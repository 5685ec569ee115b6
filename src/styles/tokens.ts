import { css, unsafeCSS, type CSSResult } from 'lit';
import { COLOR_DEFAULTS, TOKEN_DEFAULTS, schemeDefault, type ColorToken } from './token-defaults.js';

/**
 * Design tokens: the rules that resolve every `--legwise-*` custom property to
 * the private `--_*` variable the styles read (the defaults: token-defaults.ts).
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
