// The page of the language tests (locales.test.ts, locales-coverage.test.ts):
// the four widgets following the page's language, and a reset after each test.
import { html } from '@open-wc/testing';
import '../src/index.js';
import { getLocale, setLocale } from '../src/index.js';
import { container, shadow, text, until } from './helpers.js';

/** The four widgets, with no `lang` of their own and every FAQ answer open. */
export const page = () =>
  container(html`<div>
    <cause-list></cause-list>
    <faq-accordion open="all"></faq-accordion>
    <when-to-see-doctor></when-to-see-doctor>
    <exercise-tips></exercise-tips>
  </div>`);

export const widgets = (root: Element) => [...root.children] as HTMLElement[];

/** The text of the widget's first heading. */
export const firstHeading = (el: Element) => text(shadow(el).querySelector('h2, h3'));

/** After each test: the page follows `<html lang="en">` again. */
export async function resetPageLanguage(): Promise<void> {
  await setLocale(null);
  document.documentElement.lang = 'en';
  await until(() => getLocale() === 'en', 'English again');
}
