/**
 * Date formatting, one way for every locale: `Intl.DateTimeFormat` with the
 * long date style, in UTC, so a date written YYYY-MM-DD is the same day
 * everywhere. Each (tag, date) is formatted once: every widget formats its
 * review dates on every render. For English pages (en, en-US, en-GB) the
 * content's review dates come formatted by the build, by Node's Intl with the
 * same options: a page's first date format starts the browser's ICU, which
 * took 15–20 ms of an English page's first render (see BENCHMARKS.md).
 * Other pages wait for their translation anyway, and prepareDates() starts
 * ICU meanwhile.
 */
import { formattedReviewDates } from '../generated/review-dates.js';

/** Formatted dates by `"<tag> <YYYY-MM-DD>"`, starting with those the build formatted. */
const formattedDates = new Map<string, string>(formattedReviewDates);
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(tag: string): Intl.DateTimeFormat {
  let format = dateFormats.get(tag);
  if (!format) {
    format = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(tag, format);
  }
  return format;
}

/** Format a date (YYYY-MM-DD) for a tag, e.g. "24 November 2026" for `en-GB`. */
export function formatDate(isoDate: string, tag: string): string {
  const key = `${tag} ${isoDate}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) {
    const [y, m, d] = isoDate.split('-').map(Number);
    formatted = dateFormat(tag).format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)));
    formattedDates.set(key, formatted);
  }
  return formatted;
}

/**
 * Get the date formatter for `tag` ready in a task of its own, while a page's
 * text is on its way: the first formatter of a page starts ICU, which takes
 * milliseconds, better spent while the browser waits for the network than
 * once the text has arrived (see BENCHMARKS.md). Not needed for a tag whose
 * review dates the build formatted.
 */
export function prepareDates(tag: string): void {
  if (formattedReviewDates.some(([key]) => key.startsWith(`${tag} `))) return;
  setTimeout(() => {
    try {
      dateFormat(tag);
    } catch {
      // A tag Intl does not take: formatDate() throws the same where it is used.
    }
  });
}
