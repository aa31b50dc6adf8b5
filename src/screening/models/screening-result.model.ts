import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { PartyResolution, RiskFinding, RiskLevel } from '../../risk/models/risk.model';

@ObjectType({ description: 'A listing of the matched entity: the list and programme.' })
export class ScreeningListing {
  @Field({ description: 'The list id, e.g. us-ofac-sdn (see Query.watchlists).' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The sanctions programme or regime the entry is listed under, as the list names it; null when it names none.',
  })
  programme!: string | null;
}

@ObjectType({ description: 'One reason behind a score.' })
export class ScreeningFeature {
  @Field({
    description:
      'token_alignment, acronym, transliteration, class_words, deciding_words, legal_form, alias, schema, country, identifier, birth_date',
  })
  name!: string;

  @Field(() => Float, { description: 'A similarity in [0, 1], or -1/0/1 for conflict/unknown/agreement.' })
  value!: number;

  @Field({ description: 'One plain-English line an analyst can check.' })
  reason!: string;
}

@ObjectType({
  description:
    'An entry of another list folded into a match as the same party: a shared name, an agreeing date of birth, country or identifier, and no conflicting date of birth or country.',
})
export class ScreeningSameParty {
  @Field(() => ID, { description: 'The entry id, `<listId>:<entryId>`.' })
  entityId!: string;

  @Field({ description: "The entry's primary name." })
  name!: string;

  @Field({ description: 'The name or alias of the entry that matched best.' })
  matchedName!: string;

  @Field(() => Float, { description: "The entry's own match score, 0 to 1." })
  score!: number;

  @Field(() => [ScreeningListing], { description: 'The lists (and programmes) the entry is on.' })
  lists!: ScreeningListing[];

  @Field({ description: 'Why it is the same party, e.g. "same name, date of birth, country agree".' })
  reason!: string;
}

@ObjectType({ description: 'A list entry or graph entity the screened party may be.' })
export class ScreeningMatch {
  @Field(() => ID, {
    description:
      'The entity id: `<list>:<entry id>` for a list entry, the curated id (e.g. cn-gov:…) for a graph entity.',
  })
  entityId!: string;

  @Field({ description: "The entity's primary name." })
  name!: string;

  @Field({ description: 'The name or alias of the entity that matched best.' })
  matchedName!: string;

  @Field({ description: 'The query name or alias that matched best.' })
  queryName!: string;

  @Field(() => Float, {
    description: 'How well the party matches, from 0 to 1 (the features explain it); match is score ≥ threshold.',
  })
  score!: number;

  @Field({ description: 'True when the score is at or above the threshold.' })
  match!: boolean;

  @Field({ description: 'Graph label: Organisation, Military, SecurityService, State or Person.' })
  type!: string;

  @Field({ description: 'FollowTheMoney schema used for matching.' })
  schema!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What kind of organisation the entity is (university, company, military unit…), when known.',
  })
  kind!: string | null;

  @Field(() => [String], {
    description: 'Risk categories the curated graph gives the entity itself (e.g. military end user); empty for most.',
  })
  riskCategories!: string[];

  @Field({ description: 'True for a curated graph entity on no list; false for an actively listed entry.' })
  curated!: boolean;

  @Field(() => [ScreeningListing], {
    description:
      'The lists (and programmes) the entity is actively listed on, with those of the entries in alsoListedAs; empty for a curated entity.',
  })
  lists!: ScreeningListing[];

  @Field(() => [ScreeningFeature], { description: 'The reasons behind the score, strongest first.' })
  features!: ScreeningFeature[];

  @Field(() => [ScreeningSameParty], {
    description: 'Entries of other lists that are the same party, folded into this match (one result a party).',
  })
  alsoListedAs!: ScreeningSameParty[];
}

@ObjectType({ description: 'A list version the index was built from.' })
export class ScreeningListVersion {
  @Field({ description: 'The list id, e.g. us-ofac-sdn.' })
  listId!: string;

  @Field({ description: 'The version id, `<list>@<sequence>`.' })
  versionId!: string;

  @Field(() => String, { nullable: true, description: "The list's name as its publisher gives it." })
  listName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the list was issued (issuedAtSource says how it is known).',
  })
  issuedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'FILE, OPERATOR or FILE_DATE.' })
  issuedAtSource!: string | null;

  @Field(() => String, { nullable: true, description: "Where the version's file came from (the publisher's URL)." })
  sourceUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'The terms the publisher issues the list under.' })
  licence!: string | null;

  @Field({ description: 'True for a sample copy shipped with partner-graph.' })
  sample!: boolean;

  @Field({
    description:
      "True when the list is overdue: no successful sync or import within its catalogue entry's overdueAfter (see Watchlist.sync).",
  })
  stale!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'When the list was last known current: its last successful sync, else its import (ISO 8601).',
  })
  freshAsOf!: string | null;
}

@ObjectType({
  description:
    'The answer to one screening: the matches with their reasons, the overall risk level and its reasons, the path risks, and the list versions and index it was made from.',
})
export class ScreeningResult {
  @Field(() => [ScreeningMatch], { description: 'Best first.' })
  matches!: ScreeningMatch[];

  @Field(() => [ScreeningListVersion], { description: 'The list versions the index was built from.' })
  listVersions!: ScreeningListVersion[];

  @Field({ description: 'When the index was built (ISO 8601).' })
  indexBuiltAt!: string;

  @Field(() => Float, { description: 'Seconds from the index build to this screening.' })
  indexAgeSeconds!: number;

  @Field(() => Int, {
    description:
      'The graph generation the index reflects: it goes up by one with each list version activation, in any process.',
  })
  indexGeneration!: number;

  @Field({
    description:
      'True when this process has already seen a newer graph generation than the index reflects (a list was activated since the build): a rebuild is under way and this result does not include that change yet.',
  })
  indexBehindGraph!: boolean;

  @Field({ description: 'ISO 8601.' })
  screenedAt!: string;

  @Field(() => PartyResolution, {
    nullable: true,
    description:
      'Which entity the screened party is, by the resolution rule: RESOLVED (entityId), AMBIGUOUS or NOT_FOUND, with the candidates. `entity` is not filled here: the matches hold the details.',
  })
  resolution!: PartyResolution | null;

  @Field(() => [ID], {
    description:
      'The entities matched at or above the threshold, whose listings and risk categories count and which are walked (a possible match is screened, not only the resolved entity).',
  })
  resolvedEntityIds!: string[];

  @Field(() => [RiskFinding], {
    description: 'Affiliation paths from the resolved entities to risk targets, strongest first.',
  })
  pathRisks!: RiskFinding[];

  @Field(() => RiskLevel, {
    description:
      'The overall level from the matches (always: an active listing or risk category of a match counts, whatever pathRisks says) and the path risks. NONE: assessed against the lists and the graph, nothing found. Never UNKNOWN.',
  })
  riskLevel!: RiskLevel;

  @Field(() => [String], { description: 'The findings that set the level.' })
  riskReasons!: string[];

  @Field({ description: 'The risk rules version the path risks were scored with.' })
  rulesVersion!: string;

  @Field({ description: 'True when a cap cut a path walk short (see each walk in partnerRisk).' })
  pathRisksTruncated!: boolean;
}
