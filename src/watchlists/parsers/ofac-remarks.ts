import type { WatchlistAlias, WatchlistCountry, WatchlistIdentifier } from '../watchlist-record';
import { addCountry, countryCode } from '../../common/country-codes';
import { addProperty, clean, pushUnique, toIsoDate, yearRange } from './watchlist-parser';

export interface OfacRemarkFacts {
  aliases: WatchlistAlias[];
  birthDates: string[];
  birthPlaces: string[];
  nationalities: WatchlistCountry[];
  registrationCountries: WatchlistCountry[];
  identifiers: WatchlistIdentifier[];
  gender: string | null;
  linkedTo: string[];
  properties: Record<string, string[]>;
}

/** Identifier labels OFAC writes in remarks, longest first so "Diplomatic Passport" wins over "Passport". */
const IDENTIFIER_LABELS = [
  'Passport',
  'Diplomatic Passport',
  'National ID No.',
  'Cedula No.',
  'R.F.C.',
  'RFC',
  'C.U.R.P.',
  'CURP',
  'Registration Number',
  'Registration ID',
  'Business Registration Number',
  'Business Registration Document #',
  'Business Number',
  'Tax ID No.',
  'Identification Number',
  'Matricula Mercantil No',
  'Folio Mercantil No.',
  'SWIFT/BIC',
  'D-U-N-S Number',
  'D.N.I.',
  'V.A.T. Number',
  'MMSI',
  'Vessel Registration Identification',
  'Company Number',
  'UK Company Number',
  'Trade License No.',
  'Commercial Registry Number',
  'SSN',
  'Personal ID Card',
  'Electoral Registry No.',
  'Credencial electoral',
  'C.R. No.',
  'Cartilla de Servicio Militar Nacional',
  'RTN',
  'BIK',
  'Residency Number',
  "Driver's License No.",
  'Legal Entity Number',
  'Unified Social Credit Code (USCC)',
  'Government Gazette Number',
  'US FEIN',
  'Chinese Commercial Code',
  'Italian Fiscal Code',
  'NIT #',
  'Public Security and Immigration No.',
  'Aircraft Tail Number',
  "Aircraft Manufacturer's Serial Number (MSN)",
  'Aircraft Manufacturer’s Serial Number (MSN)',
  'Website',
  'Email Address',
  'Telephone',
  'Phone Number',
  'Fax',
].sort((left, right) => right.length - left.length);

/** Labels whose value is never followed by an issuing country. */
const CONTACT_LABELS = new Set(['Website', 'Email Address', 'Telephone', 'Phone Number', 'Fax']);

/** Other labels that end in an id-like word are identifiers too ("Kenyan ID No. 123", "Seafarer's Card No. X"). */
const GENERIC_IDENTIFIER = /^([A-Za-z][A-Za-z .,'’/()-]{1,60}?(?:No\.|Number|ID|#|Code))\s+(.*\d.*)$/;

const PROPERTY_PREFIXES: [RegExp, string][] = [
  [/^Additional Sanctions Information -\s*/i, 'additionalSanctionsInformation'],
  [/^Secondary sanctions risk:\s*/i, 'secondarySanctionsRisk'],
  [/^Organization Established Date\s+/i, 'organizationEstablishedDate'],
  [/^Organization Type:\s*/i, 'organizationType'],
  [/^Aircraft Construction Number \(also called L\/N or S\/N or F\/N\)\s*/i, 'aircraftConstructionNumber'],
  [/^Aircraft Manufacture Date\s+/i, 'aircraftManufactureDate'],
  [/^Aircraft Model\s+/i, 'aircraftModel'],
  [/^Aircraft Operator\s+/i, 'aircraftOperator'],
  [/^Vessel Year of Build\s+/i, 'vesselYearOfBuild'],
  [/^Listing Date \(([^)]*)\):\s*/i, 'listingDate'],
  [/^Effective Date \(([^)]*)\):\s*/i, 'effectiveDate'],
];

export function emptyRemarkFacts(): OfacRemarkFacts {
  return {
    aliases: [],
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    registrationCountries: [],
    identifiers: [],
    gender: null,
    linkedTo: [],
    properties: {},
  };
}

/**
 * Extracts what OFAC's free-text remarks carry: weak a.k.a.s in quotes, dates and places of birth,
 * nationality, identity documents and registration numbers with their issuing country, websites,
 * e-mail, "Linked To:" names. The whole text stays in the entry's remarks as well.
 */
export function parseOfacRemarks(remarks: string): OfacRemarkFacts {
  const facts = emptyRemarkFacts();
  for (const rawPart of remarks.split(';')) {
    const part = withoutFinalPeriod(clean(rawPart).replace(/^alt\.\s+/i, ''));
    if (part.length > 0) {
      readPart(part, facts);
    }
  }
  return facts;
}

/** Drops a sentence's closing period, but not one that ends an abbreviation ("S.A.", "Inc."). */
function withoutFinalPeriod(text: string): string {
  if (
    !text.endsWith('.') ||
    /(?:^|[\s.])[A-Za-z]\.$/.test(text) ||
    /\b(?:Inc|Ltd|Co|Corp|Jr|Sr|Bros|Cia|No)\.$/i.test(text)
  ) {
    return text;
  }
  return text.slice(0, -1);
}

function readPart(part: string, facts: OfacRemarkFacts): void {
  const alias = /^([afn])\.k\.a\.,?\s+['‘’"]?(.+?)['‘’"]?$/i.exec(part);
  if (alias) {
    const type = alias[1].toLowerCase() === 'f' ? 'fka' : alias[1].toLowerCase() === 'n' ? 'nka' : 'aka';
    // OFAC's legacy CSV keeps its low-quality aliases in the remarks; the strong ones are in alt.csv.
    if (!facts.aliases.some((known) => known.name === alias[2])) {
      facts.aliases.push({ name: alias[2], quality: 'weak', type });
    }
    return;
  }
  const dateOfBirth = /^DOB\s+(.+)$/.exec(part);
  if (dateOfBirth) {
    for (const date of parseDateOfBirth(dateOfBirth[1])) {
      pushUnique(facts.birthDates, date);
    }
    return;
  }
  const placeOfBirth = /^POB\s+(.+)$/.exec(part);
  if (placeOfBirth) {
    pushUnique(facts.birthPlaces, placeOfBirth[1]);
    return;
  }
  const registration = /^Nationality of Registration\s+(.+)$/i.exec(part);
  if (registration) {
    // A vessel's or aircraft's state of registration: a country of the entry, not a nationality.
    addCountry(facts.registrationCountries, registration[1]);
    return;
  }
  const nationality = /^(?:nationality|citizen)\s+(.+)$/i.exec(part);
  if (nationality) {
    addCountry(facts.nationalities, nationality[1]);
    return;
  }
  const gender = /^Gender\s+(.+)$/.exec(part);
  if (gender) {
    facts.gender = gender[1].toLowerCase();
    return;
  }
  const linked = /^Linked To:\s*(.+)$/i.exec(part);
  if (linked) {
    pushUnique(facts.linkedTo, linked[1]);
    return;
  }
  const currency = /^Digital Currency Address - (\S+)\s+(\S+)$/.exec(part);
  if (currency) {
    facts.identifiers.push({ type: `Digital Currency Address - ${currency[1]}`, value: currency[2] });
    return;
  }
  for (const [pattern, key] of PROPERTY_PREFIXES) {
    const match = pattern.exec(part);
    if (match) {
      addProperty(facts.properties, key, part.slice(match[0].length));
      return;
    }
  }
  const label = IDENTIFIER_LABELS.find((candidate) => part.startsWith(`${candidate} `));
  if (label) {
    facts.identifiers.push(toIdentifier(label, part.slice(label.length + 1), !CONTACT_LABELS.has(label)));
    return;
  }
  const generic = GENERIC_IDENTIFIER.exec(part);
  if (generic) {
    facts.identifiers.push(toIdentifier(generic[1], generic[2], true));
  }
}

function toIdentifier(type: string, rest: string, mayHaveCountry: boolean): WatchlistIdentifier {
  let value = rest.trim();
  const identifier: WatchlistIdentifier = { type, value };
  if (mayHaveCountry) {
    // "AL720622 (Colombia)", "172489729-1 (Ecuador)", "181301-1 Cali (Colombia)", "X (Iran) expires 2020".
    const withCountry = /^(.*?)\s*\(([^()]+)\)(.*)$/.exec(value);
    if (withCountry && countryCode(withCountry[2]) !== null) {
      value = withCountry[1].trim();
      identifier.country = countryCode(withCountry[2]);
      identifier.countryRaw = withCountry[2].trim();
      const note = clean(withCountry[3]);
      if (note.length > 0) {
        identifier.note = note;
      }
    }
  }
  identifier.value = value;
  return identifier;
}

/** "13 May 1965", "1962", "circa 1960", "1960 to 1962", "Mar 1963", "circa 01 Jan 1960". */
export function parseDateOfBirth(text: string): string[] {
  const plain = text.replace(/^circa\s+/i, '').trim();
  const range = /^(\d{4})\s+to\s+(\d{4})$/.exec(plain);
  if (range) {
    return yearRange(Number(range[1]), Number(range[2]));
  }
  const date = toIsoDate(plain);
  return date ? [date] : [];
}
