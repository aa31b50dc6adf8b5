import { Logger } from '@nestjs/common';
import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../../common/app-error';
import { listEntityId } from '../watchlist-entity';
import type { BeginVersion, RunningImport, WatchlistEntryWrite, WatchlistsRepository } from '../watchlists.repository';
import type { EntryWritePlan, OthersWritePlan } from './entry-batcher';
import { WriteLanes } from './write-lanes';

/** Concurrent entry-batch transactions: two keep a 2-core machine's Neo4j busy while Node parses. */
export const WRITE_LANES = 2;
/**
 * An open version shows life at least this often while its import runs: on a timer (so long steps
 * such as marking unseen entries or activating count too) and before a write when the last sign is
 * this old. The stale window (IMPORT_STALE_SECONDS) is a few of these long.
 */
export const HEARTBEAT_MS = 5_000;

export interface OpenedVersion {
  versionId: string;
  seq: number;
}

export interface VersionWriterOptions {
  lanes?: number;
  heartbeatMs?: number;
  onProgress?: (entriesRead: number) => void;
}

/**
 * The write step: opens the version on its first write, writes entry batches through the write
 * lanes while the caller parses, shows the version's sign of life, and, when the import fails,
 * marks the version failed once the writes in flight have ended.
 */
export class VersionWriter {
  private readonly logger = new Logger(VersionWriter.name);
  private readonly lanes: WriteLanes;
  private readonly heartbeatMs: number;
  private version: OpenedVersion | null = null;
  private lastSignOfLife = 0;
  private touching: Promise<void> | null = null;
  private takenOverError: AppError | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** Entries whose content this version changed. */
  updated = 0;

  constructor(
    private readonly repository: WatchlistsRepository,
    private readonly begin: BeginVersion,
    private readonly options: VersionWriterOptions = {},
  ) {
    this.lanes = new WriteLanes(options.lanes ?? WRITE_LANES);
    this.heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  }

  get opened(): OpenedVersion | null {
    return this.version;
  }

  /** The version this import writes, opened on the first call. */
  async open(): Promise<OpenedVersion> {
    if (this.version) {
      return this.version;
    }
    const opened = await this.repository.beginVersion(this.begin);
    if ('runningImport' in opened) {
      throw importInProgress(this.begin.listId, opened.runningImport, this.begin.staleSeconds);
    }
    this.lastSignOfLife = Date.now();
    this.version = opened;
    this.timer = setInterval(
      () => {
        if (!this.touching && Date.now() - this.lastSignOfLife >= this.heartbeatMs) {
          void this.touch().catch((error: unknown) => this.logger.debug(`heartbeat not written: ${String(error)}`));
        }
      },
      Math.max(100, Math.floor(this.heartbeatMs / 5)),
    );
    this.timer.unref();
    return this.version;
  }

  async writeEntries(plan: EntryWritePlan): Promise<void> {
    const { seq } = await this.open();
    const write = async (batch: WatchlistEntryWrite[], allNew: boolean): Promise<void> => {
      await this.showLife();
      const counts = await this.repository.writeEntries(this.begin.listId, seq, this.begin.sourceId, batch, {
        allNew,
      });
      this.updated += counts.updated;
      this.options.onProgress?.(plan.entriesRead);
    };
    if (plan.fresh.length > 0) {
      await this.lanes.concurrent(() => write(plan.fresh, true));
    }
    if (plan.checked.length > 0) {
      // An entity written earlier in this import may still be in flight: these rows wait for it.
      await (plan.afterEarlierWrites
        ? this.lanes.alone(() => write(plan.checked, false))
        : this.lanes.concurrent(() => write(plan.checked, false)));
    }
  }

  async writeOthers(plan: OthersWritePlan): Promise<void> {
    const { seq } = await this.open();
    const { listId, sourceId } = this.begin;
    if (plan.created.length > 0) {
      // Their ends are in batches already written or being written; they lock only those committed
      // entities, so they run beside the next entry batches.
      await this.lanes.beside(async () => {
        await this.showLife();
        await this.repository.writeRelationships(listId, seq, plan.created, { allNew: true });
      });
    }
    if (plan.upserted.length + plan.listings.length + plan.deleted.length === 0) {
      return;
    }
    // These MERGE entities that entry batches create: they run after every earlier write and before any later one.
    await this.lanes.alone(async () => {
      await this.showLife();
      await this.repository.writeRelationships(listId, seq, plan.upserted);
      await this.repository.writeListingDetails(listId, seq, sourceId, plan.listings);
      await this.repository.markDeleted(
        listId,
        seq,
        plan.deleted.map((id) => listEntityId(listId, id)),
        plan.deleted,
      );
    });
  }

  /** Waits for every write; the version (opened now if nothing was written) is ready for activation. */
  async finish(): Promise<OpenedVersion> {
    await this.lanes.drain();
    const version = await this.open();
    await this.showLife();
    return version;
  }

  /**
   * Marks the version failed (with `counts` when the failure has them) after the writes in flight
   * ended. With the database gone there is nobody to tell: the version stays 'importing' until its
   * heartbeat is stale, and the next import (or `abort-import`) marks it failed.
   */
  async fail(error: unknown, counts: Record<string, number> = {}): Promise<void> {
    this.stop();
    if (isDatabaseUnavailable(error)) {
      // Writes in flight would only retry against a database that is gone: the caller stops now.
      this.logger.log(
        `${this.begin.listId}: the database is unreachable; version ${this.version?.versionId ?? '(none)'} stays unfinished`,
      );
      return;
    }
    await this.lanes.settle();
    if (!this.version) {
      return;
    }
    await this.repository.failVersion(this.begin.listId, this.version.seq, (error as Error).message, counts);
    this.logger.warn(
      `${this.begin.listId}: import of version ${this.version.versionId} failed; the previous version stays active`,
    );
  }

  /** Stops the heartbeat (after activation, or on failure). */
  stop(): void {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  /** Throws when another import took this one for dead; shows life first when the last sign is old. */
  private async showLife(): Promise<void> {
    if (this.touching) {
      await this.touching;
    }
    this.throwIfTakenOver();
    if (Date.now() - this.lastSignOfLife >= this.heartbeatMs) {
      await this.touch();
      this.throwIfTakenOver();
    }
  }

  private async touch(): Promise<void> {
    const version = this.version;
    if (!version) {
      return;
    }
    this.touching = (async () => {
      try {
        if (await this.repository.touchVersion(this.begin.listId, version.seq)) {
          this.lastSignOfLife = Date.now();
        } else {
          this.takenOverError ??= takenOver(this.begin.listId, version.versionId);
          this.stop();
        }
      } finally {
        this.touching = null;
      }
    })();
    await this.touching;
  }

  private throwIfTakenOver(): void {
    if (this.takenOverError) {
      throw this.takenOverError;
    }
  }
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return error instanceof Neo4jError && (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired');
}

function importInProgress(listId: string, running: RunningImport, staleSeconds: number): AppError {
  const since = running.startedAt ? `, started ${running.startedAt}` : '';
  return new AppError(
    'WATCHLIST_IMPORT_IN_PROGRESS',
    `Another import of list ${listId} is running (version ${running.versionId}${since}); nothing was changed. ` +
      `Try again when it has finished (an import with no heartbeat for ${staleSeconds} seconds is taken for dead; ` +
      `\`partner-graph abort-import ${listId}\` marks a dead one failed).`,
    { list: listId, runningVersion: running.versionId },
  );
}

/** This import stalled so long that another import of the list (or an operator) marked its version failed. */
export function takenOver(listId: string, versionId: string): AppError {
  return new AppError(
    'WATCHLIST_IMPORT_IN_PROGRESS',
    `Version ${versionId} of list ${listId} made no progress for too long and was marked failed (by another ` +
      `import of the list or an operator); this import stops without activating it.`,
    { list: listId, version: versionId },
  );
}
