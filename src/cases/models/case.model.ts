import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerDescribedEnum } from '../../common/graphql-enum';
import { ResolutionStatus, RiskLevel } from '../../risk/risk.enums';
import {
  CaseStatus,
  CaseOutcome,
  PartyRole,
  FindingVerdict,
  SuppressionScope,
  AlertStatus,
  AlertDeliveryStatus,
} from '../cases.enums';

registerDescribedEnum(CaseStatus, 'CaseStatus', 'Whether a case is still being worked on.', {
  OPEN: 'Being assessed: parties, snapshots, decisions and mitigations can still change.',
  CLOSED: 'Closed with an outcome and a summary; nothing about it changes any more.',
});

registerDescribedEnum(CaseOutcome, 'CaseOutcome', 'How a closed case was decided.', {
  APPROVED: 'The partnership may go ahead as proposed.',
  APPROVED_WITH_MITIGATIONS: 'The partnership may go ahead under the mitigations recorded on the case.',
  REJECTED: 'The partnership must not go ahead.',
});

registerDescribedEnum(PartyRole, 'PartyRole', 'The part a party plays in a proposed partnership.', {
  PARTNER: 'The organisation the partnership is with (one per case).',
  FUNDER: 'An organisation funding the work.',
  PERSON: 'A person involved in the work (researcher, signatory, visitor).',
});

registerDescribedEnum(
  FindingVerdict,
  'FindingVerdict',
  'CONFIRMED: the match is the party (a list match records SAME_AS). DISMISSED: a false match, suppressed in later snapshots until the entry or the party changes. ESCALATED: for someone else to decide.',
  {
    CONFIRMED: 'The match is the party; a list match records SAME_AS between the party and the list entry.',
    DISMISSED:
      'A false match: suppressed in later snapshots (in the scope given) until the list entry or the party changes.',
    ESCALATED: 'Left for someone with more authority to decide; the finding still counts towards the risk level.',
  },
);

registerDescribedEnum(
  SuppressionScope,
  'SuppressionScope',
  'Where a dismissal suppresses the finding: this case, or every case with the same party data.',
  {
    CASE: 'Suppress the finding in this case only.',
    PARTY_EVERYWHERE: 'Suppress it in every case whose party has the same data (name, country, dates of birth).',
  },
);

registerDescribedEnum(AlertStatus, 'AlertStatus', 'Whether someone has looked at an alert.', {
  OPEN: 'Raised and not yet acknowledged.',
  ACKNOWLEDGED: 'Seen by a user (acknowledgedBy, acknowledgedAt).',
});

@ObjectType({ description: 'An entity as a case shows it.' })
export class CaseEntity {
  /** The graph entity id (pass it to entity(id) for the full record). */
  @Field(() => ID)
  id!: string;

  /** The primary name of the entity. */
  name!: string;

  /**
   * For organisations: University, Laboratory, Company…; otherwise the entity type (Person, Military…); null when
   * unknown.
   */
  kind!: string | null;
}

@ObjectType({ description: 'A graph entity the resolver considered for a party, with its score.' })
export class CaseCandidate {
  /** The name matcher's score, 0 to 1 (country, identifiers and dates included). */
  score!: number;

  /** The candidate entity. */
  entity!: CaseEntity;
}

@ObjectType({ description: "How a party was resolved: by the resolver's rule, or overridden by an analyst." })
export class CasePartyResolution {
  /** RESOLVED, AMBIGUOUS or NOT_FOUND (after an override: RESOLVED, or NOT_FOUND when notInGraph). */
  status!: ResolutionStatus;

  /** Null unless RESOLVED. */
  entity!: CaseEntity | null;

  /** Best first; never auto-picked when AMBIGUOUS. */
  candidates!: CaseCandidate[];

  /** One or two sentences saying why the resolution came out as it did. */
  explanation!: string;

  /** True when an analyst said the party is not in the graph. */
  notInGraph!: boolean;

  /** The user who overrode the resolver; null if not overridden. */
  overriddenBy!: string | null;

  /** When the resolver was overridden (ISO 8601 date-time (UTC)); null if not overridden. */
  overriddenAt!: string | null;

  /** Why it was overridden. */
  reason!: string | null;
}

@ObjectType({
  description: 'A party to a case (the partner, a funder or a person) as given, with how it was resolved to the graph.',
})
export class CaseParty {
  /** The party id within the case (pass it to overrideResolution). */
  @Field(() => ID)
  id!: string;

  /** PARTNER, FUNDER or PERSON. */
  role!: PartyRole;

  /** The name as given; for a party given by id, the name of that entity (its id when no entity has it). */
  name!: string;

  /**
   * The ISO 3166-1 alpha-2 code of the country given (nationality for a person; a name or demonym given is kept as its
   * code); null when none was given.
   */
  country!: string | null;

  /** Dates of birth as given (YYYY, YYYY-MM or YYYY-MM-DD): a person's, or a partner's or funder's given as one; empty otherwise. */
  dateOfBirth!: string[];

  /** Registration numbers, LEI, passport numbers… as given (since rules 1.219.0); empty when none were given. */
  identifiers!: string[];

  /** Other names of the party as given (since rules 1.232.0); empty when none were given. */
  aliases!: string[];

  /** Null only before the first resolution. */
  resolution!: CasePartyResolution | null;
}

@ObjectType({ description: 'A list a finding rests on, with the sanctions programme where the list names one.' })
export class CaseListing {
  /** The list id, e.g. us-ofac-sdn. */
  id!: string;

  /** The programme the entry is listed under (e.g. SDGT); null when the list gives none. */
  programme!: string | null;
}

@ObjectType({ description: 'A source a finding or a path relationship rests on.' })
export class CaseSource {
  /** The source id in the graph. */
  @Field(() => ID)
  id!: string;

  /** The title of the document, list or registry. */
  title!: string;

  /** Where to read it; null when the source has no public address. */
  url!: string | null;
}

@ObjectType({ description: 'An entity on a path of a finding.' })
export class CasePathNode {
  /** The graph entity id. */
  @Field(() => ID)
  id!: string;

  /** The primary name of the entity. */
  name!: string;

  /** University, Laboratory, Company… for organisations, else the entity type; null when unknown. */
  kind!: string | null;
}

@ObjectType({ description: 'One relationship of a path, in its real direction, with its sources.' })
export class CasePathEdge {
  /** The relationship type, e.g. OWNED_BY, SUPERVISED_BY, FUNDS, SAME_AS. */
  type!: string;

  /** The id of the entity the relationship starts at (its subject). */
  @Field(() => ID)
  from!: string;

  /** The id of the entity the relationship points to. */
  @Field(() => ID)
  to!: string;

  /** The sources that state this relationship. */
  sources!: CaseSource[];
}

@ObjectType({ description: 'A chain of entities from a party to what a finding is about.' })
export class CasePath {
  /** The entities in order, the party first. */
  nodes!: CasePathNode[];

  /** edges[i] joins nodes[i] and nodes[i+1]; from/to give its real direction. */
  edges!: CasePathEdge[];
}

@ObjectType({ description: "An analyst's verdict on a finding, with who made it, when and why." })
export class FindingDecision {
  /** CONFIRMED, DISMISSED or ESCALATED. */
  verdict!: FindingVerdict;

  /** Why, in the analyst’s words (1 to 2,000 characters). */
  reason!: string;

  /** The user id of the analyst who decided. */
  decidedBy!: string;

  /** When the decision was made (ISO 8601 date-time (UTC)). */
  decidedAt!: string;

  /** For DISMISSED: where it suppresses. */
  scope!: SuppressionScope | null;

  /** The decision version of the finding this decision made (1 for the first). */
  @Field(() => Int)
  version!: number;

  /** The finding it was made on (an earlier snapshot, when carried forward). */
  @Field(() => ID)
  findingId!: string;
}

@ObjectType({ description: 'A list match, risk path or conflict of a snapshot, with its evidence and decision.' })
export class CaseFinding {
  /** The finding id (pass it to decideFinding). */
  @Field(() => ID)
  id!: string;

  /** The snapshot the finding belongs to. */
  @Field(() => ID)
  snapshotId!: string;

  /** The party it is about (null for a conflict between parties). */
  @Field(() => ID)
  partyId!: string | null;

  /**
   * LIST_MATCH, PATH_RISK, or a conflict kind (SHARED_CONTROLLER, FUNDER_DEFENCE_LINK, LISTED_PARTY, PERSON_DUAL_ROLE,
   * RESEARCH_AREA_MATCH).
   */
  kind!: string;

  /** How serious the finding is, by the risk rules (LOW to CRITICAL). */
  severity!: RiskLevel;

  /** One plain-English sentence saying what was found. */
  summary!: string;

  /** The list entry matched, the risk target of a path, or the body a conflict turns on; null when there is none. */
  matchedEntity!: CaseEntity | null;

  /** The lists (and programmes) the finding rests on; empty for a finding that rests on no list. */
  lists!: CaseListing[];

  /** The reasons behind the finding, one sentence each (for a list match: the name, date and country features). */
  explanation!: string[];

  /** For PATH_RISK and conflicts: the paths through the graph that show it; empty for a list match. */
  paths!: CasePath[];

  /** Every source the finding rests on. */
  sources!: CaseSource[];

  /** The latest decision, or the one carried from an earlier snapshot when nothing it rests on changed. */
  decision!: FindingDecision | null;

  /** True when a dismissal suppresses it (it then does not count towards riskLevel). */
  suppressed!: boolean;

  /** True when it was dismissed before and its list entry or the party changed since. */
  changedSinceDismissed!: boolean;

  /** sha256 of the list entry (or path) and the party data it was judged on. */
  contentHash!: string;

  /** How many decisions were made on this finding: pass it as expectedVersion. */
  @Field(() => Int)
  decisionVersion!: number;
}

@ObjectType({ description: 'A list version a snapshot was assessed against.' })
export class CaseListVersion {
  /** The list id, e.g. us-ofac-sdn. */
  list!: string;

  /** The version id, `<list>@<sequence>`. */
  version!: string;

  /** The date the list was issued (YYYY-MM-DD); null when unknown. */
  issuedAt!: string | null;

  /** Where the list is published; null when the catalogue gives no address. */
  sourceUrl!: string | null;

  /**
   * True for a sample copy shipped with partner-graph, not the publisher's current file; null in snapshots taken
   * before this was recorded.
   */
  sample!: boolean | null;

  /**
   * True when the list was overdue (no successful sync or import within its expected interval) when the snapshot was
   * taken; null in snapshots taken before this was recorded.
   */
  stale!: boolean | null;
}

@ObjectType({ description: 'A measure the partnership must carry out to go ahead (see APPROVED_WITH_MITIGATIONS).' })
export class Mitigation {
  /** What must be done (1 to 2,000 characters). */
  text!: string;

  /** Who carries it out; null when nobody is named. */
  owner!: string | null;

  /** YYYY-MM-DD. */
  dueDate!: string | null;
}

@ObjectType({ description: 'An immutable assessment of a case at one time.' })
export class CaseSnapshot {
  /** The snapshot id (pass it to caseSnapshot). */
  @Field(() => ID)
  id!: string;

  /** The number of the snapshot within its case: 1 for the first run, then 2, 3… */
  @Field(() => Int)
  seq!: number;

  /** When the snapshot was taken (ISO 8601 date-time (UTC)). */
  assessedAt!: string;

  /** The date relationships were judged valid on (YYYY-MM-DD). */
  asOf!: string;

  /** The user id of whoever ran the case. */
  createdBy!: string;

  /** The overall level of the snapshot, from its findings that are not suppressed. */
  riskLevel!: RiskLevel;

  /** What set the level, one sentence each; parties that could not be resolved are named here too. */
  reasons!: string[];

  /** The version of the risk rules the snapshot was computed with. */
  rulesVersion!: string;

  /** The active list versions screened against, one per list. */
  listVersions!: CaseListVersion[];

  /** The parties and their resolutions at the time. */
  parties!: CaseParty[];

  /** Every finding, suppressed ones included (see suppressed). */
  findings!: CaseFinding[];
}

@ObjectType({ description: "Where to download the case's report; both need the same key as the API." })
export class CaseReportUrls {
  /** Path of the HTML report, relative to the API root: /api/cases/<id>/report.html. */
  html!: string;

  /** Path of the PDF report, relative to the API root: /api/cases/<id>/report.pdf. */
  pdf!: string;
}

@ObjectType({ description: 'A due-diligence case: a proposed partnership, its assessments, decisions and outcome.' })
export class Case {
  /** The case id. */
  @Field(() => ID)
  id!: string;

  /** A short title for the proposed partnership (1 to 200 characters). */
  title!: string;

  /** OPEN or CLOSED. */
  status!: CaseStatus;

  /** How the case was decided; null while OPEN. */
  outcome!: CaseOutcome | null;

  /** Why it was decided that way (given on closeCase); null while OPEN. */
  summary!: string | null;

  /** Free-text notes by the analysts (at most 10,000 characters); null when none. */
  notes!: string | null;

  /** The research areas of the work as given, each checked against the export control categories. */
  researchAreas!: string[];

  /** The user id of whoever opened the case. */
  createdBy!: string;

  /** When the case was opened (ISO 8601 date-time (UTC)). */
  createdAt!: string;

  /** When anything about the case last changed (ISO 8601 date-time (UTC)). */
  updatedAt!: string;

  /** The user id of the analyst it is assigned to; null when unassigned. */
  assignedTo!: string | null;

  /** When the case was closed (ISO 8601 date-time (UTC)); null while OPEN. */
  closedAt!: string | null;

  /** The user id of whoever closed it; null while OPEN. */
  closedBy!: string | null;

  /** The partner, funders and people, with their current resolutions. */
  parties!: CaseParty[];

  /** The latest snapshot’s findings that are not suppressed. */
  findings!: CaseFinding[];

  /** From the latest snapshot; null before the first run. */
  riskLevel!: RiskLevel | null;

  /** The risk rules version of the latest snapshot; null before the first run. */
  rulesVersion!: string | null;

  /** The list versions of the latest snapshot; empty before the first run. */
  listVersions!: CaseListVersion[];

  /** When the latest snapshot was taken (ISO 8601 date-time (UTC)); null before the first run. */
  assessedAt!: string | null;

  /** The id of the latest snapshot; null before the first run. */
  @Field(() => ID)
  latestSnapshotId!: string | null;

  /** The measures recorded on the case, in the order given. */
  mitigations!: Mitigation[];

  /** Where to download the report of the case. */
  reportUrls!: CaseReportUrls;
}

@ObjectType({ description: 'One case of a page, with the cursor to continue after it.' })
export class CaseEdge {
  /** Opaque: pass it as `after` to get the cases after this one. */
  cursor!: string;

  /** The case. */
  node!: Case;
}

@ObjectType({ description: 'Where a page of cases ends and whether there are more.' })
export class CasePageInfo {
  /** The cursor of the last case of the page; null for an empty page. */
  endCursor!: string | null;

  /** True when more cases follow: ask again with after = endCursor. */
  hasNextPage!: boolean;
}

@ObjectType({ description: 'Newest first.' })
export class CaseConnection {
  /** The cases of this page, newest first. */
  edges!: CaseEdge[];

  /** Where the page ends and whether there are more. */
  pageInfo!: CasePageInfo;
}

@ObjectType({ description: 'One entry of a case’s append-only audit trail, chained to the one before by hash.' })
export class AuditEvent {
  /** The number of the event within its case, from 1, with no gaps. */
  @Field(() => Int)
  seq!: number;

  /** When it happened (ISO 8601 date-time (UTC)). */
  at!: string;

  /** The user id of whoever did it (system:monitoring for alerts). */
  user!: string;

  /**
   * CASE_CREATED, CASE_UPDATED, CASE_ASSIGNED, PARTY_RESOLVED, PARTY_OVERRIDDEN, SNAPSHOT_TAKEN, DECISION,
   * SUPPRESSION_APPLIED, CASE_CLOSED, ALERT_RAISED, ALERT_ACKNOWLEDGED.
   */
  action!: string;

  /** What changed, as JSON text. */
  detail!: string;

  /** The hash of the event before (64 zeros for the first): hex SHA-256. */
  prevHash!: string;

  /** Hex SHA-256 of this event (case id, seq, time, user, action, detail and prevHash). */
  hash!: string;
}

@ObjectType({ description: "A case's audit trail and whether its hash chain is intact." })
export class AuditLog {
  /** The case the events belong to. */
  @Field(() => ID)
  caseId!: string;

  /** Every event, in seq order. */
  events!: AuditEvent[];

  /** True when every event hashes to what it says and follows the one before. */
  verified!: boolean;

  /** The seq of the first event that does not verify. */
  @Field(() => Int)
  brokenAt!: number | null;

  /** What is wrong at brokenAt, in words; null when verified. */
  problem!: string | null;
}

@ObjectType({ description: 'The monitored party an alert is about.' })
export class AlertParty {
  /** The party id within its case. */
  @Field(() => ID)
  id!: string;

  /** PARTNER, FUNDER or PERSON. */
  role!: PartyRole;

  /** The name of the party as given on the case. */
  name!: string;
}

@ObjectType({ description: 'The finding that raised an alert: a list match, or a risk path from the resolved party.' })
export class AlertFinding {
  /** LIST_MATCH or PATH_RISK. */
  kind!: string;

  /** How serious the match is, by the risk rules. */
  severity!: RiskLevel;

  /** One plain-English sentence saying what was found. */
  summary!: string;

  /** The list entry matched; null when not known. */
  matchedEntity!: CaseEntity | null;

  /** The lists (and programmes) the entry is on. */
  lists!: CaseListing[];

  /** The reasons behind the match, one sentence each. */
  explanation!: string[];

  /** The path drawn node by node, for a PATH_RISK alert; empty for a list match. */
  paths!: CasePath[];

  /**
   * sha256 of the list entry or path and the party data it was judged on (the same as the finding a later run makes).
   */
  contentHash!: string;
}

registerDescribedEnum(AlertDeliveryStatus, 'AlertDeliveryStatus', 'Where an alert stands with the webhook.', {
  PENDING: 'Not yet accepted; another attempt is due at nextAttemptAt.',
  DELIVERED: 'The webhook answered 2xx.',
  FAILED: 'Every attempt failed; lastError says how the last one did.',
});

@ObjectType({ description: "An alert's delivery to the deployment's webhook (ALERT_WEBHOOK_URL)." })
export class AlertDelivery {
  /** PENDING, DELIVERED or FAILED. */
  status!: AlertDeliveryStatus;

  /** Attempts made so far. */
  @Field(() => Int)
  attempts!: number;

  /** How the last failed attempt failed (HTTP status or error). */
  lastError!: string | null;

  /** When the last attempt was made (ISO 8601). */
  lastAttemptAt!: string | null;

  /** When the next attempt is due, while PENDING (ISO 8601). */
  nextAttemptAt!: string | null;
}

@ObjectType({
  description:
    'A new or changed list match or risk path for a monitored party, found after a list or reference activation.',
})
export class Alert {
  /** The alert id (pass it to acknowledgeAlert). */
  @Field(() => ID)
  id!: string;

  /** The case whose party matched. */
  @Field(() => ID)
  caseId!: string;

  /** The party that matched. */
  party!: AlertParty;

  /** The list match or risk path that raised the alert. */
  finding!: AlertFinding;

  /**
   * NEW (not known to the case), CHANGED (known, but what it rests on changed) or CHANGED_SINCE_DISMISSED (dismissed,
   * and what the dismissal rested on changed).
   */
  change!: string;

  /** The graph generation whose activation raised it. */
  @Field(() => Int)
  generation!: number;

  /** When the alert was raised (ISO 8601 date-time (UTC)). */
  createdAt!: string;

  /** OPEN or ACKNOWLEDGED. */
  status!: AlertStatus;

  /** The user id of whoever acknowledged it; null while OPEN. */
  acknowledgedBy!: string | null;

  /** When it was acknowledged (ISO 8601 date-time (UTC)); null while OPEN. */
  acknowledgedAt!: string | null;

  /** Its delivery to the webhook; null when no webhook was configured when it was raised. */
  delivery!: AlertDelivery | null;
}
