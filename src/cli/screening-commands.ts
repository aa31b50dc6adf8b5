import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { parse } from 'csv-parse';
import { AppError } from '../common/app-error';
import type { AppConfig } from '../config/app-config';
import { toPublicError } from '../common/error-mapper';
import { matchPairs, type NamePairRow } from '../matching';
import type { ScreeningInput } from '../screening/dto/screening.input';
import { ScreeningService } from '../screening/screening.service';
import { withCliContext } from './database-session';

interface ScreenOptions {
  input: string;
  output: string;
  limit?: string;
  threshold?: string;
}

interface PairsOptions {
  input: string;
  output: string;
}

/** One input row: its position (1-based, data rows), its id and the query built from it. */
interface InputRow {
  row: number;
  id: string | null;
  query: ScreeningInput;
}

/** `partner-graph screen` (against the graph's index) and `partner-graph match-pairs` (pure matcher). */
export function registerScreeningCommands(program: Command, config: () => AppConfig): void {
  program
    .command('screen')
    .description('screen every row of a CSV or JSON-lines file; writes one JSON line of matches per row')
    .requiredOption(
      '--input <file>',
      'CSV (id, name or full_name, schema, country or nationality, date_of_birth) or .jsonl',
    )
    .requiredOption('--output <file>', 'results, one JSON line per input row')
    .option('--limit <n>', 'matches per row (1 to 50)', '5')
    .option('--threshold <t>', 'score at or above which a match is reported as match: true')
    .action(async (options: ScreenOptions) => {
      const limit = Number(options.limit ?? 5);
      const threshold = options.threshold === undefined ? undefined : Number(options.threshold);
      const settings = config();
      const summary = await withCliContext(settings, async (context) => {
        const screening = context.get(ScreeningService);
        const output = createWriteStream(options.output);
        const showProgress = process.stderr.isTTY;
        const bar = new SingleBar({ format: 'screening {value} rows  {duration}s  {rate} rows/s', hideCursor: true });
        if (showProgress) {
          bar.start(0, 0, { rate: 0 });
        }
        const started = Date.now();
        let rows = 0;
        let matched = 0;
        let failed = 0;
        try {
          for await (const input of readScreeningInputs(options.input)) {
            rows += 1;
            const line = await screenRow(screening, input, limit, threshold);
            if ('error' in line) {
              failed += 1;
            } else if ((line.matches as Array<{ match: boolean }>).some((match) => match.match)) {
              matched += 1;
            }
            await write(output, `${JSON.stringify(line)}\n`);
            if (showProgress) {
              bar.update(rows, { rate: Math.round(rows / Math.max(0.001, (Date.now() - started) / 1000)) });
            }
          }
        } finally {
          if (showProgress) {
            bar.stop();
          }
          output.end();
          await once(output, 'close');
        }
        return { rows, matched, failed };
      });
      process.stderr.write(
        `${summary.rows} rows screened: ${summary.matched} with a match, ${summary.failed} refused; results in ${options.output}\n`,
      );
    });

  program
    .command('match-pairs')
    .description('score schema,name1,name2 rows with the pure matcher (no database); adds score and match')
    .requiredOption('--input <file>', 'CSV with columns schema, name1, name2 (other columns are kept)')
    .requiredOption('--output <file>', 'the same rows plus score and match')
    .action(async (options: PairsOptions) => {
      const rows: NamePairRow[] = [];
      let columns: string[] = [];
      const parser = createReadStream(options.input).pipe(
        parse({
          columns: (header: string[]) => {
            columns = header;
            return header;
          },
          skip_empty_lines: true,
          bom: true,
        }),
      );
      for await (const record of parser as AsyncIterable<Record<string, string>>) {
        rows.push({ ...record, schema: record.schema ?? '', name1: record.name1 ?? '', name2: record.name2 ?? '' });
      }
      for (const required of ['name1', 'name2']) {
        if (!columns.includes(required)) {
          throw new AppError('INVALID_ARGUMENT', `${options.input} has no "${required}" column`, {
            file: options.input,
          });
        }
      }
      const header = [...columns.filter((column) => column !== 'score' && column !== 'match'), 'score', 'match'];
      const output = createWriteStream(options.output);
      await write(output, `${header.map(csvField).join(',')}\n`);
      for (const row of matchPairs(rows)) {
        const values = header.map((column) =>
          column === 'score' ? row.score.toFixed(3) : column === 'match' ? String(row.match) : (row[column] ?? ''),
        );
        await write(output, `${values.map(csvField).join(',')}\n`);
      }
      output.end();
      await once(output, 'close');
      process.stderr.write(`${rows.length} pairs scored; ${options.output}\n`);
    });
}

async function screenRow(
  screening: ScreeningService,
  input: InputRow,
  limit: number,
  threshold: number | undefined,
): Promise<Record<string, unknown>> {
  try {
    const result = await screening.screen({ ...input.query, limit, threshold });
    return {
      row: input.row,
      id: input.id,
      query: input.query,
      resolution: result.resolution,
      riskLevel: result.riskLevel,
      riskReasons: result.riskReasons,
      matches: result.matches,
    };
  } catch (error) {
    const mapped = toPublicError(error);
    if (mapped.code === 'BAD_USER_INPUT') {
      return {
        row: input.row,
        id: input.id,
        query: input.query,
        error: { message: mapped.message, ...mapped.details },
      };
    }
    throw error;
  }
}

/** Rows of a CSV (by column name) or JSON-lines file (objects shaped like ScreeningInput, plus `id`). */
export async function* readScreeningInputs(path: string): AsyncGenerator<InputRow> {
  if (/\.jsonl?$/i.test(path) || /\.ndjson$/i.test(path)) {
    const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
    let row = 0;
    for await (const line of lines) {
      if (line.trim().length === 0) {
        continue;
      }
      row += 1;
      let value: Record<string, unknown>;
      try {
        value = JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new AppError('INVALID_ARGUMENT', `${path} line ${row}: not valid JSON`, { file: path, line: row });
      }
      const { id, ...query } = value;
      yield {
        row,
        id: typeof id === 'string' || typeof id === 'number' ? String(id) : null,
        query: query as unknown as ScreeningInput,
      };
    }
    return;
  }
  const parser = createReadStream(path).pipe(
    parse({ columns: true, skip_empty_lines: true, bom: true, relax_column_count: true }),
  );
  let row = 0;
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
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

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) {
    await once(stream, 'drain');
  }
}
