import { css } from 'lit';

/** The style of a sign's advice line. */
export const careSignStyles = css`
  .advice {
    margin-block: calc(var(--_space) * 0.25) 0;
    font-weight: 600;
  }
`;
