import { describe, expect, it } from 'vitest';
import { latinSpellsCjk, pinyinSplit, spellsSyllables } from './cjk-reading';
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

/**
 * The syllable walk tries a piece only where the syllables after it can still spell the rest (speed20, rules
 * 1.185.0): the same answers as trying every piece of 1 to 7 letters, at each end of the word and in between.
 */
describe('spellsSyllables: the walk reads only pieces the rest can finish from', () => {
  const twelve = Array<string>(12).fill('zhuang');
  it.each([
    {
      word: 'zhuang',
      syllables: ['zhuang'],
      spells: true,
      reason: 'one syllable: the whole word is the one piece read',
    },
    {
      word: 'chuang',
      syllables: ['zhuang'],
      spells: true,
      reason: "one syllable: the whole word in another system's spelling",
    },
    { word: 'hsiang', syllables: ['xiang'], spells: true, reason: 'one syllable: Wade-Giles hs for x' },
    {
      word: 'zhuangzhuang',
      syllables: ['zhuang', 'zhuang'],
      spells: true,
      reason: 'two long pieces, the first ending mid-word',
    },
    { word: 'xian', syllables: ['xi', 'an'], spells: true, reason: 'a word split between two syllables' },
    { word: 'xian', syllables: ['xian'], spells: true, reason: 'the same word as one syllable' },
    {
      word: 'lanfengx',
      syllables: ['lan', 'feng'],
      spells: false,
      reason: 'a letter left over after the last syllable',
    },
    { word: 'lanfen', syllables: ['lan', 'feng'], spells: false, reason: 'the last syllable one letter short' },
    { word: 'lan', syllables: ['lan', 'feng'], spells: false, reason: 'no letter left for the second syllable' },
    {
      word: 'pyolsol',
      syllables: ['byeol', 'sol'],
      korean: true,
      spells: true,
      reason: 'Korean variants on both pieces',
    },
    {
      word: 'pyolso',
      syllables: ['byeol', 'sol'],
      korean: true,
      spells: false,
      reason: 'Korean: the last piece one letter short',
    },
    {
      word: 'lanfeng' + 'a'.repeat(70),
      syllables: ['lan', 'feng'],
      spells: false,
      reason: 'a word longer than seven letters a syllable is read no further',
    },
    {
      word: 'zhuang'.repeat(12),
      syllables: twelve,
      spells: true,
      reason: 'twelve syllables in 72 letters (the cells grow)',
    },
    {
      word: 'chuang'.repeat(12),
      syllables: twelve,
      spells: true,
      reason: 'twelve syllables, each in the other spelling',
    },
    {
      word: 'zhuang'.repeat(11) + 'zhuan',
      syllables: twelve,
      spells: false,
      reason: 'twelve syllables, the last one letter short',
    },
    {
      word: 'zhuangzhuang',
      syllables: ['zhuang', 'zhuang'],
      spells: true,
      reason: 'a short word again after a long one',
    },
  ])('$reason', ({ word, syllables, korean, spells }) => {
    expect(spellsSyllables(word, syllables, korean === true)).toBe(spells);
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
