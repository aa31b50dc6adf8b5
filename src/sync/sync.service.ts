import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { loadSourceCatalogue, type SourceCatalogue, type SourceDescription } from '../watchlists/source-catalogue';
import { SYNC_ALERT_AFTER_FAILURES } from '../watchlists/watchlist-freshness';
import { WatchlistImportService } from '../watchlists/watchlist-import.service';
import { conditionalDownload, type DownloadOutcome, type FetchFunction } from './conditional-download';
import { SyncError } from './sync.errors';
import { type FileValidators, type StoredSyncState, type SyncSuccess, SyncRepository } from './sync.repository';

export type SyncOutcome = 'imported' | 'unchanged' | 'changed' | 'failed' | 'skipped';

export interface SyncResult {
  list: string;
  /** imported (a new version is active), unchanged (304, or the same bytes), changed (dry run: would import), failed, skipped. */
  outcome: SyncOutcome;
  version: string | null;
  entries: number | null;
  added: number | null;
  delisted: number | null;
  bytes: number;
  error: string | null;
  errorCode: string | null;
  consecutiveFailures: number;
  alert: boolean;
  durationMs: number;
}

export interface SyncOptions {
  /** Who syncs: `system:sync` for the schedule, `cli:<os user>` for the command; recorded as importedBy and lastAttemptBy. */
  syncedBy: string;
  /** One source; without it every enabled list source. */
  listId?: string;
  /** Ask the publisher and report, importing and recording nothing. */
  dryRun?: boolean;
  onProgress?: (event: { list: string; stage: 'download' | 'import' | 'done'; result?: SyncResult }) => void;
}

/**
 * Brings lists up to date from their publishers: conditional download of each source's files,
 * then the normal import (its versioning, atomic activation and guards). A failure of any kind
 * leaves the active version serving and is recorded on the list; SYNC_ALERT_AFTER_FAILURES in a
 * row raise an alert.
 */
@Injectable()
export class SyncService implements OnModuleInit {
  private readonly logger = new Logger(SyncService.name);
  private catalogueValue: SourceCatalogue | null = null;
  /** Replaced in tests only; the default is Node's fetch. */
  fetchFunction: FetchFunction = (input, init) => fetch(input, init);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: SyncRepository,
    private readonly importer: WatchlistImportService,
  ) {}

  /** A bad catalogue (or SOURCES_FILE) stops the start, naming every bad key. */
  onModuleInit(): void {
    this.catalogue();
  }

  catalogue(): SourceCatalogue {
    this.catalogueValue ??= loadSourceCatalogue(this.config.sync.sourcesFile);
    return this.catalogueValue;
  }

  /** The sources one run syncs: the one named (enabled or not), or every enabled list. */
  selectSources(listId?: string): SourceDescription[] {
    const catalogue = this.catalogue();
    if (listId !== undefined) {
      const source = catalogue.get(listId);
      if (!source) {
        throw new SyncError(
          'SYNC_SOURCE_UNKNOWN',
          `No source "${listId}" in the catalogue; known: ${[...catalogue.keys()].join(', ')}`,
          { list: listId },
        );
      }
      return [source];
    }
    return [...catalogue.values()].filter((source) => source.enabled && source.kind === 'list');
  }

  async sync(options: SyncOptions): Promise<SyncResult[]> {
    const sources = this.selectSources(options.listId);
    const states = await this.repository.findSyncStates(sources.map((source) => source.id));
    const results: SyncResult[] = [];
    // One after another: lists are large and the machine's Neo4j is shared.
    for (const source of sources) {
      const result = await this.syncSource(source, states.get(source.id) ?? null, options);
      options.onProgress?.({ list: source.id, stage: 'done', result });
      results.push(result);
    }
    return results;
  }

  private async syncSource(
    source: SourceDescription,
    state: StoredSyncState | null,
    options: SyncOptions,
  ): Promise<SyncResult> {
    const started = Date.now();
    const attemptAt = new Date().toISOString();
    const base = {
      list: source.id,
      version: null,
      entries: null,
      added: null,
      delisted: null,
      bytes: 0,
      error: null,
      errorCode: null,
      consecutiveFailures: state?.consecutiveFailures ?? 0,
      alert: false,
    };
    if (source.kind !== 'list') {
      return {
        ...base,
        outcome: 'skipped',
        error: `${source.id} is a ${source.kind}: sync imports lists only`,
        durationMs: 0,
      };
    }
    const directory = await mkdtemp(join(tmpdir(), `partner-graph-sync-${source.id}-`));
    try {
      options.onProgress?.({ list: source.id, stage: 'download' });
      const fetched = await this.downloadFiles(source, state, directory);
      if (!fetched.changed) {
        if (!options.dryRun) {
          await this.recordSuccess(source, options.syncedBy, attemptAt, fetched, 'unchanged');
        }
        this.logger.log(`${source.id}: unchanged at the publisher`);
        return {
          ...base,
          outcome: 'unchanged',
          consecutiveFailures: 0,
          bytes: fetched.bytes,
          durationMs: Date.now() - started,
        };
      }
      if (options.dryRun) {
        return { ...base, outcome: 'changed', bytes: fetched.bytes, durationMs: Date.now() - started };
      }
      options.onProgress?.({ list: source.id, stage: 'import' });
      const summaries = await this.importer.importFile({
        format: source.format,
        importedBy: options.syncedBy,
        path: join(directory, source.files[0].name),
        listId: source.id,
        // A download's modification time is the receipt time, not the publisher's issue date.
        useFileDate: false,
      });
      const last = summaries[summaries.length - 1];
      await this.recordSuccess(
        source,
        options.syncedBy,
        attemptAt,
        fetched,
        last?.status === 'unchanged' ? 'unchanged' : 'imported',
      );
      this.logger.log(`${source.id}: ${last?.status ?? 'imported'} version ${last?.version ?? '-'}`);
      return {
        ...base,
        outcome: last?.status === 'unchanged' ? 'unchanged' : 'imported',
        version: last?.version ?? null,
        entries: last?.entries ?? null,
        added: last?.added ?? null,
        delisted: last?.delisted ?? null,
        bytes: fetched.bytes,
        consecutiveFailures: 0,
        durationMs: Date.now() - started,
      };
    } catch (error) {
      const message = (error as Error).message.split('\n')[0];
      const errorCode =
        typeof (error as { code?: unknown }).code === 'string' ? String((error as { code: string }).code) : null;
      let failures = (state?.consecutiveFailures ?? 0) + 1;
      if (!options.dryRun) {
        failures = await this.repository.recordFailure({
          attemptedBy: options.syncedBy,
          listId: source.id,
          listName: source.name,
          attemptAt,
          error: errorCode ? `${errorCode}: ${message}` : message,
        });
      }
      const alert = failures >= SYNC_ALERT_AFTER_FAILURES;
      const line = `${source.id}: sync failed (${failures} in a row); the active version keeps serving: ${message}`;
      if (alert) {
        this.logger.error(`ALERT ${line}`);
      } else {
        this.logger.warn(line);
      }
      return {
        ...base,
        outcome: 'failed',
        error: message,
        errorCode,
        consecutiveFailures: failures,
        alert,
        durationMs: Date.now() - started,
      };
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  }

  /** Records a sync that ended well, with the main file's validators and checksum. */
  private async recordSuccess(
    source: SourceDescription,
    attemptedBy: string,
    attemptAt: string,
    fetched: { files: FileValidators },
    outcome: SyncSuccess['outcome'],
  ): Promise<void> {
    const main = fetched.files[source.files[0].name];
    await this.repository.recordSuccess({
      attemptedBy,
      listId: source.id,
      listName: source.name,
      attemptAt,
      outcome,
      etag: main?.etag ?? null,
      lastModified: main?.lastModified ?? null,
      sha256: main?.sha256 ?? null,
      files: fetched.files,
    });
  }

  /**
   * Every file of the source, conditionally. When none changed the list is unchanged. When some
   * did, those answered 304 are fetched again in full (the import needs the whole set), and when
   * the whole set hashes as before (a server without validators) it is unchanged too.
   */
  private async downloadFiles(
    source: SourceDescription,
    state: StoredSyncState | null,
    directory: string,
  ): Promise<{ changed: boolean; bytes: number; files: FileValidators }> {
    const limits = {
      maxBytes: this.config.sync.maxBytes,
      timeoutMs: this.config.sync.timeoutMs,
      maxRedirects: this.config.sync.maxRedirects,
    };
    const expectsHtml = source.format === 'ca-nro';
    const known = state?.files ?? {};
    // Validators are only trusted while the list has an active version they belong to.
    const hasActive = state?.activeImportedAt !== null && state?.activeImportedAt !== undefined;
    const get = (name: string, url: string, conditional: boolean): Promise<DownloadOutcome> =>
      conditionalDownload(url, join(directory, name), {
        previous: conditional && hasActive && known[name] ? known[name] : null,
        limits,
        expectsHtml,
        fetch: this.fetchFunction,
      });
    const outcomes = new Map<string, DownloadOutcome>();
    for (const file of source.files) {
      outcomes.set(file.name, await get(file.name, file.url, true));
    }
    const anyDownloaded = [...outcomes.values()].some((outcome) => outcome.status === 'downloaded');
    if (!anyDownloaded) {
      return { changed: false, bytes: 0, files: known };
    }
    for (const file of source.files) {
      if (outcomes.get(file.name)?.status === 'not-modified') {
        outcomes.set(file.name, await get(file.name, file.url, false));
      }
    }
    const files: FileValidators = {};
    let bytes = 0;
    for (const [name, outcome] of outcomes) {
      if (outcome.status !== 'downloaded') {
        throw new SyncError('SYNC_DOWNLOAD_FAILED', `${outcome.url} answered 304 to a request with no validators`, {
          url: outcome.url,
        });
      }
      bytes += outcome.bytes;
      files[name] = { etag: outcome.etag, lastModified: outcome.lastModified, sha256: outcome.sha256 };
    }
    const sameBytes =
      hasActive &&
      source.files.every(
        (file) => known[file.name]?.sha256 !== undefined && known[file.name].sha256 === files[file.name].sha256,
      );
    return { changed: !sameBytes, bytes, files };
  }
}
