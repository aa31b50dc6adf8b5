import { AppError, type ErrorCode } from '../common/app-error';

/**
 * What `partner-graph` exits with, for scripts. Kept in this one place and in the README's CLI
 * section.
 */
export const EXIT_CODES = {
  /** The command did what it was asked. */
  ok: 0,
  /** It ran and failed on the data or the world: a malformed file, a refused import, a failed sync. */
  failure: 1,
  /** It was called wrongly and did nothing: an unknown option, a bad value, a missing input file. */
  usage: 2,
  /** The database did not answer (or stopped answering); nothing unfinished was activated. */
  databaseUnavailable: 3,
} as const;

/** Error codes that mean the command line itself was wrong (so nothing was done). */
const USAGE_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'INVALID_ARGUMENT',
  'WATCHLIST_FORMAT_UNKNOWN',
  'WATCHLIST_FILE_NOT_FOUND',
  'WATCHLIST_SIDE_FILES_MISSING',
  'REFERENCE_FORMAT_UNKNOWN',
  'REFERENCE_FILE_NOT_FOUND',
  'SYNC_SOURCE_UNKNOWN',
]);

/** Driver errors that mean the server is gone, by `code` (neo4j-driver is not loaded to ask). */
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'ProtocolError']);

export interface CliFailure {
  exitCode: number;
  /** One line for stderr. */
  message: string;
}

/**
 * A failure described where it happened (a `screen` worker thread, whose errors reach the command as
 * copies without their classes): its exit code and line, reported as they are.
 */
export class DescribedFailure extends Error {
  constructor(readonly failure: CliFailure) {
    super(failure.message);
    this.name = 'DescribedFailure';
  }
}

/** How an error that ended a command is reported: one line and an exit code, never a stack for a known error. */
export function describeFailure(error: unknown): CliFailure {
  if (error instanceof DescribedFailure) {
    return error.failure;
  }
  if (error instanceof AppError) {
    return {
      exitCode:
        error.code === 'DATABASE_UNAVAILABLE'
          ? EXIT_CODES.databaseUnavailable
          : USAGE_CODES.has(error.code)
            ? EXIT_CODES.usage
            : EXIT_CODES.failure,
      message: `${error.code}: ${oneLine(error.message)}`,
    };
  }
  if (
    error instanceof Error &&
    error.name === 'Neo4jError' &&
    UNAVAILABLE.has((error as { code?: string }).code ?? '')
  ) {
    const code = (error as { code?: string }).code;
    return {
      exitCode: EXIT_CODES.databaseUnavailable,
      message:
        `DATABASE_UNAVAILABLE: Neo4j stopped answering (${code}); nothing unfinished was activated. ` +
        'Start it again and repeat the command (a half-written import is taken for dead after IMPORT_STALE_SECONDS, or use abort-import).',
    };
  }
  if (error instanceof Error && (error.name === 'ConfigValidationError' || error.name === 'LocalNeo4jError')) {
    return { exitCode: EXIT_CODES.usage, message: oneLine(error.message) };
  }
  const systemCode = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  if (systemCode === 'ENOENT' || systemCode === 'EACCES' || systemCode === 'EISDIR' || systemCode === 'ENOSPC') {
    // A file that vanished or could not be written after the checks: still one line.
    return { exitCode: EXIT_CODES.failure, message: `FILE_ERROR: ${oneLine((error as Error).message)}` };
  }
  return {
    exitCode: EXIT_CODES.failure,
    message: error instanceof Error ? (error.stack ?? error.message) : String(error),
  };
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
