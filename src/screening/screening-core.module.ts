import { type DynamicModule, Module } from '@nestjs/common';
import { CANDIDATE_SOURCE } from '../risk/candidate-source';
import { RiskWalkModule } from '../risk/risk-walk.module';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SavedScreeningIndex } from './saved-screening-index';
import { SCREENING_OPTIONS, ScreeningIndexService, type ScreeningOptions } from './screening-index.service';
import { ScreeningRepository } from './screening.repository';
import { ListFreshnessCache } from './list-freshness.cache';
import { ScreeningCandidateSource } from './screening-candidate-source';
import { ScreeningService } from './screening.service';

/**
 * Screening without its API: the index, the service and the risk walk it uses. Nothing here reaches
 * a resolver, a controller or a GraphQL model, so the CLI's screening threads import this and boot
 * without loading @nestjs/graphql (src/dependency-rules.spec.ts keeps it so); the API imports
 * ScreeningModule.forApi(), which adds the resolver and the REST controller.
 */
@Module({})
export class ScreeningCoreModule {
  /** The API builds the index at start and polls the graph generation. */
  static forApi(): DynamicModule {
    ScreeningCoreModule.api ??= ScreeningCoreModule.register((config) => ({
      buildOnStart: true,
      pollIntervalMs: config.screeningPollIntervalMs,
      staleAfterMs: config.screeningIndexStaleAfterMs,
    }));
    return ScreeningCoreModule.api;
  }

  /**
   * The CLI builds the index on first use (or reads the one it saved, while the graph has not changed)
   * and never polls.
   */
  static forCli(): DynamicModule {
    // A CLI run waits for its index however long the build takes (the API's 30 s bound is for requests).
    ScreeningCoreModule.cli ??= ScreeningCoreModule.register((config) => ({
      buildOnStart: false,
      readyTimeoutMs: 30 * 60_000,
      // Saved beside the local database and read back while the graph has not changed.
      savedIndex: SavedScreeningIndex.forConfig(config),
    }));
    return ScreeningCoreModule.cli;
  }

  private static api: DynamicModule | undefined;
  private static cli: DynamicModule | undefined;

  private static register(options: (config: AppConfig) => ScreeningOptions): DynamicModule {
    return {
      module: ScreeningCoreModule,
      imports: [RiskWalkModule],
      providers: [
        { provide: SCREENING_OPTIONS, inject: [APP_CONFIG], useFactory: options },
        ScreeningRepository,
        ScreeningIndexService,
        // The resolver in the risk module finds candidates here (see candidate-source.ts).
        ScreeningCandidateSource,
        { provide: CANDIDATE_SOURCE, useExisting: ScreeningCandidateSource },
        ScreeningService,
        ListFreshnessCache,
      ],
      exports: [ScreeningService, ScreeningIndexService],
    };
  }
}
