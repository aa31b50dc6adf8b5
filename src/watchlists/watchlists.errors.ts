import { AppError, type ErrorCode } from '../common/app-error';

/**
 * The watchlist feature's codes, declared once in ERROR_CODES (common/app-error.ts):
 * WATCHLIST_FORMAT_UNKNOWN (not one of WATCHLIST_FORMATS), WATCHLIST_FORMAT_MISMATCH (the file is not
 * the named format, sniffed from its head), WATCHLIST_FILE_MALFORMED (truncated XML, a quote never
 * closed, …), WATCHLIST_FIELD_TOO_LARGE, WATCHLIST_RECORD_INVALID (a record that parses but cannot be
 * a list entry), WATCHLIST_MAPPING_INVALID (a `csv` mapping file missing, unreadable or naming columns
 * the file lacks), …
 */
export type WatchlistErrorCode = Extract<ErrorCode, `WATCHLIST_${string}`>;

export interface WatchlistErrorLocation {
  file?: string | null;
  line?: number | null;
  record?: number | null;
}

/**
 * A watchlist file that cannot be read as a whole, or a watchlist request that cannot be served;
 * bad single rows are `rejected` events instead. The location goes into the message and `details`.
 */
export class WatchlistError extends AppError {
  declare readonly code: WatchlistErrorCode;
  readonly file: string | null;
  readonly line: number | null;
  readonly record: number | null;

  constructor(
    code: WatchlistErrorCode,
    problem: string,
    location: WatchlistErrorLocation = {},
    cause?: unknown,
    details: Record<string, string | number> = {},
  ) {
    super(
      code,
      `${problem}${describeLocation(location)}`,
      { ...details, ...locationDetails(location) },
      cause === undefined ? undefined : { cause },
    );
    this.name = WatchlistError.name;
    this.file = location.file ?? null;
    this.line = location.line ?? null;
    this.record = location.record ?? null;
  }

  /** A whole file that failed to read as what it should be: `<problem>: <the cause's message>`, the cause kept. */
  static causedBy(code: WatchlistErrorCode, problem: string, file: string, cause: unknown): WatchlistError {
    return new WatchlistError(code, `${problem}: ${(cause as Error).message}`, { file }, cause);
  }
}

function locationDetails({ file, line, record }: WatchlistErrorLocation): Record<string, string | number> {
  const details: Record<string, string | number> = {};
  if (file) {
    details.file = file;
  }
  if (line !== null && line !== undefined) {
    details.line = line;
  }
  if (record !== null && record !== undefined) {
    details.record = record;
  }
  return details;
}

function describeLocation({ file, line, record }: WatchlistErrorLocation): string {
  const parts: string[] = [];
  if (file) {
    parts.push(`file ${file}`);
  }
  if (line !== null && line !== undefined) {
    parts.push(`line ${line}`);
  }
  if (record !== null && record !== undefined) {
    parts.push(`record ${record}`);
  }
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

export function isWatchlistError(error: unknown): error is WatchlistError {
  return error instanceof WatchlistError;
}
