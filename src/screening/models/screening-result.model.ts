import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PartyResolution, RiskFinding } from '../../risk/models/risk.model';
import { RiskLevel } from '../../risk/risk.enums';

@ObjectType({ description: 'A listing of the matched entity: the list and programme.' })
export class ScreeningListing {
  /** The list id, e.g. us-ofac-sdn (see Query.watchlists). */
  id!: string;

  /** The sanctions programme or regime the entry is listed under, as the list names it; null when it names none. */
  programme!: string | null;
}

@ObjectType({ description: 'One reason behind a score.' })
export class ScreeningFeature {
  /**
   * token_alignment, acronym, transliteration, class_words, deciding_words, rendering, legal_form, alias, schema,
   * country, identifier, birth_date, weak_alias (since rules 1.109.0: the query is a name the list calls weak),
   * derived_initials (since rules 1.117.0: a bare acronym matched only through the initials of this name while
   * another body writes it as its own),
   * part_of_named_body (since rules 1.119.0: the query names the body whole with a unit or programme of it),
   * own_town (since rules 1.141.0: a place after the name is a town the index holds the body in, its address),
   * written_with_parent (since rules 1.196.0: the query is a listed body's whole name written with its parent, a
   * possible match for review)
   */
  name!: string;

  /** A similarity in [0, 1], or -1/0/1 for conflict/unknown/agreement. */
  value!: number;

  /** One plain-English line an analyst can check. */
  reason!: string;
}

@ObjectType({
  description:
    'An entry of another list folded into a match as the same party: a shared name, an agreeing date of birth, country or identifier, and no conflicting date of birth or country.',
})
export class ScreeningSameParty {
  /** The entry id, `<listId>:<entryId>`. */
  @Field(() => ID)
  entityId!: string;

  /** The entry's primary name. */
  name!: string;

  /** The name or alias of the entry that matched best. */
  matchedName!: string;

  /** The entry's own match score, 0 to 1. */
  score!: number;

  /** The lists (and programmes) the entry is on. */
  lists!: ScreeningListing[];

  /** Why it is the same party, e.g. "same name, date of birth, country agree". */
  reason!: string;
}

@ObjectType({ description: 'A list entry or graph entity the screened party may be.' })
export class ScreeningMatch {
  /** The entity id: `<list>:<entry id>` for a list entry, the curated id (e.g. cn-gov:…) for a graph entity. */
  @Field(() => ID)
  entityId!: string;

  /** The entity's primary name. */
  name!: string;

  /** The name or alias of the entity that matched best. */
  matchedName!: string;

  /** The query name or alias that matched best. */
  queryName!: string;

  /** How well the party matches, from 0 to 1 (the features explain it); match is score ≥ threshold. */
  score!: number;

  /** True when the score is at or above the threshold. */
  match!: boolean;

  /** Graph label: Organisation, Military, SecurityService, State or Person. */
  type!: string;

  /** FollowTheMoney schema used for matching. */
  schema!: string;

  /** What kind of organisation the entity is (university, company, military unit…), when known. */
  kind!: string | null;

  /** Risk categories the curated graph gives the entity itself (e.g. military end user); empty for most. */
  riskCategories!: string[];

  /** True for a curated graph entity on no list; false for an actively listed entry. */
  curated!: boolean;

  /** True for a fictional demo body of the seed, found only by one of its own names written whole. */
  demo!: boolean;

  /**
   * The lists (and programmes) the entity is actively listed on, with those of the entries in alsoListedAs; empty for a
   * curated entity.
   */
  lists!: ScreeningListing[];

  /** The reasons behind the score, strongest first. */
  features!: ScreeningFeature[];

  /** Entries of other lists that are the same party, folded into this match (one result a party). */
  alsoListedAs!: ScreeningSameParty[];
}

@ObjectType({ description: 'A list version the index was built from.' })
export class ScreeningListVersion {
  /** The list id, e.g. us-ofac-sdn. */
  listId!: string;

  /** The version id, `<list>@<sequence>`. */
  versionId!: string;

  /** The list's name as its publisher gives it. */
  listName!: string | null;

  /** When the list was issued (issuedAtSource says how it is known). */
  issuedAt!: string | null;

  /** FILE, OPERATOR or FILE_DATE. */
  issuedAtSource!: string | null;

  /** Where the version's file came from (the publisher's URL). */
  sourceUrl!: string | null;

  /** The terms the publisher issues the list under. */
  licence!: string | null;

  /** True for a sample copy shipped with partner-graph. */
  sample!: boolean;

  /**
   * True when the list is overdue: no successful sync or import within its catalogue entry's overdueAfter (see
   * Watchlist.sync).
   */
  stale!: boolean;

  /** When the list was last known current: its last successful sync, else its import (ISO 8601). */
  freshAsOf!: string | null;
}

@ObjectType({
  description:
    "A path risk of the screen: the walk's finding, its sentence naming the match it starts from, and whether the screen counted it in its level.",
})
export class ScreeningPathRisk extends RiskFinding {
  /**
   * True when the screen counts the path in riskLevel; false for a path it shows and does not count: one of a
   * namesake of another country (a body of the graph on no list whose countries all conflict with the query's, since
   * rules 1.201.0), whose sentence ends "…; not counted".
   */
  counted!: boolean;
}

@ObjectType({
  description:
    'The answer to one screening: the matches with their reasons, the overall risk level and its reasons, the path risks, and the list versions and index it was made from.',
})
export class ScreeningResult {
  /** Best first. */
  matches!: ScreeningMatch[];

  /** The list versions the index was built from. */
  listVersions!: ScreeningListVersion[];

  /** When the index was built (ISO 8601). */
  indexBuiltAt!: string;

  /** Seconds from the index build to this screening. */
  indexAgeSeconds!: number;

  /** The graph generation the index reflects: it goes up by one with each list version activation, in any process. */
  @Field(() => Int)
  indexGeneration!: number;

  /**
   * True when this process has already seen a newer graph generation than the index reflects (a list was activated
   * since the build): a rebuild is under way and this result does not include that change yet.
   */
  indexBehindGraph!: boolean;

  /** ISO 8601. */
  screenedAt!: string;

  /**
   * Which entity the screened party is, by the resolution rule: RESOLVED (entityId), AMBIGUOUS or NOT_FOUND, with the
   * candidates. `entity` is not filled here: the matches hold the details.
   */
  resolution!: PartyResolution | null;

  /**
   * The entities matched at or above the threshold, whose listings and risk categories count and which are walked (a
   * possible match is screened, not only the resolved entity).
   */
  @Field(() => [ID])
  resolvedEntityIds!: string[];

  /**
   * Affiliation paths from the matched entities to risk targets, strongest first; each sentence names the match it
   * starts from, and a namesake of another country's says it is not counted (counted false).
   */
  pathRisks!: ScreeningPathRisk[];

  /**
   * The overall level from the matches (always: an active listing or risk category of a match counts, whatever
   * pathRisks says) and the path risks, but those of a namesake of another country (a body of the graph on no list whose
   * countries all conflict with the query's). NONE: assessed against the lists and the graph, nothing found. Never
   * UNKNOWN.
   */
  riskLevel!: RiskLevel;

  /** The findings that set the level. */
  riskReasons!: string[];

  /** The risk rules version the path risks were scored with. */
  rulesVersion!: string;

  /** True when a cap cut a path walk short (see each walk in partnerRisk). */
  pathRisksTruncated!: boolean;
}
