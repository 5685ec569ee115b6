/** The four elements' tag names, in the order the docs list them. */
export const TAGS = ['cause-list', 'faq-accordion', 'when-to-see-doctor', 'exercise-tips'] as const;

/** One of the four tag names. */
export type LegwiseTag = (typeof TAGS)[number];
