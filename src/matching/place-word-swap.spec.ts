import { describe, expect, it } from 'vitest';
import { decideResolution, type ScoredCandidate } from '../risk/resolution-rule';
import { expectDecision, scoredCandidate } from '../risk/scored-candidate.testing';
import { placeWordSwap } from './place-word-swap';

// Rules 1.114.0 (resol6): a name whose one identity word is a place, against a name whose one identity word is
// another place alike in spelling, is not resolved to. Made-up bodies; the place words are the tables' own.
describe(placeWordSwap.name, () => {
  it.each<[reason: string, query: string, matched: string, expected: [string, string] | null]>([
    ['two cities alike in spelling, nothing else differing', 'Gera Academy', 'Graz Academy', ['gera', 'graz']],
    ['in any position, beside function words', 'Academy of Gera', 'Academy of Graz', ['gera', 'graz']],
    ["a subdivision's word against a city", 'Kent Institute', 'Gent Institute', ['kent', 'gent']],
    ['two forms of one place share their group: no swap', 'Wien Academy', 'Vienna Academy', null],
    [
      "a list's spelling of a body's own name names no place: left to the score",
      'Taeron Trading Company',
      'Daeron Trading Company',
      null,
    ],
    ['a place against a word that names no place: left to the score', 'Gera Academy', 'Gerra Academy', null],
    [
      'a shared word that is not a class word says which body: left to the score',
      'Quarrow Gera Academy',
      'Quarrow Graz Academy',
      null,
    ],
    ['a class word differing too: not one word each', 'Gera Academy', 'Graz University', null],
    ['the same name', 'Graz Academy', 'Graz Academy', null],
  ])('%s: "%s" / "%s"', (_reason, query, matched, expected) => {
    expect(placeWordSwap(query, matched)).toEqual(expected);
  });
});

describe(`${decideResolution.name}: a place word written as another place (rules 1.114.0)`, () => {
  it.each<[reason: string, best: ScoredCandidate, expected: { status: string; why?: string }]>([
    [
      'a body named after another place alike in spelling is NOT_FOUND, shown as the best with the reason',
      scoredCandidate('graz', 0.9, 0.88, ['Gera Academy', 'Graz Academy']),
      {
        status: 'NOT_FOUND',
        why: 'the best candidate\'s name evidence is weak: the names differ only in a place word, "gera" and "graz", two places alike only in spelling',
      },
    ],
    [
      'the matcher reading the two words as one (a name score of 1) leaves it to the score',
      scoredCandidate('graz', 1, 1, ['Gera Academy', 'Graz Academy']),
      { status: 'RESOLVED' },
    ],
    [
      'a spelling of a name that names no place resolves as before',
      scoredCandidate('daeron', 0.93, 0.93, ['Taeron Trading Company', 'Daeron Trading Company']),
      { status: 'RESOLVED' },
    ],
    [
      'two forms of one place resolve as before',
      scoredCandidate('vienna', 0.95, 0.95, ['Wien Academy', 'Vienna Academy']),
      { status: 'RESOLVED' },
    ],
  ])('%s', (_reason, best, expected) => {
    expectDecision(best, expected);
  });
});
