import { Inject, Injectable } from '@nestjs/common';
import type { Caller } from '../auth/api-key';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import type { Me, User } from './models/user.model';

/** Users are configuration (USERS_FILE, API_KEYS), read once at start: nothing here writes. */
@Injectable()
export class UsersService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  me(caller: Caller): Me {
    return {
      userId: caller.userId,
      displayName: caller.displayName,
      role: caller.role,
      localMode: caller.via === 'local-mode',
    };
  }

  /** The configured users, sorted by id; none in local mode. */
  users(): User[] {
    return this.config.users.map((user) => ({ ...user })).sort((left, right) => left.id.localeCompare(right.id));
  }
}
