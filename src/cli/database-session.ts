import 'reflect-metadata';
import { ConsoleLogger, type DynamicModule, type INestApplicationContext, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '../config/app-config';
import { withDatabase } from './local-database';

export { withDatabase } from './local-database';

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
    const context = await createCliContext(config, root, { abortOnError: false });
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
