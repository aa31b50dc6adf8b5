import { MATCH_THRESHOLD } from '../matching';
import type { PartyResolution, ResolutionCandidate } from './models/risk.model';
import { ResolutionStatus } from './risk.enums';
import { fixed } from './resolution-rule';

/**
 * Since rules 1.190.0: the candidates an AMBIGUOUS answer is ambiguous between when every one of them is a list entry
 * at or above the screening threshold: the best, the runner-up the ambiguity names, and every candidate shown within
 * the margin of the best. Whichever of them the name stands for, it is listed, so the party's listings are counted as
 * a possible match's are (`PartnershipService`), at the lowest of their levels; the party stays AMBIGUOUS and the
 * relationships of none of them are walked. Null when the answer is not AMBIGUOUS, when any of them is a body on no
 * list or below the screening threshold, or when every candidate shown (`shown`, the rules' `resolution.candidates`)
 * is within the margin (a candidate not shown might be a body on no list).
 */
export function listedAmbiguity(resolution: PartyResolution, shown: number): ResolutionCandidate[] | null {
  if (resolution.status !== ResolutionStatus.AMBIGUOUS || resolution.candidates.length === 0) {
    return null;
  }
  const best = resolution.candidates[0];
  const within = resolution.candidates.filter(
    (candidate) => Math.round((best.score - candidate.score) * 1000) / 1000 < resolution.margin,
  );
  if (within.length >= shown) {
    return null;
  }
  const runnerUp = resolution.runnerUp;
  const between =
    runnerUp && !within.some((candidate) => candidate.entityId === runnerUp.entityId) ? [...within, runnerUp] : within;
  if (
    between.length < 2 ||
    between.some((candidate) => candidate.lists.length === 0 || candidate.score < MATCH_THRESHOLD)
  ) {
    return null;
  }
  return between;
}

/**
 * Since rules 1.190.0: `partner "Q" is ambiguous between X (us-ofac-sdn; 1) and Y (uk-sanctions; 1), both listed:
 * counted at CRITICAL whichever it is; relationships not walked`.
 */
export function listedAmbiguityReason(
  role: string,
  given: string,
  between: Array<Pick<ResolutionCandidate, 'name' | 'lists' | 'score'>>,
  level: string,
): string {
  const named = between.map(
    (candidate) => `${candidate.name} (${candidate.lists.join(', ')}; ${fixed(candidate.score)})`,
  );
  const listed =
    named.length === 2
      ? `${named[0]} and ${named[1]}, both listed`
      : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}, all listed`;
  return `${role} ${given} is ambiguous between ${listed}: counted at ${level} whichever it is; relationships not walked`;
}
