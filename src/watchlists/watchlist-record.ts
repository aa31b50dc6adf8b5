/**
 * The one normalised shape every watchlist parser produces, whatever the source format.
 *
 * A parser yields a stream of {@link WatchlistParseEvent}s: first one `metadata` event (the list, the
 * files, the issue date the file carries), then entries, relationships, listings, identifiers and
 * addresses in file order, interleaved with `rejected` rows (bad input, with line or record number)
 * and `skipped` records (valid input this project does not import), and last one `end` event with
 * the counts. The importer upserts entries in batches, so nothing here needs the whole file in memory.
 */
import type { EntityLabel, OrganisationKind, RelationshipType } from '../common/graph-model';
import type { CountryMention } from '../common/country-codes';

export const WATCHLIST_FORMATS = [
  'ofac-sdn',
  'ofac-cons',
  'un-xml',
  'csl-csv',
  'bis-dpl',
  'ftm',
  'ftm-delta',
  'csv',
  'uk-sanctions',
  'uk-sanctions-jsonl',
  'ca-nro',
  'jp-meti-eul',
] as const;
export type WatchlistFormat = (typeof WATCHLIST_FORMATS)[number];

/** FollowTheMoney schema names for list entries ("things"). */
export const WATCHLIST_SCHEMAS = [
  'Person',
  'Organization',
  'Company',
  'LegalEntity',
  'PublicBody',
  'Vessel',
  'Aircraft',
  'Airplane',
  'Vehicle',
  'CryptoWallet',
  'Security',
] as const;
export type WatchlistSchema = (typeof WATCHLIST_SCHEMAS)[number];

export type AliasQuality = 'strong' | 'weak';
/** aka: also known as; fka: formerly known as; nka: now known as; original-script: the name in its own script. */
export type AliasType = 'aka' | 'fka' | 'nka' | 'original-script';

export interface WatchlistAlias {
  name: string;
  quality: AliasQuality;
  type: AliasType;
  /** A note the list gives with the alias ("Call sign", "When he was part of APR."). */
  note?: string;
}

/** A country as a list states it: the code it maps to and the text as given. */
export type WatchlistCountry = CountryMention;

export interface WatchlistIdentifier {
  /** As the list names it: "Passport", "National ID No.", "Website", "Registration Number", "innCode"… */
  type: string;
  value: string;
  /** ISO 3166-1 alpha-2, lower case, when the list says which country issued it. */
  country?: string | null;
  countryRaw?: string;
  note?: string;
}

export interface WatchlistAddress {
  full: string;
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  country?: WatchlistCountry;
  note?: string;
}

/** Where a record came from in its file: for messages, rejected-row reports and provenance. */
export interface WatchlistPosition {
  /** File name (base name, never a full path of the importing machine). */
  file: string;
  /** 1-based line the record starts on, when the format is line-based. */
  line: number | null;
  /** 1-based number of the record within the file (header rows not counted). */
  record: number;
}

/** FollowTheMoney delta operation; absent on full-list formats. */
export type DeltaOp = 'ADD' | 'MOD' | 'DEL';

/** One list entry: becomes an `:Entity` with `LISTED_ON` its `:Watchlist`. */
export interface WatchlistEntry {
  listId: string;
  /** The id within its list: OFAC ent_num, UN DATAID, CSL id, FtM id, … Stable across versions of the list. */
  entryId: string;
  schema: WatchlistSchema;
  name: string;
  aliases: WatchlistAlias[];
  countries: WatchlistCountry[];
  nationalities: WatchlistCountry[];
  identifiers: WatchlistIdentifier[];
  /** ISO 8601 dates, possibly partial: "1965-05-13", "1963-03", "1971". A year range is expanded to its years. */
  birthDates: string[];
  birthPlaces: string[];
  addresses: WatchlistAddress[];
  programmes: string[];
  /** ISO date the entry was listed, when the list gives it. */
  listedFrom: string | null;
  remarks: string[];
  /** Titles, designations and positions ("Director, Banco Nacional de Cuba"). */
  positions: string[];
  gender: string | null;
  /** Names of related entries as the list gives them, unresolved (OFAC "Linked To: …"). */
  linkedTo: string[];
  /** FtM datasets the entity belongs to; empty for other formats. */
  datasets: string[];
  sourceUrl?: string;
  /** Further source fields kept verbatim (vessel flag, tonnage, UN list type, CSL licence policy, …). */
  properties: Record<string, string[]>;
  position: WatchlistPosition;
}

/** The FtM schemata that become relationships, and the relationship type each becomes. */
export const FTM_RELATIONSHIP_TYPES = {
  Ownership: 'OWNED_BY',
  Directorship: 'DIRECTOR_OF',
  Membership: 'MEMBER_OF',
  Employment: 'EMPLOYED_BY',
  Family: 'FAMILY_OF',
  Associate: 'ASSOCIATE_OF',
  UnknownLink: 'AFFILIATED_WITH',
  Payment: 'FUNDED_BY',
  Succession: 'SUCCESSOR_OF',
} as const satisfies Record<string, RelationshipType>;
export type FtmRelationshipSchema = keyof typeof FTM_RELATIONSHIP_TYPES;

/**
 * Structural links stated by lists that are not FtM: a UK entity's parent company or subsidiaries
 * (SUBSIDIARY_OF), a subordinate unit that Canada's Named Research Organizations names among a body's
 * aliases (PART_OF).
 */
export const STRUCTURAL_RELATIONSHIP_TYPES = {
  Subsidiary: 'SUBSIDIARY_OF',
  Unit: 'PART_OF',
} as const satisfies Record<string, RelationshipType>;
export type StructuralRelationshipSchema = keyof typeof STRUCTURAL_RELATIONSHIP_TYPES;

export type WatchlistRelationshipType =
  | (typeof FTM_RELATIONSHIP_TYPES)[FtmRelationshipSchema]
  | (typeof STRUCTURAL_RELATIONSHIP_TYPES)[StructuralRelationshipSchema];

/**
 * Every relationship type a list can write. Relationship indexes are per type, so each has its own
 * indexes for the version sweeps (cypher/migrations/V006, V009) and the sweeps run once per type.
 */
export const LIST_RELATIONSHIP_TYPES: readonly WatchlistRelationshipType[] = [
  ...new Set([...Object.values(FTM_RELATIONSHIP_TYPES), ...Object.values(STRUCTURAL_RELATIONSHIP_TYPES)]),
];

/**
 * A list-borne link between two entries, directed from the subject to what it depends on
 * (DESIGN.md): the owned company OWNED_BY its owner, the director DIRECTOR_OF the company,
 * the member MEMBER_OF the organisation, the employee EMPLOYED_BY the employer, the beneficiary
 * FUNDED_BY the payer, the successor SUCCESSOR_OF its predecessor.
 */
export interface WatchlistRelationship {
  listId: string;
  /** The id of the relationship record in its list (FtM id). */
  relationshipId: string;
  type: WatchlistRelationshipType;
  sourceSchema: FtmRelationshipSchema | StructuralRelationshipSchema;
  fromEntryId: string;
  toEntryId: string;
  role: string | null;
  startDate: string | null;
  endDate: string | null;
  /** Ownership share as a fraction in [0, 1] ("51" → 0.51); for a range it is null and shareMin/shareMax hold it. */
  share: number | null;
  shareMin: number | null;
  shareMax: number | null;
  /** Payment amount and currency (FtM `amount`/`currency`, or `amountEur`). */
  amount: number | null;
  currency: string | null;
  datasets: string[];
  properties: Record<string, string[]>;
  position: WatchlistPosition;
}

/** Listing details of one entry (FtM Sanction): becomes properties of its `LISTED_ON`. */
export interface WatchlistListing {
  listId: string;
  /** The id of the listing record (FtM Sanction id). */
  listingId: string;
  entryId: string;
  programme: string | null;
  programmeId: string | null;
  authority: string | null;
  authorityId: string | null;
  listingDate: string | null;
  startDate: string | null;
  endDate: string | null;
  reason: string | null;
  provisions: string[];
  status: string | null;
  country: WatchlistCountry[];
  sourceUrl: string | null;
  datasets: string[];
  position: WatchlistPosition;
}

/** An identity document recorded apart from its holder (FtM Passport / Identification). */
export interface WatchlistIdentifierRecord {
  listId: string;
  recordId: string;
  entryId: string;
  identifier: WatchlistIdentifier;
  position: WatchlistPosition;
}

/**
 * A postal address recorded as its own record (FtM Address). Entries refer to it by id in
 * `properties.addressEntity`; it may come before or after them in the file.
 */
export interface WatchlistAddressRecord {
  listId: string;
  addressId: string;
  address: WatchlistAddress;
  position: WatchlistPosition;
}

export interface WatchlistFileMetadata {
  format: WatchlistFormat;
  listId: string;
  /** Base names of the files read, main file first. */
  files: string[];
  /**
   * The issue or generation date the file itself carries (UN dateGenerated, UK Report Date, the CA
   * page's dcterms.date, the date in METI's file name, FtM delta version time), ISO; null when none.
   */
  issuedAt: string | null;
  /** A version label the file carries (FtM delta version "20240527194702-wnk"). */
  version: string | null;
  /** Things the importer should know but that do not stop the import (a missing OFAC side file). */
  warnings: string[];
}

export interface WatchlistParseCounts {
  entries: number;
  relationships: number;
  listings: number;
  identifiers: number;
  addresses: number;
  deletions: number;
  rejected: number;
  skipped: number;
}

export type WatchlistParseEvent =
  | { kind: 'metadata'; metadata: WatchlistFileMetadata }
  | { kind: 'entry'; entry: WatchlistEntry; op?: DeltaOp }
  | { kind: 'relationship'; relationship: WatchlistRelationship; op?: DeltaOp }
  | { kind: 'listing'; listing: WatchlistListing; op?: DeltaOp }
  | { kind: 'identifier'; identifier: WatchlistIdentifierRecord; op?: DeltaOp }
  | { kind: 'address'; address: WatchlistAddressRecord; op?: DeltaOp }
  /** FtM delta DEL: only the id is known; it may be an entry, a relationship, a listing, … */
  | { kind: 'deletion'; id: string; op: 'DEL'; position: WatchlistPosition }
  | { kind: 'rejected'; rejection: WatchlistRejection }
  | { kind: 'skipped'; id: string | null; schema: string | null; reason: string; position: WatchlistPosition }
  | { kind: 'end'; counts: WatchlistParseCounts };

export type WatchlistParseEventKind = WatchlistParseEvent['kind'];

/** A bad row or record: the importer skips and counts it, or aborts in strict mode. */
export interface WatchlistRejection {
  file: string;
  line: number | null;
  record: number | null;
  /** One of the WATCHLIST_* codes of watchlists.errors.ts. */
  code: string;
  reason: string;
}

/** The graph label and organisation kind a list entry of this schema becomes. */
/**
 * The schema of a US government list's type column (OFAC's SDN type, the CSL `type`): "individual",
 * "vessel", "aircraft", else an entity of unsaid kind, which FollowTheMoney's LegalEntity names.
 */
export function schemaOfUsListType(type: string): WatchlistSchema {
  switch (type.trim().toLowerCase()) {
    case 'individual':
      return 'Person';
    case 'vessel':
      return 'Vessel';
    case 'aircraft':
      return 'Aircraft';
    default:
      return 'LegalEntity';
  }
}

export function graphLabelForSchema(schema: WatchlistSchema): { label: EntityLabel; kind: OrganisationKind | null } {
  switch (schema) {
    case 'Person':
      return { label: 'Person', kind: null };
    case 'Company':
      return { label: 'Organisation', kind: 'Company' };
    case 'PublicBody':
      return { label: 'Organisation', kind: 'GovernmentBody' };
    case 'Organization':
    case 'LegalEntity':
    case 'Vessel':
    case 'Aircraft':
    case 'Airplane':
    case 'Vehicle':
    case 'CryptoWallet':
    case 'Security':
      return { label: 'Organisation', kind: 'Other' };
  }
}

/** The distinct ISO codes of an entry's countries and nationalities. */
export function countryCodesOf(entry: Pick<WatchlistEntry, 'countries' | 'nationalities'>): string[] {
  const codes = new Set<string>();
  for (const country of [...entry.countries, ...entry.nationalities]) {
    if (country.code) {
      codes.add(country.code);
    }
  }
  return [...codes];
}

/**
 * Since rules 1.145.0: the towns of an entry's structured addresses (the city field of OFAC's address file, the UN's
 * CITY, the BIS Denied Persons List's City), as the graph's `city` property, which the screening index
 * carries as the entry's towns (`IndexEntry.towns`) as it does a registry body's (rules 1.141.0). A list that keeps
 * an address as one text (the CSL, the UK list's address lines) gives none, and an FtM list's Address entities reach
 * their entries after the parse (not yet carried): a town parsed out of free text is not one.
 * OFAC writes city, state and postal code in one field ("Tijuana, Baja California CP 22400", "Moscow 117420"): the
 * text before its first comma, cut before its first word with a digit, is the town.
 */
export function addressTownsOf(entry: Pick<WatchlistEntry, 'addresses'>): string[] {
  const towns = new Set<string>();
  for (const address of entry.addresses) {
    const town = address.city ? townOfCityField(address.city) : '';
    if (town.length > 0) {
      towns.add(town);
    }
  }
  return [...towns];
}

function townOfCityField(city: string): string {
  const words = (city.split(',')[0] ?? '').trim().split(/\s+/u);
  const numbered = words.findIndex((word) => /\d/u.test(word));
  const kept = (numbered < 0 ? words : words.slice(0, numbered)).join(' ').trim();
  // A town has a letter; "-0-" and the like are a list's empty values.
  return /\p{L}{2}/u.test(kept) ? kept : '';
}

/** A relationship a list states with no dates, shares, amount, datasets or properties: the link and its role. */
export function bareRelationship(
  link: Pick<
    WatchlistRelationship,
    'listId' | 'relationshipId' | 'type' | 'sourceSchema' | 'fromEntryId' | 'toEntryId' | 'role' | 'position'
  >,
): WatchlistRelationship {
  return {
    listId: link.listId,
    relationshipId: link.relationshipId,
    type: link.type,
    sourceSchema: link.sourceSchema,
    fromEntryId: link.fromEntryId,
    toEntryId: link.toEntryId,
    role: link.role,
    startDate: null,
    endDate: null,
    share: null,
    shareMin: null,
    shareMax: null,
    amount: null,
    currency: null,
    datasets: [],
    properties: {},
    position: link.position,
  };
}

export function emptyEntry(
  listId: string,
  entryId: string,
  schema: WatchlistSchema,
  name: string,
  position: WatchlistPosition,
): WatchlistEntry {
  return {
    listId,
    entryId,
    schema,
    name,
    aliases: [],
    countries: [],
    nationalities: [],
    identifiers: [],
    birthDates: [],
    birthPlaces: [],
    addresses: [],
    programmes: [],
    listedFrom: null,
    remarks: [],
    positions: [],
    gender: null,
    linkedTo: [],
    datasets: [],
    properties: {},
    position,
  };
}
