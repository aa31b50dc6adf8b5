import 'reflect-metadata';
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { type INestApplicationContext, Logger } from '@nestjs/common';
import { ScreeningIndexService } from '../screening/screening-index.service';
import { ScreeningService } from '../screening/screening.service';
import { createCliContext } from './cli-context';
import { describeFailure } from './exit-codes';
import { screenLines } from './screen-batch';
import { ScreenCliModule } from './screen-cli.module';
import { type FromWorker, since, type ToWorker, type WorkerSettings } from './screen-workers';

/*
 * One worker thread of `partner-graph screen --workers N` (screen-workers.ts): boots the screening
 * context, reads the index when told (the first worker at once), and screens the batches it is
 * given exactly as the command's own thread would (screenLines), answering each with its lines.
 */

const { settings, options, loadAtOnce } = workerData as WorkerSettings;
const port = parentPort!;
const send = (message: FromWorker): void => port.postMessage(message);

let failed = false;
const fail = (error: unknown): void => {
  if (!failed) {
    failed = true;
    send({ type: 'failed', failure: describeFailure(error) });
  }
};

const logger = new Logger(`ScreenWorker ${threadId}`);

const booted: Promise<INestApplicationContext> = createCliContext(settings, ScreenCliModule.forRoot(settings), {
  abortOnError: false,
});
booted.then(() => logger.debug(`context booted ${since()}`), fail);

let loaded: Promise<void> | null = null;
const load = (): Promise<void> => {
  loaded ??= booted
    .then((context) => context.get(ScreeningIndexService).current())
    .then(() => {
      logger.debug(`index loaded ${since()}`);
      send({ type: 'ready' });
    });
  loaded.catch(fail);
  return loaded;
};
if (loadAtOnce) {
  void load();
}

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'load':
      void load();
      return;
    case 'batch':
      booted
        .then((context) => screenLines(context.get(ScreeningService), message.rows, options))
        .then((batch) => send({ type: 'done', id: message.id, batch }))
        .catch(fail);
      return;
    case 'close':
      // The context closes its driver; then nothing keeps the thread alive. An index read already asked
      // for ends first (a short file can be done before it is), so the driver is never closed under it.
      void Promise.all([booted, (loaded ?? Promise.resolve()).catch(() => undefined)])
        .then(([context]) => context.close())
        .catch(() => undefined)
        .finally(() => port.close());
      return;
  }
});
