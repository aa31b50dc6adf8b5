import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { toPublicError } from '../common/error-mapper';
import type { ScreeningInput } from '../screening/dto/screening.input';
import type { ScreeningResult } from '../screening/models/screening-result.model';
import { ScreeningService } from '../screening/screening.service';
import { withCliContext } from './database-session';
import { ScreenCliModule } from './screen-cli.module';
import { type Progress, progressOnTerminal } from './progress';
import { write } from './write';

/** One input row: its position (1-based, data rows), its id and the query built from it. */
export interface InputRow {
  row: number;
  id: string | null;
  query: ScreeningInput;
}

/**
 * One output line. The result fields are those of REST `POST /api/screen` (and of each row of
 * `/api/screen/batch`): matches, riskLevel, riskReasons, pathRisks, listVersions…; a refused row
 * carries the batch row's `error` ({code, reason, message, field}) instead.
 */
export type OutputRow =
  | ({ row: number; id: string | null; query: ScreeningInput } & ScreeningResult)
  | {
      row: number;
      id: string | null;
      query: ScreeningInput;
      error: { code: string; reason: string; message: string; field: string | null };
    };

export interface ScreenFileOptions {
  input: string;
  /** A path, or null for standard output. */
  output: string | null;
  limit: number;
  threshold: number | undefined;
  pathRisks: boolean;
  /** Rows screened together: matched one by one, their graph reads made together (one query a hop). */
  batchSize: number;
  /** How many batches are in flight at once (one is matched while another waits on Neo4j). */
  concurrency: number;
}

export interface ScreenFileSummary {
  input: string;
  output: string | null;
  rows: number;
  matched: number;
  refused: number;
  riskLevels: Record<string, number>;
  seconds: number;
  rowsPerSecond: number;
}

/**
 * `partner-graph screen`: boots the screening context only, then screens the file in batches of
 * `batchSize` rows (ScreeningService.screenEach: each row screened as `POST /api/screen` would, the
 * graph reads of the batch made together), and writes one line a row, in input order, as each batch
 * completes.
 */
export async function screenFile(settings: AppConfig, options: ScreenFileOptions): Promise<ScreenFileSummary> {
  const started = Date.now();
  return withCliContext(
    settings,
    async (context) => {
      const screening = context.get(ScreeningService);
      const output: Writable = options.output === null ? process.stdout : createWriteStream(options.output);
      const progress: Progress = progressOnTerminal('screening {value} rows  {duration}s  {rate} rows/s');
      const summary: ScreenFileSummary = {
        input: options.input,
        output: options.output,
        rows: 0,
        matched: 0,
        refused: 0,
        riskLevels: {},
        seconds: 0,
        rowsPerSecond: 0,
      };
      const count = (line: OutputRow): void => {
        summary.rows += 1;
        if ('error' in line) {
          summary.refused += 1;
        } else {
          if (line.matches.some((match) => match.match)) {
            summary.matched += 1;
          }
          summary.riskLevels[line.riskLevel] = (summary.riskLevels[line.riskLevel] ?? 0) + 1;
        }
      };
      try {
        // A window of batches in flight, written in input order.
        const pending: Array<Promise<OutputRow[]>> = [];
        const flush = async (): Promise<void> => {
          const lines = await pending.shift()!;
          lines.forEach(count);
          await write(output, lines.map((line) => `${JSON.stringify(line)}\n`).join(''));
          progress.update(summary.rows, {
            rate: Math.round(summary.rows / Math.max(0.001, (Date.now() - started) / 1000)),
          });
        };
        const send = async (batch: InputRow[]): Promise<void> => {
          const screened = screenBatch(screening, batch, options);
          // A batch that fails while an earlier one is awaited must not crash the process as an
          // unhandled rejection: its error is thrown when its turn comes (the first error ends the run).
          screened.catch(() => undefined);
          pending.push(screened);
          if (pending.length >= options.concurrency) {
            await flush();
          }
        };
        let batch: InputRow[] = [];
        for await (const input of readScreeningInputs(options.input)) {
          batch.push(input);
          if (batch.length >= options.batchSize) {
            await send(batch);
            batch = [];
          }
        }
        if (batch.length > 0) {
          await send(batch);
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
      summary.seconds = (Date.now() - started) / 1000;
      summary.rowsPerSecond = Math.round(summary.rows / Math.max(0.001, summary.seconds));
      return summary;
    },
    ScreenCliModule.forRoot(settings),
  );
}

/** One batch: each row's result, or its own error (a 400 refusal) in its place. */
async function screenBatch(
  screening: ScreeningService,
  inputs: InputRow[],
  options: ScreenFileOptions,
): Promise<OutputRow[]> {
  const outcomes = await screening.screenEach(
    inputs.map((input) => ({
      ...input.query,
      limit: options.limit,
      threshold: options.threshold,
      pathRisks: options.pathRisks,
    })),
  );
  return outcomes.map((outcome, position) => {
    const input = inputs[position];
    const head = { row: input.row, id: input.id, query: input.query };
    if (!(outcome instanceof AppError)) {
      return { ...head, ...outcome };
    }
    const mapped = toPublicError(outcome);
    const field = typeof outcome.details.field === 'string' ? outcome.details.field : null;
    return { ...head, error: { code: mapped.code, reason: mapped.reason, message: mapped.message, field } };
  });
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
  return {
    name: value('name', 'full_name') ?? '',
    schema: value('schema') ?? null,
    country: country ? country.split(/;/).map((part) => part.trim()) : null,
    dateOfBirth: dateOfBirth ? [dateOfBirth] : null,
  };
}
