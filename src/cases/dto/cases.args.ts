import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { AlertStatus, CaseOutcome, CaseStatus, FindingVerdict, SuppressionScope } from '../models/case.model';

@ArgsType()
export class CasesArgs {
  @Field(() => CaseStatus, { nullable: true, description: 'Only cases with this status; absent: both.' })
  status?: CaseStatus | null;

  @Field(() => String, { nullable: true, description: 'A user id.' })
  assignedTo?: string | null;

  @Field(() => Int, { nullable: true, description: '1 to 100, default 20.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the page before.' })
  after?: string | null;
}

@ArgsType()
export class CloseCaseArgs {
  @Field(() => ID, { description: 'The case to close.' })
  id!: string;

  @Field(() => CaseOutcome, { description: 'APPROVED, APPROVED_WITH_MITIGATIONS or REJECTED.' })
  outcome!: CaseOutcome;

  @Field({ description: '1 to 10,000 characters: why.' })
  summary!: string;
}

@ArgsType()
export class OverrideResolutionArgs {
  @Field(() => ID, { description: 'The party to override (CaseParty.id).' })
  partyId!: string;

  @Field(() => ID, { nullable: true, description: 'The entity the party is (usually one of the candidates).' })
  entityId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: the party is not in the graph. Give this or entityId.' })
  notInGraph?: boolean | null;

  @Field({ description: '1 to 2,000 characters.' })
  reason!: string;
}

@ArgsType()
export class DecideFindingArgs {
  @Field(() => ID, { description: 'The finding to decide (CaseFinding.id, latest snapshot).' })
  findingId!: string;

  @Field(() => FindingVerdict, { description: 'CONFIRMED, DISMISSED or ESCALATED.' })
  verdict!: FindingVerdict;

  @Field({ description: '1 to 2,000 characters: required for every verdict.' })
  reason!: string;

  @Field(() => SuppressionScope, { nullable: true, description: 'For DISMISSED; default CASE.' })
  scope?: SuppressionScope | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The decisionVersion you saw; a decision made since then makes this one fail with CONFLICT. Default: the version read when the call starts.',
  })
  expectedVersion?: number | null;
}

@ArgsType()
export class AlertsArgs {
  @Field(() => AlertStatus, { nullable: true, description: 'Only alerts with this status; absent: both.' })
  status?: AlertStatus | null;

  @Field(() => Int, { nullable: true, description: '1 to 500, default 100.' })
  first?: number | null;
}

@ArgsType()
export class RemoveCasePartyArgs {
  @Field(() => ID, { description: 'The funder or person (Case.parties.id).' })
  partyId!: string;

  @Field({ description: '1 to 2,000 characters: why the party leaves the case (kept in the audit trail).' })
  reason!: string;
}
