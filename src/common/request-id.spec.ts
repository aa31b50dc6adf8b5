import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toPublicError } from './error-mapper';
import { currentRequestId, requestIdMiddleware } from './request-id';

function runInRequest<T>(headers: Record<string, string>, work: () => T): { result: T; id: string } {
  let id = '';
  let result: T | undefined;
  const response = { setHeader: (_name: string, value: string) => (id = value) } as unknown as Response;
  const next: NextFunction = () => {
    result = work();
  };
  requestIdMiddleware({ headers } as Request, response, next);
  return { result: result as T, id };
}

describe(requestIdMiddleware.name, () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    [{}, /^[0-9a-f-]{36}$/, 'a new id when none is sent'],
    [{ 'x-request-id': 'from-the-proxy-42' }, /^from-the-proxy-42$/, "a proxy's id is kept"],
    [{ 'x-request-id': 'bad id\nwith newline' }, /^[0-9a-f-]{36}$/, 'a strange id is replaced'],
  ])('answers %j with an id matching %s (%s)', (headers, expected, _reason) => {
    const { result, id } = runInRequest(headers, () => currentRequestId());

    expect(id).toMatch(expected);
    expect(result).toBe(id);
  });

  it('logs an unexpected error with its stack and the request id, and gives the caller only the id', () => {
    const logged = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);

    const { result: sut, id } = runInRequest({}, () => toPublicError(new Error('connection pool exhausted')));

    expect(sut).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, details: { requestId: id } });
    expect(sut.message).not.toContain('pool');
    const line = String(logged.mock.calls[0][0]);
    expect(line).toContain(`request ${id}`);
    expect(line).toContain('connection pool exhausted');
    expect(line).toMatch(/\n\s+at /);
  });
});
