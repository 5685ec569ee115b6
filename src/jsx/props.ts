/**
 * The attributes of each Legwise element, for the React and Vue typings.
 * (Only types: this module emits no code.)
 */
import type { EmergencyCallDetail } from '../elements/when-to-see-doctor.js';
import type { FaqToggleDetail } from '../elements/faq-accordion.js';

export interface CommonProps {
  /** Level of the widget's top headings (2–6); inner headings use the next. */
  'heading-level'?: 2 | 3 | 4 | 5 | 6 | '2' | '3' | '4' | '5' | '6';
  /** The widget's language, when it differs from the page's (BCP 47). */
  lang?: string;
  /** Force a colour scheme; default: follow the reader's system. */
  theme?: 'light' | 'dark';
}

export interface CauseListProps extends CommonProps {
  /** `neurological`, `muscular`, `systemic`, separated by spaces or commas. */
  category?: string;
}

export interface FaqAccordionProps extends CommonProps {
  single?: boolean;
  /** Question ids open at first, separated by spaces, or `all`. */
  open?: string;
  /** Question ids to show, in order. */
  questions?: string;
}

export interface WhenToSeeDoctorProps extends CommonProps {
  /** ISO 3166-1 alpha-2 region code for the emergency number, e.g. `GB`. */
  region?: string;
}

export interface ExerciseTipsProps extends CommonProps {
  /** Tip ids to show, in order. */
  tips?: string;
}

export interface LegwiseEvents {
  'faq-toggle': CustomEvent<FaqToggleDetail>;
  'emergency-call': CustomEvent<EmergencyCallDetail>;
}
