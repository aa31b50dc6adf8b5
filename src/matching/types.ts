/** A name to screen, with the facts that sharpen or weaken a match. */
export interface MatchQuery {
  /** Primary name (required). */
  name: string;
  /** Other names of the same party; the best-matching one is used. */
  aliases?: string[];
  /** FollowTheMoney-style schema: Person, Organization, Company, LegalEntity, Vessel… (default LegalEntity). */
  schema?: string;
  /** ISO 3166 alpha-2 codes (any case). */
  countries?: string[];
  /** ISO dates, full or partial (`1952`, `1952-10`, `1952-10-07`). */
  birthDates?: string[];
  /** Registration numbers, LEI, IMO, passport… compared after removing spaces and punctuation. */
  identifiers?: string[];
}

/** One entity as the candidate index stores it. */
export interface IndexEntry {
  entityId: string;
  schema: string;
  /** Name first, then aliases. */
  names: string[];
  countries?: string[];
  birthDates?: string[];
  identifiers?: string[];
  /** Watchlists the entity is on (empty for graph entities that are on no list). */
  listIds?: string[];
  /**
   * Names the list calls weak (low-quality a.k.a.s, nicknames): kept apart from `names`, never blocked on
   * or scored fuzzily; a query that is one of them word for word is matched with `SearchOptions.weakAliases`.
   */
  weakNames?: string[];
  /**
   * Since rules 1.141.0: the towns the body is in (a registry's locations, the graph's `city`), as written; a
   * place written after one of its names that is one of them is its address, not another body's (`own_town`).
   */
  towns?: string[];
  /**
   * Since rules 1.210.0: a fictional demo body (the seed's `demo` entities), found only by one of its own names written
   * whole (see demo-bodies.ts).
   */
  demo?: boolean;
}

/** One nameable reason behind a score. */
export interface MatchFeature {
  name: FeatureName;
  /** The feature's value: a similarity in [0, 1], or -1/0/1 for conflict/unknown/agreement. */
  value: number;
  /** One plain-English line an analyst can check. */
  reason: string;
}

export type FeatureName =
  | 'token_alignment'
  | 'acronym'
  | 'transliteration'
  | 'class_words'
  | 'deciding_words'
  | 'rendering'
  | 'legal_form'
  | 'alias'
  | 'schema'
  | 'country'
  | 'identifier'
  | 'birth_date'
  | 'weak_alias'
  | 'derived_initials'
  | 'part_of_named_body'
  | 'written_with_parent'
  | 'own_town';

export interface MatchResult {
  entityId: string;
  score: number;
  match: boolean;
  /** The candidate's name (or alias) that matched best. */
  matchedName: string;
  /** The query name (or alias) that matched best. */
  queryName: string;
  features: MatchFeature[];
  /** Lists the party is on: this entry's and those of `alsoListedAs`. */
  listIds: string[];
  /**
   * Entries of other lists that are the same party (a shared name, an agreeing date of birth, country
   * or identifier, and no conflicting one), folded into this result; absent when there are none.
   */
  alsoListedAs?: SamePartyEntry[];
  /**
   * Since rules 1.145.0: the towns the index holds the entry in (`IndexEntry.towns`: a registry's locations, a list
   * entry's address towns), for an organisation query; absent when it has none.
   */
  towns?: string[];
}

/** An entry of another list folded into a result as the same party. */
export interface SamePartyEntry {
  entityId: string;
  listIds: string[];
  matchedName: string;
  queryName: string;
  score: number;
  features: MatchFeature[];
  /** Why it is the same party, e.g. "same name, date of birth, country agree". */
  reason: string;
  /** Since rules 1.145.0: the towns the index holds the entry in, when it has any. */
  towns?: string[];
}

export interface SearchOptions {
  /** How many results to return (default 5). */
  limit?: number;
  /** Lowest score returned (default 0.5); `match` is still set by MATCH_THRESHOLD. */
  threshold?: number;
  /** Only entities on one of these lists. */
  lists?: string[];
  /** Overrides the query's schema. */
  schema?: string;
  /** How a query that is an entry's weak name word for word is matched; absent: weak names are not read. */
  weakAliases?: WeakAliasPolicy;
  /**
   * Since rules 1.117.0: a bare-acronym query matched to an entry only through initials derived from its names is
   * dropped when the entry writes another acronym of its own, and marked `derived_initials` when another indexed
   * body writes the acronym as its own name (screening's party rule; see `CandidateIndex.readDerivedInitials`).
   */
  derivedInitials?: boolean;
  /**
   * How a query that names the entry's body whole with a unit or programme of it is matched (since rules 1.119.0:
   * "School of Tides, Quarrow University" against "Quarrow University"); absent: not read.
   */
  partOfNamedBody?: PartOfNamedBodyPolicy;
}

/** The risk rules' `screening.partOfNamedBody` (see risk-rules.v1.json): the score of such a match. */
export interface PartOfNamedBodyPolicy {
  /** Below a whole name's match and below resolution's: a part of the body, for review. */
  score: number;
  /**
   * Since rules 1.196.0: the score of a listed body's whole name written with its parent ("Tide Survey Department of
   * the Quarrow Defence Commission" against the listed "Tide Survey Department"; `writtenWithParentMatch`): at the
   * match threshold, a possible match for review. Absent: not read.
   */
  withParentScore?: number;
}

/** The risk rules' `weakAliases` (see risk-rules.v1.json): when a weak name counts, and how much. */
export interface WeakAliasPolicy {
  /** Fewest letters and digits the name must have ("GAN", "LRA" have fewer: never matched). */
  minLetters: number;
  /** The score of such a match (at the match threshold: a possible match, for review). */
  score: number;
  /** The score when a country or identifier (for a person also a date of birth) of the query agrees with the entry's. */
  corroboratedScore: number;
  /**
   * Fewest words of a person's weak name that counts alone (since rules 1.115.0): a shorter one ("Omari", a
   * nickname, which is also many persons' given name) counts only when a country, identifier or date of birth
   * agrees. Absent: every length counts alone.
   */
  personMinWordsAlone?: number;
}
