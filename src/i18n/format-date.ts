/**
 * Date formatting, one way for every locale: `Intl.DateTimeFormat` with the
 * long date style, in UTC, so a date written YYYY-MM-DD is the same day
 * everywhere. Each (tag, date) is formatted once: every widget formats its
 * review dates on every render, and a formatter costs a fraction of a
 * millisecond to make (see BENCHMARKS.md).
 */

const formattedDates = new Map<string, string>();
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
 * once the text has arrived (see BENCHMARKS.md).
 */
export function prepareDates(tag: string): void {
  setTimeout(() => {
    try {
      dateFormat(tag);
    } catch {
      // A tag Intl does not take: formatDate() throws the same where it is used.
    }
  });
}
