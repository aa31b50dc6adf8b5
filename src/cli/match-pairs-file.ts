import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { parse } from 'csv-parse';
import { AppError } from '../common/app-error';
import { matchPairs, type NamePairRow } from '../matching';
import { progressOnTerminal } from './progress';
import { write } from './write';

export interface MatchPairsSummary {
  input: string;
  output: string | null;
  pairs: number;
  matched: number;
  seconds: number;
}

/** `partner-graph match-pairs`: the pure matcher over a CSV of pairs; no Nest, no database. */
export async function matchPairsFile(input: string, outputPath: string | null): Promise<MatchPairsSummary> {
  const started = Date.now();
  const rows: NamePairRow[] = [];
  let columns: string[] = [];
  const parser = createReadStream(input).pipe(
    parse({
      columns: (header: string[]) => {
        columns = header;
        for (const required of ['name1', 'name2']) {
          if (!columns.includes(required)) {
            throw new AppError('INVALID_ARGUMENT', `${input} has no "${required}" column`, { file: input });
          }
        }
        return header;
      },
      skip_empty_lines: true,
      bom: true,
    }),
  );
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
    rows.push({ ...record, schema: record.schema ?? '', name1: record.name1 ?? '', name2: record.name2 ?? '' });
  }
  const header = [...columns.filter((column) => column !== 'score' && column !== 'match'), 'score', 'match'];
  const output: Writable = outputPath === null ? process.stdout : createWriteStream(outputPath);
  const progress = progressOnTerminal('scoring {value} pairs  {duration}s');
  let matched = 0;
  try {
    await write(output, `${header.map(csvField).join(',')}\n`);
    let done = 0;
    for (const row of matchPairs(rows)) {
      matched += row.match ? 1 : 0;
      const values = header.map((column) =>
        column === 'score' ? row.score.toFixed(3) : column === 'match' ? String(row.match) : (row[column] ?? ''),
      );
      await write(output, `${values.map(csvField).join(',')}\n`);
      done += 1;
      if (done % 500 === 0) {
        progress.update(done);
      }
    }
  } finally {
    progress.stop();
    if (output !== process.stdout) {
      output.end();
      await once(output, 'close');
    }
  }
  return { input, output: outputPath, pairs: rows.length, matched, seconds: (Date.now() - started) / 1000 };
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
