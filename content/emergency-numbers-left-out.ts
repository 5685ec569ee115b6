/**
 * Regions where one of Legwise's languages is widely read but whose ambulance
 * number we could not confirm, so they are not in EMERGENCY_NUMBERS
 * (emergency-numbers.ts) and show "your local emergency number" rather than a
 * guess. Each reason says what disagreed. Not shipped: only `npm run
 * check:numbers` (scripts/check-emergency-numbers.mjs) reads it, and fails if
 * one of these is also in the table, and if a region where a shipped language
 * is mainly read is in neither.
 */
export const LEFT_OUT: Readonly<Record<string, string>> = {
  CM: 'Cameroon: reports name 119 (SAMU) for an ambulance, but libphonenumber lists only 13, 17, 113 and 117, the SAMU line was reported suspended in 2018, and a single 112 was announced in 2022',
  HT: 'Haiti: public lists disagree on the ambulance number (116 or 118), and libphonenumber lists 114 and 118',
  NG: 'Nigeria: libphonenumber lists only 199; no public source that says which number sends an ambulance nationwide has been checked yet',
  BO: 'Bolivia: libphonenumber lists 110, 118 and 119, and the ambulance number differs by city; not yet confirmed from a public source',
  HN: 'Honduras: libphonenumber lists only 199; which number sends an ambulance has not yet been confirmed from a public source',
  LY: 'Libya: libphonenumber lists 190, 191 and 193; which one sends an ambulance has not yet been confirmed from a public source',
  SD: 'Sudan: libphonenumber lists only 999; whether it sends an ambulance has not yet been confirmed from a public source',
  YE: 'Yemen: libphonenumber lists 191, 194, 195 and 199; which one sends an ambulance has not yet been confirmed from a public source',
  AO: 'Angola: the national police line 113 was replaced by 111 in some provinces only (2020), and libphonenumber lists 112, 113 and 115; no source confirms which number sends an ambulance everywhere',
};
