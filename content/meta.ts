import { msg, str } from '../src/localization.js';
import type { Source } from './types.js';

/** When a clinician-minded reviewer last checked the content (YYYY-MM-DD). */
export const LAST_REVIEWED = '2026-11-24';
/** When the content is due for its next review (YYYY-MM-DD). */
export const NEXT_REVIEW = '2027-11-24';

/**
 * Where the facts come from. Organisation names only: we never invent a URL.
 */
export function sources(): readonly Source[] {
  return [
    { id: 'article', name: msg('"Reasons For Muscle Weakness In Legs" (web article, December 2025)', { id: 'source.article', desc: 'Title of the source article; keep the English title in quotes and translate the rest.' }) },
    { id: 'nhs', name: msg('NHS (National Health Service, UK)', { id: 'source.nhs', desc: 'Name of an organisation used as a source.' }) },
    { id: 'ninds', name: msg('NINDS (National Institute of Neurological Disorders and Stroke, US)', { id: 'source.ninds', desc: 'Name of an organisation used as a source.' }) },
    { id: 'cdc', name: msg('CDC (Centers for Disease Control and Prevention, US)', { id: 'source.cdc', desc: 'Name of an organisation used as a source.' }) },
    { id: 'asa', name: msg('American Stroke Association', { id: 'source.asa', desc: 'Name of an organisation used as a source.' }) },
  ];
}

/** The disclaimer every widget ends with. */
export function disclaimer(): string {
  return msg('This information does not replace advice from a doctor or other health professional.', {
    id: 'meta.disclaimer',
    desc: 'Footer of every widget. Medical safety text: keep the meaning exact.',
  });
}

/** "Last reviewed: 24 November 2026", with the date already formatted for the locale. */
export function lastReviewedLabel(formattedDate: string): string {
  return msg(str`Last reviewed: ${formattedDate}`, {
    id: 'meta.last-reviewed',
    desc: 'Footer line. ${formattedDate} is a date already formatted for the reader\'s language.',
  });
}

/** "Next review due: …" */
export function nextReviewLabel(formattedDate: string): string {
  return msg(str`Next review due: ${formattedDate}`, {
    id: 'meta.next-review',
    desc: 'Footer line. ${formattedDate} is a date already formatted for the reader\'s language.',
  });
}

/** Label before the list of sources. */
export function sourcesLabel(): string {
  return msg('Sources:', { id: 'meta.sources', desc: 'Label before the list of source organisations in the footer.' });
}

/** Shown instead of the content when it could not be loaded (CDN builds only). */
export function loadError(): string {
  return msg('Sorry, this information could not be loaded. Please reload the page to try again.', {
    id: 'meta.load-error',
    desc: 'Shown in place of the widget content when it failed to download (for example, the connection dropped).',
  });
}
