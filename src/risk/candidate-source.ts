import type { MatchQuery, MatchResult } from '../matching';

/** What the resolver needs of an entity beyond the matcher's result. */
export interface CandidateDetails {
  name: string;
  type: string;
  kind: string | null;
  listings: Array<{ id: string }>;
}

/** A consistent view of the candidate index: search it and read the details of what it found. */
export interface CandidateSnapshot {
  index: { search(query: MatchQuery, options: { limit: number; threshold: number }): MatchResult[] };
  details: ReadonlyMap<string, CandidateDetails>;
}

/**
 * Where the resolver finds candidates. The screening module provides it (its index service), so the
 * risk module depends on this port and never on the screening module, which itself depends on risk.
 */
export interface CandidateSource {
  current(): Promise<CandidateSnapshot>;
}

export const CANDIDATE_SOURCE = Symbol('CANDIDATE_SOURCE');
