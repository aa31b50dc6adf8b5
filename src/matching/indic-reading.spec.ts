import { describe, expect, it } from 'vitest';
import { indicSpellsLatin } from './indic-reading';

/**
 * An Indic word's letters against a Latin word, letter class by letter class (reference/indic_letters.tsv, since
 * rules 1.72.0). Every word here is made up.
 */
interface Row {
  indic: string;
  latin: string;
  spells: boolean;
  reason: string;
}

describe('indicSpellsLatin (rules 1.72.0)', () => {
  it.each<Row>([
    {
      indic: 'கொடும்பர',
      latin: 'kodumbara',
      spells: true,
      reason: 'Tamil writes no voicing contrast: ட is the d and ப the b of the Latin spelling',
    },
    {
      indic: 'கொடும்பர',
      latin: 'godumbara',
      spells: true,
      reason: 'and க a g',
    },
    {
      indic: 'சவேலி',
      latin: 'savayli',
      spells: true,
      reason: 'Tamil ச is an s too, and a written ē may be spelled "ay"',
    },
    {
      indic: 'கொடும்பர',
      latin: 'kadumbara',
      spells: false,
      reason: 'a written vowel must be spelled as itself (o against a)',
    },
    {
      indic: 'கொடும்பர',
      latin: 'kolumbara',
      spells: false,
      reason: 'another consonant class (ட against l) is another name',
    },
    {
      indic: 'கடுவில',
      latin: 'kduvila',
      spells: false,
      reason: 'a Tamil consonant without a sign is spoken with its a: not left out inside the word',
    },
    {
      indic: 'கொடும்பர',
      latin: 'kodumbar',
      spells: true,
      reason: 'but may be at its end',
    },
    {
      indic: 'कोटर',
      latin: 'kodar',
      spells: false,
      reason: 'Devanagari writes voicing: ट is no d',
    },
    {
      indic: 'मंदोरा',
      latin: 'mandora',
      spells: true,
      reason: 'the anusvara before d is an n',
    },
    {
      indic: 'तरवला',
      latin: 'tarwla',
      spells: true,
      reason: 'Hindi may leave an inherent vowel out inside the word, and v is w',
    },
    {
      indic: 'যমোরা',
      latin: 'jomora',
      spells: true,
      reason: 'Bengali য is a j and its inherent vowel an o',
    },
    {
      indic: 'ගොඹර',
      latin: 'gombara',
      spells: true,
      reason: 'a Sinhala prenasalised stop (ඹ) is spelled mb',
    },
    {
      indic: 'ලෙනිවය',
      latin: 'leniwaya',
      spells: true,
      reason: 'Sinhala v is w, and the last inherent vowel is spelled',
    },
    {
      indic: 'ලෙනිවය',
      latin: 'lenewaya',
      spells: false,
      reason: 'a written i is not an e',
    },
    {
      indic: 'වෙල්ලර',
      latin: 'wellara',
      spells: true,
      reason: 'a geminate (the letter, a virama, the letter) is one Latin consonant, doubled or not',
    },
    {
      indic: 'ফর',
      latin: 'para',
      spells: false,
      reason: 'a word of two letters is too short to be read so',
    },
    {
      indic: 'கொடும்பர',
      latin: 'kodumbara2',
      spells: false,
      reason: 'a Latin word of letters only',
    },
  ])('$reason', ({ indic, latin, spells }) => {
    expect(indicSpellsLatin(indic, latin)).toBe(spells);
  });
});
