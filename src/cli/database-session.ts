import 'reflect-metadata';
import { ConsoleLogger, type DynamicModule, type INestApplicationContext, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '../config/app-config';
import { LocalNeo4j } from '../neo4j/local-neo4j';

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

/**
 * Nest's console logger with every level on stderr: a command's stdout is its output (`--json`
 * summaries, `--output -` results), which a warning must not break.
 */
class StderrLogger extends ConsoleLogger {
  protected override printMessages(
    messages: unknown[],
    context?: string,
    logLevel?: LogLevel,
    _writeStreamType?: 'stdout' | 'stderr',
    errorStack?: unknown,
    params?: Record<string, unknown>,
  ): void {
    super.printMessages(messages, context, logLevel, 'stderr', errorStack, params);
  }
}

/**
 * Runs `work` with the CLI's Nest context (database, seed, import…), closing it afterwards.
 * `module` narrows the context to what one command needs (`screen` boots screening only).
 */
export async function withCliContext<T>(
  config: AppConfig,
  work: (context: INestApplicationContext) => Promise<T>,
  module?: DynamicModule,
): Promise<T> {
  return withDatabase(config, async () => {
    // Loaded here, not at the top: a command with its own module never loads every feature's code.
    const root = module ?? (await import('./cli.module.js')).CliModule.forRoot(config);
    const context = await NestFactory.createApplicationContext(root, {
      logger: new StderrLogger({
        logLevels:
          config.logLevel === 'debug' ? ['debug', 'log', 'warn', 'error', 'fatal'] : ['warn', 'error', 'fatal'],
      }),
    });
    try {
      return await work(context);
    } finally {
      await context.close();
    }
  });
}
