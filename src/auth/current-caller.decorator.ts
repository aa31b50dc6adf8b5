import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { AppError } from '../common/app-error';
import type { Caller } from './api-key';

/**
 * The caller the guard identified (REST or GraphQL), for a handler that records who acted:
 * `@CurrentCaller() caller: Caller`. Not for @Public routes, which have none.
 */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const request =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req
      : context.switchToHttp().getRequest<Request>();
  const caller = (request as Request & { caller?: Caller }).caller;
  if (!caller) {
    // Only a @Public handler gets here without one: a programming error, not the caller's.
    throw new AppError('UNAUTHENTICATED', 'No caller was identified for this request');
  }
  return caller;
});
