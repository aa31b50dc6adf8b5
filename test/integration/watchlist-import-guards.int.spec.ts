import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { WatchlistImportService } from '../../src/watchlists/watchlist-import.service';
import { WatchlistsRepository } from '../../src/watchlists/watchlists.repository';
import { ImportContext } from '../helpers/import-context';
import { cliContext, testConfig } from '../helpers/test-app';

const FIXTURES = join(__dirname, '..', 'fixtures', 'watchlists');
const fixture = (...parts: string[]): string => join(FIXTURES, ...parts);

/** A repository whose post-activation status writing stops, as a process killed at that point would. */
class StatusesInterruptedRepository extends WatchlistsRepository {
  override materialiseListingStatus(): Promise<void> {
    return Promise.reject(new Error('injected: the process stopped after activating'));
  }
}

describe(`${WatchlistImportService.name} guards: mass delisting, abort, unfinished activations`, () => {
  const imports = new ImportContext('watchlist-guards-test-');
  const { newListId, visibleEntries } = imports;
  let context: INestApplicationContext;
  let sut: WatchlistImportService;
  let repository: WatchlistsRepository;
  let neo4j: Neo4jService;
  let scratch: string;

  const versionsOf = (listId: string) =>
    imports.versionsOf(listId, ['id', 'status', 'entryCount', 'delisted', 'error']);

  /** Listings by their written status (what readers that look at status see). */
  const statusesOf = async (listId: string): Promise<Record<string, number>> => {
    const rows = await neo4j.runStatementText(
      `MATCH (:Watchlist {id: $listId})<-[listing:LISTED_ON]-() RETURN listing.status AS status, count(*) AS count`,
      { listId },
    );
    return Object.fromEntries(rows.map((row) => [String(row.status), Number(row.count)]));
  };

  const materialisedOf = async (versionId: string): Promise<unknown> => {
    const rows = await neo4j.runStatementText(
      'MATCH (version:ListVersion {id: $versionId}) RETURN version.materialised AS materialised',
      { versionId },
    );
    return rows[0]?.materialised;
  };

  /** An OFAC SDN set with only the first `rows` rows of sdn.csv, the side files beside it. */
  const truncatedOfac = (rows: number): string => {
    const folder = join(scratch, `ofac-${randomUUID().slice(0, 6)}`);
    mkdirSync(folder);
    for (const side of ['alt.csv', 'add.csv', 'sdn_comments.csv']) {
      copyFileSync(fixture('ofac', side), join(folder, side));
    }
    const lines = readFileSync(fixture('ofac', 'sdn.csv'), 'utf8').split('\n');
    writeFileSync(join(folder, 'sdn.csv'), `${lines.slice(0, rows).join('\n')}\n`);
    return join(folder, 'sdn.csv');
  };

  beforeAll(async () => {
    ({ context, importer: sut, repository, neo4j, scratch } = await imports.open());
  });

  afterAll(async () => {
    await imports.close();
  });

  describe('the first 3,000 rows of the OFAC SDN list imported over the whole list', () => {
    const listId = newListId();
    let full: string | null;
    let refusal: unknown;

    beforeAll(async () => {
      const [first] = await sut.importFile({
        importedBy: 'test:runner',
        format: 'ofac-sdn',
        path: fixture('ofac', 'sdn.csv'),
        listId,
      });
      full = first.version;
      refusal = await sut
        .importFile({ importedBy: 'test:runner', format: 'ofac-sdn', path: truncatedOfac(3_000), listId })
        .catch((error: unknown) => error);
    });

    it('is refused with WATCHLIST_MASS_DELISTING and the counts', () => {
      expect(refusal).toMatchObject({
        code: 'WATCHLIST_MASS_DELISTING',
        details: { list: listId, activeEntries: 7379, delisted: 4379, entryCount: 3000 },
        message: expect.stringContaining('would delist 4379 of its 7379 active entries (59.3%, more than the 5.0%'),
      });
    });

    it('changes nothing: the full version stays active with every entry visible and current', async () => {
      expect(full).toBe(`${listId}@1`);
      expect(await visibleEntries(listId)).toBe(7379);
      expect(await statusesOf(listId)).toEqual({ current: 7379 });
    });

    it('records the refused version failed with its reason and counts', async () => {
      expect(await versionsOf(listId)).toEqual([
        {
          id: `${listId}@2`,
          status: 'failed',
          entryCount: 3000,
          delisted: 4379,
          error: expect.stringContaining('would delist 4379'),
        },
        { id: `${listId}@1`, status: 'active', entryCount: 7379, delisted: 0, error: null },
      ]);
    });

    it('goes ahead when the operator allows mass delisting', async () => {
      const [summary] = await sut.importFile({
        importedBy: 'test:runner',
        format: 'ofac-sdn',
        path: truncatedOfac(3_000),
        listId,
        allowMassDelisting: true,
      });

      expect(summary).toMatchObject({ status: 'imported', version: `${listId}@3`, delisted: 4379 });
      expect(await visibleEntries(listId)).toBe(3000);
      expect(await statusesOf(listId)).toEqual({ current: 3000, former: 4379 });
    });
  });

  it('lets a per-call share replace the configured one', async () => {
    const listId = newListId();
    await sut.importFile({ importedBy: 'test:runner', format: 'ofac-sdn', path: fixture('ofac', 'sdn.csv'), listId });

    const [summary] = await sut.importFile({
      importedBy: 'test:runner',
      format: 'ofac-sdn',
      path: truncatedOfac(3_000),
      listId,
      maxDelistingShare: 0.6,
    });

    expect(summary).toMatchObject({ status: 'imported', delisted: 4379 });
  });

  describe('abortImport', () => {
    const begin = (listId: string) =>
      repository.beginVersion({
        listId,
        listName: listId,
        format: 'ftm',
        files: ['x.ftm.json'],
        sourceHash: randomUUID(),
        importedBy: 'test:runner',
        issuedAt: null,
        deltaVersion: null,
        sourceId: `list:${listId}`,
        publisher: null,
        sourceUrl: null,
        licence: null,
        staleSeconds: testConfig().importStaleSeconds,
      });

    it('refuses to abort an import whose heartbeat is fresh, and changes nothing', async () => {
      const listId = newListId();
      await begin(listId);

      await expect(sut.abortImport(listId, { abortedBy: 'test:operator' })).rejects.toMatchObject({
        code: 'WATCHLIST_IMPORT_IN_PROGRESS',
        message: expect.stringContaining('abort it anyway with --force'),
      });
      expect((await versionsOf(listId)).map((version) => version.status)).toEqual(['importing']);
    });

    it('aborts a live import with force', async () => {
      const listId = newListId();
      await begin(listId);

      const outcome = await sut.abortImport(listId, { force: true, abortedBy: 'test:operator' });

      expect(outcome).toMatchObject({ aborted: `${listId}@1` });
      expect(await versionsOf(listId)).toEqual([
        expect.objectContaining({ status: 'failed', error: 'Aborted by an operator (forced)' }),
      ]);
      const [version] = (await imports.listOf(listId))?.versions ?? [];
      expect(version).toMatchObject({ importedBy: 'test:runner', abortedBy: 'test:operator' });
    });

    it('aborts an import with no heartbeat for the stale window, after which the list imports at once', async () => {
      const listId = newListId();
      await begin(listId);
      await neo4j.runStatementText(
        `MATCH (version:ListVersion {id: $versionId})
         SET version.heartbeatAt = datetime() - duration({seconds: $seconds})`,
        { versionId: `${listId}@1`, seconds: testConfig().importStaleSeconds + 1 },
      );

      const outcome = await sut.abortImport(listId, { abortedBy: 'test:operator' });
      const [next] = await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: fixture('ftm', 'zala.entities.ftm.json'),
        listId,
      });

      expect(outcome).toMatchObject({ aborted: `${listId}@1` });
      expect(next).toMatchObject({ status: 'imported', version: `${listId}@2` });
    });

    it('says so when no import of the list is running', async () => {
      expect(await sut.abortImport(newListId(), { abortedBy: 'test:operator' })).toMatchObject({ aborted: null });
    });
  });

  describe('an import stopped after activation, before its statuses were written', () => {
    const listId = newListId();
    const dpl = readFileSync(fixture('bis', 'dpl.txt'), 'utf8').split('\n');
    let interrupted: WatchlistImportService;

    beforeAll(async () => {
      await sut.importFile({ importedBy: 'test:runner', format: 'bis-dpl', path: fixture('bis', 'dpl.txt'), listId });
      // A service of its own over a repository that stops, as the process would: no shared instance is changed.
      interrupted = new WatchlistImportService(
        new StatusesInterruptedRepository(neo4j),
        context.get(EventEmitter2),
        testConfig(),
      );
      const shorter = join(scratch, 'dpl-first-100.txt');
      writeFileSync(shorter, `${dpl.slice(0, 101).join('\n')}\n`);
      await interrupted.importFile({
        importedBy: 'test:runner',
        format: 'bis-dpl',
        path: shorter,
        listId,
        allowMassDelisting: true,
      });
    });

    it('leaves the version active but unmaterialised, with the statuses of the version before', async () => {
      expect((await versionsOf(listId)).map((version) => [version.id, version.status])).toEqual([
        [`${listId}@2`, 'active'],
        [`${listId}@1`, 'superseded'],
      ]);
      expect(await materialisedOf(`${listId}@2`)).toBe(false);
      expect(await statusesOf(listId)).toEqual({ current: 417 });
      expect(await visibleEntries(listId)).toBe(68);
    });

    it('is finished by the next import of the list before it writes', async () => {
      const next = join(scratch, 'dpl-first-120.txt');
      writeFileSync(next, `${dpl.slice(0, 121).join('\n')}\n`);

      const [summary] = await sut.importFile({ importedBy: 'test:runner', format: 'bis-dpl', path: next, listId });

      expect(summary).toMatchObject({ status: 'imported', version: `${listId}@3` });
      expect(await materialisedOf(`${listId}@2`)).toBe(true);
      expect(await materialisedOf(`${listId}@3`)).toBe(true);
      const statuses = await statusesOf(listId);
      expect(statuses.current).toBe(await visibleEntries(listId));
      expect(statuses.current + statuses.former).toBe(417);
    });

    it('is finished when a process starts', async () => {
      const other = newListId();
      await sut.importFile({
        importedBy: 'test:runner',
        format: 'bis-dpl',
        path: fixture('bis', 'dpl.txt'),
        listId: other,
      });
      const shorter = join(scratch, 'dpl-first-100-again.txt');
      writeFileSync(shorter, `${dpl.slice(0, 101).join('\n')}\n`);
      await interrupted.importFile({
        importedBy: 'test:runner',
        format: 'bis-dpl',
        path: shorter,
        listId: other,
        allowMassDelisting: true,
      });
      expect(await materialisedOf(`${other}@2`)).toBe(false);

      const started = await cliContext();
      await started.init();
      await started.close();

      expect(await materialisedOf(`${other}@2`)).toBe(true);
      expect(await statusesOf(other)).toEqual({ current: 68, former: 349 });
    });
  });
});
