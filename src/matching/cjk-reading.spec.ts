import { describe, expect, it } from 'vitest';
import { latinSpellsCjk, pinyinSplit } from './cjk-reading';
import { cjkSyllables, hangulSyllableReading } from './cjk-syllables';

/** Readings of Chinese characters and Hangul syllables (rules 1.15.0). Every name here is made up. */
describe('cjkSyllables', () => {
  it.each([
    { written: '兰峰', syllables: ['lan', 'feng'], reason: 'each character read as its usual pinyin, tones dropped' },
    { written: '行', syllables: ['xing'], reason: 'a heteronym alone is read as its usual reading' },
    { written: '银行', syllables: ['yin', 'hang'], reason: 'a listed two-character word keeps its own reading' },
    {
      written: '빛',
      syllables: ['bit'],
      reason: 'a Hangul final is written as it sounds at the end (RR), not as its letter',
    },
    { written: '한빛', syllables: ['han', 'bit'], reason: 'syllable by syllable' },
    {
      written: '국어',
      syllables: ['gug', 'eo'],
      reason: 'a final before a silent initial is carried over as a voiced initial',
    },
    { written: '별라', syllables: ['byeol', 'la'], reason: 'ㄹ after ㄹ reads l (RR "ll")' },
    { written: '간라', syllables: ['gal', 'la'], reason: 'ㄴ before ㄹ reads l (RR "ll")' },
  ])('$reason', ({ written, syllables }) => {
    expect(cjkSyllables(written)).toEqual(syllables);
  });

  it('reads a single Hangul syllable from its jamo', () => {
    expect(hangulSyllableReading('솔'.codePointAt(0)!)).toBe('sol');
  });
});

describe('latinSpellsCjk', () => {
  it.each([
    {
      word: 'lanfeng',
      written: '兰峰',
      spells: true,
      reason: 'the pinyin of the characters, joined as a name is written',
    },
    {
      word: 'lanfang',
      written: '兰峰',
      spells: false,
      reason: 'a word that is pinyin must be the pinyin: one syllable different is another name',
    },
    {
      word: 'lanfen',
      written: '兰峰',
      spells: false,
      reason: 'a dropped letter makes other syllables, not a spelling slip',
    },
    { word: 'hanbit', written: '한빛', spells: true, reason: 'Revised Romanisation' },
    { word: 'pyolsol', written: '별솔', spells: true, reason: 'McCune-Reischauer without breves: p for b, o for eo' },
    { word: 'byulsol', written: '별솔', spells: false, reason: 'u is not a spelling of eo' },
    { word: 'soonbit', written: '순빛', spells: true, reason: 'customary oo for u' },
    { word: 'byeolsan', written: '별솔', spells: false, reason: 'a different syllable is a different name' },
  ])('$reason', ({ word, written, spells }) => {
    expect(latinSpellsCjk(word, written)).toBe(spells);
  });
});

describe('pinyinSplit', () => {
  it.each([
    { word: 'lanfeng', split: ['lan', 'feng'], reason: 'a pinyin word splits into its syllables' },
    {
      word: 'qinglan',
      split: ['qing', 'lan'],
      reason: 'no syllable of a vowel alone after the first ("qin g lan" is no split)',
    },
    { word: 'technology', split: undefined, reason: 'an English word is no pinyin' },
  ])('$reason', ({ word, split }) => {
    expect(pinyinSplit(word)).toEqual(split);
  });
});
