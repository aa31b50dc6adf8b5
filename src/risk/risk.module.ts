import { Module } from '@nestjs/common';
import { GraphModule } from '../graph/graph.module';
import { ResearchAreasModule } from '../research-areas/research-areas.module';
import { EntityResolverService } from './entity-resolver';
import { PartnershipService } from './partnership.service';
import { PathRiskService } from './path-risk.service';
import { riskRulesProvider } from './risk-rules.provider';
import { RiskRepository } from './risk.repository';
import { RiskResolver } from './risk.resolver';
import { RiskService } from './risk.service';

/**
 * Affiliation risk: rules, path walks (riskPaths, partnerRisk), partnership assessment and identity
 * links. Depends on the graph feature, never the other way round; screening imports it for the walk.
 */
@Module({
  imports: [GraphModule, ResearchAreasModule],
  providers: [
    riskRulesProvider,
    RiskRepository,
    PathRiskService,
    PartnershipService,
    RiskService,
    EntityResolverService,
    RiskResolver,
  ],
  exports: [PathRiskService, PartnershipService, RiskService, EntityResolverService],
})
export class RiskModule {}
