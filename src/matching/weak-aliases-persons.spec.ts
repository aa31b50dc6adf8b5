import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import type { MatchQuery, WeakAliasPolicy } from './types';

/**
 * A person's one-word weak alias (a nickname, often also many persons' given name) counts only with a second fact:
 * a country, identifier or date of birth that agrees (rules 1.115.0). Every name is made up.
 */
const policy: WeakAliasPolicy = { minLetters: 4, score: 0.7, corroboratedScore: 0.8, personMinWordsAlone: 2 };

function index(): CandidateIndex {
  const sut = new CandidateIndex();
  sut.add({
    entityId: 'l:1',
    schema: 'Person',
    names: ['Tobrin Valasquel Hundertmark'],
    weakNames: ['Zorvellan', 'The Lanternwright'],
    countries: ['xq'],
    birthDates: ['1961-03-14'],
    identifiers: ['PASS-55120'],
    listIds: ['l'],
  });
  sut.add({
    entityId: 'l:2',
    schema: 'Company',
    names: ['Quarrow Advanced Computing Technology Co., Ltd.'],
    weakNames: ['QUARROWTEK'],
    listIds: ['l'],
  });
  // A second holder of l:1's identifier: an identifier one entry alone holds finds it by itself (rules 1.112.0), so
  // the weak alias's corroboration is what is tested.
  sut.add({
    entityId: 'l:3',
    schema: 'Person',
    names: ['Merrow Quillfeather'],
    identifiers: ['PASS-55120'],
    listIds: ['l'],
  });
  return sut.build();
}

describe('weak aliases of persons (rules 1.115.0)', () => {
  const sut = index();

  it.each<[string, MatchQuery, WeakAliasPolicy, string | null, number | null]>([
    ["a person's one-word weak alias alone is no match", { name: 'Zorvellan' }, policy, null, null],
    ['nor as a person query', { name: 'Zorvellan', schema: 'Person' }, policy, null, null],
    ['an agreeing country corroborates it', { name: 'Zorvellan', countries: ['XQ'] }, policy, 'l:1', 0.8],
    [
      'an agreeing date of birth corroborates it',
      { name: 'Zorvellan', schema: 'Person', birthDates: ['1961'] },
      policy,
      'l:1',
      0.8,
    ],
    ['an agreeing identifier corroborates it', { name: 'Zorvellan', identifiers: ['PASS 55120'] }, policy, 'l:1', 0.8],
    [
      'a date of birth of each side that disagrees rules it out, even with the country',
      { name: 'Zorvellan', schema: 'Person', countries: ['xq'], birthDates: ['1975-01-02'] },
      policy,
      null,
      null,
    ],
    [
      "a person's weak alias of two words still counts alone, for review",
      { name: 'The Lanternwright', schema: 'Person' },
      policy,
      'l:1',
      0.7,
    ],
    [
      'a date of birth agrees with a two-word weak alias: corroborated',
      { name: 'The Lanternwright', schema: 'Person', birthDates: ['1961-03-14'] },
      policy,
      'l:1',
      0.8,
    ],
    ["a company's one-word weak alias still counts alone", { name: 'Quarrowtek' }, policy, 'l:2', 0.7],
    [
      'without the bound (rules before 1.115.0) a one-word weak alias counts alone',
      { name: 'Zorvellan' },
      { minLetters: 4, score: 0.7, corroboratedScore: 0.8 },
      'l:1',
      0.7,
    ],
  ])('%s', (_reason, query, rules, entityId, score) => {
    const found = sut
      .search(query, { weakAliases: rules })
      .find((result) => result.features.some((feature) => feature.name === 'weak_alias'));
    expect(found?.entityId ?? null).toBe(entityId);
    expect(found?.score ?? null).toBe(score);
  });

  it('names the agreeing date of birth among the features', () => {
    const [found] = sut.search({ name: 'Zorvellan', schema: 'Person', birthDates: ['1961'] }, { weakAliases: policy });
    expect(found.features.map((feature) => feature.name)).toEqual(['weak_alias', 'birth_date']);
  });
});
