import { beforeAll, describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';

// Rules 1.156.0: a plain query word of three letters the index knows ("Sao") is also looked up in the accented forms
// the index holds ("São"). Rules 1.146.0 looked plain words up in their accented forms from four letters only; a
// three-letter word the index knew plain (a list's "SAO …") then found the accented names only through the
// sound-alike words, whose reading stops after a few dozen of one key. The other way (an accented word of three
// letters in its plain form, "Koç" against an acronym "KOC") stays out. Made-up names only.

describe(`${CandidateIndex.name} a plain word of three letters finds the names of its accented form`, () => {
  let sut: CandidateIndex;

  beforeAll(() => {
    sut = new CandidateIndex();
    // Words of the query word's sound (Double Metaphone R) indexed first, so the sound-alike reading, which stops
    // after a few dozen of them, never reaches the accented form.
    let filler = 0;
    for (const first of ['r', 'rr', 'wr', 'rh']) {
      for (const vowel of 'aeiouy') {
        for (const last of 'aeiouy') {
          const word = `${first}${vowel}${last}`;
          if (word !== 'rav' && word !== 'rao') {
            sut.add({ entityId: `filler${filler++}`, schema: 'Organization', names: [`${word} Quarrow Society`] });
          }
        }
      }
    }
    sut.add({ entityId: 'listed-plain', schema: 'Organization', names: ['RAO TRADING HOUSE'] });
    sut.add({ entityId: 'registry-accented', schema: 'Organization', names: ['Instituto de Geologia de Rão Velmar'] });
    sut.add({ entityId: 'registry-other', schema: 'Organization', names: ['Instituto de Geologia de Rio Velmar'] });
    // A name whose other word every filler shares: only the three-letter word can block it.
    sut.add({ entityId: 'registry-short', schema: 'Organization', names: ['Rão Quarrow Society'] });
    sut.build();
  }, 180_000);

  it.each([
    {
      name: 'Instituto de Geologia de Rao Velmar',
      entityId: 'registry-accented',
      reason: 'the query leaves the tilde out of a three-letter word the index also knows plain',
    },
    { name: 'INSTITUTO DE GEOLOGIA DE RAO VELMAR', entityId: 'registry-accented', reason: 'the same in capitals' },
    { name: 'Rao Quarrow Society', entityId: 'registry-short', reason: 'the three-letter word the only rare word' },
    { name: 'RAO QUARROW SOCIETY', entityId: 'registry-short', reason: 'the same in capitals' },
  ])('finds $entityId for "$name" ($reason)', ({ name, entityId }) => {
    const results = sut.search({ name, schema: 'Organization' }, { threshold: 0, limit: 3 });
    expect(results.map((result) => result.entityId)).toContain(entityId);
  });

  it.each([
    {
      name: 'Instituto de Geologia de Rao Velmar',
      entityId: 'registry-accented',
      score: 0.95,
      reason: 'scored as the same word, first',
    },
  ])('scores $entityId at least $score for "$name" ($reason)', ({ name, entityId, score }) => {
    const results = sut.search({ name, schema: 'Organization' }, { threshold: 0, limit: 3 });
    expect(results[0]?.entityId).toBe(entityId);
    expect(results[0]?.score ?? 0).toBeGreaterThanOrEqual(score);
  });
});
