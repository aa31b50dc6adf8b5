import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from './app-error';
import { toPublicError } from './error-mapper';

/**
 * REST responses for errors: `{ code, reason, message, details }` with the mapped status.
 * GraphQL errors are left to Apollo's formatError (error-mapper.ts).
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpExceptionFilter.name);

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') {
      return exception;
    }
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      response.status(status).json({ code: status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', message: exception.message });
      return undefined;
    }
    if (!(exception instanceof AppError)) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    const mapped = toPublicError(exception);
    response
      .status(mapped.httpStatus)
      .json({ code: mapped.code, reason: mapped.reason, message: mapped.message, details: mapped.details });
    return undefined;
  }
}
