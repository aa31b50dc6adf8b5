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
 * `--workers auto`. A second thread pays for its own start (Nest, the driver, the index read) and its
 * own cold caches: with two worker threads that was about a quarter more CPU in all for 20,000 rows, and
 * two threads were faster while a core was free and slower when other work kept both cores busy
 * (README, bench:cli). So two threads only when the load leaves a core idle, never more than two. (Since
 * the command's own thread screens as one of them, two threads cost about what one does under load;
 * the rule is kept until a quiet machine has measured it again.)
 */
export function automaticWorkers(cores: number = availableParallelism(), load: number = loadavg()[0]): number {
  return cores >= 2 && load <= cores - 1 ? 2 : 1;
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
      'CSV (id, name or full_name, schema, country or nationality, date_of_birth) or .jsonl',
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
        'auto: 2 when the machine has 2 or more cores and one of them is idle (1-minute load average at most ' +
        'cores - 1), else 1',
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
        process.exitCode = runAgainWith(relaunch);
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
