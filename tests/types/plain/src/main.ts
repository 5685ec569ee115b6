// Plain TypeScript: the tags are in HTMLElementTagNameMap, the events in
// HTMLElementEventMap, DocumentEventMap and WindowEventMap, and the classes
// and locale API are typed.
import 'legwise';
import { setLocale, supportedLocales, type FaqToggleDetail, type LegwiseLocale } from 'legwise/classes.js';

const causes = document.querySelector('cause-list');
if (causes) {
  causes.category = 'muscular';
  causes.headingLevel = 3;
  causes.theme = 'auto';
  // @ts-expect-error heading levels are 2 to 6
  causes.headingLevel = 9;
}
const faq = document.querySelector('faq-accordion');
faq?.addEventListener('faq-toggle', (e) => {
  const detail: FaqToggleDetail = e.detail;
  console.log(detail.id, detail.open, faq.openQuestions);
});
document.querySelector('when-to-see-doctor')?.addEventListener('emergency-call', (e) => console.log(e.detail.number));
// Both events bubble and are composed: one listener on the document or the window hears every widget.
document.addEventListener('emergency-call', (e) => console.log(e.detail.region, e.detail.number));
window.addEventListener('faq-toggle', (e) => console.log(e.detail.id, e.detail.open));
// @ts-expect-error the detail has no such field
document.addEventListener('faq-toggle', (e) => console.log(e.detail.question));
const first: LegwiseLocale | undefined = supportedLocales[0];
void setLocale(first ?? 'en');
