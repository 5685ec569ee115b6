// The README's React snippet (Advice.tsx) in an app, with the other elements
// and every documented value; wrong values must be type errors.
import { createRoot } from 'react-dom/client';
import type { EmergencyCallDetail, FaqToggleDetail } from 'legwise';
import { Advice } from './Advice';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <main>
      <Advice />
      <cause-list category="muscular" heading-level={3} theme="auto" />
      <faq-accordion
        single
        open="all"
        headingLevel={4}
        onfaq-toggle={(e) => {
          const detail: FaqToggleDetail = e.detail;
          console.log(detail.id, detail.open);
        }}
      />
      <when-to-see-doctor
        region="GB IE"
        heading-level="3"
        theme="dark"
        onemergency-call={(e) => {
          const detail: EmergencyCallDetail = e.detail;
          console.log(detail.number);
        }}
      />
      <exercise-tips tips="stay-active" theme="light" reviewed-by="Dr A. Example" reviewed-on="2026-12-01" />
      {/* @ts-expect-error heading-level is 2 to 6 */}
      <cause-list heading-level={9} />
      {/* @ts-expect-error theme is light, dark or auto */}
      <exercise-tips theme="blue" />
      {/* @ts-expect-error the event is a CustomEvent<FaqToggleDetail>, whose detail has no number */}
      <faq-accordion onfaq-toggle={(e) => e.detail.number} />
    </main>,
  );
}
