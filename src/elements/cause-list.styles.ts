import { css } from 'lit';

/** The styles of <cause-list>, after the shared base styles (see legwise-element.ts). */
export const causeListStyles = css`
  .category + .category {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .causes {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .cause {
    padding-block: calc(var(--_space) * 0.75);
    border-block-end: 1px solid var(--_border);
  }
  .cause:last-child {
    border-block-end: 0;
  }
  .cause p {
    margin-block-end: calc(var(--_space) * 0.25);
  }
  /* Two facts, so a list (role="list" keeps it one where list-style: none drops it). */
  .pattern {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.5);
    font-size: 0.875em;
    list-style: none;
    padding: 0;
    margin-block: 0 calc(var(--_space) * 0.75);
  }
  .pattern > li {
    margin: 0;
  }
  .help {
    padding-inline-start: 0.5em;
    border-inline-start: 0.25rem solid var(--_urgent);
  }
  .help.emergency {
    border-inline-start-color: var(--_emergency);
  }
  .tag {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding-inline: 0.5em;
    color: var(--_muted);
  }
  @media print {
    .cause {
      break-inside: avoid;
    }
  }
`;
