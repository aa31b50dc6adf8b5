import { Injectable } from '@nestjs/common';
import { int } from '../neo4j/neo4j-values';
import { Neo4jService } from '../neo4j/neo4j.service';
import { isoInstant, SYNC_ALERT_AFTER_FAILURES, type SyncState } from '../watchlists/watchlist-freshness';

/** The validators of each file of a source, by file name, as the last successful sync left them. */
export type FileValidators = Record<string, { etag: string | null; lastModified: string | null; sha256: string }>;

export interface StoredSyncState extends SyncState {
  files: FileValidators;
}

export interface SyncSuccess {
  listId: string;
  /** The user id of whoever ran the sync (`system:sync`, `cli:<os user>`). */
  attemptedBy: string;
  listName: string;
  attemptAt: string;
  outcome: 'imported' | 'unchanged';
  /** The main file's validators and checksum (null: keep what is stored). */
  etag: string | null;
  lastModified: string | null;
  sha256: string | null;
  files: FileValidators | null;
}

/** The only place sync talks to Neo4j: sync state lives on each list's :Watchlist node. */
@Injectable()
export class SyncRepository {
  constructor(private readonly neo4j: Neo4jService) {}

  /** Sync states by list id; lists never synced nor imported are absent. */
  async findSyncStates(listIds: string[] | null = null): Promise<Map<string, StoredSyncState>> {
    const rows = await this.neo4j.read('sync/find-sync-states', { listIds });
    const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
    return new Map(
      rows.map((row) => [
        String(row.listId),
        {
          lastAttemptAt: isoInstant(row.lastAttemptAt),
          lastOutcome: text(row.lastOutcome),
          lastError: text(row.lastError),
          lastSuccessAt: isoInstant(row.lastSuccessAt),
          consecutiveFailures: Number(row.consecutiveFailures ?? 0),
          etag: text(row.etag),
          lastModified: text(row.lastModified),
          sha256: text(row.sha256),
          activeImportedAt: isoInstant(row.activeImportedAt),
          files: parseValidators(row.syncValidators),
        },
      ]),
    );
  }

  async recordSuccess(success: SyncSuccess): Promise<void> {
    await this.neo4j.write('sync/record-sync-success', {
      listId: success.listId,
      listName: success.listName,
      attemptAt: success.attemptAt,
      attemptedBy: success.attemptedBy,
      outcome: success.outcome,
      etag: success.etag,
      lastModified: success.lastModified,
      sha256: success.sha256,
      syncValidators: success.files ? JSON.stringify(success.files) : null,
    });
  }

  /** Counts the failure and returns how many there have been in a row. */
  async recordFailure(failure: {
    listId: string;
    listName: string;
    attemptAt: string;
    attemptedBy: string;
    error: string;
  }): Promise<number> {
    const rows = await this.neo4j.write('sync/record-sync-failure', {
      ...failure,
      error: failure.error.slice(0, 2_000),
      alertAfter: int(SYNC_ALERT_AFTER_FAILURES),
    });
    return Number(rows[0]?.consecutiveFailures ?? 0);
  }
}

function parseValidators(value: unknown): FileValidators {
  if (typeof value !== 'string') {
    return {};
  }
  try {
    const parsed = JSON.parse(value) as unknown;
    return parsed !== null && typeof parsed === 'object' ? (parsed as FileValidators) : {};
  } catch {
    return {};
  }
}
