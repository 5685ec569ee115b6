/** Registers <faq-accordion>. Importing this module twice, or next to another copy of Legwise, is safe. */
import { FaqAccordion } from './elements/faq-accordion.js';
import { defineElement } from './elements/legwise-element.js';

defineElement('faq-accordion', FaqAccordion);

export { FaqAccordion };
