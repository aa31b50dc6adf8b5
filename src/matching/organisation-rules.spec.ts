import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, NameMatcher } from './name-matcher';
import type { MatchQuery } from './types';

/**
 * The organisation rules of rules 1.7.0, one table per rule, one row per case with its reason. Every name
 * here is made up, never taken from an evaluation set.
 */
interface Row {
  query: MatchQuery;
  candidate: MatchQuery;
  match: boolean;
  reason: string;
}

function org(name: string): MatchQuery {
  return { name, schema: 'Organization' };
}

function company(name: string): MatchQuery {
  return { name, schema: 'Company' };
}

function check(sut: NameMatcher, { query, candidate, match }: Row): void {
  const result = sut.score(query, candidate);
  expect(result.score >= MATCH_THRESHOLD, JSON.stringify(result.features)).toBe(match);
}

describe(`${NameMatcher.name} unit numbers (rules 1.7.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: org('Space Wing 3'),
      candidate: org('Space Wing 8'),
      match: false,
      reason: 'two numbered units of one body are two bodies',
    },
    {
      query: org('Secteur Norville 7'),
      candidate: org('Secteur Norville 11'),
      match: false,
      reason: 'a unit number of two digits against one of one digit is another unit',
    },
    {
      query: org('Secteur Norville 7'),
      candidate: org('Secteur Norville B'),
      match: false,
      reason: 'a unit number against a unit letter written last is another unit',
    },
    {
      query: org('12th Quarrow Rifle Brigade'),
      candidate: org('31st Quarrow Rifle Brigade'),
      match: false,
      reason: 'ordinal unit numbers written in digits decide too',
    },
    {
      query: org('Space Wing 3'),
      candidate: org('Space Wing 3'),
      match: true,
      reason: 'the same unit number agrees',
    },
    {
      query: company('Quarrow Growth Fund VII'),
      candidate: company('Quarrow Growth Fund VIII'),
      match: true,
      reason: 'a series written in Roman numerals is left to the score: lists note fund series loosely',
    },
    {
      query: company('Quarrow Mortgage Trust 2011-1'),
      candidate: company('Quarrow Mortgage Trust 2012-1'),
      match: true,
      reason: 'a year is a vintage, not a unit number, and is left to the score',
    },
  ])('$reason', (row) => check(sut, row));
});
