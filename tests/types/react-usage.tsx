// Type test (compiled by `npm run typecheck`, never run): React 19 apps can
// use the elements with typed attributes and events.
import type {} from '../../src/jsx/react.js';
import type { FaqToggleDetail } from '../../src/index.js';

export const ok = (
  <div>
    <cause-list category="muscular" heading-level={3} />
    <faq-accordion single open="all" onfaq-toggle={(e) => e.detail satisfies FaqToggleDetail} />
    <when-to-see-doctor region="GB" onemergency-call={(e) => console.log(e.detail.number)} />
    <exercise-tips tips="stay-active" theme="dark" />
  </div>
);

// @ts-expect-error heading-level is 2 to 6
export const bad = <cause-list heading-level={9} />;
