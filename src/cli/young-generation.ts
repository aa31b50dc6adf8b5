import { spawnSync } from 'node:child_process';
import { EXIT_CODES } from './exit-codes';

/**
 * The young generation `screen` runs with. Screening allocates many short-lived objects a row (the
 * matcher's prepared names and scores, the result objects, their JSON): with V8's default 16 MB
 * semi-space most of a run's collections are scavenges that copy the batch in flight again and
 * again. 64 MB semi-spaces (what `npm start` gives the API) scavenge a quarter as often.
 * `v8.setFlagsFromString` cannot change it once the heap exists (the new space keeps its size), so
 * the command's own thread gets it by `screen` starting Node again with the flag once its options are
 * checked (`relaunchArguments`),
 * and each worker thread by its resource limits (`SCREEN_WORKER_RESOURCE_LIMITS`).
 */
export const SCREEN_SEMI_SPACE_MB = 64;

/**
 * A worker thread's young generation is three semi-spaces (two plus the new large-object space, as
 * V8 sizes it from `--max-semi-space-size`), so this is the same young generation as the flag gives.
 */
export const SCREEN_WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 3 * SCREEN_SEMI_SPACE_MB } as const;

const SEMI_SPACE_FLAG = /^--max-semi-space-size(=|$)/;

/**
 * Inputs smaller than this (about 5,000 CSV rows) are screened in the command's own Node: a second
 * start costs about 0.3 s of CPU, more than the fewer scavenges of a small file save.
 */
export const RELAUNCH_MIN_INPUT_BYTES = 256 * 1024;

/**
 * The Node arguments to start `screen` again with, when its input has `inputBytes` of at least
 * RELAUNCH_MIN_INPUT_BYTES and neither Node's arguments nor NODE_OPTIONS set the semi-space already;
 * null otherwise (a small file, a caller's own choice of size, which is kept, and the started-again
 * process, which has the flag and does the work itself).
 */
export function relaunchArguments(
  inputBytes: number,
  execArgv: readonly string[],
  nodeOptions: string | undefined,
): string[] | null {
  if (inputBytes < RELAUNCH_MIN_INPUT_BYTES) {
    return null;
  }
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)];
  if (given.some((argument) => SEMI_SPACE_FLAG.test(argument))) {
    return null;
  }
  return [`--max-semi-space-size=${SCREEN_SEMI_SPACE_MB}`, ...execArgv];
}

/**
 * Runs this command line again in a Node started with `nodeArguments`, its standard streams this
 * process's, and answers its exit code (a child ended by a signal is a failure).
 */
export function runAgainWith(nodeArguments: readonly string[]): number {
  const child = spawnSync(process.execPath, [...nodeArguments, ...process.argv.slice(1)], { stdio: 'inherit' });
  if (child.error) {
    process.stderr.write(`${child.error.message}\n`);
  }
  return child.status ?? EXIT_CODES.failure;
}
