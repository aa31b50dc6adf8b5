import { beforeAll, describe, expect, it } from 'vitest';
import { CandidateIndex, kthHighest } from './candidate-index';
import type { IndexEntry } from './types';

describe(kthHighest.name, () => {
  const sut = kthHighest;

  it.each([
    { scores: [3, 1, 2], k: 1, expected: 3, reason: 'the highest' },
    { scores: [3, 1, 2], k: 3, expected: 1, reason: 'the lowest of exactly k' },
    { scores: [5, 1, 4, 1, 3, 2], k: 2, expected: 4, reason: 'later values replace the least kept' },
    { scores: [2, 2, 2, 1], k: 3, expected: 2, reason: 'repeats count once each' },
    { scores: [1, 2], k: 3, expected: -Infinity, reason: 'fewer scores than k' },
  ])('is $expected for k=$k of $scores ($reason)', ({ scores, k, expected }) => {
    expect(sut(Float32Array.from(scores), scores.length, k)).toBe(expected);
  });
});

describe(`${CandidateIndex.name} blocking ceilings`, () => {
  // Made-up names: 40 bodies share three rare words, 1,500 share one common word, and a few near
  // names compete for the last places, so a query reads the common word's long list after 40 names
  // are touched with evidence no name found only through the common word can reach.
  const entries: IndexEntry[] = [];
  const syllables = ['ka', 'ri', 'mo', 'len', 'tor', 'vash', 'el', 'ber', 'sin', 'dra', 'gol', 'mir'];
  const word = (index: number) =>
    syllables[index % 12] + syllables[Math.floor(index / 12) % 12] + syllables[Math.floor(index / 144) % 12];
  for (let index = 0; index < 40; index++) {
    entries.push({ entityId: `trio-${index}`, schema: 'Company', names: [`Quarvel Ostrind Pelmark ${word(index)}`] });
  }
  for (let index = 0; index < 12; index++) {
    entries.push({ entityId: `pair-${index}`, schema: 'Company', names: [`Quarvel Ostrind ${word(index + 40)}`] });
  }
  for (let index = 0; index < 1500; index++) {
    entries.push({ entityId: `common-${index}`, schema: 'Company', names: [`Tessavine ${word(index + 100)} Trading`] });
  }
  let sut: CandidateIndex;
  let reference: CandidateIndex;

  beforeAll(() => {
    sut = new CandidateIndex();
    reference = new CandidateIndex({ blockingCeilings: false });
    for (const entry of entries) {
      sut.add(entry);
      reference.add(entry);
    }
    sut.build();
    reference.build();
  });

  it.each([
    { name: 'Quarvel Ostrind Pelmark Tessavine', pruned: true, reason: 'the common word read last, after 40 names' },
    { name: 'Quarvel Ostrind Tessavine', pruned: true, reason: 'two rare words still outweigh the common one' },
    { name: `Quarvel Ostrind Pelmark ${word(3)} Tessavine`, pruned: true, reason: 'one body named in full' },
    { name: 'Tessavine Trading', pruned: false, reason: 'only the common word: nothing touched before it' },
    { name: 'Pelmark Tessavine', pruned: true, reason: 'one rarer word of 40 names outweighs the common one' },
    { name: `${word(45)} Tessavine`, pruned: false, reason: 'fewer names touched than are scored' },
  ])('answers "$name" as reading every list ($reason)', ({ name, pruned }) => {
    for (const options of [{ limit: 5 }, { limit: 20, threshold: 0.3 }]) {
      const expected = reference.search({ name, schema: 'Company' }, options);
      const referenceTouched = reference.lastSearch.touched;

      expect(sut.search({ name, schema: 'Company' }, options)).toEqual(expected);
      expect(sut.lastSearch.touched < referenceTouched).toBe(pruned);
      expect(sut.lastSearch.blocked).toBe(reference.lastSearch.blocked);
    }
  });
});
