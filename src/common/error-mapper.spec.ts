import {
  BadRequestException,
  NotFoundException,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { WatchlistError } from '../watchlists/watchlists.errors';
import { AppError } from './app-error';
import { formatGraphqlError, toPublicError } from './error-mapper';

describe(toPublicError.name, () => {
  it.each([
    [new AppError('ENTITY_NOT_FOUND', 'No entity'), 'NOT_FOUND', 404, 'a missing entity'],
    [new AppError('INVALID_ARGUMENT', 'maxHops: too many'), 'BAD_USER_INPUT', 400, 'a bad argument'],
    [new AppError('FORBIDDEN', 'needs admin'), 'FORBIDDEN', 403, 'a role too low'],
    [new AppError('WATCHLIST_UPLOAD_TOO_LARGE', 'too big'), 'PAYLOAD_TOO_LARGE', 413, 'an oversized upload'],
    [new AppError('WATCHLIST_IMPORT_IN_PROGRESS', 'busy'), 'CONFLICT', 409, 'another import of the list running'],
    [new AppError('QUERY_TOO_COMPLEX', 'too deep'), 'BAD_USER_INPUT', 400, 'a query past the limits'],
    [new AppError('CROSS_SITE_REQUEST', 'evil'), 'FORBIDDEN', 403, 'a write from another site'],
    [new AppError('HOST_NOT_ALLOWED', 'rebound'), 'FORBIDDEN', 403, 'a foreign Host header'],
    [new PayloadTooLargeException(), 'PAYLOAD_TOO_LARGE', 413, 'a body past the parser limit'],
    [new UnsupportedMediaTypeException(), 'UNSUPPORTED_MEDIA_TYPE', 415, 'a charset the parser does not read'],
    [new NotFoundException(), 'NOT_FOUND', 404, 'an unknown route'],
    [new BadRequestException('bad JSON'), 'BAD_REQUEST', 400, 'a body that does not parse'],
    [new Neo4jError('gone', 'ServiceUnavailable', '', ''), 'SERVICE_UNAVAILABLE', 503, 'the database is down'],
    [new Neo4jError('lost', 'SessionExpired', '', ''), 'SERVICE_UNAVAILABLE', 503, 'the connection was lost'],
    [
      new Neo4jError('Failed to connect to server', 'ProtocolError', '', ''),
      'SERVICE_UNAVAILABLE',
      503,
      'a new connection broke in its login (a database stopping or starting)',
    ],
    [
      new Neo4jError('starting', 'Neo.TransientError.General.DatabaseUnavailable', '', ''),
      'SERVICE_UNAVAILABLE',
      503,
      'the database is not started',
    ],
    [
      new Neo4jError('busy', 'Neo.TransientError.General.MemoryPoolOutOfMemoryError', '', ''),
      'SERVICE_UNAVAILABLE',
      503,
      'any transient server error: retry later',
    ],
    [new AppError('DATABASE_UNAVAILABLE', 'no connection'), 'SERVICE_UNAVAILABLE', 503, 'no pooled connection in time'],
    [new AppError('REPORT_RENDERER_UNAVAILABLE', 'no chromium'), 'SERVICE_UNAVAILABLE', 503, 'no browser for PDFs'],
    [
      new Neo4jError('slow', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', '', ''),
      'SERVICE_UNAVAILABLE',
      503,
      'a query past the read timeout the driver sent',
    ],
    [new Neo4jError('odd', 'N/A', '', ''), 'INTERNAL_SERVER_ERROR', 500, 'a driver error with no code'],
    [new Error('boom'), 'INTERNAL_SERVER_ERROR', 500, 'anything unexpected'],
  ])('maps %s to %s / %s (%s)', (error, code, status, _reason) => {
    const sut = toPublicError(error);

    expect(sut.code).toBe(code);
    expect(sut.httpStatus).toBe(status);
  });

  it('names the database as the reason when Neo4j cannot be reached', () => {
    const sut = toPublicError(new Neo4jError('gone', 'ServiceUnavailable', '', ''));

    expect(sut).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE', httpStatus: 503 });
  });

  it('keeps the file and line of a watchlist error, an app error like any other', () => {
    const error = new WatchlistError('WATCHLIST_FILE_MALFORMED', 'Truncated', { file: 'un.xml', line: 9 });
    expect(error).toBeInstanceOf(AppError);

    const sut = toPublicError(error);

    expect(sut).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'WATCHLIST_FILE_MALFORMED',
      details: { file: 'un.xml', line: 9 },
    });
  });

  it('never shows the text of an unexpected error', () => {
    expect(toPublicError(new Error('password=hunter2')).message).toBe('Internal error');
  });
});

describe(formatGraphqlError.name, () => {
  it('puts the public code in extensions.code for an app error wrapped by GraphQL', () => {
    const wrapped = { originalError: new AppError('ENTITY_NOT_FOUND', 'No entity has id "x"', { id: 'x' }) };

    const sut = formatGraphqlError({ message: 'ignored' }, wrapped);

    expect(sut).toMatchObject({ message: 'No entity has id "x"', extensions: { code: 'NOT_FOUND', id: 'x' } });
  });

  it('keeps GraphQL validation errors as they are', () => {
    const sut = formatGraphqlError(
      { message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new Error('Cannot query field "x"'),
    );

    expect(sut).toMatchObject({ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});
