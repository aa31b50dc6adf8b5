/**
 * Name matching for screening: normalisation, explained pair scoring and the candidate index.
 * Pure code: no database, no network; reference data is read once from src/matching/reference.
 *
 * - `normaliseName(name, schema)`: the name as the matcher sees it (tokens, kinds, scripts, acronym).
 * - `score(query, candidate)` / `NameMatcher`: one pair, score in [0, 1], `match` at MATCH_THRESHOLD,
 *   and the features that made the score, each with a one-line reason.
 * - `CandidateIndex`: `add` entries, `build`, then `search(query, { limit, threshold, schema, lists })`.
 * - `matchPairs(rows)`: scores `schema,name1,name2` rows (the `match-pairs` CLI).
 */
export { CandidateIndex, type SearchStats } from './candidate-index';
export { matchPairs, type NamePairRow, type ScoredPairRow } from './match-pairs';
export { MATCH_THRESHOLD, NameMatcher, schemasCompatible, score, type ScoredEntity } from './name-matcher';
export { classWordSwap } from './class-word-swap';
export { namesNoBody } from './untyped-entry';
export { identifierName, type IdentifierName } from './identifier-names';
export { normaliseName, type NormalisedName } from './normalise';
export { unfoldParties } from './same-party';
export { SearchWork } from './search-work';
export type {
  IndexEntry,
  MatchFeature,
  MatchQuery,
  MatchResult,
  SamePartyEntry,
  SearchOptions,
  WeakAliasPolicy,
  PartOfNamedBodyPolicy,
} from './types';
