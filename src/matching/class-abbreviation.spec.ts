import { describe, expect, it } from 'vitest';
import { NameMatcher } from './name-matcher';
import { classAbbreviationsOf, getReferenceData } from './reference-data';
import type { MatchQuery } from './types';

/**
 * A class word's written abbreviation ("Inst", "Univ", "Govt"; org_words.yml sound_free_abbreviations) is that class
 * word, in capitals or not: it has no sound reading (rules 1.216.0). The names are made up.
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

describe(`${NameMatcher.name} a class word's written abbreviation has no sound reading (rules 1.216.0)`, () => {
  const sut = new NameMatcher();

  it.each<Row>([
    {
      query: 'Inst',
      candidate: 'Federal State Enterprise Onosit',
      match: false,
      reason: 'mixed case: "Inst" abbreviates institute, so it is no sound-alike of a name word of the same sound key',
    },
    {
      query: 'Inst.',
      candidate: 'Onosit',
      match: false,
      reason: 'with its full stop, against a one-word name',
    },
    {
      query: 'Univ',
      candidate: 'Quarrow Onivu',
      match: false,
      reason: 'another abbreviation, of university',
    },
    {
      query: 'Inst of Quarrow',
      candidate: 'Institute of Quarrow',
      match: true,
      reason: 'the abbreviation still reads as its class word beside a name',
    },
    {
      query: 'Quarrow Univ',
      candidate: 'Quarrow University',
      match: true,
      reason: 'and after one',
    },
  ])('$query / $candidate → match $match ($reason)', ({ query, candidate, match }) => {
    const result = sut.score(body(query), body(candidate));
    expect(result.match).toBe(match);
    expect(result.features.map((feature) => feature.reason).join(' ')).not.toContain('sounds alike');
  });
});

describe(`${classAbbreviationsOf.name} (rules 1.216.0)`, () => {
  it.each<{ members: string[]; abbreviations: string[]; reason: string }>([
    { members: ['institute', 'inst'], abbreviations: ['inst'], reason: 'the word cut short' },
    { members: ['government', 'govt'], abbreviations: ['govt'], reason: 'first and last letters, some between' },
    {
      members: ['ustav', 'ustavu'],
      abbreviations: [],
      reason: 'two forms of one word differ by less than three letters',
    },
    { members: ['university', 'uni versity'], abbreviations: [], reason: 'a member of two words is no abbreviation' },
  ])('$members → $abbreviations ($reason)', ({ members, abbreviations }) => {
    expect(classAbbreviationsOf(members)).toEqual(abbreviations);
  });

  it('reads the abbreviations the tables name, each checked against its class group', () => {
    const read = getReferenceData().classAbbreviations;
    expect([...read]).toEqual(expect.arrayContaining(['inst', 'univ', 'govt']));
  });
});
