import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { sameParty, type PartyFacts } from './same-party';

// link3 (rules 1.123.0): two entries that share only a name of acronyms ("QNU") are one party only when their names
// of words agree: Quarrow University and Quarrow Normal University both write QNU. Made-up names only.

const base: PartyFacts = {
  nameKeys: new Set(['1 2', '9']),
  acronymKeys: new Set(['9']),
  listIds: ['list-a'],
  schema: 'Organization',
  countries: ['xa'],
  birthDates: [],
  identifiers: [],
};

describe(`${sameParty.name}: a shared name of acronyms only`, () => {
  it.each<[string, Partial<PartyFacts>, (() => boolean) | undefined, boolean]>([
    ['a shared name of words (and the acronym)', { nameKeys: new Set(['1 2', '9']) }, undefined, true],
    ['only the acronym, the names of words not agreeing', { nameKeys: new Set(['1 3 2', '9']) }, () => false, false],
    ['only the acronym, no word-name test given', { nameKeys: new Set(['1 3 2', '9']) }, undefined, false],
    [
      'only the acronym, the names of words agreeing (spelt apart)',
      { nameKeys: new Set(['1 4', '9']) },
      () => true,
      true,
    ],
    ['only the acronym, the other known by it alone', { nameKeys: new Set(['9']) }, () => false, true],
    [
      'only the acronym, an identifier agreeing but the names of words not',
      { nameKeys: new Set(['1 3 2', '9']), identifiers: ['Q1'] },
      () => false,
      false,
    ],
    [
      'a one-word name that is no acronym on either side',
      { nameKeys: new Set(['1 3 2', '8']), acronymKeys: new Set<string>() },
      () => false,
      false,
    ],
  ])('%s: same party %s', (_case, right, agree, expected) => {
    const left = { ...base, identifiers: right.identifiers ?? [] };
    const sut = sameParty(left, { ...base, listIds: ['list-b'], ...right }, agree);

    expect(sut !== null).toBe(expected);
  });

  it('a one-word name of words both write, no acronym: the same party as before', () => {
    const word: PartyFacts = { ...base, nameKeys: new Set(['8']), acronymKeys: new Set() };

    expect(sameParty(word, { ...word, listIds: ['list-b'] })).toBe('same name, country agrees');
  });
});

describe(`${CandidateIndex.name}: entries sharing only an acronym are folded only when their names agree`, () => {
  const build = () => {
    const sut = new CandidateIndex();
    sut.add({
      entityId: 'reg:1',
      schema: 'Organization',
      names: ['Quarrow Normal University', 'QNU'],
      countries: ['xa'],
      listIds: ['registry'],
    });
    sut.add({
      entityId: 'list:1',
      schema: 'Organization',
      names: ['Quarrow University', 'QNU'],
      countries: ['xa'],
      listIds: ['list'],
    });
    sut.add({
      entityId: 'other:1',
      schema: 'Organization',
      names: ['Quarrow Normal Univ.', 'QNU'],
      countries: ['xa'],
      listIds: ['other'],
    });
    return sut.build();
  };

  it('the registry body is not folded with the list entry of another body that writes its acronym', () => {
    const sut = build();

    const [head] = sut.search({ name: 'Quarrow Normal University' }, { limit: 5, threshold: 0.5 });

    expect(head.entityId).toBe('reg:1');
    expect((head.alsoListedAs ?? []).map((entry) => entry.entityId)).not.toContain('list:1');
  });

  it('but with an entry whose name of words is its own name written otherwise', () => {
    const sut = build();

    const [head] = sut.search({ name: 'Quarrow Normal University' }, { limit: 5, threshold: 0.5 });

    expect((head.alsoListedAs ?? []).map((entry) => entry.entityId)).toEqual(['other:1']);
  });

  it('the list entry asked by its own name is not folded with the registry body', () => {
    const sut = build();

    const results = sut.search({ name: 'Quarrow University' }, { limit: 5, threshold: 0.5 });

    const head = results.find((result) => result.entityId === 'list:1')!;
    expect((head.alsoListedAs ?? []).map((entry) => entry.entityId)).not.toContain('reg:1');
  });
});
