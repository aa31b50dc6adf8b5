import 'reflect-metadata';
import { ConsoleLogger, type DynamicModule, type INestApplicationContext, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '../config/app-config';
import { withDatabase } from './local-database';

/*
 * A Nest context for one module, apart from database-session.ts (whose default is the whole
 * CliModule): what `screen` loads in its screening threads reaches only the module it names
 * (src/dependency-rules.spec.ts checks that no GraphQL code is among it).
 */

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
    // A failed start is reported by the command itself, in one line with its exit code (exit-codes.ts):
    // Nest's own report of it (the error with its stack) is for debugging only.
    if (context === 'ExceptionHandler' && !this.isLevelEnabled('debug')) {
      return;
    }
    super.printMessages(messages, context, logLevel, 'stderr', errorStack, params);
  }
}

/** Runs `work` with a Nest context for `module` (the database started when it is local), closing it afterwards. */
export async function withModuleContext<T>(
  config: AppConfig,
  module: DynamicModule,
  work: (context: INestApplicationContext) => Promise<T>,
): Promise<T> {
  return withDatabase(config, async () => {
    const context = await createCliContext(config, module, { abortOnError: false });
    try {
      return await work(context);
    } finally {
      await context.close();
    }
  });
}

/**
 * The CLI's Nest context for `module`, its logger on stderr, without starting a database (a screen
 * worker thread uses the one its command started). The caller closes it. `abortOnError: false`
 * makes a failed start reject instead of ending the process (a worker thread reports it instead).
 */
export function createCliContext(
  config: AppConfig,
  module: DynamicModule,
  options: { abortOnError?: boolean } = {},
): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(module, {
    abortOnError: options.abortOnError,
    logger: new StderrLogger({
      logLevels: config.logLevel === 'debug' ? ['debug', 'log', 'warn', 'error', 'fatal'] : ['warn', 'error', 'fatal'],
    }),
  });
}
