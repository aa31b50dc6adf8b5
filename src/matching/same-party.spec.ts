import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { sameParty, unfoldParties, type PartyFacts } from './same-party';

const base: PartyFacts = {
  nameKeys: new Set(['1 2 3']),
  listIds: ['list-a'],
  schema: 'Person',
  countries: [],
  birthDates: [],
  identifiers: [],
};

describe(sameParty.name, () => {
  it.each([
    ['a shared name and an agreeing date of birth', { birthDates: ['1961'] }, { birthDates: ['1961-04-02'] }, true],
    ['a shared name and a shared country', { countries: ['xa'] }, { countries: ['xa', 'xb'] }, true],
    ['a shared name and an equal identifier', { identifiers: ['P123'] }, { identifiers: ['P123'] }, true],
    ['a shared name alone (a namesake may be another person)', {}, {}, false],
    [
      'different dates of birth',
      { birthDates: ['1961'], countries: ['xa'] },
      { birthDates: ['1970'], countries: ['xa'] },
      false,
    ],
    [
      'countries that do not meet',
      { birthDates: ['1961'], countries: ['xa'] },
      { birthDates: ['1961'], countries: ['xb'] },
      false,
    ],
    [
      'unequal identifiers (written differently by each list)',
      { identifiers: ['A1'], countries: ['xa'] },
      { identifiers: ['B2'], countries: ['xa'] },
      true,
    ],
    ['no shared name', { birthDates: ['1961'] }, { birthDates: ['1961'], nameKeys: new Set(['1 2 4']) }, false],
    [
      'two entries of one list (a list lists a party once)',
      { birthDates: ['1961'] },
      { birthDates: ['1961'], listIds: ['list-a'] },
      false,
    ],
    ['another schema', { birthDates: ['1961'] }, { birthDates: ['1961'], schema: 'Organization' }, false],
  ])('%s: same party %s', (_case, left, right, expected) => {
    const sut = sameParty({ ...base, ...left }, { ...base, listIds: ['list-b'], ...right });

    expect(sut !== null).toBe(expected);
  });

  it('says which facts agree', () => {
    const sut = sameParty(
      { ...base, birthDates: ['1961'], countries: ['xa'] },
      { ...base, listIds: ['list-b'], birthDates: ['1961'], countries: ['xa'] },
    );

    expect(sut).toBe('same name, date of birth, country agree');
  });
});

describe(`${CandidateIndex.name} one result a party`, () => {
  const build = () => {
    const sut = new CandidateIndex();
    sut.add({ entityId: 'b:1', schema: 'Person', names: ['Orlan Dusek Varga'], countries: ['xa'], listIds: ['b'] });
    sut.add({
      entityId: 'a:1',
      schema: 'Person',
      names: ['Orlan Dusek Varga', 'Orlan Varga'],
      birthDates: ['1961-04-02'],
      countries: ['xa'],
      listIds: ['a'],
    });
    sut.add({
      entityId: 'c:1',
      schema: 'Person',
      names: ['VARGA, Orlan Dusek'],
      birthDates: ['1961'],
      listIds: ['c'],
    });
    // A namesake: same name, another date of birth.
    sut.add({
      entityId: 'c:2',
      schema: 'Person',
      names: ['Orlan Dusek Varga'],
      birthDates: ['1979'],
      listIds: ['c'],
    });
    return sut.build();
  };

  it('folds entries of other lists with a shared name and agreeing facts into the best-evidenced one', () => {
    const sut = build();

    const results = sut.search(
      { name: 'Orlan Dusek Varga', schema: 'Person', birthDates: ['1961-04-02'], countries: ['xa'] },
      { limit: 5 },
    );

    expect(results.map((result) => result.entityId)).toEqual(['a:1', 'c:2']);
    expect(results[0].alsoListedAs?.map((entry) => entry.entityId).sort()).toEqual(['b:1', 'c:1']);
    expect([...results[0].listIds].sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps a namesake with another date of birth as its own result', () => {
    const sut = build();

    const results = sut.search({ name: 'Orlan Dusek Varga', schema: 'Person' }, { limit: 5 });

    expect(results.find((result) => result.entityId === 'c:2')?.alsoListedAs).toBeUndefined();
    expect(results).toHaveLength(2);
  });
});

describe(unfoldParties.name, () => {
  it('gives each folded entry back as its own result, with its own lists, after its party', () => {
    const index = new CandidateIndex();
    index.add({
      entityId: 'a:1',
      schema: 'Person',
      names: ['Orlan Dusek Varga'],
      birthDates: ['1961'],
      listIds: ['a'],
    });
    index.add({
      entityId: 'b:1',
      schema: 'Person',
      names: ['Orlan Dusek Varga'],
      birthDates: ['1961'],
      listIds: ['b'],
    });
    index.build();

    const sut = unfoldParties(index.search({ name: 'Orlan Dusek Varga', schema: 'Person', birthDates: ['1961'] }));

    expect(sut.map((result) => [result.entityId, result.listIds, result.alsoListedAs])).toEqual([
      ['a:1', ['a'], undefined],
      ['b:1', ['b'], undefined],
    ]);
  });
});
