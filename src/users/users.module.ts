import { Module } from '@nestjs/common';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

/** GraphQL `me` and `users`; REST `GET /api/me` is the public MeController in auth (the web app asks it). */
@Module({ providers: [UsersResolver, UsersService] })
export class UsersModule {}
