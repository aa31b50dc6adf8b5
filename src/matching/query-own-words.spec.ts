import { describe, expect, it } from 'vitest';
import { decideResolution, type ScoredCandidate } from '../risk/resolution-rule';
import { expectDecision, scoredCandidate } from '../risk/scored-candidate.testing';
import { ownFieldWords, ownNumberOrJurisdiction, ownUnitWord, unheldAcronym } from './query-own-words';

// Rules 1.120.0 (resol7): a query that holds a body's name with words of its own that decide which body it is.
// Made-up bodies; the field words are org_words.yml's own.
describe(ownFieldWords.name, () => {
  it.each<[reason: string, query: string, matched: string, expected: string[] | null]>([
    [
      "a university's name with a field phrase of its own",
      'Quarrow University of Science and Technology',
      'Quarrow University',
      ['science', 'technology'],
    ],
    ['one field word', 'Quarrow University of Medicine', 'Quarrow University', ['medicine']],
    [
      "an institute's name with a field phrase of its own",
      'Quarrow Institute of Medical Sciences',
      'Quarrow Institute',
      ['medical', 'sciences'],
    ],
    [
      'the name has a field word of its own already: left to the score',
      'Quarrow University of Medical Sciences',
      'Quarrow Medical University',
      null,
    ],
    [
      "a foundation's purpose is no field phrase of a university's (purpose_complement_classes)",
      'Quarrow Foundation for Research',
      'Quarrow Foundation',
      null,
    ],
    ['a field phrase after "of" of a foundation', 'Quarrow Foundation of Science', 'Quarrow Foundation', null],
    [
      'a place of its own besides the field phrase: not only field words',
      'Quarrow University of Technology, Pellby',
      'Quarrow University',
      null,
    ],
    [
      'a class word joined by "and": no field phrase',
      'Quarrow Medical College and Hospital',
      'Quarrow Medical College',
      null,
    ],
    ['the same name', 'Quarrow University', 'Quarrow University', null],
    ['the query lacks a word of the name', 'Quarrow University of Medicine', 'Pellby Quarrow University', null],
  ])('%s: "%s" / "%s"', (_reason, query, matched, expected) => {
    expect(ownFieldWords(query, matched)).toEqual(expected);
  });
});

describe(unheldAcronym.name, () => {
  it.each<[reason: string, query: string, matched: string, expected: [string[], string[]] | null]>([
    [
      "the name's acronym read as the initials of shared words, the query with words of its own",
      'Quarrow Institute for Tidal Forecasting',
      'Quarrow QI Institute',
      [['qi'], ['tidal', 'forecasting']],
    ],
    [
      "the acronym the initials of the query's own words: it may stand for them",
      'Quarrow Institute for Tidal Forecasting',
      'Quarrow TF Institute',
      null,
    ],
    ['the query holds the acronym', 'Quarrow QI Institute for Tidal Forecasting', 'Quarrow QI Institute', null],
    [
      "the acronym the initials of the query's own words with a function word",
      'Quarrow Institute of Tidal Forecasting',
      'Quarrow IOTF',
      null,
    ],
    ['the query has no word of its own', 'Quarrow Institute', 'Quarrow QI Institute', null],
    [
      'the name lacks a word that is no acronym too: left to the score',
      'Quarrow Institute for Tidal Forecasting',
      'Quarrow QI Pellby Institute',
      null,
    ],
    ['the same name', 'Quarrow QI Institute', 'Quarrow QI Institute', null],
  ])('%s: "%s" / "%s"', (_reason, query, matched, expected) => {
    expect(unheldAcronym(query, matched)).toEqual(expected);
  });
});

function candidate(names: [string, string], type = 'Organisation'): ScoredCandidate {
  // A person's date of birth agreeing (since rules 1.155.0): the person rules' own name-part checks are then silent,
  // so a person row states only that the organisation rules do not read persons.
  const features =
    type === 'Person'
      ? [
          { name: 'token_alignment', value: 1, reason: '' },
          { name: 'birth_date', value: 1, reason: '' },
        ]
      : undefined;
  return scoredCandidate('best', 1, 1, names, features ? { type, features } : { type });
}

describe(`${decideResolution.name}: the query's own deciding words (rules 1.120.0)`, () => {
  it.each<[reason: string, best: ScoredCandidate, expected: { status: string; why?: string }]>([
    [
      "a university's name with a field phrase of its own is NOT_FOUND, the body shown as the best with the reason",
      candidate(['Quarrow University of Science and Technology', 'Quarrow University']),
      {
        status: 'NOT_FOUND',
        why: 'the best candidate\'s name evidence is weak: the query is the name "Quarrow University" with field words of its own ("science technology"), which that name has none of',
      },
    ],
    [
      "other words where the name's acronym stands: NOT_FOUND with the reason",
      candidate(['Quarrow Institute for Tidal Forecasting', 'Quarrow QI Institute']),
      {
        status: 'NOT_FOUND',
        why: 'the best candidate\'s name evidence is weak: the name "Quarrow QI Institute" has the acronym "qi", which the query does not hold, and the query has words of its own ("tidal forecasting")',
      },
    ],
    [
      'a campus of the body still resolves',
      candidate(['Quarrow University, Pellby Campus', 'Quarrow University']),
      { status: 'RESOLVED' },
    ],
    [
      "the acronym standing for the query's own words still resolves",
      candidate(['Quarrow Institute for Tidal Forecasting', 'Quarrow TF Institute']),
      { status: 'RESOLVED' },
    ],
    [
      'persons are not read',
      candidate(['Quarrow University of Science and Technology', 'Quarrow University'], 'Person'),
      { status: 'RESOLVED' },
    ],
  ])('%s', (_reason, best, expected) => {
    expectDecision(best, expected);
  });
});

// Rules 1.138.0 (resol12): a query that names a university and a college, school or faculty of it, against a name of
// the university alone. Made-up bodies; the class words are org_words.yml's own.
describe(ownUnitWord.name, () => {
  it.each<[reason: string, query: string, matched: string, expected: string | null]>([
    [
      "a university system's college against the system's university",
      'State University of Quarrow College at Pellby',
      'State University of Quarrow at Pellby',
      'college',
    ],
    [
      "against the university's label in another language (class words read through their translations)",
      'State University of Quarrow College at Pellby',
      "Université d'État de Quarrow à Pellby",
      'college',
    ],
    ["a university's school", 'Quarrow University School of Tides', 'Quarrow University', 'school'],
    ["a university's faculty", 'Faculty of Tides, Quarrow University', 'Quarrow University', 'faculty'],
    [
      'the matched name holds the college too',
      'State University of Quarrow College at Pellby',
      'Quarrow State University College at Pellby',
      null,
    ],
    [
      "the query's own word is the university, the college the body (a college of a university by its own name)",
      'University of Pellby, Quarrow College',
      'Quarrow College Pellby',
      null,
    ],
    ['the query names no university', 'Quarrow College', 'Université de Quarrow', null],
    ['the matched name names no university', 'Quarrow University College', 'Quarrow Institute', null],
    ['a campus is no unit here', 'Quarrow University, Pellby Campus', 'Quarrow University', null],
    [
      '"University College" is the body\'s own class phrase (a former name), not a unit',
      'Quarrow Hope University College',
      'Quarrow Hope University',
      null,
    ],
    ['the same name', 'Quarrow University College', 'Quarrow University College', null],
  ])('%s', (_reason, query, matched, expected) => {
    expect(ownUnitWord(query, matched)).toBe(expected);
  });
});

describe(`${decideResolution.name}: a university's unit named with it (rules 1.138.0)`, () => {
  it.each<[reason: string, best: ScoredCandidate, expected: { status: string; why?: string }]>([
    [
      "a university system's college against the university's label in another language: NOT_FOUND, the body shown",
      candidate(['State University of Quarrow College at Pellby', "Université d'État de Quarrow à Pellby"]),
      {
        status: 'NOT_FOUND',
        why: 'the best candidate\'s name evidence is weak: the query names a college of a university ("college"), which the name "Université d\'État de Quarrow à Pellby" does not: a university\'s college is another body',
      },
    ],
    [
      'a college named with its university still resolves to the college',
      candidate(['University of Pellby, Quarrow College', 'Quarrow College Pellby']),
      { status: 'RESOLVED' },
    ],
    [
      'persons are not read',
      candidate(['State University of Quarrow College at Pellby', 'State University of Quarrow at Pellby'], 'Person'),
      { status: 'RESOLVED' },
    ],
  ])('%s', (_reason, best, expected) => {
    expectDecision(best, expected);
  });
});

// Rules 1.138.0 (resol12): a query that is a body's name with a number or a jurisdiction word of its own. Made-up bodies.
describe(ownNumberOrJurisdiction.name, () => {
  it.each<[reason: string, query: string, matched: string, expected: string[] | null]>([
    ['an ordinal of its own', 'Quarrow First Normal University', 'Quarrow Normal University', ['first']],
    ['a number of its own', 'Quarrow University 2', 'Quarrow University', ['2']],
    [
      'a jurisdiction word of its own',
      'Universidade Federal do Estado de Quarrow',
      'Universidade do Estado de Quarrow',
      ['federal'],
    ],
    ['both names numbered (the matcher compares the numbers)', 'Quarrow University 2', 'Quarrow University 1', null],
    ['other words of its own besides the number', 'Quarrow First Tidal University', 'Quarrow University', null],
    [
      '"National" is not read so (it names the same body about as often)',
      'Quarrow National University',
      'Quarrow University',
      null,
    ],
    ['the matched name has words of its own', 'Quarrow First University', 'Quarrow Pellby University', null],
    ['the same name', 'Quarrow First University', 'Quarrow First University', null],
  ])('%s', (_reason, query, matched, expected) => {
    expect(ownNumberOrJurisdiction(query, matched)).toEqual(expected);
  });
});

describe(`${decideResolution.name}: a number or a jurisdiction of the query's own (rules 1.138.0)`, () => {
  it.each<[reason: string, best: ScoredCandidate, expected: { status: string; why?: string }]>([
    [
      'an ordinal of its own: NOT_FOUND, the body shown with the reason',
      candidate(['Quarrow First Normal University', 'Quarrow Normal University']),
      {
        status: 'NOT_FOUND',
        why: 'the best candidate\'s name evidence is weak: the query is the name "Quarrow Normal University" with a number or jurisdiction of its own ("first"), which names another body more often than the same',
      },
    ],
    [
      'a jurisdiction word of its own: NOT_FOUND',
      candidate(['Universidade Federal do Estado de Quarrow', 'Universidade do Estado de Quarrow']),
      { status: 'NOT_FOUND' },
    ],
    [
      'the same number on both sides still resolves',
      candidate(['Quarrow First Normal University', 'Quarrow 1st Normal University']),
      { status: 'RESOLVED' },
    ],
    [
      'persons are not read',
      candidate(['Quarrow First Normal University', 'Quarrow Normal University'], 'Person'),
      { status: 'RESOLVED' },
    ],
  ])('%s', (_reason, best, expected) => {
    expectDecision(best, expected);
  });
});
