import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { HEARTBEAT_MS, WatchlistImportService } from '../../src/watchlists/watchlist-import.service';
import { type BeginVersion, WatchlistsRepository } from '../../src/watchlists/watchlists.repository';
import { ImportContext } from '../helpers/import-context';
import { testConfig } from '../helpers/test-app';
import { importerWith, type RepositoryWrappers } from '../helpers/wrapped-importer';

const FIXTURES = join(__dirname, '..', 'fixtures', 'watchlists');
const sleep = (milliseconds: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, milliseconds)));
const ZALA = join(FIXTURES, 'ftm', 'zala.entities.ftm.json');
const STALE_SECONDS = testConfig().importStaleSeconds;

describe(`${WatchlistImportService.name} with imports of one list at the same time`, () => {
  const imports = new ImportContext('watchlist-concurrency-test-');
  const { newListId, versionsOf, visibleEntries } = imports;
  let context: INestApplicationContext;
  let sut: WatchlistImportService;
  let repository: WatchlistsRepository;
  let neo4j: Neo4jService;
  let scratch: string;
  /** Zala without one Ownership record: another file of the same list. */
  let zalaLater: string;

  const beginParameters = (listId: string): BeginVersion => ({
    listId,
    listName: listId,
    format: 'ftm',
    files: ['zala.entities.ftm.json'],
    sourceHash: randomUUID(),
    importedBy: 'test:runner',
    issuedAt: null,
    deltaVersion: null,
    sourceId: `list:${listId}`,
    publisher: null,
    sourceUrl: null,
    licence: null,
    staleSeconds: STALE_SECONDS,
  });

  /** Makes an importing version look as if its process stopped `seconds` ago. */
  const silenceFor = async (versionId: string, seconds: number): Promise<void> => {
    await neo4j.runStatementText(
      `MATCH (version:ListVersion {id: $versionId})
       SET version.startedAt = datetime() - duration({seconds: $seconds}),
           version.heartbeatAt = datetime() - duration({seconds: $seconds})`,
      { versionId, seconds },
    );
  };

  /**
   * An importer of its own whose entry writes wait until `release` is called (before they write, or
   * after), so an import that has opened its version stays importing while the test does something
   * else. The shared importer and repository are never changed.
   */
  const holdWrites = (
    when: 'before' | 'after' = 'before',
    wrappers: RepositoryWrappers = {},
  ): { importer: WatchlistImportService; release: () => void } => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const importer = importerWith(context, {
      ...wrappers,
      writeEntries:
        (original) =>
        async (...parameters) => {
          if (when === 'before') {
            await gate;
          }
          const written = await original(...parameters);
          if (when === 'after') {
            await gate;
          }
          return written;
        },
    });
    return { importer, release };
  };

  beforeAll(async () => {
    ({ context, importer: sut, repository, neo4j, scratch } = await imports.open());
    zalaLater = join(scratch, 'zala-later.entities.ftm.json');
    writeFileSync(
      zalaLater,
      readFileSync(ZALA, 'utf8')
        .split('\n')
        .filter((line) => !line.includes('"id": "NK-3NyeuT6JeJDLhGEyH3JD52"'))
        .join('\n'),
    );
  });

  afterAll(async () => {
    await imports.close();
  });

  it('lets one of two concurrent imports of a list in, refuses the other with WATCHLIST_IMPORT_IN_PROGRESS, and loses nothing', async () => {
    const listId = newListId();
    // Both imports reach begin-version before the one that opened its version writes anything.
    let begins = 0;
    const held = holdWrites('before', {
      beginVersion:
        (original) =>
        async (...parameters) => {
          try {
            return await original(...parameters);
          } finally {
            begins += 1;
            if (begins === 2) {
              held.release();
            }
          }
        },
    });
    const outcomes = await Promise.allSettled([
      held.importer.importFile({ importedBy: 'test:runner', format: 'ftm', path: ZALA, listId }),
      held.importer.importFile({ importedBy: 'test:runner', format: 'ftm', path: zalaLater, listId }),
    ]);

    const imported = outcomes.flatMap((outcome, index) => (outcome.status === 'fulfilled' ? [index] : []));
    const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
    expect(imported).toHaveLength(1);
    expect(refused).toEqual([
      expect.objectContaining({
        code: 'WATCHLIST_IMPORT_IN_PROGRESS',
        message: expect.stringContaining(`Another import of list ${listId} is running (version ${listId}@1`),
        details: { list: listId, runningVersion: `${listId}@1` },
      }),
    ]);
    expect(await versionsOf(listId)).toEqual([{ id: `${listId}@1`, status: 'active', entryCount: 17, error: null }]);
    expect(await visibleEntries(listId)).toBe(17);

    // The refused file imports as the next version once the list is free.
    const [again] = await sut.importFile({
      importedBy: 'test:runner',
      format: 'ftm',
      path: imported[0] === 0 ? zalaLater : ZALA,
      listId,
    });

    expect(again).toMatchObject({ status: 'imported', version: `${listId}@2`, entries: 17, delisted: 0 });
    expect(await visibleEntries(listId)).toBe(17);
  });

  it('of six begins of one list at the same moment, opens exactly one version', async () => {
    const listId = newListId();
    await sut.importFile({ importedBy: 'test:runner', format: 'ftm', path: ZALA, listId });

    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => repository.beginVersion(beginParameters(listId))),
    );

    const opened = outcomes.filter((outcome) => 'versionId' in outcome);
    expect(opened).toEqual([{ versionId: `${listId}@2`, seq: 2 }]);
    expect(outcomes.filter((outcome) => 'runningImport' in outcome)).toEqual(
      Array(5).fill({ runningImport: expect.objectContaining({ versionId: `${listId}@2` }) }),
    );
    expect((await versionsOf(listId)).map((version) => [version.id, version.status])).toEqual([
      [`${listId}@2`, 'importing'],
      [`${listId}@1`, 'active'],
    ]);
  });

  it('imports two different lists at the same time', async () => {
    const [first, second] = [newListId(), newListId()];

    const summaries = await Promise.all([
      sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: ZALA,
        listId: first,
      }),
      sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: ZALA,
        listId: second,
      }),
    ]);

    expect(summaries.map(([summary]) => [summary.version, summary.entries])).toEqual([
      [`${first}@1`, 17],
      [`${second}@1`, 17],
    ]);
  });

  it('is not blocked by an import whose process stopped: marks it failed and imports', async () => {
    const listId = newListId();
    await sut.importFile({ importedBy: 'test:runner', format: 'ftm', path: ZALA, listId });
    const crashed = await repository.beginVersion(beginParameters(listId));
    expect(crashed).toEqual({ versionId: `${listId}@2`, seq: 2 });
    await silenceFor(`${listId}@2`, STALE_SECONDS + 1);

    const [summary] = await sut.importFile({
      importedBy: 'test:runner',
      format: 'ftm',
      path: zalaLater,
      listId,
    });

    expect(summary).toMatchObject({ status: 'imported', version: `${listId}@3` });
    expect(await versionsOf(listId)).toEqual([
      { id: `${listId}@3`, status: 'active', entryCount: 17, error: null },
      {
        id: `${listId}@2`,
        status: 'failed',
        entryCount: null,
        error: `Abandoned: no heartbeat for ${STALE_SECONDS} seconds; the process importing it had stopped`,
      },
      { id: `${listId}@1`, status: 'superseded', entryCount: 17, error: null },
    ]);
  });

  it('is blocked by an import that showed life within the stale time, however long ago it started', async () => {
    const listId = newListId();
    const running = await repository.beginVersion(beginParameters(listId));
    await neo4j.runStatementText(
      `MATCH (version:ListVersion {id: $versionId}) SET version.startedAt = datetime() - duration({hours: 5})`,
      { versionId: `${listId}@1` },
    );

    await expect(
      sut.importFile({ importedBy: 'test:runner', format: 'ftm', path: ZALA, listId }),
    ).rejects.toMatchObject({
      code: 'WATCHLIST_IMPORT_IN_PROGRESS',
    });

    expect(running).toEqual({ versionId: `${listId}@1`, seq: 1 });
    expect((await versionsOf(listId)).map((version) => [version.id, version.status])).toEqual([
      [`${listId}@1`, 'importing'],
    ]);
  });

  it('stops an import that another took for abandoned, and keeps nothing it wrote', async () => {
    const listId = newListId();
    let stalledOutcome: unknown;
    // The stalled import has written its entries and stops between two batches.
    const held = holdWrites('after');
    try {
      const stalled = held.importer
        .importFile({ importedBy: 'test:runner', format: 'ftm', path: ZALA, listId })
        .catch((error: unknown) => error);
      // Wait for the stalled import to open its version, then make it look silent for too long.
      for (let attempt = 0; attempt < 100 && (await versionsOf(listId)).length === 0; attempt++) {
        await sleep(50);
      }
      const openedAt = Date.now();
      await silenceFor(`${listId}@1`, STALE_SECONDS + 1);

      const [takeover] = await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: zalaLater,
        listId,
      });

      expect(takeover).toMatchObject({ status: 'imported', version: `${listId}@2` });
      // A real stall is far longer than the interval between signs of life; this one is faked.
      await sleep(HEARTBEAT_MS + 100 - (Date.now() - openedAt));
      held.release();
      stalledOutcome = await stalled;
    } finally {
      held.release();
    }

    expect(stalledOutcome).toMatchObject({
      code: 'WATCHLIST_IMPORT_IN_PROGRESS',
      message: expect.stringContaining(`Version ${listId}@1 of list ${listId} made no progress`),
    });
    expect((await versionsOf(listId)).map((version) => [version.id, version.status])).toEqual([
      [`${listId}@2`, 'active'],
      [`${listId}@1`, 'failed'],
    ]);
    expect(await visibleEntries(listId)).toBe(17);
    // Zala's first record, which only the stalled import held, is not shown.
    const stray = await neo4j.runStatementText(
      `MATCH ()-[relationship {relationshipId: 'NK-3NyeuT6JeJDLhGEyH3JD52'}]->() WHERE relationship.listId = $listId
       RETURN count(*) AS count`,
      { listId },
    );
    expect(stray[0].count).toBe(0);
  });
});
