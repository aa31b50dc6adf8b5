import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { Logger } from '@nestjs/common';
import { AppError } from '../../common/app-error';
import { versionFiles, WATCHLIST_PARSERS } from '../parsers/parser-registry';
import { type ImportUnit, readVersionOf, type WatchlistParseOptions } from '../parsers/watchlist-parser';
import { describeWatchlist } from '../watchlist-catalogue';
import { listSourceId } from '../watchlist-entity';
import type { WatchlistFormat, WatchlistParseEvent, WatchlistRejection } from '../watchlist-record';
import type { WatchlistsRepository } from '../watchlists.repository';
import { type Activation, endedOnOf, type VersionCounts } from './activation';
import { type BatchSizes, DEFAULT_BATCH_SIZES, EntryBatcher } from './entry-batcher';
import { issuedAtOf } from './issued-at';
import { VersionWriter, type VersionWriterOptions } from './version-writer';

export interface ImportRequest {
  format: string;
  /**
   * The user id recorded on the version as `importedBy` and `activatedBy`: the caller's user over
   * the API, `cli:<os user>` from the CLI, `system:sync` for the schedule.
   */
  importedBy: string;
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
  /** Activate even when the version delists more than the allowed share of the active entries. */
  allowMassDelisting?: boolean;
  /** This call's share of active entries a version may delist (default: MAX_DELISTING_SHARE). */
  maxDelistingShare?: number;
  onProgress?: (entriesRead: number) => void;
}

/** What one import did: the counts of the version it activated (or found unchanged), with its rejections. */
export interface ImportSummary extends Omit<VersionCounts, 'entryCount'> {
  list: string;
  version: string | null;
  status: 'imported' | 'unchanged';
  entries: number;
  rejections: WatchlistRejection[];
  /** The issue date of the version (the file's, the operator's, or the file date); null when unknown. */
  issuedAt: string | null;
  /** The user id recorded as the version's importer (for an unchanged file: whoever imported the active version). */
  importedBy: string | null;
  /** When the version was activated (ISO 8601); for an unchanged file, when the active version was. */
  importedAt: string | null;
}

export interface PipelineSettings {
  /** An importing version with no heartbeat for this long is taken for dead. */
  staleSeconds: number;
  /** Default share of the active entries a version may delist. */
  maxDelistingShare: number;
  batchSizes?: BatchSizes;
  writer?: Omit<VersionWriterOptions, 'onProgress'>;
}

/**
 * One version of a list from one file, in four named steps: parse (the format's parser), stage
 * (EntryBatcher: events into write batches), write (VersionWriter: batches into the version, which
 * stays invisible) and activate (Activation: one transaction makes it the list's active version).
 */
export class ImportPipeline {
  private readonly logger = new Logger(ImportPipeline.name);

  constructor(
    private readonly repository: WatchlistsRepository,
    private readonly activation: Activation,
    private readonly settings: PipelineSettings,
  ) {}

  async run(format: WatchlistFormat, request: ImportRequest, unit: ImportUnit): Promise<ImportSummary> {
    const parser = WATCHLIST_PARSERS[format];
    const options: WatchlistParseOptions = { listId: request.listId, mapping: request.mapping };
    const files = versionFiles(format, unit.path, request.mapping);
    const sourceHash = await hashFiles(files);

    if (request.strict) {
      await checkStrict(parser.parse(unit.path, options));
    }

    // parse
    const events = parser.parse(unit.path, options)[Symbol.asyncIterator]();
    const first = await events.next();
    if (first.done || first.value.kind !== 'metadata') {
      throw new AppError(
        'WATCHLIST_FILE_MALFORMED',
        `The ${format} parser gave no metadata for ${basename(unit.path)}`,
      );
    }
    const metadata = first.value.metadata;
    const listId = metadata.listId;
    const issued = issuedAtOf(metadata.issuedAt, { ...request, path: unit.path });
    // What a process that stopped after an activation left unfinished is finished before the next version.
    await this.activation.finishMaterialisation(listId);
    const active = await this.repository.findActiveVersion(listId);
    const lastDelta = active?.lastDeltaVersion ?? null;
    const deltaAlreadyApplied =
      unit.deltaVersion !== null && lastDelta !== null && unit.deltaVersion.localeCompare(lastDelta) <= 0;
    const readVersion = readVersionOf(parser);
    if (sameImport(active?.version ?? null, sourceHash, readVersion) || deltaAlreadyApplied) {
      await events.return?.();
      this.logger.log(`${listId}: ${basename(unit.path)} is already imported; nothing changed`);
      return unchanged(listId, active?.version ?? null);
    }
    if (active?.version?.sourceHash === sourceHash) {
      this.logger.log(
        `${listId}: ${basename(unit.path)} is the file of the active version, read again: the ${format} parser now reads it differently (read version ${Number(active.version.readVersion ?? 1)} -> ${readVersion})`,
      );
    }

    const description = describeWatchlist(listId);
    const sourceId = listSourceId(listId);
    const batcher = new EntryBatcher(listId, this.settings.batchSizes ?? DEFAULT_BATCH_SIZES);
    const writer = new VersionWriter(
      this.repository,
      {
        listId,
        listName: description.name,
        format,
        files: files.map((file) => basename(file)),
        sourceHash,
        readVersion,
        issuedAt: issued.issuedAt,
        issuedAtSource: issued.source,
        sample: request.sample === true,
        deltaVersion: unit.deltaVersion,
        sourceId,
        publisher: description.publisher,
        sourceUrl: description.url,
        licence: description.licence,
        staleSeconds: this.settings.staleSeconds,
        importedBy: request.importedBy,
      },
      { ...this.settings.writer, onProgress: request.onProgress },
    );
    const writeEntries = async (): Promise<void> => {
      if (batcher.hasEntries) {
        const { seq } = await writer.open();
        await writer.writeEntries(batcher.takeEntries(seq === 1)!);
      }
    };
    const writeAll = async (): Promise<void> => {
      await writeEntries();
      if (batcher.hasOthers) {
        const { seq } = await writer.open();
        await writer.writeOthers(batcher.takeOthers(seq === 1)!);
      }
    };

    try {
      // stage and write, while the parser reads on
      for (let step = await events.next(); !step.done; step = await events.next()) {
        const due = batcher.add(step.value);
        if (due === 'entries') {
          await writeEntries();
        } else if (due === 'all') {
          await writeAll();
        }
      }
      await writeAll();
      const { seq, versionId } = await writer.finish();
      // activate
      const counts = await this.activation.activate({
        listId,
        versionId,
        seq,
        format,
        activeSeq: active?.activeSeq ?? 0,
        activeEntries: Number(active?.version?.entryCount ?? 0),
        read: { ...batcher.totals, updated: writer.updated },
        deltaVersion: unit.deltaVersion,
        activatedBy: request.importedBy,
        endedOn: endedOnOf(issued.issuedAt, issued.source, new Date().toISOString()),
        guard: {
          maxShare: request.maxDelistingShare ?? this.settings.maxDelistingShare,
          allowMassDelisting: request.allowMassDelisting === true,
        },
      });
      writer.stop();
      this.logger.log(
        `${listId}: version ${versionId} active: ${counts.entryCount} entries, ${counts.added} added, ${counts.updated} updated, ${counts.delisted} delisted, ${counts.rejected} rejected`,
      );
      return {
        list: listId,
        version: versionId,
        status: 'imported',
        entries: batcher.totals.entries,
        added: counts.added,
        updated: counts.updated,
        unchanged: counts.unchanged,
        delisted: counts.delisted,
        rejected: counts.rejected,
        relationships: batcher.totals.relationships,
        rejections: batcher.rejections,
        issuedAt: issued.issuedAt,
        importedBy: request.importedBy,
        importedAt: new Date().toISOString(),
      };
    } catch (error) {
      await writer.fail(
        error,
        error instanceof AppError && error.code === 'WATCHLIST_MASS_DELISTING' ? numbers(error.details) : {},
      );
      throw error;
    }
  }
}

/**
 * Whether a file is the one the active version was made from, read the same way: then importing it again
 * would write nothing. A version stored before read versions were recorded was read at 1.
 */
export function sameImport(
  active: { sourceHash?: unknown; readVersion?: unknown } | null,
  sourceHash: string,
  readVersion: number,
): boolean {
  return active !== null && active.sourceHash === sourceHash && Number(active.readVersion ?? 1) === readVersion;
}

function unchanged(listId: string, version: Record<string, unknown> | null): ImportSummary {
  const entries = Number(version?.entryCount ?? 0);
  return {
    list: listId,
    version: version ? String(version.id) : null,
    status: 'unchanged',
    entries,
    added: 0,
    updated: 0,
    unchanged: entries,
    delisted: 0,
    rejected: 0,
    relationships: 0,
    rejections: [],
    issuedAt: optionalText(version?.issuedAt),
    importedBy: optionalText(version?.importedBy),
    importedAt: optionalText(version?.importedAt),
  };
}

function optionalText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The whole-number details of an error, to record on the failed version. */
function numbers(details: Record<string, string | number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(details).filter((entry): entry is [string, number] => Number.isInteger(entry[1])),
  );
}

/** Strict mode reads the whole file first and writes nothing if any row is bad. */
async function checkStrict(events: AsyncIterable<WatchlistParseEvent>): Promise<void> {
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

/** The source hash a version of `format` made from `path` (and its side files) records. */
export function versionSourceHash(format: WatchlistFormat, path: string, mapping?: string): Promise<string> {
  return hashFiles(versionFiles(format, path, mapping));
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
