import { Module } from '@nestjs/common';
import { EntityResolverService } from './entity-resolver';
import { PathRiskService } from './path-risk.service';
import { riskRulesProvider } from './risk-rules.provider';
import { RiskRepository } from './risk.repository';

/**
 * The part of the risk feature that screening uses: the rules, the path walk and the resolution of
 * matches to graph bodies. No resolver and no GraphQL model is reachable from here, so the CLI's
 * screening threads (src/cli/screen-cli.module.ts) boot without loading the GraphQL layer;
 * RiskModule adds the resolver and the services only the API and the cases use.
 */
@Module({
  providers: [riskRulesProvider, RiskRepository, PathRiskService, EntityResolverService],
  exports: [riskRulesProvider, RiskRepository, PathRiskService, EntityResolverService],
})
export class RiskWalkModule {}
