import { Module } from '@nestjs/common';
import { GraphModule } from '../graph/graph.module';
import { ScreeningModule } from '../screening/screening.module';
import { WatchlistsModule } from '../watchlists/watchlists.module';
import { YenteController } from './yente.controller';
import { YenteRepository } from './yente.repository';
import { YenteService } from './yente.service';

/** The yente-compatible API (see README, "For integrators"). */
@Module({
  imports: [GraphModule, ScreeningModule.forApi(), WatchlistsModule],
  controllers: [YenteController],
  providers: [YenteRepository, YenteService],
})
export class YenteModule {}
