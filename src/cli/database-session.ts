import type { DynamicModule, INestApplicationContext } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { withModuleContext } from './cli-context';

export { withDatabase } from './local-database';

/**
 * Runs `work` with the CLI's Nest context (database, seed, import…), closing it afterwards.
 * `module` narrows the context to what one command needs (`screen` boots screening only).
 */
export async function withCliContext<T>(
  config: AppConfig,
  work: (context: INestApplicationContext) => Promise<T>,
  module?: DynamicModule,
): Promise<T> {
  // Loaded here, not at the top: a command with its own module never loads every feature's code.
  const root = module ?? (await import('./cli.module.js')).CliModule.forRoot(config);
  return withModuleContext(config, root, work);
}
