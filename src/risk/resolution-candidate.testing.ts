import type { PartyResolution, ResolutionCandidate } from './models/risk.model';
import type { ResolutionStatus } from './risk.enums';

/** A candidate shown, for the tests of what an unresolved answer counts and says: made-up names, ids and lists. */
export function shownCandidate(
  entityId: string,
  name: string,
  score: number,
  lists: string[] = [],
  type = 'Organisation',
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

/** A name's answer among `candidates`, at the rules' threshold (0.85) and margin (0.05). */
export function nameAnswer(
  query: string,
  status: ResolutionStatus,
  candidates: ResolutionCandidate[],
  runnerUp: ResolutionCandidate | null,
): PartyResolution {
  return {
    status,
    method: 'name',
    query,
    country: null,
    entityId: null,
    entity: null,
    score: candidates[0]?.score ?? null,
    matchedName: candidates[0]?.matchedName ?? null,
    threshold: 0.85,
    margin: 0.05,
    runnerUp,
    candidates,
    explanation: 'made up',
  };
}
