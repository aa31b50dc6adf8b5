import type { NextFunction, Request, Response } from 'express';
import { type DocumentNode, GraphQLError, Lexer, parse, Source, TokenKind } from 'graphql';
import { identifyCaller } from './api-key';
import type { AppConfig } from '../config/app-config';
import { AppError } from '../common/app-error';
import { checkQueryLimits, type QueryLimits } from '../common/graphql-limits.plugin';
import { sendError } from '../common/http-exception.filter';

/**
 * Tokens a query may have. A batch of 1,000 screening inputs written inline is about 15,000; with
 * variables a query is a few hundred.
 */
export const MAX_QUERY_TOKENS = 50_000;

interface GraphqlRequestBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** Counts tokens up to `limit + 1`; `null` when the text does not lex (Apollo then answers the syntax error). */
function countTokens(text: string, limit: number): number | null {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      count += 1;
      if (count > limit) {
        return count;
      }
    }
  } catch (error) {
    if (error instanceof GraphQLError) {
      return null;
    }
    throw error;
  }
  return count;
}

/** Returns the refusal for one GraphQL request, or `null` to let Apollo run it. */
export function refuseGraphqlRequest(body: GraphqlRequestBody, limits: QueryLimits): AppError | null {
  if (typeof body.query !== 'string') {
    return null;
  }
  const tokens = countTokens(body.query, MAX_QUERY_TOKENS);
  if (tokens === null) {
    return null;
  }
  if (tokens > MAX_QUERY_TOKENS) {
    return new AppError(
      'QUERY_TOO_COMPLEX',
      `The query has more than ${MAX_QUERY_TOKENS} tokens: pass long lists as variables`,
      { limit: 'MAX_QUERY_TOKENS', maximum: MAX_QUERY_TOKENS },
    );
  }
  let variables: Record<string, unknown> = {};
  if (body.variables !== null && typeof body.variables === 'object' && !Array.isArray(body.variables)) {
    variables = body.variables as Record<string, unknown>;
  } else if (typeof body.variables === 'string') {
    // GET requests carry variables as JSON text.
    try {
      const parsed: unknown = JSON.parse(body.variables);
      variables = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch {
      return null;
    }
  }
  const operationName = typeof body.operationName === 'string' ? body.operationName : null;
  let document: DocumentNode;
  try {
    document = parse(body.query, { noLocation: true });
  } catch (error) {
    if (error instanceof GraphQLError) {
      return null;
    }
    throw error;
  }
  return checkQueryLimits(document, limits, variables, operationName);
}

/**
 * Runs in front of Apollo on /graphql, before it parses and validates: first who is calling (so a
 * caller without a key makes the server do nothing, introspection included), then the query's
 * size, depth and work, measured from its text. Refusals are GraphQL responses with HTTP 401, 403
 * or 400.
 */
export function graphqlRequestGate(config: AppConfig) {
  const limits: QueryLimits = {
    maxDepth: config.graphqlMaxDepth,
    maxComplexity: config.graphqlMaxComplexity,
    maxWork: config.graphqlMaxWork,
    maxRootFields: config.graphqlMaxRootFields,
  };
  return (request: Request, response: Response, next: NextFunction): void => {
    try {
      identifyCaller(config.apiKeys, request.headers, request.socket.remoteAddress);
      const body: unknown = request.method === 'GET' ? request.query : request.body;
      // Apollo refuses batched requests (an array) unless enabled; measured together if it ever is.
      const requests = (Array.isArray(body) ? body : [body]) as GraphqlRequestBody[];
      let refusal: AppError | null = null;
      for (const one of requests) {
        refusal ??= one !== null && typeof one === 'object' ? refuseGraphqlRequest(one, limits) : null;
      }
      if (refusal) {
        sendError(response, refusal, 'graphql');
        return;
      }
    } catch (error) {
      sendError(response, error, 'graphql');
      return;
    }
    next();
  };
}
