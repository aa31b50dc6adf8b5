import { type DynamicModule, Module } from '@nestjs/common';
import { ScreeningController } from './screening.controller';
import { ScreeningCoreModule } from './screening-core.module';
import { ScreeningResolver } from './screening.resolver';

/**
 * Screening as the API serves it: the GraphQL resolver and the REST controller over the screening
 * core (screening-core.module.ts, which the CLI imports on its own: `ScreeningCoreModule.forCli()`).
 */
@Module({})
export class ScreeningModule {
  static forApi(): DynamicModule {
    // One object for every importer (the app and the yente module): Nest then makes one module, so the
    // process keeps one index and one poller, not one per importer.
    const core = ScreeningCoreModule.forApi();
    ScreeningModule.api ??= {
      module: ScreeningModule,
      imports: [core],
      controllers: [ScreeningController],
      providers: [ScreeningResolver],
      exports: [core],
    };
    return ScreeningModule.api;
  }

  private static api: DynamicModule | undefined;
}
