import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/api-key';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequireRole } from '../auth/roles.decorator';
import { LinkSameAsArgs, PartnerRiskArgs, RiskPathsArgs } from './dto/risk.args';
import { AssessPartnershipInput } from './dto/risk.input';
import { IdentityLink, PartnerRisk, PartnershipAssessment, RiskPath } from './models/risk.model';
import { PartnershipService } from './partnership.service';
import { PathRiskService } from './path-risk.service';
import { RiskService } from './risk.service';

@Resolver()
@RequireRole('reader')
export class RiskResolver {
  constructor(
    private readonly pathRisk: PathRiskService,
    private readonly partnership: PartnershipService,
    private readonly risk: RiskService,
  ) {}

  @Query(() => PartnerRisk, {
    description:
      'A quick risk summary of one entity (given by entityId, or by name and country, resolved as an organisation, or as a person when no organisation answers): level, top findings, reasons.',
  })
  partnerRisk(@Args() args: PartnerRiskArgs): Promise<PartnerRisk> {
    return this.partnership.partnerRisk(args);
  }

  @Query(() => [RiskPath], {
    description: 'The nearest bodies with a risk category or an active listing that the entity depends on.',
  })
  riskPaths(@Args() args: RiskPathsArgs): Promise<RiskPath[]> {
    return this.pathRisk.riskPaths(args.entityId, args.maxHops, args.asOf ?? null);
  }

  @Query(() => PartnershipAssessment, {
    description: 'Resolves and walks each party of a proposed partnership and finds the conflicts of interest.',
  })
  // Resolves free-text party names against the lists: a screening result, so screener and above.
  @RequireRole('screener')
  assessPartnership(
    @Args('input', { description: 'The partnership to assess.' }) input: AssessPartnershipInput,
  ): Promise<PartnershipAssessment> {
    return this.partnership.assess(input);
  }

  @Mutation(() => IdentityLink, {
    description:
      'Confirms that a graph entity and a list entity are the same body, so list status flows through paths.',
  })
  @RequireRole('screener')
  linkSameAs(@Args() args: LinkSameAsArgs, @CurrentCaller() caller: Caller): Promise<IdentityLink> {
    return this.risk.linkSameAs(args.entityId, args.listEntityId, args.note, caller);
  }
}
