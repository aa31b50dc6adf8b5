import { describe, expect, it } from 'vitest';
import { CandidateIndex, COUNTRYLESS_ACRONYM_CAP } from './candidate-index';
import { CAPITALS_WORD_CAP } from './capitals-word';
import { MATCH_THRESHOLD, NameMatcher } from './name-matcher';
import type { IndexEntry, MatchQuery } from './types';

/**
 * Rules 1.224.0 (branch acr7; probe8's A1–A3 left at 1.218.0): a benign body's acronym is no evidence for a listed
 * name that holds the same letters only as one of its words, as a word's inner letters, or as the alias of a body
 * that gives no country when a body of the query's country writes the acronym. Every name here is made up, never
 * taken from an evaluation set ("al" is an Arabic article of romanisation.yml).
 */
describe('a benign acronym asked alone (rules 1.224.0)', () => {
  const sut = new NameMatcher();
  const body = (name: string, countries?: string[]): MatchQuery => ({
    name,
    schema: 'Organization',
    ...(countries ? { countries } : {}),
  });

  it.each<[string, MatchQuery, MatchQuery, boolean]>([
    [
      'an acronym in mixed case asked alone is not a longer listed name holding its letters as one ordinary word',
      body('QoJ', ['fr']),
      body('TARVA QOJ', ['fr']),
      false,
    ],
    [
      'an acronym in mixed case against a longer name that writes it so among small letters: a possible match',
      body('QoJ'),
      body('Tarva QoJ Quarrow'),
      true,
    ],
    [
      'an acronym in mixed case against a longer name writing its letters in capitals among small letters: not it',
      body('QoJ'),
      body('JSC QOJ Tarvelskiy Plant'),
      false,
    ],
    [
      "an acronym in mixed case against a listed name's one distinctive word beside a class word: still a match",
      body('QoJ'),
      body('QOJ GROUP'),
      true,
    ],
    [
      'a short word in capitals asked alone is not a name of it and a three-letter word joined to an Arabic article',
      body('QBU'),
      body('QBU AL-JUD'),
      false,
    ],
    [
      'a three-letter word beside it that no article is joined to may be a prefix or an acronym: still a match',
      body('QBU'),
      body('QBU JUD'),
      true,
    ],
    [
      "a word's later syllable and a class word's translated initial are two liberties at once: not its acronym",
      body('NLC'),
      body('Nilqo Group'),
      false,
    ],
    [
      "a word's later syllable beside a class word's own initial still reads, as before",
      body('NLG'),
      body('Nilqo Group'),
      true,
    ],
    [
      "a word's later syllable beside another word's initial still reads, as before",
      body('QMU'),
      body('Qiamen University'),
      true,
    ],
  ])('%s', (_rule, query, candidate, match) => {
    const result = sut.score(query, candidate);
    expect(result.score >= MATCH_THRESHOLD, JSON.stringify(result.features)).toBe(match);
  });

  it('says so in the reason for an acronym in mixed case', () => {
    const result = sut.score(body('QoJ'), body('TARVA QOJ'));
    expect(result.score).toBe(CAPITALS_WORD_CAP);
    expect(result.features[0].reason).toContain(
      '"QoJ" in mixed case, asked alone, reads as an acronym; the listed name holds it only as an ordinary word beside its other name words ("tarva")',
    );
  });
});

describe('an acronym alone against a listed body that gives no country (rules 1.224.0)', () => {
  const entries: IndexEntry[] = [
    { entityId: 'l:1', schema: 'Organization', names: ['HARAKAT-UL TARVEL QUARROWI', 'QUTQ'], listIds: ['l'] },
    { entityId: 'r:1', schema: 'Organization', names: ['Norvane University of Pellis', 'QUTQ'], countries: ['jp'] },
    { entityId: 'l:2', schema: 'Organization', names: ['JAMA TARVEL QARROW', 'JTQR'], listIds: ['l'] },
    {
      entityId: 'l:3',
      schema: 'Organization',
      names: ['Harakat al Quillon Tarvel', 'HQTV'],
      listIds: ['l'],
    },
    { entityId: 'm:3', schema: 'Organization', names: ['Harakat al-Quillon Tarvel', 'HQTV'], countries: ['jp'] },
    { entityId: 'l:4', schema: 'Company', names: ['PJSC "Quarvel Aircraft Corporation"', 'QVAC'], listIds: ['l'] },
    { entityId: 'r:4', schema: 'Organization', names: ['Quarvel Aircraft (Japan)', 'QVAC'], countries: ['jp'] },
  ];
  const index = new CandidateIndex();
  entries.forEach((entry) => index.add(entry));
  index.build();
  const search = (name: string, countries?: string[]) =>
    index
      .search({ name, schema: 'Organization', ...(countries ? { countries } : {}) }, { threshold: 0.3 })
      .map((result) => ({ id: result.entityId, score: result.score, match: result.match }));

  it.each<[string, string, string[] | undefined, Array<{ id: string; score: number; match: boolean }>]>([
    [
      "a body of the query's country writes the acronym as its own: the countryless listing is for review",
      'QUTQ',
      ['jp'],
      [
        { id: 'r:1', score: 1, match: true },
        { id: 'l:1', score: COUNTRYLESS_ACRONYM_CAP, match: false },
      ],
    ],
    [
      'asked with no country: both bodies that write it match',
      'QUTQ',
      undefined,
      [
        { id: 'l:1', score: 1, match: true },
        { id: 'r:1', score: 1, match: true },
      ],
    ],
    [
      'asked with a country whose bodies do not write it: the countryless listing keeps its match',
      'QUTQ',
      ['fr'],
      [
        { id: 'l:1', score: 1, match: true },
        { id: 'r:1', score: 0.65, match: false },
      ],
    ],
    [
      'no other body writes it: the countryless listing keeps its match with any country',
      'JTQR',
      ['jp'],
      [{ id: 'l:2', score: 1, match: true }],
    ],
    [
      'the body writing it is the listed body itself, its full name written alike: the listing keeps its match',
      'HQTV',
      ['jp'],
      [
        { id: 'm:3', score: 1, match: true },
        { id: 'l:3', score: 1, match: true },
      ],
    ],
    [
      'the body writing it shares a name word with the listing (its name written otherwise): the listing keeps its match',
      'QVAC',
      ['jp'],
      [
        { id: 'r:4', score: 1, match: true },
        { id: 'l:4', score: 1, match: true },
      ],
    ],
  ])('%s', (_rule, name, countries, expected) => {
    expect(search(name, countries)).toEqual(expected);
  });

  it('names the body of the query country in the reason', () => {
    const listed = index
      .search({ name: 'QUTQ', schema: 'Organization', countries: ['jp'] }, { threshold: 0.3 })
      .find((result) => result.entityId === 'l:1')!;
    expect(listed.features.at(-1)?.reason).toBe(
      'The names agree only as the acronym "QUTQ", and this entry gives no country; "Norvane University of Pellis", a body in JP as the query says, writes "QUTQ" as its own acronym: an acronym alone is no overwhelming evidence (many bodies share one); a possible match for review, score at most 0.65.',
    );
  });
});
