import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Activation } from './import/activation';
import { ImportPipeline, type ImportRequest, type ImportSummary, versionSourceHash } from './import/import-pipeline';
import { checkFormat, importUnits, WATCHLIST_PARSERS } from './parsers/parser-registry';
import { readVersionOf } from './parsers/watchlist-parser';
import { WatchlistsRepository } from './watchlists.repository';

export type { ImportRequest, ImportSummary } from './import/import-pipeline';
export { type IssuedAtSource, issuedAtOf } from './import/issued-at';
export { HEARTBEAT_MS } from './import/version-writer';

/** How the active version of a list was read, against how the importer reads its format now. */
export interface ActiveReading {
  /** The active version is a copy shipped with partner-graph. */
  sample: boolean;
  /** The read version stored on the active version (1 when it stores none). */
  readVersion: number;
  /** The read version of the format's parser now. */
  currentReadVersion: number;
  /** Whether the file given is the one the active version was made from (same source hash). */
  sameFile: boolean;
  versionId: string;
}

export interface AbortOutcome {
  list: string;
  /** The version marked failed, or null when nothing was aborted. */
  aborted: string | null;
  message: string;
}

/**
 * Imports one file as a new version of its list (see ImportPipeline). Everything the version writes
 * stays invisible to readers of the active version (see cypher/watchlists/*.cypher) until one
 * transaction activates it, so an import that fails half way leaves the previous version active and
 * intact.
 */
@Injectable()
export class WatchlistImportService implements OnApplicationBootstrap {
  private readonly logger = new Logger(WatchlistImportService.name);
  private readonly activation: Activation;
  private readonly pipeline: ImportPipeline;

  constructor(
    private readonly repository: WatchlistsRepository,
    events: EventEmitter2,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.activation = new Activation(repository, events);
    this.pipeline = new ImportPipeline(repository, this.activation, {
      staleSeconds: config.importStaleSeconds,
      maxDelistingShare: config.maxDelistingShare,
    });
  }

  /** Finishes what a process stopped after an activation left undone (derived statuses). */
  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.activation.finishMaterialisation(null);
    } catch (error) {
      this.logger.warn(`Could not finish the statuses of earlier activations: ${(error as Error).message}`);
    }
  }

  async importFile(request: ImportRequest): Promise<ImportSummary[]> {
    const format = checkFormat(request.format);
    const summaries: ImportSummary[] = [];
    for await (const unit of importUnits(format, request.path)) {
      summaries.push(await this.pipeline.run(format, request, unit));
    }
    return summaries;
  }

  /**
   * Since rules 1.149.0: how the active version of `listId` was read, against how `format`'s parser reads now, and
   * whether `path` is the file it was made from; null when the list has no active version.
   */
  async activeReading(listId: string, format: string, path: string): Promise<ActiveReading | null> {
    const checked = checkFormat(format);
    const version = (await this.repository.findActiveVersion(listId))?.version ?? null;
    if (!version) {
      return null;
    }
    return {
      sample: version.sample === true,
      readVersion: Number(version.readVersion ?? 1),
      currentReadVersion: readVersionOf(WATCHLIST_PARSERS[checked]),
      sameFile: version.sourceHash === (await versionSourceHash(checked, path)),
      versionId: String(version.id),
    };
  }

  /**
   * Marks the running import of a list failed when its heartbeat is stale (its process died), or with
   * `force` whatever its heartbeat. A live import is refused with WATCHLIST_IMPORT_IN_PROGRESS.
   */
  async abortImport(
    listId: string,
    { force = false, abortedBy }: { force?: boolean; abortedBy: string },
  ): Promise<AbortOutcome> {
    const staleSeconds = this.config.importStaleSeconds;
    const found = await this.repository.abortImport(listId, {
      staleSeconds,
      force,
      abortedBy,
      error: force ? 'Aborted by an operator (forced)' : 'Aborted by an operator: its process had stopped',
    });
    if (found.length === 0) {
      return { list: listId, aborted: null, message: `${listId}: no import is running; nothing to abort` };
    }
    const [version] = found;
    if (!version.aborted) {
      throw new AppError(
        'WATCHLIST_IMPORT_IN_PROGRESS',
        `The import of ${listId} (version ${version.versionId}) is alive: its last heartbeat was at ${version.heartbeatAt}, ` +
          `within ${staleSeconds} seconds. Nothing was changed; abort it anyway with --force.`,
        { list: listId, runningVersion: version.versionId },
      );
    }
    this.logger.log(`${listId}: import of version ${version.versionId} aborted by ${abortedBy}`);
    return {
      list: listId,
      aborted: version.versionId,
      message: `${listId}: version ${version.versionId} marked failed; the previous version stays active`,
    };
  }

  /** Writes the derived statuses that stopped processes left unfinished; answers how many versions. */
  async finishMaterialisation(listId: string | null = null): Promise<number> {
    return this.activation.finishMaterialisation(listId);
  }
}
