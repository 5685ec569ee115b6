import { css } from 'lit';

/** Forced colours (Windows high contrast): the shared rules; each element adds its own beside it. */
export const forcedColorsStyles = css`
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
`;
