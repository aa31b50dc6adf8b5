import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_UPGRADE_USER_ID } from '../../src/auth/api-key';
import { importMissingSampleLists, type SampleListManifest } from '../../src/cli/sample-lists';
import { dataRoot } from '../../src/common/project-root';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { WatchlistImportService } from '../../src/watchlists/watchlist-import.service';
import { WatchlistsService } from '../../src/watchlists/watchlists.service';
import { runCypher } from '../helpers/cypher';
import { removeLists } from '../helpers/remove-lists';
import { cliContext, prepareDatabase } from '../helpers/test-app';

const BIS_SAMPLE = 'test/fixtures/watchlists/bis/dpl.txt';

/**
 * Since rules 1.149.0 (`importMissingSampleLists`): a graph imported before rules 1.145.0 holds the shipped sample
 * lists without their entries' address towns (`city`); `up` reads such a sample's file again at start, as a new
 * version recorded as the system's, and keeps the earlier version. The list ids are this file's own.
 */
describe('sample lists read by an older importer, at start', () => {
  let context: INestApplicationContext;
  let neo4j: Neo4jService;
  const sampleList = `bis-upgrade-${randomUUID().slice(0, 8)}`;
  const operatorList = `bis-operator-${randomUUID().slice(0, 8)}`;
  const manifest = (list: string): SampleListManifest => ({ lists: [{ format: 'bis-dpl', path: BIS_SAMPLE, list }] });
  const services = () => ({
    importer: context.get(WatchlistImportService),
    watchlists: context.get(WatchlistsService),
  });

  /** The list's entries with a town, and its versions oldest first. */
  const stored = async (listId: string) => {
    const [towns] = await runCypher(
      neo4j,
      'MATCH (entity:Entity) WHERE entity.id STARTS WITH $prefix AND entity.city IS NOT NULL RETURN count(entity) AS n',
      { prefix: `${listId}:` },
    );
    const versions = await runCypher(
      neo4j,
      `MATCH (:Watchlist {id: $listId})-[:HAS_VERSION]->(version:ListVersion)
       RETURN version.id AS id, version.status AS status, version.importedBy AS importedBy,
              version.readVersion AS readVersion, version.sample AS sample
       ORDER BY version.seq`,
      { listId },
    );
    return {
      towns: Number(towns.n),
      versions: versions.map((version): Record<string, unknown> => ({
        ...version,
        readVersion: version.readVersion === null ? null : Number(version.readVersion),
      })),
    };
  };

  /**
   * What a release before rules 1.145.0 left: the entries without `city` (their content hashed without it), the version
   * with no read version.
   */
  const makeOld = async (listId: string) => {
    // The old release hashed the content without the towns: another hash than this release's.
    await runCypher(
      neo4j,
      "MATCH (entity:Entity) WHERE entity.id STARTS WITH $prefix REMOVE entity.city SET entity.contentHash = 'old:' + entity.contentHash",
      {
        prefix: `${listId}:`,
      },
    );
    await runCypher(
      neo4j,
      'MATCH (:Watchlist {id: $listId})-[:HAS_VERSION]->(version:ListVersion) REMOVE version.readVersion',
      {
        listId,
      },
    );
  };

  beforeAll(async () => {
    await prepareDatabase();
    context = await cliContext();
    neo4j = context.get(Neo4jService);
  }, 120_000);

  afterAll(async () => {
    if (neo4j) {
      await removeLists(neo4j, [sampleList, operatorList]);
    }
    await context?.close();
  });

  it('reads a shipped sample again when its active version lacks the towns, and keeps the earlier version', async () => {
    expect(await importMissingSampleLists(services(), dataRoot(), manifest(sampleList))).toBe(1);
    const fresh = await stored(sampleList);
    expect(fresh.towns).toBeGreaterThan(100);
    await makeOld(sampleList);
    expect((await stored(sampleList)).towns).toBe(0);

    // The next start.
    expect(await importMissingSampleLists(services(), dataRoot(), manifest(sampleList))).toBe(1);

    const after = await stored(sampleList);
    expect(after.towns).toBe(fresh.towns);
    expect(after.versions).toHaveLength(2);
    expect(after.versions[0]).toMatchObject({ id: fresh.versions[0].id, readVersion: null });
    expect(after.versions[1]).toMatchObject({
      status: 'active',
      importedBy: SYSTEM_UPGRADE_USER_ID,
      readVersion: 2,
      sample: true,
    });
    const lists = await context.get(WatchlistsService).watchlists();
    expect(lists.find((list) => list.id === sampleList)?.activeVersion).toMatchObject({
      importedBy: SYSTEM_UPGRADE_USER_ID,
      sample: true,
    });

    // A start after that finds the list read as the importer reads it: nothing is imported.
    expect(await importMissingSampleLists(services(), dataRoot(), manifest(sampleList))).toBe(0);
    expect((await stored(sampleList)).versions).toHaveLength(2);
  }, 180_000);

  it('leaves a list the operator imported alone at start (its next import reads it again)', async () => {
    await services().importer.importFile({
      importedBy: 'test:runner',
      format: 'bis-dpl',
      path: `${dataRoot()}/${BIS_SAMPLE}`,
      listId: operatorList,
    });
    await makeOld(operatorList);

    expect(await importMissingSampleLists(services(), dataRoot(), manifest(operatorList))).toBe(0);
    expect((await stored(operatorList)).versions).toHaveLength(1);

    // Its next import of the same file is not "unchanged": the importer reads it into more.
    const [again] = await services().importer.importFile({
      importedBy: 'test:runner',
      format: 'bis-dpl',
      path: `${dataRoot()}/${BIS_SAMPLE}`,
      listId: operatorList,
    });
    expect(again.status).toBe('imported');
    expect((await stored(operatorList)).towns).toBeGreaterThan(100);
  }, 180_000);
});
