/** Registers <faq-accordion>. Importing this module twice, or next to another copy of Legwise, is safe. */
import { FaqAccordion } from './elements/faq-accordion.js';
import { defineElement } from './internal/define.js';

defineElement('faq-accordion', FaqAccordion);

export { FaqAccordion };
