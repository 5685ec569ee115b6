/**
 * Legwise: registers <cause-list>, <faq-accordion>, <when-to-see-doctor> and
 * <exercise-tips>, and exports the classes and the locale API.
 */
import './cause-list.js';
import './faq-accordion.js';
import './when-to-see-doctor.js';
import './exercise-tips.js';

export * from './classes.js';
