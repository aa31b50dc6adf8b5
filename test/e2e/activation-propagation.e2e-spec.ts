import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { databaseUri } from '../../src/neo4j/neo4j.module';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { RiskService } from '../../src/risk/risk.service';
import { runCypher } from '../helpers/cypher';
import { buildDist, CLI, type CliRun, run } from '../helpers/processes';
import { bootTestApp, prepareDatabase, type TestApp, testConfig } from '../helpers/test-app';

/**
 * How long a test waits for another process's activation to reach the API (measured at 3.6-3.9 s on a quiet machine;
 * see README). A bound for a heavily loaded machine (28 s seen at a load average of 8 on 2 cores), not a speed goal:
 * a passing test stops waiting as soon as the activation is seen.
 */
const PROPAGATION_WAIT_MS = 90_000;
/** A test that waits for propagation: its own work plus the wait. */
const PROPAGATION_TEST_TIMEOUT_MS = PROPAGATION_WAIT_MS + 60_000;

interface ListVersion {
  listId: string;
  versionId: string;
}

interface ScreenResponse {
  status: number;
  body: {
    matches: Array<{ entityId: string; match: boolean; lists: Array<{ id: string }> }>;
    listVersions: ListVersion[];
    indexGeneration: number;
    indexAgeSeconds: number;
    indexBehindGraph: boolean;
    code?: string;
  };
}

/** A made-up FollowTheMoney entity (no real party), one line of an `ftm` file. */
function organisation(id: string, name: string, extra: Record<string, string[]> = {}): string {
  return JSON.stringify({ id, schema: 'Organization', properties: { name: [name], topics: ['sanction'], ...extra } });
}

/**
 * Lists activated by another process (the built CLI, in a child process) against the API that the
 * test boots, which learns of them only through the graph generation it polls.
 */
describe('a list activated by another process', () => {
  let api: TestApp;
  let neo4j: Neo4jService;
  let env: NodeJS.ProcessEnv;
  const folder = mkdtempSync(join(tmpdir(), 'activation-propagation-'));
  const prefix = `test-propagation-${randomUUID().slice(0, 8)}`;
  const cli = (...args: string[]): Promise<CliRun> => run(process.execPath, [CLI, ...args], env);

  const cypher = (statement: string, parameters: Record<string, unknown> = {}) =>
    runCypher(neo4j, statement, parameters);

  const screen = async (input: Record<string, unknown>): Promise<ScreenResponse> => {
    const response = await fetch(`${api.url}/api/screen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    return { status: response.status, body: (await response.json()) as ScreenResponse['body'] };
  };

  const writeList = (name: string, lines: string[]): string => {
    const path = join(folder, name);
    writeFileSync(path, `${lines.join('\n')}\n`);
    return path;
  };

  const importList = async (listId: string, path: string): Promise<void> => {
    const result = await cli('import', '--format', 'ftm', path, '--list', listId, '--json');
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ list: listId, status: 'imported' });
  };

  beforeAll(async () => {
    // The CLI runs from dist/, as installed; the incremental build brings it up to date.
    await buildDist();
    await prepareDatabase();
    env = { ...process.env, NEO4J_URI: databaseUri(testConfig()), LOG_LEVEL: 'warn', LOG_FORMAT: 'text' };
    api = await bootTestApp({ SCREENING_POLL_INTERVAL_MS: '2000' });
    neo4j = api.app.get(Neo4jService);
  });

  afterAll(async () => {
    if (neo4j) {
      await cypher('MATCH (node) WHERE node.id STARTS WITH $prefix DETACH DELETE node', { prefix });
    }
    await api?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it(
    'is found by POST /api/screen of a running API after the CLI import, without a restart, naming its version',
    async () => {
      const listId = `${prefix}-a`;
      const name = 'Quorvath Belvastro Photonics Institute';
      const path = writeList('a.ftm.json', [organisation('a-1', name), organisation('a-2', 'Zendrik Omalune Works')]);
      const before = await screen({ name });
      expect(before.status).toBe(200);
      const linking = vi.spyOn(api.app.get(RiskService), 'autoLinkByIdentifiers');

      await importList(listId, path);
      const imported = Date.now();
      let found: ScreenResponse | null = null;
      // The bound is generous so a busy machine does not fail the test; the propagation time itself is
      // measured and quoted in the README (a speed goal belongs in a measurement, not a timed test).
      while (found === null && Date.now() - imported < PROPAGATION_WAIT_MS) {
        const response = await screen({ name, lists: [listId] });
        if (response.status === 200 && response.body.matches.some((match) => match.entityId === `${listId}:a-1`)) {
          found = response;
        } else {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      const elapsed = Date.now() - imported;

      expect(found, `not found within ${elapsed} ms`).not.toBeNull();
      expect(found!.body.listVersions).toContainEqual(expect.objectContaining({ listId, versionId: `${listId}@1` }));
      expect(found!.body.matches[0]).toMatchObject({ entityId: `${listId}:a-1`, match: true, lists: [{ id: listId }] });
      expect(found!.body.indexGeneration).toBeGreaterThan(before.body.indexGeneration);
      expect(found!.body.indexBehindGraph).toBe(false);
      expect(found!.body.indexAgeSeconds).toBeGreaterThanOrEqual(0);
      // The API saw the activation through the graph; linking belongs to the process that activated.
      expect(linking).not.toHaveBeenCalled();
      linking.mockRestore();
    },
    PROPAGATION_TEST_TIMEOUT_MS,
  );

  it('links a graph entity to the imported entry by identifier in the importing CLI, once', async () => {
    const listId = `${prefix}-b`;
    const entityId = `${prefix}:lei-org`;
    await cypher(
      `CREATE (:Entity:Organisation {id: $entityId, name: 'Velmorak Test Holdings', aliases: [], riskCategories: [],
                                     lei: '9845-00QRSTUVWX5678'})`,
      { entityId },
    );
    const path = writeList('b.ftm.json', [
      organisation('b-1', 'Velmorak Test Holdings Limited', { leiCode: ['984500QRSTUVWX5678'] }),
    ]);

    await importList(listId, path);
    // Read as soon as the CLI has exited: the link is its work, not the API's.
    const links = await cypher(
      `MATCH (:Entity {id: $entityId})-[link:SAME_AS]->(entry:Entity)
       RETURN entry.id AS entry, link.decidedBy AS decidedBy`,
      { entityId },
    );

    expect(links).toEqual([{ entry: `${listId}:b-1`, decidedBy: 'auto-link:identifiers' }]);
  });

  it(
    'answers each request of a burst from one version, old or new, while another process activates',
    async () => {
      const listId = `${prefix}-c`;
      const kept = 'Ostravel Quenmark Dynamics';
      const delisted = 'Brasquill Tennavor Systems';
      const added = 'Holmvrae Castellune Optics';
      await importList(
        listId,
        writeList('c1.ftm.json', [organisation('c-kept', kept), organisation('c-delisted', delisted)]),
      );
      const versionOne = { listId, versionId: `${listId}@1` };
      const versionTwo = { listId, versionId: `${listId}@2` };
      await expect
        .poll(async () => (await screen({ name: kept })).body.listVersions, {
          timeout: PROPAGATION_WAIT_MS,
          interval: 200,
        })
        .toContainEqual(expect.objectContaining(versionOne));
      // Versions compared by list and version id (each also carries its provenance).
      const ids = (versions: Array<{ listId: string; versionId: string }>) =>
        versions.map(({ listId: list, versionId }) => ({ listId: list, versionId }));
      const old = ids((await screen({ name: kept })).body.listVersions);
      const next = old.map((version) => (version.listId === listId ? versionTwo : version));

      const responses: Array<{ name: string; response: ScreenResponse }> = [];
      let stop = false;
      const worker = async (): Promise<void> => {
        for (let turn = 0; !stop; turn++) {
          const name = turn % 2 === 0 ? delisted : added;
          responses.push({ name, response: await screen({ name, lists: [listId], threshold: 0.9 }) });
        }
      };
      const workers = [worker(), worker(), worker(), worker()];
      await importList(
        listId,
        writeList('c2.ftm.json', [organisation('c-kept', kept), organisation('c-added', added)]),
      );
      const activated = Date.now();
      // Run on until the new version has been served for a while, or the bound has passed.
      while (Date.now() - activated < PROPAGATION_WAIT_MS) {
        const served = responses.filter(({ response }) =>
          response.body.listVersions?.some((version) => version.versionId === versionTwo.versionId),
        ).length;
        if (served >= 20) {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      stop = true;
      await Promise.all(workers);

      const seen = { old: 0, new: 0 };
      for (const { name, response } of responses) {
        expect(response.status).toBe(200);
        const versions = ids(response.body.listVersions);
        const isOld = JSON.stringify(versions) === JSON.stringify(old);
        const isNew = JSON.stringify(versions) === JSON.stringify(next);
        expect(isOld || isNew, JSON.stringify(versions)).toBe(true);
        seen[isOld ? 'old' : 'new'] += 1;
        const matched = response.body.matches.filter((match) => match.match).map((match) => match.entityId);
        // The matches agree with the versions the response names.
        if (name === delisted) {
          expect(matched).toEqual(isOld ? [`${listId}:c-delisted`] : []);
        } else {
          expect(matched).toEqual(isOld ? [] : [`${listId}:c-added`]);
        }
      }
      expect(seen.old).toBeGreaterThan(0);
      expect(seen.new).toBeGreaterThanOrEqual(20);
    },
    PROPAGATION_TEST_TIMEOUT_MS,
  );

  it(
    'says in /health/ready which graph generation the index reflects, not behind once it has caught up',
    async () => {
      type Ready = {
        status: string;
        reasons?: string[];
        screeningIndex: { generation: number; graphGeneration: number; behind: boolean; ageSeconds: number };
      };
      const ready = async (): Promise<{ status: number; body: Ready }> => {
        const response = await fetch(`${api.url}/health/ready`);
        return { status: response.status, body: (await response.json()) as Ready };
      };
      await expect
        .poll(async () => (await ready()).body.screeningIndex.behind, { timeout: PROPAGATION_WAIT_MS })
        .toBe(false);
      const { status, body } = await ready();

      expect(status).toBe(200);
      // A busy database (a probe slower than 800 ms on a loaded machine) may make it "degraded", never because of the index.
      expect(['ok', 'degraded']).toContain(body.status);
      expect((body.reasons ?? []).filter((reason) => /screening index/.test(reason))).toEqual([]);
      expect(body.screeningIndex).toMatchObject({ behind: false, stale: false, ready: true });
      expect(body.screeningIndex.generation).toBe(body.screeningIndex.graphGeneration);
      expect(body.screeningIndex.generation).toBeGreaterThanOrEqual(3);
    },
    PROPAGATION_TEST_TIMEOUT_MS,
  );
});
