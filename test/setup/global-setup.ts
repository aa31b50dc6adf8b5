import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../../src/common/project-root';
import { LocalNeo4j } from '../../src/neo4j/local-neo4j';
import { freePort } from '../helpers/processes';

/**
 * Integration and end-to-end tests run against a real Neo4j: the server named by NEO4J_URI, or,
 * when none is configured, a fresh local Neo4j on its own free port and data folder, started here.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    return async () => undefined;
  }
  // A port of its own when none is given, so parallel test runs on one machine never share a database.
  const port = process.env.NEO4J_TEST_PORT ? Number(process.env.NEO4J_TEST_PORT) : await freePort();
  const dataDirectory = join(findProjectRoot(), '.data', `neo4j-test-${port}`);
  rmSync(dataDirectory, { recursive: true, force: true });
  process.env.NEO4J_LOCAL_PORT = String(port);
  process.env.NEO4J_LOCAL_DATA_DIR = dataDirectory;
  const local = new LocalNeo4j({ port, dataDirectory, heapMegabytes: 2048, pageCacheMegabytes: 512 });
  await local.start({ detached: false, log: (line) => process.stderr.write(`${line}\n`) });
  return async () => {
    await local.stop();
    rmSync(dataDirectory, { recursive: true, force: true });
    rmSync(`${dataDirectory}.log`, { force: true });
  };
}
