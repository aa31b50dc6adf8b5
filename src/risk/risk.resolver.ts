import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Caller } from '../auth/api-key';
import { RequireRole } from '../auth/roles.decorator';
import { LinkSameAsArgs, PartnerRiskArgs } from './dto/risk.args';
import { AssessPartnershipInput } from './dto/risk.input';
import { IdentityLink, PartnerRisk, PartnershipAssessment } from './models/risk.model';
import { PartnershipService } from './partnership.service';
import { RiskService } from './risk.service';

@Resolver()
@RequireRole('reader')
export class RiskResolver {
  constructor(
    private readonly partnership: PartnershipService,
    private readonly risk: RiskService,
  ) {}

  @Query(() => PartnerRisk, {
    description:
      'A quick risk summary of one entity (given by entityId, or by name and country, resolved): level, top findings, reasons.',
  })
  partnerRisk(@Args() args: PartnerRiskArgs): Promise<PartnerRisk> {
    return this.partnership.partnerRisk(args);
  }

  @Query(() => PartnershipAssessment, {
    description: 'Resolves and walks each party of a proposed partnership and finds the conflicts of interest.',
  })
  assessPartnership(@Args('input') input: AssessPartnershipInput): Promise<PartnershipAssessment> {
    return this.partnership.assess(input);
  }

  @Mutation(() => IdentityLink, {
    description:
      'Confirms that a graph entity and a list entity are the same body, so list status flows through paths.',
  })
  @RequireRole('screener')
  linkSameAs(
    @Args() args: LinkSameAsArgs,
    @Context() context: { req: Request & { caller?: Caller } },
  ): Promise<IdentityLink> {
    return this.risk.linkSameAs(args.entityId, args.listEntityId, args.note, context.req.caller ?? null);
  }
}
