import { type ChildProcess, spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { EXIT_CODES } from './exit-codes';

/*
 * The one place that decides the Node arguments a command runs with (main.ts asks `earlyRelaunchArguments` before
 * anything else loads): `screen` of a large file and the API's commands (`up`, `serve`) start Node again with a
 * larger young generation, which V8 cannot give a heap that already exists.
 */

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

/**
 * The young generation the API runs with (`up` and `serve`, since 2026-12-06 also when started from the bin, not only
 * through `npm start`, whose script gives the same flag so that its Node serves without a second start). A request
 * allocates its result objects, its JSON and the matcher's prepared names and scores, all short-lived: with V8's
 * default 16 MB semi-spaces the API made 1,858 scavenges in a load probe against 487 with 64 MB (README, Quality and
 * speed; speed14 measured the same direction at 1M). `package.json`'s `start` script is held to this by a spec.
 */
export const API_SEMI_SPACE_MB = 64;

/** The commands that serve the API. */
const API_COMMANDS: ReadonlySet<string> = new Set(['up', 'serve']);

const SEMI_SPACE_FLAG = /^--max-semi-space-size(=|$)/;

/** Whether Node's arguments or NODE_OPTIONS set the semi-space already (the caller's choice, kept). */
function semiSpaceGiven(execArgv: readonly string[], nodeOptions: string | undefined): boolean {
  return [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((argument) => SEMI_SPACE_FLAG.test(argument));
}

/**
 * V8's optimising compiler, tuned for `screen`: V8 flags are the process's, so the command's own thread and
 * every worker thread compile with them. A profile of 20,000 all-different rows (bench:cli, 2026-12-02) put
 * a fifth to a third of the process's CPU in TurboFan on V8's helper threads, not in screening: the matcher's
 * large functions are optimised again after each deoptimisation, 0.5–1 s of compiling each time, and every
 * isolate does it all again, so a second screening thread paid it twice. Half the default inlining budget
 * (920 bytecodes) makes each compile smaller; twice the default interrupt budget (67,584) lets a function run
 * longer before it is optimised, so more of its type feedback is in when it is and fewer optimisations are
 * thrown away. Both change only when and how much V8 compiles, never what the code computes. Measured on the
 * 20,000 rows (bench/HISTORY.md, cli9): the helpers' CPU a third lower, the screening threads' ~1 s higher;
 * in all 11% less CPU a row with two threads, 6% with one.
 */
export const SCREEN_COMPILER_FLAGS = [
  '--max-inlined-bytecode-size-cumulative=460',
  '--interrupt-budget=135168',
] as const;

/** The flags' names, to keep a caller's own value of any of them. */
const COMPILER_FLAG_NAMES = SCREEN_COMPILER_FLAGS.map((flag) => flag.slice(0, flag.indexOf('=')));

/**
 * Inputs smaller than this (about 5,000 CSV rows) are screened in the command's own Node: a second
 * start costs about 0.3 s of CPU, more than the fewer scavenges of a small file save.
 */
export const RELAUNCH_MIN_INPUT_BYTES = 256 * 1024;

/**
 * The Node arguments to start `screen` again with, when its input has `inputBytes` of at least
 * RELAUNCH_MIN_INPUT_BYTES and neither Node's arguments nor NODE_OPTIONS set the semi-space already:
 * the semi-space and the compiler flags (SCREEN_COMPILER_FLAGS; one the caller's arguments set is
 * left to the caller) before Node's own arguments. Null otherwise (a small file, a caller's own
 * choice of size, which is kept, and the started-again process, which has the flag and does the
 * work itself).
 */
export function relaunchArguments(
  inputBytes: number,
  execArgv: readonly string[],
  nodeOptions: string | undefined,
): string[] | null {
  if (inputBytes < RELAUNCH_MIN_INPUT_BYTES || semiSpaceGiven(execArgv, nodeOptions)) {
    return null;
  }
  const named = (argument: string, name: string): boolean => {
    const spelled = argument.replace(/_/g, '-');
    return spelled === name || spelled.startsWith(`${name}=`);
  };
  const compiler = SCREEN_COMPILER_FLAGS.filter(
    (_flag, at) => !execArgv.some((argument) => named(argument, COMPILER_FLAG_NAMES[at])),
  );
  return [`--max-semi-space-size=${SCREEN_SEMI_SPACE_MB}`, ...compiler, ...execArgv];
}

/**
 * The Node arguments to start the API's command (`up`, `serve`) again with: the API's semi-space before Node's own
 * arguments, or null when Node's arguments or NODE_OPTIONS set a semi-space already (the caller's size, kept; and the
 * started-again process, which serves itself). No compiler flags: SCREEN_COMPILER_FLAGS were measured on `screen`.
 */
export function apiRelaunchArguments(execArgv: readonly string[], nodeOptions: string | undefined): string[] | null {
  return semiSpaceGiven(execArgv, nodeOptions) ? null : [`--max-semi-space-size=${API_SEMI_SPACE_MB}`, ...execArgv];
}

/** The size of the regular file at `path`, or null when there is none (the command reports that itself). */
function fileSize(path: string): number | null {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : null;
  } catch {
    return null;
  }
}

/**
 * The Node arguments to start this command line again with, decided from the command line alone (`args`: Node's
 * arguments after the script), before commander and the command definitions are loaded (main.ts): for `up` and
 * `serve`, apiRelaunchArguments (not for their `--help`); for `screen` whose `--input` (`--input <file>` or
 * `--input=<file>`, the last one given, as commander takes it) is a file of RELAUNCH_MIN_INPUT_BYTES or more,
 * relaunchArguments. Null for any other command or when no such file is named: then the command line is parsed as
 * usual, and `screen`'s action decides again. A wrong guess costs only a Node start: the started-again Node parses
 * and checks the same arguments and fails as the first would have.
 */
export function earlyRelaunchArguments(
  args: readonly string[],
  execArgv: readonly string[],
  nodeOptions: string | undefined,
  sizeOf: (path: string) => number | null = fileSize,
): string[] | null {
  if (API_COMMANDS.has(args[0])) {
    const help = args.slice(1).some((argument) => argument === '--help' || argument === '-h');
    return help ? null : apiRelaunchArguments(execArgv, nodeOptions);
  }
  if (args[0] !== 'screen') {
    return null;
  }
  let input: string | null = null;
  for (let at = 1; at < args.length; at++) {
    const argument = args[at];
    if (argument === '--') {
      break;
    }
    if (argument === '--input' && at + 1 < args.length) {
      input = args[at + 1];
      at += 1;
    } else if (argument.startsWith('--input=')) {
      input = argument.slice('--input='.length);
    }
  }
  const size = input === null ? null : sizeOf(input);
  return size === null ? null : relaunchArguments(size, execArgv, nodeOptions);
}

/** The signals the started-again Node is sent when this process is: a terminal's Ctrl-C, a service manager's stop. */
export const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/** What runAgainWith needs of the world, for a test to give its own. */
export interface RunAgainOptions {
  /** Node's arguments after its own (the script and the command line); this process's by default. */
  commandLine?: readonly string[];
  /** Where the forwarded signals arrive; this process by default. */
  signals?: Pick<NodeJS.Process, 'on' | 'off'>;
}

/**
 * Runs this command line again in a Node started with `nodeArguments`, its standard streams this process's, and
 * answers its exit code when it ends (a child ended by a signal, or one that could not start, is a failure). SIGINT and
 * SIGTERM sent to this process are passed on to it while it runs, and this process waits for it: `up`'s Ctrl-C (or a
 * `kill` of the pid a script holds) reaches the API, which closes and stops the local Neo4j it started before both
 * exit. (A terminal's Ctrl-C signals the child too; the API's handler acts on the first signal and ignores the second.)
 */
export function runAgainWith(nodeArguments: readonly string[], options: RunAgainOptions = {}): Promise<number> {
  const signals = options.signals ?? process;
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArguments, ...(options.commandLine ?? process.argv.slice(1))],
    { stdio: 'inherit' },
  );
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  FORWARDED_SIGNALS.forEach((signal) => signals.on(signal, forward));
  return new Promise((resolve) => {
    const done = (code: number): void => {
      FORWARDED_SIGNALS.forEach((signal) => signals.off(signal, forward));
      resolve(code);
    };
    child.once('error', (error) => {
      process.stderr.write(`${error.message}\n`);
      done(EXIT_CODES.failure);
    });
    child.once('exit', (code) => done(code ?? EXIT_CODES.failure));
  });
}
