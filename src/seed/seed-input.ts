/**
 * Shape checks for the two seed inputs: the MISP galaxy copy of the China Defence Universities
 * Tracker and the curated state-structure file. Each check either returns a typed record or throws
 * a `SeedDataError` whose message names the file, the record index and the field.
 */
import {
  ENTITY_LABELS,
  EVIDENCE_METHODS,
  ORGANISATION_KINDS,
  RELATIONSHIP_STATUSES,
  RELATIONSHIP_TYPES,
  RISK_CATEGORIES,
  type EntityLabel,
  type EvidenceEnvelope,
  type PropertyValue,
  type RelationshipType,
  type RiskCategory,
  type SourceRecord,
} from '../common/graph-model';

export class SeedDataError extends Error {
  readonly code = 'SEED_DATA_INVALID';

  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = SeedDataError.name;
  }
}

export const TRACKER_CATEGORIES = [
  'Civilian',
  'Military',
  'Security',
  'Defence industry conglomerate',
  'Seven sons of national defence',
] as const;
export type TrackerCategory = (typeof TRACKER_CATEGORIES)[number];

export interface TrackerEntry {
  index: number;
  uuid: string;
  value: string;
  categories: TrackerCategory[];
  aliases: string[];
  refs: string[];
  supervisingAgencies: string[];
  subsidiaries: string[];
  laboratories: string[];
  topics: string[];
  address: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface CuratedRiskCategory {
  category: RiskCategory;
  sourceId: string;
}

export interface CuratedEntity {
  index: number;
  id: string;
  /** When set, these facts are merged into the tracker's entity for this uuid instead of making a new one. */
  trackerUuid: string | null;
  label: EntityLabel;
  kind: string | null;
  name: string;
  aliases: string[];
  country: string[];
  riskCategories: CuratedRiskCategory[];
  sourceIds: string[];
  properties: Record<string, PropertyValue>;
}

export interface CuratedRelationship extends EvidenceEnvelope {
  index: number;
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, PropertyValue>;
}

export interface CuratedFacts {
  sources: SourceRecord[];
  entities: CuratedEntity[];
  relationships: CuratedRelationship[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY_CODE = /^[a-z]{2}$/;

export function readTracker(input: unknown): TrackerEntry[] {
  const root = expectRecord(input, 'tracker');
  const values = expectArray(root.values, 'tracker.values');
  const firstIndexByUuid = new Map<string, number>();
  return values.map((value, index) => {
    const path = `tracker.values[${index}]`;
    const record = expectRecord(value, path);
    const uuid = expectString(record.uuid, `${path}.uuid`);
    if (!UUID.test(uuid)) {
      throw new SeedDataError(`${path}.uuid`, `expected a UUID, got "${uuid}"`);
    }
    const earlier = firstIndexByUuid.get(uuid.toLowerCase());
    if (earlier !== undefined) {
      throw new SeedDataError(`${path}.uuid`, `duplicate of tracker.values[${earlier}].uuid`);
    }
    firstIndexByUuid.set(uuid.toLowerCase(), index);
    const meta = expectRecord(record.meta, `${path}.meta`);
    const categories = expectNonEmptyArray(meta.categories, `${path}.meta.categories`).map((category, position) =>
      expectOneOf(category, TRACKER_CATEGORIES, `${path}.meta.categories[${position}]`),
    );
    const refs = expectNonEmptyArray(meta.refs, `${path}.meta.refs`).map((ref, position) =>
      expectUrl(ref, `${path}.meta.refs[${position}]`),
    );
    return {
      index,
      uuid: uuid.toLowerCase(),
      value: expectString(record.value, `${path}.value`),
      categories,
      aliases: optionalStrings(meta.aliases, `${path}.meta.aliases`),
      refs,
      supervisingAgencies: optionalStrings(meta['supervising agencies'], `${path}.meta.supervising agencies`),
      subsidiaries: optionalStrings(meta.subsidiaries, `${path}.meta.subsidiaries`),
      laboratories: optionalStrings(meta['major defence laboratories'], `${path}.meta.major defence laboratories`),
      topics: optionalStrings(meta.topics, `${path}.meta.topics`),
      address: meta.address === undefined ? null : expectString(meta.address, `${path}.meta.address`),
      latitude: optionalCoordinate(meta.lat, 90, `${path}.meta.lat`),
      longitude: optionalCoordinate(meta.long, 180, `${path}.meta.long`),
    };
  });
}

export function readCuratedFacts(input: unknown): CuratedFacts {
  const root = expectRecord(input, 'curated');
  const sources = expectArray(root.sources, 'curated.sources').map((value, index) =>
    readSource(value, `curated.sources[${index}]`),
  );
  const entities = expectArray(root.entities, 'curated.entities').map((value, index) =>
    readCuratedEntity(value, index),
  );
  const relationships = expectArray(root.relationships, 'curated.relationships').map((value, index) =>
    readCuratedRelationship(value, index),
  );
  return { sources, entities, relationships };
}

function readSource(value: unknown, path: string): SourceRecord {
  const record = expectRecord(value, path);
  const url = nullableString(record.url, `${path}.url`);
  return {
    id: expectString(record.id, `${path}.id`),
    title: expectString(record.title, `${path}.title`),
    url: url === null ? null : expectUrl(url, `${path}.url`),
    publisher: nullableString(record.publisher, `${path}.publisher`),
    retrievedAt: nullableDate(record.retrievedAt, `${path}.retrievedAt`),
    licence: nullableString(record.licence, `${path}.licence`),
  };
}

function readCuratedEntity(value: unknown, index: number): CuratedEntity {
  const path = `curated.entities[${index}]`;
  const record = expectRecord(value, path);
  const label = expectOneOf(record.label, ENTITY_LABELS, `${path}.label`);
  const kind = nullableString(record.kind, `${path}.kind`);
  if (label === 'Organisation') {
    expectOneOf(kind, ORGANISATION_KINDS, `${path}.kind`);
  }
  const trackerUuid = nullableString(record.trackerUuid, `${path}.trackerUuid`);
  return {
    index,
    id: expectString(record.id, `${path}.id`),
    trackerUuid: trackerUuid?.toLowerCase() ?? null,
    label,
    kind,
    name: expectString(record.name, `${path}.name`),
    aliases: optionalStrings(record.aliases, `${path}.aliases`),
    country: optionalStrings(record.country, `${path}.country`).map((code, position) => {
      if (!COUNTRY_CODE.test(code)) {
        throw new SeedDataError(`${path}.country[${position}]`, `expected a lower-case ISO 3166 code, got "${code}"`);
      }
      return code;
    }),
    riskCategories: optionalArray(record.riskCategories, `${path}.riskCategories`).map((item, position) => {
      const itemPath = `${path}.riskCategories[${position}]`;
      const risk = expectRecord(item, itemPath);
      return {
        category: expectOneOf(risk.category, RISK_CATEGORIES, `${itemPath}.category`),
        sourceId: expectString(risk.sourceId, `${itemPath}.sourceId`),
      };
    }),
    sourceIds: expectNonEmptyArray(record.sourceIds, `${path}.sourceIds`).map((id, position) =>
      expectString(id, `${path}.sourceIds[${position}]`),
    ),
    properties: readProperties(record.properties, `${path}.properties`),
  };
}

function readCuratedRelationship(value: unknown, index: number): CuratedRelationship {
  const path = `curated.relationships[${index}]`;
  const record = expectRecord(value, path);
  const confidence = record.confidence;
  if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) {
    throw new SeedDataError(`${path}.confidence`, 'expected a number from 0 to 1');
  }
  return {
    index,
    type: expectOneOf(record.type, RELATIONSHIP_TYPES, `${path}.type`),
    from: expectString(record.from, `${path}.from`),
    to: expectString(record.to, `${path}.to`),
    sourceIds: expectNonEmptyArray(record.sourceIds, `${path}.sourceIds`).map((id, position) =>
      expectString(id, `${path}.sourceIds[${position}]`),
    ),
    confidence,
    method: record.method === undefined ? 'curated' : expectOneOf(record.method, EVIDENCE_METHODS, `${path}.method`),
    validFrom: nullableDate(record.validFrom, `${path}.validFrom`),
    validTo: nullableDate(record.validTo, `${path}.validTo`),
    status:
      record.status === undefined ? 'current' : expectOneOf(record.status, RELATIONSHIP_STATUSES, `${path}.status`),
    properties: readProperties(record.properties, `${path}.properties`),
  };
}

function readProperties(value: unknown, path: string): Record<string, PropertyValue> {
  if (value === undefined) {
    return {};
  }
  const record = expectRecord(value, path);
  const properties: Record<string, PropertyValue> = {};
  for (const [key, property] of Object.entries(record)) {
    if (!isPropertyValue(property)) {
      throw new SeedDataError(
        `${path}.${key}`,
        'expected a string, number, boolean, null or a list of strings or numbers',
      );
    }
    properties[key] = property;
  }
  return properties;
}

function isPropertyValue(value: unknown): value is PropertyValue {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) {
    return true;
  }
  return (
    Array.isArray(value) &&
    (value.every((item) => typeof item === 'string') || value.every((item) => typeof item === 'number'))
  );
}

function expectRecord(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SeedDataError(path, 'expected an object');
  }
  return value as Record<string, unknown>;
}

function expectArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) {
    throw new SeedDataError(path, 'expected an array');
  }
  return value;
}

function expectNonEmptyArray(value: unknown, path: string): unknown[] {
  const array = expectArray(value, path);
  if (array.length === 0) {
    throw new SeedDataError(path, 'expected at least one item');
  }
  return array;
}

function optionalArray(value: unknown, path: string): unknown[] {
  return value === undefined ? [] : expectArray(value, path);
}

function optionalStrings(value: unknown, path: string): string[] {
  return optionalArray(value, path).map((item, position) => expectString(item, `${path}[${position}]`));
}

function expectString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new SeedDataError(path, 'expected a non-empty string');
  }
  return value;
}

function nullableString(value: unknown, path: string): string | null {
  return value === undefined || value === null ? null : expectString(value, path);
}

function nullableDate(value: unknown, path: string): string | null {
  const date = nullableString(value, path);
  if (date !== null && (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date)))) {
    throw new SeedDataError(path, `expected a date as YYYY-MM-DD, got "${date}"`);
  }
  return date;
}

function expectUrl(value: unknown, path: string): string {
  const text = expectString(value, path);
  if (!/^https?:\/\/\S+$/.test(text)) {
    throw new SeedDataError(path, `expected an http(s) URL, got "${text}"`);
  }
  return text;
}

function expectOneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new SeedDataError(path, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value as T;
}

/** The tracker stores coordinates as strings ("40.0060427610374"); both strings and numbers are accepted. */
function optionalCoordinate(value: unknown, limit: number, path: string): number | null {
  if (value === undefined || value === null) {
    return null;
  }
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  if (!Number.isFinite(number) || Math.abs(number) > limit || (typeof value === 'string' && value.trim() === '')) {
    throw new SeedDataError(path, `expected a coordinate from -${limit} to ${limit}, got ${JSON.stringify(value)}`);
  }
  return number;
}
