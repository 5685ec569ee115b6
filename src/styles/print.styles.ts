import { css } from 'lit';

/** Print: the shared rules; each element adds its own beside it. */
export const printStyles = css`
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
    /* A closed <details> (the sources) prints whole where browsers style its content; elsewhere the widget opens it (print-sources.ts). */
    details::details-content {
      content-visibility: visible;
    }
  }
`;
