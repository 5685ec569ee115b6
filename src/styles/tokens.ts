import { css, unsafeCSS, type CSSResult } from 'lit';
import { COLOR_DEFAULTS, TOKEN_DEFAULTS, schemeDefault, tokenProperty, type ColorToken } from './token-defaults.js';

/**
 * Design tokens: the rules that resolve every `--legwise-*` custom property to
 * the private `--_*` variable the styles read (the defaults: token-defaults.ts).
 *
 * Hosts theme the widgets only through the public `--legwise-*` custom
 * properties and the parts. Inside, every rule reads a private `--_*`
 * variable that resolves to the host's token or to the default of the
 * current colour scheme (`--_d-*`); the names come from token-defaults.ts.
 * All layout uses logical properties so right-to-left scripts mirror.
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

/**
 * Each colour token's private variable (`--_text`): the host's token, else the
 * scheme's default. The emergency pair is left out: it goes through the
 * contrast guard (src/internal/emergency-contrast.ts).
 */
const hostOrDefault = unsafeCSS(
  (Object.keys(COLOR_DEFAULTS.light) as ColorToken[])
    .filter((token) => !token.startsWith('emergency'))
    .map((token) => `--_${token}:var(${tokenProperty(token)},var(${schemeDefault(token)}));`)
    .join(''),
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
    --_radius: var(--legwise-radius, ${unsafeCSS(TOKEN_DEFAULTS.radius)});
    --_space: var(--legwise-space, ${unsafeCSS(TOKEN_DEFAULTS.space)});
    ${hostOrDefault}

    background-color: var(--_surface);
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
    overflow-wrap: break-word;
    min-inline-size: 0;
  }
`;
