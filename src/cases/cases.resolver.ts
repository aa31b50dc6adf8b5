import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/api-key';
import { CurrentCaller } from '../auth/current-caller.decorator';
import { RequireRole } from '../auth/roles.decorator';
import { AS_OF_DESCRIPTION } from '../common/as-of';
import { IdArgument } from '../common/graphql-arguments';
import { CasesService } from './cases.service';
import {
  AlertsArgs,
  CasesArgs,
  CloseCaseArgs,
  DecideFindingArgs,
  OverrideResolutionArgs,
  RemoveCasePartyArgs,
} from './dto/cases.args';
import { AddCasePartyInput, CaseInput, UpdateCaseInput, UpdateCasePartyInput } from './dto/cases.input';
import { Alert, AuditLog, Case, CaseConnection, CaseFinding, CaseParty, CaseSnapshot } from './models/case.model';

@Resolver(() => Case)
@RequireRole('reader')
export class CasesResolver {
  constructor(private readonly cases: CasesService) {}

  @Query(() => Case, { nullable: true, description: 'One case; an unknown id is NOT_FOUND.' })
  case(@IdArgument('id', 'The case id.') id: string): Promise<Case> {
    return this.cases.getCase(id);
  }

  @Query(() => CaseConnection, { name: 'cases', description: 'Cases, newest first, a page at a time.' })
  listCases(@Args() args: CasesArgs): Promise<CaseConnection> {
    return this.cases.cases(args);
  }

  @Query(() => CaseSnapshot, { description: 'One assessment snapshot, with every finding (suppressed ones marked).' })
  caseSnapshot(
    @IdArgument('id', 'The snapshot id (Case.latestSnapshotId or CaseSnapshot.id).')
    id: string,
  ): Promise<CaseSnapshot> {
    return this.cases.getSnapshot(id);
  }

  @Query(() => AuditLog, { description: "A case's audit events and whether their hash chain verifies." })
  auditLog(@IdArgument('caseId', 'The case id.') caseId: string): Promise<AuditLog> {
    return this.cases.auditLog(caseId);
  }

  @Query(() => [Alert], { description: 'Alerts raised by monitoring, newest first.' })
  alerts(@Args() args: AlertsArgs): Promise<Alert[]> {
    return this.cases.alerts(args.status ?? null, args.first ?? null);
  }

  @Mutation(() => Alert, { description: 'Marks an alert seen, recording who.' })
  @RequireRole('screener')
  acknowledgeAlert(@IdArgument('id', 'The alert id.') id: string, @CurrentCaller() caller: Caller): Promise<Alert> {
    return this.cases.acknowledgeAlert(id, caller);
  }

  @ResolveField(() => [CaseSnapshot], { description: 'Every assessment snapshot, newest first.' })
  snapshots(@Parent() parent: Case): Promise<CaseSnapshot[]> {
    return this.cases.snapshots(parent.id);
  }

  @Mutation(() => Case, {
    description: 'Opens a case; each party is resolved at once (never auto-picked when ambiguous).',
  })
  @RequireRole('screener')
  createCase(
    @Args('input', { description: 'The proposed partnership: title, partner, funders, people, research areas, notes.' })
    input: CaseInput,
    @CurrentCaller() caller: Caller,
  ): Promise<Case> {
    return this.cases.createCase(input, caller);
  }

  @Mutation(() => Case, {
    description:
      'Changes the title, notes, research areas or mitigations of an OPEN case; only the fields given change.',
  })
  @RequireRole('screener')
  updateCase(
    @IdArgument('id', 'The case id.') id: string,
    @Args('input', { description: 'The fields to change.' }) input: UpdateCaseInput,
    @CurrentCaller() caller: Caller,
  ): Promise<Case> {
    return this.cases.updateCase(id, input, caller);
  }

  @Mutation(() => Case, { description: 'Assigns an OPEN case to an analyst (any configured user id).' })
  @RequireRole('screener')
  assignCase(
    @IdArgument('id', 'The case id.') id: string,
    @Args('userId', { description: 'The user id of the analyst.' }) userId: string,
    @CurrentCaller() caller: Caller,
  ): Promise<Case> {
    return this.cases.assignCase(id, userId, caller);
  }

  @Mutation(() => Case, { description: 'Closes the case with an outcome and a summary; it cannot change after.' })
  @RequireRole('screener')
  closeCase(@Args() args: CloseCaseArgs, @CurrentCaller() caller: Caller): Promise<Case> {
    return this.cases.closeCase(args, caller);
  }

  @Mutation(() => Case, {
    description: 'Takes a new immutable assessment snapshot: resolutions, list matches, paths, conflicts, versions.',
  })
  @RequireRole('screener')
  runCase(
    @IdArgument('id', 'The case id.') id: string,
    @Args('asOf', { type: () => String, nullable: true, description: AS_OF_DESCRIPTION })
    asOf: string | null,
    @CurrentCaller() caller: Caller,
  ): Promise<Case> {
    return this.cases.runCase(id, caller, asOf ?? null);
  }

  @Mutation(() => CaseParty, {
    description: "Overrides a party's resolution: an entity (a candidate), or not in the graph.",
  })
  @RequireRole('screener')
  overrideResolution(@Args() args: OverrideResolutionArgs, @CurrentCaller() caller: Caller): Promise<CaseParty> {
    return this.cases.overrideResolution(args, caller);
  }

  @Mutation(() => Case, {
    description:
      'Adds a funder or a person to an open case, resolved at once; snapshots already taken stay as they are.',
  })
  @RequireRole('screener')
  addCaseParty(
    @IdArgument('caseId', 'The open case.') caseId: string,
    @Args('input', { description: 'The party: role, and id or name.' }) input: AddCasePartyInput,
    @CurrentCaller() caller: Caller,
  ): Promise<Case> {
    return this.cases.addCaseParty(caseId, input, caller);
  }

  @Mutation(() => CaseParty, {
    description:
      "Corrects a party's data on an open case; it is resolved again (an earlier override is dropped) and snapshots already taken stay as they are.",
  })
  @RequireRole('screener')
  updateCaseParty(
    @IdArgument('partyId', 'The party (Case.parties.id).') partyId: string,
    @Args('input', { description: 'The fields to correct.' }) input: UpdateCasePartyInput,
    @CurrentCaller() caller: Caller,
  ): Promise<CaseParty> {
    return this.cases.updateCaseParty(partyId, input, caller);
  }

  @Mutation(() => Case, {
    description:
      'Takes a funder or a person off an open case, with a reason; the partner cannot be removed. Snapshots keep it.',
  })
  @RequireRole('screener')
  removeCaseParty(@Args() args: RemoveCasePartyArgs, @CurrentCaller() caller: Caller): Promise<Case> {
    return this.cases.removeCaseParty(args, caller);
  }

  @Mutation(() => CaseFinding, { description: 'Decides a finding with a reason; a concurrent decision gets CONFLICT.' })
  @RequireRole('screener')
  decideFinding(@Args() args: DecideFindingArgs, @CurrentCaller() caller: Caller): Promise<CaseFinding> {
    return this.cases.decideFinding(args, caller);
  }
}
