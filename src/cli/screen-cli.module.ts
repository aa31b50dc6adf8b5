import { type DynamicModule, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { Neo4jModule } from '../neo4j/neo4j.module';
import { ScreeningCoreModule } from '../screening/screening-core.module';

/**
 * What `partner-graph screen` needs and nothing more: the database and the screening feature (with
 * the risk walk it uses). The whole CLI module would also load and start the watchlist, sync, seed
 * and reference features, and run their start-up reads, for a command that never uses them.
 */
@Module({ imports: [Neo4jModule, ScreeningCoreModule.forCli()] })
export class ScreenCliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ScreenCliModule, imports: [ConfigModule.forRoot(config)] };
  }
}
