import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { findProjectRoot } from '../../src/common/project-root';
import { LocalNeo4j } from '../../src/neo4j/local-neo4j';

/**
 * Integration and end-to-end tests run against a real Neo4j: the server named by NEO4J_URI, or,
 * when none is configured, a fresh local Neo4j on its own port and data folder, started here.
 */
export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    return async () => undefined;
  }
  const dataDirectory = join(findProjectRoot(), '.data', 'neo4j-test');
  rmSync(dataDirectory, { recursive: true, force: true });
  process.env.NEO4J_LOCAL_PORT = process.env.NEO4J_TEST_PORT ?? '7688';
  process.env.NEO4J_LOCAL_DATA_DIR = dataDirectory;
  const local = new LocalNeo4j({
    port: Number(process.env.NEO4J_LOCAL_PORT),
    dataDirectory,
    heapMegabytes: 2048,
    pageCacheMegabytes: 512,
  });
  await local.start({ detached: false, log: (line) => process.stderr.write(`${line}\n`) });
  return async () => {
    await local.stop();
  };
}
