/**
 * JSX typings for React 19, which renders custom elements natively (props
 * that match a property are set as properties; `on<event-name>` props add
 * event listeners). Use once in your app:
 *
 *   import type {} from 'legwise/react';
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CauseList } from '../elements/cause-list.js';
import type { ExerciseTips } from '../elements/exercise-tips.js';
import type { FaqAccordion } from '../elements/faq-accordion.js';
import type { WhenToSeeDoctor } from '../elements/when-to-see-doctor.js';
import type {
  CauseListProps,
  ExerciseTipsProps,
  FaqAccordionProps,
  LegwiseEvents,
  WhenToSeeDoctorProps,
} from './props.js';

type Base<T> = Omit<DetailedHTMLProps<HTMLAttributes<T>, T>, 'lang'>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types are a namespace to augment
  namespace JSX {
    interface IntrinsicElements {
      'cause-list': Base<CauseList> & CauseListProps;
      'faq-accordion': Base<FaqAccordion> &
        FaqAccordionProps & { 'onfaq-toggle'?: (event: LegwiseEvents['faq-toggle']) => void };
      'when-to-see-doctor': Base<WhenToSeeDoctor> &
        WhenToSeeDoctorProps & { 'onemergency-call'?: (event: LegwiseEvents['emergency-call']) => void };
      'exercise-tips': Base<ExerciseTips> & ExerciseTipsProps;
    }
  }
}

export {};
