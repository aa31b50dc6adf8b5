import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { WatchlistImportService } from '../../src/watchlists/watchlist-import.service';
import { WatchlistsRepository } from '../../src/watchlists/watchlists.repository';
import { WatchlistsService } from '../../src/watchlists/watchlists.service';
import { cliContext, prepareDatabase } from '../helpers/test-app';

const FIXTURES = join(__dirname, '..', 'fixtures', 'watchlists');
const fixture = (...parts: string[]): string => join(FIXTURES, ...parts);

interface FtmRecord {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  [key: string]: unknown;
}

/** The records of a real FtM sample file, to derive later versions from. */
function readFtm(path: string): FtmRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as FtmRecord);
}

/** Zala Aero's operator, LLC CST: listed with 25 Sanction records and linked by Ownership and Directorship. */
const COMPANY = 'NK-abdzbEBkqyT29GyREbiURZ';

describe(`${WatchlistImportService.name}: what readers see of a version before it is active`, () => {
  let context: INestApplicationContext;
  let sut: WatchlistImportService;
  let repository: WatchlistsRepository;
  let watchlists: WatchlistsService;
  let neo4j: Neo4jService;
  let scratch: string;

  const newListId = (): string => `test-${randomUUID().slice(0, 8)}`;

  const writeFtm = (records: FtmRecord[], name = 'entities'): string => {
    const path = join(scratch, `${name}-${randomUUID().slice(0, 8)}.ftm.json`);
    writeFileSync(path, `${records.map((record) => JSON.stringify(record)).join('\n')}\n`);
    return path;
  };

  /** The stored details of one listing, pending ones included. */
  const listingOf = async (listId: string, entryId: string): Promise<Record<string, unknown>> => {
    const rows = await neo4j.runStatementText(
      `MATCH (:Entity {id: $id})-[listing:LISTED_ON]->(:Watchlist {id: $listId})
       RETURN listing {.program, .authority, .reason, .listedFrom, .pendingSeq, .pendingProgram, .pendingAuthority,
                       .pendingReason, .pendingListedFrom} AS listing`,
      { id: `${listId}:${entryId}`, listId },
    );
    return rows[0].listing as Record<string, unknown>;
  };

  /**
   * Runs `check` at the last moment before version activation: what readers see of a version that
   * has written everything but is not active yet.
   */
  const beforeActivation = async <T>(check: () => Promise<T>, work: () => Promise<unknown>): Promise<T> => {
    const original = repository.activateVersion.bind(repository);
    let seen: T | undefined;
    repository.activateVersion = async (...parameters) => {
      seen = await check();
      return original(...parameters);
    };
    try {
      await work();
    } finally {
      repository.activateVersion = original;
    }
    return seen as T;
  };

  /** Makes the import fail after all its writes, just before activation. */
  const failingBeforeActivation = async (work: () => Promise<unknown>): Promise<unknown> => {
    const original = repository.countVersionChanges.bind(repository);
    repository.countVersionChanges = () => Promise.reject(new Error('injected: the process died before activation'));
    try {
      return await work().catch((error: unknown) => error);
    } finally {
      repository.countVersionChanges = original;
    }
  };

  beforeAll(async () => {
    await prepareDatabase();
    context = await cliContext();
    sut = context.get(WatchlistImportService);
    repository = context.get(WatchlistsRepository);
    watchlists = context.get(WatchlistsService);
    neo4j = context.get(Neo4jService);
    scratch = mkdtempSync(join(tmpdir(), 'watchlist-versions-test-'));
  });

  afterAll(async () => {
    await context?.close();
    if (scratch) {
      rmSync(scratch, { recursive: true, force: true });
    }
  });

  describe('listing details of a listed entry', () => {
    const zala = readFtm(fixture('ftm', 'zala.entities.ftm.json'));
    /** Zala with a new Sanction record before the company (written apart from it) and one after it (with it). */
    const amendedZala = (): FtmRecord[] => [
      {
        id: 'test-sanction-early',
        schema: 'Sanction',
        properties: { entity: [COMPANY], program: ['TEST-PROGRAMME-EARLY'], authority: ['Test Authority Early'] },
      },
      ...zala,
      {
        id: 'test-sanction-late',
        schema: 'Sanction',
        properties: {
          entity: [COMPANY],
          program: ['TEST-PROGRAMME-LATE'],
          reason: ['Test reason of the new version'],
          listingDate: ['2026-03-01'],
        },
      },
    ];

    it('keeps programmes, authority, reason and listedFrom of the active version until the new one is activated', async () => {
      const listId = newListId();
      await sut.importFile({ format: 'ftm', path: fixture('ftm', 'zala.entities.ftm.json'), listId });
      const before = await listingOf(listId, COMPANY);
      const entryBefore = await watchlists.entry(`${listId}:${COMPANY}`);
      expect(before).toMatchObject({ pendingSeq: null, authority: expect.any(String) });

      const seen = await beforeActivation(
        async () => ({
          listing: await listingOf(listId, COMPANY),
          entry: await watchlists.entry(`${listId}:${COMPANY}`),
        }),
        () => sut.importFile({ format: 'ftm', path: writeFtm(amendedZala()), listId }),
      );

      expect(seen.entry.listings).toEqual(entryBefore.listings);
      expect(seen.listing).toMatchObject({
        program: before.program,
        authority: before.authority,
        reason: before.reason,
        listedFrom: before.listedFrom,
        pendingSeq: 2,
        pendingAuthority: 'Test Authority Early',
        pendingReason: 'Test reason of the new version',
        pendingListedFrom: '2026-03-01',
      });
      expect(seen.listing.pendingProgram).toEqual(
        expect.arrayContaining([...(before.program as string[]), 'TEST-PROGRAMME-EARLY', 'TEST-PROGRAMME-LATE']),
      );
      const after = await listingOf(listId, COMPANY);
      expect(after).toEqual({
        program: seen.listing.pendingProgram,
        authority: 'Test Authority Early',
        reason: 'Test reason of the new version',
        listedFrom: '2026-03-01',
        pendingSeq: null,
        pendingProgram: null,
        pendingAuthority: null,
        pendingReason: null,
        pendingListedFrom: null,
      });
      expect((await watchlists.entry(`${listId}:${COMPANY}`)).listings[0]).toMatchObject({
        programmes: seen.listing.pendingProgram,
        listedFrom: '2026-03-01',
        status: 'current',
      });
    });

    it('stages nothing when a version repeats the details', async () => {
      const listId = newListId();
      await sut.importFile({ format: 'ftm', path: fixture('ftm', 'zala.entities.ftm.json'), listId });
      const before = await listingOf(listId, COMPANY);

      const seen = await beforeActivation(
        () =>
          neo4j.runStatementText(
            `MATCH ()-[listing:LISTED_ON]->(:Watchlist {id: $listId}) WHERE listing.pendingSeq IS NOT NULL
           RETURN count(*) AS count`,
            { listId },
          ),
        // One Ownership record fewer: another file, with the same listing details.
        () => sut.importFile({ format: 'ftm', path: writeFtm(zala.slice(1)), listId }),
      );

      expect(seen[0].count).toBe(0);
      expect(await listingOf(listId, COMPANY)).toEqual(before);
    });

    it('drops the staged details of a version that fails; the next version starts from the active ones', async () => {
      const listId = newListId();
      await sut.importFile({ format: 'ftm', path: fixture('ftm', 'zala.entities.ftm.json'), listId });
      const before = await listingOf(listId, COMPANY);

      const failure = await failingBeforeActivation(() =>
        sut.importFile({ format: 'ftm', path: writeFtm(amendedZala()), listId }),
      );

      expect(failure).toMatchObject({ message: expect.stringContaining('injected') });
      expect(await listingOf(listId, COMPANY)).toEqual(before);
      const [next] = await sut.importFile({ format: 'ftm', path: writeFtm(zala.slice(1)), listId });
      expect(next).toMatchObject({ status: 'imported', version: `${listId}@3` });
      expect(await listingOf(listId, COMPANY)).toEqual(before);
    });

    it('drops what a crashed version staged when the next version begins', async () => {
      const listId = newListId();
      await sut.importFile({ format: 'ftm', path: fixture('ftm', 'zala.entities.ftm.json'), listId });
      const before = await listingOf(listId, COMPANY);
      // A crash leaves the version importing, with its staged details in place, and nobody calls fail-version.
      const failVersion = repository.failVersion.bind(repository);
      repository.failVersion = () => Promise.resolve();
      try {
        await failingBeforeActivation(() => sut.importFile({ format: 'ftm', path: writeFtm(amendedZala()), listId }));
      } finally {
        repository.failVersion = failVersion;
      }
      expect(await listingOf(listId, COMPANY)).toMatchObject({
        program: before.program,
        authority: before.authority,
        pendingSeq: 2,
        pendingAuthority: 'Test Authority Early',
      });
      await neo4j.runStatementText(
        `MATCH (version:ListVersion {listId: $listId, seq: 2}) SET version.status = 'failed'`,
        { listId },
      );

      await sut.importFile({ format: 'ftm', path: writeFtm(zala.slice(1)), listId });

      expect(await listingOf(listId, COMPANY)).toEqual(before);
    });
  });
});
