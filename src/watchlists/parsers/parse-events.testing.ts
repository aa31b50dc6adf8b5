import { join } from 'node:path';
import { beforeAll } from 'vitest';
import type {
  DeltaOp,
  WatchlistAddressRecord,
  WatchlistEntry,
  WatchlistFileMetadata,
  WatchlistIdentifierRecord,
  WatchlistListing,
  WatchlistParseCounts,
  WatchlistParseEvent,
  WatchlistRejection,
  WatchlistRelationship,
} from '../watchlist-record';
import type { WatchlistParseOptions, WatchlistParser, WatchlistSource } from './watchlist-parser';

/** The watchlist fixtures, resolved from the project root vitest runs in. */
export const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'watchlists');

export function fixture(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

export interface CollectedEvents {
  events: WatchlistParseEvent[];
  metadata: WatchlistFileMetadata | null;
  entries: WatchlistEntry[];
  relationships: WatchlistRelationship[];
  listings: WatchlistListing[];
  identifiers: WatchlistIdentifierRecord[];
  addresses: WatchlistAddressRecord[];
  deletions: string[];
  rejected: WatchlistRejection[];
  skipped: { id: string | null; schema: string | null; reason: string }[];
  counts: WatchlistParseCounts | null;
  /** [op, id] of every event that carries an op, in file order. */
  ops: [DeltaOp, string][];
}

function noEvents(): CollectedEvents {
  return {
    events: [],
    metadata: null,
    entries: [],
    relationships: [],
    listings: [],
    identifiers: [],
    addresses: [],
    deletions: [],
    rejected: [],
    skipped: [],
    counts: null,
    ops: [],
  };
}

/**
 * The events of one parse, shared by the tests of the calling `describe`: the parser runs once, in
 * its `beforeAll`, and fills the object returned here.
 */
export function collectBeforeAll(
  parser: WatchlistParser,
  source: WatchlistSource,
  options?: WatchlistParseOptions,
): CollectedEvents {
  const result = noEvents();
  beforeAll(async () => {
    Object.assign(result, await collect(parser, source, options));
  });
  return result;
}

/** Runs a parser to the end and sorts its events by kind (test support only). */
export async function collect(
  parser: WatchlistParser,
  source: WatchlistSource,
  options?: WatchlistParseOptions,
): Promise<CollectedEvents> {
  const collected = noEvents();
  for await (const event of parser.parse(source, options)) {
    collected.events.push(event);
    switch (event.kind) {
      case 'metadata':
        collected.metadata = event.metadata;
        break;
      case 'entry':
        collected.entries.push(event.entry);
        if (event.op) {
          collected.ops.push([event.op, event.entry.entryId]);
        }
        break;
      case 'relationship':
        collected.relationships.push(event.relationship);
        if (event.op) {
          collected.ops.push([event.op, event.relationship.relationshipId]);
        }
        break;
      case 'listing':
        collected.listings.push(event.listing);
        break;
      case 'identifier':
        collected.identifiers.push(event.identifier);
        break;
      case 'address':
        collected.addresses.push(event.address);
        break;
      case 'deletion':
        collected.deletions.push(event.id);
        collected.ops.push([event.op, event.id]);
        break;
      case 'rejected':
        collected.rejected.push(event.rejection);
        break;
      case 'skipped':
        collected.skipped.push({ id: event.id, schema: event.schema, reason: event.reason });
        break;
      case 'end':
        collected.counts = event.counts;
        break;
    }
  }
  return collected;
}

/** The first event a parser yields, or the error it throws getting there. */
export async function firstEvent(
  parser: WatchlistParser,
  source: WatchlistSource,
  options?: WatchlistParseOptions,
): Promise<WatchlistParseEvent | undefined> {
  for await (const event of parser.parse(source, options)) {
    return event;
  }
  return undefined;
}

export function relationshipById(
  relationships: WatchlistRelationship[],
  relationshipId: string,
): WatchlistRelationship {
  const relationship = relationships.find((candidate) => candidate.relationshipId === relationshipId);
  if (!relationship) {
    throw new Error(`no relationship ${relationshipId}`);
  }
  return relationship;
}

export function entryById(entries: WatchlistEntry[], entryId: string): WatchlistEntry {
  const entry = entries.find((candidate) => candidate.entryId === entryId);
  if (!entry) {
    throw new Error(`no entry ${entryId}`);
  }
  return entry;
}
