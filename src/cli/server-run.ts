import { Logger } from '@nestjs/common';
import { createApplication, createLogger, listen } from '../bootstrap';
import type { AppConfig } from '../config/app-config';
import { LocalNeo4j } from '../neo4j/local-neo4j';
import { prepareGraph } from './prepare-graph';

/** `partner-graph up`: the local Neo4j if needed, the graph brought up to date, then the API. */
export async function runUp(settings: AppConfig): Promise<void> {
  // Everything `up` logs, before the app exists too, in the configured (structured) format.
  Logger.overrideLogger(createLogger(settings));
  let local: LocalNeo4j | null = null;
  if (settings.neo4jUri === null) {
    local = new LocalNeo4j(settings.localNeo4j);
    const outcome = await local.start({ detached: false, log: (line) => new Logger('LocalNeo4j').log(line) });
    if (outcome === 'already-running') {
      local = null;
    }
  }
  try {
    await prepareGraph(settings);
  } catch (error) {
    await local?.stop();
    throw error;
  }
  await runServe(settings, local);
}

/** Serves the API until SIGINT or SIGTERM, then closes it (and the local Neo4j `up` started). */
export async function runServe(settings: AppConfig, local: LocalNeo4j | null): Promise<void> {
  const app = await createApplication(settings);
  await listen(app, settings);
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) {
      return;
    }
    stopping = true;
    new Logger('Bootstrap').log(`${signal} received: closing`);
    await app.close();
    await local?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
