import {
  emptyEntry,
  FTM_RELATIONSHIP_TYPES,
  WATCHLIST_SCHEMAS,
  type DeltaOp,
  type FtmRelationshipSchema,
  type WatchlistAddress,
  type WatchlistEntry,
  type WatchlistParseEvent,
  type WatchlistPosition,
  type WatchlistSchema,
} from '../watchlist-record';
import { addCountry, toCountry } from '../../common/country-codes';
import { addProperty, addressWithParts, clean, pushUnique, toIsoDate } from './watchlist-parser';
import { rejectedEvent } from './parse-event';

/** A FollowTheMoney entity as exported by OpenSanctions (one JSON object a line). */
export interface FtmEntity {
  id: string;
  schema: string;
  caption?: string;
  properties: Record<string, string[]>;
  datasets: string[];
  referents: string[];
  first_seen?: string;
  last_seen?: string;
  last_change?: string;
  target?: boolean;
}

/** Endpoints of each relationship schema: [subject property, object property], subject → object. */
const RELATIONSHIP_ENDPOINTS: Record<FtmRelationshipSchema, [string, string]> = {
  // The owned asset depends on its owner.
  Ownership: ['asset', 'owner'],
  Directorship: ['director', 'organization'],
  Membership: ['member', 'organization'],
  Employment: ['employee', 'employer'],
  Family: ['person', 'relative'],
  Associate: ['person', 'associate'],
  UnknownLink: ['subject', 'object'],
  // The beneficiary depends on (is funded by) the payer.
  Payment: ['beneficiary', 'payer'],
  Succession: ['successor', 'predecessor'],
};

const ROLE_PROPERTIES = ['role', 'relationship'];

/** FtM properties that are identifiers, with the type name to give them. */
const IDENTIFIER_PROPERTIES: Record<string, string> = {
  registrationNumber: 'Registration Number',
  idNumber: 'ID Number',
  passportNumber: 'Passport',
  taxNumber: 'Tax Number',
  innCode: 'INN',
  ogrnCode: 'OGRN',
  kppCode: 'KPP',
  okpoCode: 'OKPO',
  vatCode: 'VAT',
  leiCode: 'LEI',
  permId: 'PermID',
  uniqueEntityId: 'SAM Unique Entity ID',
  dunsCode: 'D-U-N-S Number',
  swiftBic: 'SWIFT/BIC',
  bikCode: 'BIK',
  imoNumber: 'IMO',
  mmsi: 'MMSI',
  callSign: 'Call Sign',
  registrationCode: 'Registration Code',
  icijId: 'ICIJ ID',
  wikidataId: 'Wikidata',
  website: 'Website',
  email: 'Email Address',
  phone: 'Phone Number',
  publicKey: 'Public Key',
};

/** Properties mapped onto the record's own fields, so not copied to `properties`. */
const MAPPED_PROPERTIES = new Set([
  'name',
  'alias',
  'weakAlias',
  'previousName',
  'abbreviation',
  'country',
  'jurisdiction',
  'nationality',
  'citizenship',
  'birthDate',
  'birthPlace',
  'address',
  'programId',
  'createdAt',
  'notes',
  'summary',
  'position',
  'gender',
  'sourceUrl',
  ...Object.keys(IDENTIFIER_PROPERTIES),
]);

const THING_SCHEMAS = new Set<string>(WATCHLIST_SCHEMAS);

function strings(value: unknown): string[] {
  if (Array.isArray(value)) {
    return value
      .filter((item): item is string | number => typeof item === 'string' || typeof item === 'number')
      .map(String);
  }
  return typeof value === 'string' || typeof value === 'number' ? [String(value)] : [];
}

/** Checks the shape of a parsed JSON line; returns the entity or the reason it is not one. */
export function toFtmEntity(value: unknown): FtmEntity | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'the line is not a JSON object';
  }
  const object = value as Record<string, unknown>;
  if (typeof object.id !== 'string' || object.id.length === 0) {
    return 'the entity has no "id"';
  }
  if (typeof object.schema !== 'string' || object.schema.length === 0) {
    return `entity ${object.id} has no "schema"`;
  }
  const rawProperties = object.properties ?? {};
  if (typeof rawProperties !== 'object' || rawProperties === null || Array.isArray(rawProperties)) {
    return `entity ${object.id} has "properties" that are not an object`;
  }
  const properties: Record<string, string[]> = {};
  for (const [key, item] of Object.entries(rawProperties)) {
    const values = strings(item);
    if (values.length > 0) {
      properties[key] = values;
    }
  }
  return {
    id: object.id,
    schema: object.schema,
    caption: typeof object.caption === 'string' ? object.caption : undefined,
    properties,
    datasets: strings(object.datasets),
    referents: strings(object.referents),
    first_seen: typeof object.first_seen === 'string' ? object.first_seen : undefined,
    last_seen: typeof object.last_seen === 'string' ? object.last_seen : undefined,
    last_change: typeof object.last_change === 'string' ? object.last_change : undefined,
    target: typeof object.target === 'boolean' ? object.target : undefined,
  };
}

function first(entity: FtmEntity, property: string): string | null {
  const value = clean(entity.properties[property]?.[0]);
  return value.length > 0 ? value : null;
}

function all(entity: FtmEntity, property: string): string[] {
  return (entity.properties[property] ?? []).map((value) => clean(value)).filter((value) => value.length > 0);
}

function isoOrRaw(value: string | null): string | null {
  return value === null ? null : (toIsoDate(value) ?? value);
}

/**
 * Ownership percentage as a fraction: "51" → 0.51, "12.5%" → 0.125, "25-50%" → range 0.25–0.5,
 * ">50%" → at least 0.5. FtM writes percentages as 0–100.
 */
export function parseShare(raw: string | null): {
  share: number | null;
  shareMin: number | null;
  shareMax: number | null;
} {
  const none = { share: null, shareMin: null, shareMax: null };
  if (!raw) {
    return none;
  }
  const text = raw.replace(/\s+/g, '').replace(',', '.').replace(/%$/, '');
  const toFraction = (value: string): number | null => {
    const number = Number(value.replace(/%$/, ''));
    return Number.isFinite(number) && number >= 0 && number <= 100 ? Math.round(number * 1e6) / 1e8 : null;
  };
  const range = /^(\d+(?:\.\d+)?)%?(?:-|–|to)(\d+(?:\.\d+)?)$/.exec(text);
  if (range) {
    const shareMin = toFraction(range[1]);
    const shareMax = toFraction(range[2]);
    return shareMin !== null && shareMax !== null && shareMin <= shareMax ? { share: null, shareMin, shareMax } : none;
  }
  const bound = /^(>|>=|<|<=)(\d+(?:\.\d+)?)$/.exec(text);
  if (bound) {
    const limit = toFraction(bound[2]);
    if (limit === null) {
      return none;
    }
    return bound[1].startsWith('>')
      ? { share: null, shareMin: limit, shareMax: 1 }
      : { share: null, shareMin: 0, shareMax: limit };
  }
  const share = toFraction(text);
  return share === null ? none : { share, shareMin: null, shareMax: null };
}

function withOp(event: WatchlistParseEvent, op: DeltaOp): WatchlistParseEvent {
  switch (event.kind) {
    case 'entry':
    case 'relationship':
    case 'listing':
    case 'identifier':
    case 'address':
      return { ...event, op };
    default:
      return event;
  }
}

/** The events one FtM entity becomes: an entry, relationships, a listing, an identifier, an address, or a skip. */
export function ftmEntityEvents(
  entity: FtmEntity,
  listId: string,
  position: WatchlistPosition,
  op?: DeltaOp,
): WatchlistParseEvent[] {
  const events = eventsFor(entity, listId, position);
  return op ? events.map((event) => withOp(event, op)) : events;
}

function eventsFor(entity: FtmEntity, listId: string, position: WatchlistPosition): WatchlistParseEvent[] {
  if (THING_SCHEMAS.has(entity.schema)) {
    const entry = toEntry(entity, listId, position);
    return entry
      ? [{ kind: 'entry', entry }]
      : [rejectedEvent(position, 'WATCHLIST_RECORD_INVALID', `${entity.schema} ${entity.id} has no name`)];
  }
  if (entity.schema in FTM_RELATIONSHIP_TYPES) {
    return toRelationships(entity, entity.schema as FtmRelationshipSchema, listId, position);
  }
  switch (entity.schema) {
    case 'Sanction':
      return toListings(entity, listId, position);
    case 'Passport':
    case 'Identification':
      return toIdentifiers(entity, listId, position);
    case 'Address':
      return [{ kind: 'address', address: { listId, addressId: entity.id, address: toAddress(entity), position } }];
    default:
      return [
        {
          kind: 'skipped',
          id: entity.id,
          schema: entity.schema,
          reason: `schema ${entity.schema} is not imported`,
          position,
        },
      ];
  }
}

function toEntry(entity: FtmEntity, listId: string, position: WatchlistPosition): WatchlistEntry | null {
  const names = all(entity, 'name');
  const name = names[0] ?? clean(entity.caption);
  if (!name) {
    return null;
  }
  const entry = emptyEntry(listId, entity.id, entity.schema as WatchlistSchema, name, position);
  const addAlias = (aliasName: string, quality: 'strong' | 'weak', type: 'aka' | 'fka'): void => {
    if (aliasName !== name && !entry.aliases.some((known) => known.name === aliasName)) {
      entry.aliases.push({ name: aliasName, quality, type });
    }
  };
  names.slice(1).forEach((other) => addAlias(other, 'strong', 'aka'));
  all(entity, 'alias').forEach((alias) => addAlias(alias, 'strong', 'aka'));
  all(entity, 'abbreviation').forEach((alias) => addAlias(alias, 'strong', 'aka'));
  all(entity, 'previousName').forEach((alias) => addAlias(alias, 'strong', 'fka'));
  all(entity, 'weakAlias').forEach((alias) => addAlias(alias, 'weak', 'aka'));
  for (const country of [...all(entity, 'country'), ...all(entity, 'jurisdiction')]) {
    addCountry(entry.countries, country);
  }
  for (const country of [...all(entity, 'nationality'), ...all(entity, 'citizenship')]) {
    addCountry(entry.nationalities, country);
  }
  for (const [property, type] of Object.entries(IDENTIFIER_PROPERTIES)) {
    for (const value of all(entity, property)) {
      entry.identifiers.push({ type, value });
    }
  }
  for (const date of all(entity, 'birthDate')) {
    pushUnique(entry.birthDates, isoOrRaw(date));
  }
  all(entity, 'birthPlace').forEach((place) => pushUnique(entry.birthPlaces, place));
  for (const address of all(entity, 'address')) {
    entry.addresses.push({ full: address });
  }
  all(entity, 'programId').forEach((programme) => pushUnique(entry.programmes, programme));
  const created = all(entity, 'createdAt')
    .map((date) => toIsoDate(date))
    .filter((date): date is string => date !== null)
    .sort();
  entry.listedFrom = created[0] ?? null;
  [...all(entity, 'notes'), ...all(entity, 'summary')].forEach((note) => pushUnique(entry.remarks, note));
  all(entity, 'position').forEach((item) => pushUnique(entry.positions, item));
  entry.gender = first(entity, 'gender');
  const sourceUrl = first(entity, 'sourceUrl');
  if (sourceUrl) {
    entry.sourceUrl = sourceUrl;
  }
  entry.datasets = [...entity.datasets];
  for (const [property, values] of Object.entries(entity.properties)) {
    if (!MAPPED_PROPERTIES.has(property)) {
      values.forEach((value) => addProperty(entry.properties, property, value));
    }
  }
  entity.referents.forEach((referent) => addProperty(entry.properties, 'referents', referent));
  addProperty(entry.properties, 'firstSeen', entity.first_seen);
  addProperty(entry.properties, 'lastSeen', entity.last_seen);
  addProperty(entry.properties, 'lastChange', entity.last_change);
  if (entity.target !== undefined) {
    addProperty(entry.properties, 'target', String(entity.target));
  }
  return entry;
}

function toRelationships(
  entity: FtmEntity,
  schema: FtmRelationshipSchema,
  listId: string,
  position: WatchlistPosition,
): WatchlistParseEvent[] {
  const [subjectProperty, objectProperty] = RELATIONSHIP_ENDPOINTS[schema];
  const subjects = all(entity, subjectProperty);
  const objects = all(entity, objectProperty);
  if (subjects.length === 0 || objects.length === 0) {
    return [
      rejectedEvent(
        position,
        'WATCHLIST_RECORD_INVALID',
        `${schema} ${entity.id} lacks its ${subjects.length === 0 ? subjectProperty : objectProperty}`,
      ),
    ];
  }
  const role = ROLE_PROPERTIES.map((property) => first(entity, property)).find((value) => value !== null) ?? null;
  const { share, shareMin, shareMax } =
    schema === 'Ownership' ? parseShare(first(entity, 'percentage')) : parseShare(null);
  let amount: number | null = null;
  let currency: string | null = null;
  if (schema === 'Payment') {
    const raw = first(entity, 'amount');
    const rawEur = first(entity, 'amountEur');
    const parsed = Number(raw ?? rawEur);
    amount = (raw ?? rawEur) !== null && Number.isFinite(parsed) ? parsed : null;
    currency = raw !== null ? first(entity, 'currency') : rawEur !== null ? 'EUR' : null;
  }
  const properties: Record<string, string[]> = {};
  const kept = new Set([subjectProperty, objectProperty, ...ROLE_PROPERTIES, 'startDate', 'endDate', 'date']);
  for (const [property, values] of Object.entries(entity.properties)) {
    if (!kept.has(property)) {
      values.forEach((value) => addProperty(properties, property, value));
    }
  }
  const pairs = subjects.flatMap((subject) => objects.map((object) => [subject, object] as const));
  return pairs.map(([fromEntryId, toEntryId], index) => ({
    kind: 'relationship',
    relationship: {
      listId,
      relationshipId: recordId(entity, pairs, index),
      type: FTM_RELATIONSHIP_TYPES[schema],
      sourceSchema: schema,
      fromEntryId,
      toEntryId,
      role,
      startDate: isoOrRaw(first(entity, 'startDate') ?? first(entity, 'date')),
      endDate: isoOrRaw(first(entity, 'endDate')),
      share,
      shareMin,
      shareMax,
      amount,
      currency,
      datasets: [...entity.datasets],
      properties,
      position,
    },
  }));
}

/** The id of the index-th record an FtM entity makes: its own id when it makes one, else `<id>#1`, `<id>#2`, … */
function recordId(entity: FtmEntity, records: unknown[], index: number): string {
  return records.length === 1 ? entity.id : `${entity.id}#${index + 1}`;
}

function toListings(entity: FtmEntity, listId: string, position: WatchlistPosition): WatchlistParseEvent[] {
  const entities = all(entity, 'entity');
  if (entities.length === 0) {
    return [rejectedEvent(position, 'WATCHLIST_RECORD_INVALID', `Sanction ${entity.id} names no entity`)];
  }
  const country = all(entity, 'country').map((raw) => toCountry(raw));
  return entities.map((entryId, index) => ({
    kind: 'listing',
    listing: {
      listId,
      listingId: recordId(entity, entities, index),
      entryId,
      programme: first(entity, 'program'),
      programmeId: first(entity, 'programId'),
      authority: first(entity, 'authority'),
      authorityId: first(entity, 'authorityId'),
      listingDate: isoOrRaw(first(entity, 'listingDate')),
      startDate: isoOrRaw(first(entity, 'startDate')),
      endDate: isoOrRaw(first(entity, 'endDate')),
      reason: first(entity, 'reason'),
      provisions: all(entity, 'provisions'),
      status: first(entity, 'status'),
      country,
      sourceUrl: first(entity, 'sourceUrl'),
      datasets: [...entity.datasets],
      position,
    },
  }));
}

function toIdentifiers(entity: FtmEntity, listId: string, position: WatchlistPosition): WatchlistParseEvent[] {
  const holders = all(entity, 'holder');
  if (holders.length === 0) {
    return [rejectedEvent(position, 'WATCHLIST_RECORD_INVALID', `${entity.schema} ${entity.id} names no holder`)];
  }
  const number = first(entity, 'number') ?? first(entity, 'passportNumber');
  if (!number) {
    // OpenSanctions publishes some documents without their number: nothing to screen on.
    return [
      { kind: 'skipped', id: entity.id, schema: entity.schema, reason: `${entity.schema} without a number`, position },
    ];
  }
  const countryRaw = first(entity, 'country');
  return holders.map((entryId, index) => ({
    kind: 'identifier',
    identifier: {
      listId,
      recordId: recordId(entity, holders, index),
      entryId,
      identifier: {
        type: first(entity, 'type') ?? entity.schema,
        value: number,
        ...(countryRaw ? { country: toCountry(countryRaw).code, countryRaw } : {}),
      },
      position,
    },
  }));
}

function toAddress(entity: FtmEntity): WatchlistAddress {
  const street = first(entity, 'street');
  const city = first(entity, 'city');
  const region = first(entity, 'region');
  const postalCode = first(entity, 'postalCode');
  const country = first(entity, 'country');
  const full =
    first(entity, 'full') ??
    ([street, postalCode, city, region, country].filter((part) => part !== null).join(', ') || clean(entity.caption));
  return addressWithParts(full, { street, city, region, postalCode, country });
}
