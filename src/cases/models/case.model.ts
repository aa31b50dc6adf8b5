import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ResolutionStatus, RiskLevel } from '../../risk/models/risk.model';

export enum CaseStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, { name: 'CaseStatus' });

export enum CaseOutcome {
  APPROVED = 'APPROVED',
  APPROVED_WITH_MITIGATIONS = 'APPROVED_WITH_MITIGATIONS',
  REJECTED = 'REJECTED',
}
registerEnumType(CaseOutcome, { name: 'CaseOutcome' });

export enum PartyRole {
  PARTNER = 'PARTNER',
  FUNDER = 'FUNDER',
  PERSON = 'PERSON',
}
registerEnumType(PartyRole, { name: 'PartyRole' });

export enum FindingVerdict {
  CONFIRMED = 'CONFIRMED',
  DISMISSED = 'DISMISSED',
  ESCALATED = 'ESCALATED',
}
registerEnumType(FindingVerdict, {
  name: 'FindingVerdict',
  description:
    'CONFIRMED: the match is the party (a list match records SAME_AS). DISMISSED: a false match, suppressed in later snapshots until the entry or the party changes. ESCALATED: for someone else to decide.',
});

export enum SuppressionScope {
  CASE = 'CASE',
  PARTY_EVERYWHERE = 'PARTY_EVERYWHERE',
}
registerEnumType(SuppressionScope, {
  name: 'SuppressionScope',
  description: 'Where a dismissal suppresses the finding: this case, or every case with the same party data.',
});

export enum AlertStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}
registerEnumType(AlertStatus, { name: 'AlertStatus' });

@ObjectType({ description: 'An entity as a case shows it.' })
export class CaseEntity {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  kind!: string | null;
}

@ObjectType()
export class CaseCandidate {
  @Field(() => Float)
  score!: number;

  @Field(() => CaseEntity)
  entity!: CaseEntity;
}

@ObjectType({ description: "How a party was resolved: by the resolver's rule, or overridden by an analyst." })
export class CasePartyResolution {
  @Field(() => ResolutionStatus)
  status!: ResolutionStatus;

  @Field(() => CaseEntity, { nullable: true, description: 'Null unless RESOLVED.' })
  entity!: CaseEntity | null;

  @Field(() => [CaseCandidate], { description: 'Best first; never auto-picked when AMBIGUOUS.' })
  candidates!: CaseCandidate[];

  @Field()
  explanation!: string;

  @Field({ description: 'True when an analyst said the party is not in the graph.' })
  notInGraph!: boolean;

  @Field(() => String, { nullable: true, description: 'The user who overrode the resolver; null if not overridden.' })
  overriddenBy!: string | null;

  @Field(() => String, { nullable: true })
  overriddenAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was overridden.' })
  reason!: string | null;
}

@ObjectType()
export class CaseParty {
  @Field(() => ID)
  id!: string;

  @Field(() => PartyRole)
  role!: PartyRole;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field(() => [String])
  dateOfBirth!: string[];

  @Field(() => CasePartyResolution, { nullable: true, description: 'Null only before the first resolution.' })
  resolution!: CasePartyResolution | null;
}

@ObjectType()
export class CaseListing {
  @Field()
  id!: string;

  @Field(() => String, { nullable: true })
  programme!: string | null;
}

@ObjectType()
export class CaseSource {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;
}

@ObjectType()
export class CasePathNode {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  kind!: string | null;
}

@ObjectType({ description: 'One relationship of a path, in its real direction, with its sources.' })
export class CasePathEdge {
  @Field()
  type!: string;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => [CaseSource])
  sources!: CaseSource[];
}

@ObjectType()
export class CasePath {
  @Field(() => [CasePathNode])
  nodes!: CasePathNode[];

  @Field(() => [CasePathEdge])
  edges!: CasePathEdge[];
}

@ObjectType()
export class FindingDecision {
  @Field(() => FindingVerdict)
  verdict!: FindingVerdict;

  @Field()
  reason!: string;

  @Field()
  decidedBy!: string;

  @Field()
  decidedAt!: string;

  @Field(() => SuppressionScope, { nullable: true, description: 'For DISMISSED: where it suppresses.' })
  scope!: SuppressionScope | null;

  @Field(() => Int, { description: 'The decision version of the finding this decision made (1 for the first).' })
  version!: number;

  @Field(() => ID, { description: 'The finding it was made on (an earlier snapshot, when carried forward).' })
  findingId!: string;
}

@ObjectType({ description: 'A list match, risk path or conflict of a snapshot, with its evidence and decision.' })
export class CaseFinding {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  snapshotId!: string;

  @Field(() => ID, { nullable: true, description: 'The party it is about (null for a conflict between parties).' })
  partyId!: string | null;

  @Field({
    description:
      'LIST_MATCH, PATH_RISK, or a conflict kind (SHARED_CONTROLLER, FUNDER_DEFENCE_LINK, LISTED_PARTY, PERSON_DUAL_ROLE, RESEARCH_AREA_MATCH).',
  })
  kind!: string;

  @Field(() => RiskLevel)
  severity!: RiskLevel;

  @Field()
  summary!: string;

  @Field(() => CaseEntity, { nullable: true })
  matchedEntity!: CaseEntity | null;

  @Field(() => [CaseListing])
  lists!: CaseListing[];

  @Field(() => [String])
  explanation!: string[];

  @Field(() => [CasePath])
  paths!: CasePath[];

  @Field(() => [CaseSource])
  sources!: CaseSource[];

  @Field(() => FindingDecision, {
    nullable: true,
    description: 'The latest decision, or the one carried from an earlier snapshot when nothing it rests on changed.',
  })
  decision!: FindingDecision | null;

  @Field({ description: 'True when a dismissal suppresses it (it then does not count towards riskLevel).' })
  suppressed!: boolean;

  @Field({ description: 'True when it was dismissed before and its list entry or the party changed since.' })
  changedSinceDismissed!: boolean;

  @Field({ description: 'sha256 of the list entry (or path) and the party data it was judged on.' })
  contentHash!: string;

  @Field(() => Int, { description: 'How many decisions were made on this finding: pass it as expectedVersion.' })
  decisionVersion!: number;
}

@ObjectType()
export class CaseListVersion {
  @Field()
  list!: string;

  @Field()
  version!: string;

  @Field(() => String, { nullable: true })
  issuedAt!: string | null;

  @Field(() => String, { nullable: true })
  sourceUrl!: string | null;
}

@ObjectType()
export class Mitigation {
  @Field()
  text!: string;

  @Field(() => String, { nullable: true })
  owner!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  dueDate!: string | null;
}

@ObjectType({ description: 'An immutable assessment of a case at one time.' })
export class CaseSnapshot {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  seq!: number;

  @Field()
  assessedAt!: string;

  @Field({ description: 'The date relationships were judged valid on (YYYY-MM-DD).' })
  asOf!: string;

  @Field()
  createdBy!: string;

  @Field(() => RiskLevel)
  riskLevel!: RiskLevel;

  @Field(() => [String])
  reasons!: string[];

  @Field()
  rulesVersion!: string;

  @Field(() => [CaseListVersion])
  listVersions!: CaseListVersion[];

  @Field(() => [CaseParty], { description: 'The parties and their resolutions at the time.' })
  parties!: CaseParty[];

  @Field(() => [CaseFinding], { description: 'Every finding, suppressed ones included (see suppressed).' })
  findings!: CaseFinding[];
}

@ObjectType()
export class CaseReportUrls {
  @Field()
  html!: string;

  @Field()
  pdf!: string;
}

@ObjectType({ description: 'A due-diligence case: a proposed partnership, its assessments, decisions and outcome.' })
export class Case {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => CaseStatus)
  status!: CaseStatus;

  @Field(() => CaseOutcome, { nullable: true })
  outcome!: CaseOutcome | null;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => [String])
  researchAreas!: string[];

  @Field()
  createdBy!: string;

  @Field()
  createdAt!: string;

  @Field()
  updatedAt!: string;

  @Field(() => String, { nullable: true })
  assignedTo!: string | null;

  @Field(() => String, { nullable: true })
  closedAt!: string | null;

  @Field(() => String, { nullable: true })
  closedBy!: string | null;

  @Field(() => [CaseParty])
  parties!: CaseParty[];

  @Field(() => [CaseFinding], { description: 'The latest snapshot’s findings that are not suppressed.' })
  findings!: CaseFinding[];

  @Field(() => RiskLevel, { nullable: true, description: 'From the latest snapshot; null before the first run.' })
  riskLevel!: RiskLevel | null;

  @Field(() => String, { nullable: true })
  rulesVersion!: string | null;

  @Field(() => [CaseListVersion])
  listVersions!: CaseListVersion[];

  @Field(() => String, { nullable: true })
  assessedAt!: string | null;

  @Field(() => ID, { nullable: true })
  latestSnapshotId!: string | null;

  @Field(() => [Mitigation])
  mitigations!: Mitigation[];

  @Field(() => CaseReportUrls)
  reportUrls!: CaseReportUrls;
}

@ObjectType()
export class CaseEdge {
  @Field()
  cursor!: string;

  @Field(() => Case)
  node!: Case;
}

@ObjectType()
export class CasePageInfo {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

@ObjectType({ description: 'Newest first.' })
export class CaseConnection {
  @Field(() => [CaseEdge])
  edges!: CaseEdge[];

  @Field(() => CasePageInfo)
  pageInfo!: CasePageInfo;
}

@ObjectType()
export class AuditEvent {
  @Field(() => Int)
  seq!: number;

  @Field()
  at!: string;

  @Field()
  user!: string;

  @Field({
    description:
      'CASE_CREATED, CASE_UPDATED, CASE_ASSIGNED, PARTY_RESOLVED, PARTY_OVERRIDDEN, SNAPSHOT_TAKEN, DECISION, SUPPRESSION_APPLIED, CASE_CLOSED, ALERT_RAISED, ALERT_ACKNOWLEDGED.',
  })
  action!: string;

  @Field({ description: 'What changed, as JSON text.' })
  detail!: string;

  @Field()
  prevHash!: string;

  @Field()
  hash!: string;
}

@ObjectType()
export class AuditLog {
  @Field(() => ID)
  caseId!: string;

  @Field(() => [AuditEvent])
  events!: AuditEvent[];

  @Field({ description: 'True when every event hashes to what it says and follows the one before.' })
  verified!: boolean;

  @Field(() => Int, { nullable: true, description: 'The seq of the first event that does not verify.' })
  brokenAt!: number | null;

  @Field(() => String, { nullable: true })
  problem!: string | null;
}

@ObjectType()
export class AlertParty {
  @Field(() => ID)
  id!: string;

  @Field(() => PartyRole)
  role!: PartyRole;

  @Field()
  name!: string;
}

@ObjectType({ description: 'The finding that raised an alert: a list match, or a risk path from the resolved party.' })
export class AlertFinding {
  @Field()
  kind!: string;

  @Field(() => RiskLevel)
  severity!: RiskLevel;

  @Field()
  summary!: string;

  @Field(() => CaseEntity, { nullable: true })
  matchedEntity!: CaseEntity | null;

  @Field(() => [CaseListing])
  lists!: CaseListing[];

  @Field(() => [String])
  explanation!: string[];

  @Field(() => [CasePath], {
    description: 'The path drawn node by node, for a PATH_RISK alert; empty for a list match.',
  })
  paths!: CasePath[];

  @Field()
  contentHash!: string;
}

export enum AlertDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(AlertDeliveryStatus, {
  name: 'AlertDeliveryStatus',
  description: 'Where an alert stands with the webhook.',
  valuesMap: {
    PENDING: { description: 'Not yet accepted; another attempt is due at nextAttemptAt.' },
    DELIVERED: { description: 'The webhook answered 2xx.' },
    FAILED: { description: 'Every attempt failed; lastError says how the last one did.' },
  },
});

@ObjectType({ description: "An alert's delivery to the deployment's webhook (ALERT_WEBHOOK_URL)." })
export class AlertDelivery {
  @Field(() => AlertDeliveryStatus, { description: 'PENDING, DELIVERED or FAILED.' })
  status!: AlertDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'How the last failed attempt failed (HTTP status or error).' })
  lastError!: string | null;

  @Field(() => String, { nullable: true, description: 'When the last attempt was made (ISO 8601).' })
  lastAttemptAt!: string | null;

  @Field(() => String, { nullable: true, description: 'When the next attempt is due, while PENDING (ISO 8601).' })
  nextAttemptAt!: string | null;
}

@ObjectType({
  description:
    'A new or changed list match or risk path for a monitored party, found after a list or reference activation.',
})
export class Alert {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  caseId!: string;

  @Field(() => AlertParty)
  party!: AlertParty;

  @Field(() => AlertFinding)
  finding!: AlertFinding;

  @Field({
    description:
      'NEW (not known to the case), CHANGED (known, but what it rests on changed) or CHANGED_SINCE_DISMISSED (dismissed, and what the dismissal rested on changed).',
  })
  change!: string;

  @Field(() => Int, { description: 'The graph generation whose activation raised it.' })
  generation!: number;

  @Field()
  createdAt!: string;

  @Field(() => AlertStatus)
  status!: AlertStatus;

  @Field(() => String, { nullable: true })
  acknowledgedBy!: string | null;

  @Field(() => String, { nullable: true })
  acknowledgedAt!: string | null;

  @Field(() => AlertDelivery, {
    nullable: true,
    description: 'Its delivery to the webhook; null when no webhook was configured when it was raised.',
  })
  delivery!: AlertDelivery | null;
}
