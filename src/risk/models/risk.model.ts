import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EntitySummary } from '../../graph/models/entity-summary.model';
import { Source } from '../../graph/models/source.model';
import { EntitySearchHit, Path } from '../../graph/models/subgraph.model';

export enum RiskLevel {
  NONE = 'NONE',
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}
registerEnumType(RiskLevel, { name: 'RiskLevel' });

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

@ObjectType({ description: 'Every risk path of one entity within the hop limit, scored by the rules.' })
export class PathRiskAssessment {
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

  @Field()
  asOf!: string;

  @Field(() => Int)
  maxHops!: number;

  @Field()
  includeFormer!: boolean;

  @Field({ description: 'True when a cap cut the walk (a hub, a wide frontier, or too many findings).' })
  truncated!: boolean;

  @Field(() => [String])
  truncationReasons!: string[];

  @Field(() => RulesUsed)
  rules!: RulesUsed;

  @Field()
  rulesVersion!: string;
}

@ObjectType({ description: 'A quick risk summary for a partner.' })
export class PartnerRisk {
  @Field(() => EntitySummary)
  entity!: EntitySummary;

  @Field(() => RiskLevel)
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

  @Field()
  asOf!: string;

  @Field(() => RulesUsed)
  rules!: RulesUsed;

  @Field()
  rulesVersion!: string;
}

@ObjectType({ description: 'How a party given by id or name was resolved to a graph entity.' })
export class PartyResolution {
  @Field({ description: 'RESOLVED or NOT_FOUND.' })
  status!: string;

  @Field({ description: 'id or name: how the party was given.' })
  method!: string;

  @Field({ description: 'The id or name as given.' })
  query!: string;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field(() => EntitySummary, { nullable: true })
  entity!: EntitySummary | null;

  @Field(() => Float, { nullable: true, description: 'The match score for a name; 1 for an id.' })
  score!: number | null;

  @Field(() => String, { nullable: true })
  matchedName!: string | null;

  @Field(() => [EntitySearchHit], { description: 'The best candidates for a name, resolved or not.' })
  candidates!: EntitySearchHit[];

  @Field()
  explanation!: string;
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

@ObjectType({ description: 'Is this partnership risky, and why.' })
export class PartnershipAssessment {
  @Field(() => PartyAssessment)
  partner!: PartyAssessment;

  @Field(() => [PartyAssessment])
  funders!: PartyAssessment[];

  @Field(() => [PartyAssessment])
  people!: PartyAssessment[];

  @Field(() => [Conflict])
  conflicts!: Conflict[];

  @Field(() => RiskLevel)
  riskLevel!: RiskLevel;

  @Field(() => [String], { description: 'What set the level.' })
  reasons!: string[];

  @Field()
  asOf!: string;

  @Field(() => RulesUsed)
  rules!: RulesUsed;

  @Field()
  rulesVersion!: string;
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
