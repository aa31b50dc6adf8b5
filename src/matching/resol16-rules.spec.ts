import { describe, expect, it } from 'vitest';
import { decideResolution, type ScoredCandidate } from '../risk/resolution-rule';
import { expectDecision, graphBodyCandidate as body } from '../risk/scored-candidate.testing';
import { fieldOtherThanBody } from './query-own-words';

// Rules 1.160.0 (resol16): a query matched through another name of a body (a short name, an alias) holds a field or
// compass word where the body's own name holds another of the same kind (bench/HISTORY.md "## Resolution", resol16).
// Made-up names throughout. (resol16's other rule, an acronym beside the query's own words, is stated in
// own-acronym.spec.ts.)
describe(fieldOtherThanBody.name, () => {
  it.each<[reason: string, query: string, matched: string, name: string, expected: [string, string] | null]>([
    [
      'a field word of the query where the body name has another, matched through its short name',
      'Quarrow Institute for Dental Tide Problems',
      'Quarrow Institute',
      'Institute for Information Tide Problems',
      ['dental', 'information'],
    ],
    [
      'a compass word where the body name has another',
      'Quarrow North Tidal Centre',
      'Quarrow Tidal Centre',
      'Quarrow South Tidal Centre',
      ['north', 'south'],
    ],
    [
      'with a parent after it',
      'Pellby Institute for Medical Tide Problems, Quarrow Academy',
      'Pellby Institute',
      'Institute for Agricultural Tide Problems',
      ['medical', 'agricultural'],
    ],
    [
      'the same field word in the query and the body name',
      'Quarrow Institute for Information Tide Problems',
      'Quarrow Institute',
      'Institute for Information Tide Problems',
      null,
    ],
    [
      'the body name holds no field word',
      'Quarrow Institute for Dental Tide Problems',
      'Quarrow Institute',
      'Quarrow Tide Institute',
      null,
    ],
    [
      "the query holds the body name's field word too (a second field of its own is the field rules' business)",
      'Quarrow Institute of Dental and Information Tide Problems',
      'Quarrow Institute',
      'Institute for Information Tide Problems',
      null,
    ],
    [
      'a compass word against a field word: two kinds, no conflict here',
      'Quarrow North Tidal Centre',
      'Quarrow Tidal Centre',
      'Quarrow Medical Tidal Centre',
      null,
    ],
    [
      'the matched name is the body name: the matcher compared them',
      'Quarrow Dental Institute',
      'Quarrow Information Institute',
      'Quarrow Information Institute',
      null,
    ],
    [
      "the matched name holds the query's field word: the matcher compared it",
      'Quarrow Dental Institute',
      'Quarrow Dental Institute QDI',
      'Quarrow Information Institute',
      null,
    ],
  ])('%s', (_reason, query, matched, name, expected) => {
    expect(fieldOtherThanBody(query, matched, name)).toEqual(expected);
  });
});

describe(`${decideResolution.name}: a field word other than the body name's, through a short name (rules 1.160.0)`, () => {
  it.each<[reason: string, best: ScoredCandidate, expected: { status: string; why?: string; countries?: string[] }]>([
    [
      'matched through the short name, the query with a field word where the body name has another: NOT_FOUND, shown',
      body('ror:quarrow', 1, 1, ['Quarrow Institute for Dental Tide Problems', 'Quarrow Institute'], {
        name: 'Institute for Information Tide Problems',
      }),
      {
        status: 'NOT_FOUND',
        why: 'the best candidate\'s name evidence is weak: the query, matched through the other name "Quarrow Institute", holds "dental" where the body\'s own name "Institute for Information Tide Problems" holds "information": a field or compass word decides which body a name is',
      },
    ],
    [
      'a list entry alike',
      body('list:quarrow', 1, 1, ['Quarrow Institute for Dental Tide Problems', 'Quarrow Institute'], {
        name: 'Institute for Information Tide Problems',
        lists: ['a-list'],
      }),
      { status: 'NOT_FOUND' },
    ],
    [
      // Since rules 1.186.0 the name alone, no country given, that is not the name matched word for word is shown, not
      // resolved, by the name-alone rule (its reason, not this rule's: name-differs.spec.ts); with the country, resolved.
      'the same field word: not this rule; with no country the name-alone rule shows it',
      body('ror:quarrow', 1, 1, ['Quarrow Institute for Information Tide Problems', 'Quarrow Institute'], {
        name: 'Institute for Information Tide Problems',
      }),
      {
        status: 'NOT_FOUND',
        why: 'the name given differs from "Quarrow Institute" (it lacks "information tide problems"); with no country or identifier to support it, it is shown, not resolved: give the country to resolve',
      },
    ],
    [
      'the same field word: resolved with the country',
      body('ror:quarrow', 1, 1, ['Quarrow Institute for Information Tide Problems', 'Quarrow Institute'], {
        name: 'Institute for Information Tide Problems',
        features: [
          { name: 'token_alignment', value: 1, reason: '' },
          { name: 'country', value: 1, reason: '' },
        ],
      }),
      { status: 'RESOLVED', countries: ['ru'] },
    ],
  ])('%s', (_reason, best, expected) => {
    expectDecision(best, expected);
  });
});
