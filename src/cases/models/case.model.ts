import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ResolutionStatus, RiskLevel } from '../../risk/models/risk.model';

export enum CaseStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Whether a case is still being worked on.',
  valuesMap: {
    OPEN: { description: 'Being assessed: parties, snapshots, decisions and mitigations can still change.' },
    CLOSED: { description: 'Closed with an outcome and a summary; nothing about it changes any more.' },
  },
});

export enum CaseOutcome {
  APPROVED = 'APPROVED',
  APPROVED_WITH_MITIGATIONS = 'APPROVED_WITH_MITIGATIONS',
  REJECTED = 'REJECTED',
}
registerEnumType(CaseOutcome, {
  name: 'CaseOutcome',
  description: 'How a closed case was decided.',
  valuesMap: {
    APPROVED: { description: 'The partnership may go ahead as proposed.' },
    APPROVED_WITH_MITIGATIONS: {
      description: 'The partnership may go ahead under the mitigations recorded on the case.',
    },
    REJECTED: { description: 'The partnership must not go ahead.' },
  },
});

export enum PartyRole {
  PARTNER = 'PARTNER',
  FUNDER = 'FUNDER',
  PERSON = 'PERSON',
}
registerEnumType(PartyRole, {
  name: 'PartyRole',
  description: 'The part a party plays in a proposed partnership.',
  valuesMap: {
    PARTNER: { description: 'The organisation the partnership is with (one per case).' },
    FUNDER: { description: 'An organisation funding the work.' },
    PERSON: { description: 'A person involved in the work (researcher, signatory, visitor).' },
  },
});

export enum FindingVerdict {
  CONFIRMED = 'CONFIRMED',
  DISMISSED = 'DISMISSED',
  ESCALATED = 'ESCALATED',
}
registerEnumType(FindingVerdict, {
  name: 'FindingVerdict',
  description:
    'CONFIRMED: the match is the party (a list match records SAME_AS). DISMISSED: a false match, suppressed in later snapshots until the entry or the party changes. ESCALATED: for someone else to decide.',
  valuesMap: {
    CONFIRMED: {
      description: 'The match is the party; a list match records SAME_AS between the party and the list entry.',
    },
    DISMISSED: {
      description:
        'A false match: suppressed in later snapshots (in the scope given) until the list entry or the party changes.',
    },
    ESCALATED: {
      description: 'Left for someone with more authority to decide; the finding still counts towards the risk level.',
    },
  },
});

export enum SuppressionScope {
  CASE = 'CASE',
  PARTY_EVERYWHERE = 'PARTY_EVERYWHERE',
}
registerEnumType(SuppressionScope, {
  name: 'SuppressionScope',
  description: 'Where a dismissal suppresses the finding: this case, or every case with the same party data.',
  valuesMap: {
    CASE: { description: 'Suppress the finding in this case only.' },
    PARTY_EVERYWHERE: {
      description: 'Suppress it in every case whose party has the same data (name, country, dates of birth).',
    },
  },
});

export enum AlertStatus {
  OPEN = 'OPEN',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}
registerEnumType(AlertStatus, {
  name: 'AlertStatus',
  description: 'Whether someone has looked at an alert.',
  valuesMap: {
    OPEN: { description: 'Raised and not yet acknowledged.' },
    ACKNOWLEDGED: { description: 'Seen by a user (acknowledgedBy, acknowledgedAt).' },
  },
});

@ObjectType({ description: 'An entity as a case shows it.' })
export class CaseEntity {
  @Field(() => ID, { description: 'The graph entity id (pass it to entity(id) for the full record).' })
  id!: string;

  @Field({ description: 'The primary name of the entity.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'For organisations: University, Laboratory, Company…; otherwise the entity type (Person, Military…); null when unknown.',
  })
  kind!: string | null;
}

@ObjectType({ description: 'A graph entity the resolver considered for a party, with its score.' })
export class CaseCandidate {
  @Field(() => Float, { description: "The name matcher's score, 0 to 1 (country, identifiers and dates included)." })
  score!: number;

  @Field(() => CaseEntity, { description: 'The candidate entity.' })
  entity!: CaseEntity;
}

@ObjectType({ description: "How a party was resolved: by the resolver's rule, or overridden by an analyst." })
export class CasePartyResolution {
  @Field(() => ResolutionStatus, {
    description: 'RESOLVED, AMBIGUOUS or NOT_FOUND (after an override: RESOLVED, or NOT_FOUND when notInGraph).',
  })
  status!: ResolutionStatus;

  @Field(() => CaseEntity, { nullable: true, description: 'Null unless RESOLVED.' })
  entity!: CaseEntity | null;

  @Field(() => [CaseCandidate], { description: 'Best first; never auto-picked when AMBIGUOUS.' })
  candidates!: CaseCandidate[];

  @Field({ description: 'One or two sentences saying why the resolution came out as it did.' })
  explanation!: string;

  @Field({ description: 'True when an analyst said the party is not in the graph.' })
  notInGraph!: boolean;

  @Field(() => String, { nullable: true, description: 'The user who overrode the resolver; null if not overridden.' })
  overriddenBy!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the resolver was overridden (ISO 8601 date-time (UTC)); null if not overridden.',
  })
  overriddenAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was overridden.' })
  reason!: string | null;
}

@ObjectType({
  description: 'A party to a case (the partner, a funder or a person) as given, with how it was resolved to the graph.',
})
export class CaseParty {
  @Field(() => ID, { description: 'The party id within the case (pass it to overrideResolution).' })
  id!: string;

  @Field(() => PartyRole, { description: 'PARTNER, FUNDER or PERSON.' })
  role!: PartyRole;

  @Field({
    description: 'The name as given; for a party given by id, the name of that entity (its id when no entity has it).',
  })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 code as given (nationality for a person); null when none was given.',
  })
  country!: string | null;

  @Field(() => [String], {
    description: 'For a person: dates of birth as given (YYYY, YYYY-MM or YYYY-MM-DD); empty otherwise.',
  })
  dateOfBirth!: string[];

  @Field(() => CasePartyResolution, { nullable: true, description: 'Null only before the first resolution.' })
  resolution!: CasePartyResolution | null;
}

@ObjectType({ description: 'A list a finding rests on, with the sanctions programme where the list names one.' })
export class CaseListing {
  @Field({ description: 'The list id, e.g. us-ofac-sdn.' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The programme the entry is listed under (e.g. SDGT); null when the list gives none.',
  })
  programme!: string | null;
}

@ObjectType({ description: 'A source a finding or a path relationship rests on.' })
export class CaseSource {
  @Field(() => ID, { description: 'The source id in the graph.' })
  id!: string;

  @Field({ description: 'The title of the document, list or registry.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Where to read it; null when the source has no public address.' })
  url!: string | null;
}

@ObjectType({ description: 'An entity on a path of a finding.' })
export class CasePathNode {
  @Field(() => ID, { description: 'The graph entity id.' })
  id!: string;

  @Field({ description: 'The primary name of the entity.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'University, Laboratory, Company… for organisations, else the entity type; null when unknown.',
  })
  kind!: string | null;
}

@ObjectType({ description: 'One relationship of a path, in its real direction, with its sources.' })
export class CasePathEdge {
  @Field({ description: 'The relationship type, e.g. OWNED_BY, SUPERVISED_BY, FUNDS, SAME_AS.' })
  type!: string;

  @Field(() => ID, { description: 'The id of the entity the relationship starts at (its subject).' })
  from!: string;

  @Field(() => ID, { description: 'The id of the entity the relationship points to.' })
  to!: string;

  @Field(() => [CaseSource], { description: 'The sources that state this relationship.' })
  sources!: CaseSource[];
}

@ObjectType({ description: 'A chain of entities from a party to what a finding is about.' })
export class CasePath {
  @Field(() => [CasePathNode], { description: 'The entities in order, the party first.' })
  nodes!: CasePathNode[];

  @Field(() => [CasePathEdge], {
    description: 'edges[i] joins nodes[i] and nodes[i+1]; from/to give its real direction.',
  })
  edges!: CasePathEdge[];
}

@ObjectType({ description: "An analyst's verdict on a finding, with who made it, when and why." })
export class FindingDecision {
  @Field(() => FindingVerdict, { description: 'CONFIRMED, DISMISSED or ESCALATED.' })
  verdict!: FindingVerdict;

  @Field({ description: 'Why, in the analyst’s words (1 to 2,000 characters).' })
  reason!: string;

  @Field({ description: 'The user id of the analyst who decided.' })
  decidedBy!: string;

  @Field({ description: 'When the decision was made (ISO 8601 date-time (UTC)).' })
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
  @Field(() => ID, { description: 'The finding id (pass it to decideFinding).' })
  id!: string;

  @Field(() => ID, { description: 'The snapshot the finding belongs to.' })
  snapshotId!: string;

  @Field(() => ID, { nullable: true, description: 'The party it is about (null for a conflict between parties).' })
  partyId!: string | null;

  @Field({
    description:
      'LIST_MATCH, PATH_RISK, or a conflict kind (SHARED_CONTROLLER, FUNDER_DEFENCE_LINK, LISTED_PARTY, PERSON_DUAL_ROLE, RESEARCH_AREA_MATCH).',
  })
  kind!: string;

  @Field(() => RiskLevel, { description: 'How serious the finding is, by the risk rules (LOW to CRITICAL).' })
  severity!: RiskLevel;

  @Field({ description: 'One plain-English sentence saying what was found.' })
  summary!: string;

  @Field(() => CaseEntity, {
    nullable: true,
    description:
      'The list entry matched, the risk target of a path, or the body a conflict turns on; null when there is none.',
  })
  matchedEntity!: CaseEntity | null;

  @Field(() => [CaseListing], {
    description: 'The lists (and programmes) the finding rests on; empty for a finding that rests on no list.',
  })
  lists!: CaseListing[];

  @Field(() => [String], {
    description:
      'The reasons behind the finding, one sentence each (for a list match: the name, date and country features).',
  })
  explanation!: string[];

  @Field(() => [CasePath], {
    description: 'For PATH_RISK and conflicts: the paths through the graph that show it; empty for a list match.',
  })
  paths!: CasePath[];

  @Field(() => [CaseSource], { description: 'Every source the finding rests on.' })
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

@ObjectType({ description: 'A list version a snapshot was assessed against.' })
export class CaseListVersion {
  @Field({ description: 'The list id, e.g. us-ofac-sdn.' })
  list!: string;

  @Field({ description: 'The version id, `<list>@<sequence>`.' })
  version!: string;

  @Field(() => String, { nullable: true, description: 'The date the list was issued (YYYY-MM-DD); null when unknown.' })
  issuedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the list is published; null when the catalogue gives no address.',
  })
  sourceUrl!: string | null;
}

@ObjectType({ description: 'A measure the partnership must carry out to go ahead (see APPROVED_WITH_MITIGATIONS).' })
export class Mitigation {
  @Field({ description: 'What must be done (1 to 2,000 characters).' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Who carries it out; null when nobody is named.' })
  owner!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  dueDate!: string | null;
}

@ObjectType({ description: 'An immutable assessment of a case at one time.' })
export class CaseSnapshot {
  @Field(() => ID, { description: 'The snapshot id (pass it to caseSnapshot).' })
  id!: string;

  @Field(() => Int, { description: 'The number of the snapshot within its case: 1 for the first run, then 2, 3…' })
  seq!: number;

  @Field({ description: 'When the snapshot was taken (ISO 8601 date-time (UTC)).' })
  assessedAt!: string;

  @Field({ description: 'The date relationships were judged valid on (YYYY-MM-DD).' })
  asOf!: string;

  @Field({ description: 'The user id of whoever ran the case.' })
  createdBy!: string;

  @Field(() => RiskLevel, {
    description: 'The overall level of the snapshot, from its findings that are not suppressed.',
  })
  riskLevel!: RiskLevel;

  @Field(() => [String], {
    description: 'What set the level, one sentence each; parties that could not be resolved are named here too.',
  })
  reasons!: string[];

  @Field({ description: 'The version of the risk rules the snapshot was computed with.' })
  rulesVersion!: string;

  @Field(() => [CaseListVersion], { description: 'The active list versions screened against, one per list.' })
  listVersions!: CaseListVersion[];

  @Field(() => [CaseParty], { description: 'The parties and their resolutions at the time.' })
  parties!: CaseParty[];

  @Field(() => [CaseFinding], { description: 'Every finding, suppressed ones included (see suppressed).' })
  findings!: CaseFinding[];
}

@ObjectType({ description: "Where to download the case's report; both need the same key as the API." })
export class CaseReportUrls {
  @Field({ description: 'Path of the HTML report, relative to the API root: /api/cases/<id>/report.html.' })
  html!: string;

  @Field({ description: 'Path of the PDF report, relative to the API root: /api/cases/<id>/report.pdf.' })
  pdf!: string;
}

@ObjectType({ description: 'A due-diligence case: a proposed partnership, its assessments, decisions and outcome.' })
export class Case {
  @Field(() => ID, { description: 'The case id.' })
  id!: string;

  @Field({ description: 'A short title for the proposed partnership (1 to 200 characters).' })
  title!: string;

  @Field(() => CaseStatus, { description: 'OPEN or CLOSED.' })
  status!: CaseStatus;

  @Field(() => CaseOutcome, { nullable: true, description: 'How the case was decided; null while OPEN.' })
  outcome!: CaseOutcome | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was decided that way (given on closeCase); null while OPEN.',
  })
  summary!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Free-text notes by the analysts (at most 10,000 characters); null when none.',
  })
  notes!: string | null;

  @Field(() => [String], {
    description: 'The research areas of the work as given, each checked against the export control categories.',
  })
  researchAreas!: string[];

  @Field({ description: 'The user id of whoever opened the case.' })
  createdBy!: string;

  @Field({ description: 'When the case was opened (ISO 8601 date-time (UTC)).' })
  createdAt!: string;

  @Field({ description: 'When anything about the case last changed (ISO 8601 date-time (UTC)).' })
  updatedAt!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The user id of the analyst it is assigned to; null when unassigned.',
  })
  assignedTo!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the case was closed (ISO 8601 date-time (UTC)); null while OPEN.',
  })
  closedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'The user id of whoever closed it; null while OPEN.' })
  closedBy!: string | null;

  @Field(() => [CaseParty], { description: 'The partner, funders and people, with their current resolutions.' })
  parties!: CaseParty[];

  @Field(() => [CaseFinding], { description: 'The latest snapshot’s findings that are not suppressed.' })
  findings!: CaseFinding[];

  @Field(() => RiskLevel, { nullable: true, description: 'From the latest snapshot; null before the first run.' })
  riskLevel!: RiskLevel | null;

  @Field(() => String, {
    nullable: true,
    description: 'The risk rules version of the latest snapshot; null before the first run.',
  })
  rulesVersion!: string | null;

  @Field(() => [CaseListVersion], {
    description: 'The list versions of the latest snapshot; empty before the first run.',
  })
  listVersions!: CaseListVersion[];

  @Field(() => String, {
    nullable: true,
    description: 'When the latest snapshot was taken (ISO 8601 date-time (UTC)); null before the first run.',
  })
  assessedAt!: string | null;

  @Field(() => ID, { nullable: true, description: 'The id of the latest snapshot; null before the first run.' })
  latestSnapshotId!: string | null;

  @Field(() => [Mitigation], { description: 'The measures recorded on the case, in the order given.' })
  mitigations!: Mitigation[];

  @Field(() => CaseReportUrls, { description: 'Where to download the report of the case.' })
  reportUrls!: CaseReportUrls;
}

@ObjectType({ description: 'One case of a page, with the cursor to continue after it.' })
export class CaseEdge {
  @Field({ description: 'Opaque: pass it as `after` to get the cases after this one.' })
  cursor!: string;

  @Field(() => Case, { description: 'The case.' })
  node!: Case;
}

@ObjectType({ description: 'Where a page of cases ends and whether there are more.' })
export class CasePageInfo {
  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last case of the page; null for an empty page.',
  })
  endCursor!: string | null;

  @Field({ description: 'True when more cases follow: ask again with after = endCursor.' })
  hasNextPage!: boolean;
}

@ObjectType({ description: 'Newest first.' })
export class CaseConnection {
  @Field(() => [CaseEdge], { description: 'The cases of this page, newest first.' })
  edges!: CaseEdge[];

  @Field(() => CasePageInfo, { description: 'Where the page ends and whether there are more.' })
  pageInfo!: CasePageInfo;
}

@ObjectType({ description: 'One entry of a case’s append-only audit trail, chained to the one before by hash.' })
export class AuditEvent {
  @Field(() => Int, { description: 'The number of the event within its case, from 1, with no gaps.' })
  seq!: number;

  @Field({ description: 'When it happened (ISO 8601 date-time (UTC)).' })
  at!: string;

  @Field({ description: 'The user id of whoever did it (system:monitoring for alerts).' })
  user!: string;

  @Field({
    description:
      'CASE_CREATED, CASE_UPDATED, CASE_ASSIGNED, PARTY_RESOLVED, PARTY_OVERRIDDEN, SNAPSHOT_TAKEN, DECISION, SUPPRESSION_APPLIED, CASE_CLOSED, ALERT_RAISED, ALERT_ACKNOWLEDGED.',
  })
  action!: string;

  @Field({ description: 'What changed, as JSON text.' })
  detail!: string;

  @Field({ description: 'The hash of the event before (64 zeros for the first): hex SHA-256.' })
  prevHash!: string;

  @Field({ description: 'Hex SHA-256 of this event (case id, seq, time, user, action, detail and prevHash).' })
  hash!: string;
}

@ObjectType({ description: "A case's audit trail and whether its hash chain is intact." })
export class AuditLog {
  @Field(() => ID, { description: 'The case the events belong to.' })
  caseId!: string;

  @Field(() => [AuditEvent], { description: 'Every event, in seq order.' })
  events!: AuditEvent[];

  @Field({ description: 'True when every event hashes to what it says and follows the one before.' })
  verified!: boolean;

  @Field(() => Int, { nullable: true, description: 'The seq of the first event that does not verify.' })
  brokenAt!: number | null;

  @Field(() => String, { nullable: true, description: 'What is wrong at brokenAt, in words; null when verified.' })
  problem!: string | null;
}

@ObjectType({ description: 'The monitored party an alert is about.' })
export class AlertParty {
  @Field(() => ID, { description: 'The party id within its case.' })
  id!: string;

  @Field(() => PartyRole, { description: 'PARTNER, FUNDER or PERSON.' })
  role!: PartyRole;

  @Field({ description: 'The name of the party as given on the case.' })
  name!: string;
}

@ObjectType({ description: 'The finding that raised an alert: a list match, or a risk path from the resolved party.' })
export class AlertFinding {
  @Field({ description: 'LIST_MATCH or PATH_RISK.' })
  kind!: string;

  @Field(() => RiskLevel, { description: 'How serious the match is, by the risk rules.' })
  severity!: RiskLevel;

  @Field({ description: 'One plain-English sentence saying what was found.' })
  summary!: string;

  @Field(() => CaseEntity, { nullable: true, description: 'The list entry matched; null when not known.' })
  matchedEntity!: CaseEntity | null;

  @Field(() => [CaseListing], { description: 'The lists (and programmes) the entry is on.' })
  lists!: CaseListing[];

  @Field(() => [String], { description: 'The reasons behind the match, one sentence each.' })
  explanation!: string[];

  @Field(() => [CasePath], {
    description: 'The path drawn node by node, for a PATH_RISK alert; empty for a list match.',
  })
  paths!: CasePath[];

  @Field({
    description:
      'sha256 of the list entry or path and the party data it was judged on (the same as the finding a later run makes).',
  })
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
  @Field(() => ID, { description: 'The alert id (pass it to acknowledgeAlert).' })
  id!: string;

  @Field(() => ID, { description: 'The case whose party matched.' })
  caseId!: string;

  @Field(() => AlertParty, { description: 'The party that matched.' })
  party!: AlertParty;

  @Field(() => AlertFinding, { description: 'The list match or risk path that raised the alert.' })
  finding!: AlertFinding;

  @Field({
    description:
      'NEW (not known to the case), CHANGED (known, but what it rests on changed) or CHANGED_SINCE_DISMISSED (dismissed, and what the dismissal rested on changed).',
  })
  change!: string;

  @Field(() => Int, { description: 'The graph generation whose activation raised it.' })
  generation!: number;

  @Field({ description: 'When the alert was raised (ISO 8601 date-time (UTC)).' })
  createdAt!: string;

  @Field(() => AlertStatus, { description: 'OPEN or ACKNOWLEDGED.' })
  status!: AlertStatus;

  @Field(() => String, { nullable: true, description: 'The user id of whoever acknowledged it; null while OPEN.' })
  acknowledgedBy!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When it was acknowledged (ISO 8601 date-time (UTC)); null while OPEN.',
  })
  acknowledgedAt!: string | null;

  @Field(() => AlertDelivery, {
    nullable: true,
    description: 'Its delivery to the webhook; null when no webhook was configured when it was raised.',
  })
  delivery!: AlertDelivery | null;
}
