import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { WatchlistError } from '../watchlists/watchlists.errors';
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
    const mapped = toPublicError(exception);
    // Errors the mapper knows (a database outage among them) are answered, not logged once a request.
    if (mapped.reason === 'INTERNAL' && !(exception instanceof AppError) && !(exception instanceof WatchlistError)) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    response
      .status(mapped.httpStatus)
      .json({ code: mapped.code, reason: mapped.reason, message: mapped.message, details: mapped.details });
    return undefined;
  }
}
