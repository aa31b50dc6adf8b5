import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/common/project-root';
import { LocalNeo4j } from '../../src/neo4j/local-neo4j';
import { bootTestApp, type TestApp } from '../helpers/test-app';

/** Its own Neo4j, so stopping it does not disturb the other tests. */
describe('GET /health while the database goes away and comes back', () => {
  // Next to the suite's own database port, so parallel runs on one machine stay apart.
  const port = Number(process.env.NEO4J_LOCAL_PORT ?? 7687) + 1;
  const dataDirectory = join(findProjectRoot(), '.data', `neo4j-health-test-${port}`);
  const database = new LocalNeo4j({ port, dataDirectory, heapMegabytes: 512, pageCacheMegabytes: 64 });
  let sut: TestApp;

  beforeAll(async () => {
    rmSync(dataDirectory, { recursive: true, force: true });
    await database.start({ detached: false });
    sut = await bootTestApp({ NEO4J_LOCAL_PORT: String(port), NEO4J_LOCAL_DATA_DIR: dataDirectory });
  }, 180_000);

  afterAll(async () => {
    await sut?.close();
    await database.stop();
    rmSync(dataDirectory, { recursive: true, force: true });
  });

  const health = async (): Promise<{ status: number; body: { database: { reachable: boolean } } }> => {
    const response = await fetch(`${sut.url}/health`);
    return { status: response.status, body: (await response.json()) as { database: { reachable: boolean } } };
  };

  it('answers 503 when Neo4j is down and 200 again, by itself, once it is back', async () => {
    expect((await health()).status).toBe(200);

    await database.stop();
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body.database.reachable).toBe(false);

    await database.start({ detached: false });
    let recovered = await health();
    for (let attempt = 0; attempt < 20 && recovered.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      recovered = await health();
    }
    expect(recovered.status).toBe(200);
  }, 180_000);
});
