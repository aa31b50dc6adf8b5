import type { AppConfig } from '../config/app-config';

/**
 * Makes sure a database answers for the length of `work`: the configured NEO4J_URI, or the local
 * server (started for the duration and stopped afterwards if it was not already running). The local
 * server's code (and the driver it loads) is loaded only when there is no NEO4J_URI: `screen` with
 * worker threads runs Nest and the driver in the workers alone.
 */
export async function withDatabase<T>(config: AppConfig, work: () => Promise<T>): Promise<T> {
  if (config.neo4jUri !== null) {
    return work();
  }
  const { LocalNeo4j } = await import('../neo4j/local-neo4j.js');
  const local = new LocalNeo4j(config.localNeo4j);
  const outcome = await local.start({ detached: false, log: (line) => process.stderr.write(`${line}\n`) });
  try {
    return await work();
  } finally {
    if (outcome === 'started') {
      await local.stop();
    }
  }
}
