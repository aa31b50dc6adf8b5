import { distance } from 'fastest-levenshtein';
import { stringList } from '../common/collections';
import { refusedCharacterReason } from '../common/control-characters';
import { countryOfInput } from '../matching/country-input';
import type { ScreeningInput } from '../screening/dto/screening.input';
import { readDetails } from '../watchlists/watchlist-entity';
import { YenteQueryError } from './yente.errors';

/**
 * FollowTheMoney property names a query example may carry and what screening does with each.
 * Names and aliases are matched, countries, birth dates and identifiers are scoring features.
 */
const NAME_PROPERTIES = ['name', 'alias', 'previousName', 'weakAlias'];
const NAME_PART_PROPERTIES = ['firstName', 'secondName', 'middleName', 'fatherName', 'lastName'];
const COUNTRY_PROPERTIES = [
  'country',
  'nationality',
  'citizenship',
  'jurisdiction',
  'mainCountry',
  'registrationCountry',
  'birthCountry',
  'flag',
];
const BIRTH_DATE_PROPERTIES = ['birthDate'];
const IDENTIFIER_PROPERTIES = [
  'idNumber',
  'registrationNumber',
  'taxNumber',
  'passportNumber',
  'socialSecurityNumber',
  'leiCode',
  'innCode',
  'ogrnCode',
  'okpoCode',
  'vatCode',
  'swiftBic',
  'imoNumber',
  'mmsi',
  'dunsCode',
  'uniqueEntityId',
  'npiCode',
  'permId',
  'cageCode',
  'bikCode',
  'kppCode',
  'isinCode',
  'ricCode',
  'ticker',
  'wikidataId',
  'icaoCode',
  'serialNumber',
  'callSign',
];
/** FollowTheMoney properties yente accepts that partner-graph's matcher does not use: accepted, not scored. */
const IGNORED_PROPERTIES = [
  'address',
  'addressEntity',
  'gender',
  'position',
  'title',
  'nameSuffix',
  'motherName',
  'birthPlace',
  'deathDate',
  'ethnicity',
  'religion',
  'political',
  'education',
  'email',
  'phone',
  'website',
  'legalForm',
  'incorporationDate',
  'dissolutionDate',
  'status',
  'sector',
  'classification',
  'summary',
  'description',
  'notes',
  'keywords',
  'topics',
  'program',
  'programId',
  'sourceUrl',
  'publisher',
  'publisherUrl',
  'wikipediaUrl',
  'createdAt',
  'modifiedAt',
  'retrievedAt',
  'buildDate',
  'registrationDate',
  'tonnage',
  'grossRegisteredTonnage',
  'model',
  'manufacturer',
  'type',
];

const USED_PROPERTIES = [
  ...NAME_PROPERTIES,
  ...NAME_PART_PROPERTIES,
  ...COUNTRY_PROPERTIES,
  ...BIRTH_DATE_PROPERTIES,
  ...IDENTIFIER_PROPERTIES,
];
export const KNOWN_QUERY_PROPERTIES: readonly string[] = [...USED_PROPERTIES, ...IGNORED_PROPERTIES];
const KNOWN = new Set(KNOWN_QUERY_PROPERTIES);

/** Misspellings too far for the edit distance, and partner-graph's own REST names, mapped to FtM. */
const SYNONYMS: Record<string, string> = {
  dateofbirth: 'birthDate',
  dob: 'birthDate',
  birthdates: 'birthDate',
  aliases: 'alias',
  countries: 'country',
  identifiers: 'idNumber',
  identifier: 'idNumber',
  names: 'name',
  lei: 'leiCode',
  imo: 'imoNumber',
  passport: 'passportNumber',
};

const MAX_VALUES_PER_PROPERTY = 20;
const DATE_PREFIX = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)/;

/** A query entity as yente takes it (`EntityExample`). */
export interface EntityExample {
  id?: string | null;
  schema: string;
  properties: Record<string, string[]>;
}

/** The known property closest to an unknown one, when it is close enough to be a slip. */
export function suggestProperty(unknown: string): string | null {
  const lower = unknown.toLowerCase();
  if (SYNONYMS[lower]) {
    return SYNONYMS[lower];
  }
  let best: { name: string; distance: number } | null = null;
  for (const known of KNOWN_QUERY_PROPERTIES) {
    const candidate = distance(lower, known.toLowerCase());
    if (best === null || candidate < best.distance) {
      best = { name: known, distance: candidate };
    }
  }
  return best !== null && best.distance <= Math.max(2, Math.floor(unknown.length / 4)) ? best.name : null;
}

/** A property's values as a list of non-empty strings; yente accepts a single string for a one-value list. */
function valuesOf(value: unknown, field: string): string[] {
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  if (list.length > MAX_VALUES_PER_PROPERTY) {
    throw new YenteQueryError(field, `at most ${MAX_VALUES_PER_PROPERTY} values`);
  }
  return list.flatMap((item, position) => {
    if (item === null || item === undefined) {
      return [];
    }
    if (typeof item !== 'string' && typeof item !== 'number') {
      throw new YenteQueryError(`${field}[${position}]`, 'must be text');
    }
    // Since rules 1.226.0 every property value as every route refuses such text (`refusedCharacterReason`), named
    // by its property: a country or an unused property with a control character was dropped or taken silently.
    const refused = typeof item === 'string' ? refusedCharacterReason(item) : null;
    if (refused !== null) {
      throw new YenteQueryError(`${field}[${position}]`, refused);
    }
    const text = String(item).trim();
    return text.length > 0 ? [text] : [];
  });
}

/** The query example with every property as a clean list of values (what yente echoes as `query`). */
export function normaliseExample(example: unknown, field: string): EntityExample {
  if (example === null || typeof example !== 'object' || Array.isArray(example)) {
    throw new YenteQueryError(field, 'must be an object with "schema" and "properties"');
  }
  const raw = example as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!['id', 'schema', 'properties'].includes(key)) {
      throw new YenteQueryError(`${field}.${key}`, 'unknown field; a query has id, schema and properties');
    }
  }
  if (typeof raw.schema !== 'string' || raw.schema.trim() === '') {
    throw new YenteQueryError(`${field}.schema`, 'is required (Person, Organization, Company, LegalEntity, …)');
  }
  const rawProperties = raw.properties ?? {};
  if (rawProperties === null || typeof rawProperties !== 'object' || Array.isArray(rawProperties)) {
    throw new YenteQueryError(`${field}.properties`, 'must be an object of property name to values');
  }
  const properties: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(rawProperties as Record<string, unknown>)) {
    if (!KNOWN.has(name)) {
      const suggestion = suggestProperty(name);
      throw new YenteQueryError(
        `${field}.properties.${name}`,
        `unknown property "${name}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      );
    }
    const values = valuesOf(value, `${field}.properties.${name}`);
    if (values.length > 0) {
      properties[name] = values;
    }
  }
  return {
    id: typeof raw.id === 'string' ? raw.id : null,
    schema: raw.schema.trim(),
    properties,
  };
}

function collect(properties: Record<string, string[]>, names: string[]): string[] {
  return [...new Set(names.flatMap((name) => properties[name] ?? []))];
}

/** Turns a checked query example into partner-graph's screening input. */
export function toScreeningInput(
  example: EntityExample,
  field: string,
  options: { limit: number; threshold: number; lists: string[] },
): ScreeningInput {
  const { properties } = example;
  let names = collect(properties, NAME_PROPERTIES);
  if (names.length === 0) {
    const parts = NAME_PART_PROPERTIES.map((name) => properties[name]?.[0]).filter((part) => part !== undefined);
    if (parts.length > 0) {
      names = [parts.join(' ')];
    }
  }
  if (names.length === 0) {
    throw new YenteQueryError(`${field}.properties.name`, 'a query needs a name (or firstName and lastName)');
  }
  const birthDates = collect(properties, BIRTH_DATE_PROPERTIES).map((value, position) => {
    const match = DATE_PREFIX.exec(value);
    if (!match) {
      throw new YenteQueryError(`${field}.properties.birthDate[${position}]`, `"${value}" is not a date`);
    }
    return match[1];
  });
  return {
    name: names[0],
    aliases: names.slice(1),
    schema: example.schema,
    // FollowTheMoney drops values that are not countries ("zz", "EU"); so does yente, so do we.
    country: collect(properties, COUNTRY_PROPERTIES).filter((value) => countryOfInput(value) !== null),
    dateOfBirth: birthDates,
    identifiers: collect(properties, IDENTIFIER_PROPERTIES),
    limit: options.limit,
    threshold: options.threshold,
    lists: options.lists,
    pathRisks: false,
  };
}

/** An entity as yente answers it (`EntityResponse`). */
export interface FtmEntity {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, Array<string | FtmEntity>>;
  datasets: string[];
  referents: string[];
  target: boolean;
  first_seen: string | null;
  last_seen: string | null;
  last_change: string | null;
}

export interface EntityRow {
  entity: Record<string, unknown>;
  /** Each listing, `active` when its list's active version holds it (decided in the query, by the shared fragment). */
  listings: Array<{ listId: string; active: boolean; listing: Record<string, unknown> }>;
}

/** Risk categories as FollowTheMoney topics (OpenSanctions' topic vocabulary). */
const TOPIC_BY_CATEGORY: Record<string, string> = {
  military: 'mil',
  'defence-industry': 'mil',
  'state-security': 'gov.security',
  state: 'gov.national',
  sanctioned: 'sanction',
  'export-control': 'export.control',
};

const GRAPH_LABELS = ['Organisation', 'Military', 'SecurityService', 'State', 'Person'];

/** The FollowTheMoney schema of a graph node: its own for list entries, from the label and kind otherwise. */
export function schemaOf(entity: Record<string, unknown>): string {
  if (typeof entity.schema === 'string' && entity.schema.length > 0) {
    return entity.schema;
  }
  const labels = stringList(entity.labels);
  const label = labels.find((candidate) => GRAPH_LABELS.includes(candidate)) ?? 'Organisation';
  if (label === 'Person') {
    return 'Person';
  }
  if (label === 'Military' || label === 'SecurityService' || label === 'State' || entity.kind === 'GovernmentBody') {
    return 'PublicBody';
  }
  if (entity.kind === 'Company' || entity.kind === 'StateOwnedEnterprise') {
    return 'Company';
  }
  return 'Organization';
}

function isoText(value: unknown): string | null {
  // Neo4j temporal values arrive as text (neo4j-values.ts converts them at the boundary).
  if (typeof value !== 'string') {
    return null;
  }
  const text = value;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 19);
}

/** A graph node with its listings as a FollowTheMoney entity, the way yente answers it. */
export function toFtmEntity(row: EntityRow): FtmEntity {
  const { entity } = row;
  const details = readDetails(entity);
  const schema = schemaOf(entity);
  const person = schema === 'Person';
  const active = row.listings.filter((listing) => listing.active === true);
  const properties: Record<string, string[]> = {};
  const put = (name: string, values: unknown): void => {
    // A property the record lacks is left out, never written as the text "undefined" or "null".
    const present = Array.isArray(values) ? values.filter((value) => value !== null && value !== undefined) : values;
    const list = [...new Set(stringList(present).filter((value) => value.length > 0))];
    if (list.length > 0) {
      properties[name] = [...(properties[name] ?? []), ...list.filter((value) => !properties[name]?.includes(value))];
    }
  };
  put('name', [entity.name]);
  put('alias', entity.aliases ?? details.aliases);
  put('weakAlias', details.weakAliases);
  put('country', entity.country ?? details.country);
  if (person) {
    put('nationality', entity.nationality ?? details.nationality);
    put('birthDate', entity.birthDates ?? details.birthDates);
    put('birthPlace', details.birthPlaces);
    put('position', details.positions);
    put('gender', [details.gender]);
  }
  put(person ? 'idNumber' : 'registrationNumber', details.identifiers);
  put('address', details.addresses);
  put('notes', details.remarks);
  put('leiCode', [entity.lei]);
  put('wikidataId', [entity.wikidata]);
  put('sourceUrl', [details.sourceUrl]);
  put(
    'program',
    active.flatMap((listing) => stringList(listing.listing.program)),
  );
  const categories = stringList(entity.riskCategories);
  const topics = categories.flatMap((category) => TOPIC_BY_CATEGORY[category] ?? []);
  if (active.length > 0) {
    topics.push('sanction');
  }
  put('topics', topics);
  const listedFrom = active
    .map((listing) => listing.listing.listedFrom)
    .filter((value): value is string => typeof value === 'string');
  const recorded = isoText(entity.recordedAt);
  const firstListed = listedFrom.length > 0 ? isoText([...listedFrom].sort()[0]) : null;
  return {
    id: String(entity.id),
    caption: String(entity.name ?? entity.id),
    schema,
    properties,
    datasets: [...new Set(active.map((listing) => listing.listId))].sort(),
    referents: [],
    target: active.length > 0 || categories.length > 0,
    first_seen: firstListed ?? recorded,
    last_seen: recorded,
    last_change: recorded,
  };
}
