import { describe, expect, it } from 'vitest';
import { AppError } from '../common/app-error';
import { DescribedFailure, describeFailure, EXIT_CODES } from './exit-codes';

function neo4jError(code: string): Error {
  const error = new Error('connection refused');
  error.name = 'Neo4jError';
  return Object.assign(error, { code });
}

describe(describeFailure.name, () => {
  it.each<[Error, number, string]>([
    [new AppError('INVALID_ARGUMENT', 'rows.csv has no "name" column'), EXIT_CODES.usage, 'a bad argument is usage'],
    [new AppError('WATCHLIST_FORMAT_UNKNOWN', 'Unknown format "xx"'), EXIT_CODES.usage, 'an unknown format is usage'],
    [new AppError('SYNC_SOURCE_UNKNOWN', 'no source "x"'), EXIT_CODES.usage, 'an unknown list id is usage'],
    [new AppError('WATCHLIST_FILE_MALFORMED', 'line 3: bad'), EXIT_CODES.failure, 'a broken file is a data error'],
    [
      new AppError('WATCHLIST_MASS_DELISTING', 'delists 40%'),
      EXIT_CODES.failure,
      'the delisting guard is a data error',
    ],
    [neo4jError('ServiceUnavailable'), EXIT_CODES.databaseUnavailable, 'the database went away'],
    [neo4jError('ProtocolError'), EXIT_CODES.databaseUnavailable, 'a new connection broke in its login'],
    [
      new AppError('DATABASE_UNAVAILABLE', 'Neo4j at bolt://127.0.0.1:1 is not reachable (refused)'),
      EXIT_CODES.databaseUnavailable,
      'a database that does not answer at start, or gives no connection in time, is unavailable',
    ],
    [new Error('boom'), EXIT_CODES.failure, 'anything unexpected is a failure'],
  ])('exits %#: %s', (error, exitCode, _reason) => {
    expect(describeFailure(error).exitCode).toBe(exitCode);
  });

  it('reports an app error on one line with its code', () => {
    const sut = describeFailure(new AppError('WATCHLIST_FILE_MALFORMED', 'sdn.csv line 3:\n  unclosed quote'));

    expect(sut.message).toBe('WATCHLIST_FILE_MALFORMED: sdn.csv line 3: unclosed quote');
  });

  it('reports a file system error on one line, without a stack', () => {
    const error = Object.assign(new Error("ENOENT: no such file or directory, open 'x.csv'"), { code: 'ENOENT' });

    expect(describeFailure(error)).toEqual({
      exitCode: EXIT_CODES.failure,
      message: "FILE_ERROR: ENOENT: no such file or directory, open 'x.csv'",
    });
  });

  it('reports a failure a screen worker thread described with its own exit code and line', () => {
    const described = describeFailure(neo4jError('ServiceUnavailable'));

    expect(describeFailure(new DescribedFailure(described))).toEqual(described);
  });
});
