/**
 * `partner-graph` end to end, as a user runs it: the wall time from spawning the built CLI
 * (dist/cli/main.js) to its exit, for a cold `--help` (median of 5), `screen` of one name with no
 * saved index (the index built from Neo4j and saved; median of 3, the file removed before each),
 * `screen` of one name and of a 1,000-row CSV reading the saved index (median of 3 each), and
 * `screen` of N rows (default 20,000; `--rows 0` skips it) against a graph with the seed and the
 * sample lists (Node start, Nest boot, the index read back, every row screened with its path walk,
 * the output written). The goal (issue 11) is ≥ 1,000 rows/s on this machine for the N rows. The
 * 1-minute load average before each figure is printed with it: the machine is shared, so a figure
 * is only as good as the load it was taken under.
 *
 * The headline rows are all different (bench/lib/screening-rows.ts: a fixed mix of the screening
 * CSVs' persons, the sample lists' names, university and ROR names, common person names and made-up
 * names, development data only), so every row is screened; the second line is the older file whose
 * rows cycle through bench/data/screening-negatives-*.csv and screening-positives-un.csv (about 2,700
 * distinct rows, so `screen`'s reuse of repeated rows does most of the work). Both are measured with
 * `screen`'s default options unless options are given. The database is a local Neo4j on
 * NEO4J_LOCAL_PORT (default 7697, data in .data/neo4j-bench-cli) or NEO4J_URI; preparing it is not
 * timed.
 *
 *   npm run bench:cli
 *   node dist-bench/bench/cli.js --rows 20000 [--batch-size N] [--concurrency N] [--workers N|auto]
 *     [--no-path-risks] [--no-reuse] [--no-start] [--distinct-only]
 *   node dist-bench/bench/cli.js --rows 2000 --write-rows rows.csv   (writes the all-different rows, no database)
 *
 * `--batch-size`, `--concurrency`, `--workers` and `--no-reuse` are passed to `screen` when given;
 * `--no-start` skips the start-up figures, `--distinct-only` the repeated rows.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { withCliContext, withDatabase } from '../src/cli/database-session';
import { importMissingSampleLists } from '../src/cli/sample-lists';
import { loadConfig } from '../src/config/app-config';
import { findProjectRoot } from '../src/common/project-root';
import { MigrationsService } from '../src/neo4j/migrations.service';
import { databaseUri } from '../src/neo4j/neo4j.module';
import { SavedScreeningIndex } from '../src/screening/saved-screening-index';
import { distinctScreeningRows, screeningRowsCsv } from './lib/screening-rows';
import { SeedService } from '../src/seed/seed.service';
import { WatchlistImportService } from '../src/watchlists/watchlist-import.service';
import { WatchlistsService } from '../src/watchlists/watchlists.service';

const ROOT = findProjectRoot();

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

/** The bench rows: full_name and nationality (and a date of birth), cycled to `count`. */
function benchRows(count: number): string {
  const sources = ['screening-negatives-global-1k.csv', 'screening-negatives-us-1k.csv', 'screening-positives-un.csv'];
  const records = sources.flatMap((file) =>
    parse<Record<string, string>>(readFileSync(join(ROOT, 'bench', 'data', file), 'utf8'), {
      columns: true,
      bom: true,
    }),
  );
  const field = (value: string | undefined): string =>
    value && /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : (value ?? '');
  const lines = ['id,full_name,nationality,date_of_birth'];
  for (let row = 0; row < count; row++) {
    const record = records[row % records.length];
    lines.push(
      [`r${row + 1}`, field(record.full_name), field(record.nationality), field(record.date_of_birth)].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

interface Summary {
  rows: number;
  matched: number;
  refused: number;
  riskLevels: Record<string, number>;
  workers: number;
  seconds: number;
  rowsPerSecond: number;
  /** The screening process's CPU, every thread (Neo4j not counted); absent from a build before it was added. */
  cpuSeconds?: number;
}

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)];
};

/** Runs the CLI `times` times, one after another; the wall seconds of each, and the load before the first. */
async function timed(
  args: string[],
  env: NodeJS.ProcessEnv,
  times: number,
  before: () => void = () => undefined,
): Promise<{ medianSeconds: number; seconds: number[]; loadAverage: number }> {
  const loadAverage = Number(loadavg()[0].toFixed(2));
  const seconds: number[] = [];
  for (let run = 0; run < times; run++) {
    before();
    const started = Date.now();
    const result = await runCli(args, env);
    if (result.code !== 0) {
      throw new Error(`${args.join(' ')} exited ${result.code}: ${result.stderr}`);
    }
    seconds.push(Number(((Date.now() - started) / 1000).toFixed(2)));
  }
  return { medianSeconds: median(seconds), seconds, loadAverage };
}

async function main(): Promise<void> {
  const rows = argument('rows', 20_000);
  // Unless given, `screen`'s own defaults apply (the headline is measured with the default options).
  const concurrency = process.argv.includes('--concurrency') ? argument('concurrency', 2) : null;
  const batchSize = process.argv.includes('--batch-size') ? argument('batch-size', 250) : null;
  const rowsFile = process.argv.indexOf('--write-rows');
  if (rowsFile >= 0) {
    writeFileSync(process.argv[rowsFile + 1], screeningRowsCsv(distinctScreeningRows(ROOT, rows)));
    return;
  }
  const workers = process.argv.includes('--workers') ? process.argv[process.argv.indexOf('--workers') + 1] : null;
  const workerArguments = workers === null ? [] : ['--workers', workers];
  const pathRisks = !process.argv.includes('--no-path-risks');
  const reuse = !process.argv.includes('--no-reuse');
  const config = loadConfig({
    NEO4J_LOCAL_PORT: '7697',
    NEO4J_LOCAL_DATA_DIR: '.data/neo4j-bench-cli',
    ...process.env,
    LOG_LEVEL: 'error',
  });
  const folder = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    const input = join(folder, 'rows.csv');
    writeFileSync(input, benchRows(rows));
    const distinctInput = join(folder, 'distinct-rows.csv');
    writeFileSync(distinctInput, screeningRowsCsv(distinctScreeningRows(ROOT, rows)));
    await withDatabase(config, async () => {
      await withCliContext(config, async (context) => {
        await context.get(MigrationsService).migrate();
        await context.get(SeedService).seed({ onlyIfChanged: true, seededBy: 'bench:cli' });
        await importMissingSampleLists({
          importer: context.get(WatchlistImportService),
          watchlists: context.get(WatchlistsService),
        });
      });
      const env = { ...process.env, NEO4J_URI: databaseUri(config), LOG_LEVEL: 'error' };
      const savedIndex = SavedScreeningIndex.forConfig(loadConfig(env)).file;
      const removeSavedIndex = (): void => rmSync(savedIndex, { force: true });
      const one = join(folder, 'one.csv');
      writeFileSync(one, benchRows(1));
      const thousand = join(folder, 'thousand.csv');
      writeFileSync(thousand, benchRows(1_000));
      const screen = (file: string): string[] => [
        'screen',
        '--input',
        file,
        '--output',
        join(folder, 'out.jsonl'),
        ...(batchSize === null ? [] : ['--batch-size', String(batchSize)]),
        ...(concurrency === null ? [] : ['--concurrency', String(concurrency)]),
        ...workerArguments,
        ...(pathRisks ? [] : ['--no-path-risks']),
        '--json',
      ];
      if (!process.argv.includes('--no-start')) {
        await startFigures();
      }
      async function startFigures(): Promise<void> {
        const figures = {
          help: await timed(['--help'], env, 5),
          screenOneNameIndexBuilt: await timed(screen(one), env, 3, removeSavedIndex),
          screenOneName: await timed(screen(one), env, 3),
          screen1000Rows: await timed(screen(thousand), env, 3),
        };
        process.stdout.write(
          `${JSON.stringify({ bench: 'cli-start', batchSize, concurrency, workers, pathRisks, ...figures })}\n`,
        );
        process.stdout.write(
          `--help ${figures.help.medianSeconds} s; screen of one name ${figures.screenOneNameIndexBuilt.medianSeconds} s ` +
            `building the index, ${figures.screenOneName.medianSeconds} s reading the saved one; ` +
            `screen of 1,000 rows ${figures.screen1000Rows.medianSeconds} s ` +
            `(${Math.round(1_000 / figures.screen1000Rows.medianSeconds)} rows/s end to end)\n`,
        );
      }
      if (rows === 0) {
        return;
      }
      const screenRows = async (kind: 'distinct' | 'repeated', file: string): Promise<void> => {
        const loadBefore = Number(loadavg()[0].toFixed(2));
        const started = Date.now();
        const result = await runCli(
          [
            'screen',
            '--input',
            file,
            '--output',
            join(folder, 'results.jsonl'),
            ...(batchSize === null ? [] : ['--batch-size', String(batchSize)]),
            ...(concurrency === null ? [] : ['--concurrency', String(concurrency)]),
            ...workerArguments,
            ...(pathRisks ? [] : ['--no-path-risks']),
            ...(reuse ? [] : ['--no-reuse']),
            '--json',
          ],
          env,
        );
        const wall = (Date.now() - started) / 1000;
        if (result.code !== 0) {
          throw new Error(`screen exited ${result.code}: ${result.stderr}`);
        }
        const summary = JSON.parse(result.stdout) as Summary;
        const endToEnd = Math.round(summary.rows / wall);
        // CPU a row: on a shared machine the steadier figure (the wall time swings with the others' load).
        const cpuMilliseconds =
          summary.cpuSeconds === undefined ? null : Number(((summary.cpuSeconds * 1_000) / summary.rows).toFixed(2));
        process.stdout.write(
          `${JSON.stringify({
            bench: 'cli-screen',
            rowsKind: kind,
            rows: summary.rows,
            batchSize,
            concurrency,
            workers: summary.workers,
            pathRisks,
            reuse,
            matched: summary.matched,
            refused: summary.refused,
            riskLevels: summary.riskLevels,
            wallSeconds: Number(wall.toFixed(2)),
            rowsPerSecondEndToEnd: endToEnd,
            rowsPerSecondInsideCommand: summary.rowsPerSecond,
            cpuSeconds: summary.cpuSeconds ?? null,
            cpuMillisecondsPerRow: cpuMilliseconds,
            goalRowsPerSecond: 1_000,
            goalMet: endToEnd >= 1_000,
            loadAverage: loadBefore,
          })}\n`,
        );
        process.stdout.write(
          `${kind === 'distinct' ? 'all rows different' : 'rows repeating ~2,700 distinct ones'}: ` +
            `${endToEnd} rows/s end to end (${summary.rows} rows in ${wall.toFixed(1)} s, ` +
            `${cpuMilliseconds === null ? '' : `${cpuMilliseconds} ms of CPU a row, `}load ${loadBefore})\n`,
        );
      };
      await screenRows('distinct', distinctInput);
      if (!process.argv.includes('--distinct-only')) {
        await screenRows('repeated', input);
      }
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
