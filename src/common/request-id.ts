import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const storage = new AsyncLocalStorage<string>();

/** An incoming `x-request-id` is kept when it is a short token (so a proxy's id follows the request). */
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The id of the HTTP request being handled, or `null` outside one. */
export function currentRequestId(): string | null {
  return storage.getStore() ?? null;
}

/**
 * Gives every request an id, echoed as `x-request-id`, carried through the async work the request
 * starts, so an error logged anywhere names the request it belongs to.
 */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && ACCEPTED_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('x-request-id', id);
  storage.run(id, next);
}

/** The text an unexpected error is logged with: the request id and the stack. */
export function describeUnexpectedError(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const prefix = `request ${currentRequestId() ?? '-'}${typeof code === 'string' ? ` (code ${code})` : ''}`;
  return `${prefix}: ${text}`;
}
