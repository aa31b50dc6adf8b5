import { expect } from 'vitest';
import { MATCH_THRESHOLD, type NameMatcher } from './name-matcher';
import type { MatchQuery } from './types';

/**
 * The row builders and the check that the organisation rules' table tests share (one spec file per family of
 * rules: acronym-rules.spec.ts, deciding-words.spec.ts, ...). A row is one case with its reason.
 */
export interface Row {
  query: MatchQuery;
  candidate: MatchQuery;
  match: boolean;
  reason: string;
}

export function org(name: string): MatchQuery {
  return { name, schema: 'Organization' };
}

export function company(name: string): MatchQuery {
  return { name, schema: 'Company' };
}

export function check(sut: NameMatcher, { query, candidate, match }: Row): void {
  const result = sut.score(query, candidate);
  expect(result.score >= MATCH_THRESHOLD, JSON.stringify(result.features)).toBe(match);
}
