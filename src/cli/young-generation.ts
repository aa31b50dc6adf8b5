/**
 * The young generation `screen` runs with. Screening allocates many short-lived objects a row (the
 * matcher's prepared names and scores, the result objects, their JSON): with V8's default 16 MB
 * semi-space most of a run's collections are scavenges that copy the batch in flight again and
 * again. 64 MB semi-spaces (what `npm start` gives the API) scavenge a quarter as often.
 * `v8.setFlagsFromString` cannot change it once the heap exists (the new space keeps its size), so
 * the command's own thread gets it by the bin starting Node again with the flag (`relaunchArguments`),
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
 * The Node arguments to start the CLI again with, when `args` (the CLI's own arguments) run `screen`
 * and neither Node's arguments nor NODE_OPTIONS set the semi-space already; null otherwise (every
 * other command, `--help`, and a caller's own choice of size, which is kept).
 */
export function relaunchArguments(
  args: readonly string[],
  execArgv: readonly string[],
  nodeOptions: string | undefined,
): string[] | null {
  if (args[0] !== 'screen' || args.includes('--help') || args.includes('-h')) {
    return null;
  }
  const given = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)];
  if (given.some((argument) => SEMI_SPACE_FLAG.test(argument))) {
    return null;
  }
  return [`--max-semi-space-size=${SCREEN_SEMI_SPACE_MB}`, ...execArgv];
}
