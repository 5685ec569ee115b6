// Plain TypeScript: the tags are in HTMLElementTagNameMap, the events in
// HTMLElementEventMap, and the classes and locale API are typed.
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
const first: LegwiseLocale | undefined = supportedLocales[0];
void setLocale(first ?? 'en');
