import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import type { ScreeningInput } from '../screening/dto/screening.input';
import { withDatabase } from './local-database';
import { type InputRow, lineHead, type RowOutcome, type ScreenedBatch } from './screen-batch';
import { ScreenWorkerPool, workerThreadsAvailable } from './screen-workers';
import { type Progress, progressOnTerminal } from './progress';
import { write } from './write';
import { loadModule } from './load-module';

export interface ScreenFileOptions {
  input: string;
  /** A path, or null for standard output. */
  output: string | null;
  limit: number;
  threshold: number | undefined;
  pathRisks: boolean;
  /** Rows screened together: matched one by one, their graph reads made together (one query a hop). */
  batchSize: number;
  /** How many batches are in flight at once in each thread (one is matched while another waits on Neo4j). */
  concurrency: number;
  /** Threads that screen: 1 screens in the command's own thread; more start that many worker threads. */
  workers: number;
  /** A row that repeats an earlier row's query gets the earlier result instead of being screened again. */
  reuse: boolean;
}

export interface ScreenFileSummary {
  input: string;
  output: string | null;
  rows: number;
  matched: number;
  refused: number;
  riskLevels: Record<string, number>;
  /** Threads that screened (1: the command's own). */
  workers: number;
  seconds: number;
  rowsPerSecond: number;
  /**
   * CPU seconds (user + system) of the process that screened, from its start to the end of the run: every
   * thread of it (the command's, the worker threads', V8's compiling and collecting), not the database's.
   * On a shared machine the steadier figure: wall time swings with the other processes, CPU much less.
   */
  cpuSeconds: number;
}

/**
 * `partner-graph screen`: screens the file in batches of `batchSize` rows (ScreeningService.screenEach:
 * each row screened as `POST /api/screen` would, the graph reads of the batch made together), and
 * writes one line a row, in input order, as each batch completes. With one worker the command's own
 * thread boots the screening context and screens; with more, worker threads do (screen-workers.ts),
 * each with its own context and the saved index, and this thread reads, hands out and writes.
 */
export async function screenFile(settings: AppConfig, options: ScreenFileOptions): Promise<ScreenFileSummary> {
  const started = Date.now();
  const summary: ScreenFileSummary = {
    input: options.input,
    output: options.output,
    rows: 0,
    matched: 0,
    refused: 0,
    riskLevels: {},
    workers: 1,
    seconds: 0,
    rowsPerSecond: 0,
    cpuSeconds: 0,
  };
  const phases: Phases = { firstWritten: null, lastWritten: null };
  const seconds = (at: number | null): string =>
    at === null ? 'never' : `${((at - performance.timeOrigin) / 1000).toFixed(2)} s`;
  if (options.workers > 1 && workerThreadsAvailable()) {
    summary.workers = options.workers;
    await withDatabase(settings, async () => {
      // The command's own thread screens too, beside `workers - 1` worker threads.
      const pool = new ScreenWorkerPool(settings, options, options.workers, async () =>
        loadModule<typeof import('./screen-local.js')>('./screen-local.js').localScreener(settings, options),
      );
      try {
        await screenInOrder(
          options,
          summary,
          started,
          phases,
          options.workers * options.concurrency * 2,
          (batch, more) => pool.screen(batch, more),
        );
      } finally {
        await pool.close();
      }
    });
  } else {
    // Loaded here: with worker threads this thread never loads Nest, the driver or the features.
    const { withModuleContext } = loadModule<typeof import('./cli-context.js')>('./cli-context.js');
    const { ScreeningService } = loadModule<typeof import('../screening/screening.service.js')>(
      '../screening/screening.service.js',
    );
    const { ScreenCliModule } = loadModule<typeof import('./screen-cli.module.js')>('./screen-cli.module.js');
    const { screenLines } = loadModule<typeof import('./screen-batch.js')>('./screen-batch.js');
    await withModuleContext(settings, ScreenCliModule.forRoot(settings), async (context) => {
      const screening = context.get(ScreeningService);
      await screenInOrder(options, summary, started, phases, options.concurrency, (batch) =>
        screenLines(screening, batch, options),
      );
    });
  }
  summary.seconds = (Date.now() - started) / 1000;
  if (settings.logLevel === 'debug') {
    // When the rows came out, for timing a run's start-up against its screening (LOG_LEVEL=debug).
    process.stderr.write(
      `screen: command started ${seconds(started)}, first rows written ${seconds(phases.firstWritten)}, ` +
        `last ${seconds(phases.lastWritten)} after the process started (at ${Math.round(performance.timeOrigin)})\n`,
    );
  }
  summary.rowsPerSecond = Math.round(summary.rows / Math.max(0.001, summary.seconds));
  summary.cpuSeconds = processCpuSeconds();
  return summary;
}

/**
 * The CPU this process has used since it started, in seconds to the millisecond: getrusage of the process,
 * so worker threads count, those already ended too.
 */
export function processCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1_000) / 1_000;
}

/** When the first and the last lines were written (epoch ms), null until they are. */
interface Phases {
  firstWritten: number | null;
  lastWritten: number | null;
}

/** How many distinct queries' lines are kept for rows that repeat them (a few KB each). */
const REPEATS_KEPT = 8_192;

/** A screened row's line after its query, and what the summary counts of it. */
interface RowResult {
  rest: string;
  outcome: RowOutcome;
}

/**
 * Reads the input in batches, keeps up to `window` of them in flight through `screen`, and writes
 * their lines in input order (the first failure ends the run), with the progress bar on a terminal.
 * With `reuse`, a row whose query is the same as an earlier row's (the same text of name, schema,
 * countries, dates… and the same options) is not screened again: its line is the earlier row's
 * result with its own row and id, the earlier `screenedAt` included.
 */
async function screenInOrder(
  options: ScreenFileOptions,
  summary: ScreenFileSummary,
  started: number,
  phases: Phases,
  window: number,
  screen: (batch: InputRow[], more: boolean) => Promise<ScreenedBatch>,
): Promise<void> {
  const output: Writable = options.output === null ? process.stdout : createWriteStream(options.output);
  const progress: Progress = progressOnTerminal('screening {value} rows  {duration}s  {rate} rows/s');
  const known = new Map<string, Promise<RowResult>>();
  const remember = (key: string, result: Promise<RowResult>): void => {
    if (known.size >= REPEATS_KEPT) {
      known.delete(known.keys().next().value!);
    }
    known.set(key, result);
  };
  try {
    const pending: Array<Promise<{ text: string; outcomes: RowOutcome[] }>> = [];
    const flush = async (): Promise<void> => {
      const done = await pending.shift()!;
      for (const outcome of done.outcomes) {
        summary.rows += 1;
        if (outcome.refused) {
          summary.refused += 1;
        } else {
          summary.matched += outcome.matched ? 1 : 0;
          summary.riskLevels[outcome.riskLevel!] = (summary.riskLevels[outcome.riskLevel!] ?? 0) + 1;
        }
      }
      await write(output, done.text);
      phases.lastWritten = Date.now();
      phases.firstWritten ??= phases.lastWritten;
      progress.update(summary.rows, {
        rate: Math.round(summary.rows / Math.max(0.001, (Date.now() - started) / 1000)),
      });
    };
    const send = async (batch: InputRow[], more: boolean): Promise<void> => {
      const keys = batch.map((row) => JSON.stringify(row.query));
      let deliver!: (screened: Promise<ScreenedBatch>) => void;
      const screened = new Promise<ScreenedBatch>((resolve) => {
        deliver = resolve;
      });
      const fresh: InputRow[] = [];
      const results = batch.map((row, position): Promise<RowResult> => {
        const earlier = options.reuse ? known.get(keys[position]) : undefined;
        if (earlier) {
          return earlier;
        }
        const at = fresh.push(row) - 1;
        const result = screened.then((done) => restOf(done, at));
        if (options.reuse) {
          remember(keys[position], result);
        }
        return result;
      });
      deliver(fresh.length > 0 ? screen(fresh, more) : Promise.resolve({ rests: [], outcomes: [] }));
      const assembled = Promise.all(results).then((rows) => ({
        text: rows
          .map(
            (result, position) =>
              `${lineHead(batch[position].row, batch[position].id, keys[position])}${result.rest}\n`,
          )
          .join(''),
        outcomes: rows.map((result) => result.outcome),
      }));
      // A batch that fails while an earlier one is awaited must not crash the process as an
      // unhandled rejection: its error is thrown when its turn comes (the first error ends the run).
      assembled.catch(() => undefined);
      pending.push(assembled);
      if (pending.length >= window) {
        await flush();
      }
    };
    // A full batch goes once the next row is read, so each batch is known to be the last or not.
    let batch: InputRow[] = [];
    for await (const input of readScreeningInputs(options.input)) {
      if (batch.length >= options.batchSize) {
        await send(batch, true);
        batch = [];
      }
      batch.push(input);
    }
    if (batch.length > 0) {
      await send(batch, false);
    }
    while (pending.length > 0) {
      await flush();
    }
  } finally {
    progress.stop();
    if (output !== process.stdout) {
      output.end();
      await once(output, 'close');
    }
  }
}

/** Row `at` of a screened batch: its line after the query and its outcome. */
function restOf(screened: ScreenedBatch, at: number): RowResult {
  return { rest: screened.rests[at], outcome: screened.outcomes[at] };
}

/** Rows of a CSV (by column name) or JSON-lines file (objects shaped like ScreeningInput, plus `id`). */
export async function* readScreeningInputs(path: string): AsyncGenerator<InputRow> {
  if (/\.(jsonl?|ndjson)$/i.test(path)) {
    const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    let row = 0;
    for await (const line of lines) {
      if (line.trim().length === 0) {
        continue;
      }
      row += 1;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new AppError('INVALID_ARGUMENT', `${path} line ${row}: not valid JSON`, { file: path, line: row });
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new AppError('INVALID_ARGUMENT', `${path} line ${row}: not a JSON object`, { file: path, line: row });
      }
      const { id, ...query } = value as Record<string, unknown>;
      yield {
        row,
        id: typeof id === 'string' || typeof id === 'number' ? String(id) : null,
        query: query as unknown as ScreeningInput,
      };
    }
    return;
  }
  let columns: string[] = [];
  const parser = createReadStream(path).pipe(
    parse({
      columns: (header: string[]) => {
        columns = header.map((column) => column.trim());
        return columns;
      },
      skip_empty_lines: true,
      bom: true,
      relax_column_count: true,
    }),
  );
  let row = 0;
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
    if (row === 0 && !columns.includes('name') && !columns.includes('full_name')) {
      throw new AppError('INVALID_ARGUMENT', `${path} has no "name" (or "full_name") column`, { file: path });
    }
    row += 1;
    yield { row, id: record.id || null, query: csvQuery(record) };
  }
}

function csvQuery(record: Record<string, string>): ScreeningInput {
  const value = (...keys: string[]): string | undefined =>
    keys.map((key) => record[key]?.trim()).find((text) => text !== undefined && text.length > 0);
  const country = value('country', 'nationality');
  const dateOfBirth = value('date_of_birth', 'dateOfBirth', 'birth_date');
  // Registration numbers, LEI, passport numbers…, ";" between several, as REST's `identifiers` (since rules 1.112.0).
  const identifiers = value('identifiers', 'identifier');
  return {
    name: value('name', 'full_name') ?? '',
    schema: value('schema') ?? null,
    country: country ? country.split(/;/).map((part) => part.trim()) : null,
    dateOfBirth: dateOfBirth ? [dateOfBirth] : null,
    ...(identifiers ? { identifiers: identifiers.split(/;/).map((part) => part.trim()) } : {}),
  };
}
