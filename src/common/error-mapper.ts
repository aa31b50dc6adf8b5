import { HttpException, Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { AppError, assertUnreachable, type ErrorCode } from './app-error';
import { currentRequestId, describeUnexpectedError } from './request-id';

const logger = new Logger('Errors');

/** The codes clients see in `extensions.code` (GraphQL) and `code` (REST). */
export type PublicErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'SERVICE_UNAVAILABLE'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
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
    case 'DATASET_NOT_FOUND':
    case 'ROUTE_NOT_FOUND':
    case 'CASE_NOT_FOUND':
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
    case 'WATCHLIST_SIDE_FILES_MISSING':
    case 'SCREENING_INPUT_INVALID':
    case 'RISK_INPUT_INVALID':
    case 'IDENTITY_LINK_REFUSED':
    case 'SYNC_SOURCE_UNKNOWN':
    case 'REFERENCE_FORMAT_UNKNOWN':
    case 'REFERENCE_FILE_NOT_FOUND':
    case 'REFERENCE_FILE_MALFORMED':
    case 'CASE_INPUT_INVALID':
      return { code: 'BAD_USER_INPUT', httpStatus: 400 };
    case 'REQUEST_MALFORMED':
      return { code: 'BAD_REQUEST', httpStatus: 400 };
    case 'UNSUPPORTED_MEDIA_TYPE':
      return { code: 'UNSUPPORTED_MEDIA_TYPE', httpStatus: 415 };
    case 'REQUEST_TOO_LARGE':
    case 'WATCHLIST_UPLOAD_TOO_LARGE':
      return { code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 };
    case 'WATCHLIST_IMPORT_IN_PROGRESS':
    case 'WATCHLIST_MASS_DELISTING':
    case 'CASE_CONFLICT':
      return { code: 'CONFLICT', httpStatus: 409 };
    case 'UNAUTHENTICATED':
      return { code: 'UNAUTHENTICATED', httpStatus: 401 };
    case 'FORBIDDEN':
    case 'CROSS_SITE_REQUEST':
    case 'HOST_NOT_ALLOWED':
      return { code: 'FORBIDDEN', httpStatus: 403 };
    case 'DATABASE_UNAVAILABLE':
    case 'SCREENING_INDEX_NOT_READY':
    case 'RISK_RULES_INVALID':
    case 'SYNC_SOURCES_INVALID':
    case 'SYNC_DOWNLOAD_FAILED':
    case 'REPORT_RENDERER_UNAVAILABLE':
      return { code: 'SERVICE_UNAVAILABLE', httpStatus: 503 };
    default:
      return assertUnreachable(code);
  }
}

/**
 * Neo4j error codes that mean the database cannot be reached or cannot serve now: the driver's own
 * (no server answered, the connection was lost, or a new connection broke in its handshake or login:
 * `ProtocolError`, as a database that is stopping or starting gives while pooled connections still
 * answer a ping) and the server's. A connection the pool could not
 * give in time is turned into DATABASE_UNAVAILABLE where sessions are opened (Neo4jService), since the
 * driver gives that error no code of its own.
 */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'ProtocolError',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.TransientError.Cluster.NotALeader',
  'Neo.ClientError.Cluster.NotALeader',
]);

/**
 * Neo4j errors are recognised by their code, never by their message text. Null for a code with no
 * meaning of its own here (a server `DatabaseError`, a driver error): Neo4jService asks whether the
 * database still answers before such an error is reported as internal.
 */
export function fromNeo4jError(error: Neo4jError): AppError | null {
  if (UNAVAILABLE_CODES.has(error.code)) {
    return new AppError('DATABASE_UNAVAILABLE', 'The database is not reachable; try again shortly');
  }
  // Neo4j's transient class means "retry later" by definition (a database starting, a lock or
  // memory limit for now): the caller should retry, it is not our internal error.
  if (error.code.startsWith('Neo.TransientError.')) {
    return new AppError('DATABASE_UNAVAILABLE', 'The database cannot serve this now; try again shortly');
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

/** Errors Nest and Express raise before a handler runs (body parser, unknown route), by status. */
function fromHttpException(error: HttpException): AppError | null {
  const status = error.getStatus();
  if (status === 404) {
    return new AppError('ROUTE_NOT_FOUND', error.message);
  }
  if (status === 413) {
    return new AppError('REQUEST_TOO_LARGE', 'The request body is too large');
  }
  if (status === 415) {
    return new AppError('UNSUPPORTED_MEDIA_TYPE', error.message);
  }
  if (status >= 400 && status < 500) {
    return new AppError('REQUEST_MALFORMED', error.message);
  }
  return null;
}

export function toPublicError(error: unknown): PublicError {
  let appError: AppError | null = null;
  if (error instanceof AppError) {
    appError = error;
  } else if (error instanceof Neo4jError) {
    appError = fromNeo4jError(error);
  } else if (error instanceof HttpException) {
    appError = fromHttpException(error);
  }
  if (!appError) {
    // The caller sees only the request id; the log has the stack under the same id.
    logger.error(describeUnexpectedError(error));
    const requestId = currentRequestId();
    return {
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'INTERNAL',
      httpStatus: 500,
      message: requestId ? `Internal error (request ${requestId})` : 'Internal error',
      details: requestId ? { requestId } : {},
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
  if (original instanceof AppError || original instanceof Neo4jError) {
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
    const mapped = toPublicError(original);
    return {
      message: mapped.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR', ...mapped.details },
    };
  }
  // GraphQL validation and parsing errors (GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT…) are safe to show.
  return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
}
