import { css } from 'lit';

/** The styles of <exercise-tips>, after the shared base styles (see legwise-element.ts). */
export const exerciseTipsStyles = css`
  .safety {
    border-inline-start: 0.5rem solid var(--_urgent);
    background: var(--_surface);
    padding: var(--_space);
    margin-block-end: var(--_space);
    border-block: 1px solid var(--_border);
    border-inline-end: 1px solid var(--_border);
  }
  .safety > :last-child {
    margin-block-end: 0;
  }
  .tips {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .tip {
    padding-block: calc(var(--_space) * 0.75);
    border-block-end: 1px solid var(--_border);
  }
  .tip:last-child {
    border-block-end: 0;
  }
  .tip p {
    margin-block-end: 0;
  }
  @media print {
    .safety,
    .tip {
      break-inside: avoid;
    }
  }
`;
