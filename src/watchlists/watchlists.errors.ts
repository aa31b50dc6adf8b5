export const WATCHLIST_ERROR_CODES = [
  /** The format name is not one of WATCHLIST_FORMATS. */
  'WATCHLIST_FORMAT_UNKNOWN',
  /** The file is not the named format (sniffed from its head, before any record is yielded). */
  'WATCHLIST_FORMAT_MISMATCH',
  'WATCHLIST_FILE_NOT_FOUND',
  'WATCHLIST_FILE_EMPTY',
  'WATCHLIST_FILE_INVALID_ENCODING',
  /** The file's structure is broken: truncated XML, a quote never closed, … */
  'WATCHLIST_FILE_MALFORMED',
  /** A field or line over the size limit. */
  'WATCHLIST_FIELD_TOO_LARGE',
  /** A row or record that parses but cannot be a list entry (no id, no name, bad JSON line, …). */
  'WATCHLIST_RECORD_INVALID',
  /** A `csv` mapping file that is missing, unreadable or names columns the file lacks. */
  'WATCHLIST_MAPPING_INVALID',
] as const;
export type WatchlistErrorCode = (typeof WATCHLIST_ERROR_CODES)[number];

export interface WatchlistErrorLocation {
  file?: string | null;
  line?: number | null;
  record?: number | null;
}

/** A watchlist file that cannot be read as a whole; bad single rows are `rejected` events instead. */
export class WatchlistError extends Error {
  readonly code: WatchlistErrorCode;
  readonly file: string | null;
  readonly line: number | null;
  readonly record: number | null;

  constructor(code: WatchlistErrorCode, problem: string, location: WatchlistErrorLocation = {}, cause?: unknown) {
    super(`${problem}${describeLocation(location)}`, cause === undefined ? undefined : { cause });
    this.name = WatchlistError.name;
    this.code = code;
    this.file = location.file ?? null;
    this.line = location.line ?? null;
    this.record = location.record ?? null;
  }
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
