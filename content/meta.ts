import { msg, str } from '../src/i18n/msg.js';

/**
 * The content's version. It changes whenever what the widgets advise
 * changes (CHANGELOG.md, "Content", lists each clinical change), so that a
 * site can tell when to review what it shows again.
 */
export const CONTENT_VERSION = '2.3.0';
/** When the content was last checked against its sources (YYYY-MM-DD). */
export const LAST_REVIEWED = '2026-12-07';
/** When the content is due for its next review (YYYY-MM-DD). */
export const NEXT_REVIEW = '2027-12-07';

/** The disclaimer every widget ends with. */
export function disclaimer(): string {
  return msg('This information does not replace advice from a doctor or other health professional.', {
    id: 'meta.disclaimer',
    desc: 'Footer of every widget. Medical safety text: keep the meaning exact.',
  });
}

/** "Last reviewed: 2 December 2026", with the date already formatted for the locale. */
export function lastReviewedLabel(formattedDate: string): string {
  return msg(str`Last reviewed: ${formattedDate}`, {
    id: 'meta.last-reviewed',
    desc: "Footer line. ${formattedDate} is a date already formatted for the reader's language.",
  });
}

/** "Next review due: …" */
export function nextReviewLabel(formattedDate: string): string {
  return msg(str`Next review due: ${formattedDate}`, {
    id: 'meta.next-review',
    desc: "Footer line. ${formattedDate} is a date already formatted for the reader's language.",
  });
}

/** What kind of review the content had: said plainly, in the footer. */
export function reviewKind(): string {
  return msg('Checked by the Legwise editors against the health pages listed under Sources.', {
    id: 'meta.review-kind',
    desc: 'Footer line that says honestly how the content was checked: an editorial check against the named sources, not by a doctor. "Sources" is the label of the list below it.',
  });
}

/** The site's own clinical sign-off (the `reviewed-by` attribute). */
export function siteReviewLabel(reviewer: string, formattedDate: string): string {
  return msg(str`Approved for this site by ${reviewer} on ${formattedDate}.`, {
    id: 'meta.site-review',
    desc: "Footer line. ${reviewer} is a name the website gives (e.g. a doctor); ${formattedDate} a date already formatted for the reader's language.",
  });
}

/** The site's sign-off when it gave no date. */
export function siteReviewerLabel(reviewer: string): string {
  return msg(str`Approved for this site by ${reviewer}.`, {
    id: 'meta.site-reviewer',
    desc: 'Footer line. ${reviewer} is a name the website gives (e.g. a doctor).',
  });
}

/** Label of the collapsed list of sources. */
export function sourcesLabel(): string {
  return msg('Sources', {
    id: 'meta.sources-label',
    desc: 'Label of a collapsed list of the public health pages the content is based on (organisation and page title).',
  });
}

/** Shown instead of the content when it could not be loaded (CDN builds only). */
export function loadError(): string {
  return msg('Sorry, this information could not be loaded. Please reload the page to try again.', {
    id: 'meta.load-error',
    desc: 'Shown in place of the widget content when it failed to download (for example, the connection dropped).',
  });
}

/** The topic, as a name: the condition the server's structured data is `about` (schema.org). */
export function topicName(): string {
  return msg('leg muscle weakness', {
    id: 'meta.topic',
    desc: 'The topic of all the widgets, as the name of a health problem. Search engines read it (schema.org MedicalCondition); readers do not see it. Lower case, as in the middle of a sentence, unless your language needs a capital.',
  });
}
