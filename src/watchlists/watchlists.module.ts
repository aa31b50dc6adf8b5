import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { WatchlistImportService } from './watchlist-import.service';
import { WatchlistsController } from './watchlists.controller';
import { WatchlistsRepository } from './watchlists.repository';
import { WatchlistsResolver } from './watchlists.resolver';
import { WatchlistsService } from './watchlists.service';

@Module({
  imports: [
    // Each part of a multipart list upload is limited like a single-file upload.
    MulterModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.maxUploadBytes, files: 4 } }),
    }),
  ],
  controllers: [WatchlistsController],
  providers: [WatchlistsRepository, WatchlistImportService, WatchlistsService, WatchlistsResolver],
  exports: [WatchlistImportService, WatchlistsService],
})
export class WatchlistsModule {}
