import { PollLoop } from '../common/poll-loop';
import { yieldToEventLoop } from '../common/event-loop';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CandidateIndex, type IndexEntry } from '../matching';
import { readDetails } from '../watchlists/watchlist-entity';
import { WATCHLIST_VERSION_ACTIVATED, type WatchlistVersionActivated } from '../watchlists/watchlist-events';
import type { IndexedEntityDetails, SavedScreeningIndex } from './saved-screening-index';

import { ScreeningIndexNotReadyError } from './screening.errors';
import {
  type ActiveListVersion,
  type GraphGeneration,
  type IndexSourceRow,
  ScreeningRepository,
} from './screening.repository';

export const SCREENING_OPTIONS = Symbol('SCREENING_OPTIONS');

export interface ScreeningOptions {
  /**
   * Build the index when the application starts (the API) rather than on first use (the CLI, whose
   * commands mostly never screen).
   */
  buildOnStart: boolean;
  /** How long a query waits for a build in progress before it gets SCREENING_INDEX_NOT_READY. */
  readyTimeoutMs?: number;
  /** Entities read from Neo4j per page. */
  pageSize?: number;
  /**
   * How often to read the graph generation, so that an activation made by any process (the CLI,
   * another replica) is seen here; 0 or absent: never (the CLI, which screens at most once).
   */
  pollIntervalMs?: number;
  /** How long the index may stay behind the graph before health calls it stale. */
  staleAfterMs?: number;
  /**
   * Where a built index is saved and read back while the graph generation and list versions are the
   * ones it was built at (the CLI, which would otherwise build it on every run); absent: never saved.
   */
  savedIndex?: SavedScreeningIndex;
}

/** What health and screening results say about how current the index is. */
export interface ScreeningIndexStatus {
  /** False until the first build has completed. */
  ready: boolean;
  builtAt: string | null;
  /** Seconds since the index in service was built. */
  ageSeconds: number | null;
  /** The graph generation the index in service reflects. */
  generation: number | null;
  /** The newest generation this process has read from the graph (null before the first read). */
  graphGeneration: number | null;
  /** When the graph generation last went up, as the graph says. */
  graphChangedAt: string | null;
  /** True when the graph has a generation the index does not reflect yet (a rebuild is due or running). */
  behind: boolean;
  /** Seconds since this process first saw the graph ahead of its index; null when it is not behind. */
  behindSeconds: number | null;
  /** Behind for longer than the configured bound. */
  stale: boolean;
  building: boolean;
  /** When the graph generation was last read successfully. */
  lastPollAt: string | null;
  /** Why the last read of the graph generation failed; null once one succeeds. */
  pollError: string | null;
  /** Why the last build failed; null once one succeeds. */
  lastBuildError: string | null;
}

/** One built index with what it was built from; replaced whole, never changed. */
export interface ScreeningSnapshot {
  index: CandidateIndex;
  /** A Map when built here; read lazily when the snapshot came from a saved file (SavedEntityDetails). */
  details: ReadonlyMap<string, IndexedEntityDetails>;
  listVersions: ActiveListVersion[];
  knownLists: Set<string>;
  builtAt: string;
  /** The graph generation read before anything else when the build began. */
  generation: number;
  entities: number;
  /** `graph`: read from Neo4j; `supplied`: handed in by a benchmark (see `useSnapshot`). */
  origin: 'graph' | 'supplied';
}

const DEFAULT_PAGE_SIZE = 2_500;
const DEFAULT_READY_TIMEOUT_MS = 30_000;
const DEFAULT_STALE_AFTER_MS = 120_000;
const RETRY_AFTER_FAILURE_MS = 5_000;
/**
 * Preparing names is CPU work: a rebuild lets requests, polls and the driver's timers run between
 * slices of this many rows, so the old index really does keep serving while the new one builds.
 */
const ROWS_BETWEEN_YIELDS = 250;
const GRAPH_LABELS = ['Organisation', 'Military', 'SecurityService', 'State', 'Person'];

/**
 * Keeps the process's candidate index: built from the graph at start (or on first use), rebuilt in
 * the background when a list version is activated. An activation in this process (its event) starts
 * a rebuild at once; one made by any other process (the CLI, another replica) is seen by polling the
 * graph generation, which each activation bumps in its own transaction. Queries always read the
 * current snapshot, so they go on being served from the old index while a new one builds; the
 * reference is swapped when the new one is complete. Activations arriving during a build are
 * coalesced into one more build.
 */
@Injectable()
export class ScreeningIndexService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ScreeningIndexService.name);
  private snapshot: ScreeningSnapshot | null = null;
  private building: Promise<void> | null = null;
  private rebuildRequested = false;
  private lastFailure: { at: number; message: string } | null = null;
  private builds = 0;
  private graph: GraphGeneration | null = null;
  private behindSince: number | null = null;
  private lastPollAt: number | null = null;
  private pollError: string | null = null;
  private readonly pollLoop: PollLoop;

  constructor(
    private readonly repository: ScreeningRepository,
    @Inject(SCREENING_OPTIONS) private readonly options: ScreeningOptions,
  ) {
    this.pollLoop = new PollLoop(() => this.checkGraphGeneration(), options.pollIntervalMs ?? 0);
  }

  onApplicationBootstrap(): void {
    if (this.options.buildOnStart) {
      void this.requestRebuild('application start');
    }
    if ((this.options.pollIntervalMs ?? 0) > 0) {
      this.pollLoop.start();
    }
  }

  /** Stops polling (and waits for a poll in flight) before the driver closes. */
  async onModuleDestroy(): Promise<void> {
    await this.pollLoop.stop();
  }

  @OnEvent(WATCHLIST_VERSION_ACTIVATED)
  onVersionActivated(event: WatchlistVersionActivated): void {
    // A CLI process that has never screened has no index to refresh.
    if (this.options.buildOnStart || this.snapshot !== null || this.building !== null) {
      void this.requestRebuild(`${event.listId} version ${event.versionId} activated`);
    }
  }

  /** How many builds from the graph have completed (for tests and health). */
  get completedBuilds(): number {
    return this.builds;
  }

  /** How long the index may stay behind the graph before it is reported stale. */
  get staleAfterMs(): number {
    return this.options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS;
  }

  /** True when this process has read a graph generation that `snapshot` does not reflect. */
  isBehindGraph(snapshot: ScreeningSnapshot): boolean {
    return snapshot.origin === 'graph' && this.graph !== null && this.graph.generation !== snapshot.generation;
  }

  /** How current the index in service is, as far as this process knows (no database round trip). */
  status(now: number = Date.now()): ScreeningIndexStatus {
    const snapshot = this.snapshot;
    const behindSeconds = this.behindSince === null ? null : (now - this.behindSince) / 1000;
    return {
      ready: snapshot !== null,
      builtAt: snapshot?.builtAt ?? null,
      ageSeconds: snapshot ? (now - Date.parse(snapshot.builtAt)) / 1000 : null,
      generation: snapshot?.generation ?? null,
      graphGeneration: this.graph?.generation ?? null,
      graphChangedAt: this.graph?.changedAt ?? null,
      behind: this.behindSince !== null,
      behindSeconds,
      stale: behindSeconds !== null && behindSeconds * 1000 > this.staleAfterMs,
      building: this.building !== null,
      lastPollAt: this.lastPollAt === null ? null : new Date(this.lastPollAt).toISOString(),
      pollError: this.pollError,
      lastBuildError: this.lastFailure?.message ?? null,
    };
  }

  /**
   * Reads the graph generation once and, when it differs from the one the index reflects, starts a
   * rebuild in the background. Never rejects: while Neo4j is unreachable the old index keeps serving
   * and the failure is logged once, not once a poll.
   */
  async checkGraphGeneration(): Promise<void> {
    let graph: GraphGeneration;
    try {
      graph = await this.repository.findGraphGeneration();
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      if (this.pollError === null) {
        this.logger.warn(
          `Cannot read the graph generation (${message}); the screening index in service keeps serving until the database answers`,
        );
      }
      this.pollError = message;
      return;
    }
    if (this.pollError !== null) {
      this.logger.log('The graph generation can be read again');
      this.pollError = null;
    }
    this.graph = graph;
    this.lastPollAt = Date.now();
    const snapshot = this.snapshot;
    if (snapshot?.origin === 'supplied') {
      return;
    }
    if (snapshot && snapshot.generation === graph.generation) {
      this.behindSince = null;
      return;
    }
    if (snapshot) {
      this.behindSince ??= Date.now();
    }
    // A build in progress that began before this generation is followed by a later poll's build.
    const failedRecently = this.lastFailure !== null && Date.now() - this.lastFailure.at < RETRY_AFTER_FAILURE_MS;
    if (!this.building && !failedRecently) {
      void this.requestRebuild(
        snapshot
          ? `graph generation ${graph.generation} (${graph.lastChange ?? 'changed'}), index at ${snapshot.generation}`
          : 'no index yet',
      );
    }
  }

  /** The snapshot in service, or null before the first build; never waits (metrics). */
  peek(): ScreeningSnapshot | null {
    return this.snapshot;
  }

  /** The current snapshot, waiting for the first build if there is none yet. */
  async current(): Promise<ScreeningSnapshot> {
    if (this.snapshot) {
      return this.snapshot;
    }
    if (!this.building) {
      if (this.lastFailure && Date.now() - this.lastFailure.at < RETRY_AFTER_FAILURE_MS) {
        throw new ScreeningIndexNotReadyError(`the last build failed: ${this.lastFailure.message}`);
      }
      void this.requestRebuild('first screening request');
    }
    const timeout = this.options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.building,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeout);
      }),
    ]);
    clearTimeout(timer);
    if (this.snapshot) {
      return this.snapshot;
    }
    throw new ScreeningIndexNotReadyError(
      this.lastFailure ? `the build failed: ${this.lastFailure.message}` : 'the first build is still running',
    );
  }

  /** Resolves when no build is running or queued. */
  async whenIdle(): Promise<void> {
    while (this.building) {
      await this.building;
    }
  }

  /**
   * Starts a build from the graph, or, if one is running, queues exactly one more after it (so a
   * burst of activations costs at most one extra build). Never rejects: failures are logged and the
   * previous snapshot keeps serving.
   */
  requestRebuild(reason: string): Promise<void> {
    if (this.snapshot?.origin === 'supplied') {
      return Promise.resolve();
    }
    if (this.building) {
      this.rebuildRequested = true;
      return this.building;
    }
    this.building = this.runBuilds(reason).finally(() => {
      this.building = null;
    });
    return this.building;
  }

  /** Serves an index built elsewhere (the speed benchmark's synthetic list); later graph builds are ignored. */
  useSnapshot(snapshot: Omit<ScreeningSnapshot, 'origin' | 'knownLists' | 'generation'>): void {
    this.snapshot = {
      ...snapshot,
      generation: 0,
      origin: 'supplied',
      knownLists: new Set(snapshot.listVersions.map((version) => version.listId)),
    };
  }

  private async runBuilds(reason: string): Promise<void> {
    let why = reason;
    do {
      this.rebuildRequested = false;
      try {
        const snapshot = await this.buildFromGraph(why);
        if (this.snapshot?.origin !== 'supplied') {
          this.snapshot = snapshot;
          if (this.graph === null || snapshot.generation >= this.graph.generation) {
            this.behindSince = null;
          }
        }
        this.builds += 1;
        this.lastFailure = null;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.lastFailure = { at: Date.now(), message };
        this.logger.error(`Screening index build failed (${why}): ${message}; the previous index keeps serving`);
      }
      why = 'list versions activated during the previous build';
    } while (this.rebuildRequested);
  }

  private async buildFromGraph(reason: string): Promise<ScreeningSnapshot> {
    const started = Date.now();
    // The generation is read first, then the versions; the pages are judged against those versions.
    // A version activated meanwhile stays out of this index (whose generation is then older than the
    // graph's), and the next poll, or this process's own activation event, builds again.
    const graph = await this.repository.findGraphGeneration();
    if (this.graph === null || graph.generation > this.graph.generation) {
      this.graph = graph;
    }
    const listVersions = await this.repository.findActiveListVersions();
    const saved = this.options.savedIndex;
    const key = saved?.keyOf(graph, listVersions);
    const loaded = saved && key ? await saved.load(key) : null;
    if (loaded) {
      this.logger.log(
        `Screening index read from ${saved!.file} (${reason}): ${loaded.index.size} entities, built ${loaded.builtAt} at graph generation ${graph.generation}, in ${Date.now() - started} ms`,
      );
      return {
        ...loaded,
        listVersions,
        knownLists: new Set(listVersions.map((version) => version.listId)),
        generation: graph.generation,
        origin: 'graph',
      };
    }
    const index = new CandidateIndex();
    const details = new Map<string, IndexedEntityDetails>();
    const pageSize = this.options.pageSize ?? DEFAULT_PAGE_SIZE;
    const readPage = (after: string): Promise<IndexSourceRow[]> => {
      const page = this.repository.findIndexPage(after, pageSize, listVersions);
      // Awaited below; until then a failure must not count as unhandled.
      page.catch(() => undefined);
      return page;
    };
    // The next page is read while this one's names are prepared: Neo4j and this process work at once.
    let next: Promise<IndexSourceRow[]> | null = readPage('');
    let waitingMs = 0;
    while (next) {
      const waiting = Date.now();
      const page: IndexSourceRow[] = await next;
      waitingMs += Date.now() - waiting;
      next = page.length < pageSize ? null : readPage(page[page.length - 1].id);
      for (const [position, row] of page.entries()) {
        const entry = toIndexEntry(row);
        if (entry) {
          index.add(entry.entry);
          details.set(row.id, entry.details);
        }
        if (position % ROWS_BETWEEN_YIELDS === ROWS_BETWEEN_YIELDS - 1) {
          await yieldToEventLoop();
        }
      }
    }
    index.build();
    this.logger.log(
      `Screening index built (${reason}): ${index.size} entities, ${index.nameCount} names, from ${listVersions.length} list version(s), graph generation ${graph.generation}, in ${Date.now() - started} ms (${waitingMs} ms waiting for the graph)`,
    );
    const snapshot: ScreeningSnapshot = {
      index,
      details,
      listVersions,
      knownLists: new Set(listVersions.map((version) => version.listId)),
      builtAt: new Date().toISOString(),
      generation: graph.generation,
      entities: index.size,
      origin: 'graph',
    };
    if (saved && key) {
      await saved.save(key, snapshot);
    }
    return snapshot;
  }
}

/** The id prefix of a body the registry (ROR) gives: `ror:<ROR id>`. */
const ROR_ENTITY_PREFIX = 'ror:';

/**
 * A row's identifiers, and the ROR id of a body of the registry, which its id holds: a funder given a ROR record
 * by the crosswalk keeps only its funder ids among its identifiers, and a query's ROR id finds it (since rules
 * 1.116.0).
 */
function identifiersOf(row: IndexSourceRow): string[] {
  const ror = row.id.startsWith(ROR_ENTITY_PREFIX) ? row.id.slice(ROR_ENTITY_PREFIX.length) : null;
  return ror && !row.identifierValues.includes(ror) ? [...row.identifierValues, ror] : row.identifierValues;
}

/**
 * Actively listed entries and curated graph entities (registry bodies in force among them) are
 * indexed; delisted entries, placeholders (nodes a list relationship created before, or without, their
 * own entry) and registry bodies not in force are not. Registry bodies carry no listing, so they are
 * never treated as listed.
 */
export function toIndexEntry(row: IndexSourceRow): { entry: IndexEntry; details: IndexedEntityDetails } | null {
  const listed = row.activeListings.length > 0;
  const curated = !row.fromList && row.listingCount === 0;
  if ((!listed && !curated) || !row.name || row.name === row.id) {
    return null;
  }
  // Registry bodies that are no longer current (inactive, withdrawn, deprecated) or only named by a
  // relationship (unresolved) stay in the graph for walks but are not screened as current bodies.
  if (row.registryStatus && row.registryStatus !== 'active') {
    return null;
  }
  const type = row.labels.find((label) => GRAPH_LABELS.includes(label)) ?? 'Organisation';
  const schema = row.schema ?? (type === 'Person' ? 'Person' : 'Organization');
  const listIds = [...new Set(row.activeListings.map((listing) => listing.listId))];
  return {
    entry: {
      entityId: row.id,
      schema,
      names: [row.name, ...row.aliases.flatMap(splitNameList).filter((alias) => alias !== row.name)],
      countries: [...new Set([...row.country, ...row.nationality])],
      birthDates: row.birthDates,
      identifiers: identifiersOf(row),
      listIds,
      weakNames: weakAliasesOf(row.weakDetails),
      ...townsOf(row),
      ...(row.demo === true ? { demo: true } : {}),
    },
    details: {
      name: row.name,
      type,
      schema,
      kind: row.kind,
      riskCategories: row.riskCategories,
      ...(row.demo === true ? { demo: true } : {}),
      listings: row.activeListings.flatMap((listing): Array<{ id: string; programme: string | null }> =>
        listing.programmes.length > 0
          ? listing.programmes.map((programme) => ({ id: listing.listId, programme }))
          : [{ id: listing.listId, programme: null }],
      ),
    },
  };
}

/**
 * The towns a registry body is in (the graph's `city`, ROR's locations; since rules 1.141.0) or a list entry's address
 * towns (since rules 1.145.0), when it has any.
 */
function townsOf(row: IndexSourceRow): { towns?: string[] } {
  const towns = (Array.isArray(row.city) ? row.city : typeof row.city === 'string' ? [row.city] : []).filter(
    (town): town is string => typeof town === 'string' && town.trim().length > 0,
  );
  return towns.length > 0 ? { towns } : {};
}

/** The weak aliases in a list entry's `details` text (see `IndexSourceRow.weakDetails`); none when it has none. */
function weakAliasesOf(details: string | null | undefined): string[] {
  if (!details) {
    return [];
  }
  const weak = readDetails({ details }).weakAliases;
  return Array.isArray(weak)
    ? weak.filter((alias): alias is string => typeof alias === 'string').flatMap(splitNameList)
    : [];
}

/** Some lists pack several spellings into one alias ("Husain Salimi; Hosain Salimi"): each is a name. */
function splitNameList(alias: string | null): string[] {
  if (!alias) {
    return [];
  }
  return alias.includes(';')
    ? alias
        .split(';')
        .map((part) => part.trim())
        .filter((part) => part.length > 0)
    : [alias];
}
