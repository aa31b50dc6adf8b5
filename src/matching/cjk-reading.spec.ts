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
 * A word's pieces' romanisation keys are kept per word and system family (speed10): the same word read against
 * several runs, in either order, and as Chinese and as Korean, answers as each comparison alone does (main's answers
 * at rules 1.159.0). Made-up syllables; a word of 84 letters grows the walk's marks.
 */
describe('spellsSyllables, pieces kept per word', () => {
  const twelve = Array.from({ length: 12 }, () => ['lan', 'feng']).flat();
  const rows: { word: string; syllables: string[]; korean: boolean; spells: boolean }[] = [
    { word: 'hsiaoping', syllables: ['xiao', 'ping'], korean: false, spells: true },
    { word: 'xiaoping', syllables: ['xiao', 'ping'], korean: false, spells: true },
    { word: 'chiaoping', syllables: ['xiao', 'ping'], korean: false, spells: false },
    { word: 'tsingtao', syllables: ['qing', 'dao'], korean: false, spells: true },
    { word: 'chingtao', syllables: ['qing', 'dao'], korean: false, spells: true },
    { word: 'pyolsol', syllables: ['byeol', 'sol'], korean: true, spells: true },
    { word: 'pyolsol', syllables: ['byeol', 'sol'], korean: false, spells: false },
    { word: 'byeolsol', syllables: ['byeol', 'sol'], korean: true, spells: true },
    { word: 'byulsol', syllables: ['byeol', 'sol'], korean: true, spells: false },
    { word: 'soonbit', syllables: ['sun', 'bit'], korean: true, spells: true },
    { word: 'soonbit', syllables: ['sun', 'bit'], korean: false, spells: false },
    { word: 'lanfeng'.repeat(12), syllables: twelve, korean: false, spells: true },
    { word: `${'lanfeng'.repeat(11)}lanfang`, syllables: twelve, korean: false, spells: false },
  ];

  it.each(rows)('$word as $syllables (korean $korean): $spells', ({ word, syllables, korean, spells }) => {
    expect(spellsSyllables(word, syllables, korean)).toBe(spells);
  });

  it('answers alike asked in any order and again', () => {
    const forward = rows.map((row) => spellsSyllables(row.word, row.syllables, row.korean));
    const backward = [...rows].reverse().map((row) => spellsSyllables(row.word, row.syllables, row.korean));
    expect(backward.reverse()).toEqual(forward);
    expect(forward).toEqual(rows.map((row) => row.spells));
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
