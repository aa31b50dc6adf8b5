import { describe, expect, it } from 'vitest';
import { decideResolution, type ScoredCandidate } from '../risk/resolution-rule';
import { expectDecision, graphBodyCandidate as body } from '../risk/scored-candidate.testing';
import { namePartLacking, ownNamePart } from './given-name-conflict';
import { loneIdentityWordSpelt } from './identity-word-spelling';
import { companyLettersAbbreviated } from './query-own-words';

// Rules 1.155.0 (resol15): two shapes of the resolution bench's dev wrong answers (bench/HISTORY.md "## Resolution",
// resol15). Made-up names throughout.

// (1) A registry's company named by one identity word alone (legal forms and a country in brackets aside), the query
// that word spelt otherwise: two companies, shown, not resolved to.
describe(loneIdentityWordSpelt.name, () => {
  it.each<[reason: string, query: string, matched: string, expected: [string, string] | null]>([
    ['one word each, a country in brackets aside', 'Quarrel (Canada)', 'Quarrow (Canada)', ['quarrel', 'quarrow']],
    [
      'a legal form and the country in brackets aside',
      'Quarrel Ltd. (Canada)',
      'Quarrow (Canada)',
      ['quarrel', 'quarrow'],
    ],
    ['no bracketed country either', 'Quarrel', 'Quarrow', ['quarrel', 'quarrow']],
    ['the same word: no spelling', 'Quarrow Inc. (Canada)', 'Quarrow (Canada)', null],
    ['a class word beside the word: identityWordSpelling reads that shape', 'Quarrel College', 'Quarrow College', null],
    ['two words on one side', 'Quarrel Tarrow (Canada)', 'Quarrow (Canada)', null],
    ['two words unlike in spelling: left to the score', 'Quarrow (Canada)', 'Bennick (Canada)', null],
  ])('%s: "%s" / "%s"', (_reason, query, matched, expected) => {
    expect(loneIdentityWordSpelt(query, matched)).toEqual(expected);
  });
});

describe(`${decideResolution.name}: a registry's one-word company name spelt otherwise (rules 1.155.0)`, () => {
  it.each<[reason: string, best: ScoredCandidate, expected: { status: string; why?: string }]>([
    [
      'a registry body named by one word, the query that word spelt otherwise: NOT_FOUND, shown with the reason',
      body('ror:quarrow', 0.9, 0.88, ['Quarrel (Canada)', 'Quarrow (Canada)']),
      {
        status: 'NOT_FOUND',
        why: 'the best candidate\'s name evidence is weak: the names differ only in their one identity word, "quarrel" and "quarrow", spelt otherwise, and a registry\'s body is named by its registry\'s names',
      },
    ],
    [
      'with a legal form of the query own',
      body('ror:quarrow', 0.87, 0.85, ['Quarrel Ltd. (Canada)', 'Quarrow (Canada)']),
      { status: 'NOT_FOUND' },
    ],
    [
      'the registry name itself with its legal form (a name score below 1) resolves',
      body('ror:quarrow', 0.91, 0.89, ['Quarrow Inc. (Canada)', 'Quarrow (Canada)']),
      { status: 'RESOLVED' },
    ],
    [
      'a list entry is not read so (the lists write one name in several spellings)',
      body('list:quarrow', 0.9, 0.88, ['Quarrel (Canada)', 'Quarrow (Canada)'], { lists: ['a-list'] }),
      { status: 'RESOLVED' },
    ],
  ])('%s', (_reason, best, expected) => {
    expectDecision(best, expected);
  });
});

// (2) A person given with a name part of its own that neither the name matched nor the candidate's name holds.
describe(ownNamePart.name, () => {
  it.each<[reason: string, query: string, matched: string, full: string, expected: string | null]>([
    [
      'a name part more, none in the candidate',
      'Quillan Tarrow VESKARD',
      'VESKARD, Tarrow',
      'VESKARD, Tarrow',
      'quillan',
    ],
    [
      'a name part more in the middle, the full name without it',
      'Tarrow Quillan VESKARD',
      'Tarrow Veskard',
      'Oswin Tarrow VESKARD',
      'quillan',
    ],
    ['the full name holds it', 'Oswin Tarrow VESKARD', 'Tarrow Veskard', 'Oswin Tarrow VESKARD', null],
    ['an honorific is no name part', 'Sheikh Tarrow VESKARD', 'VESKARD, Tarrow', 'VESKARD, Tarrow', null],
    ['an initial is no name part', 'Tarrow Q. VESKARD', 'VESKARD, Tarrow', 'VESKARD, Tarrow', null],
    ['the same name in another order and case', 'tarrow veskard', 'VESKARD, Tarrow', 'VESKARD, Tarrow', null],
    ['a spelling of a part the name holds', 'Tarrow VESKARDE', 'VESKARD, Tarrow', 'VESKARD, Tarrow', null],
    [
      'the matched name holds a part the query lacks: givenNameConflict reads that shape',
      'Quillan Tarrow VESKARD',
      'Oswin Tarrow Veskard',
      'Oswin Tarrow Veskard',
      null,
    ],
  ])('%s: "%s" / "%s" of "%s"', (_reason, query, matched, full, expected) => {
    expect(ownNamePart(query, matched, full)).toBe(expected);
  });
});

describe(`${decideResolution.name}: a person given with a name part of its own (rules 1.155.0)`, () => {
  it.each<[reason: string, best: ScoredCandidate, expected: { status: string; why?: string }]>([
    [
      'a name part neither name holds: NOT_FOUND, the listed person shown with the reason',
      body('list:veskard', 0.86, 0.86, ['Quillan Tarrow VESKARD', 'VESKARD, Tarrow'], {
        lists: ['a-list'],
        type: 'Person',
      }),
      {
        status: 'NOT_FOUND',
        why: 'the best candidate\'s name evidence is weak: the name given holds "quillan", which neither the name matched "VESKARD, Tarrow" nor the candidate\'s name "VESKARD, Tarrow" holds: a name part the list does not record is a possible match, not the listed person',
      },
    ],
    [
      "the candidate's name holds the part: resolves through its shorter alias",
      body('list:veskard', 0.86, 0.86, ['Oswin Tarrow VESKARD', 'Tarrow Veskard'], {
        lists: ['a-list'],
        type: 'Person',
        name: 'Oswin Tarrow VESKARD',
      }),
      { status: 'RESOLVED' },
    ],
    [
      'an organisation is not read so',
      body('list:veskard', 0.9, 0.9, ['Quillan Tarrow Trading', 'Tarrow Trading'], { lists: ['a-list'] }),
      { status: 'RESOLVED' },
    ],
  ])('%s', (_reason, best, expected) => {
    expectDecision(best, expected);
  });
});

// (3) A company's name of letters alone (a legal form or a country after them), matched through those letters as
// another name of a body whose own name spells them out.
describe(companyLettersAbbreviated.name, () => {
  it.each<[reason: string, query: string, matched: string, name: string, expected: string | null]>([
    ['letters, a legal form and a country', 'QZW Inc. (Canada)', 'QZW', 'Quarrow Zoological Workshop', 'qzw'],
    ['letters and a country in brackets', 'QZW (Canada)', 'QZW', 'Quarrow Zoological Workshop', 'qzw'],
    ['letters and a legal form', 'QZW Ltd.', 'QZW', 'Quarrow Zoological Workshop', 'qzw'],
    ['a legal form before the letters: another shape', 'CIC QZW', 'QZW', 'Quarrow Zoological Workshop', null],
    [
      'the letters alone: an acronym query (left to the acronym rules)',
      'QZW',
      'QZW',
      'Quarrow Zoological Workshop',
      null,
    ],
    ['the body named by the letters itself', 'QZW Inc. (Canada)', 'QZW', 'QZW Holdings', null],
    [
      'matched through a name other than the letters',
      'QZW Inc. (Canada)',
      'QZW Inc.',
      'Quarrow Zoological Workshop',
      null,
    ],
    ['a word, not letters', 'Quarrow Inc. (Canada)', 'QUARROW', 'Quarrow Zoological Workshop', null],
  ])('%s: "%s" / "%s" of "%s"', (_reason, query, matched, name, expected) => {
    expect(companyLettersAbbreviated(query, matched, name)).toBe(expected);
  });
});

describe(`${decideResolution.name}: a company named by letters is not the body they abbreviate (rules 1.155.0)`, () => {
  it.each<[reason: string, best: ScoredCandidate, expected: { status: string; why?: string; countries?: string[] }]>([
    [
      'matched through the acronym of a body named otherwise: NOT_FOUND, shown with the reason',
      body('ror:qzw', 0.91, 0.89, ['QZW Inc. (Canada)', 'QZW'], { name: 'Quarrow Zoological Workshop' }),
      {
        status: 'NOT_FOUND',
        why: 'the best candidate\'s name evidence is weak: the query is a company\'s name of the letters "qzw" alone, and "Quarrow Zoological Workshop" is only abbreviated so: a company named by letters is not the body they abbreviate',
      },
    ],
    [
      // (The resolver reads "(Canada)" as the query's country, countryInBrackets: given here as it passes it.)
      'the body named by the letters resolves',
      body('ror:qzw', 0.91, 0.89, ['QZW Inc. (Canada)', 'QZW'], { name: 'QZW Ltd. (Canada)' }),
      { status: 'RESOLVED', countries: ['ca'] },
    ],
    [
      'the acronym alone resolves as before',
      body('ror:qzw', 1, 1, ['QZW', 'QZW'], { name: 'Quarrow Zoological Workshop' }),
      { status: 'RESOLVED' },
    ],
  ])('%s', (_reason, best, expected) => {
    expectDecision(best, expected);
  });
});

// (4) A person given as a longer listed name with a part left out, every word given a common or a given name
// (name_frequency.yml, given_names.tsv: the rule is about those lists' words, so their names are used here).
describe(namePartLacking.name, () => {
  it.each<[reason: string, query: string, matched: string, expected: string | null]>([
    ['common names, a surname of the listed name left out', 'Maria Garcia', 'GARCIA LOPEZ, Maria', 'lopez'],
    ['a given name left out', 'Jose Martinez', 'MARTINEZ, Jose Luis', 'luis'],
    ['rarer names: left to the score', 'Tarrow Veskard', 'VESKARD BENNICK, Tarrow', null],
    ['the whole listed name', 'Maria Garcia Lopez', 'GARCIA LOPEZ, Maria', null],
    ['the listed name in another order', 'GARCIA, Maria', 'Maria Garcia', null],
    ['a word of the query not in the listed name: not this shape', 'Maria Quillan', 'GARCIA, Maria', null],
  ])('%s: "%s" / "%s"', (_reason, query, matched, expected) => {
    expect(namePartLacking(query, matched)).toBe(expected);
  });
});

describe(`${decideResolution.name}: common names of a longer listed name (rules 1.155.0)`, () => {
  const person = { lists: ['a-list'], type: 'Person' };
  it.each<[reason: string, best: ScoredCandidate, expected: { status: string; why?: string }]>([
    [
      'a part left out: NOT_FOUND, the listed person shown with the reason',
      body('list:garcia', 0.89, 0.89, ['Maria Garcia', 'GARCIA LOPEZ, Maria'], person),
      {
        status: 'NOT_FOUND',
        why: 'the best candidate\'s name evidence is weak: the name given lacks "lopez" of the name matched "GARCIA LOPEZ, Maria": a listed name with a part left out is a possible match, not the listed person',
      },
    ],
    [
      'a date of birth agreeing: resolves',
      body('list:garcia', 0.95, 0.89, ['Maria Garcia', 'GARCIA LOPEZ, Maria'], {
        ...person,
        features: [
          { name: 'token_alignment', value: 0.89, reason: '' },
          { name: 'birth_date', value: 1, reason: '' },
        ],
      }),
      { status: 'RESOLVED' },
    ],
    [
      'the whole listed name resolves when a word of it is not a common name',
      body('list:garcia', 1, 1, ['Maria Garcia Tarvesk', 'GARCIA TARVESK, Maria'], person),
      { status: 'RESOLVED' },
    ],
    [
      'the whole listed name made only of common names, given alone: NOT_FOUND (since rules 1.202.0)',
      body('list:garcia', 1, 1, ['Maria Garcia Lopez', 'GARCIA LOPEZ, Maria'], person),
      { status: 'NOT_FOUND' },
    ],
  ])('%s', (_reason, best, expected) => {
    expectDecision(best, expected);
  });
});
