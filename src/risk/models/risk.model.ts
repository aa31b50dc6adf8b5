import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EntitySummary } from '../../graph/models/entity-summary.model';
import { Source } from '../../graph/models/source.model';
import { Path } from '../../graph/models/subgraph.model';

export enum RiskLevel {
  NONE = 'NONE',
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(RiskLevel, {
  name: 'RiskLevel',
  description:
    'NONE: assessed, nothing found. LOW to CRITICAL: what was found. UNKNOWN: a required party could not be resolved or assessed (see the reasons).',
});

export enum ResolutionStatus {
  RESOLVED = 'RESOLVED',
  AMBIGUOUS = 'AMBIGUOUS',
  NOT_FOUND = 'NOT_FOUND',
}
registerEnumType(ResolutionStatus, {
  name: 'ResolutionStatus',
  description:
    'RESOLVED: the best candidate clears the threshold with strong name evidence and leads every other body by the margin (or shares an identifier). AMBIGUOUS: two bodies are too close to tell apart. NOT_FOUND: no candidate is good enough.',
});

export enum WalkDirection {
  ALONG = 'ALONG',
  AGAINST = 'AGAINST',
}
registerEnumType(WalkDirection, {
  name: 'WalkDirection',
  description: 'ALONG: from the subject to what it depends on; AGAINST: backwards (a laboratory to its host, SAME_AS).',
});

@ObjectType({ description: 'What the ownership rules made of a stake.' })
export class OwnershipReading {
  @Field({ description: 'control, significant-influence or exposure.' })
  band!: string;

  @Field(() => Float, { nullable: true, description: 'The share that decided the band, 0 to 1.' })
  share!: number | null;

  @Field({ description: 'exact, upper or lower (the end of a share range used), or unknown.' })
  basis!: string;

  @Field(() => Float, { nullable: true })
  shareMin!: number | null;

  @Field(() => Float, { nullable: true })
  shareMax!: number | null;

  @Field()
  wording!: string;
}

@ObjectType({ description: 'One relationship of a risk path as the rules read it.' })
export class RiskStep {
  @Field()
  type!: string;

  @Field(() => WalkDirection)
  direction!: WalkDirection;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => Float, { description: 'How much of the risk this step passes on (rule weight × confidence).' })
  weight!: number;

  @Field({ description: 'How the step reads, e.g. "supervised by …".' })
  phrase!: string;

  @Field(() => OwnershipReading, { nullable: true })
  ownership!: OwnershipReading | null;

  @Field(() => [Source])
  sources!: Source[];

  @Field(() => [RiskStep], {
    description: 'Other relationships joining the same two entities here (e.g. funded by and also owned by).',
  })
  alternatives!: RiskStep[];
}

@ObjectType({ description: 'Why a target is a risk: a risk category or an active listing.' })
export class RiskReason {
  @Field({ description: 'CATEGORY or LISTING.' })
  kind!: string;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => String, { nullable: true })
  listId!: string | null;

  @Field(() => String, { nullable: true })
  listName!: string | null;

  @Field(() => [String])
  programmes!: string[];

  @Field(() => Float)
  weight!: number;

  @Field()
  description!: string;

  @Field(() => [Source])
  sources!: Source[];
}

@ObjectType({ description: 'A path from an entity to a risk target, scored and explained.' })
export class RiskFinding {
  @Field(() => EntitySummary, { description: 'The entity the walk started from.' })
  start!: EntitySummary;

  @Field(() => EntitySummary)
  target!: EntitySummary;

  @Field(() => [RiskReason])
  reasons!: RiskReason[];

  @Field(() => Int)
  hops!: number;

  @Field(() => Float)
  score!: number;

  @Field(() => RiskLevel)
  level!: RiskLevel;

  @Field({ description: 'One plain-English sentence.' })
  sentence!: string;

  @Field(() => Path)
  path!: Path;

  @Field(() => [RiskStep])
  steps!: RiskStep[];
}

@ObjectType({ description: 'The rules a result was computed with.' })
export class RulesUsed {
  @Field()
  id!: string;

  @Field()
  version!: string;
}

/** What every risk result says of how it was computed: the date it holds for and the rules it applied. */
@ObjectType({ isAbstract: true })
export abstract class RulesBasedResult {
  @Field()
  asOf!: string;

  @Field(() => RulesUsed)
  rules!: RulesUsed;

  @Field()
  rulesVersion!: string;
}

@ObjectType({ description: 'Every risk path of one entity within the hop limit, scored by the rules.' })
export class PathRiskAssessment extends RulesBasedResult {
  @Field(() => EntitySummary)
  entity!: EntitySummary;

  @Field(() => RiskLevel)
  riskLevel!: RiskLevel;

  @Field(() => [String], { description: 'The findings that set the level.' })
  reasons!: string[];

  @Field(() => [RiskFinding], { description: 'Strongest first.' })
  findings!: RiskFinding[];

  @Field(() => Int)
  findingsTotal!: number;

  @Field(() => Int)
  maxHops!: number;

  @Field()
  includeFormer!: boolean;

  @Field({ description: 'True when a cap cut the walk (a hub, a wide frontier, or too many findings).' })
  truncated!: boolean;

  @Field(() => [String])
  truncationReasons!: string[];
}

@ObjectType({ description: 'One reason behind a candidate score, as the name matcher gives it.' })
export class ResolutionFeature {
  @Field({ description: 'token_alignment, acronym, class_words, country, identifier, birth_date…' })
  name!: string;

  @Field(() => Float, { description: 'A similarity in [0, 1], or -1/0/1 for conflict/unknown/agreement.' })
  value!: number;

  @Field()
  reason!: string;
}

@ObjectType({ description: 'A body a name may stand for, scored by the name matcher.' })
export class ResolutionCandidate {
  @Field(() => ID)
  entityId!: string;

  @Field()
  name!: string;

  @Field({ description: 'Organisation, Military, SecurityService, State or Person.' })
  type!: string;

  @Field(() => String, { nullable: true })
  kind!: string | null;

  @Field(() => Float, { description: "The matcher's score (country, identifiers and dates included as features)." })
  score!: number;

  @Field({ description: 'The name or alias of the candidate that matched best.' })
  matchedName!: string;

  @Field({ description: 'The query name that matched best.' })
  queryName!: string;

  @Field(() => [String], { description: 'The lists the candidate is actively on (empty for a curated entity).' })
  lists!: string[];

  @Field({ description: 'False when only class words are shared or the names alone compare below minNameScore.' })
  strongNameEvidence!: boolean;

  @Field({ description: 'True when linked to the best candidate by SAME_AS (the same body; not a runner-up).' })
  sameBodyAsBest!: boolean;

  @Field(() => [ResolutionFeature])
  features!: ResolutionFeature[];
}

@ObjectType({ description: 'How a party given by id or name was resolved to a graph entity.' })
export class PartyResolution {
  @Field(() => ResolutionStatus)
  status!: ResolutionStatus;

  @Field({ description: 'id (given by id), identifier (an identifier on both records) or name.' })
  method!: string;

  @Field({ description: 'The id or name as given.' })
  query!: string;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field(() => ID, { nullable: true, description: 'The entity resolved to; null unless RESOLVED.' })
  entityId!: string | null;

  @Field(() => EntitySummary, {
    nullable: true,
    description: 'The entity resolved to (null unless RESOLVED; screen() gives entityId and the matches only).',
  })
  entity!: EntitySummary | null;

  @Field(() => Float, { nullable: true, description: 'The best candidate score for a name; 1 for an id.' })
  score!: number | null;

  @Field(() => String, { nullable: true })
  matchedName!: string | null;

  @Field(() => Float, { description: 'The score the best candidate must reach (resolution.minScore of the rules).' })
  threshold!: number;

  @Field(() => Float, {
    description: 'How far the best must lead the best candidate of any other body (resolution.margin of the rules).',
  })
  margin!: number;

  @Field(() => ResolutionCandidate, {
    nullable: true,
    description: 'The best candidate of another body (candidates linked by SAME_AS to the best are not runners-up).',
  })
  runnerUp!: ResolutionCandidate | null;

  @Field(() => [ResolutionCandidate], { description: 'The best candidates (at most 5), best first, resolved or not.' })
  candidates!: ResolutionCandidate[];

  @Field()
  explanation!: string;
}

@ObjectType({ description: 'A party that was given but could not be assessed.' })
export class UnassessedParty {
  @Field({ description: 'PARTNER, FUNDER or PERSON.' })
  role!: string;

  @Field({ description: 'The id or name as given.' })
  query!: string;

  @Field(() => ResolutionStatus)
  status!: ResolutionStatus;

  @Field({ description: 'One sentence, also among the overall reasons.' })
  reason!: string;
}

@ObjectType({ description: 'A quick risk summary for a partner.' })
export class PartnerRisk extends RulesBasedResult {
  @Field(() => EntitySummary, { nullable: true, description: 'Null when a partner given by name was not resolved.' })
  entity!: EntitySummary | null;

  @Field(() => PartyResolution, {
    nullable: true,
    description: 'How a partner given by name was resolved (null when given by entityId).',
  })
  resolution?: PartyResolution | null;

  @Field(() => RiskLevel, { description: 'UNKNOWN when a partner given by name was not resolved (see reasons).' })
  riskLevel!: RiskLevel;

  @Field(() => [String])
  reasons!: string[];

  @Field(() => [RiskFinding], { description: 'The five strongest findings.' })
  topFindings!: RiskFinding[];

  @Field(() => Int)
  findingsTotal!: number;

  @Field()
  truncated!: boolean;

  @Field(() => [String])
  truncationReasons!: string[];
}

@ObjectType()
export class PartyAssessment {
  @Field({ description: 'PARTNER, FUNDER or PERSON.' })
  role!: string;

  @Field(() => PartyResolution)
  resolution!: PartyResolution;

  @Field(() => PathRiskAssessment, { nullable: true, description: 'Null when the party was not resolved.' })
  risk!: PathRiskAssessment | null;
}

export enum ConflictKind {
  SHARED_CONTROLLER = 'SHARED_CONTROLLER',
  FUNDER_DEFENCE_LINK = 'FUNDER_DEFENCE_LINK',
  LISTED_PARTY = 'LISTED_PARTY',
  PERSON_DUAL_ROLE = 'PERSON_DUAL_ROLE',
  RESEARCH_AREA_MATCH = 'RESEARCH_AREA_MATCH',
}
registerEnumType(ConflictKind, { name: 'ConflictKind' });

@ObjectType({ description: 'A conflict of interest in a proposed partnership, with the paths that show it.' })
export class Conflict {
  @Field(() => ConflictKind)
  kind!: ConflictKind;

  @Field(() => RiskLevel)
  severity!: RiskLevel;

  @Field()
  sentence!: string;

  @Field(() => [ID], { description: 'The parties involved (entity ids).' })
  parties!: string[];

  @Field(() => [EntitySummary], { description: 'The body the conflict turns on (shared controller, target…).' })
  entities!: EntitySummary[];

  @Field(() => [Path])
  paths!: Path[];

  @Field(() => [Source], { description: 'Every source along the paths.' })
  sources!: Source[];

  @Field(() => String, { nullable: true })
  researchArea!: string | null;

  @Field(() => [String])
  matchedTopics!: string[];
}

export enum SensitivityLevel {
  CONTROLLED = 'CONTROLLED',
  RELATED = 'RELATED',
  NONE = 'NONE',
}
registerEnumType(SensitivityLevel, {
  name: 'SensitivityLevel',
  description:
    'CONTROLLED: names a technology the export control lists control; RELATED: a field that commonly feeds controlled items; NONE: no stated sensitivity.',
});

@ObjectType({ description: 'A control list category a research area touches, with the terms that matched.' })
export class ResearchAreaCategory {
  @Field({ description: 'The category: 0 to 9 (dual-use list) or ML (Military List).' })
  id!: string;

  @Field()
  name!: string;

  @Field(() => SensitivityLevel)
  level!: SensitivityLevel;

  @Field(() => [String], { description: 'The vocabulary terms found in the research area.' })
  terms!: string[];
}

@ObjectType({ description: 'How a research area maps to the export control categories (dual use and military).' })
export class ResearchAreaAssessment {
  @Field()
  area!: string;

  @Field(() => SensitivityLevel)
  level!: SensitivityLevel;

  @Field(() => [ResearchAreaCategory])
  categories!: ResearchAreaCategory[];
}

@ObjectType({ description: 'Is this partnership risky, and why.' })
export class PartnershipAssessment extends RulesBasedResult {
  @Field(() => PartyAssessment)
  partner!: PartyAssessment;

  @Field(() => [PartyAssessment])
  funders!: PartyAssessment[];

  @Field(() => [PartyAssessment])
  people!: PartyAssessment[];

  @Field(() => [Conflict])
  conflicts!: Conflict[];

  @Field(() => RiskLevel, {
    description:
      'The highest level found; UNKNOWN when a party given could not be resolved, unless what was found is already at resolution.unknownUnlessAtLeast (HIGH) or above.',
  })
  riskLevel!: RiskLevel;

  @Field(() => [String], {
    description: 'What set the level; every party that could not be assessed is named here too.',
  })
  reasons!: string[];

  @Field(() => [UnassessedParty], { description: 'Parties given but not resolved, so not assessed.' })
  unassessedParties!: UnassessedParty[];

  @Field(() => [ResearchAreaAssessment], {
    description:
      'Each research area given, with the control list categories it touches (a conflict only with a defence-linked partner).',
  })
  researchAreas!: ResearchAreaAssessment[];

  @Field({ description: 'The research sensitivity vocabulary used (src/research-areas).' })
  researchVocabularyVersion!: string;
}

@ObjectType({ description: 'A confirmed identity between a graph entity and a list entity.' })
export class IdentityLink {
  @Field(() => EntitySummary)
  entity!: EntitySummary;

  @Field(() => EntitySummary)
  listEntity!: EntitySummary;

  @Field(() => Float)
  score!: number;

  @Field()
  decision!: string;

  @Field()
  decidedBy!: string;

  @Field()
  decidedAt!: string;

  @Field()
  note!: string;

  @Field()
  method!: string;

  @Field(() => [String])
  sourceIds!: string[];
}

@ObjectType({ description: 'The path from an entity to the nearest body with a risk category or an active listing.' })
export class RiskPath {
  @Field(() => EntitySummary)
  target!: EntitySummary;

  @Field(() => Int)
  hops!: number;

  @Field(() => Path)
  path!: Path;
}
