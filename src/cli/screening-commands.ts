import type { Command } from 'commander';
import type { AppConfig } from '../config/app-config';
import { statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { probability, readableFile, wholeNumber, wholeNumberOrAuto, writableFile } from './cli-arguments';
import { loadModule } from './load-module';
import { relaunchArguments, runAgainWith } from './young-generation';

interface ScreenOptions {
  input: string;
  output: string;
  limit: number;
  threshold?: number;
  pathRisks: boolean;
  batchSize: number;
  concurrency: number;
  workers: number | 'auto';
  reuse: boolean;
  json?: boolean;
}

interface PairsOptions {
  input: string;
  output: string;
  json?: boolean;
}

/**
 * What one screening thread keeps busy in all, in cores: the thread itself, V8's helper threads compiling
 * and collecting for it, and the local Neo4j answering its walks (on a quiet machine, 20,000 rows: 29.8 s of
 * the process's CPU and 2.8 s of Neo4j's in 25 s).
 */
const ONE_THREAD_CORES = 1.5;

/**
 * `--workers auto`. A second thread pays for its own start (Nest, the driver, the index read, ~2.8 s of
 * CPU) and every row it screens costs about a third more CPU than on one thread (both threads' rows, in
 * the steady state too, not only while V8 warms up): on a quiet two-core machine two threads screened
 * 20,000 rows at 831 rows/s against one thread's 801 for 42% more CPU (2.11 against 1.49 ms a row), and
 * under load they were slower. So a second thread only when the cores the load leaves idle hold one
 * thread's whole share and a core more for the second: never on two cores, and never more than two.
 */
export function automaticWorkers(cores: number = availableParallelism(), load: number = loadavg()[0]): number {
  return cores - load >= ONE_THREAD_CORES + 1 ? 2 : 1;
}

/** `-` means standard output. */
function outputFile(value: string): string {
  return value === '-' ? value : writableFile(value);
}

/** `partner-graph screen` (against the graph's index) and `partner-graph match-pairs` (pure matcher). */
export function registerScreeningCommands(program: Command, config: () => AppConfig): void {
  program
    .command('screen')
    .description(
      'screen every row of a CSV or JSON-lines file; writes one JSON line per row with the REST screen result ' +
        "(matches, riskLevel, riskReasons, pathRisks, listVersions) or the row's error",
    )
    .requiredOption(
      '--input <file>',
      'CSV (id, name or full_name, schema, country or nationality, date_of_birth, identifiers) or .jsonl',
      readableFile,
    )
    .requiredOption('--output <file>', 'results, one JSON line per input row (- for standard output)', outputFile)
    .option('--limit <n>', 'matches per row (1 to 50)', wholeNumber(1, 50), 5)
    .option('--threshold <t>', 'score (0 to 1) at or above which a match is reported as match: true', probability)
    .option('--no-path-risks', 'do not walk matched entities to risk targets (faster; riskLevel from the matches only)')
    .option(
      '--batch-size <n>',
      'rows screened together, their graph reads made in one go (1 to 1000)',
      wholeNumber(1, 1000),
      250,
    )
    .option('--concurrency <n>', 'batches in flight at once in each thread (1 to 64)', wholeNumber(1, 64), 2)
    .option(
      '--workers <n>',
      "threads that screen (1 to 64; more than 1: the command's own and n - 1 worker threads, each with its own copy of the index); " +
        'auto: 2 when the 1-minute load average leaves 2.5 cores or more idle (one thread with its helpers and ' +
        'Neo4j keeps about 1.5 busy; so never on 2 cores), else 1',
      wholeNumberOrAuto(1, 64),
      'auto',
    )
    .option(
      '--no-reuse',
      "screen every row, also one that repeats an earlier row's query (by default it gets the earlier result)",
    )
    .option('--json', 'print the summary as one JSON line on standard output')
    .action(async (options: ScreenOptions) => {
      // The options are checked: a large file is screened in a Node with a larger young generation (young-generation.ts).
      const relaunch = relaunchArguments(statSync(options.input).size, process.execArgv, process.env.NODE_OPTIONS);
      if (relaunch !== null) {
        process.exitCode = await runAgainWith(relaunch);
        return;
      }
      const settings = config();
      const { screenFile } = loadModule<typeof import('./screen-file.js')>('./screen-file.js');
      const summary = await screenFile(settings, {
        input: options.input,
        output: options.output === '-' ? null : options.output,
        limit: options.limit,
        threshold: options.threshold,
        pathRisks: options.pathRisks,
        batchSize: options.batchSize,
        concurrency: options.concurrency,
        workers: options.workers === 'auto' ? automaticWorkers() : options.workers,
        reuse: options.reuse,
      });
      // Results on standard output leave the summary to stderr, so stdout stays one JSON line a row.
      const summaryStream = options.output === '-' ? process.stderr : process.stdout;
      if (options.json) {
        summaryStream.write(`${JSON.stringify(summary)}\n`);
      } else {
        process.stderr.write(
          `${summary.rows} rows screened in ${summary.seconds.toFixed(1)} s (${summary.rowsPerSecond} rows/s): ` +
            `${summary.matched} with a match, ${summary.refused} refused; results in ${options.output === '-' ? 'standard output' : options.output}\n`,
        );
      }
    });

  program
    .command('match-pairs')
    .description('score schema,name1,name2 rows with the pure matcher (no database); adds score and match')
    .requiredOption('--input <file>', 'CSV with columns schema, name1, name2 (other columns are kept)', readableFile)
    .requiredOption('--output <file>', 'the same rows plus score and match (- for standard output)', outputFile)
    .option('--json', 'print the summary as one JSON line on standard output')
    .action(async (options: PairsOptions) => {
      const { matchPairsFile } = await import('./match-pairs-file.js');
      const summary = await matchPairsFile(options.input, options.output === '-' ? null : options.output);
      const summaryStream = options.output === '-' ? process.stderr : process.stdout;
      if (options.json) {
        summaryStream.write(`${JSON.stringify(summary)}\n`);
      } else {
        process.stderr.write(`${summary.pairs} pairs scored (${summary.matched} match); ${options.output}\n`);
      }
    });
}
