import { type DynamicModule, Module } from '@nestjs/common';
import { WatchlistsModule } from '../watchlists/watchlists.module';
import { SyncRepository } from './sync.repository';
import { SyncScheduler } from './sync.scheduler';
import { SyncService } from './sync.service';

/** `partner-graph sync`, and in the API process the optional schedule (SYNC_SCHEDULE=on). */
@Module({
  imports: [WatchlistsModule],
  providers: [SyncRepository, SyncService],
  exports: [SyncService],
})
export class SyncModule {
  static forApi(): DynamicModule {
    return { module: SyncModule, providers: [SyncScheduler] };
  }
}
