import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { AppError } from '../common/app-error';
import { OFAC_CONS_FILES, OFAC_SDN_FILES } from './parsers/ofac-legacy-csv';
import { ftmDeltaFiles } from './parsers/ftm-delta.parser';
import { checkFormat, WATCHLIST_PARSERS } from './parsers/parser-registry';
import type { WatchlistParseOptions } from './parsers/watchlist-parser';
import { describeWatchlist } from './watchlist-catalogue';
import {
  listEntityId,
  listSourceId,
  toEntityRow,
  toRelationshipRow,
  type WatchlistRelationshipRow,
} from './watchlist-entity';
import { WATCHLIST_VERSION_ACTIVATED, type WatchlistVersionActivated } from './watchlist-events';
import { type WatchlistFormat, type WatchlistParseEvent, type WatchlistRejection } from './watchlist-record';
import {
  type ListingDetailsRow,
  type RunningImport,
  type WatchlistEntryWrite,
  WatchlistsRepository,
} from './watchlists.repository';

const BATCH_SIZE = 2_000;
/** Concurrent entry-batch transactions: two keep a 2-core machine's Neo4j busy while Node parses. */
const WRITE_LANES = 2;
/** Relationships, Sanction records and deletions gathered before they are written (alone). */
const OTHERS_BATCH_SIZE = 10_000;
const REJECTIONS_KEPT = 100;
/**
 * An importing version that showed no sign of life for this long belongs to a process that stopped;
 * the next import of its list marks it failed instead of waiting for it.
 */
export const STALE_IMPORT_MINUTES = 30;
/**
 * A running import shows life before a batch when it last did at least this long ago (a write, so
 * not before every batch). An import stalled long enough to be taken over therefore checks before
 * its next batch, finds its version failed, and stops.
 */
export const SIGN_OF_LIFE_MS = 5_000;

export interface ImportRequest {
  format: string;
  /** The main file (OFAC: sdn.csv or cons_prim.csv, with the side files beside it; ftm-delta: a delta file, or delta.json to apply every version it names in order). */
  path: string;
  listId?: string;
  /** `csv` format: the mapping file. */
  mapping?: string;
  /** Abort, changing nothing, if any row is rejected. */
  strict?: boolean;
  /**
   * The issue date the operator states (ISO date or date-time), used when the file carries none
   * (`--issued-at`, `?issuedAt=`).
   */
  issuedAt?: string;
  /** Whether the file's modification date may stand for its issue date (false for an upload: it is the receipt time). */
  useFileDate?: boolean;
  /** The copy is a sample shipped with partner-graph, not a list the operator fetched. */
  sample?: boolean;
  onProgress?: (entriesRead: number) => void;
}

export interface ImportSummary {
  list: string;
  version: string | null;
  status: 'imported' | 'unchanged';
  entries: number;
  added: number;
  updated: number;
  unchanged: number;
  delisted: number;
  rejected: number;
  relationships: number;
  rejections: WatchlistRejection[];
}

/**
 * Imports one file as a new version of its list. Everything the version writes stays invisible to
 * readers of the active version (see cypher/watchlists/*.cypher) until one transaction activates it,
 * so an import that fails half way leaves the previous version active and intact.
 */
@Injectable()
export class WatchlistImportService {
  private readonly logger = new Logger(WatchlistImportService.name);

  constructor(
    private readonly repository: WatchlistsRepository,
    private readonly events: EventEmitter2,
  ) {}

  async importFile(request: ImportRequest): Promise<ImportSummary[]> {
    const format = checkFormat(request.format);
    if (format === 'ftm-delta' && (basename(request.path) === 'delta.json' || isDirectory(request.path))) {
      const indexPath = isDirectory(request.path) ? join(request.path, 'delta.json') : request.path;
      const summaries: ImportSummary[] = [];
      for await (const file of ftmDeltaFiles(indexPath)) {
        summaries.push(await this.importOne(format, { ...request, path: file.path }, file.version));
      }
      return summaries;
    }
    return [await this.importOne(format, request, null)];
  }

  private async importOne(
    format: WatchlistFormat,
    request: ImportRequest,
    deltaVersion: string | null,
  ): Promise<ImportSummary> {
    const parser = WATCHLIST_PARSERS[format];
    const options: WatchlistParseOptions = { listId: request.listId, mapping: request.mapping };
    const files = filesOf(format, request.path, request.mapping);
    const sourceHash = await hashFiles(files);

    if (request.strict) {
      await this.checkStrict(parser.parse(request.path, options));
    }

    const events = parser.parse(request.path, options)[Symbol.asyncIterator]();
    const first = await events.next();
    if (first.done || first.value.kind !== 'metadata') {
      throw new AppError(
        'WATCHLIST_FILE_MALFORMED',
        `The ${format} parser gave no metadata for ${basename(request.path)}`,
      );
    }
    const metadata = first.value.metadata;
    const listId = metadata.listId;
    const description = describeWatchlist(listId);
    const issued = issuedAtOf(metadata.issuedAt, request);
    const active = await this.repository.findActiveVersion(listId);
    const deltaAlreadyApplied =
      deltaVersion !== null &&
      active?.lastDeltaVersion !== null &&
      active?.lastDeltaVersion !== undefined &&
      deltaVersion.localeCompare(active.lastDeltaVersion) <= 0;
    if (active?.version?.sourceHash === sourceHash || deltaAlreadyApplied) {
      await events.return?.();
      const entries = Number(active?.version?.entryCount ?? 0);
      this.logger.log(`${listId}: ${basename(request.path)} is already imported; nothing changed`);
      return {
        list: listId,
        version: active?.version ? String(active.version.id) : null,
        status: 'unchanged',
        entries,
        added: 0,
        updated: 0,
        unchanged: entries,
        delisted: 0,
        rejected: 0,
        relationships: 0,
        rejections: [],
      };
    }

    const sourceId = listSourceId(listId);
    let version: { versionId: string; seq: number } | null = null;
    let signOfLifeAt = 0;
    /** The version this import writes, opened on its first write. */
    const openVersion = async (): Promise<{ versionId: string; seq: number }> => {
      if (version) {
        return version;
      }
      const opened = await this.repository.beginVersion({
        listId,
        listName: description.name,
        format,
        files: files.map((file) => basename(file)),
        sourceHash,
        issuedAt: issued.issuedAt,
        issuedAtSource: issued.source,
        sample: request.sample === true,
        deltaVersion,
        sourceId,
        publisher: description.publisher,
        sourceUrl: description.url,
        licence: description.licence,
        staleMinutes: STALE_IMPORT_MINUTES,
      });
      if ('runningImport' in opened) {
        throw importInProgress(listId, opened.runningImport);
      }
      signOfLifeAt = Date.now();
      version = opened;
      return version;
    };
    /**
     * A sign of life, written by each batch's write before it writes (in its lane, off the parsing
     * path). When another import took this one for abandoned and marked it failed, it throws, so
     * nothing more is written.
     */
    const showLife = async (seq: number): Promise<void> => {
      if (Date.now() - signOfLifeAt < SIGN_OF_LIFE_MS) {
        return;
      }
      signOfLifeAt = Date.now();
      if (!(await this.repository.touchVersion(listId, seq))) {
        throw takenOver(listId, `${listId}@${seq}`);
      }
    };

    const totals = { entries: 0, updated: 0, relationships: 0, rejected: 0 };
    const rejections: WatchlistRejection[] = [];
    // Entries of the batch being filled, by entry id, so a Sanction record that follows its entry
    // (the usual order) is written with it rather than in a second pass.
    let entryBatch = new Map<string, WatchlistEntryWrite>();
    let relationshipBatch: WatchlistRelationshipRow[] = [];
    let listingBatch: ListingDetailsRow[] = [];
    let deletedBatch: string[] = [];
    // Entity ids this import has written, and those it made placeholders for (relationship ends and
    // Sanction records before their entry). In the first version of a list nothing else can exist, so
    // entries outside both sets are created without looking them up.
    const written = new Set<string>();
    const placeholders = new Set<string>();
    // Record ids of the list-borne relationships this import has written.
    const relationshipIds = new Set<string>();
    // Entry batches are written by WRITE_LANES concurrent transactions while the parser fills the
    // next; writes that may touch other batches' entities run alone.
    const writes = new WritePipeline(WRITE_LANES);

    const flushEntries = async (): Promise<void> => {
      if (entryBatch.size === 0) {
        return;
      }
      const rows = [...entryBatch.values()];
      const entriesRead = totals.entries;
      entryBatch = new Map();
      const { seq } = await openVersion();
      const firstVersion = seq === 1;
      const seen = rows.filter((row) => written.has(row.id) || placeholders.has(row.id));
      const fresh = firstVersion ? rows.filter((row) => !written.has(row.id) && !placeholders.has(row.id)) : [];
      const checked = firstVersion ? seen : rows;
      for (const row of rows) {
        written.add(row.id);
      }
      const write = async (batch: WatchlistEntryWrite[], allNew: boolean): Promise<void> => {
        await showLife(seq);
        const counts = await this.repository.writeEntries(listId, seq, sourceId, batch, { allNew });
        totals.updated += counts.updated;
        request.onProgress?.(entriesRead);
      };
      if (fresh.length > 0) {
        await writes.concurrent(() => write(fresh, true));
      }
      if (checked.length > 0) {
        // An entity written earlier in this import may still be in flight: these rows wait for it.
        await (seen.length > 0
          ? writes.alone(() => write(checked, false))
          : writes.concurrent(() => write(checked, false)));
      }
    };
    const flushOthers = async (): Promise<void> => {
      if (relationshipBatch.length + listingBatch.length + deletedBatch.length === 0) {
        return;
      }
      const relationships = relationshipBatch;
      const listings = listingBatch;
      const deleted = deletedBatch;
      relationshipBatch = [];
      listingBatch = [];
      deletedBatch = [];
      const { seq } = await openVersion();
      // In a list's first version, a relationship between two entries already written, with a record id
      // not seen before, is simply created.
      const isNew = (row: WatchlistRelationshipRow): boolean =>
        seq === 1 &&
        written.has(row.fromId) &&
        written.has(row.toId) &&
        !placeholders.has(row.fromId) &&
        !placeholders.has(row.toId) &&
        !relationshipIds.has(String(row.properties.relationshipId));
      const created = relationships.filter(isNew);
      const upserted = relationships.filter((row) => !isNew(row));
      for (const row of relationships) {
        relationshipIds.add(String(row.properties.relationshipId));
      }
      for (const id of [...upserted.flatMap((row) => [row.fromId, row.toId]), ...listings.map((row) => row.entityId)]) {
        if (!written.has(id)) {
          placeholders.add(id);
        }
      }
      if (created.length > 0) {
        // Their ends are in batches already written or being written; they lock only those committed
        // entities, so they run beside the next entry batches.
        await writes.beside(async () => {
          await showLife(seq);
          await this.repository.writeRelationships(listId, seq, created, { allNew: true });
        });
      }
      if (upserted.length + listings.length + deleted.length === 0) {
        return;
      }
      // These MERGE entities that entry batches create: they run after every earlier write and before any later one.
      await writes.alone(async () => {
        await showLife(seq);
        await this.repository.writeRelationships(listId, seq, upserted);
        await this.repository.writeListingDetails(listId, seq, sourceId, listings);
        await this.repository.markDeleted(
          listId,
          seq,
          deleted.map((id) => listEntityId(listId, id)),
          deleted,
        );
      });
    };

    try {
      for (let step = await events.next(); !step.done; step = await events.next()) {
        const event: WatchlistParseEvent = step.value;
        switch (event.kind) {
          case 'entry': {
            totals.entries += 1;
            const row = toEntityRow(event.entry);
            // The same entry twice in a batch: the later record wins, keeping the listing details gathered so far.
            const earlier = entryBatch.get(row.entryId);
            entryBatch.set(row.entryId, {
              ...row,
              programmes: [...new Set([...row.content.programmes, ...(earlier?.programmes ?? [])])],
              listedFrom: row.content.listedFrom ?? earlier?.listedFrom ?? null,
              authority: earlier?.authority ?? null,
              reason: earlier?.reason ?? null,
            });
            if (entryBatch.size >= BATCH_SIZE) {
              await flushEntries();
            }
            break;
          }
          case 'relationship':
            totals.relationships += 1;
            relationshipBatch.push(toRelationshipRow(event.relationship));
            break;
          case 'listing': {
            const { listing } = event;
            const entry = entryBatch.get(listing.entryId);
            if (entry) {
              if (listing.programme !== null && !entry.programmes.includes(listing.programme)) {
                entry.programmes = [...entry.programmes, listing.programme];
              }
              entry.authority = listing.authority ?? entry.authority;
              entry.reason = listing.reason ?? entry.reason;
              entry.listedFrom = listing.listingDate ?? listing.startDate ?? entry.listedFrom;
              break;
            }
            listingBatch.push({
              entityId: listEntityId(listId, listing.entryId),
              entryId: listing.entryId,
              programme: listing.programme,
              authority: listing.authority,
              listingDate: listing.listingDate,
              startDate: listing.startDate,
              reason: listing.reason,
            });
            break;
          }
          case 'deletion':
            deletedBatch.push(event.id);
            break;
          case 'rejected':
            totals.rejected += 1;
            if (rejections.length < REJECTIONS_KEPT) {
              rejections.push(event.rejection);
            }
            break;
          case 'metadata':
          case 'identifier':
          case 'address':
          case 'skipped':
          case 'end':
            break;
        }
        if (relationshipBatch.length + listingBatch.length + deletedBatch.length >= OTHERS_BATCH_SIZE) {
          await flushEntries();
          await flushOthers();
        }
      }
      await flushEntries();
      await flushOthers();
      await writes.drain();
      const { seq, versionId } = await openVersion();
      await showLife(seq);
      // With no version ever active, every listing of the list is one this version wrote.
      if (format !== 'ftm-delta' && (active?.activeSeq ?? 0) > 0) {
        await this.repository.markUnseen(listId, seq);
      }
      const changes = await this.repository.countVersionChanges(listId, seq);
      const counts = {
        entryCount: changes.entries,
        added: changes.added,
        updated: totals.updated,
        unchanged: Math.max(0, totals.entries - changes.added - totals.updated),
        delisted: changes.delisted,
        rejected: totals.rejected,
        relationships: totals.relationships,
      };
      if (!(await this.repository.activateVersion(listId, seq, counts, deltaVersion))) {
        throw takenOver(listId, versionId);
      }
      const endedOn = ((issued.source !== 'FILE_DATE' ? issued.issuedAt : null) ?? new Date().toISOString()).slice(
        0,
        10,
      );
      await this.repository.materialiseListingStatus(listId, seq, endedOn);
      await this.repository.materialiseRelationshipStatus(listId, seq, endedOn);
      const activated: WatchlistVersionActivated = { listId, versionId, entries: changes.entries };
      // Awaited, so work that follows an activation (identity links) ends before the import returns.
      await this.events.emitAsync(WATCHLIST_VERSION_ACTIVATED, activated);
      this.logger.log(
        `${listId}: version ${versionId} active: ${changes.entries} entries, ${changes.added} added, ${totals.updated} updated, ${changes.delisted} delisted, ${totals.rejected} rejected`,
      );
      return {
        list: listId,
        version: versionId,
        status: 'imported',
        entries: totals.entries,
        added: counts.added,
        updated: counts.updated,
        unchanged: counts.unchanged,
        delisted: counts.delisted,
        rejected: counts.rejected,
        relationships: totals.relationships,
        rejections,
      };
    } catch (error) {
      await writes.settle();
      const opened = version as { versionId: string; seq: number } | null;
      if (opened) {
        await this.repository.failVersion(listId, opened.seq, (error as Error).message);
        this.logger.warn(`${listId}: import of version ${opened.versionId} failed; the previous version stays active`);
      }
      throw error;
    }
  }

  /** Strict mode reads the whole file first and writes nothing if any row is bad. */
  private async checkStrict(events: AsyncIterable<WatchlistParseEvent>): Promise<void> {
    const rejections: WatchlistRejection[] = [];
    for await (const event of events) {
      if (event.kind === 'rejected') {
        rejections.push(event.rejection);
      }
    }
    if (rejections.length > 0) {
      const first = rejections
        .slice(0, 5)
        .map(
          (rejection) =>
            `${rejection.file} ${rejection.line !== null ? `line ${rejection.line}` : `record ${rejection.record}`}: ${rejection.reason}`,
        )
        .join('; ');
      throw new AppError(
        'WATCHLIST_IMPORT_REJECTED',
        `Strict import refused: ${rejections.length} bad row(s), nothing was changed. ${first}`,
        { rejected: rejections.length },
      );
    }
  }
}

function importInProgress(listId: string, running: RunningImport): AppError {
  const since = running.startedAt ? `, started ${running.startedAt}` : '';
  return new AppError(
    'WATCHLIST_IMPORT_IN_PROGRESS',
    `Another import of list ${listId} is running (version ${running.versionId}${since}); nothing was changed. ` +
      `Try again when it has finished (an import with no progress for ${STALE_IMPORT_MINUTES} minutes is taken for abandoned).`,
    { list: listId, runningVersion: running.versionId },
  );
}

/** This import stalled so long that another import of the list marked its version failed and went ahead. */
function takenOver(listId: string, versionId: string): AppError {
  return new AppError(
    'WATCHLIST_IMPORT_IN_PROGRESS',
    `Version ${versionId} of list ${listId} made no progress for ${STALE_IMPORT_MINUTES} minutes and another import ` +
      `of the list took over; this import stops without activating it.`,
    { list: listId, version: versionId },
  );
}

/** Where a version's issue date came from: the file's content, the operator, or the file's modification date. */
export type IssuedAtSource = 'FILE' | 'OPERATOR' | 'FILE_DATE';

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A version's issue date: the one the file carries, else the operator's, else (for a file on disk)
 * the file's modification date; and which of them it is. An operator's date that is not ISO 8601 is
 * refused before anything is written.
 */
export function issuedAtOf(
  fromFile: string | null,
  request: Pick<ImportRequest, 'issuedAt' | 'useFileDate' | 'path'>,
): { issuedAt: string | null; source: IssuedAtSource | null } {
  if (request.issuedAt !== undefined && !ISO_DATE.test(request.issuedAt)) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `issuedAt must be an ISO 8601 date such as 2026-02-13 (got ${JSON.stringify(request.issuedAt.slice(0, 40))})`,
      { argument: 'issuedAt' },
    );
  }
  if (fromFile) {
    return { issuedAt: fromFile, source: 'FILE' };
  }
  if (request.issuedAt) {
    return { issuedAt: request.issuedAt, source: 'OPERATOR' };
  }
  if (request.useFileDate !== false && existsSync(request.path)) {
    return { issuedAt: statSync(request.path).mtime.toISOString(), source: 'FILE_DATE' };
  }
  return { issuedAt: null, source: null };
}

/** The files whose bytes make up one version: the main file, its side files, a CSV mapping. */
function filesOf(format: WatchlistFormat, path: string, mapping: string | undefined): string[] {
  const files = [path];
  const set = format === 'ofac-sdn' ? OFAC_SDN_FILES : format === 'ofac-cons' ? OFAC_CONS_FILES : null;
  if (set) {
    for (const side of [set.alt, set.add, set.comments]) {
      if (side && existsSync(join(dirname(path), side))) {
        files.push(join(dirname(path), side));
      }
    }
  }
  if (mapping) {
    files.push(mapping);
  }
  return files;
}

async function hashFiles(files: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    if (!existsSync(file)) {
      continue;
    }
    for await (const chunk of createReadStream(file)) {
      hash.update(chunk as Buffer);
    }
  }
  return hash.digest('hex');
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/**
 * Runs writes while the caller goes on (parses the next batch): up to `lanes` `concurrent` writes at a
 * time; `beside` writes, one at a time, each after the writes running when it was given, alongside
 * later concurrent ones; and `alone` writes, which start after every earlier write ended and finish
 * before any later one starts. A failed write surfaces at the next call or at `drain`; the writes
 * already running end first.
 */
class WritePipeline {
  private readonly running = new Set<Promise<void>>();
  private aloneRunning = false;
  private side: Promise<void> = Promise.resolve();
  private failure: { reason: unknown } | null = null;

  constructor(private readonly lanes: number) {}

  async concurrent(write: () => Promise<void>): Promise<void> {
    await this.waitBelow(this.lanes);
    this.start(write, false);
  }

  async alone(write: () => Promise<void>): Promise<void> {
    await this.side;
    await this.waitBelow(1);
    this.start(write, true);
  }

  /** Waits only for the side write before it to start (one runs, one waits). */
  async beside(write: () => Promise<void>): Promise<void> {
    const previous = this.side;
    const before = [...this.running];
    this.side = Promise.all([previous, ...before])
      .then(async () => {
        if (!this.failure) {
          await write();
        }
      })
      .catch((reason: unknown) => {
        this.failure ??= { reason };
      });
    await previous;
    this.throwIfFailed();
  }

  async drain(): Promise<void> {
    await this.side;
    await this.waitBelow(1);
  }

  /** Waits for the writes in flight to end, whatever their outcome (before marking a version failed). */
  async settle(): Promise<void> {
    await this.side;
    while (this.running.size > 0) {
      await Promise.race(this.running);
    }
  }

  private async waitBelow(limit: number): Promise<void> {
    while (this.running.size >= (this.aloneRunning ? 1 : limit)) {
      await Promise.race(this.running);
    }
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) {
      throw this.failure.reason;
    }
  }

  private start(write: () => Promise<void>, alone: boolean): void {
    this.aloneRunning = alone;
    const running: Promise<void> = write()
      .catch((reason: unknown) => {
        this.failure ??= { reason };
      })
      .finally(() => this.running.delete(running));
    this.running.add(running);
  }
}
