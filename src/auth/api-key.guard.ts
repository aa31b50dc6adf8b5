import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { AppError } from '../common/app-error';
import type { AppConfig, Role } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { type Caller, identifyCaller, roleSatisfies } from './api-key';
import { IS_PUBLIC } from './public.decorator';
import { REQUIRED_ROLE } from './roles.decorator';

/**
 * One guard for REST and GraphQL. With API keys configured every call needs one; with none
 * (local mode, which config only allows on a loopback address) loopback callers are admins.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) {
      return true;
    }
    const required = this.reflector.getAllAndOverride<Role>(REQUIRED_ROLE, targets) ?? 'reader';
    const request = requestOf(context);
    const caller = identifyCaller(this.config.apiKeys, request.headers, request.socket.remoteAddress);
    if (!roleSatisfies(caller.role, required)) {
      throw new AppError('FORBIDDEN', `This operation needs the ${required} role; your key has ${caller.role}`);
    }
    (request as Request & { caller?: Caller }).caller = caller;
    return true;
  }
}

function requestOf(context: ExecutionContext): Request {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: Request }>().req;
  }
  return context.switchToHttp().getRequest<Request>();
}
