import { type DynamicModule, Module } from '@nestjs/common';
import { RiskModule } from '../risk/risk.module';
import { ScreeningController } from './screening.controller';
import { SCREENING_OPTIONS, ScreeningIndexService, type ScreeningOptions } from './screening-index.service';
import { ScreeningRepository } from './screening.repository';
import { ScreeningResolver } from './screening.resolver';
import { ListFreshnessCache } from './list-freshness.cache';
import { ScreeningService } from './screening.service';

@Module({})
export class ScreeningModule {
  /** The API builds the index at start; the CLI builds it on first use (`forCli`). */
  static forApi(): DynamicModule {
    return ScreeningModule.register({ buildOnStart: true }, true);
  }

  static forCli(): DynamicModule {
    return ScreeningModule.register({ buildOnStart: false }, false);
  }

  private static register(options: ScreeningOptions, serving: boolean): DynamicModule {
    return {
      module: ScreeningModule,
      imports: [RiskModule],
      controllers: serving ? [ScreeningController] : [],
      providers: [
        { provide: SCREENING_OPTIONS, useValue: options },
        ScreeningRepository,
        ScreeningIndexService,
        ScreeningService,
        ListFreshnessCache,
        ...(serving ? [ScreeningResolver] : []),
      ],
      exports: [ScreeningService, ScreeningIndexService],
    };
  }
}
