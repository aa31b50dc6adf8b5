import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { aliasesOnly, aliasesOnlyAgree, sameParty, unfoldParties, type PartyFacts } from './same-party';

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

describe(`${sameParty.name}: a body on no list and a list entry sharing only aliases (since rules 1.235.0)`, () => {
  // Keys: 'own-b' the body's own name, 'own-e' the entry's own name, 'alias' a name each holds as another name.
  const body: PartyFacts = { ...base, schema: 'Organization', listIds: [], countries: ['xa'], ownNameKey: 'own-b' };
  const entry: PartyFacts = { ...body, listIds: ['list-a'], ownNameKey: 'own-e' };
  it.each([
    {
      rule: 'an alias both hold, their own names differing, is no fold (a translated alias, a unit alias)',
      left: { nameKeys: new Set(['own-b', 'alias']) },
      right: { nameKeys: new Set(['own-e', 'alias']) },
      ownNamesAgree: false,
      folded: false,
      aliases: true,
    },
    {
      rule: 'an alias both hold is a fold when an own name agrees with another name of the other (a spelling of it)',
      left: { nameKeys: new Set(['own-b', 'alias']) },
      right: { nameKeys: new Set(['own-e', 'alias']) },
      ownNamesAgree: true,
      folded: true,
      aliases: true,
    },
    {
      rule: "the entry named by the body's own name is a fold (a renamed body through a list's former name)",
      left: { nameKeys: new Set(['own-b']) },
      right: { nameKeys: new Set(['own-e', 'own-b']) },
      ownNamesAgree: false,
      folded: true,
      aliases: false,
    },
    {
      rule: "the body named by the entry's own name is a fold, as before",
      left: { nameKeys: new Set(['own-b', 'own-e']) },
      right: { nameKeys: new Set(['own-e']) },
      ownNamesAgree: false,
      folded: true,
      aliases: false,
    },
    {
      rule: 'two bodies on no list sharing only an alias are no fold either (no chain of bodies through an alias)',
      left: { nameKeys: new Set(['own-b', 'alias']) },
      right: { nameKeys: new Set(['own-e', 'alias']), listIds: [] },
      ownNamesAgree: false,
      folded: false,
      aliases: true,
    },
    {
      rule: 'two list entries sharing only an alias are untouched (one party on two lists)',
      left: { nameKeys: new Set(['own-b', 'alias']), listIds: ['list-b'] },
      right: { nameKeys: new Set(['own-e', 'alias']) },
      ownNamesAgree: false,
      folded: true,
      aliases: false,
    },
  ])('$rule', ({ left, right, ownNamesAgree, folded, aliases }) => {
    const sut = sameParty({ ...body, ...left }, { ...entry, ...right }, undefined, () => ownNamesAgree);

    expect(sut !== null).toBe(folded);
    expect(aliasesOnly({ ...body, ...left }, { ...entry, ...right })).toBe(aliases);
  });
});

describe(`${aliasesOnlyAgree.name}: the one alias-only rule of the screen's fold and the registry-name links (since rules 1.235.0)`, () => {
  // Names as letters: 'A…' own names, 'S…' shared aliases, 'X…' other names; `agrees` lists the readings the matcher
  // matches, query first, one way only (the matcher need not read a pair both ways).
  it.each([
    {
      rule: "two records sharing no name are not this rule's business",
      left: ['A1', 'X1'],
      right: ['A2', 'X2'],
      agrees: [],
      expected: true,
    },
    {
      rule: 'a shared own name (of either) is a shared name as before',
      left: ['A1', 'S1'],
      right: ['A2', 'A1'],
      agrees: [],
      expected: true,
    },
    {
      rule: 'only aliases shared and no own name agreeing: not one party (a translated alias, a unit held as an alias)',
      left: ['A1', 'S1'],
      right: ['A2', 'S1'],
      agrees: [],
      expected: false,
    },
    {
      rule: 'only aliases shared, the own name of one agreeing with an unshared name of the other: one party',
      left: ['A1', 'S1'],
      right: ['A2', 'S1', 'X2'],
      agrees: [['A1', 'X2']],
      expected: true,
    },
    {
      rule: 'the agreement counts whichever record the matcher reads as the query (the right one here)',
      left: ['A1', 'S1', 'X1'],
      right: ['A2', 'S1'],
      agrees: [['A2', 'X1']],
      expected: true,
    },
    {
      rule: 'and when it reads the unshared name as the query and the own name as the candidate',
      left: ['A1', 'S1', 'X1'],
      right: ['A2', 'S1'],
      agrees: [['X1', 'A2']],
      expected: true,
    },
    {
      rule: 'an own name agreeing only with the shared alias (the alias read again) is no evidence',
      left: ['A1', 'S1'],
      right: ['A2', 'S1'],
      agrees: [['A1', 'S1']],
      expected: false,
    },
    {
      rule: 'a shared alias agreeing with the own names of both (a writing of both own names) is one own name',
      left: ['A1', 'S1'],
      right: ['A2', 'S1'],
      agrees: [
        ['S1', 'A1'],
        ['A2', 'S1'],
      ],
      expected: true,
    },
  ])('$rule', ({ left, right, agrees, expected }) => {
    const agreeing = new Set(agrees.map(([query, candidate]) => `${query}>${candidate}`));

    const sut = aliasesOnlyAgree(
      left,
      right,
      (name) => name,
      (query, candidate) => query.some((one) => candidate.some((other) => agreeing.has(`${one}>${other}`))),
    );

    expect(sut).toBe(expected);
  });
});

describe(`${CandidateIndex.name}: a body on no list and a list entry sharing only an alias (since rules 1.235.0)`, () => {
  const build = () => {
    const sut = new CandidateIndex();
    sut.add({
      entityId: 'registry:tarvelle-reserve',
      schema: 'Organization',
      names: ['Tarvelle National Reserve Institute', 'Bank of Norland'],
      countries: ['xa'],
      listIds: [],
    });
    sut.add({
      entityId: 'list-a:bank-tarvik',
      schema: 'Organization',
      names: ['Bank Tarvik', 'Bank of Norland'],
      countries: ['xa'],
      listIds: ['list-a'],
    });
    sut.add({
      entityId: 'registry:pellby-flying',
      schema: 'Organization',
      names: ['Pellby Flying College', 'Air Force Pellby Flight Academy', 'Pellby Flight College of Air Force'],
      countries: ['xa'],
      listIds: [],
    });
    sut.add({
      entityId: 'list-a:pellby-flight',
      schema: 'Organization',
      names: ['Airforce Pellby Flight Academy', 'Pellby Flight College of Air Force'],
      countries: ['xa'],
      listIds: ['list-a'],
    });
    sut.add({
      entityId: 'registry:second-academy-of-tasic',
      schema: 'Organization',
      names: ['Second Academy of TASIC', 'TASIC Second Academy', 'Second Research Academy of TASIC'],
      countries: ['xa'],
      listIds: [],
    });
    sut.add({
      entityId: 'list-a:tasic-second-academy',
      schema: 'Organization',
      names: [
        'Tarvik Aerospace Science and Industry Corporation Second Academy',
        'TASIC Second Academy',
        'Second Research Academy of TASIC',
        'Tarvik Kelmoss Electronics Academy',
      ],
      countries: ['xa'],
      listIds: ['list-a'],
    });
    sut.add({
      entityId: 'registry:quarrow-signals',
      schema: 'Organization',
      names: ['Quarrow Signals University'],
      countries: ['xa'],
      listIds: [],
    });
    sut.add({
      entityId: 'list-a:quarrow-fourth',
      schema: 'Organization',
      names: ['Fourth Kelvoss Signals School', 'Quarrow Signals University'],
      countries: ['xa'],
      listIds: ['list-a'],
    });
    return sut.build();
  };
  /** Whether the two are one result (the one folded into the other). */
  const together = (results: ReturnType<CandidateIndex['search']>, left: string, right: string) =>
    results.some((result) => {
      const ids = [result.entityId, ...(result.alsoListedAs ?? []).map((entry) => entry.entityId)];
      return ids.includes(left) && ids.includes(right);
    });

  it.each([
    {
      rule: 'a list entry whose alias the body holds too, the own names differing, is not folded into the body',
      query: 'Bank of Norland',
      body: 'registry:tarvelle-reserve',
      entry: 'list-a:bank-tarvik',
      expected: false,
    },
    {
      rule: 'an entry whose own name is another name of the body written otherwise is folded (a joined word)',
      query: 'Pellby Flight College of Air Force',
      body: 'registry:pellby-flying',
      entry: 'list-a:pellby-flight',
      expected: true,
    },
    {
      rule: "an entry holding the body's own name (a former name) is folded",
      query: 'Quarrow Signals University',
      body: 'registry:quarrow-signals',
      entry: 'list-a:quarrow-fourth',
      expected: true,
    },
    {
      rule: "a unit's record named by its own name, the entry's own name writing the unit's acronym out, is folded (since rules 1.235.0: either read as the query)",
      query: 'Second Academy of TASIC',
      body: 'registry:second-academy-of-tasic',
      entry: 'list-a:tasic-second-academy',
      expected: true,
    },
    {
      rule: 'the same unit asked by an alias both hold is folded too (since rules 1.235.0)',
      query: 'Second Research Academy of TASIC',
      body: 'registry:second-academy-of-tasic',
      entry: 'list-a:tasic-second-academy',
      expected: true,
    },
  ])('$rule', ({ query, body, entry, expected }) => {
    const sut = build();

    const results = sut.search(
      { name: query, schema: 'Organization', countries: ['xa'] },
      { limit: 5, threshold: 0.5 },
    );

    expect(together(results, body, body) && together(results, entry, entry)).toBe(true);
    expect(together(results, body, entry)).toBe(expected);
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

describe(`${CandidateIndex.name} a party scored with the dates of birth of all its entries (since rules 1.112.0)`, () => {
  // One person on two lists, linked by a reference number: one list gives no date of birth or country.
  const build = () => {
    const sut = new CandidateIndex();
    sut.add({ entityId: 'u:1', schema: 'Person', names: ['Orlan Dusek Varga'], identifiers: ['R-17'], listIds: ['u'] });
    sut.add({
      entityId: 'n:1',
      schema: 'Person',
      names: ['VARGA, Orlan Dusek'],
      birthDates: ['1961'],
      countries: ['xa'],
      identifiers: ['R-17'],
      listIds: ['n'],
    });
    return sut.build();
  };

  it.each([
    ['a date of birth and a country that conflict with the other entry', ['1990'], ['xb'], false],
    ['a date of birth that conflicts with the other entry', ['1990'], [], false],
    ['a date of birth and a country that agree', ['1961'], ['xa'], true],
    ['neither', [], [], true],
  ])('%s: a match %s', (_case, birthDates, countries, expected) => {
    const sut = build();

    const results = sut.search(
      { name: 'Orlan Dusek Varga', schema: 'Person', birthDates, countries },
      { limit: 5, threshold: 0.3 },
    );

    expect(results).toHaveLength(1);
    expect([results[0].entityId, ...(results[0].alsoListedAs ?? []).map((entry) => entry.entityId)].sort()).toEqual([
      'n:1',
      'u:1',
    ]);
    expect(results[0].match).toBe(expected);
  });

  it('scores the party as its entry with the date of birth would be scored under the best name', () => {
    const sut = build();

    const [party] = sut.search(
      { name: 'Orlan Dusek Varga', schema: 'Person', birthDates: ['1990'] },
      { limit: 5, threshold: 0.3 },
    );

    expect(party.entityId).toBe('u:1');
    expect(party.score).toBe(party.alsoListedAs![0].score);
    expect(party.features).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'birth_date', value: -1 })]),
    );
  });

  it('does not merge countries: a country the query gives is weighed against the entry scored', () => {
    const sut = build();

    const [party] = sut.search(
      { name: 'Orlan Dusek Varga', schema: 'Person', countries: ['xb'] },
      { limit: 5, threshold: 0.3 },
    );

    expect([party.entityId, party.score]).toEqual(['u:1', 1]);
  });

  it('sees the other entry only at or above the search threshold: above its score, the party is its first entry alone', () => {
    const sut = build();

    const results = sut.search(
      { name: 'Orlan Dusek Varga', schema: 'Person', birthDates: ['1990'], countries: ['xb'] },
      { limit: 5, threshold: 0.7 },
    );

    expect(results.map((result) => [result.entityId, result.score, result.alsoListedAs])).toEqual([
      ['u:1', 1, undefined],
    ]);
  });
});

describe(`${CandidateIndex.name} an identifier finds its entries whatever their names (since rules 1.112.0)`, () => {
  const build = (holders = 1) => {
    const sut = new CandidateIndex();
    for (let holder = 0; holder < holders; holder++) {
      sut.add({
        entityId: `x:${holder}`,
        schema: 'Company',
        names: [`Quarrow Holdings ${holder}`],
        identifiers: ['REG 55501'],
        listIds: ['x'],
      });
    }
    sut.add({ entityId: 'x:other', schema: 'Company', names: ['Tessaly Trading'], listIds: ['x'] });
    return sut.build();
  };

  it.each([
    ['the identifier as written', 'REG 55501', ['x:0']],
    ['the identifier written otherwise', 'reg-55501', ['x:0']],
    ['another identifier', 'REG 55502', []],
  ])('%s', (_case, identifier, expected) => {
    const sut = build();

    const results = sut.search({ name: 'Brindle Marsh Exports', schema: 'Company', identifiers: [identifier] });

    expect(results.map((result) => result.entityId)).toEqual(expected);
    expect(results.every((result) => result.score >= 0.95)).toBe(true);
  });

  it('not an identifier that two entries hold (a telephone number of a group of companies, a shared passport)', () => {
    const sut = build(2);

    const results = sut.search({ name: 'Brindle Marsh Exports', schema: 'Company', identifiers: ['REG 55501'] });

    expect(results).toEqual([]);
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
