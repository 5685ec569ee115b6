/**
 * The attributes, properties and events of each Legwise element, for the
 * React and Vue typings: mapped from src/generated/element-api.ts, which the
 * build generates from the elements' own JSDoc and types (the one source).
 * (Only types: this module emits no code.)
 */
import type { LegwiseElementApi } from '../generated/element-api.js';

export type { LegwiseElementApi };

/** A Legwise tag name. */
export type LegwiseTag = keyof LegwiseElementApi;

/** The attributes of an element, by attribute name (`heading-level`). */
export type AttributesOf<K extends LegwiseTag> = LegwiseElementApi[K]['attributes'];

/** The properties of an element, by property name (`headingLevel`). */
export type PropertiesOf<K extends LegwiseTag> = LegwiseElementApi[K]['properties'];

/** The events of an element, by event name, each with its `CustomEvent` type. */
export type EventsOf<K extends LegwiseTag> = LegwiseElementApi[K]['events'];

/** `faq-toggle` → `FaqToggle`. */
export type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

export type CauseListProps = AttributesOf<'cause-list'>;
export type FaqAccordionProps = AttributesOf<'faq-accordion'>;
export type WhenToSeeDoctorProps = AttributesOf<'when-to-see-doctor'>;
export type ExerciseTipsProps = AttributesOf<'exercise-tips'>;

/** Every event that a Legwise element fires, by name. */
export type LegwiseEvents = EventsOf<'faq-accordion'> & EventsOf<'when-to-see-doctor'>;
