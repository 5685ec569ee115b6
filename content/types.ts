/**
 * The shapes of Legwise's content. Content is data with stable ids; every
 * string a reader sees comes from `msg()`, called inside a function so that
 * it is resolved in the locale of the widget that renders it.
 */

export const CAUSE_CATEGORIES = ['neurological', 'muscular', 'systemic'] as const;
export type CauseCategory = (typeof CAUSE_CATEGORIES)[number];

/** How a cause usually starts. */
export type Onset = 'sudden' | 'gradual' | 'varies';
/** Which legs it usually affects. */
export type Sides = 'one' | 'both' | 'either';

export interface Cause {
  /** Stable id, e.g. `stroke`. Never translated, never changed. */
  readonly id: string;
  readonly category: CauseCategory;
  /** Plain name, with the medical term where readers will meet it. */
  readonly name: string;
  /** 1–3 short sentences: what it is and why it weakens the legs. */
  readonly summary: string;
  readonly onset: Onset;
  readonly sides: Sides;
  /** Other signs that often come with it, as one short phrase or sentence. */
  readonly companions: string;
}

export interface FaqItem {
  /** Stable id, e.g. `when-to-see-doctor`. */
  readonly id: string;
  readonly question: string;
  /** One or more short paragraphs. */
  readonly answer: readonly string[];
}

export const CARE_TIERS = ['emergency', 'urgent', 'routine'] as const;
export type CareTier = (typeof CARE_TIERS)[number];

export interface CareSign {
  /** Stable id, e.g. `stroke-signs`. */
  readonly id: string;
  readonly text: string;
}

export interface CareCard {
  readonly tier: CareTier;
  /** Visually hidden prefix read before the heading, as on NHS care cards. */
  readonly prefix: string;
  readonly heading: string;
  readonly signs: readonly CareSign[];
}

export interface Tip {
  /** Stable id, e.g. `see-a-professional`. */
  readonly id: string;
  readonly title: string;
  readonly body: string;
}

export interface Source {
  /** Stable id, e.g. `nhs`. */
  readonly id: string;
  /** The organisation's name (no URLs: we never invent one). */
  readonly name: string;
}
