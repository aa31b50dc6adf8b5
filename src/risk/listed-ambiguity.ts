import { MATCH_THRESHOLD } from '../matching';
import type { PartyResolution, ResolutionCandidate } from './models/risk.model';
import { ResolutionStatus } from './risk.enums';
import { fixed } from './resolution-rule';

/**
 * Since rules 1.190.0: the candidates an AMBIGUOUS answer is ambiguous between when every one of them is a list entry
 * at or above the screening threshold: the best, the runner-up the ambiguity names, and every candidate shown within
 * the margin of the best. Whichever of them the name stands for, it is listed, so the party's listings are counted as
 * a possible match's are (`PartnershipService`), at the lowest of their levels (since rules 1.221.0 per body: each
 * body, as `screen` folds entries into one party, at its highest entry's level: `listedBodies`); the party stays AMBIGUOUS and the
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
 * Since rules 1.221.0: a NOT_FOUND organisation whose every candidate at or above the screening threshold
 * (`MATCH_THRESHOLD`, 0.70: what `screen` alerts on) is a list entry of one listed party, as `screen` folds entries into
 * one party (`parties`: `EntityResolverService.screenParties`), the best at the resolution's threshold (0.85) or more
 * (refused on other evidence: a country, a generic name, a class word of another class): those entries, whose party's
 * listings are counted as a possible match's are (`PartnershipService`), at its highest listing's level; the party
 * stays NOT_FOUND and no relationship is walked. Null when any candidate there is on no list, is a person (a person's
 * name not resolved is left to a date of birth or identifier, rules 1.202.0), or is another party's entry; when the
 * best is below the resolution's threshold; or when every candidate shown (`shown`) reaches 0.70 (a candidate not
 * shown might be a body on no list).
 */
export function listedParty(
  resolution: PartyResolution,
  shown: number,
  parties: ReadonlyMap<string, readonly string[]>,
): ResolutionCandidate[] | null {
  const alerted = listedPartyCandidates(resolution, shown);
  if (!alerted) {
    return null;
  }
  const party = parties.get(alerted[0].entityId) ?? [alerted[0].entityId];
  return alerted.every((candidate) => party.includes(candidate.entityId)) ? alerted : null;
}

/**
 * `listedParty` before the fold: the candidates at 0.70 or more when every one is an organisation's list entry and the
 * best reaches the resolution's threshold.
 */
export function listedPartyCandidates(resolution: PartyResolution, shown: number): ResolutionCandidate[] | null {
  if (resolution.status !== ResolutionStatus.NOT_FOUND || resolution.method === 'id') {
    return null;
  }
  const alerted = alertedCandidates(resolution);
  if (
    alerted.length === 0 ||
    alerted.length >= shown ||
    // Read on the dev answers: below the resolution threshold the names alone do not support a level (a benign body
    // one sound or one word from a listed name: "Sorun" ≈ "Surena" 0.757, "Team HF" ≈ "ACTeam Logistics" 0.709).
    alerted[0].score < resolution.threshold ||
    alerted.some((candidate) => candidate.lists.length === 0 || candidate.type === 'Person')
  ) {
    return null;
  }
  return alerted;
}

/** The candidates shown at or above the screening threshold (`MATCH_THRESHOLD`): those `screen` alerts on. */
export function alertedCandidates(resolution: Pick<PartyResolution, 'candidates'>): ResolutionCandidate[] {
  return resolution.candidates.filter((candidate) => candidate.score >= MATCH_THRESHOLD);
}

/**
 * Since rules 1.221.0: the bodies the entries of an unresolved answer are, as `screen` folds entries into one party
 * (`parties`), each with every entry of its party (the entries counted first): a body's level is its highest entry's
 * level. An entry the screen did not fold is a body of its own.
 */
export function listedBodies(
  entries: ReadonlyArray<Pick<ResolutionCandidate, 'entityId'>>,
  parties: ReadonlyMap<string, readonly string[]>,
): string[][] {
  const bodies: string[][] = [];
  for (const entry of entries) {
    const body = bodies.find((members) => members.includes(entry.entityId));
    if (body) {
      continue;
    }
    const party = parties.get(entry.entityId) ?? [entry.entityId];
    const counted = entries.map((one) => one.entityId).filter((id) => party.includes(id));
    bodies.push([...new Set([...counted, ...party])]);
  }
  return bodies;
}

/** `X (uk-sanctions, un-sc; 0.79)` for a listed candidate, `X (0.79)` for one on no list. */
export function candidateWords(candidate: Pick<ResolutionCandidate, 'name' | 'lists' | 'score'>): string {
  const lists = [...new Set(candidate.lists)];
  return `${candidate.name} (${lists.length > 0 ? `${lists.join(', ')}; ` : ''}${fixed(candidate.score)})`;
}

/**
 * Since rules 1.221.0: `partner "Q" not resolved: every candidate at 0.7 or more is one listed party, X (uk-sanctions;
 * 0.95) and Y (un-sc, us-ofac-sdn; 0.95): counted at CRITICAL, its highest listing's level; relationships not walked`.
 */
export function listedPartyReason(
  role: string,
  given: string,
  entries: Array<Pick<ResolutionCandidate, 'name' | 'lists' | 'score'>>,
  level: string,
): string {
  const named = entries.map(candidateWords);
  const party = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
  return `${role} ${given} not resolved: every candidate at ${fixed(MATCH_THRESHOLD)} or more is one listed party, ${party}: counted at ${level}, its highest listing's level; relationships not walked`;
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
