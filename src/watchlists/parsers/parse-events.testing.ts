import { join } from 'node:path';
import { beforeAll, describe, expect } from 'vitest';
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

/** A `describe` block whose tests read one parse of `source`, run once before them (see collectBeforeAll). */
export function describeParse(
  title: string,
  parser: WatchlistParser,
  source: WatchlistSource,
  tests: (result: CollectedEvents) => void,
): void {
  describe(title, () => tests(collectBeforeAll(parser, source)));
}

/** Every record of the file read: `entries` entries with distinct ids, none rejected, and the end counts agree. */
export function expectEveryEntryRead(result: CollectedEvents, entries: number): void {
  expect(result.entries).toHaveLength(entries);
  expect(new Set(result.entries.map((entry) => entry.entryId)).size).toBe(entries);
  expect(result.rejected).toEqual([]);
  expect(result.counts).toMatchObject({ entries, rejected: 0 });
}

/** Runs a parser to the end and sorts its events by kind (test support only). */
export async function collect(
  parser: WatchlistParser,
  source: WatchlistSource,
  options?: WatchlistParseOptions,
): Promise<CollectedEvents> {
  const events: WatchlistParseEvent[] = [];
  for await (const event of parser.parse(source, options)) {
    events.push(event);
  }
  const ofKind = <K extends WatchlistParseEvent['kind']>(kind: K): Extract<WatchlistParseEvent, { kind: K }>[] =>
    events.filter((event): event is Extract<WatchlistParseEvent, { kind: K }> => event.kind === kind);
  return {
    events,
    metadata: ofKind('metadata').at(-1)?.metadata ?? null,
    entries: ofKind('entry').map((event) => event.entry),
    relationships: ofKind('relationship').map((event) => event.relationship),
    listings: ofKind('listing').map((event) => event.listing),
    identifiers: ofKind('identifier').map((event) => event.identifier),
    addresses: ofKind('address').map((event) => event.address),
    deletions: ofKind('deletion').map((event) => event.id),
    rejected: ofKind('rejected').map((event) => event.rejection),
    skipped: ofKind('skipped').map(({ id, schema, reason }) => ({ id, schema, reason })),
    counts: ofKind('end').at(-1)?.counts ?? null,
    ops: events.flatMap(opsOf),
  };
}

/** The [op, id] an entry, relationship or deletion event carries; none for any other event or no op. */
function opsOf(event: WatchlistParseEvent): [DeltaOp, string][] {
  switch (event.kind) {
    case 'entry':
      return event.op ? [[event.op, event.entry.entryId]] : [];
    case 'relationship':
      return event.op ? [[event.op, event.relationship.relationshipId]] : [];
    case 'deletion':
      return [[event.op, event.id]];
    default:
      return [];
  }
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
