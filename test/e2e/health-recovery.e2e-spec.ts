import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/common/project-root';
import { LocalNeo4j } from '../../src/neo4j/local-neo4j';
import { MigrationsService } from '../../src/neo4j/migrations.service';
import { ScreeningIndexService } from '../../src/screening/screening-index.service';
import { SeedService } from '../../src/seed/seed.service';
import { bootTestApp, type TestApp } from '../helpers/test-app';

/** Health answers within this even while the database is gone (issue 14). */
const HEALTH_BOUND_MS = 1_000;
/**
 * A request that needs the database fails within this while it is gone: the driver's retries
 * (NEO4J_MAX_RETRY_TIME_MS, 1 s by default) and connection timeouts, with room for a slow machine.
 */
const FAIL_FAST_BOUND_MS = 6_000;
const PARTNER = 'Harbin Engineering University';

interface Timed<T> {
  status: number;
  body: T;
  ms: number;
}

async function timed<T>(request: Promise<Response>): Promise<Timed<T>> {
  const started = performance.now();
  const response = await request;
  const body = (await response.json()) as T;
  return { status: response.status, body, ms: performance.now() - started };
}

interface HealthBody {
  status: string;
  reasons?: string[];
  database: { reachable: boolean };
  screeningIndex?: { ready: boolean; pollError: string | null };
}

interface ScreenBody {
  code?: string;
  reason?: string;
  matches?: Array<{ name: string; match: boolean }>;
  resolvedEntityIds?: string[];
}

interface GraphqlBody {
  data: unknown;
  errors?: Array<{ extensions?: { code?: string; reason?: string } }>;
}

/** Its own Neo4j, so stopping it does not disturb the other tests. */
describe('the API while the database goes away and comes back', () => {
  // Next to the suite's own database port, so parallel runs on one machine stay apart.
  const port = Number(process.env.NEO4J_LOCAL_PORT ?? 7687) + 1;
  const dataDirectory = join(findProjectRoot(), '.data', `neo4j-health-test-${port}`);
  const database = new LocalNeo4j({ port, dataDirectory, heapMegabytes: 512, pageCacheMegabytes: 64 });
  let sut: TestApp;

  beforeAll(async () => {
    rmSync(dataDirectory, { recursive: true, force: true });
    await database.start({ detached: false });
    sut = await bootTestApp({ NEO4J_LOCAL_PORT: String(port), NEO4J_LOCAL_DATA_DIR: dataDirectory });
    // The seed gives the screening a partner whose matches are walked through the graph.
    await sut.app.get(MigrationsService).migrate();
    await sut.app.get(SeedService).seed({ onlyIfChanged: true, seededBy: 'test:runner' });
    await sut.app.get(ScreeningIndexService).requestRebuild('seeded for the test');
  }, 240_000);

  afterAll(async () => {
    await sut?.close();
    await database.stop();
    rmSync(dataDirectory, { recursive: true, force: true });
  });

  const health = (path = '/health'): Promise<Timed<HealthBody>> => timed(fetch(`${sut.url}${path}`));
  const screen = (input: Record<string, unknown>): Promise<Timed<ScreenBody>> =>
    timed(
      fetch(`${sut.url}/api/screen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input),
      }),
    );
  const riskPaths = (entityId: string): Promise<Timed<GraphqlBody>> =>
    timed(
      fetch(`${sut.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'query ($id: ID!) { riskPaths(entityId: $id, maxHops: 4) { hops } }',
          variables: { id: entityId },
        }),
      }),
    );

  it('fails fast with 503 DATABASE_UNAVAILABLE while Neo4j is down, keeps health under a second, and recovers by itself', async () => {
    expect((await health()).status).toBe(200);
    expect((await health('/health/ready')).body).toMatchObject({ status: 'ok', reasons: [] });
    const before = await screen({ name: PARTNER });
    expect(before.status).toBe(200);
    const partnerId = before.body.resolvedEntityIds![0];
    expect(partnerId).toBeDefined();
    expect((await riskPaths(partnerId)).body.errors).toBeUndefined();

    await database.stop();

    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body.database.reachable).toBe(false);
    expect(down.ms).toBeLessThan(HEALTH_BOUND_MS);
    const notReady = await health('/health/ready');
    expect(notReady.status).toBe(503);
    expect(notReady.ms).toBeLessThan(HEALTH_BOUND_MS);
    expect(notReady.body.reasons?.[0]).toMatch(/^database unreachable/);
    // Matching alone needs only the index in memory, which keeps serving.
    const matchesOnly = await screen({ name: PARTNER, pathRisks: false });
    expect(matchesOnly.status).toBe(200);
    expect(matchesOnly.body.matches?.[0]).toMatchObject({ name: PARTNER, match: true });

    // Path-walking requests, many at once, while health is asked alongside.
    const walks = [
      ...Array.from({ length: 10 }, () => screen({ name: PARTNER })),
      ...Array.from({ length: 10 }, () => riskPaths(partnerId)),
    ];
    const healthUnderLoad = await Promise.all([health(), health('/health/ready')]);
    const answered = await Promise.all(walks);

    for (const probe of healthUnderLoad) {
      expect(probe.status).toBe(503);
      expect(probe.ms).toBeLessThan(HEALTH_BOUND_MS);
    }
    for (const walk of answered.slice(0, 10) as Array<Timed<ScreenBody>>) {
      expect(walk.status).toBe(503);
      expect(walk.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' });
      expect(walk.ms).toBeLessThan(FAIL_FAST_BOUND_MS);
    }
    for (const walk of answered.slice(10) as Array<Timed<GraphqlBody>>) {
      expect(walk.body.errors?.[0]?.extensions).toMatchObject({
        code: 'SERVICE_UNAVAILABLE',
        reason: 'DATABASE_UNAVAILABLE',
      });
      expect(walk.ms).toBeLessThan(FAIL_FAST_BOUND_MS);
    }

    await database.start({ detached: false });
    let recovered = await health();
    for (let attempt = 0; attempt < 20 && recovered.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      recovered = await health();
    }
    expect(recovered.status).toBe(200);
    const after = await screen({ name: PARTNER });
    expect(after.status).toBe(200);
    expect(after.body.resolvedEntityIds).toEqual(before.body.resolvedEntityIds);
    await expect
      .poll(async () => (await health('/health/ready')).body, { timeout: 10_000, interval: 500 })
      .toMatchObject({ status: 'ok', screeningIndex: { ready: true, pollError: null } });
  }, 240_000);
});
