import { Controller, Get, Inject, Req } from '@nestjs/common';
import type { Request } from 'express';
import { AppError } from '../common/app-error';
import type { AppConfig, Role } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { identifyCaller } from './api-key';
import { Public } from './public.decorator';

export type Me =
  | {
      authenticated: true;
      userId: string;
      displayName: string;
      role: Role;
      /** True when no API keys are configured and this machine's caller is let in as admin. */
      localMode: boolean;
    }
  | { authenticated: false; code: string; message: string };

/**
 * Who the caller is, for the web app's header and for hiding the controls its role may not use
 * (the server refuses them anyway). Public, and 200 even without a valid key, so the app can ask
 * "am I signed in?" without a failed request in the browser's console; it reveals nothing but
 * whether the key presented is valid, which every other route reveals too.
 */
@Controller('api/me')
export class MeController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @Public()
  me(@Req() request: Request): Me {
    try {
      const caller = identifyCaller(this.config.apiKeys, request.headers, request.socket.remoteAddress);
      return {
        authenticated: true,
        userId: caller.userId,
        displayName: caller.displayName,
        role: caller.role,
        localMode: caller.via === 'local-mode',
      };
    } catch (error) {
      if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
        return { authenticated: false, code: error.code, message: error.message };
      }
      throw error;
    }
  }
}
