import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { Neo4jError } from 'neo4j-driver';
import type { Caller } from '../auth/api-key';
import { AppError } from '../common/app-error';
import { pick } from '../common/collections';
import { checkAsOf } from '../graph/graph-arguments';
import { EntityNotFoundError } from '../graph/graph.errors';
import { EntityResolverService } from '../risk/entity-resolver';
import type { PartyResolution } from '../risk/models/risk.model';
import { ResolutionStatus, RiskLevel } from '../risk/risk.enums';
import {
  MAX_FUNDERS,
  MAX_PEOPLE,
  nothingFound,
  PartnershipService,
  unassessedReason,
} from '../risk/partnership.service';
import { PathRiskService } from '../risk/path-risk.service';
import { RiskService } from '../risk/risk.service';
import type { RiskLevelName } from '../risk/risk-rules';
import { levelRank, maxLevel } from '../risk/risk-scoring';
import { ScreeningService } from '../screening/screening.service';
import { type AuditEventRecord, auditHash, GENESIS_HASH, verifyChain } from './audit-chain';
import {
  checkCaseInput,
  checkIdArgument,
  checkParty,
  checkPartyUpdate,
  checkText,
  checkUpdate,
  MAX_NAME,
  MAX_REASON,
  type CheckedParty,
} from './case-input';
import {
  conflictFinding,
  type FindingContent,
  type FindingDraft,
  findingEntryIds,
  partyFindings,
  partyKey,
  partyScreeningSchema,
  sha256,
  toCaseResolution,
} from './case-findings';
import { buildCaseReportView, type CaseReportView } from './case-report-view';
import { CaseConflictError, CaseInputInvalidError, CaseNotFoundError, orNotFound } from './cases.errors';
import { type CaseWrites, CasesRepository, type Stored } from './cases.repository';
import type { AddCasePartyInput, CaseInput, UpdateCaseInput, UpdateCasePartyInput } from './dto/cases.input';
import type {
  CasesArgs,
  CloseCaseArgs,
  DecideFindingArgs,
  OverrideResolutionArgs,
  RemoveCasePartyArgs,
} from './dto/cases.args';
import {
  type Alert,
  type AlertFinding,
  type AlertParty,
  type AuditLog,
  type Case,
  type CaseConnection,
  type CaseFinding,
  type CaseListVersion,
  type CaseParty,
  type CasePartyResolution,
  type CaseSnapshot,
  type FindingDecision,
  type Mitigation,
} from './models/case.model';
import {
  AlertDeliveryStatus,
  AlertStatus,
  CaseOutcome,
  CaseStatus,
  FindingVerdict,
  PartyRole,
  SuppressionScope,
} from './cases.enums';

/** A party as stored on its :CaseParty node. */
interface PartyRecord {
  id: string;
  caseId: string;
  role: PartyRole;
  position: number;
  name: string;
  entityRef: string | null;
  country: string | null;
  dateOfBirth: string[];
  /** Since rules 1.219.0; a party stored before reads none. */
  identifiers: string[];
  /** Since rules 1.232.0: the party's other names as given; a party stored before reads none. */
  aliases: string[];
  partyKey: string;
  resolution: CasePartyResolution | null;
  overrideEntityId: string | null;
  notInGraph: boolean;
  overriddenBy: string | null;
  overriddenAt: string | null;
  overrideReason: string | null;
}

/** One audit event to append: what happened, and what changed. */
interface PendingEvent {
  action: string;
  detail: Record<string, unknown>;
}

const SCREEN_LIMIT = 10;
/** What a case's reasons add to the sentence of a party not assessed: the way to settle it. */
const OVERRIDE_REMEDY = 'resolve it with overrideResolution';
const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;

/**
 * Due-diligence cases: parties resolved by the one resolver, immutable assessment snapshots built
 * from the screening, risk and partnership services, decisions with reasons, suppression of
 * dismissed matches, and a hash-chained audit trail written in the same transaction as each change.
 */
@Injectable()
export class CasesService {
  private readonly logger = new Logger(CasesService.name);

  constructor(
    private readonly repository: CasesRepository,
    private readonly resolver: EntityResolverService,
    private readonly screening: ScreeningService,
    private readonly partnership: PartnershipService,
    private readonly pathRisk: PathRiskService,
    private readonly risk: RiskService,
  ) {}

  // ---- cases ---------------------------------------------------------------------------------

  async createCase(input: CaseInput, caller: Caller): Promise<Case> {
    const checked = checkCaseInput(input);
    const caseId = `case-${randomUUID()}`;
    const now = new Date().toISOString();
    const parties: PartyRecord[] = [];
    for (const [position, party] of checked.parties.entries()) {
      parties.push(await this.newParty(caseId, position, party, parties.length === 0 ? 'input.partner' : null));
    }
    const record = {
      id: caseId,
      title: checked.title,
      status: CaseStatus.OPEN,
      notes: checked.notes,
      researchAreas: checked.researchAreas,
      mitigations: '[]',
      createdBy: caller.userId,
      createdAt: now,
      updatedAt: now,
      auditSeq: 0,
      snapshotCount: 0,
    };
    await this.repository.inWriteTransaction(async (writes) => {
      await writes.createCase(record, parties.map(storeParty));
      await this.appendEvents(writes, caseId, caller.userId, now, null, [
        {
          action: 'CASE_CREATED',
          detail: {
            title: checked.title,
            researchAreas: checked.researchAreas,
            parties: parties.map((party) => ({
              id: party.id,
              role: party.role,
              name: party.name,
              country: party.country,
              dateOfBirth: party.dateOfBirth,
              identifiers: party.identifiers,
              aliases: party.aliases,
            })),
          },
        },
        ...parties.map((party) => ({ action: 'PARTY_RESOLVED', detail: resolutionDetail(party) })),
      ]);
    });
    this.logger.log(`Case ${caseId} created by ${caller.userId}`);
    return this.getCase(caseId);
  }

  async getCase(id: string): Promise<Case> {
    checkIdArgument('id', id);
    const found = orNotFound(await this.repository.findCase(id), 'case', id);
    const latestId = typeof found.record.latestSnapshotId === 'string' ? found.record.latestSnapshotId : null;
    const latest = latestId ? await this.getSnapshot(latestId) : null;
    return toCase(found.record, found.parties.map(readParty), latest);
  }

  async cases(args: CasesArgs): Promise<CaseConnection> {
    const first = args.first ?? DEFAULT_PAGE;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
      throw new CaseInputInvalidError('first', `must be 1 to ${MAX_PAGE}`);
    }
    let afterAt: string | null = null;
    let afterId: string | null = null;
    if (args.after) {
      const decoded = decodeCursor(args.after);
      if (!decoded) {
        throw new CaseInputInvalidError('after', 'is not a cursor this API gave');
      }
      [afterAt, afterId] = decoded;
    }
    const assignedTo = args.assignedTo ? checkText('assignedTo', args.assignedTo, MAX_NAME, true) : null;
    const rows = await this.repository.findCaseIds({
      status: args.status ?? null,
      assignedTo,
      afterAt,
      afterId,
      limit: first + 1,
    });
    const page = rows.slice(0, first);
    const edges = [];
    for (const row of page) {
      edges.push({ cursor: encodeCursor(row.createdAt, row.id), node: await this.getCase(row.id) });
    }
    return {
      edges,
      pageInfo: {
        endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
        hasNextPage: rows.length > first,
      },
    };
  }

  async updateCase(id: string, input: UpdateCaseInput, caller: Caller): Promise<Case> {
    checkIdArgument('id', id);
    const changes = checkUpdate(input);
    const now = new Date().toISOString();
    await this.changeCase(id, caller.userId, now, async (writes) => {
      await writes.updateCase(id, { ...changes, updatedAt: now });
      return [{ action: 'CASE_UPDATED', detail: { changed: changes } }];
    });
    return this.getCase(id);
  }

  async assignCase(id: string, userId: string, caller: Caller): Promise<Case> {
    checkIdArgument('id', id);
    const assignee = checkText('userId', userId, MAX_NAME, true)!;
    const now = new Date().toISOString();
    await this.changeCase(id, caller.userId, now, async (writes, record) => {
      await writes.updateCase(id, { assignedTo: assignee, updatedAt: now });
      return [{ action: 'CASE_ASSIGNED', detail: { from: record.assignedTo ?? null, to: assignee } }];
    });
    return this.getCase(id);
  }

  async closeCase(args: CloseCaseArgs, caller: Caller): Promise<Case> {
    checkIdArgument('id', args.id);
    const summary = checkText('summary', args.summary, 10_000, true)!;
    const now = new Date().toISOString();
    await this.changeCase(args.id, caller.userId, now, async (writes, record) => {
      if (args.outcome !== CaseOutcome.REJECTED && Number(record.snapshotCount ?? 0) === 0) {
        throw new CaseConflictError('Run the case (runCase) before approving it: it has no assessment yet', {
          caseId: args.id,
        });
      }
      if (args.outcome === CaseOutcome.APPROVED_WITH_MITIGATIONS && readMitigations(record.mitigations).length === 0) {
        throw new CaseInputInvalidError(
          'outcome',
          'APPROVED_WITH_MITIGATIONS needs mitigations (set them with updateCase)',
        );
      }
      await writes.updateCase(args.id, {
        status: CaseStatus.CLOSED,
        outcome: args.outcome,
        summary,
        closedAt: now,
        closedBy: caller.userId,
        updatedAt: now,
      });
      return [
        {
          action: 'CASE_CLOSED',
          detail: { outcome: args.outcome, summary, snapshotId: record.latestSnapshotId ?? null },
        },
      ];
    });
    return this.getCase(args.id);
  }

  // ---- parties -------------------------------------------------------------------------------

  async overrideResolution(args: OverrideResolutionArgs, caller: Caller): Promise<CaseParty> {
    checkIdArgument('partyId', args.partyId);
    const reason = checkText('reason', args.reason, MAX_REASON, true)!;
    const notInGraph = args.notInGraph === true;
    if (notInGraph === Boolean(args.entityId)) {
      throw new CaseInputInvalidError('entityId', 'give either entityId or notInGraph: true');
    }
    const found = orNotFound(await this.repository.findParty(args.partyId), 'party', args.partyId);
    const party = readParty(found.party);
    const now = new Date().toISOString();
    const override = { by: caller.userId, at: now, reason, notInGraph };
    let resolution: CasePartyResolution;
    if (args.entityId) {
      checkIdArgument('entityId', args.entityId);
      const byId = await this.resolver.resolve(
        { id: args.entityId },
        party.role === PartyRole.PERSON ? 'person' : 'organisation',
      );
      if (byId.status !== ResolutionStatus.RESOLVED) {
        throw new EntityNotFoundError(args.entityId);
      }
      resolution = {
        ...toCaseResolution(byId, override),
        candidates: party.resolution?.candidates ?? [],
        explanation: `Overridden by ${caller.userId}: ${reason}`,
      };
    } else {
      resolution = {
        status: ResolutionStatus.NOT_FOUND,
        entity: null,
        candidates: party.resolution?.candidates ?? [],
        explanation: `Marked not in the graph by ${caller.userId}: ${reason}`,
        notInGraph: true,
        overriddenBy: caller.userId,
        overriddenAt: now,
        reason,
      };
    }
    const wasCandidate = args.entityId
      ? (party.resolution?.candidates ?? []).some((candidate) => candidate.entity.id === args.entityId)
      : null;
    await this.changeCase(found.caseId, caller.userId, now, async (writes) => {
      await writes.updateParty(party.id, {
        resolution: JSON.stringify(resolution),
        overrideEntityId: args.entityId ?? null,
        notInGraph,
        overriddenBy: caller.userId,
        overriddenAt: now,
        overrideReason: reason,
      });
      await writes.updateCase(found.caseId, { updatedAt: now });
      return [
        {
          action: 'PARTY_OVERRIDDEN',
          detail: {
            partyId: party.id,
            from: { status: party.resolution?.status ?? null, entityId: party.resolution?.entity?.id ?? null },
            to: { status: resolution.status, entityId: resolution.entity?.id ?? null, notInGraph },
            wasCandidate,
            reason,
          },
        },
      ];
    });
    return { ...partyView(party), resolution };
  }

  /**
   * Adds a funder or a person to an open case, resolved at once. Snapshots already taken keep the
   * parties they assessed; the next runCase assesses the new one too.
   */
  async addCaseParty(caseId: string, input: AddCasePartyInput, caller: Caller): Promise<Case> {
    checkIdArgument('caseId', caseId);
    if (input.role === PartyRole.PARTNER) {
      throw new CaseInputInvalidError(
        'input.role',
        'a case has one partner, given when it is created (correct it with updateCaseParty); add a FUNDER or a PERSON',
      );
    }
    const checked = checkParty('input', input.role, input);
    if (!(await this.repository.findCase(caseId))) {
      throw new CaseNotFoundError('case', caseId);
    }
    const party = await this.newParty(caseId, 0, checked, 'input');
    const limit = input.role === PartyRole.FUNDER ? MAX_FUNDERS : MAX_PEOPLE;
    const now = new Date().toISOString();
    await this.changeCase(caseId, caller.userId, now, async (writes) => {
      const position = await writes.createParty(caseId, storeParty(party), limit);
      if (position === null) {
        throw new CaseInputInvalidError(
          'input.role',
          `the case has ${limit} ${input.role === PartyRole.FUNDER ? 'funders' : 'people'} already (the most it may have)`,
        );
      }
      await writes.updateCase(caseId, { updatedAt: now });
      const added = { ...party, position };
      return [
        {
          action: 'PARTY_ADDED',
          detail: { party: { ...partyData(added), position } },
        },
        { action: 'PARTY_RESOLVED', detail: resolutionDetail(added) },
      ];
    });
    return this.getCase(caseId);
  }

  /**
   * Corrects a party's name, id, country or birth dates on an open case. The party is resolved again
   * from its new data and an earlier override is dropped (it was made for other data); its content
   * key changes, so dismissals made for the old data no longer hold for it.
   */
  async updateCaseParty(partyId: string, input: UpdateCasePartyInput, caller: Caller): Promise<CaseParty> {
    checkIdArgument('partyId', partyId);
    const found = orNotFound(await this.repository.findParty(partyId), 'party', partyId);
    const current = readParty(found.party);
    const checked = checkPartyUpdate(current.role, current, input);
    const updated = { ...(await this.newParty(found.caseId, current.position, checked, 'input')), id: current.id };
    const now = new Date().toISOString();
    await this.changeCase(found.caseId, caller.userId, now, async (writes) => {
      const changed = await writes.updateParty(partyId, {
        name: updated.name,
        entityRef: updated.entityRef,
        country: updated.country,
        dateOfBirth: updated.dateOfBirth,
        identifiers: updated.identifiers,
        aliases: updated.aliases,
        partyKey: updated.partyKey,
        resolution: JSON.stringify(updated.resolution),
        overrideEntityId: null,
        notInGraph: false,
        overriddenBy: null,
        overriddenAt: null,
        overrideReason: null,
      });
      if (!changed) {
        throw new CaseNotFoundError('party', partyId);
      }
      await writes.updateCase(found.caseId, { updatedAt: now });
      return [
        {
          action: 'PARTY_UPDATED',
          detail: {
            partyId,
            from: partyData(current),
            to: partyData(updated),
            overrideDropped: current.overriddenBy !== null,
          },
        },
        { action: 'PARTY_RESOLVED', detail: resolutionDetail(updated) },
      ];
    });
    return partyView(updated);
  }

  /** Takes a funder or a person off an open case, with a reason; the partner stays (update it instead). */
  async removeCaseParty(args: RemoveCasePartyArgs, caller: Caller): Promise<Case> {
    checkIdArgument('partyId', args.partyId);
    const reason = checkText('reason', args.reason, MAX_REASON, true)!;
    const found = orNotFound(await this.repository.findParty(args.partyId), 'party', args.partyId);
    if (found.party.role === PartyRole.PARTNER) {
      throw new CaseInputInvalidError('partyId', 'the partner cannot be removed; correct it with updateCaseParty');
    }
    const now = new Date().toISOString();
    await this.changeCase(found.caseId, caller.userId, now, async (writes) => {
      const removed = await writes.removeParty(found.caseId, args.partyId);
      if (!removed) {
        throw new CaseNotFoundError('party', args.partyId);
      }
      await writes.updateCase(found.caseId, { updatedAt: now });
      return [{ action: 'PARTY_REMOVED', detail: { party: partyData(readParty(removed)), reason } }];
    });
    return this.getCase(found.caseId);
  }

  // ---- snapshots -----------------------------------------------------------------------------

  /**
   * Resolves every party again (overrides stand), screens each against the lists, walks the resolved
   * ones and finds the conflicts, applies earlier dismissals, and stores it all as a new snapshot.
   */
  async runCase(id: string, caller: Caller, asOfArgument: string | null = null): Promise<Case> {
    checkIdArgument('id', id);
    const asOf = checkAsOf(asOfArgument);
    const found = orNotFound(await this.repository.findCase(id), 'case', id);
    if (found.record.status === CaseStatus.CLOSED) {
      throw new CaseConflictError(`Case ${id} is closed; its snapshots stay as they are`, { caseId: id });
    }
    const parties = found.parties.map(readParty);
    const assessed = await this.assess(
      id,
      parties,
      Array.isArray(found.record.researchAreas) ? found.record.researchAreas.map(String) : [],
      asOf,
    );
    const now = new Date().toISOString();
    const snapshotId = `snapshot-${randomUUID()}`;
    await this.changeCase(id, caller.userId, now, async (writes, record) => {
      const seq = Number(record.snapshotCount ?? 0) + 1;
      const events: PendingEvent[] = [];
      for (const party of parties) {
        const resolution = assessed.resolutions.get(party.id)!;
        if (JSON.stringify(resolution) !== JSON.stringify(party.resolution)) {
          await writes.updateParty(party.id, { resolution: JSON.stringify(resolution) });
          events.push({ action: 'PARTY_RESOLVED', detail: resolutionDetail({ ...party, resolution }) });
        }
      }
      const findings = assessed.findings.map((finding, position) => ({
        id: `finding-${randomUUID()}`,
        caseId: id,
        snapshotId,
        position,
        partyId: finding.draft.partyId,
        partyKey: finding.draft.partyKey,
        partyEntityId: finding.draft.partyEntityId,
        kind: finding.draft.kind,
        severity: finding.draft.severity,
        targetKey: finding.draft.targetKey,
        contentHash: finding.draft.contentHash,
        content: JSON.stringify(finding.draft.content),
        suppressed: finding.suppressedBy !== null,
        suppressedBy: finding.suppressedBy,
        changedSinceDismissed: finding.changedSinceDismissed,
        carriedDecision: finding.carriedDecision ? JSON.stringify(finding.carriedDecision) : null,
        decisionVersion: 0,
      }));
      await writes.createSnapshot(
        id,
        {
          id: snapshotId,
          caseId: id,
          seq,
          assessedAt: now,
          asOf,
          createdBy: caller.userId,
          riskLevel: assessed.riskLevel,
          reasons: assessed.reasons,
          rulesVersion: assessed.rulesVersion,
          listVersions: JSON.stringify(assessed.listVersions),
          parties: JSON.stringify(
            parties.map((party) => ({ ...partyView(party), resolution: assessed.resolutions.get(party.id) })),
          ),
        },
        findings,
      );
      await writes.updateCase(id, { updatedAt: now });
      events.push({
        action: 'SNAPSHOT_TAKEN',
        detail: {
          snapshotId,
          seq,
          asOf,
          riskLevel: assessed.riskLevel,
          rulesVersion: assessed.rulesVersion,
          listVersions: assessed.listVersions,
          findings: findings.length,
          suppressed: findings.filter((finding) => finding.suppressed).length,
          changedSinceDismissed: findings.filter((finding) => finding.changedSinceDismissed).length,
        },
      });
      const suppressed = findings.filter((finding) => finding.suppressed);
      if (suppressed.length > 0) {
        events.push({
          action: 'SUPPRESSION_APPLIED',
          detail: {
            snapshotId,
            findings: suppressed.map((finding) => ({
              findingId: finding.id,
              targetKey: finding.targetKey,
              suppressionId: finding.suppressedBy,
            })),
          },
        });
      }
      return events;
    });
    this.logger.log(
      `Case ${id} assessed (${assessed.riskLevel}, ${assessed.findings.length} findings) by ${caller.userId}`,
    );
    return this.getCase(id);
  }

  async getSnapshot(id: string): Promise<CaseSnapshot> {
    checkIdArgument('id', id);
    const stored = orNotFound(await this.repository.findSnapshot(id), 'snapshot', id);
    return toSnapshot(stored.snapshot, stored.findings);
  }

  async snapshots(caseId: string): Promise<CaseSnapshot[]> {
    const ids = await this.repository.findSnapshotIds(caseId);
    const snapshots: CaseSnapshot[] = [];
    for (const id of ids) {
      snapshots.push(await this.getSnapshot(id));
    }
    return snapshots;
  }

  // ---- decisions -----------------------------------------------------------------------------

  /**
   * Records a verdict with its reason. The decision is made against a decision version (the one the
   * caller saw, or the one read now): a decision made on the finding since gives CONFLICT.
   */
  async decideFinding(args: DecideFindingArgs, caller: Caller): Promise<CaseFinding> {
    checkIdArgument('findingId', args.findingId);
    const reason = checkText('reason', args.reason, MAX_REASON, true)!;
    if (args.scope && args.verdict !== FindingVerdict.DISMISSED) {
      throw new CaseInputInvalidError('scope', 'applies to DISMISSED only');
    }
    if (args.expectedVersion !== null && args.expectedVersion !== undefined && args.expectedVersion < 0) {
      throw new CaseInputInvalidError('expectedVersion', 'must be 0 or more');
    }
    const found = orNotFound(await this.repository.findFinding(args.findingId), 'finding', args.findingId);
    const finding = found.finding;
    const expected = args.expectedVersion ?? Number(finding.decisionVersion ?? 0);
    if (Number(finding.decisionVersion ?? 0) !== expected) {
      throw conflictOnFinding(args.findingId, expected, Number(finding.decisionVersion ?? 0));
    }
    const content = JSON.parse(String(finding.content)) as FindingContent;
    // The identity link is made after the decision is saved, so a decision that fails (CONFLICT)
    // leaves no SAME_AS behind.
    const sameAs = identityToConfirm(args, finding, content);
    const scope = args.verdict === FindingVerdict.DISMISSED ? (args.scope ?? SuppressionScope.CASE) : null;
    const now = new Date().toISOString();
    let decisionKey = '';
    try {
      await this.changeCase(found.caseId, caller.userId, now, async (writes) => {
        const version = await writes.lockFinding(args.findingId);
        if (version === null) {
          throw new CaseNotFoundError('finding', args.findingId);
        }
        if (version !== expected) {
          throw conflictOnFinding(args.findingId, expected, version);
        }
        decisionKey = `${args.findingId}#${version + 1}`;
        const decision = {
          key: decisionKey,
          findingId: args.findingId,
          caseId: found.caseId,
          targetKey: String(finding.targetKey),
          partyKey: String(finding.partyKey),
          contentHash: String(finding.contentHash),
          version: version + 1,
          verdict: args.verdict,
          reason,
          scope,
          decidedBy: caller.userId,
          decidedAt: now,
        };
        await writes.createDecision(decision);
        const events: PendingEvent[] = [
          {
            action: 'DECISION',
            detail: {
              findingId: args.findingId,
              kind: finding.kind,
              targetKey: finding.targetKey,
              verdict: args.verdict,
              reason,
              scope,
              version: version + 1,
              sameAs,
            },
          },
        ];
        if (scope) {
          const suppressionId = `suppression-${randomUUID()}`;
          await writes.createSuppression({
            id: suppressionId,
            scope,
            caseId: found.caseId,
            partyId: finding.partyId ?? null,
            partyKey: String(finding.partyKey),
            targetKey: String(finding.targetKey),
            contentHash: String(finding.contentHash),
            findingId: args.findingId,
            reason,
            decidedBy: caller.userId,
            decidedAt: now,
            active: true,
          });
          events.push({
            action: 'SUPPRESSION_CREATED',
            detail: {
              suppressionId,
              scope,
              findingId: args.findingId,
              targetKey: finding.targetKey,
              contentHash: finding.contentHash,
            },
          });
        } else {
          const ended = await writes.endSuppressions(
            found.caseId,
            String(finding.targetKey),
            String(finding.partyKey),
            caller.userId,
            now,
          );
          if (ended > 0) {
            events.push({ action: 'SUPPRESSION_ENDED', detail: { findingId: args.findingId, ended } });
          }
        }
        return events;
      });
    } catch (error) {
      // The unique decision key is the backstop should two writers pass the lock check at one version.
      if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
        throw conflictOnFinding(args.findingId, expected, expected + 1);
      }
      throw error;
    }
    // Only now, with the decision saved: a decision refused above never got this far.
    if (sameAs) {
      await this.confirmIdentity(found.caseId, { findingId: args.findingId, decisionKey }, sameAs, reason, caller);
    }
    const snapshot = await this.getSnapshot(String(finding.snapshotId));
    return snapshot.findings.find((candidate) => candidate.id === args.findingId)!;
  }

  /**
   * Records SAME_AS for a saved CONFIRMED decision (identity service). Should the link be refused
   * (an entity gone meanwhile), the decision stands and SAME_AS_FAILED in the audit trail says why;
   * the analyst can link with linkSameAs. Other failures (the database) are thrown after that event.
   */
  private async confirmIdentity(
    caseId: string,
    decision: { findingId: string; decisionKey: string },
    sameAs: { entityId: string; listEntityId: string },
    reason: string,
    caller: Caller,
  ): Promise<void> {
    const findingId = decision.findingId;
    try {
      await this.risk.linkSameAs(sameAs.entityId, sameAs.listEntityId, reason, caller, { caseId, ...decision });
    } catch (error) {
      const code = error instanceof AppError ? error.code : 'INTERNAL';
      this.logger.warn(`Finding ${findingId} confirmed, but SAME_AS was not recorded: ${code}`);
      await this.changeCase(
        caseId,
        caller.userId,
        new Date().toISOString(),
        async () => [{ action: 'SAME_AS_FAILED', detail: { findingId, ...sameAs, code } }],
        { openOnly: false },
      );
      if (!(error instanceof AppError)) {
        throw error;
      }
    }
  }

  // ---- audit ---------------------------------------------------------------------------------

  async auditLog(caseId: string): Promise<AuditLog> {
    checkIdArgument('caseId', caseId);
    const found = orNotFound(await this.repository.findAuditEvents(caseId), 'case', caseId);
    const verification = verifyChain(found.events, found.head);
    return { caseId, events: found.events, ...verification };
  }

  // ---- alerts --------------------------------------------------------------------------------

  /** Stores a case's new alerts and appends ALERT_RAISED, in one transaction (closed cases too). */
  async raiseAlerts(caseId: string, alerts: Stored[], actor: string): Promise<void> {
    await this.raiseAlertsForCases(new Map([[caseId, alerts]]), actor);
  }

  /**
   * Stores the new alerts of several cases and appends each case's ALERT_RAISED, all in one
   * transaction under the cases' locks (closed cases too): monitoring writes a page of parties at once.
   * Alerts of a case that no longer exists are dropped. Returns how many alerts were stored.
   */
  async raiseAlertsForCases(byCase: Map<string, Stored[]>, actor: string): Promise<number> {
    if (byCase.size === 0) {
      return 0;
    }
    const now = new Date().toISOString();
    return this.repository.inWriteTransaction(async (writes) => {
      const records = await writes.lockCases([...byCase.keys()]);
      const alerts: Stored[] = [];
      const events: AuditEventRecord[] = [];
      for (const [caseId, caseAlerts] of byCase) {
        const record = records.get(caseId);
        if (!record) {
          continue;
        }
        alerts.push(...caseAlerts);
        events.push(
          ...chainEvents(caseId, actor, now, record, [
            {
              action: 'ALERT_RAISED',
              detail: {
                alerts: caseAlerts.map((alert) => ({
                  alertId: alert.id,
                  partyId: alert.partyId,
                  targetKey: alert.targetKey,
                  change: alert.change,
                  generation: alert.generation,
                })),
              },
            },
          ]),
        );
      }
      await writes.createAlerts(alerts);
      await writes.appendAuditEvents(events);
      return alerts.length;
    });
  }

  async alerts(status: AlertStatus | null, first: number | null): Promise<Alert[]> {
    const limit = first ?? 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
      throw new CaseInputInvalidError('first', 'must be 1 to 500');
    }
    return (await this.repository.findAlerts(status, limit)).map(toAlert);
  }

  async acknowledgeAlert(id: string, caller: Caller): Promise<Alert> {
    checkIdArgument('id', id);
    const found = orNotFound(await this.repository.findAlert(id), 'alert', id);
    if (found.status === AlertStatus.ACKNOWLEDGED) {
      throw new CaseConflictError(`Alert ${id} was acknowledged by ${String(found.acknowledgedBy)} already`, {
        alertId: id,
      });
    }
    const now = new Date().toISOString();
    let acknowledged: Stored | null = null;
    await this.changeCase(
      String(found.caseId),
      caller.userId,
      now,
      async (writes) => {
        acknowledged = await writes.acknowledgeAlert(id, caller.userId, now);
        return [{ action: 'ALERT_ACKNOWLEDGED', detail: { alertId: id } }];
      },
      { openOnly: false },
    );
    return toAlert(acknowledged!);
  }

  // ---- report --------------------------------------------------------------------------------

  /** The plain object the report renders (see case-report-view.ts): one snapshot, the latest by default. */
  async caseReportView(caseId: string, snapshotId: string | null = null): Promise<CaseReportView> {
    const found = await this.getCase(caseId);
    const id = snapshotId ?? found.latestSnapshotId;
    const snapshot = id ? await this.getSnapshot(id) : null;
    if (snapshot && (await this.repository.findSnapshotIds(caseId)).indexOf(snapshot.id) < 0) {
      throw new CaseNotFoundError('snapshot', snapshot.id);
    }
    const audit = await this.auditLog(caseId);
    return buildCaseReportView(found, snapshot, audit.events);
  }

  // ---- internals -----------------------------------------------------------------------------

  private async newParty(
    caseId: string,
    position: number,
    party: CheckedParty,
    field: string | null,
  ): Promise<PartyRecord> {
    const { resolution } = await this.partnership.resolveParty(
      {
        id: party.entityRef,
        name: party.name,
        country: party.country,
        dateOfBirth: party.dateOfBirth,
        identifiers: party.identifiers,
        aliases: party.aliases,
      },
      party.role === 'PERSON' ? 'person' : 'organisation',
    );
    if (party.entityRef && resolution.status !== ResolutionStatus.RESOLVED) {
      throw new EntityNotFoundError(party.entityRef);
    }
    void field;
    const name = party.name ?? resolution.entity?.name ?? party.entityRef!;
    return {
      id: `party-${randomUUID()}`,
      caseId,
      role: party.role as PartyRole,
      position,
      name,
      entityRef: party.entityRef,
      country: party.country,
      dateOfBirth: party.dateOfBirth,
      identifiers: party.identifiers,
      aliases: party.aliases,
      partyKey: partyKey({
        name,
        country: party.country,
        dateOfBirth: party.dateOfBirth,
        entityRef: party.entityRef,
        identifiers: party.identifiers,
        aliases: party.aliases,
      }),
      resolution: toCaseResolution(resolution),
      overrideEntityId: null,
      notInGraph: false,
      overriddenBy: null,
      overriddenAt: null,
      overrideReason: null,
    };
  }

  /**
   * The party's resolution now: an analyst's override stands; otherwise the resolver decides again. `read` is the
   * resolver's whole answer (null for a party the analyst marked not in the graph), for the reasons' sentences.
   */
  private async resolveParty(
    party: PartyRecord,
  ): Promise<{ resolution: CasePartyResolution; read: PartyResolution | null }> {
    const expected = party.role === PartyRole.PERSON ? 'person' : 'organisation';
    const override = party.overriddenBy
      ? {
          by: party.overriddenBy,
          at: party.overriddenAt ?? '',
          reason: party.overrideReason ?? '',
          notInGraph: party.notInGraph,
        }
      : null;
    if (party.notInGraph && override) {
      return {
        resolution: { ...party.resolution!, status: ResolutionStatus.NOT_FOUND, entity: null, notInGraph: true },
        read: null,
      };
    }
    if (party.overrideEntityId && override) {
      const byId = await this.resolver.resolve({ id: party.overrideEntityId }, expected);
      return {
        resolution: { ...toCaseResolution(byId, override), candidates: party.resolution?.candidates ?? [] },
        read: byId,
      };
    }
    // Since rules 1.200.0 the one path every party takes (`PartnershipService.resolveParty`): a partner or funder
    // given by a name no organisation answers is read as a person too, with the dates of birth the case holds.
    const { resolution } = await this.partnership.resolveParty(
      {
        id: party.entityRef,
        name: party.entityRef ? null : party.name,
        country: party.country,
        dateOfBirth: party.dateOfBirth,
        identifiers: party.identifiers,
        aliases: party.entityRef ? null : party.aliases,
      },
      expected,
    );
    return { resolution: toCaseResolution(resolution), read: resolution };
  }

  private async assess(
    caseId: string,
    parties: PartyRecord[],
    researchAreas: string[],
    asOf: string,
  ): Promise<{
    resolutions: Map<string, CasePartyResolution>;
    findings: Array<{
      draft: FindingDraft;
      suppressedBy: string | null;
      changedSinceDismissed: boolean;
      carriedDecision: FindingDecision | null;
    }>;
    riskLevel: RiskLevel;
    reasons: string[];
    rulesVersion: string;
    listVersions: CaseListVersion[];
  }> {
    const rules = this.pathRisk.rules;
    const resolutions = new Map<string, CasePartyResolution>();
    const reads = new Map<string, PartyResolution | null>();
    for (const party of parties) {
      const { resolution, read } = await this.resolveParty(party);
      resolutions.set(party.id, resolution);
      reads.set(party.id, read);
    }
    const drafts: FindingDraft[] = [];
    let listVersions: CaseListVersion[] = [];

    // List matches: every party's name against the lists, whatever its resolution.
    const screened = [];
    for (const party of parties) {
      const result = await this.screening.screen({
        name: party.name,
        // Since rules 1.212.0 the party's own reading (`partyScreeningSchema`), not its role's alone.
        schema: partyScreeningSchema(party.role, resolutions.get(party.id)!),
        country: party.country ? [party.country] : null,
        dateOfBirth: party.dateOfBirth.length > 0 ? party.dateOfBirth : null,
        identifiers: party.identifiers.length > 0 ? party.identifiers : null,
        // Since rules 1.232.0 with the party's other names, as screen searches a query's aliases.
        aliases: party.aliases.length > 0 ? party.aliases : null,
        limit: SCREEN_LIMIT,
        pathRisks: false,
      });
      listVersions = result.listVersions.map((version) => ({
        list: version.listId,
        version: version.versionId,
        issuedAt: version.issuedAt ?? null,
        sourceUrl: version.sourceUrl ?? null,
        sample: version.sample,
        stale: version.stale,
      }));
      screened.push({ party, matches: result.matches });
    }

    // Paths and conflicts: resolved parties by id; the others are not walked (never a guess).
    const ref = (party: PartyRecord): { id: string } => {
      const entity = resolutions.get(party.id)!.entity;
      return { id: entity ? entity.id : `case-party-not-resolved:${party.id}` };
    };
    const partner = parties[0];
    const funders = parties.filter((party) => party.role === PartyRole.FUNDER);
    const people = parties.filter((party) => party.role === PartyRole.PERSON);
    const assessment = await this.partnership.assess({
      partner: ref(partner),
      funders: funders.map(ref),
      people: people.map(ref),
      researchAreas,
      asOf,
    });
    const assessedParties = [
      { party: partner, result: assessment.partner },
      ...funders.map((party, index) => ({ party, result: assessment.funders[index] })),
      ...people.map((party, index) => ({ party, result: assessment.people[index] })),
    ];

    const pathFindings = new Map(
      assessedParties.map(({ party, result }) => [party.id, result.risk?.findings ?? []] as const),
    );
    const entries = await this.repository.findEntryContents(
      findingEntryIds(
        screened.flatMap(({ matches }) => matches),
        [...pathFindings.values()].flat(),
      ).sort(),
    );
    for (const { party, matches } of screened) {
      const finder = {
        id: party.id,
        partyKey: party.partyKey,
        entityId: resolutions.get(party.id)!.entity?.id ?? null,
      };
      drafts.push(...partyFindings(finder, matches, pathFindings.get(party.id) ?? [], entries, rules));
    }
    const allPartiesKey = sha256(
      parties
        .map((party) => party.partyKey)
        .sort()
        .join('|'),
    );
    for (const conflict of assessment.conflicts) {
      drafts.push(conflictFinding(allPartiesKey, conflict));
    }

    // Earlier dismissals and decisions on the same findings.
    const suppressions = await this.repository.findSuppressions(
      caseId,
      drafts.map((draft) => ({ targetKey: draft.targetKey, partyKey: draft.partyKey })),
    );
    const decisions = await this.repository.findLatestDecisions(caseId, [
      ...new Set(drafts.map((draft) => draft.targetKey)),
    ]);
    const latestDecision = new Map(decisions.map((decision) => [String(decision.targetKey), decision]));
    const findings = drafts.map((draft) => {
      const applying = suppressions.filter(
        (suppression) =>
          suppression.targetKey === draft.targetKey &&
          (suppression.scope === SuppressionScope.PARTY_EVERYWHERE
            ? suppression.partyKey === draft.partyKey
            : (suppression.partyId ?? null) === draft.partyId),
      );
      const unchanged = applying.find((suppression) => suppression.contentHash === draft.contentHash);
      const decision = latestDecision.get(draft.targetKey);
      return {
        draft,
        suppressedBy: unchanged ? String(unchanged.id) : null,
        changedSinceDismissed: !unchanged && applying.length > 0,
        carriedDecision:
          decision && decision.contentHash === draft.contentHash && decision.partyKey === draft.partyKey
            ? toDecision(decision)
            : null,
      };
    });

    const counted = findings.filter((finding) => finding.suppressedBy === null);
    const found = maxLevel(...counted.map((finding) => finding.draft.severity as RiskLevelName));
    const unresolved = parties.filter((party) => {
      const resolution = resolutions.get(party.id)!;
      return resolution.status !== ResolutionStatus.RESOLVED && !resolution.notInGraph;
    });
    const unknown = unresolved.length > 0 && levelRank(found) < levelRank(rules.resolution.unknownUnlessAtLeast);
    // The sentences assessPartnership says of a party not assessed and of nothing found (`unassessedReason`,
    // `nothingFound`), one for both routes; a case adds its remedy.
    // Since rules 1.221.0 with the party's possible listed match as assessPartnership reads it (`possibleListedMatch`:
    // a spelling alone, an ambiguity between list entries only, one listed party), so both routes say one sentence.
    const unassessedReasons = await Promise.all(
      unresolved.map(async (party) => {
        const read = reads.get(party.id)!;
        // Since rules 1.232.0 with everything the party was given (identifiers and other names too), as its
        // resolution searched it and as `screen` of the same input searches it.
        const possible = await this.partnership.possibleListedMatch(read, asOf, {
          name: party.entityRef ? null : party.name,
          country: party.country,
          dateOfBirth: party.dateOfBirth,
          identifiers: party.identifiers,
          aliases: party.entityRef ? null : party.aliases,
        });
        return `${unassessedReason(party.role, read, possible)}; ${OVERRIDE_REMEDY}`;
      }),
    );
    const reasons = [
      ...unassessedReasons,
      ...(found === 'NONE'
        ? unresolved.length < parties.length
          ? [
              nothingFound(
                parties.length - unresolved.length,
                unresolved.map((party) => ({ role: party.role, query: reads.get(party.id)!.query })),
              ),
            ]
          : []
        : [
            ...new Set(
              counted
                .filter((finding) => finding.draft.severity === found)
                .map((finding) => finding.draft.content.summary),
            ),
          ]),
    ];
    return {
      resolutions,
      findings,
      riskLevel: unknown ? RiskLevel.UNKNOWN : (found as RiskLevel),
      reasons,
      rulesVersion: `${rules.id}@${rules.version}`,
      listVersions,
    };
  }

  /**
   * Runs `change` on an open case under its lock and appends the events it returns to the audit
   * chain, all in one transaction.
   */
  private async changeCase(
    caseId: string,
    actor: string,
    at: string,
    change: (writes: CaseWrites, record: Stored) => Promise<PendingEvent[]>,
    options: { openOnly: boolean } = { openOnly: true },
  ): Promise<void> {
    await this.repository.inWriteTransaction(async (writes) => {
      const record = orNotFound(await writes.lockCase(caseId), 'case', caseId);
      if (options.openOnly && record.status === CaseStatus.CLOSED) {
        throw new CaseConflictError(`Case ${caseId} is closed: a closed case and its parties do not change`, {
          caseId,
        });
      }
      const events = await change(writes, record);
      await this.appendEvents(writes, caseId, actor, at, record, events);
    });
  }

  /** Appends events after the head read under the case lock (`record`; null for a case created in this transaction). */
  private async appendEvents(
    writes: CaseWrites,
    caseId: string,
    actor: string,
    at: string,
    record: Stored | null,
    events: PendingEvent[],
  ): Promise<void> {
    for (const event of chainEvents(caseId, actor, at, record, events)) {
      await writes.appendAuditEvent(event);
    }
  }
}

/** The events as links of the case's hash chain, after the head `record` holds (genesis when null). */
function chainEvents(
  caseId: string,
  actor: string,
  at: string,
  record: Stored | null,
  events: PendingEvent[],
): AuditEventRecord[] {
  let seq = Number(record?.auditSeq ?? 0);
  let previous = typeof record?.auditHead === 'string' ? record.auditHead : GENESIS_HASH;
  return events.map((event) => {
    seq += 1;
    const unsigned: Omit<AuditEventRecord, 'hash'> = {
      caseId,
      seq,
      at,
      user: actor,
      action: event.action,
      detail: JSON.stringify(event.detail),
      prevHash: previous,
    };
    const hash = auditHash(unsigned);
    previous = hash;
    return { ...unsigned, hash };
  });
}

/** The SAME_AS a CONFIRMED list match of a resolved party asks for; null for any other decision. */
function identityToConfirm(
  args: DecideFindingArgs,
  finding: Stored,
  content: FindingContent,
): { entityId: string; listEntityId: string } | null {
  const partyEntityId = typeof finding.partyEntityId === 'string' ? finding.partyEntityId : null;
  const listEntityId = content.matchedEntity?.id ?? null;
  if (
    args.verdict !== FindingVerdict.CONFIRMED ||
    finding.kind !== 'LIST_MATCH' ||
    !partyEntityId ||
    !listEntityId ||
    partyEntityId === listEntityId
  ) {
    return null;
  }
  return { entityId: partyEntityId, listEntityId };
}

function conflictOnFinding(findingId: string, expected: number, actual: number): CaseConflictError {
  return new CaseConflictError(
    `Finding ${findingId} was decided by someone else meanwhile (decision version ${actual}, you decided on ${expected}); read it again and decide on the latest`,
    { findingId, expectedVersion: expected, decisionVersion: actual },
  );
}

function storeParty(party: PartyRecord): Stored {
  return { ...party, resolution: party.resolution ? JSON.stringify(party.resolution) : null };
}

function readParty(stored: Stored): PartyRecord {
  return {
    id: String(stored.id),
    caseId: String(stored.caseId),
    role: String(stored.role) as PartyRole,
    position: Number(stored.position ?? 0),
    name: String(stored.name),
    entityRef: typeof stored.entityRef === 'string' ? stored.entityRef : null,
    country: typeof stored.country === 'string' ? stored.country : null,
    dateOfBirth: Array.isArray(stored.dateOfBirth) ? stored.dateOfBirth.map(String) : [],
    identifiers: Array.isArray(stored.identifiers) ? stored.identifiers.map(String) : [],
    aliases: Array.isArray(stored.aliases) ? stored.aliases.map(String) : [],
    partyKey: String(stored.partyKey),
    resolution: typeof stored.resolution === 'string' ? (JSON.parse(stored.resolution) as CasePartyResolution) : null,
    overrideEntityId: typeof stored.overrideEntityId === 'string' ? stored.overrideEntityId : null,
    notInGraph: stored.notInGraph === true,
    overriddenBy: typeof stored.overriddenBy === 'string' ? stored.overriddenBy : null,
    overriddenAt: typeof stored.overriddenAt === 'string' ? stored.overriddenAt : null,
    overrideReason: typeof stored.overrideReason === 'string' ? stored.overrideReason : null,
  };
}

function partyView(party: PartyRecord): CaseParty {
  return pick(party, ['id', 'role', 'name', 'country', 'dateOfBirth', 'identifiers', 'aliases', 'resolution']);
}

/** A party's data as the audit trail records it when the party is added, changed or removed. */
function partyData(party: PartyRecord): Record<string, unknown> {
  return pick(party, ['id', 'role', 'name', 'entityRef', 'country', 'dateOfBirth', 'identifiers', 'aliases']);
}

function resolutionDetail(party: PartyRecord): Record<string, unknown> {
  return {
    partyId: party.id,
    role: party.role,
    name: party.name,
    status: party.resolution?.status ?? null,
    entityId: party.resolution?.entity?.id ?? null,
    candidates: (party.resolution?.candidates ?? []).map((candidate) => ({
      id: candidate.entity.id,
      score: candidate.score,
    })),
  };
}

function readMitigations(value: unknown): Mitigation[] {
  if (typeof value !== 'string') {
    return [];
  }
  const parsed = JSON.parse(value) as Mitigation[];
  return parsed.map((mitigation) => ({
    text: mitigation.text,
    owner: mitigation.owner ?? null,
    dueDate: mitigation.dueDate ?? null,
  }));
}

function toDecision(stored: Stored): FindingDecision {
  return {
    verdict: String(stored.verdict) as FindingVerdict,
    reason: String(stored.reason),
    decidedBy: String(stored.decidedBy),
    decidedAt: String(stored.decidedAt),
    scope: typeof stored.scope === 'string' ? (stored.scope as SuppressionScope) : null,
    version: Number(stored.version),
    findingId: String(stored.findingId),
  };
}

/** An alert as GraphQL and the webhook give it. */
export function toAlert(stored: Stored): Alert {
  return {
    id: String(stored.id),
    caseId: String(stored.caseId),
    party: JSON.parse(String(stored.party)) as AlertParty,
    // Alerts raised before risk paths were monitored have no paths.
    finding: { paths: [], ...(JSON.parse(String(stored.finding)) as Omit<AlertFinding, 'paths'>) },
    change: String(stored.change),
    generation: Number(stored.generation),
    createdAt: String(stored.createdAt),
    status: String(stored.status) as AlertStatus,
    acknowledgedBy: typeof stored.acknowledgedBy === 'string' ? stored.acknowledgedBy : null,
    acknowledgedAt: typeof stored.acknowledgedAt === 'string' ? stored.acknowledgedAt : null,
    delivery:
      typeof stored.deliveryStatus === 'string'
        ? {
            status: stored.deliveryStatus as AlertDeliveryStatus,
            attempts: Number(stored.deliveryAttempts ?? 0),
            lastError: typeof stored.deliveryLastError === 'string' ? stored.deliveryLastError : null,
            lastAttemptAt: typeof stored.deliveryLastAttemptAt === 'string' ? stored.deliveryLastAttemptAt : null,
            nextAttemptAt:
              stored.deliveryStatus === String(AlertDeliveryStatus.PENDING) && typeof stored.deliveryNextAt === 'string'
                ? stored.deliveryNextAt
                : null,
          }
        : null,
  };
}

function toFinding(stored: Stored): CaseFinding {
  const content = JSON.parse(String(stored.content)) as FindingContent;
  const own = stored.decision ? toDecision(stored.decision as Stored) : null;
  const carried =
    typeof stored.carriedDecision === 'string' ? (JSON.parse(stored.carriedDecision) as FindingDecision) : null;
  return {
    id: String(stored.id),
    snapshotId: String(stored.snapshotId),
    partyId: typeof stored.partyId === 'string' ? stored.partyId : null,
    kind: String(stored.kind),
    severity: String(stored.severity) as RiskLevel,
    summary: content.summary,
    matchedEntity: content.matchedEntity,
    lists: content.lists,
    explanation: content.explanation,
    paths: content.paths,
    sources: content.sources,
    decision: own ?? carried,
    suppressed: stored.suppressed === true,
    changedSinceDismissed: stored.changedSinceDismissed === true,
    contentHash: String(stored.contentHash),
    decisionVersion: Number(stored.decisionVersion ?? 0),
  };
}

function toSnapshot(stored: Stored, findings: Stored[]): CaseSnapshot {
  return {
    id: String(stored.id),
    seq: Number(stored.seq),
    assessedAt: String(stored.assessedAt),
    asOf: String(stored.asOf),
    createdBy: String(stored.createdBy),
    riskLevel: String(stored.riskLevel) as RiskLevel,
    reasons: Array.isArray(stored.reasons) ? stored.reasons.map(String) : [],
    rulesVersion: String(stored.rulesVersion),
    listVersions: storedListVersions(stored.listVersions),
    // A snapshot taken before parties kept their dates (1.200.0), identifiers (1.219.0) or other names (1.232.0)
    // reads them as none, as a stored party does (the GraphQL fields are lists, never null).
    parties: (JSON.parse(String(stored.parties)) as CaseParty[]).map((party) => ({
      ...party,
      dateOfBirth: party.dateOfBirth ?? [],
      identifiers: party.identifiers ?? [],
      aliases: party.aliases ?? [],
    })),
    findings: findings.map(toFinding),
  };
}

function toCase(record: Stored, parties: PartyRecord[], latest: CaseSnapshot | null): Case {
  const id = String(record.id);
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  return {
    id,
    title: String(record.title),
    status: String(record.status) as CaseStatus,
    outcome: text(record.outcome) as CaseOutcome | null,
    summary: text(record.summary),
    notes: text(record.notes),
    researchAreas: Array.isArray(record.researchAreas) ? record.researchAreas.map(String) : [],
    createdBy: String(record.createdBy),
    createdAt: String(record.createdAt),
    updatedAt: String(record.updatedAt),
    assignedTo: text(record.assignedTo),
    closedAt: text(record.closedAt),
    closedBy: text(record.closedBy),
    parties: parties.map(partyView),
    findings: latest ? latest.findings.filter((finding) => !finding.suppressed) : [],
    riskLevel: latest?.riskLevel ?? null,
    rulesVersion: latest?.rulesVersion ?? null,
    listVersions: latest?.listVersions ?? [],
    assessedAt: latest?.assessedAt ?? null,
    latestSnapshotId: latest?.id ?? null,
    mitigations: readMitigations(record.mitigations),
    reportUrls: {
      html: `/api/cases/${encodeURIComponent(id)}/report.html`,
      pdf: `/api/cases/${encodeURIComponent(id)}/report.pdf`,
    },
  };
}

function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): [string, string] | null {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((part) => typeof part === 'string')) {
      return [String(parsed[0]), String(parsed[1])];
    }
  } catch {
    // not ours
  }
  return null;
}

/** A snapshot's list versions as stored (JSON); snapshots taken before `sample` and `stale` were recorded give null. */
function storedListVersions(stored: unknown): CaseListVersion[] {
  return (JSON.parse(String(stored)) as Array<Partial<CaseListVersion>>).map((version) => ({
    list: String(version.list),
    version: String(version.version),
    issuedAt: version.issuedAt ?? null,
    sourceUrl: version.sourceUrl ?? null,
    sample: version.sample ?? null,
    stale: version.stale ?? null,
  }));
}
