import { threadId } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { ScreeningIndexService } from '../screening/screening-index.service';
import { ScreeningService } from '../screening/screening.service';
import { createCliContext } from './cli-context';
import { screenLines, type ScreenRowOptions } from './screen-batch';
import { ScreenCliModule } from './screen-cli.module';
import { type LocalScreener, since } from './screen-workers';

/**
 * The command's own thread as one of `screen`'s screening threads (ScreenWorkerPool's first member):
 * the same context a worker thread boots (ScreenCliModule), with the same debug lines, under this
 * thread's id (0). Loaded by screen-file.ts only when it is needed.
 */
export async function localScreener(settings: AppConfig, options: ScreenRowOptions): Promise<LocalScreener> {
  const context = await createCliContext(settings, ScreenCliModule.forRoot(settings), { abortOnError: false });
  const logger = new Logger(`ScreenWorker ${threadId}`);
  logger.debug(`context booted ${since()}`);
  const screening = context.get(ScreeningService);
  return {
    load: async () => {
      await context.get(ScreeningIndexService).current();
      logger.debug(`index loaded ${since()}`);
    },
    screen: (rows) => screenLines(screening, rows, options),
    close: () => context.close(),
  };
}
