import { describe, expect, it } from 'vitest';
import { abjadOrganisationAgrees, abjadReadingAgrees } from './abjad-reading';
import { cachedToken } from './normalise';

/**
 * The abjad reading of an Arabic-script word against a Latin one: the reading every name uses, and the strict
 * one an organisation's name word must pass (since rules 1.16.0), when the class and field words of Arabic
 * script agree with their translations. Every word here is made up.
 */
interface Row {
  latin: string;
  arabic: string;
  reading: boolean;
  strict: boolean;
  reason: string;
}

describe('abjadOrganisationAgrees (rules 1.16.0)', () => {
  it.each<Row>([
    {
      latin: 'tabarin',
      arabic: 'تبارين',
      reading: true,
      strict: true,
      reason: 'the same consonants, each written with a letter that writes it, and the written long vowels',
    },
    {
      latin: 'jiwara',
      arabic: 'سوارة',
      reading: false,
      strict: false,
      reason: 'a Latin j never writes س, though the consonant classes fold j with s (the reading too since 1.71.0)',
    },
    {
      latin: 'pelta',
      arabic: 'البلط',
      reading: true,
      strict: false,
      reason: 'a foreign name ending in a vowel is written with its last vowel in Arabic script',
    },
    {
      latin: 'tamariya',
      arabic: 'التمارة',
      reading: true,
      strict: false,
      reason: 'a Latin y between vowels is a consonant Arabic script writes as ي',
    },
    {
      latin: 'tamara',
      arabic: 'التمارة',
      reading: true,
      strict: true,
      reason: 'the article and a final silent ta marbuta are not written in Latin',
    },
    {
      latin: 'kharolan',
      arabic: 'خوارولان',
      reading: true,
      strict: true,
      reason: 'Persian writes an unspoken waw between kh and alef',
    },
    {
      latin: 'marsala',
      arabic: 'مارسالہ',
      reading: true,
      strict: true,
      reason: "Urdu's final heh is silent as the Arabic one is",
    },
    {
      latin: 'petra',
      arabic: 'بترا',
      reading: true,
      strict: true,
      reason: 'Arabic writes a foreign p with ب',
    },
    {
      latin: 'obtaril',
      arabic: 'بتاريل',
      reading: false,
      strict: false,
      reason:
        'since rules 1.32.0: a Latin word beginning with a vowel against an Arabic one beginning with a consonant (Arabic writes an alef, a hamza or ain before a first vowel)',
    },
    {
      latin: 'obtaril',
      arabic: 'أبتاريل',
      reading: true,
      strict: true,
      reason: 'the first vowel written on a hamza',
    },
    {
      latin: 'hatmur',
      arabic: 'احتمور',
      reading: false,
      strict: false,
      reason: 'an Arabic word beginning with an alef against a Latin one beginning with one consonant and a vowel',
    },
    {
      latin: 'stamur',
      arabic: 'استامور',
      reading: true,
      strict: true,
      reason: 'an alef before two consonants, as Arabic and Persian write a foreign name beginning with two',
    },
    {
      latin: 'tuskein',
      arabic: 'تسكن',
      reading: false,
      strict: false,
      reason: 'since rules 1.32.0: a Latin "ei" is a ي that the Arabic word must write',
    },
    {
      latin: 'tuskein',
      arabic: 'تسكين',
      reading: true,
      strict: true,
      reason: 'the ي of "ei" written',
    },
    {
      latin: 'barzoor',
      arabic: 'برزر',
      reading: false,
      strict: false,
      reason: 'a Latin "oo" is a و that the Arabic word must write',
    },
    {
      latin: 'barzoor',
      arabic: 'برزور',
      reading: true,
      strict: true,
      reason: 'the و of "oo" written',
    },
    {
      latin: 'essarim',
      arabic: 'الصاريم',
      reading: true,
      strict: true,
      reason: 'the article assimilated to a sun letter: its vowel and the doubled letter begin the Latin word',
    },
    {
      latin: 'esarim',
      arabic: 'الصاريم',
      reading: true,
      strict: true,
      reason: 'the same with the doubled letter unwritten (an apostrophe in the Latin name)',
    },
    {
      latin: 'ekarim',
      arabic: 'الكاريم',
      reading: false,
      strict: false,
      reason: 'a first vowel against the word without its article, which a moon letter (ك) does not assimilate',
    },
    {
      latin: 'taravan',
      arabic: 'تراوان',
      reading: false,
      strict: true,
      reason:
        'a Persian و between vowels is the v of its Latin spelling (rules 1.69.0; the loose reading keeps v a consonant)',
    },
    {
      latin: 'vafin',
      arabic: 'وفين',
      reading: false,
      strict: true,
      reason: 'and a first و before a vowel (rules 1.69.0)',
    },
    {
      latin: 'tavarin',
      arabic: 'تبارين',
      reading: false,
      strict: false,
      reason: 'a Latin v is no ب: the v of a و only where the Arabic writes one',
    },
    {
      latin: 'vavin',
      arabic: 'وفين',
      reading: false,
      strict: false,
      reason: 'each v reads either the و or the ف, never both at once',
    },
    {
      latin: 'khwabir',
      arabic: 'خوابیر',
      reading: true,
      strict: true,
      reason: 'the unspoken و of خوا may be written w, as Urdu spellings do (rules 1.69.0)',
    },
    {
      latin: 'khobir',
      arabic: 'خوابیر',
      reading: false,
      strict: false,
      reason: 'but the alef after it is still read',
    },
    // Since rules 1.71.0 (made-up names): س and ص are s (or a French soft c), never z, in every reading.
    { latin: 'samur', arabic: 'سامور', reading: true, strict: true, reason: 'س written s' },
    { latin: 'zamur', arabic: 'سامور', reading: false, strict: false, reason: 'س is no z' },
    { latin: 'zadir', arabic: 'صادير', reading: false, strict: false, reason: 'ص is no z' },
    { latin: 'sadir', arabic: 'صادير', reading: true, strict: true, reason: 'ص written s' },
    { latin: 'zamur', arabic: 'زامور', reading: true, strict: true, reason: 'ز written z' },
    // Since rules 1.188.0 (made-up names): the article and a final ي write a nisba, whose ي is the "-i", never an "a".
    {
      latin: 'kasmara',
      arabic: 'الكسمري',
      reading: false,
      strict: false,
      reason: 'a nisba (the article, a final ي after a consonant) does not read a Latin word ending in a',
    },
    { latin: 'kasmari', arabic: 'الكسمري', reading: true, strict: true, reason: 'the nisba written with its -i' },
    {
      latin: 'kasmara',
      arabic: 'كسمري',
      reading: true,
      strict: true,
      reason: 'without the article a final ي may still be the final a of a name (as ى)',
    },
    {
      latin: 'kasmara',
      arabic: 'الكسمرى',
      reading: true,
      strict: true,
      reason: 'the alef maqsura ى after the article is a final a',
    },
    {
      latin: 'kasmara',
      arabic: 'الكسمری',
      reading: true,
      strict: true,
      reason: 'the Persian ی after the article may be a final a',
    },
  ])('$reason', ({ latin, arabic, reading, strict }) => {
    expect(abjadReadingAgrees(cachedToken(latin), cachedToken(arabic))).toBe(reading);
    expect(abjadOrganisationAgrees(cachedToken(latin), cachedToken(arabic))).toBe(strict);
  });
});
