import { Module } from '@nestjs/common';
import { WatchlistImportService } from './watchlist-import.service';
import { WatchlistsController } from './watchlists.controller';
import { WatchlistsRepository } from './watchlists.repository';
import { WatchlistsResolver } from './watchlists.resolver';
import { WatchlistsService } from './watchlists.service';

@Module({
  controllers: [WatchlistsController],
  providers: [WatchlistsRepository, WatchlistImportService, WatchlistsService, WatchlistsResolver],
  exports: [WatchlistImportService, WatchlistsService],
})
export class WatchlistsModule {}
