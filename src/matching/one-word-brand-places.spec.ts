import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, NameMatcher } from './name-matcher';
import type { MatchQuery } from './types';

/**
 * A one-word query that is a town or region of address_places.tsv is no company's distinctive word (rules 1.115.0).
 * The companies are made up; their one words are towns of that table (a GeoNames city, a ROR record's city and region)
 * that no evaluation set holds.
 */
interface Row {
  query: MatchQuery;
  candidate: MatchQuery;
  match: boolean;
  reason: string;
}

function company(name: string): MatchQuery {
  return { name, schema: 'Company' };
}

describe(`${NameMatcher.name} a one-word place is no company's distinctive word (rules 1.115.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: company('Quarrowzen'),
      candidate: company('Quarrowzen Technologies Co., Ltd.'),
      match: true,
      reason: "a company's one distinctive word in no table still names the listed company (rules 1.111.0)",
    },
    {
      query: company('Aalsmeer'),
      candidate: company('Aalsmeer Technologies Co., Ltd.'),
      match: false,
      reason: "a GeoNames city's name alone asks for the town, which many bodies there bear",
    },
    {
      query: company('Ahmednagar'),
      candidate: company('Ahmednagar Investment & Holding Co., Ltd.'),
      match: false,
      reason: "a city of the registry's addresses alone is no company's distinctive word",
    },
    {
      query: company('Aceh'),
      candidate: company('Aceh Trading Company Limited'),
      match: false,
      reason: "a region of the registry's addresses alone is no company's distinctive word",
    },
    {
      query: company('Aalsmeer Technologies'),
      candidate: company('Aalsmeer Technologies Co., Ltd.'),
      match: true,
      reason: 'the company named after its town is found when the query adds its class word',
    },
    {
      query: company('Aalsmeer Ltd'),
      candidate: company('Aalsmeer Ltd.'),
      match: true,
      reason: 'the same name with its legal form',
    },
  ])('$reason', ({ query, candidate, match }) => {
    const result = sut.score(query, candidate);
    expect(result.score >= MATCH_THRESHOLD, JSON.stringify(result.features)).toBe(match);
    if (match && query.name.split(' ').length === 1) {
      expect(result.score).toBeLessThan(0.85);
    }
  });
});
