/**
 * The number to call for a medical emergency (an ambulance), by ISO 3166-1
 * alpha-2 region code. A wrong number is the worst bug this product can
 * have: every row is checked by a test, and a region that is not listed
 * shows no number at all but "your local emergency number".
 *
 * Numbers are written as the emergency services publish them and are never
 * localized (no digit shaping, no spaces).
 */
export const EMERGENCY_NUMBERS = {
  // North America
  US: '911',
  CA: '911',
  MX: '911',
  // United Kingdom and Ireland
  GB: '999',
  IE: '112',
  // Oceania
  AU: '000',
  NZ: '111',
  // Asia
  IN: '112',
  JP: '119',
  // South America
  BR: '192',
  // European Union: the single European emergency number 112 (as in IE above)
  AT: '112',
  BE: '112',
  BG: '112',
  HR: '112',
  CY: '112',
  CZ: '112',
  DK: '112',
  EE: '112',
  FI: '112',
  FR: '112',
  DE: '112',
  GR: '112',
  HU: '112',
  IT: '112',
  LV: '112',
  LT: '112',
  LU: '112',
  MT: '112',
  NL: '112',
  PL: '112',
  PT: '112',
  RO: '112',
  SK: '112',
  SI: '112',
  ES: '112',
  SE: '112',
  // Other European countries that answer 112
  IS: '112',
  NO: '113',
  CH: '144',
  // Arabic-speaking countries (the Arabic locale)
  SA: '997',
  AE: '998',
  EG: '123',
} as const satisfies Record<string, string>;

export type RegionCode = keyof typeof EMERGENCY_NUMBERS;

/** The emergency number for a region code (any case), or `undefined` if we do not know it. */
export function emergencyNumberFor(region: string | null | undefined): string | undefined {
  if (!region) return undefined;
  const code = region.trim().toUpperCase();
  return Object.prototype.hasOwnProperty.call(EMERGENCY_NUMBERS, code)
    ? EMERGENCY_NUMBERS[code as RegionCode]
    : undefined;
}
