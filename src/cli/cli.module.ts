import { type DynamicModule, Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import type { AppConfig } from '../config/app-config';
import { ConfigModule } from '../config/config.module';
import { Neo4jModule } from '../neo4j/neo4j.module';
import { ScreeningCoreModule } from '../screening/screening-core.module';
import { RiskModule } from '../risk/risk.module';
import { ReferenceModule } from '../reference/reference.module';
import { SeedModule } from '../seed/seed.module';
import { SyncModule } from '../sync/sync.module';
import { WatchlistsModule } from '../watchlists/watchlists.module';

/** What CLI commands need: the database and the features they drive, without the HTTP server. */
@Module({
  imports: [
    Neo4jModule,
    EventEmitterModule.forRoot(),
    SeedModule,
    WatchlistsModule,
    ScreeningCoreModule.forCli(),
    RiskModule,
    SyncModule,
    ReferenceModule,
  ],
})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: CliModule, imports: [ConfigModule.forRoot(config)] };
  }
}
