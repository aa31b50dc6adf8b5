import { createHash } from 'node:crypto';
import type { EntityLabel } from '../common/graph-model';
import {
  addressTownsOf,
  countryCodesOf,
  graphLabelForSchema,
  type WatchlistEntry,
  type WatchlistRelationship,
} from './watchlist-record';
import { normaliseIdentifier } from '../common/identifiers';

/** The list-borne properties of an entity; the same keys are applied from staged changes. */
export interface WatchlistEntityContent {
  name: string;
  aliases: string[];
  weakAliases: string[];
  kind: string | null;
  schema: string;
  country: string[];
  nationality: string[];
  /** Since rules 1.145.0: the towns of the entry's structured addresses (`addressTownsOf`), read by the index. */
  city: string[];
  birthDates: string[];
  birthPlaces: string[];
  addresses: string[];
  identifiers: string[];
  identifierValues: string[];
  programmes: string[];
  remarks: string[];
  positions: string[];
  gender: string | null;
  datasets: string[];
  sourceUrl: string | null;
  listedFrom: string | null;
  /** JSON text of the further source fields the list gives. */
  extra: string;
}

export interface WatchlistEntityRow {
  id: string;
  entryId: string;
  label: EntityLabel;
  contentHash: string;
  content: WatchlistEntityContent;
}

/** Content that readers query in Cypher (matching, identity links, search): one property each. */
const QUERIED_KEYS = [
  'name',
  'aliases',
  'kind',
  'schema',
  'country',
  'nationality',
  'city',
  'birthDates',
  'identifierValues',
  'gender',
  'listedFrom',
] as const;

/** Content only shown, never queried: kept together as the JSON text of one `details` property. */
export const DETAIL_KEYS = [
  'weakAliases',
  'birthPlaces',
  'addresses',
  'identifiers',
  'programmes',
  'remarks',
  'positions',
  'datasets',
  'sourceUrl',
] as const;

/** The properties an entry's entity has as stored; a staged change sets exactly these. */
export const STORED_KEYS = [...QUERIED_KEYS, 'details'] as const;

export type StoredContent = Partial<Pick<WatchlistEntityContent, (typeof QUERIED_KEYS)[number]>> & { details?: string };

/**
 * The content as stored. Every property costs the import a record (a list of strings a 128-byte
 * block), so only what Cypher reads gets its own property; the rest is one JSON text, `details`
 * (read back by `readDetails`). Null values and empty lists are left out: to every reader they mean
 * the same as a missing property, and applying the content with `+=` over a staged change removes
 * what the new content no longer has.
 */
export function storedContent(content: WatchlistEntityContent): StoredContent {
  const stored: Record<string, unknown> = {};
  for (const key of QUERIED_KEYS) {
    const value = content[key];
    if (value !== null && !(Array.isArray(value) && value.length === 0)) {
      stored[key] = value;
    }
  }
  const details: string[] = [];
  for (const key of DETAIL_KEYS) {
    const value = content[key];
    if (value !== null && !(Array.isArray(value) && value.length === 0)) {
      details.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
    }
  }
  // `extra` is JSON text already: spliced in as it is rather than parsed and written again.
  if (content.extra !== '{}' && content.extra !== '') {
    details.push(`"extra":${content.extra}`);
  }
  if (details.length > 0) {
    stored.details = `{${details.join(',')}}`;
  }
  return stored;
}

/** The `details` of a stored entry (or, for entries stored before `details`, its own properties). */
export function readDetails(entity: Record<string, unknown>): Record<string, unknown> {
  if (typeof entity.details === 'string') {
    try {
      const parsed = JSON.parse(entity.details) as unknown;
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return parsed as Record<string, unknown>;
      }
    } catch {
      return {};
    }
  }
  return entity;
}

/** The entity id of a list entry: stable across versions of its list. */
export function listEntityId(listId: string, entryId: string): string {
  return `${listId}:${entryId}`;
}

export function toEntityRow(entry: WatchlistEntry): WatchlistEntityRow {
  const { label, kind } = graphLabelForSchema(entry.schema);
  const strong = entry.aliases.filter((alias) => alias.quality === 'strong').map((alias) => alias.name);
  const weak = entry.aliases.filter((alias) => alias.quality === 'weak').map((alias) => alias.name);
  const content: WatchlistEntityContent = {
    name: entry.name,
    aliases: unique(strong.filter((alias) => alias !== entry.name)),
    weakAliases: unique(weak),
    kind,
    schema: entry.schema,
    country: countryCodesOf(entry),
    nationality: unique(entry.nationalities.flatMap((country) => (country.code ? [country.code] : []))),
    city: addressTownsOf(entry),
    birthDates: unique(entry.birthDates),
    birthPlaces: unique(entry.birthPlaces),
    addresses: unique(entry.addresses.map((address) => address.full).filter((full) => full.length > 0)),
    identifiers: unique(entry.identifiers.map((identifier) => `${identifier.type}: ${identifier.value}`)),
    identifierValues: unique(entry.identifiers.map((identifier) => normaliseIdentifier(identifier.value))),
    programmes: unique(entry.programmes),
    remarks: entry.remarks,
    positions: entry.positions,
    gender: entry.gender,
    datasets: entry.datasets,
    sourceUrl: entry.sourceUrl ?? null,
    listedFrom: entry.listedFrom,
    extra: JSON.stringify(entry.properties),
  };
  return {
    id: listEntityId(entry.listId, entry.entryId),
    entryId: entry.entryId,
    label,
    contentHash: createHash('sha1')
      .update(JSON.stringify([label, content]))
      .digest('base64'),
    content,
  };
}

export interface WatchlistRelationshipRow {
  type: string;
  fromId: string;
  toId: string;
  properties: Record<string, string | number | string[] | null>;
}

export function toRelationshipRow(relationship: WatchlistRelationship): WatchlistRelationshipRow {
  const ended = relationship.endDate !== null && relationship.endDate <= new Date().toISOString().slice(0, 10);
  return {
    type: relationship.type,
    fromId: listEntityId(relationship.listId, relationship.fromEntryId),
    toId: listEntityId(relationship.listId, relationship.toEntryId),
    properties: {
      relationshipId: relationship.relationshipId,
      role: relationship.role,
      share: relationship.share,
      shareMin: relationship.shareMin,
      shareMax: relationship.shareMax,
      amount: relationship.amount,
      currency: relationship.currency,
      validFrom: relationship.startDate,
      validTo: relationship.endDate,
      status: ended ? 'former' : 'current',
      method: 'list',
      confidence: 0.9,
      sourceIds: [listSourceId(relationship.listId)],
    },
  };
}

/** The `:Source` node standing for a list as a whole. */
export function listSourceId(listId: string): string {
  return `list:${listId}`;
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}
