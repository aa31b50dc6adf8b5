import { Global, Module } from '@nestjs/common';
import { GraphModule } from '../graph/graph.module';
import { EntityResolverService } from './entity-resolver';
import { PartnershipService } from './partnership.service';
import { PathRiskService } from './path-risk.service';
import { riskRulesProvider } from './risk-rules.provider';
import { RiskRepository } from './risk.repository';
import { RiskResolver } from './risk.resolver';
import { RiskService } from './risk.service';

/**
 * Affiliation risk: rules, path walks, partnership assessment and identity links. Global so that
 * the graph feature's riskPaths can use the same walk without the two modules importing each other.
 */
@Global()
@Module({
  imports: [GraphModule],
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
