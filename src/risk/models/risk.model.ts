import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerDescribedEnum } from '../../common/graphql-enum';
import { EntitySummary } from '../../graph/models/entity-summary.model';
import { Source } from '../../graph/models/source.model';
import { Path } from '../../graph/models/subgraph.model';
import { RiskLevel, ResolutionStatus, WalkDirection, ConflictKind, SensitivityLevel } from '../risk.enums';

registerDescribedEnum(
  RiskLevel,
  'RiskLevel',
  'NONE: assessed, nothing found. LOW to CRITICAL: what was found. UNKNOWN: a required party could not be resolved or assessed (see the reasons).',
  {
    NONE: 'Assessed; nothing was found.',
    LOW: 'A finding scored at least 0.05 by the rules (v1 thresholds): distant or weak.',
    MEDIUM: 'A finding scored at least 0.3: worth an analyst’s look before going ahead.',
    HIGH: 'A finding scored at least 0.6: a close or strong link to a risk.',
    CRITICAL: 'A finding scored at least 0.9: the body is itself a risk (listed, military…) or controlled by one.',
    UNKNOWN: 'A required party could not be resolved or assessed, so nothing can be said (see the reasons).',
  },
);

registerDescribedEnum(
  ResolutionStatus,
  'ResolutionStatus',
  'RESOLVED: the best candidate clears the threshold with strong name evidence and leads every other body by the margin (or shares an identifier). AMBIGUOUS: two bodies are too close to tell apart. NOT_FOUND: no candidate is good enough.',
  {
    RESOLVED: 'One entity was chosen (entity, entityId).',
    AMBIGUOUS: 'Two or more bodies are too close to tell apart; none is picked (see candidates).',
    NOT_FOUND: 'No candidate is good enough: the party is probably not in the graph.',
  },
);

registerDescribedEnum(
  WalkDirection,
  'WalkDirection',
  'ALONG: from the subject to what it depends on; AGAINST: backwards (a laboratory to its host, SAME_AS).',
  {
    ALONG: 'The step follows the relationship: from its subject to what the subject depends on.',
    AGAINST:
      'The step goes against the relationship (e.g. from a laboratory to the body hosting it, or across SAME_AS).',
  },
);

@ObjectType({ description: 'What the ownership rules made of a stake.' })
export class OwnershipReading {
  /** control, significant-influence or exposure. */
  band!: string;

  /** The share that decided the band, 0 to 1. */
  share!: number | null;

  /** exact, upper or lower (the end of a share range used), or unknown. */
  basis!: string;

  /** The lower end of the share stated, 0 to 1; null when no share is stated. */
  shareMin!: number | null;

  /** The upper end of the share stated, 0 to 1 (equal to shareMin for an exact share); null when none is stated. */
  shareMax!: number | null;

  /** The band in the words of the rules, e.g. "significant influence, not control". */
  wording!: string;
}

@ObjectType({ description: 'One relationship of a risk path as the rules read it.' })
export class RiskStep {
  /**
   * The relationship type, e.g. OWNED_BY, SUPERVISED_BY, FUNDS; or an identity step of the resolution, not a
   * relationship of the graph: SAME_LISTED_PARTY (another list's entry of the listed party resolved to, since
   * rules 1.104.0), SAME_BODY_LISTED (a list entry that names the body of the graph resolved to, since 1.108.0).
   */
  type!: string;

  /** ALONG the relationship or AGAINST it. */
  direction!: WalkDirection;

  /** The entity id the step leaves from (towards the target). */
  @Field(() => ID)
  from!: string;

  /** The entity id the step arrives at. */
  @Field(() => ID)
  to!: string;

  /** How much of the risk this step passes on (rule weight × confidence). */
  weight!: number;

  /** How the step reads, e.g. "supervised by …". */
  phrase!: string;

  /** For ownership and control steps: how the stake was read; null otherwise. */
  ownership!: OwnershipReading | null;

  /** The sources that state the relationship. */
  sources!: Source[];

  /** Other relationships joining the same two entities here (e.g. funded by and also owned by). */
  alternatives!: RiskStep[];
}

@ObjectType({ description: 'Why a target is a risk: a risk category or an active listing.' })
export class RiskReason {
  /** CATEGORY or LISTING. */
  kind!: string;

  /** For CATEGORY: the risk category, e.g. military, state-security, defence-industry; null for LISTING. */
  category!: string | null;

  /** For LISTING: the list id, e.g. us-ofac-sdn; null for CATEGORY. */
  listId!: string | null;

  /** For LISTING: the list name; null for CATEGORY. */
  listName!: string | null;

  /** For LISTING: the programmes the target is listed under; empty otherwise. */
  programmes!: string[];

  /** The weight the rules give this reason, 0 to 1 (before the path passes it on). */
  weight!: number;

  /** The reason in words. */
  description!: string;

  /** The sources for the category or the listing. */
  sources!: Source[];
}

@ObjectType({ description: 'A path from an entity to a risk target, scored and explained.' })
export class RiskFinding {
  /** The entity the walk started from. */
  start!: EntitySummary;

  /** The body with a risk category or an active listing that the path reaches. */
  target!: EntitySummary;

  /** Why the target is a risk, strongest first. */
  reasons!: RiskReason[];

  /** The number of relationships from start to target (0 when the start is itself the target). */
  @Field(() => Int)
  hops!: number;

  /** The product of the step weights along the path and the strongest reason weight, 0 to 1. */
  score!: number;

  /** The level the rules give the score (their thresholds). */
  level!: RiskLevel;

  /** One plain-English sentence. */
  sentence!: string;

  /** The entities and relationships from start to target. */
  path!: Path;

  /** Each relationship of the path as the rules read it, in order from the start. */
  steps!: RiskStep[];
}

@ObjectType({ description: 'The rules a result was computed with.' })
export class RulesUsed {
  /** The rules id (the rules file the service loaded). */
  id!: string;

  /** The version of those rules. */
  version!: string;
}

/** What every risk result says of how it was computed: the date it holds for and the rules it applied. */
@ObjectType({ isAbstract: true })
export abstract class RulesBasedResult {
  /** The date relationships were judged valid on (YYYY-MM-DD). */
  asOf!: string;

  /** The rules the result was computed with. */
  rules!: RulesUsed;

  /** The version of the rules (the same as rules.version). */
  rulesVersion!: string;
}

/** A rules-based result that walked the graph: whether a cap cut the walk, and why. */
@ObjectType({ isAbstract: true })
export abstract class RulesBasedWalk extends RulesBasedResult {
  /** True when a cap cut the walk (a hub, a wide frontier, or too many findings). */
  truncated!: boolean;

  /** What cut the walk short, one sentence each; empty when not truncated. */
  truncationReasons!: string[];
}

@ObjectType({ description: 'Every risk path of one entity within the hop limit, scored by the rules.' })
export class PathRiskAssessment extends RulesBasedWalk {
  /** The entity assessed. */
  entity!: EntitySummary;

  /** The highest level among the findings; NONE when there are none. */
  riskLevel!: RiskLevel;

  /** The findings that set the level. */
  reasons!: string[];

  /** Strongest first. */
  findings!: RiskFinding[];

  /** How many findings there were before any cap (findings may hold fewer). */
  @Field(() => Int)
  findingsTotal!: number;

  /** The hop limit the walk used. */
  @Field(() => Int)
  maxHops!: number;

  /** True when former relationships (status former, or validTo before asOf) were walked too. */
  includeFormer!: boolean;
}

@ObjectType({ description: 'One reason behind a candidate score, as the name matcher gives it.' })
export class ResolutionFeature {
  /** token_alignment, acronym, class_words, country, identifier, birth_date… */
  name!: string;

  /** A similarity in [0, 1], or -1/0/1 for conflict/unknown/agreement. */
  value!: number;

  /** The feature in words, e.g. "Both are linked to CN." */
  reason!: string;
}

@ObjectType({ description: 'A body a name may stand for, scored by the name matcher.' })
export class ResolutionCandidate {
  /** The graph entity id of the candidate. */
  @Field(() => ID)
  entityId!: string;

  /** The primary name of the candidate. */
  name!: string;

  /** Organisation, Military, SecurityService, State or Person. */
  type!: string;

  /** For organisations: University, Laboratory, Company…; null when unknown. */
  kind!: string | null;

  /** The matcher's score (country, identifiers and dates included as features). */
  score!: number;

  /** The name or alias of the candidate that matched best. */
  matchedName!: string;

  /** The query name that matched best. */
  queryName!: string;

  /** The lists the candidate is actively on (empty for a curated entity). */
  lists!: string[];

  /** False when only class words are shared or the names alone compare below minNameScore. */
  strongNameEvidence!: boolean;

  /**
   * True when the same body as the best candidate (not a runner-up): linked by SAME_AS, another list's entry of
   * one listed party (`sameListedParty`; since rules 1.118.0 also organisations' entries named alike with nothing
   * to corroborate, `sameListedOrganisation`), or since rules 1.108.0 a list entry and the body of the graph it
   * names (`sameListedBody`).
   */
  sameBodyAsBest!: boolean;

  /** The reasons behind the score, one per feature. */
  features!: ResolutionFeature[];
}

@ObjectType({ description: 'How a party given by id or name was resolved to a graph entity.' })
export class PartyResolution {
  /** RESOLVED, AMBIGUOUS or NOT_FOUND. */
  status!: ResolutionStatus;

  /** id (given by id), identifier (an identifier on both records) or name. */
  method!: string;

  /** The id or name as given. */
  query!: string;

  /** The ISO 3166-1 alpha-2 code of the country given (a name or demonym given reads as its code); null when none was given. */
  country!: string | null;

  /** The entity resolved to; null unless RESOLVED. */
  @Field(() => ID)
  entityId!: string | null;

  /** The entity resolved to (null unless RESOLVED; screen() gives entityId and the matches only). */
  entity!: EntitySummary | null;

  /** The best candidate score for a name; 1 for an id. */
  score!: number | null;

  /** The name or alias of the best candidate that matched; null for an id or when nothing matched. */
  matchedName!: string | null;

  /** The score the best candidate must reach (resolution.minScore of the rules). */
  threshold!: number;

  /** How far the best must lead the best candidate of any other body (resolution.margin of the rules). */
  margin!: number;

  /** The best candidate of another body (candidates linked by SAME_AS to the best are not runners-up). */
  runnerUp!: ResolutionCandidate | null;

  /** The best candidates (at most 5), best first, resolved or not. */
  candidates!: ResolutionCandidate[];

  /** Why it came out as it did, in a sentence or two. */
  explanation!: string;
}

@ObjectType({ description: 'A party that was given but could not be assessed.' })
export class UnassessedParty {
  /** PARTNER, FUNDER or PERSON. */
  role!: string;

  /** The id or name as given. */
  query!: string;

  /** AMBIGUOUS or NOT_FOUND. */
  status!: ResolutionStatus;

  /** One sentence, also among the overall reasons. */
  reason!: string;
}

@ObjectType({ description: 'A quick risk summary for a partner.' })
export class PartnerRisk extends RulesBasedWalk {
  /** Null when a partner given by name was not resolved. */
  entity!: EntitySummary | null;

  /** How a partner given by name was resolved (null when given by entityId). */
  resolution?: PartyResolution | null;

  /** UNKNOWN when a partner given by name was not resolved (see reasons). */
  riskLevel!: RiskLevel;

  /** What set the level, one sentence each. */
  reasons!: string[];

  /** The five strongest findings. */
  topFindings!: RiskFinding[];

  /** How many findings there were in all (topFindings holds at most five). */
  @Field(() => Int)
  findingsTotal!: number;
}

@ObjectType({ description: 'One party of a partnership: how it was resolved and, when resolved, its risk paths.' })
export class PartyAssessment {
  /** PARTNER, FUNDER or PERSON. */
  role!: string;

  /** How the party was resolved to a graph entity. */
  resolution!: PartyResolution;

  /** Null when the party was not resolved. */
  risk!: PathRiskAssessment | null;
}

registerDescribedEnum(
  ConflictKind,
  'ConflictKind',
  'The kinds of conflict of interest a partnership assessment looks for.',
  {
    SHARED_CONTROLLER: 'The partner and a funder share a controlling body.',
    FUNDER_DEFENCE_LINK:
      'A funder is, or is linked by a path to, a body in one of the defence categories of the rules (military, defence-industry…).',
    LISTED_PARTY: 'A party is on a watchlist, or within the hop limit of a listed body.',
    PERSON_DUAL_ROLE:
      'A person given holds roles on both sides: with the partner (or a body on its side) and with a funder.',
    RESEARCH_AREA_MATCH: 'A research area touches an export control category and the partner is defence-linked.',
  },
);

@ObjectType({ description: 'A conflict of interest in a proposed partnership, with the paths that show it.' })
export class Conflict {
  /** What kind of conflict it is. */
  kind!: ConflictKind;

  /** How serious it is, by the risk rules. */
  severity!: RiskLevel;

  /** One plain-English sentence saying what the conflict is. */
  sentence!: string;

  /** The parties involved (entity ids). */
  @Field(() => [ID])
  parties!: string[];

  /** The body the conflict turns on (shared controller, target…). */
  entities!: EntitySummary[];

  /** The paths through the graph that show it. */
  paths!: Path[];

  /** Every source along the paths. */
  sources!: Source[];

  /** For RESEARCH_AREA_MATCH: the research area as given; null otherwise. */
  researchArea!: string | null;

  /** For RESEARCH_AREA_MATCH: the control list terms the research area matched; empty otherwise. */
  matchedTopics!: string[];
}

registerDescribedEnum(
  SensitivityLevel,
  'SensitivityLevel',
  'CONTROLLED: names a technology the export control lists control; RELATED: a field that commonly feeds controlled items; NONE: no stated sensitivity.',
  {
    CONTROLLED: 'Names a technology that the export control lists control.',
    RELATED: 'A field that commonly feeds controlled items.',
    NONE: 'No stated sensitivity.',
  },
);

@ObjectType({ description: 'A control list category a research area touches, with the terms that matched.' })
export class ResearchAreaCategory {
  /** The category: 0 to 9 (dual-use list) or ML (Military List). */
  id!: string;

  /** The name of the category, e.g. "Sensors and lasers". */
  name!: string;

  /** How closely the area touches the category. */
  level!: SensitivityLevel;

  /** The vocabulary terms found in the research area. */
  terms!: string[];
}

@ObjectType({ description: 'How a research area maps to the export control categories (dual use and military).' })
export class ResearchAreaAssessment {
  /** The research area as given. */
  area!: string;

  /** The highest level among its categories; NONE when it touches none. */
  level!: SensitivityLevel;

  /** The categories it touches, most sensitive first; empty when none. */
  categories!: ResearchAreaCategory[];
}

@ObjectType({
  description:
    'A list version an assessment was checked against (the versions the candidate index was built from), and how far it can be relied on.',
})
export class AssessedListVersion {
  /** The list id, e.g. us-ofac-sdn. */
  listId!: string;

  /** The version id, `<list>@<sequence>`. */
  versionId!: string;

  /** The list's name as its publisher gives it. */
  listName!: string | null;

  /** When the list was issued. */
  issuedAt!: string | null;

  /** True for a sample copy shipped with partner-graph: not the publisher's current file, so a listing it lacks is not found. */
  sample!: boolean;

  /** True when the list is overdue: no successful sync or import within its catalogue entry's overdueAfter. */
  stale!: boolean;

  /** When the list was last known current: its last successful sync, else its import (ISO 8601). */
  freshAsOf!: string | null;
}

@ObjectType({ description: 'Is this partnership risky, and why.' })
export class PartnershipAssessment extends RulesBasedResult {
  /** The partner: its resolution and risk paths. */
  partner!: PartyAssessment;

  /** Each funder given, in the order given. */
  funders!: PartyAssessment[];

  /** Each person given, in the order given. */
  people!: PartyAssessment[];

  /** Conflicts of interest between the parties, most severe first. */
  conflicts!: Conflict[];

  /**
   * The highest level found; UNKNOWN when a party given could not be resolved, unless what was found is already at
   * resolution.unknownUnlessAtLeast (HIGH) or above.
   */
  riskLevel!: RiskLevel;

  /** What set the level; every party that could not be assessed is named here too. */
  reasons!: string[];

  /** Parties given but not resolved, so not assessed. */
  unassessedParties!: UnassessedParty[];

  /**
   * Each research area given, with the control list categories it touches (a conflict only with a defence-linked
   * partner).
   */
  researchAreas!: ResearchAreaAssessment[];

  /** The research sensitivity vocabulary used (src/research-areas). */
  researchVocabularyVersion!: string;

  /**
   * The list versions the parties were checked against, by list id. When any is a sample copy or overdue, `reasons`
   * says so: NONE means nothing was found in these versions, not in the publishers' current lists.
   */
  listVersions!: AssessedListVersion[];
}

@ObjectType({ description: 'A confirmed identity between a graph entity and a list entity.' })
export class IdentityLink {
  /** The graph entity (curated or registry). */
  entity!: EntitySummary;

  /** The list entity it is the same as. */
  listEntity!: EntitySummary;

  /** How sure the link is, 0 to 1 (1 for an analyst decision). */
  score!: number;

  /** confirmed (an analyst said so) or automatic (equal strong identifiers). */
  decision!: string;

  /** The user id of the analyst, or auto-link:identifiers. */
  decidedBy!: string;

  /** When the link was decided (ISO 8601 date-time, UTC). */
  decidedAt!: string;

  /** Why the two are the same, as the analyst wrote it (or the identifier they share). */
  note!: string;

  /** analyst (an analyst decision) or inferred (found by identifiers). */
  method!: string;

  /** The sources of the link (an analyst decision is its own source). */
  sourceIds!: string[];
}

@ObjectType({ description: 'The path from an entity to the nearest body with a risk category or an active listing.' })
export class RiskPath {
  /** The nearest body with a risk category or an active listing. */
  target!: EntitySummary;

  /** The number of relationships from the entity to the target. */
  @Field(() => Int)
  hops!: number;

  /** The entities and relationships from the entity to the target. */
  path!: Path;
}
