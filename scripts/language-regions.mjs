// The regions where each of Legwise's languages is mainly read, for the build tools.
/**
 * The regions where each shipped language is mainly read: each must have a
 * row in the table, or be in LEFT_OUT with the reason its number could not be
 * confirmed (then it shows "your local emergency number"); checked by
 * check-emergency-numbers.mjs. The English ones also get their names from the
 * build (generate-region-names.mjs).
 */
export const LANGUAGE_REGIONS = {
  en: ['US', 'GB', 'IE', 'CA', 'AU', 'NZ', 'ZA', 'IN', 'NG', 'KE', 'GH', 'SG', 'PH', 'JM'],
  es: [
    'ES',
    'MX',
    'AR',
    'CO',
    'PE',
    'VE',
    'CL',
    'EC',
    'GT',
    'CU',
    'BO',
    'DO',
    'HN',
    'PY',
    'SV',
    'NI',
    'CR',
    'PA',
    'UY',
    'PR',
  ],
  ar: ['SA', 'EG', 'AE', 'JO', 'LB', 'IQ', 'KW', 'QA', 'BH', 'OM', 'MA', 'DZ', 'TN', 'LY', 'SD', 'YE', 'SY', 'PS'],
  fr: ['FR', 'BE', 'CH', 'LU', 'MC', 'CA', 'SN', 'CI', 'CM', 'MA', 'TN', 'DZ', 'HT'],
  de: ['DE', 'AT', 'CH', 'LI', 'LU'],
  pt: ['BR', 'PT', 'AO', 'MZ'],
  'zh-Hans': ['CN', 'SG', 'TW', 'HK', 'MO'],
  ja: ['JP'],
  hi: ['IN'],
  he: ['IL'],
};
