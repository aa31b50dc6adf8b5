import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { WatchlistError } from '../watchlists/watchlists.errors';
import { AppError, assertUnreachable, type ErrorCode } from './app-error';

const logger = new Logger('GraphqlErrors');

/** The codes clients see in `extensions.code` (GraphQL) and `code` (REST). */
export type PublicErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SERVICE_UNAVAILABLE'
  | 'PAYLOAD_TOO_LARGE'
  | 'CONFLICT'
  | 'INTERNAL_SERVER_ERROR';

export interface PublicError {
  code: PublicErrorCode;
  reason: ErrorCode | 'INTERNAL';
  httpStatus: number;
  message: string;
  details: Record<string, string | number>;
}

function publicCodeFor(code: ErrorCode): { code: PublicErrorCode; httpStatus: number } {
  switch (code) {
    case 'ENTITY_NOT_FOUND':
    case 'WATCHLIST_NOT_FOUND':
      return { code: 'NOT_FOUND', httpStatus: 404 };
    case 'INVALID_ARGUMENT':
    case 'QUERY_TOO_COMPLEX':
    case 'WATCHLIST_FORMAT_UNKNOWN':
    case 'WATCHLIST_FORMAT_MISMATCH':
    case 'WATCHLIST_FILE_NOT_FOUND':
    case 'WATCHLIST_RECORD_INVALID':
    case 'WATCHLIST_MAPPING_INVALID':
    case 'WATCHLIST_FILE_EMPTY':
    case 'WATCHLIST_FILE_INVALID_ENCODING':
    case 'WATCHLIST_FILE_MALFORMED':
    case 'WATCHLIST_FIELD_TOO_LARGE':
    case 'WATCHLIST_IMPORT_REJECTED':
    case 'SCREENING_INPUT_INVALID':
    case 'RISK_INPUT_INVALID':
    case 'IDENTITY_LINK_REFUSED':
      return { code: 'BAD_USER_INPUT', httpStatus: 400 };
    case 'WATCHLIST_UPLOAD_TOO_LARGE':
      return { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 };
    case 'WATCHLIST_IMPORT_IN_PROGRESS':
      return { code: 'CONFLICT', httpStatus: 409 };
    case 'UNAUTHENTICATED':
      return { code: 'UNAUTHENTICATED', httpStatus: 401 };
    case 'FORBIDDEN':
      return { code: 'FORBIDDEN', httpStatus: 403 };
    case 'DATABASE_UNAVAILABLE':
    case 'SCREENING_INDEX_NOT_READY':
    case 'RISK_RULES_INVALID':
      return { code: 'SERVICE_UNAVAILABLE', httpStatus: 503 };
    default:
      return assertUnreachable(code);
  }
}

/**
 * Neo4j error codes that mean the database cannot be reached or cannot serve now: the driver's own
 * (no server answered, or the connection was lost) and the server's. A connection the pool could not
 * give in time is turned into DATABASE_UNAVAILABLE where sessions are opened (Neo4jService), since the
 * driver gives that error no code of its own.
 */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.TransientError.Cluster.NotALeader',
  'Neo.ClientError.Cluster.NotALeader',
]);

/** Neo4j errors are recognised by their code, never by their message text. */
function fromNeo4jError(error: Neo4jError): AppError | null {
  if (UNAVAILABLE_CODES.has(error.code)) {
    return new AppError('DATABASE_UNAVAILABLE', 'The database is not reachable; try again shortly');
  }
  if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('INVALID_ARGUMENT', 'The change conflicts with an existing record');
  }
  // The timeout the driver sends (NEO4J_READ_TIMEOUT_MS) is passed by bounded queries only when the
  // database is overloaded or warming up: a moment to retry, not a query to narrow.
  if (error.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new AppError('DATABASE_UNAVAILABLE', 'The database did not answer in time; try again shortly');
  }
  if (error.code === 'Neo.ClientError.Transaction.TransactionTimedOut') {
    return new AppError('QUERY_TOO_COMPLEX', 'The query took too long; narrow it (fewer hops or types)');
  }
  return null;
}

export function toPublicError(error: unknown): PublicError {
  let appError: AppError | null = null;
  if (error instanceof AppError) {
    appError = error;
  } else if (error instanceof WatchlistError) {
    const details: Record<string, string | number> = {};
    if (error.file) {
      details.file = error.file;
    }
    if (error.line !== null) {
      details.line = error.line;
    }
    if (error.record !== null) {
      details.record = error.record;
    }
    appError = new AppError(error.code, error.message, details);
  } else if (error instanceof Neo4jError) {
    appError = fromNeo4jError(error);
  }
  if (!appError) {
    return {
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'INTERNAL',
      httpStatus: 500,
      message: 'Internal error',
      details: {},
    };
  }
  const mapped = publicCodeFor(appError.code);
  return { ...mapped, reason: appError.code, message: appError.message, details: appError.details };
}

/** Apollo's formatError: app errors keep their message; anything unexpected is hidden. */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  // Duck-typed: Apollo may load graphql's ESM build while this file has the CommonJS one, so
  // `instanceof GraphQLError` is not reliable here.
  const wrapped = (error as { originalError?: unknown } | null)?.originalError;
  const original = wrapped ?? error;
  if (original instanceof AppError || original instanceof Neo4jError || original instanceof WatchlistError) {
    const mapped = toPublicError(original);
    return {
      message: mapped.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: mapped.code, reason: mapped.reason, ...mapped.details },
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
    logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
    return { ...formatted, message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  // GraphQL validation and parsing errors (GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT…) are safe to show.
  return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
}
