import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { toPublicError } from './error-mapper';

/**
 * REST responses for errors: `{ code, reason, message, field?, details }` with the mapped status.
 * GraphQL errors are left to Apollo's formatError (error-mapper.ts).
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') {
      return exception;
    }
    sendError(host.switchToHttp().getResponse<Response>(), exception, 'rest');
    return undefined;
  }
}

/**
 * Answers with an error through the one mapper: REST's `{ code, reason, message, details }`, or a
 * GraphQL response (`{ errors: [...] }`) for a request refused before it reached Apollo.
 */
export function sendError(response: Response, error: unknown, shape: 'rest' | 'graphql'): void {
  const mapped = toPublicError(error);
  if (response.headersSent) {
    response.end();
    return;
  }
  response.status(mapped.httpStatus);
  if (shape === 'graphql') {
    response.json({
      errors: [
        { message: mapped.message, extensions: { code: mapped.code, reason: mapped.reason, ...mapped.details } },
      ],
    });
    return;
  }
  // `field` (where the error has one) is the same in every REST answer: the input field, argument or header.
  const field = mapped.details.field ?? mapped.details.argument ?? mapped.details.header;
  response.json({
    code: mapped.code,
    reason: mapped.reason,
    message: mapped.message,
    ...(field === undefined ? {} : { field: String(field) }),
    details: mapped.details,
  });
}
