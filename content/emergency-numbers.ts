/**
 * The number to call for a medical emergency (an ambulance), by ISO 3166-1
 * alpha-2 region code. A wrong number is the worst bug this product can
 * have: every row is checked by a test, and a region that is not listed
 * shows no number at all but "your local emergency number".
 *
 * Numbers are written as the emergency services publish them and are never
 * localized (no digit shaping, no spaces).
 *
 * Each row (or line of rows) says which service the number reaches: an
 * ambulance service directly, or a general emergency number whose call centre
 * dispatches ambulances. Where a country has both, the row holds the number
 * that reaches an ambulance fastest, with the reason. Rows rest on public
 * sources (health services, governments, emergency services, local press);
 * for some small countries and territories they rest on the agreement of
 * Android's emergency-number database with libphonenumber. Countries whose
 * ambulance number could not be confirmed are left out rather than guessed
 * (emergency-numbers-left-out.ts gives the reasons).
 * `npm run check:numbers` (scripts/check-emergency-numbers.mjs) checks every
 * row against Google's short-number metadata (libphonenumber): each number must
 * be a known emergency number of its region.
 */
export const EMERGENCY_NUMBERS = {
  // North America and US territories: 911, one number for police, fire and ambulance
  US: '911',
  CA: '911',
  MX: '911', // general (911), dispatches ambulances
  PR: '911',
  VI: '911',
  GU: '911',
  AS: '911',
  MP: '911', // general (911), dispatches ambulances
  BM: '911', // general (911), dispatches ambulances
  PM: '15', // ambulance and medical emergencies (15, answered by the Centre hospitalier François Dunan)

  // United Kingdom, Ireland and the Crown Dependencies
  GB: '999',
  GG: '999',
  JE: '999',
  IM: '999', // general (999; 112 also works), dispatches ambulances
  IE: '112', // general (112; 999 also works), dispatches ambulances

  // European Union: 112, answered by a call centre that dispatches ambulances
  BE: '112',
  DE: '112',
  DK: '112',
  EE: '112',
  FI: '112',
  LT: '112',
  LU: '112', // general (112), dispatches ambulances
  MT: '112',
  NL: '112',
  PT: '112',
  RO: '112',
  SI: '112',
  SE: '112',
  CY: '112', // general (112), dispatches ambulances
  ES: '112', // general (112), dispatches ambulances; the regional 061 health lines differ by region and are not all free
  BG: '112', // general (112), dispatches ambulances; the old ambulance number 150 has been routed to 112 since 2011
  HU: '112', // general (112), dispatches ambulances; the ambulance number 104 has been routed to the same 112 centres since 2018
  AX: '112',
  FO: '112',
  GL: '112', // general (112), dispatches ambulances (Finnish and Danish systems)
  // EU countries whose own ambulance number is faster than 112 (112 is answered elsewhere and transferred)
  AT: '144', // ambulance (Rettung 144 reaches the ambulance dispatch centre; 112 is answered by the police)
  CZ: '155',
  SK: '155', // ambulance (zdravotnická/záchranná služba 155; 112 transfers medical calls to 155)
  FR: '15', // ambulance (SAMU 15, a regulating emergency doctor; 112 is rerouted to the SAMU or the fire brigade)
  GR: '166', // ambulance (EKAB 166, the national emergency ambulance service)
  HR: '194', // ambulance (hitna medicinska pomoć 194; 112 transfers the call)
  IT: '118', // ambulance (emergenza sanitaria 118; the 112 NUE call centre is not yet nationwide, elsewhere 112 reaches the Carabinieri)
  LV: '113', // ambulance (NMPD 113, the state emergency medical service)
  PL: '999', // ambulance (999 goes straight to a medical dispatcher; 112 reaches a general call centre first)

  // Other European countries
  IS: '112',
  MD: '112',
  GE: '112',
  TR: '112',
  MK: '112', // general (112), dispatches ambulances
  NO: '113',
  SJ: '113', // ambulance (medical emergency number 113; 110 is fire, 112 police)
  CH: '144', // ambulance (sanitary emergency 144)
  LI: '144', // ambulance (Sanitätsnotruf 144, answered by the national emergency centre, which sends the Red Cross ambulance)
  AD: '116', // ambulance (medical emergencies 116; 112 is run by the fire brigade)
  MC: '18', // fire brigade, which provides the emergency ambulance (sapeurs-pompiers 18; 112 also works)
  SM: '118', // ambulance (118 emergency medical service)
  AL: '127', // ambulance (national medical emergency line 127)
  BA: '124',
  ME: '124', // ambulance (hitna pomoć 124)
  XK: '194', // ambulance (194; 112 is the general number)
  UA: '103',
  BY: '103',
  RU: '103',
  AZ: '103', // ambulance (skoraya pomoshch 103)
  AM: '103', // ambulance (103); 911 is the rescue service, 112 the police; a unified 112 will take over 103 calls

  // Central Asia and Mongolia
  KZ: '103',
  KG: '103',
  TJ: '103',
  MN: '103', // ambulance (103)
  TM: '03', // ambulance (03, the emergency ambulance number)

  // Middle East
  SA: '997', // ambulance (Saudi Red Crescent 997; 911 is the unified number in some regions)
  AE: '998', // ambulance (998; 999 is the police)
  QA: '999',
  BH: '999', // general (999), dispatches the national ambulance service
  KW: '112', // general (112), dispatches ambulances
  OM: '9999', // general (9999, Royal Oman Police operations), dispatches ambulances
  JO: '911', // general (911, unified emergency number), dispatches ambulances
  IL: '101',
  PS: '101', // ambulance (Magen David Adom / Palestine Red Crescent 101)
  LB: '140', // ambulance (Lebanese Red Cross 140)
  SY: '110', // ambulance (110)
  IQ: '122', // general emergency (122), dispatches ambulances; a unified 911 was launched in 2025
  IR: '115', // ambulance (EMS 115)

  // North Africa
  EG: '123', // ambulance (123)
  DZ: '14', // civil protection (Protection civile 14, the fire and rescue service that runs emergency ambulances)
  MA: '15', // civil protection (Protection civile 15, fire and rescue, sends medical aid; the 141 SAMU line is not yet everywhere)
  TN: '190', // ambulance (SAMU 190)

  // South Asia
  IN: '108', // ambulance: 108 is the state-run emergency ambulance service in most states and territories
  // and sends an ambulance directly; 112 (ERSS) is a police-run call centre that hands medical calls on to
  // 108, and its integration with ambulances is still uneven (Delhi only moved to 112 in 2026).
  PK: '1122', // ambulance and rescue (Rescue 1122, the provincial government emergency service)
  BD: '999', // general (999, National Emergency Service), dispatches ambulances
  NP: '102', // ambulance (102)
  BT: '112', // ambulance (Health Help Centre 112)
  MV: '102', // ambulance (102; a unified 911 is being introduced)

  // East Asia
  CN: '120', // ambulance (120 emergency medical service)
  JP: '119',
  KR: '119',
  TW: '119', // fire and ambulance (119, the fire service runs the ambulances)
  HK: '999',
  MO: '999', // general (999), dispatches ambulances

  // Southeast Asia
  TH: '1669', // ambulance (1669, national emergency medical service)
  VN: '115', // ambulance (115)
  KH: '119', // ambulance (119)
  MY: '999', // general (999), dispatches ambulances
  SG: '995', // fire and ambulance (995, Singapore Civil Defence Force; 999 is the police)
  BN: '991', // ambulance (991)
  PH: '911', // general (911), dispatches ambulances
  ID: '119', // ambulance (119, the national health emergency call centre, which dispatches ambulances)
  LA: '195', // ambulance (195); a national 1195 call centre is planned

  // Oceania
  AU: '000',
  CX: '000',
  CC: '000', // general (Triple Zero 000), dispatches ambulances
  NZ: '111', // general (111), dispatches ambulances
  PG: '111', // ambulance (St John Ambulance 111)
  FJ: '911', // ambulance and fire (911; 917 is the police)
  VU: '112', // ambulance (112)
  TO: '933', // ambulance (933, Vaiola Hospital; 911 is a general line whose operators transfer the call)
  KI: '194', // ambulance (194, free; Ministry of Health)
  NR: '111', // ambulance (111)
  TV: '911',
  PW: '911',
  FM: '911',
  MH: '911', // general (911), dispatches ambulances
  NU: '999',
  CK: '999', // general (999), dispatches ambulances
  WS: '911', // general (911, national emergency call centre), dispatches the fire and emergency service ambulances
  NC: '15',
  PF: '15', // ambulance (SAMU 15)

  // Caribbean
  AG: '911',
  AI: '911',
  AW: '911',
  BZ: '911',
  KY: '911',
  DM: '911',
  DO: '911', // general (911), dispatches ambulances
  GD: '911',
  KN: '911',
  LC: '911',
  VC: '911',
  VG: '911',
  TC: '911', // general (911), dispatches ambulances
  BB: '511', // ambulance (511; 211 is the police, 311 the fire service)
  BS: '919', // general (919; 911 also works), answered by the police control room where the ambulance dispatchers sit
  JM: '110', // fire brigade, which runs the public ambulances (110; 119 is the police)
  CU: '104', // ambulance (104)
  GP: '15',
  MQ: '15',
  MF: '15', // ambulance (SAMU 15)
  BL: '18', // fire brigade, which runs the island's emergency ambulance (sapeurs-pompiers 18)
  BQ: '911', // general (911; 112 also works), the Caribbean Netherlands control room dispatches the ambulance
  MS: '911', // general (911), answered by the fire and rescue service, which runs the ambulances

  // Central America
  GT: '123', // fire and ambulance (Bomberos Municipales 123)
  SV: '911',
  CR: '911',
  PA: '911', // general (911), dispatches ambulances
  NI: '128', // ambulance (Nicaraguan Red Cross 128)

  // South America
  BR: '192', // ambulance (SAMU 192)
  AR: '107', // ambulance (SAME / emergency medical service 107)
  CL: '131', // ambulance (SAMU 131)
  CO: '123', // general (123), dispatches ambulances
  EC: '911',
  PY: '911',
  UY: '911',
  VE: '911', // general (911), dispatches ambulances
  GY: '913', // ambulance (913)
  SR: '115', // general (115), dispatches ambulances
  FK: '999', // general (999), dispatches ambulances
  GF: '15', // ambulance (SAMU 15)
  PE: '116', // fire brigade (Bomberos Voluntarios 116), which answers medical emergencies with ambulances
  // nationwide; the SAMU 106 ambulance line serves Lima only

  // Sub-Saharan Africa
  GH: '193', // ambulance (National Ambulance Service 193)
  KE: '999', // general (999), dispatches ambulances
  ZA: '10177', // ambulance (10177, from landlines and mobile phones); 112 works from mobile phones only
  GM: '116', // ambulance (116)
  LR: '911', // general (911), dispatches ambulances
  CV: '130', // ambulance (130)
  SC: '999', // general (999), dispatches ambulances
  MU: '114', // ambulance (SAMU 114)
  BW: '997', // ambulance (997)
  MW: '998', // ambulance (998); the 118 emergency medical service line covers only the M1 highway pilot
  MZ: '117', // ambulance (117)
  SH: '999', // general (999, Joint Emergency Control Centre), dispatches the ambulance; 911 no longer does (Nov 2022)
  RE: '15',
  YT: '15', // ambulance (SAMU 15)
  // West and Central Africa: the fire brigades (sapeurs-pompiers, protection civile) run the emergency
  // ambulances; the SAMU lines, where they exist, cover only the capital or are not recognised by libphonenumber
  SN: '18',
  ML: '18',
  BF: '18',
  NE: '18',
  GA: '18', // fire brigade (18), which runs emergency ambulances
  BJ: '118',
  TG: '118',
  CG: '118', // fire brigade / civil protection (118), which runs emergency ambulances
  CI: '180', // civil protection (180, national emergency number), dispatches the fire brigade ambulances
} as const satisfies Record<string, string>;

export type RegionCode = keyof typeof EMERGENCY_NUMBERS;

/** The emergency number for a region code (any case), or `undefined` if we do not know it. */
export function emergencyNumberFor(region: string | null | undefined): string | undefined {
  if (!region) return undefined;
  // String(): JavaScript callers may pass anything; a number or an object is no region.
  const code = String(region).trim().toUpperCase();
  return Object.prototype.hasOwnProperty.call(EMERGENCY_NUMBERS, code)
    ? EMERGENCY_NUMBERS[code as RegionCode]
    : undefined;
}
