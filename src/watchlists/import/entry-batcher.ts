import { listEntityId, toEntityRow, toRelationshipRow, type WatchlistRelationshipRow } from '../watchlist-entity';
import type { WatchlistParseEvent, WatchlistRejection } from '../watchlist-record';
import type { ListingDetailsRow, WatchlistEntryWrite } from '../watchlists.repository';

export interface BatchSizes {
  /** Entries written in one transaction. */
  entries: number;
  /** Relationships, Sanction records and deletions gathered before they are written (alone). */
  others: number;
  /** Rejections kept for the summary (all are counted). */
  rejectionsKept: number;
}

export const DEFAULT_BATCH_SIZES: BatchSizes = { entries: 2_000, others: 10_000, rejectionsKept: 100 };

/** One batch of entries and how it may be written. */
export interface EntryWritePlan {
  /** Rows the caller may create without looking them up (a list's first version, ids not seen before). */
  fresh: WatchlistEntryWrite[];
  /** Rows to look up before writing. */
  checked: WatchlistEntryWrite[];
  /** Some checked rows were written by an earlier batch that may still be in flight: write after it. */
  afterEarlierWrites: boolean;
  /** Entries read from the file when the batch was taken (for progress). */
  entriesRead: number;
}

/** Relationships, listing details and deletions gathered since the last such batch. */
export interface OthersWritePlan {
  /** Relationships between entries already written, with record ids not seen before (first version only). */
  created: WatchlistRelationshipRow[];
  /** Relationships matched against the open row of their record. */
  upserted: WatchlistRelationshipRow[];
  /** Sanction records whose entry was not in the batch being filled. */
  listings: ListingDetailsRow[];
  /** Entry ids an FtM delta deletes. */
  deleted: string[];
}

/** What the caller should write after an event: nothing, the entry batch, or everything gathered. */
export type BatchDue = 'entries' | 'all' | null;

/**
 * The staging step: turns parse events into write batches and remembers which ids this import has
 * written, so that in a list's first version rows never seen before are created without a lookup.
 * Pure: knows nothing of Neo4j or of the version being written.
 */
export class EntryBatcher {
  readonly totals = { entries: 0, relationships: 0, rejected: 0 };
  readonly rejections: WatchlistRejection[] = [];
  // Entries of the batch being filled, by entry id, so a Sanction record that follows its entry
  // (the usual order) is written with it rather than in a second pass.
  private entryBatch = new Map<string, WatchlistEntryWrite>();
  private relationshipBatch: WatchlistRelationshipRow[] = [];
  private listingBatch: ListingDetailsRow[] = [];
  private deletedBatch: string[] = [];
  // Entity ids this import has written, and those it made placeholders for (relationship ends and
  // Sanction records before their entry). In the first version of a list nothing else can exist, so
  // entries outside both sets are created without looking them up.
  private readonly written = new Set<string>();
  private readonly placeholders = new Set<string>();
  // Record ids of the list-borne relationships this import has written.
  private readonly relationshipIds = new Set<string>();

  constructor(
    private readonly listId: string,
    private readonly sizes: BatchSizes = DEFAULT_BATCH_SIZES,
  ) {}

  get hasEntries(): boolean {
    return this.entryBatch.size > 0;
  }

  get hasOthers(): boolean {
    return this.relationshipBatch.length + this.listingBatch.length + this.deletedBatch.length > 0;
  }

  add(event: WatchlistParseEvent): BatchDue {
    switch (event.kind) {
      case 'entry': {
        this.totals.entries += 1;
        const row = toEntityRow(event.entry);
        // The same entry twice in a batch: the later record wins, keeping the listing details gathered so far.
        const earlier = this.entryBatch.get(row.entryId);
        this.entryBatch.set(row.entryId, {
          ...row,
          programmes: [...new Set([...row.content.programmes, ...(earlier?.programmes ?? [])])],
          listedFrom: row.content.listedFrom ?? earlier?.listedFrom ?? null,
          authority: earlier?.authority ?? null,
          reason: earlier?.reason ?? null,
        });
        if (this.entryBatch.size >= this.sizes.entries) {
          return 'entries';
        }
        break;
      }
      case 'relationship':
        this.totals.relationships += 1;
        this.relationshipBatch.push(toRelationshipRow(event.relationship));
        break;
      case 'listing':
        this.addListing(event.listing);
        break;
      case 'deletion':
        this.deletedBatch.push(event.id);
        break;
      case 'rejected':
        this.totals.rejected += 1;
        if (this.rejections.length < this.sizes.rejectionsKept) {
          this.rejections.push(event.rejection);
        }
        break;
      case 'metadata':
      case 'identifier':
      case 'address':
      case 'skipped':
      case 'end':
        break;
    }
    const others = this.relationshipBatch.length + this.listingBatch.length + this.deletedBatch.length;
    return others >= this.sizes.others ? 'all' : null;
  }

  /** Takes the entry batch; `firstVersion` when no earlier version of the list can hold these entries. */
  takeEntries(firstVersion: boolean): EntryWritePlan | null {
    if (this.entryBatch.size === 0) {
      return null;
    }
    const rows = [...this.entryBatch.values()];
    this.entryBatch = new Map();
    const known = (row: WatchlistEntryWrite): boolean => this.written.has(row.id) || this.placeholders.has(row.id);
    const seen = rows.filter(known);
    const fresh = firstVersion ? rows.filter((row) => !known(row)) : [];
    const checked = firstVersion ? seen : rows;
    for (const row of rows) {
      this.written.add(row.id);
    }
    return { fresh, checked, afterEarlierWrites: seen.length > 0, entriesRead: this.totals.entries };
  }

  /** Takes relationships, listing details and deletions gathered so far. */
  takeOthers(firstVersion: boolean): OthersWritePlan | null {
    if (!this.hasOthers) {
      return null;
    }
    const relationships = this.relationshipBatch;
    const listings = this.listingBatch;
    const deleted = this.deletedBatch;
    this.relationshipBatch = [];
    this.listingBatch = [];
    this.deletedBatch = [];
    // In a list's first version, a relationship between two entries already written, with a record id
    // not seen before, is simply created.
    const isNew = (row: WatchlistRelationshipRow): boolean =>
      firstVersion &&
      this.written.has(row.fromId) &&
      this.written.has(row.toId) &&
      !this.placeholders.has(row.fromId) &&
      !this.placeholders.has(row.toId) &&
      !this.relationshipIds.has(String(row.properties.relationshipId));
    const created = relationships.filter(isNew);
    const upserted = relationships.filter((row) => !isNew(row));
    for (const row of relationships) {
      this.relationshipIds.add(String(row.properties.relationshipId));
    }
    for (const id of [...upserted.flatMap((row) => [row.fromId, row.toId]), ...listings.map((row) => row.entityId)]) {
      if (!this.written.has(id)) {
        this.placeholders.add(id);
      }
    }
    return { created, upserted, listings, deleted };
  }

  private addListing(listing: Extract<WatchlistParseEvent, { kind: 'listing' }>['listing']): void {
    const entry = this.entryBatch.get(listing.entryId);
    if (entry) {
      if (listing.programme !== null && !entry.programmes.includes(listing.programme)) {
        entry.programmes = [...entry.programmes, listing.programme];
      }
      entry.authority = listing.authority ?? entry.authority;
      entry.reason = listing.reason ?? entry.reason;
      entry.listedFrom = listing.listingDate ?? listing.startDate ?? entry.listedFrom;
      return;
    }
    this.listingBatch.push({
      entityId: listEntityId(this.listId, listing.entryId),
      entryId: listing.entryId,
      programme: listing.programme,
      authority: listing.authority,
      listingDate: listing.listingDate,
      startDate: listing.startDate,
      reason: listing.reason,
    });
  }
}
