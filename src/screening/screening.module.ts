import { type DynamicModule, Module } from '@nestjs/common';
import { CANDIDATE_SOURCE } from '../risk/candidate-source';
import { RiskModule } from '../risk/risk.module';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SavedScreeningIndex } from './saved-screening-index';
import { ScreeningController } from './screening.controller';
import { SCREENING_OPTIONS, ScreeningIndexService, type ScreeningOptions } from './screening-index.service';
import { ScreeningRepository } from './screening.repository';
import { ScreeningResolver } from './screening.resolver';
import { ListFreshnessCache } from './list-freshness.cache';
import { ScreeningService } from './screening.service';

@Module({})
export class ScreeningModule {
  /**
   * The API builds the index at start and polls the graph generation; the CLI builds it on first
   * use (or reads the one it saved, while the graph has not changed) and never polls (`forCli`).
   */
  static forApi(): DynamicModule {
    // One object for every importer (the app and the yente module): Nest then makes one module, so the
    // process keeps one index and one poller, not one per importer.
    ScreeningModule.api ??= ScreeningModule.register(
      (config) => ({
        buildOnStart: true,
        pollIntervalMs: config.screeningPollIntervalMs,
        staleAfterMs: config.screeningIndexStaleAfterMs,
      }),
      true,
    );
    return ScreeningModule.api;
  }

  static forCli(): DynamicModule {
    // A CLI run waits for its index however long the build takes (the API's 30 s bound is for requests).
    ScreeningModule.cli ??= ScreeningModule.register(
      (config) => ({
        buildOnStart: false,
        readyTimeoutMs: 30 * 60_000,
        // Saved beside the local database and read back while the graph has not changed.
        savedIndex: SavedScreeningIndex.forConfig(config),
      }),
      false,
    );
    return ScreeningModule.cli;
  }

  private static api: DynamicModule | undefined;
  private static cli: DynamicModule | undefined;

  private static register(options: (config: AppConfig) => ScreeningOptions, serving: boolean): DynamicModule {
    return {
      module: ScreeningModule,
      imports: [RiskModule],
      controllers: serving ? [ScreeningController] : [],
      providers: [
        { provide: SCREENING_OPTIONS, inject: [APP_CONFIG], useFactory: options },
        ScreeningRepository,
        ScreeningIndexService,
        // The resolver in the risk module finds candidates here (see candidate-source.ts).
        { provide: CANDIDATE_SOURCE, useExisting: ScreeningIndexService },
        ScreeningService,
        ListFreshnessCache,
        ...(serving ? [ScreeningResolver] : []),
      ],
      exports: [ScreeningService, ScreeningIndexService],
    };
  }
}
