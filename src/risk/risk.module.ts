import { Module } from '@nestjs/common';
import { GraphModule } from '../graph/graph.module';
import { ResearchAreasModule } from '../research-areas/research-areas.module';
import { PartnershipService } from './partnership.service';
import { RiskWalkModule } from './risk-walk.module';
import { RiskResolver } from './risk.resolver';
import { RiskService } from './risk.service';

/**
 * Affiliation risk: rules, path walks (riskPaths, partnerRisk), partnership assessment and identity
 * links. Depends on the graph feature, never the other way round; screening imports only the walk
 * (RiskWalkModule), which this module shares and re-exports.
 */
@Module({
  imports: [GraphModule, ResearchAreasModule, RiskWalkModule],
  providers: [PartnershipService, RiskService, RiskResolver],
  exports: [RiskWalkModule, PartnershipService, RiskService],
})
export class RiskModule {}
