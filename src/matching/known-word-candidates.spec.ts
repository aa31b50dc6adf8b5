import { beforeAll, describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';

// gen2 (rules 1.147.0): a misspelling that is itself a word the index knows ("CAM" from "CHAM") used to block on
// that word alone, so the listed name was never scored. A known word of 3–6 letters, the query name's only blocking
// word, in at most 12 indexed names, none of which holds the query name's other comparable words, also looks up its
// neighbours one edit away (the deletion neighbourhoods, no scan); the scorer then judges each pair. Since rules 1.222.0
// (typo2) a known word of any length more (a longer one through the trigram lists and its swaps). Made-up names.

describe(`${CandidateIndex.name} a misspelling that is a known rare word finds its candidates`, () => {
  let sut: CandidateIndex;
  const bodies: [string, string][] = [
    ['vamb', 'Vamb Shipping Company'],
    ['vam-bakery', 'Vam Bakery'],
    ['tolsk', 'Tolsk Mining Company'],
    ['tolk-bakery', 'Tolk Bakery'],
    ['darbel', 'Darbel Trading Company'],
    ['darvel-bakery', 'Darvel Bakery'],
    ['galst', 'Galst Shipping Company'],
    ['galt', 'Galt Shipping Company'],
    ['bresk', 'Bresk Mining Company'],
    ['martelos', 'Martelos Trading Company'],
    ['krivel', 'Krivel Trading Company'],
    ['rivel-bakery', 'Rivel Bakery'],
    ['martelo-bakery', 'Martelo Bakery'],
  ];

  beforeAll(() => {
    sut = new CandidateIndex();
    bodies.forEach(([entityId, name]) => sut.add({ entityId, schema: 'Company', names: [name] }));
    // "Brek" in 13 names: a word of many names is a word of its own, not a misspelling.
    for (let index = 0; index < 13; index++) {
      sut.add({
        entityId: `brek${index}`,
        schema: 'Company',
        names: [`Brek ${String.fromCharCode(97 + index)}x Bakery`],
      });
    }
    // Other names of the same class words, so that blocking on them alone would not reach the bodies.
    for (let index = 0; index < 2000; index++) {
      const word = `z${(index * 7919).toString(36)}q`;
      sut.add({ entityId: `other${index}`, schema: 'Company', names: [`${word} Trading Company`] });
      sut.add({ entityId: `more${index}`, schema: 'Company', names: [`${word} Mining Company`] });
      sut.add({ entityId: `ship${index}`, schema: 'Company', names: [`${word} Shipping Company`] });
    }
    sut.build();
  }, 180_000);

  it.each([
    {
      name: 'Vam Shipping Company',
      entityId: 'vamb',
      reason: 'a letter dropped from a 4-letter word, giving a known 3-letter word',
    },
    {
      name: 'VAM SHIPPING COMPANY',
      entityId: 'vamb',
      reason: 'the same in capitals (the word also read as an acronym)',
    },
    { name: 'Tolk Mining Company', entityId: 'tolsk', reason: 'a consonant dropped from a 5-letter word' },
    { name: 'Darvel Trading Company', entityId: 'darbel', reason: 'a letter changed in a 6-letter word' },
    { name: 'Vam Shipping Company', entityId: 'vam-bakery', reason: 'the known word still finds its own names' },
    {
      name: 'Martelo Trading Company',
      entityId: 'martelos',
      reason: 'a 7-letter known word, its neighbours read from the trigram lists (since rules 1.222.0)',
    },
  ])('finds $entityId for "$name" ($reason)', ({ name, entityId }) => {
    const results = sut.search({ name, schema: 'Company' }, { threshold: 0, limit: 10 });
    expect(results.map((result) => result.entityId)).toContain(entityId);
  });

  it.each([
    { name: 'Galt Shipping Company', entityId: 'galst', reason: 'a name holds the query words together' },
    { name: 'Brek Mining Company', entityId: 'bresk', reason: 'the known word is in more than 12 names' },
    { name: 'Vam', entityId: 'vamb', reason: 'a name of the one word' },
    { name: 'Vam Korrigan Shipping Company', entityId: 'vamb', reason: 'another blocking word beside it' },
    { name: 'Rivel Trading Company', entityId: 'krivel', reason: 'a neighbour with another first letter' },
  ])('does not find $entityId for "$name" ($reason)', ({ name, entityId }) => {
    const results = sut.search({ name, schema: 'Company' }, { threshold: 0, limit: 10 });
    expect(results.map((result) => result.entityId)).not.toContain(entityId);
  });
});
