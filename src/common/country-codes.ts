/** A country as a text names it. */
export interface CountryMention {
  /** ISO 3166-1 alpha-2, lower case; null when the text names no country we can map (e.g. "former Soviet Union"). */
  code: string | null;
  /** The text as the list gives it. */
  raw: string;
}

/**
 * Country names as watchlists write them, mapped to ISO 3166-1 alpha-2 (lower case). The bulk comes
 * from ICU's English region names (Node ships full ICU); the table below adds the forms lists use
 * that ICU does not ("Korea, North", "Congo, Democratic Republic of the", "Burma", …).
 */
const EXTRA_NAMES: Record<string, string> = {
  'korea, north': 'kp',
  'north korea': 'kp',
  "democratic people's republic of korea": 'kp',
  'korea, democratic people’s republic of': 'kp',
  "korea, democratic people's republic of": 'kp',
  dprk: 'kp',
  'korea, south': 'kr',
  'south korea': 'kr',
  'republic of korea': 'kr',
  'korea, republic of': 'kr',
  burma: 'mm',
  myanmar: 'mm',
  'congo, democratic republic of the': 'cd',
  'democratic republic of the congo': 'cd',
  'congo, republic of the': 'cg',
  'republic of the congo': 'cg',
  congo: 'cg',
  'iran (islamic republic of)': 'ir',
  'islamic republic of iran': 'ir',
  'syrian arab republic': 'sy',
  'russian federation': 'ru',
  'united republic of tanzania': 'tz',
  'viet nam': 'vn',
  laos: 'la',
  "lao people's democratic republic": 'la',
  'czech republic': 'cz',
  turkey: 'tr',
  'hong kong': 'hk',
  'china, hong kong special administrative region': 'hk',
  macau: 'mo',
  macao: 'mo',
  'cote d ivoire': 'ci',
  "cote d'ivoire": 'ci',
  'ivory coast': 'ci',
  'bahamas, the': 'bs',
  'the gambia': 'gm',
  'gambia, the': 'gm',
  'man, isle of': 'im',
  'virgin islands, british': 'vg',
  'british virgin islands': 'vg',
  'united states of america': 'us',
  usa: 'us',
  'united kingdom of great britain and northern ireland': 'gb',
  uk: 'gb',
  'great britain': 'gb',
  'state of palestine': 'ps',
  palestinian: 'ps',
  palestine: 'ps',
  'west bank': 'ps',
  'region: gaza': 'ps',
  gaza: 'ps',
  'region: crimea': 'ua',
  'bosnia-herzegovina': 'ba',
  'micronesia, federated states of': 'fm',
  prc: 'cn',
  "people's republic of china": 'cn',
  'netherlands antilles': 'an',
  kosovo: 'xk',
  taiwan: 'tw',
  'south sudan': 'ss',
  'north macedonia': 'mk',
  macedonia: 'mk',
  'vatican city': 'va',
  'holy see': 'va',
  'cabo verde': 'cv',
  'macedonia, the former yugoslav republic of': 'mk',
  'burma (myanmar)': 'mm',
  // Formal names METI's End User List and the UK Sanctions List use.
  'republic of lebanon': 'lb',
  'arab republic of egypt': 'eg',
  'islamic republic of afghanistan': 'af',
  'republic of yemen': 'ye',
  'state of israel': 'il',
  'islamic republic of pakistan': 'pk',
  'congo (democratic republic)': 'cd',
  'occupied palestinian territories': 'ps',
};

/**
 * Codes ICU names that are not current countries, or that would shadow one (FX "France", BU "Myanmar";
 * the withdrawn AN, DY, HV, NH, RH, VD and YD share their names with CW, BJ, BF, VU, ZW, VN and YE).
 */
const EXCLUDED_CODES = new Set([
  'AN',
  'DY',
  'HV',
  'NH',
  'RH',
  'VD',
  'YD',
  'BU',
  'CS',
  'DD',
  'FX',
  'NT',
  'SU',
  'TP',
  'YU',
  'ZR',
  'UK',
  'EU',
  'EZ',
  'UN',
  'QO',
  'XA',
  'XB',
  'CP',
  'DG',
  'EA',
  'IC',
  'TA',
  'AC',
  'CQ',
]);

let namesToCodes: Map<string, string> | null = null;
let knownCodes: Set<string> | null = null;

function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/^st\.?\s/i, 'saint ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .toLowerCase();
}

function table(): Map<string, string> {
  if (namesToCodes) {
    return namesToCodes;
  }
  const map = new Map<string, string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) {
    for (const second of letters) {
      const code = `${first}${second}`;
      let name: string | undefined;
      try {
        name = display.of(code);
      } catch {
        name = undefined;
      }
      if (!name || name === code || EXCLUDED_CODES.has(code) || /unknown/i.test(name)) {
        continue;
      }
      map.set(normaliseName(name), code.toLowerCase());
      // ICU adds qualifiers lists do not use: "Myanmar (Burma)", "Congo - Kinshasa", "Hong Kong SAR China".
      const plain = name.replace(/\s*\(.*\)$/, '');
      if (!map.has(normaliseName(plain))) {
        map.set(normaliseName(plain), code.toLowerCase());
      }
    }
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) {
    map.set(normaliseName(name), code);
  }
  namesToCodes = map;
  knownCodes = new Set(map.values());
  return map;
}

/** The ISO code for a country name or code; null when the text is not a country we know. */
export function countryCode(raw: string): string | null {
  const text = normaliseName(raw);
  if (text.length === 0) {
    return null;
  }
  if (/^[a-z]{2}$/.test(text)) {
    table();
    return knownCodes?.has(text) ? text : null;
  }
  return table().get(text) ?? null;
}

export function toCountry(raw: string): CountryMention {
  const text = raw.replace(/\s+/g, ' ').trim();
  return { code: countryCode(text), raw: text };
}

/** Adds a country once (by code, or by raw text when unmapped). */
export function addCountry(countries: CountryMention[], raw: string | null | undefined): void {
  if (!raw || raw.trim().length === 0) {
    return;
  }
  const country = toCountry(raw);
  const exists = countries.some((known) =>
    country.code ? known.code === country.code : known.raw.toLowerCase() === country.raw.toLowerCase(),
  );
  if (!exists) {
    countries.push(country);
  }
}
