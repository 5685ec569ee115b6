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
  /**
   * For a cause that can be an emergency or needs same-day care: short lines
   * that say when to get help, most urgent first, each in the tier of the
   * care-card signs it names (`signs`: ids of care signs, all in that tier; a
   * test checks it).
   */
  readonly help?: readonly CauseHelp[];
}

export interface CauseHelp {
  readonly tier: Exclude<CareTier, 'routine'>;
  /** Ids of the care-card signs this line repeats, e.g. `['stroke-face']`. */
  readonly signs: readonly string[];
  readonly text: string;
}

export interface FaqItem {
  /** Stable id, e.g. `when-to-see-doctor`. */
  readonly id: string;
  readonly question: string;
  /** One or more short paragraphs. */
  readonly answer: readonly string[];
  /**
   * `true` when the answer goes on with the care cards' signs, built from the
   * same data as `<when-to-see-doctor>`, so that the two cannot disagree.
   */
  readonly withCareSigns?: boolean;
}

export const CARE_TIERS = ['emergency', 'urgent', 'routine'] as const;
export type CareTier = (typeof CARE_TIERS)[number];

export interface CareSign {
  /** Stable id, e.g. `stroke-face`. */
  readonly id: string;
  /** The sign, enough on its own, as a phrase that follows the card heading. */
  readonly text: string;
  /** What to do about this sign (for example while waiting for help), if anything. */
  readonly advice?: string;
}

export interface CareCard {
  readonly tier: CareTier;
  /** Visually hidden prefix read before the heading, as on NHS care cards. */
  readonly prefix: string;
  readonly heading: string;
  readonly signs: readonly CareSign[];
  /** A line after the list that applies to every sign of the card. */
  readonly note?: string;
}

export interface Tip {
  /** Stable id, e.g. `see-a-professional`. */
  readonly id: string;
  readonly title: string;
  readonly body: string;
}

/**
 * A public page the content relies on, named by its organisation and the
 * page's own title (both as published, so never translated). No URLs: a
 * reader can find the page by its title, and we never invent an address.
 */
export interface Source {
  /** Stable id, e.g. `nhs-stroke`. */
  readonly id: string;
  /** The publishing organisation, e.g. `NHS`. */
  readonly organisation: string;
  /** The page title as published, e.g. `Stroke`. */
  readonly title: string;
}

/** A widget's sources, and the name a screen reader gives their list (each widget's differs). */
export interface SourceList {
  readonly name: string;
  readonly sources: readonly Source[];
}
