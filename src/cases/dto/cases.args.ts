import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { AlertStatus, CaseOutcome, CaseStatus, FindingVerdict, SuppressionScope } from '../cases.enums';

@ArgsType()
export class CasesArgs {
  /** Only cases with this status; absent: both. */
  status?: CaseStatus | null;

  /** A user id. */
  assignedTo?: string | null;

  /** 1 to 100, default 20. */
  @Field(() => Int)
  first?: number | null;

  /** The endCursor of the page before. */
  after?: string | null;
}

@ArgsType()
export class CloseCaseArgs {
  /** The case to close. */
  @Field(() => ID)
  id!: string;

  /** APPROVED, APPROVED_WITH_MITIGATIONS or REJECTED. */
  outcome!: CaseOutcome;

  /** 1 to 10,000 characters: why. */
  summary!: string;
}

@ArgsType()
export class OverrideResolutionArgs {
  /** The party to override (CaseParty.id). */
  @Field(() => ID)
  partyId!: string;

  /** The entity the party is (usually one of the candidates). */
  @Field(() => ID)
  entityId?: string | null;

  /** True: the party is not in the graph. Give this or entityId. */
  notInGraph?: boolean | null;

  /** 1 to 2,000 characters. */
  reason!: string;
}

@ArgsType()
export class DecideFindingArgs {
  /** The finding to decide (CaseFinding.id, latest snapshot). */
  @Field(() => ID)
  findingId!: string;

  /** CONFIRMED, DISMISSED or ESCALATED. */
  verdict!: FindingVerdict;

  /** 1 to 2,000 characters: required for every verdict. */
  reason!: string;

  /** For DISMISSED; default CASE. */
  scope?: SuppressionScope | null;

  /**
   * The decisionVersion you saw; a decision made since then makes this one fail with CONFLICT. Default: the version
   * read when the call starts.
   */
  @Field(() => Int)
  expectedVersion?: number | null;
}

@ArgsType()
export class AlertsArgs {
  /** Only alerts with this status; absent: both. */
  status?: AlertStatus | null;

  /** 1 to 500, default 100. */
  @Field(() => Int)
  first?: number | null;
}

@ArgsType()
export class RemoveCasePartyArgs {
  /** The funder or person (Case.parties.id). */
  @Field(() => ID)
  partyId!: string;

  /** 1 to 2,000 characters: why the party leaves the case (kept in the audit trail). */
  reason!: string;
}
