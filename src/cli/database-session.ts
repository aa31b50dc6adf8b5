import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createLogger } from '../bootstrap';
import type { AppConfig } from '../config/app-config';
import { LocalNeo4j } from '../neo4j/local-neo4j';
import { CliModule } from './cli.module';

/**
 * Makes sure a database answers for the length of `work`: the configured NEO4J_URI, or the local
 * server (started for the duration and stopped afterwards if it was not already running).
 */
export async function withDatabase<T>(config: AppConfig, work: () => Promise<T>): Promise<T> {
  if (config.neo4jUri !== null) {
    return work();
  }
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

/** Runs `work` with the CLI's Nest context (database, seed, import…), closing it afterwards. */
export async function withCliContext<T>(
  config: AppConfig,
  work: (context: INestApplicationContext) => Promise<T>,
): Promise<T> {
  return withDatabase(config, async () => {
    const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
      logger: createLogger({ ...config, logFormat: 'text', logLevel: config.logLevel === 'debug' ? 'debug' : 'warn' }),
    });
    try {
      return await work(context);
    } finally {
      await context.close();
    }
  });
}
