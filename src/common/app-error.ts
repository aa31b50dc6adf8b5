/**
 * Every error a user can cause or meet, with a stable code. Each feature declares its codes here
 * so that the one mapper (error-mapper.ts) handles all of them through an exhaustive switch.
 */
export const ERROR_CODES = [
  'ENTITY_NOT_FOUND',
  'DATASET_NOT_FOUND',
  'INVALID_ARGUMENT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'DATABASE_UNAVAILABLE',
  'QUERY_TOO_COMPLEX',
  'REQUEST_MALFORMED',
  'REQUEST_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'ROUTE_NOT_FOUND',
  'CROSS_SITE_REQUEST',
  'HOST_NOT_ALLOWED',
  'WATCHLIST_FORMAT_UNKNOWN',
  'WATCHLIST_FORMAT_MISMATCH',
  'WATCHLIST_FILE_NOT_FOUND',
  'WATCHLIST_RECORD_INVALID',
  'WATCHLIST_MAPPING_INVALID',
  'WATCHLIST_FILE_EMPTY',
  'WATCHLIST_FILE_INVALID_ENCODING',
  'WATCHLIST_FILE_MALFORMED',
  'WATCHLIST_FIELD_TOO_LARGE',
  'WATCHLIST_IMPORT_REJECTED',
  'WATCHLIST_UPLOAD_TOO_LARGE',
  'WATCHLIST_IMPORT_IN_PROGRESS',
  'WATCHLIST_MASS_DELISTING',
  'WATCHLIST_SIDE_FILES_MISSING',
  'SCREENING_INPUT_INVALID',
  'SCREENING_INDEX_NOT_READY',
  'RISK_RULES_INVALID',
  'RISK_INPUT_INVALID',
  'IDENTITY_LINK_REFUSED',
  'SYNC_SOURCES_INVALID',
  'SYNC_SOURCE_UNKNOWN',
  'SYNC_DOWNLOAD_FAILED',
  'REPORT_RENDERER_UNAVAILABLE',
  'REFERENCE_FORMAT_UNKNOWN',
  'REFERENCE_FILE_NOT_FOUND',
  'REFERENCE_FILE_MALFORMED',
  'CASE_NOT_FOUND',
  'CASE_INPUT_INVALID',
  'CASE_CONFLICT',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Where the problem is: the argument, field, file, line or record that was wrong. */
    readonly details: Record<string, string | number> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
