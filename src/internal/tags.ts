/** The four elements' tag names, in the order the docs list them. */
export const TAGS = ['cause-list', 'faq-accordion', 'when-to-see-doctor', 'exercise-tips'] as const;
