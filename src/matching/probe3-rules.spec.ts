import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { identifierName } from './identifier-names';

// probe3 (rules 1.116.0): a name that is an identifier, a joined word whose parts are frequent, a misspelt class
// word. Made-up names and identifiers only.

describe(`${identifierName.name}: a name that is an identifier (identifier_patterns.yml)`, () => {
  it.each([
    ['a bare ROR id', '0qrwx7y45', { kind: 'ror', value: '0qrwx7y45' }],
    ['a ROR id as its address', 'https://ror.org/0qrwx7y45', { kind: 'ror', value: '0qrwx7y45' }],
    ['a ROR id without the scheme', 'ror.org/0qrwx7y45', { kind: 'ror', value: '0qrwx7y45' }],
    ['a ROR address with www and a slash', 'http://www.ror.org/0qrwx7y45/', { kind: 'ror', value: '0qrwx7y45' }],
    ['an IMO number (the number, since rules 1.125.0)', 'IMO 9912345', { kind: 'imo', value: '9912345' }],
    ['an MMSI number after its word', 'MMSI 273456789', { kind: 'mmsi', value: '273456789' }],
    ['a code of letters and digits', 'QX-20417', { kind: 'code', value: 'QX-20417' }],
  ])('%s: %s', (_case, name, expected) => {
    expect(identifierName(name)).toMatchObject(expected);
  });

  it.each([
    ['a name', 'Quarrow University of Technology'],
    ['nine digits starting with 0 are no ROR id (no letter)', '012345678'],
    ['a ROR-shaped word with a letter ROR does not use (u)', '0qrwu7y45'],
    ['a name with a number', 'Quarrow 21 Holdings'],
    ['too short', 'Q7'],
  ])('not %s: %s', (_case, name) => {
    expect(identifierName(name)?.kind).not.toBe('ror');
    if (name.includes(' ') || name.length < 3) {
      expect(identifierName(name)).toBeNull();
    }
  });
});

describe(`${CandidateIndex.name}: a query whose name is an identifier finds the record that holds it`, () => {
  const build = () => {
    const sut = new CandidateIndex();
    sut.add({
      entityId: 'ror:0qrwx7y45',
      schema: 'Organization',
      names: ['Quarrow University of Technology'],
      identifiers: ['0qrwx7y45', 'https://ror.org/0qrwx7y45'],
    });
    sut.add({
      entityId: 'v:1',
      schema: 'Vessel',
      names: ['TESSALY STAR'],
      identifiers: ['IMO 9912345'],
      listIds: ['v'],
    });
    sut.add({ entityId: 'o:1', schema: 'Organization', names: ['Brindle Marsh University'] });
    return sut.build();
  };

  it.each([
    ['a bare ROR id', '0qrwx7y45', 'Organization', ['ror:0qrwx7y45']],
    ['a ROR address', 'https://ror.org/0qrwx7y45', 'Organization', ['ror:0qrwx7y45']],
    ['a ROR id without the scheme', 'ror.org/0qrwx7y45', 'Organization', ['ror:0qrwx7y45']],
    ['an IMO number', 'IMO 9912345', 'Vessel', ['v:1']],
    ['a ROR id no record holds', 'https://ror.org/0zzzz9z99', 'Organization', []],
  ])('%s: %s', (_case, name, schema, expected) => {
    const sut = build();

    const results = sut.search({ name, schema }, { limit: 5, threshold: 0.5 });

    expect(results.map((result) => result.entityId)).toEqual(expected);
    expect(results.every((result) => result.score >= 0.95)).toBe(true);
  });
});

describe(`${CandidateIndex.name}: a ROR id given as an identifier, as its address`, () => {
  it('finds the record that holds the bare id', () => {
    const sut = new CandidateIndex();
    sut.add({
      entityId: 'ror:0qrwx7y45',
      schema: 'Organization',
      names: ['Quarrow University'],
      identifiers: ['0qrwx7y45'],
    });
    sut.build();

    const results = sut.search(
      { name: 'Brindle Marsh Institute', schema: 'Organization', identifiers: ['https://ror.org/0qrwx7y45'] },
      { limit: 5, threshold: 0.5 },
    );

    expect(results.map((result) => result.entityId)).toEqual(['ror:0qrwx7y45']);
  });
});

describe(`${CandidateIndex.name}: a joined query word credits the names found by the other words that hold its parts side by side`, () => {
  // Both parts of "borell" are stop-keys: each is a word of more than 2,000 names.
  const syllables = ['ka', 'ri', 'mo', 'len', 'tor', 'vash', 'an', 'el', 'ber', 'sin', 'dra', 'gol', 'mir', 'za'];
  const ownWord = (index: number) =>
    [0, 1, 2, 3].map((place) => syllables[Math.floor(index / syllables.length ** place) % syllables.length]).join('');
  const build = (spelling: boolean) => {
    const sut = new CandidateIndex();
    for (let index = 0; index < 2_100; index++) {
      sut.add({ entityId: `f:${index}`, schema: 'Person', names: [`BO RELL ${ownWord(index)}`], listIds: ['f'] });
    }
    for (let index = 0; index < 40; index++) {
      sut.add({
        entityId: `t:${index}`,
        schema: 'Person',
        names: [`Tarquin ${ownWord(3_000 + index)}`],
        listIds: ['t'],
      });
    }
    if (spelling) {
      // A word one letter from the query's joined word: it has spellings of its own.
      sut.add({ entityId: 's:1', schema: 'Person', names: ['Borella Quint'], listIds: ['s'] });
    }
    sut.add({ entityId: 'p:1', schema: 'Person', names: ['BO-RELL, Tarquin'], listIds: ['p'] });
    return sut.build();
  };

  it.each([
    ['both parts stop-keys', false],
    ['both parts stop-keys, and the word has a spelling in the index', true],
  ])('%s', (_case, spelling) => {
    const sut = build(spelling);

    const results = sut.search({ name: 'Tarquin Borell', schema: 'Person' }, { limit: 3, threshold: 0.5 });

    expect(results[0]?.entityId).toBe('p:1');
    expect(results[0]?.score).toBeGreaterThanOrEqual(0.9);
  });
});

describe(`${CandidateIndex.name}: a misspelt class word blocks as the class word`, () => {
  const syllables = ['ka', 'ri', 'mo', 'len', 'tor', 'vash', 'an', 'el', 'ber', 'sin', 'dra', 'gol', 'mir', 'za'];
  const ownWord = (index: number) =>
    [0, 1, 2].map((place) => syllables[Math.floor(index / syllables.length ** place) % syllables.length]).join('');
  const build = () => {
    const sut = new CandidateIndex();
    // Enough names for words to have rarities; the body's distinctive word in many names; words one letter from the
    // misspelling in a few.
    for (let index = 0; index < 1_200; index++) {
      sut.add({ entityId: `f:${index}`, schema: 'Organization', names: [`${ownWord(index)} Trading Company`] });
    }
    for (let index = 0; index < 40; index++) {
      sut.add({ entityId: `q:${index}`, schema: 'Organization', names: [`Quarrow ${ownWord(2_000 + index)} Company`] });
      sut.add({ entityId: `u:${index}`, schema: 'Organization', names: [`Universty ${ownWord(2_100 + index)} Group`] });
    }
    sut.add({ entityId: 'b:1', schema: 'Organization', names: ['Quarrow University of Technology'] });
    return sut.build();
  };

  it.each([
    ['a letter dropped', 'Quarrow Univrsity of Technology'],
    ['two letters swapped', 'Quarrow University of Tehcnology'],
    ['a letter changed', 'Quarrow Universiry of Technology'],
  ])('%s: %s', (_case, name) => {
    const sut = build();

    const results = sut.search({ name, schema: 'Organization' }, { limit: 3, threshold: 0.5 });

    expect(results[0]?.entityId).toBe('b:1');
  });
});
