import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphService } from '../../src/graph/graph.service';
import type { Property } from '../../src/graph/models/evidence.model';
import { readMigrations } from '../../src/neo4j/migrations.service';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { PathRiskService } from '../../src/risk/path-risk.service';
import { RiskRepository } from '../../src/risk/risk.repository';
import { LIST_RELATIONSHIP_TYPES } from '../../src/watchlists/watchlist-record';
import { WatchlistImportService } from '../../src/watchlists/watchlist-import.service';
import { WatchlistsService } from '../../src/watchlists/watchlists.service';
import { ImportContext } from '../helpers/import-context';
import { importerWith, type RepositoryWrappers } from '../helpers/wrapped-importer';
import { testConfig } from '../helpers/test-app';

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
/** Its owner Aleksandr Zakharov, and one of its directors. */
const ZAKHAROV = 'NK-aU5ybkbRFJucf8YMwsJvDw';
const ABASHKIN = 'NK-mCEmxFfuhfdjpC8gsxH74o';
/** Zala's links among them: Abashkin directs the company; it is 49% owned by IZHMASH, and was 2% by a shareholder. */
const DIRECTORSHIP = 'ru-a9285fbd0d02aebe28295dd37885191822789ad8';
const IZHMASH_OWNERSHIP = 'ru-29477727b21c0f44d9c8b2e0c3697b8e028f8f5f';
const IZHMASH = 'NK-nR5AXM9AVPq4pQaSPSaVam';
const SHAREHOLDING = 'ru-1de03979d6d800891cc047a737d0609600fff99f';
const SHAREHOLDER = 'NK-DSxJ9ZzHxBBMyEMnnTBhai';
const ZAKHAROV_DIRECTORSHIP = 'ofac-d8ecdd62dca8ba39b832a77c170926630683ea05';
/** A date at which all of these links were in force. */
const AS_OF = '2020-01-01';

/** The record ids (FtM ids) of relationships as the graph API gives their properties. */
function recordIds(relationships: Array<{ properties: Property[] }>): string[] {
  return relationships
    .flatMap(({ properties }) => properties.filter((property) => property.key === 'relationshipId'))
    .map((property) => JSON.parse(property.value) as string)
    .sort();
}

function propertyOf(relationships: Array<{ properties: Property[] }>, recordId: string, key: string): unknown[] {
  return relationships
    .filter(({ properties }) =>
      properties.some((property) => property.key === 'relationshipId' && JSON.parse(property.value) === recordId),
    )
    .map(({ properties }) => {
      const found = properties.find((property) => property.key === key);
      return found ? (JSON.parse(found.value) as unknown) : null;
    });
}

/** An import run through the importer a test hands it. */
type ImportWork = (importer: WatchlistImportService) => Promise<unknown>;

describe(`${WatchlistImportService.name}: what readers see of a version before it is active`, () => {
  const imports = new ImportContext('watchlist-versions-test-');
  const { newListId, listingOf } = imports;
  let context: INestApplicationContext;
  let sut: WatchlistImportService;
  let watchlists: WatchlistsService;
  let graph: GraphService;
  let pathRisk: PathRiskService;
  let risk: RiskRepository;
  let neo4j: Neo4jService;
  let scratch: string;

  const writeFtm = (records: FtmRecord[], name = 'entities'): string => {
    const path = join(scratch, `${name}-${randomUUID().slice(0, 8)}.ftm.json`);
    writeFileSync(path, `${records.map((record) => JSON.stringify(record)).join('\n')}\n`);
    return path;
  };

  /**
   * Runs `check` at the last moment before version activation: what readers see of a version that
   * has written everything but is not active yet.
   */
  const beforeActivation = async <T>(check: () => Promise<T>, work: ImportWork): Promise<T> => {
    let seen: T | undefined;
    const importer = importerWith(context, {
      activateVersion:
        (original) =>
        async (...parameters) => {
          seen = await check();
          return original(...parameters);
        },
    });
    await work(importer);
    return seen as T;
  };

  /**
   * The relationships between two list entries, by record id, as each reader that walks relationships
   * gives them: the entity page, the neighbourhood, the paths between them, the risk walk (one hop,
   * former relationships included) and the roles the first holds (outgoing relationships).
   */
  const readersSee = async (
    listId: string,
    fromEntryId: string,
    toEntryId: string,
  ): Promise<{ entity: string[]; neighbourhood: string[]; paths: string[]; walk: string[]; roles: string[] }> => {
    const [fromId, toId] = [`${listId}:${fromEntryId}`, `${listId}:${toEntryId}`];
    const entity = await graph.getEntity(fromId);
    const neighbourhood = await graph.neighbourhood(fromId, 1, null);
    const paths = await graph.paths(fromId, toId, 1, null, AS_OF);
    const walk = await pathRisk.walk(fromId, { maxHops: 1, asOf: AS_OF, includeFormer: true });
    const reached = walk.visits.get(toId);
    const roles = await risk.findPersonRoles({
      ids: [fromId],
      types: [...LIST_RELATIONSHIP_TYPES],
      asOf: AS_OF,
      includeFormer: true,
    });
    return {
      entity: recordIds(
        entity.relationships
          .filter((relationship) => relationship.other.id === toId)
          .map((relationship) => ({ properties: relationship.properties })),
      ),
      neighbourhood: recordIds(
        neighbourhood.relationships.filter((relationship) => [relationship.from, relationship.to].includes(toId)),
      ),
      paths: recordIds(paths.flatMap((path) => path.relationships)),
      walk: (reached?.step ? [reached.step, ...reached.alternatives] : [])
        .map((step) => String(step.properties.relationshipId))
        .sort(),
      roles: roles
        .filter((role) => role.body.id === toId)
        .map((role) => String(role.properties.relationshipId))
        .sort(),
    };
  };

  /** Every stored row of one list-borne relationship, oldest first. */
  const rowsOf = async (listId: string, recordId: string): Promise<Array<Record<string, unknown>>> => {
    const rows = await neo4j.runStatementText(
      `MATCH ()-[relationship {relationshipId: $recordId}]->() WHERE relationship.listId = $listId
       RETURN relationship {.firstSeq, .lastSeq, .removedSeq, .status, .validTo, .share} AS row
       ORDER BY row.firstSeq`,
      { listId, recordId },
    );
    return rows.map((row) => row.row as Record<string, unknown>);
  };

  /** Makes the import fail after all its writes, just before activation. */
  const failingBeforeActivation = async (work: ImportWork, wrappers: RepositoryWrappers = {}): Promise<unknown> => {
    const importer = importerWith(context, {
      ...wrappers,
      countVersionChanges: () => () => Promise.reject(new Error('injected: the process died before activation')),
    });
    return await work(importer).catch((error: unknown) => error);
  };

  beforeAll(async () => {
    ({ context, importer: sut, watchlists, neo4j, scratch } = await imports.open());
    graph = context.get(GraphService);
    pathRisk = context.get(PathRiskService);
    risk = context.get(RiskRepository);
  });

  afterAll(async () => {
    await imports.close();
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
      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: fixture('ftm', 'zala.entities.ftm.json'),
        listId,
      });
      const before = await listingOf(listId, COMPANY);
      const entryBefore = await watchlists.entry(`${listId}:${COMPANY}`);
      expect(before).toMatchObject({ pendingSeq: null, authority: expect.any(String) });

      const seen = await beforeActivation(
        async () => ({
          listing: await listingOf(listId, COMPANY),
          entry: await watchlists.entry(`${listId}:${COMPANY}`),
        }),
        (importer) =>
          importer.importFile({ importedBy: 'test:runner', format: 'ftm', path: writeFtm(amendedZala()), listId }),
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
      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: fixture('ftm', 'zala.entities.ftm.json'),
        listId,
      });
      const before = await listingOf(listId, COMPANY);

      const seen = await beforeActivation(
        () =>
          neo4j.runStatementText(
            `MATCH ()-[listing:LISTED_ON]->(:Watchlist {id: $listId}) WHERE listing.pendingSeq IS NOT NULL
           RETURN count(*) AS count`,
            { listId },
          ),
        // One Ownership record fewer: another file, with the same listing details.
        (importer) =>
          importer.importFile({ importedBy: 'test:runner', format: 'ftm', path: writeFtm(zala.slice(1)), listId }),
      );

      expect(seen[0].count).toBe(0);
      expect(await listingOf(listId, COMPANY)).toEqual(before);
    });

    it('drops the staged details of a version that fails; the next version starts from the active ones', async () => {
      const listId = newListId();
      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: fixture('ftm', 'zala.entities.ftm.json'),
        listId,
      });
      const before = await listingOf(listId, COMPANY);

      const failure = await failingBeforeActivation((importer) =>
        importer.importFile({ importedBy: 'test:runner', format: 'ftm', path: writeFtm(amendedZala()), listId }),
      );

      expect(failure).toMatchObject({ message: expect.stringContaining('injected') });
      expect(await listingOf(listId, COMPANY)).toEqual(before);
      const [next] = await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: writeFtm(zala.slice(1)),
        listId,
      });
      expect(next).toMatchObject({ status: 'imported', version: `${listId}@3` });
      expect(await listingOf(listId, COMPANY)).toEqual(before);
    });

    it('drops what a crashed version staged when the next version begins', async () => {
      const listId = newListId();
      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: fixture('ftm', 'zala.entities.ftm.json'),
        listId,
      });
      const before = await listingOf(listId, COMPANY);
      // A crash leaves the version importing, with its staged details in place, and nobody calls fail-version.
      await failingBeforeActivation(
        (importer) =>
          importer.importFile({ importedBy: 'test:runner', format: 'ftm', path: writeFtm(amendedZala()), listId }),
        { failVersion: () => () => Promise.resolve() },
      );
      expect(await listingOf(listId, COMPANY)).toMatchObject({
        program: before.program,
        authority: before.authority,
        pendingSeq: 2,
        pendingAuthority: 'Test Authority Early',
      });
      // Its process is gone: no sign of life for longer than an import may stall.
      await neo4j.runStatementText(
        `MATCH (version:ListVersion {listId: $listId, seq: 2})
         SET version.heartbeatAt = datetime() - duration({seconds: $seconds})`,
        { listId, seconds: testConfig().importStaleSeconds + 1 },
      );

      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: writeFtm(zala.slice(1)),
        listId,
      });

      expect(await listingOf(listId, COMPANY)).toEqual(before);
    });
  });

  describe('list-borne relationships', () => {
    const zala = readFtm(fixture('ftm', 'zala.entities.ftm.json'));
    const without = (...ids: string[]): FtmRecord[] => zala.filter((record) => !ids.includes(record.id));
    const withShare = (records: FtmRecord[], recordId: string, percentage: string): FtmRecord[] =>
      records.map((record) =>
        record.id === recordId ? { ...record, properties: { ...record.properties, percentage: [percentage] } } : record,
      );
    const nothing = { entity: [], neighbourhood: [], paths: [], walk: [], roles: [] };
    const only = (recordId: string) => ({
      entity: [recordId],
      neighbourhood: [recordId],
      paths: [recordId],
      walk: [recordId],
      roles: [recordId],
    });

    it('shows a relationship a version adds to no reader until that version is active', async () => {
      const listId = newListId();
      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: writeFtm(without(DIRECTORSHIP)),
        listId,
      });

      const seen = await beforeActivation(
        () => readersSee(listId, ABASHKIN, COMPANY),
        (importer) =>
          importer.importFile({
            importedBy: 'test:runner',
            format: 'ftm',
            path: fixture('ftm', 'zala.entities.ftm.json'),
            listId,
          }),
      );

      expect(seen).toEqual(nothing);
      expect(await readersSee(listId, ABASHKIN, COMPANY)).toEqual(only(DIRECTORSHIP));
      expect(await rowsOf(listId, DIRECTORSHIP)).toEqual([
        { firstSeq: 2, lastSeq: 2, removedSeq: null, status: 'current', validTo: null, share: null },
      ]);
    });

    it('ends a relationship a newer full version no longer holds, when that version is activated', async () => {
      const listId = newListId();
      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: fixture('ftm', 'zala.entities.ftm.json'),
        listId,
      });
      const before = await readersSee(listId, COMPANY, IZHMASH);
      expect(before.walk).toContain(IZHMASH_OWNERSHIP);

      const seen = await beforeActivation(
        () => readersSee(listId, COMPANY, IZHMASH),
        (importer) =>
          importer.importFile({
            importedBy: 'test:runner',
            format: 'ftm',
            path: writeFtm(without(IZHMASH_OWNERSHIP)),
            listId,
          }),
      );

      expect(seen).toEqual(before);
      const after = await readersSee(listId, COMPANY, IZHMASH);
      for (const reader of Object.values(after)) {
        expect(reader).not.toContain(IZHMASH_OWNERSHIP);
      }
      expect(await rowsOf(listId, IZHMASH_OWNERSHIP)).toEqual([
        {
          firstSeq: 1,
          lastSeq: 1,
          removedSeq: 2,
          status: 'former',
          validTo: new Date().toISOString().slice(0, 10),
          share: 0.49,
        },
      ]);
    });

    it('shows changed properties of a relationship only once their version is active, keeping the old row', async () => {
      const listId = newListId();
      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: fixture('ftm', 'zala.entities.ftm.json'),
        listId,
      });
      const shareSeen = async (): Promise<unknown[]> => {
        const entity = await graph.getEntity(`${listId}:${COMPANY}`);
        return propertyOf(
          entity.relationships.map((relationship) => ({ properties: relationship.properties })),
          SHAREHOLDING,
          'share',
        );
      };

      const seen = await beforeActivation(
        async () => ({ share: await shareSeen(), readers: await readersSee(listId, COMPANY, SHAREHOLDER) }),
        (importer) =>
          importer.importFile({
            importedBy: 'test:runner',
            format: 'ftm',
            path: writeFtm(withShare(zala, SHAREHOLDING, '51')),
            listId,
          }),
      );

      expect(seen).toEqual({ share: [0.02], readers: only(SHAREHOLDING) });
      expect(await shareSeen()).toEqual([0.51]);
      expect(await readersSee(listId, COMPANY, SHAREHOLDER)).toEqual(only(SHAREHOLDING));
      const walk = await pathRisk.walk(`${listId}:${COMPANY}`, { maxHops: 1, asOf: AS_OF, includeFormer: true });
      expect(walk.visits.get(`${listId}:${SHAREHOLDER}`)?.step?.properties.share).toBe(0.51);
      expect(await rowsOf(listId, SHAREHOLDING)).toEqual([
        expect.objectContaining({ firstSeq: 1, lastSeq: 1, removedSeq: 2, share: 0.02 }),
        // The source dates this shareholding's end (2023-12-21): it stays former with that date.
        { firstSeq: 2, lastSeq: 2, removedSeq: null, status: 'former', validTo: '2023-12-21', share: 0.51 },
      ]);
    });

    it('discards what a failed version wrote to relationships before the next version writes', async () => {
      const listId = newListId();
      const first = without(DIRECTORSHIP);
      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: writeFtm(first),
        listId,
      });
      const before = {
        added: await readersSee(listId, ABASHKIN, COMPANY),
        dropped: await readersSee(listId, COMPANY, IZHMASH),
        changed: await readersSee(listId, COMPANY, SHAREHOLDER),
      };
      // Adds the directorship, drops the IZHMASH ownership, changes the shareholding; fails before activation.
      const failing = withShare(
        zala.filter((record) => record.id !== IZHMASH_OWNERSHIP),
        SHAREHOLDING,
        '51',
      );

      const failure = await failingBeforeActivation((importer) =>
        importer.importFile({ importedBy: 'test:runner', format: 'ftm', path: writeFtm(failing), listId }),
      );

      expect(failure).toMatchObject({ message: expect.stringContaining('injected') });
      const afterFailure = {
        added: await readersSee(listId, ABASHKIN, COMPANY),
        dropped: await readersSee(listId, COMPANY, IZHMASH),
        changed: await readersSee(listId, COMPANY, SHAREHOLDER),
      };
      expect(afterFailure).toEqual(before);

      // The first version's records again (another file: one more line at the end).
      const [next] = await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: writeFtm([...first, { id: 'test-unrelated-address', schema: 'Address', properties: { full: ['x'] } }]),
        listId,
      });

      expect(next).toMatchObject({ status: 'imported', version: `${listId}@3` });
      expect(await rowsOf(listId, DIRECTORSHIP)).toEqual([]);
      expect(await rowsOf(listId, IZHMASH_OWNERSHIP)).toEqual([
        expect.objectContaining({ firstSeq: 1, lastSeq: 3, removedSeq: null, status: 'current' }),
      ]);
      expect(await rowsOf(listId, SHAREHOLDING)).toEqual([
        expect.objectContaining({ firstSeq: 1, lastSeq: 3, removedSeq: null, share: 0.02 }),
      ]);
      expect({
        added: await readersSee(listId, ABASHKIN, COMPANY),
        dropped: await readersSee(listId, COMPANY, IZHMASH),
        changed: await readersSee(listId, COMPANY, SHAREHOLDER),
      }).toEqual(before);
    });

    it('ends a relationship an FtM delta deletes, and those of an entry it deletes, when the delta is activated', async () => {
      const listId = newListId();
      const directory = mkdtempSync(join(scratch, 'zala-deltas-'));
      const delta = (version: string, lines: Array<{ op: string; entity: unknown }>): string => {
        const path = join(directory, `${version}.entities.delta.json`);
        writeFileSync(path, `${lines.map((line) => JSON.stringify(line)).join('\n')}\n`);
        return path;
      };
      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm-delta',
        path: delta(
          '20260101000000-add',
          zala.map((record) => ({ op: 'ADD', entity: record })),
        ),
        listId,
      });
      const before = await readersSee(listId, ZAKHAROV, COMPANY);
      expect(before.entity).toContain(ZAKHAROV_DIRECTORSHIP);

      const seen = await beforeActivation(
        () => readersSee(listId, ZAKHAROV, COMPANY),
        (importer) =>
          importer.importFile({
            importedBy: 'test:runner',
            format: 'ftm-delta',
            path: delta('20260102000000-del', [{ op: 'DEL', entity: { id: ZAKHAROV_DIRECTORSHIP } }]),
            listId,
          }),
      );

      expect(seen).toEqual(before);
      expect((await readersSee(listId, ZAKHAROV, COMPANY)).entity).not.toContain(ZAKHAROV_DIRECTORSHIP);
      expect(await rowsOf(listId, ZAKHAROV_DIRECTORSHIP)).toEqual([
        expect.objectContaining({ firstSeq: 1, removedSeq: 2, status: 'former', validTo: '2026-01-02' }),
      ]);
      expect(await readersSee(listId, ABASHKIN, COMPANY)).toEqual(only(DIRECTORSHIP));

      const [deletion] = await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm-delta',
        path: delta('20260103000000-del', [{ op: 'DEL', entity: { id: ABASHKIN } }]),
        listId,
      });

      expect(deletion).toMatchObject({ delisted: 1 });
      expect(await readersSee(listId, ABASHKIN, COMPANY)).toEqual(nothing);
      expect(await rowsOf(listId, DIRECTORSHIP)).toEqual([
        expect.objectContaining({ firstSeq: 1, removedSeq: 3, status: 'former' }),
      ]);
    });

    it('ends the payments a newer parteispenden no longer holds and keeps the other 280 as they were', async () => {
      const listId = newListId();
      const parteispenden = readFtm(fixture('ftm', 'parteispenden.entities.ftm.json'));
      const dropped = parteispenden
        .filter((record) => record.schema === 'Payment')
        .slice(0, 10)
        .map((record) => record.id);
      const [first] = await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: fixture('ftm', 'parteispenden.entities.ftm.json'),
        listId,
      });
      const visible = async (): Promise<Record<string, number>> => {
        const rows = await neo4j.runStatementText(
          `MATCH (list:Watchlist {id: $listId})
           MATCH ()-[relationship:FUNDED_BY]->() WHERE relationship.listId = $listId
           RETURN sum(CASE WHEN relationship.firstSeq <= list.activeSeq
                            AND (relationship.removedSeq IS NULL OR relationship.removedSeq > list.activeSeq)
                           THEN 1 ELSE 0 END) AS visible,
                  count(*) AS stored,
                  sum(CASE WHEN relationship.status = 'former' THEN 1 ELSE 0 END) AS former`,
          { listId },
        );
        return rows[0] as Record<string, number>;
      };
      const before = await visible();
      expect(first.relationships).toBe(291);

      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: writeFtm(parteispenden.filter((record) => !dropped.includes(record.id))),
        listId,
      });

      expect(await visible()).toMatchObject({ visible: before.visible - 10, stored: before.stored });
      for (const recordId of dropped) {
        expect(await rowsOf(listId, recordId)).toEqual([
          expect.objectContaining({ firstSeq: 1, lastSeq: 1, removedSeq: 2, status: 'former' }),
        ]);
      }
    });

    it('adopts list-borne relationships written before they were versioned (migration V007)', async () => {
      const listId = newListId();
      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: fixture('ftm', 'zala.entities.ftm.json'),
        listId,
      });
      await neo4j.runStatementText(
        `MATCH ()-[relationship]->() WHERE relationship.listId = $listId
         REMOVE relationship.listId, relationship.firstSeq, relationship.lastSeq`,
        { listId },
      );
      const backfill = readMigrations(join(neo4j.cypher.directory, 'migrations')).find(
        (migration) => migration.version === 7,
      )!;

      for (const statement of backfill.statements) {
        await neo4j.runStatementText(statement);
      }

      expect(await rowsOf(listId, IZHMASH_OWNERSHIP)).toEqual([
        expect.objectContaining({ firstSeq: 1, lastSeq: 1, removedSeq: null }),
      ]);
      await sut.importFile({
        importedBy: 'test:runner',
        format: 'ftm',
        path: writeFtm(without(IZHMASH_OWNERSHIP)),
        listId,
      });
      expect(await rowsOf(listId, IZHMASH_OWNERSHIP)).toEqual([
        expect.objectContaining({ firstSeq: 1, lastSeq: 1, removedSeq: 2, status: 'former' }),
      ]);
      expect(await rowsOf(listId, DIRECTORSHIP)).toEqual([
        expect.objectContaining({ firstSeq: 1, lastSeq: 2, removedSeq: null }),
      ]);
    });
  });
});
