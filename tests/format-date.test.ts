import { expect } from '@open-wc/testing';
import { formatDate } from '../src/localization.js';

// formatDate() writes the dates of the usual English and Spanish tags without
// Intl (the first Intl.DateTimeFormat of a page costs 11–40 ms; see
// BENCHMARKS.md). It must write exactly what Intl writes, in every locale.
const intl = (iso: string, locale: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)));
};

describe('formatDate', () => {
  const dates: string[] = [];
  for (const year of [1, 999, 1970, 2026, 2027, 2100, 9999]) {
    for (let month = 1; month <= 12; month += 1) {
      for (const day of [1, 9, 10, 24, 28]) dates.push(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    }
  }

  for (const locale of [
    ...['en', 'en-US', 'en-GB', 'en-AU', 'en-IE', 'en-NZ', 'en-CA'],
    ...['es', 'es-ES', 'es-MX', 'es-US', 'es-419', 'es-AR', 'es-CO', 'es-CL', 'es-PE'],
    ...['ar', 'ar-EG', 'en-XA'],
  ]) {
    it(`writes what Intl.DateTimeFormat writes for ${locale}`, () => {
      for (const iso of dates) expect(formatDate(iso, locale), `${iso} in ${locale}`).to.equal(intl(iso, locale));
    });
  }

  it('gives the same string when asked again (cached)', () => {
    expect(formatDate('2026-11-24', 'en')).to.equal('November 24, 2026');
    expect(formatDate('2026-11-24', 'en')).to.equal('November 24, 2026');
    expect(formatDate('2026-11-24', 'en-GB')).to.equal('24 November 2026');
  });

  it('still throws for an invalid date, as Intl does', () => {
    expect(() => formatDate('not-a-date', 'en')).to.throw(RangeError);
  });
});
