import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, NameMatcher } from './name-matcher';
import type { MatchQuery } from './types';

/**
 * Since rules 1.223.0 (probe8's A4): two words of an organisation's names that each name a place of the tables (the
 * GeoNames cities of place_names.tsv with their other names, the listed places and subdivisions of org_word_meanings.yml)
 * and name two places are two places, however alike they are spelt or sound: a place is a deciding word, so the two
 * names are of two bodies. One place's other names (its group of place_names.tsv) stay that place, and a slip that
 * names no place stays a spelling variant; since rules 1.230.0, so do two groups that one subdivision's official names
 * in several languages join (ISO 3166-2's "<French> / <German>" of a bilingual canton), and a city's name in another
 * script that place_names_scripts.tsv lists is that city's whatever its ASCII form spells. The places are the tables' own (no evaluation set holds them); the bodies
 * are made up.
 */
interface Row {
  query: string;
  candidate: string;
  match: boolean;
  reason: string;
}

function body(name: string): MatchQuery {
  return { name, schema: 'Organization' };
}

describe(`${NameMatcher.name} two places one letter apart are two places (rules 1.223.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: 'Capan Tidal Institute',
      candidate: 'Capas Tidal Institute',
      match: false,
      reason: 'two GeoNames cities one letter apart: two bodies',
    },
    {
      query: 'Anafi Marine Academy',
      candidate: 'Asafi Marine Academy',
      match: false,
      reason: 'two GeoNames cities one letter apart, the letter inside the word',
    },
    {
      query: 'Yenegoa Tidal Institute',
      candidate: 'Yenagoa Tidal Institute',
      match: true,
      reason: "one city's other spelling (its group of place_names.tsv) is that city",
    },
    {
      query: 'Burnabi Marine Academy',
      candidate: 'Burnaby Marine Academy',
      match: true,
      reason: "one city's other spelling, its last letter changed",
    },
    {
      query: 'Calama Tidal Institute',
      candidate: 'Calamba Tidal Institute',
      match: true,
      reason: 'a letter dropped is read as a slip, although the word left is a place too (as pinyin reads a slip)',
    },
    {
      query: 'Capann Tidal Institute',
      candidate: 'Capan Tidal Institute',
      match: true,
      reason: 'a slip that names no place is still a spelling variant',
    },
    {
      query: 'Fryburg Tidal Institute',
      candidate: 'Frajburg Tidal Institute',
      match: true,
      reason:
        "a canton's official names in two languages (subdivision_official_names.tsv, rules 1.230.0) are one place, " +
        "although one of them is also a city's name and so that city's group",
    },
    {
      query: 'Frajburg Tidal Institute',
      candidate: 'Fryburg Tidal Institute',
      match: true,
      reason: 'the same pair the other way round',
    },
    {
      query: 'Kazan Tidal Institute',
      candidate: 'คาซาน Tidal Institute',
      match: true,
      reason:
        "a city's name in Thai that place_names_scripts.tsv lists as that city's is that city, although its ASCII " +
        "form spells another place's name (rules 1.230.0)",
    },
  ])('$query / $candidate: $reason', ({ query, candidate, match }) => {
    const result = sut.score(body(query), body(candidate));
    expect(result.score >= MATCH_THRESHOLD, JSON.stringify(result.features)).toBe(match);
  });
});
