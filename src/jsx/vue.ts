/**
 * Vue typings: the four elements as global components, so templates type-check
 * their attributes and events. Use once in your app:
 *
 *   import type {} from 'legwise/vue';
 *
 * and tell Vue they are custom elements:
 * `compilerOptions.isCustomElement: (tag) => ['cause-list', 'faq-accordion', 'when-to-see-doctor', 'exercise-tips'].includes(tag)`.
 */
import type { DefineComponent } from 'vue';
import type {
  CauseListProps,
  ExerciseTipsProps,
  FaqAccordionProps,
  LegwiseEvents,
  WhenToSeeDoctorProps,
} from './props.js';

declare module 'vue' {
  interface GlobalComponents {
    'cause-list': DefineComponent<CauseListProps>;
    'faq-accordion': DefineComponent<
      FaqAccordionProps & { 'onFaq-toggle'?: (event: LegwiseEvents['faq-toggle']) => void }
    >;
    'when-to-see-doctor': DefineComponent<
      WhenToSeeDoctorProps & { 'onEmergency-call'?: (event: LegwiseEvents['emergency-call']) => void }
    >;
    'exercise-tips': DefineComponent<ExerciseTipsProps>;
  }
}

export {};
