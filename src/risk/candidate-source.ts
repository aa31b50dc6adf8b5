import type { MatchQuery, MatchResult, PartOfNamedBodyPolicy, SearchWork, WeakAliasPolicy } from '../matching';

/** What the resolver needs of an entity beyond the matcher's result. */
export interface CandidateDetails {
  name: string;
  type: string;
  kind: string | null;
  /** The entry's schema as its list gives it (LegalEntity: the list does not say person or body), when known. */
  schema?: string;
  listings: Array<{ id: string }>;
}

/** A list version the candidate index was built from: what a resolution, and an assessment on it, was checked against. */
export interface ConsultedListVersion {
  listId: string;
  versionId: string;
  listName?: string | null;
  issuedAt?: string | null;
  /** A sample copy shipped with partner-graph, not the publisher's current file. */
  sample?: boolean;
}

/** Whether a list is overdue by its latest sync or import (see the watchlists feature's freshness). */
export interface ConsultedListFreshness {
  overdue: boolean;
  freshAsOf: string | null;
}

/** A consistent view of the candidate index: search it and read the details of what it found. */
export interface CandidateSnapshot {
  index: {
    search(
      query: MatchQuery,
      options: {
        limit: number;
        threshold: number;
        lists?: string[];
        weakAliases?: WeakAliasPolicy;
        derivedInitials?: boolean;
        partOfNamedBody?: PartOfNamedBodyPolicy;
        work?: SearchWork;
      },
    ): MatchResult[];
  };
  details: ReadonlyMap<string, CandidateDetails>;
  listVersions: readonly ConsultedListVersion[];
}

/**
 * Where the resolver finds candidates. The screening module provides it (its index service), so the
 * risk module depends on this port and never on the screening module, which itself depends on risk.
 */
export interface CandidateSource {
  current(): Promise<CandidateSnapshot>;
  /** The list's freshness; null when it is not known (a failed read never fails an assessment). */
  freshness(listId: string): Promise<ConsultedListFreshness | null>;
}

export const CANDIDATE_SOURCE = Symbol('CANDIDATE_SOURCE');
