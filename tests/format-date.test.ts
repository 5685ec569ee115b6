import { expect } from '@open-wc/testing';
import { LAST_REVIEWED, NEXT_REVIEW } from '../content/meta.js';
import { formatDate } from '../src/i18n/format-date.js';

// Dates are written by Intl.DateTimeFormat for every locale, in UTC: the day
// written YYYY-MM-DD is the day shown, whatever the reader's time zone.
describe('formatDate', () => {
  // First in the file, before any formatter is made and cached.
  it('writes the content’s review dates on English pages without starting Intl', () => {
    const made: string[] = [];
    const original = Intl.DateTimeFormat;
    Intl.DateTimeFormat = new Proxy(original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        made.push(String(args[0]));
        return new target(...args);
      },
    });
    try {
      const tags = ['en', 'en-US', 'en-GB'];
      const written = new Map(tags.map((tag) => [tag, [formatDate(LAST_REVIEWED, tag), formatDate(NEXT_REVIEW, tag)]]));
      expect(made, 'formatters made').to.deep.equal([]);
      // The same as the browser's Intl writes.
      const long = (iso: string, tag: string) =>
        new original(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
      for (const tag of tags)
        expect(written.get(tag), tag).to.deep.equal([long(LAST_REVIEWED, tag), long(NEXT_REVIEW, tag)]);
      for (const [tag, [last, next]] of written) expect(last, tag).to.not.equal(next);
      made.length = 0;
      // Any other tag is Intl's work, as before.
      expect(formatDate(LAST_REVIEWED, 'en-AU')).to.equal(long(LAST_REVIEWED, 'en-AU'));
      expect(formatDate(LAST_REVIEWED, 'es')).to.equal(long(LAST_REVIEWED, 'es'));
      expect(made).to.deep.equal(['en-AU', 'es']);
    } finally {
      Intl.DateTimeFormat = original;
    }
  });

  const cases: [string, string, RegExp][] = [
    ['en', '2026-11-24', /^November 24, 2026$/],
    ['en-US', '2026-01-01', /^January 1, 2026$/],
    ['en-GB', '2026-11-24', /^24 November 2026$/],
    ['en-AU', '2026-12-31', /^31 December 2026$/],
    ['es', '2026-11-24', /^24 de noviembre de 2026$/],
    ['es-MX', '2026-03-01', /^1 de marzo de 2026$/],
    // Arabic: engines differ in their digits (Latin or Arabic-Indic); the month is always Arabic.
    ['ar', '2026-11-24', /^[0-9٠-٩]+ نوفمبر[^\n]* [0-9٠-٩]+$/],
  ];
  for (const [tag, iso, expected] of cases) {
    it(`writes ${iso} in ${tag} as the long date of its language`, () => {
      expect(formatDate(iso, tag)).to.match(expected);
    });
  }

  it('keeps the day of the date in every time zone (UTC, not the reader’s clock)', () => {
    // The first and last day of a year are where a local-time bug shows.
    expect(formatDate('2027-01-01', 'en-GB')).to.equal('1 January 2027');
    expect(formatDate('2026-12-31', 'en-GB')).to.equal('31 December 2026');
  });

  it('gives the same string when asked again (cached)', () => {
    expect(formatDate('2026-11-24', 'en')).to.equal('November 24, 2026');
    expect(formatDate('2026-11-24', 'en')).to.equal('November 24, 2026');
    expect(formatDate('2026-11-24', 'en-GB')).to.equal('24 November 2026');
  });

  it('still throws for an invalid date, as Intl does', () => {
    expect(() => formatDate('not-a-date', 'en')).to.throw(RangeError);
  });
});
