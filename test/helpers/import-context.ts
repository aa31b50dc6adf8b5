import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import type { ListVersion, Watchlist } from '../../src/watchlists/models/watchlist.model';
import { WatchlistImportService } from '../../src/watchlists/watchlist-import.service';
import { WatchlistsRepository } from '../../src/watchlists/watchlists.repository';
import { WatchlistsService } from '../../src/watchlists/watchlists.service';
import { TestListIds } from './remove-lists';
import { cliContext, prepareDatabase } from './test-app';

/** What an import spec works with once the context is open. */
export interface ImportServices {
  context: INestApplicationContext;
  importer: WatchlistImportService;
  repository: WatchlistsRepository;
  watchlists: WatchlistsService;
  neo4j: Neo4jService;
  /** A folder of the spec's own for the files it writes, removed on close. */
  scratch: string;
}

/** The fields of a version that the import specs compare when none are named. */
const VERSION_FIELDS = ['id', 'status', 'entryCount', 'error'] as const;

/**
 * The set-up the watchlist import integration specs share: the CLI's application context on the
 * prepared test database, its import services, a scratch folder, fresh list ids (all that was
 * imported under them removed on close, so later files do not see it) and the queries that read what
 * an import left. Create it in the describe block (list ids are taken while tests are collected),
 * `open()` it in beforeAll and `close()` it in afterAll.
 */
export class ImportContext {
  private readonly lists = new TestListIds();
  private services: ImportServices | undefined;

  constructor(private readonly scratchPrefix: string) {}

  /** A list id of this spec's own (`test-…`), removed with its entries on close. */
  readonly newListId = (): string => this.lists.next();

  async open(): Promise<ImportServices> {
    await prepareDatabase();
    const context = await cliContext();
    this.services = {
      context,
      importer: context.get(WatchlistImportService),
      repository: context.get(WatchlistsRepository),
      watchlists: context.get(WatchlistsService),
      neo4j: context.get(Neo4jService),
      scratch: mkdtempSync(join(tmpdir(), this.scratchPrefix)),
    };
    return this.services;
  }

  async close(): Promise<void> {
    const services = this.services;
    this.services = undefined;
    if (!services) {
      return;
    }
    try {
      await this.lists.removeAll(services.neo4j);
    } finally {
      await services.context.close();
      rmSync(services.scratch, { recursive: true, force: true });
    }
  }

  /** The list as the watchlists service gives it, or undefined when there is none. */
  readonly listOf = async (listId: string): Promise<Watchlist | undefined> =>
    (await this.opened().watchlists.watchlists()).find((list) => list.id === listId);

  /** The list's versions, newest first, with the fields named (by default id, status, entryCount and error). */
  readonly versionsOf = async <K extends keyof ListVersion = (typeof VERSION_FIELDS)[number]>(
    listId: string,
    fields: readonly K[] = VERSION_FIELDS as unknown as readonly K[],
  ): Promise<Array<Pick<ListVersion, K>>> =>
    ((await this.listOf(listId))?.versions ?? []).map(
      (version) => Object.fromEntries(fields.map((field) => [field, version[field]])) as Pick<ListVersion, K>,
    );

  /** How many listings of the list readers of its active version see. */
  readonly visibleEntries = async (listId: string): Promise<number> => {
    const rows = await this.opened().neo4j.runStatementText(
      `MATCH (list:Watchlist {id: $listId})<-[listing:LISTED_ON]-()
       WHERE listing.firstSeq <= list.activeSeq AND (listing.removedSeq IS NULL OR listing.removedSeq > list.activeSeq)
       RETURN count(*) AS count`,
      { listId },
    );
    return Number(rows[0].count);
  };

  /** The ids of the entries readers of the list's active version see, in order. */
  readonly visibleEntryIds = async (listId: string): Promise<string[]> => {
    const rows = await this.opened().neo4j.runStatementText(
      `MATCH (list:Watchlist {id: $listId})<-[listing:LISTED_ON]-(entity)
       WHERE listing.firstSeq <= list.activeSeq AND (listing.removedSeq IS NULL OR listing.removedSeq > list.activeSeq)
       RETURN entity.id AS id ORDER BY id`,
      { listId },
    );
    return rows.map((row) => String(row.id));
  };

  /** The stored details of one listing, pending ones included. */
  readonly listingOf = async (listId: string, entryId: string): Promise<Record<string, unknown>> => {
    const rows = await this.opened().neo4j.runStatementText(
      `MATCH (:Entity {id: $id})-[listing:LISTED_ON]->(:Watchlist {id: $listId})
       RETURN listing {.program, .authority, .reason, .listedFrom, .pendingSeq, .pendingProgram, .pendingAuthority,
                       .pendingReason, .pendingListedFrom} AS listing`,
      { id: `${listId}:${entryId}`, listId },
    );
    return rows[0].listing as Record<string, unknown>;
  };

  private opened(): ImportServices {
    if (!this.services) {
      throw new Error('the import context is not open (open it in beforeAll)');
    }
    return this.services;
  }
}
