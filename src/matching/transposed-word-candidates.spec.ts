import { beforeAll, describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';

// gen1 (rules 1.139.0): a name word with two unlike neighbouring letters swapped still finds its candidates, without
// scanning: the deletion neighbourhoods of 3–6-letter words accept a swap (optimal string alignment, distance 1, where
// they accepted Levenshtein distance 1), and a longer word's swaps are looked up as written (a swap changes four of
// its trigrams, one more than the trigram lists allow). Made-up names only; the scorer then judges each pair.

describe(`${CandidateIndex.name} a word with two neighbouring letters swapped finds its candidates`, () => {
  let sut: CandidateIndex;
  // Made-up bodies whose one identity word is 4 to 13 letters, each beside class words many other names share.
  const bodies: [string, string][] = [
    ['tarv', 'Tarv Trading Company'],
    ['darvo', 'Darvo Holding Limited'],
    ['morvek', 'Morvek Shipping Company'],
    ['velantor', 'Velantor Trading Company'],
    ['brastoline', 'Brastoline Holding Limited'],
    ['quenterivasol', 'Quenterivasol Shipping Company'],
    ['dorslund', 'Dorslund Engineering University'],
  ];

  beforeAll(() => {
    sut = new CandidateIndex();
    bodies.forEach(([entityId, name]) => sut.add({ entityId, schema: 'Company', names: [name] }));
    // Other names of the same class words, so that blocking on them alone would not reach the bodies.
    for (let index = 0; index < 2000; index++) {
      const word = `z${(index * 7919).toString(36)}q`;
      sut.add({ entityId: `other${index}`, schema: 'Company', names: [`${word} Trading Company`] });
      sut.add({ entityId: `more${index}`, schema: 'Company', names: [`${word} Holding Limited`] });
      sut.add({ entityId: `ship${index}`, schema: 'Company', names: [`${word} Shipping Company`] });
    }
    sut.build();
  }, 180_000);

  it.each([
    { name: 'Tavr Trading Company', entityId: 'tarv', reason: 'a 4-letter word, its last two letters swapped' },
    { name: 'Davro Holding Limited', entityId: 'darvo', reason: 'a 5-letter word, two consonants in the middle' },
    { name: 'DAVRO HOLDING LIMITED', entityId: 'darvo', reason: 'the same in capitals' },
    { name: 'Movrek Shipping Company', entityId: 'morvek', reason: 'a 6-letter word' },
    { name: 'Velatnor Trading Company', entityId: 'velantor', reason: 'an 8-letter word (the trigram lists miss it)' },
    { name: 'Bratsoline Holding Limited', entityId: 'brastoline', reason: 'a 10-letter word' },
    { name: 'Quetnerivasol Shipping Company', entityId: 'quenterivasol', reason: 'a 13-letter word' },
    { name: 'Dorlsund Engineering University', entityId: 'dorslund', reason: 'an 8-letter word beside class words' },
  ])('finds $entityId for "$name" ($reason)', ({ name, entityId }) => {
    const results = sut.search({ name, schema: 'Company' }, { threshold: 0, limit: 10 });
    expect(results.map((result) => result.entityId)).toContain(entityId);
  });

  it.each([
    { name: 'Tvra Trading Company', entityId: 'tarv', reason: 'two swaps in a 4-letter word' },
    { name: 'Dovra Holding Limited', entityId: 'darvo', reason: 'two letters apart swapped in a 5-letter word' },
    { name: 'Mkverso Shipping Company', entityId: 'morvek', reason: 'a word of the same letters in another order' },
  ])('does not find $entityId for "$name" ($reason)', ({ name, entityId }) => {
    const results = sut.search({ name, schema: 'Company' }, { threshold: 0, limit: 10 });
    expect(results.map((result) => result.entityId)).not.toContain(entityId);
  });
});
