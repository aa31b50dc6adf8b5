import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { toPublicError } from '../common/error-mapper';

/**
 * yente's clients read an error's text from `detail` (FastAPI's shape); partner-graph's own
 * `code`, `reason`, `message` and `details` ride along, so both kinds of client understand it.
 */
@Catch()
export class YenteExceptionFilter implements ExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const mapped = toPublicError(exception);
    if (response.headersSent) {
      response.end();
      return;
    }
    response.status(mapped.httpStatus).json({
      detail: mapped.message,
      code: mapped.code,
      reason: mapped.reason,
      message: mapped.message,
      ...(mapped.details.field === undefined ? {} : { field: String(mapped.details.field) }),
      details: mapped.details,
    });
  }
}
