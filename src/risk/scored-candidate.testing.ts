import { expect } from 'vitest';
import type { CandidateIndex } from '../matching/candidate-index';
import type { MatchResult } from '../matching';
import type { PartyResolution, ResolutionCandidate } from './models/risk.model';
import type { ResolutionStatus } from './risk.enums';
import { decideResolution, type ResolutionPolicy, type ScoredCandidate } from './resolution-rule';

/** The resolution policy the rules' spec tables decide with (the rules file's values). */
export const SPEC_POLICY: ResolutionPolicy = { threshold: 0.85, margin: 0.05, minNameScore: 0.8 };

/**
 * An organisation candidate as the resolver scores it: the query's name against the candidate's, its score and its
 * names-alone score (the token_alignment feature), and any other field given in `more` (its lists, its type).
 */
export function scoredCandidate(
  entityId: string,
  score: number,
  nameScore: number,
  names: [query: string, matched: string],
  more: Partial<ScoredCandidate> = {},
): ScoredCandidate {
  return {
    entityId,
    score,
    features: [{ name: 'token_alignment', value: nameScore, reason: '' }],
    queryName: names[0],
    matchedName: names[1],
    name: names[1],
    type: 'Organisation',
    ...more,
  };
}

/** A candidate a resolution shows, named alike on both sides with strong name evidence and no features. */
export function shownCandidate(
  entityId: string,
  name: string,
  type: string,
  score: number,
  lists: string[] = [],
): ResolutionCandidate {
  return {
    entityId,
    name,
    type,
    kind: null,
    score,
    matchedName: name,
    queryName: name,
    lists,
    strongNameEvidence: true,
    sameBodyAsBest: false,
    features: [],
  };
}

/**
 * A party's resolution by name as an answer shows it, at the rules' threshold and margin: the first candidate's score
 * and name, the entity given (none unless resolved).
 */
export function shownResolution(shown: {
  status: ResolutionStatus;
  query: string;
  candidates: ResolutionCandidate[];
  runnerUp: ResolutionCandidate | null;
  explanation: string;
  entityId: string | null;
}): PartyResolution {
  return {
    status: shown.status,
    method: 'name',
    query: shown.query,
    country: null,
    entityId: shown.entityId,
    entity: null,
    score: shown.candidates[0]?.score ?? null,
    matchedName: shown.candidates[0]?.matchedName ?? null,
    threshold: 0.85,
    margin: 0.05,
    runnerUp: shown.runnerUp,
    candidates: shown.candidates,
    explanation: shown.explanation,
  };
}

/** A body of the graph on no list unless `more` says otherwise (`scoredCandidate` with `lists: []`). */
export function graphBodyCandidate(
  entityId: string,
  score: number,
  nameScore: number,
  names: [query: string, matched: string],
  more: Partial<ScoredCandidate> = {},
): ScoredCandidate {
  return scoredCandidate(entityId, score, nameScore, names, { lists: [], ...more });
}

/**
 * Decides on `best` alone and checks the status, that `best` is the candidate shown, and the reason when given; with
 * `countries`, the query's countries as the resolver reads them (given, or written after or in brackets after the name).
 */
export function expectDecision(
  best: ScoredCandidate,
  expected: { status: string; why?: string; countries?: string[] },
): void {
  const decision = decideResolution([best], [], SPEC_POLICY, expected.countries ?? []);
  expect(decision.status).toBe(expected.status);
  expect(decision.best?.entityId).toBe(best.entityId);
  if (expected.why) {
    expect(decision.why).toBe(expected.why);
  }
}

/** A search's results as the resolver's organisation candidates. */
export function candidatesOfResults(results: MatchResult[]): ScoredCandidate[] {
  return results.map((result) => ({
    entityId: result.entityId,
    score: result.score,
    features: result.features,
    queryName: result.queryName,
    matchedName: result.matchedName,
    name: result.matchedName,
    type: 'Organisation',
  }));
}

/**
 * An index's search as the resolver reads it (20 candidates from 0.3) for an organisation's name, decided by the
 * resolution rule with `links` (entries of one body).
 */
export function resolveInIndex(
  sut: CandidateIndex,
  name: string,
  countries: string[] = [],
  links: Array<[string, string]> = [],
) {
  const results = sut.search({ name, schema: 'Organization', countries }, { limit: 20, threshold: 0.3 });
  return { results, decision: decideResolution(candidatesOfResults(results), links, SPEC_POLICY) };
}
