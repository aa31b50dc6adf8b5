import { Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/api-key';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequireRole } from '../auth/roles.decorator';
import { Me, User } from './models/user.model';
import { UsersService } from './users.service';

@Resolver()
@RequireRole('reader')
export class UsersResolver {
  constructor(private readonly service: UsersService) {}

  @Query(() => Me, { description: 'Who is calling: user id, name, role, and whether this is local mode.' })
  me(@CurrentCaller() caller: Caller): Me {
    return this.service.me(caller);
  }

  @Query(() => [User], {
    description: 'The configured users (ids, names, roles, key counts; never keys). Empty in local mode.',
  })
  @RequireRole('admin')
  users(): User[] {
    return this.service.users();
  }
}
