import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MetricsService } from './metrics.service';

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const NAMED_OPERATION = /\b(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/;

/**
 * Times every HTTP request to the end of its answer. The route label is the matched route pattern
 * (`/entities/:id`, not the id), `/graphql` for GraphQL and `unmatched` for anything else, so a
 * scan of random URLs cannot create unbounded series.
 */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const path = request.originalUrl.split('?')[0];
      const graphql = path === '/graphql';
      const route = graphql ? '/graphql' : routePattern(request);
      this.metrics.recordHttp({
        method: request.method,
        route,
        status: response.statusCode,
        seconds,
        operation: graphql ? operationName(request.body) : undefined,
      });
    });
    next();
  }
}

function routePattern(request: Request): string {
  const route = (request as Request & { route?: { path?: unknown } }).route;
  return typeof route?.path === 'string' ? `${request.baseUrl}${route.path}` : 'unmatched';
}

/** The operation's name: `operationName` when given, else the first named operation in the document. */
export function operationName(body: unknown): string {
  if (body === null || typeof body !== 'object') {
    return 'anonymous';
  }
  const { operationName: given, query } = body as { operationName?: unknown; query?: unknown };
  if (typeof given === 'string' && OPERATION_NAME.test(given)) {
    return given;
  }
  const named = typeof query === 'string' ? NAMED_OPERATION.exec(query.slice(0, 2_000)) : null;
  return named ? named[1] : 'anonymous';
}
