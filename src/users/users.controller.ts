import { Controller, Get } from '@nestjs/common';
import type { Caller } from '../auth/api-key';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequireRole } from '../auth/roles.decorator';
import type { Me } from './models/user.model';
import { UsersService } from './users.service';

@Controller('api')
@RequireRole('reader')
export class UsersController {
  constructor(private readonly service: UsersService) {}

  /** The same answer as GraphQL `me`. */
  @Get('me')
  me(@CurrentCaller() caller: Caller): Me {
    return this.service.me(caller);
  }
}
