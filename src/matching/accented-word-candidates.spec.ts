import { beforeAll, describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';

// Rules 1.146.0: a Latin word the index holds both with and without its diacritics ("Drávin", "DRAVIN") is looked up
// in both forms, whichever the query writes. Before, a word the index knew as written was looked up as written only,
// and its other form came from the sound-alike words, whose reading stops after a few dozen words of one Double
// Metaphone key: a name the lists write in ASCII capitals went unfound once other names (a registry's) held the
// accented form. Made-up names only; the scorer then judges each pair as before.

describe(`${CandidateIndex.name} a word with or without its diacritics finds the names of its other form`, () => {
  let sut: CandidateIndex;

  beforeAll(() => {
    sut = new CandidateIndex();
    // Words of the query word's sound (Double Metaphone TRFN) indexed first, so the sound-alike reading, which
    // stops after a few dozen of them, never reaches the other form.
    let filler = 0;
    for (const first of ['d', 't', 'dd', 'tt']) {
      for (const vowel of 'aeiou') {
        for (const middle of ['v', 'f', 'ff', 'ph']) {
          for (const last of 'aeiou') {
            const word = `${first}r${vowel}${middle}${last}n`;
            if (word !== 'dravin') {
              sut.add({ entityId: `filler${filler++}`, schema: 'Company', names: [`${word} Holding Limited`] });
            }
          }
        }
      }
    }
    // And of KRFN ("korven"), for the misspelling below.
    for (const first of ['k', 'c', 'q', 'kk']) {
      for (const vowel of 'aou') {
        for (const middle of ['v', 'f', 'ff', 'ph']) {
          for (const last of 'aeiou') {
            const word = `${first}${vowel}r${middle}${last}n`;
            if (word !== 'korven') {
              sut.add({ entityId: `filler${filler++}`, schema: 'Company', names: [`${word} Shipping Company`] });
            }
          }
        }
      }
    }
    sut.add({ entityId: 'listed-plain', schema: 'Company', names: ['DRAVIN HOLDING LIMITED'] });
    sut.add({ entityId: 'registry-accented', schema: 'Company', names: ['Drávin Logistics'] });
    sut.add({ entityId: 'listed-accented', schema: 'Company', names: ['Kölvar Shipping Company'] });
    sut.add({ entityId: 'registry-plain', schema: 'Company', names: ['Kolvar Marine Works'] });
    sut.add({ entityId: 'listed-other', schema: 'Company', names: ['Drivan Holding Limited'] });
    sut.add({ entityId: 'listed-typo', schema: 'Company', names: ['KORVEN SHIPPING COMPANY'] });
    sut.add({ entityId: 'registry-typo-form', schema: 'Company', names: ['Kórvn Works'] });
    sut.build();
  }, 180_000);

  it.each([
    { name: 'Drávin Holding Limited', entityId: 'listed-plain', reason: 'the query writes the accent, the list not' },
    { name: 'DRÁVIN HOLDING LIMITED', entityId: 'listed-plain', reason: 'the same in capitals' },
    { name: 'Dravin Logistics', entityId: 'registry-accented', reason: 'the query leaves the accent out' },
    { name: 'Kolvar Shipping Company', entityId: 'listed-accented', reason: 'an umlaut the query leaves out' },
    { name: 'Kølvar Shipping Company', entityId: 'listed-accented', reason: 'another letter of the same ASCII form' },
    {
      name: 'KORVN SHIPPING COMPANY',
      entityId: 'listed-typo',
      reason: 'a misspelling the index holds only accented is still new: its spellings are read',
    },
  ])('finds $entityId for "$name" ($reason)', ({ name, entityId }) => {
    const results = sut.search({ name, schema: 'Company' }, { threshold: 0, limit: 10 });
    expect(results.map((result) => result.entityId)).toContain(entityId);
  });

  it.each([
    { name: 'Drávin Holding Limited', entityId: 'listed-plain', score: 0.95, reason: 'scored as the same word' },
  ])('scores $entityId at least $score for "$name" ($reason)', ({ name, entityId, score }) => {
    const results = sut.search({ name, schema: 'Company' }, { threshold: 0, limit: 10 });
    expect(results.find((result) => result.entityId === entityId)?.score ?? 0).toBeGreaterThanOrEqual(score);
  });

  it.each([{ name: 'Drávin Holding Limited', entityId: 'listed-other', reason: 'another word of the same letters' }])(
    'does not match $entityId for "$name" ($reason)',
    ({ name, entityId }) => {
      const results = sut.search({ name, schema: 'Company' }, { threshold: 0.7, limit: 10 });
      expect(results.map((result) => result.entityId)).not.toContain(entityId);
    },
  );
});
