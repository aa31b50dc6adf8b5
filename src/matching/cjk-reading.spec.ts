import { describe, expect, it } from 'vitest';
import { keyFirstLetters, latinSpellsCjk, pinyinSplit, spellsSyllables, syllableKey } from './cjk-reading';
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

/**
 * A Latin word whose first letter can begin no piece of a run's first syllable spells no run (speed21): the letters
 * a key may begin with are read off romanisation.yml syllable_variants once (`keyFirstLetters`); the answers are
 * those of the syllable walk, which these rows state (they pass on the code before the early "no" too).
 */
describe('latinSpellsCjk: a word whose first letter begins no spelling of the first syllable', () => {
  it.each([
    { word: 'tsou', written: '邹', spells: true, reason: 'Wade-Giles ts for z: t can begin a spelling of z' },
    { word: 'chouhsing', written: '周星', spells: true, reason: 'ch for zh: c can begin a spelling of zh' },
    { word: 'tung', written: '董', spells: true, reason: 't for d and ung for ong' },
    { word: 'hsin', written: '新', spells: true, reason: 'hs for x: h can begin a spelling of x' },
    { word: 'pak', written: '박', spells: true, reason: 'Korean p for b' },
    { word: 'wu', written: '우', spells: true, reason: 'Korean wu for u: w can begin a spelling of u' },
    { word: 'oo', written: '우', spells: true, reason: 'Korean customary oo for u: o can begin a spelling of u' },
    { word: 'mang', written: '康', spells: false, reason: 'm begins no spelling of kang (k or g): no at once' },
    { word: 'tangfeng', written: '兰峰', spells: false, reason: 'the first syllable decides: t begins no lan' },
    { word: 'fenglan', written: '兰峰', spells: false, reason: 'the run read in its own order only' },
    { word: 'zhang', written: '潘', spells: false, reason: 'z begins no spelling of pan (p or b)' },
    { word: 'byeol', written: '별', spells: true, reason: 'the syllable itself' },
    { word: 'pyol', written: '별', spells: true, reason: 'McCune-Reischauer p for b' },
    { word: 'myol', written: '별', spells: false, reason: 'm begins no spelling of byeol' },
    { word: 'äpan', written: '潘', spells: false, reason: 'a first letter outside a–z is left to the walk' },
  ])('$reason', ({ word, written, spells }) => {
    expect(latinSpellsCjk(word, written)).toBe(spells);
  });
});

describe('keyFirstLetters: the letters a syllable key may begin with, by the first letter of the piece', () => {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const reached = (letter: string, korean: boolean) =>
    [...letters]
      .filter((other) => (keyFirstLetters(korean)[letter.charCodeAt(0) - 97] >> letters.indexOf(other)) & 1)
      .join('');
  it.each([
    { letter: 'h', korean: false, reaches: 'hx', reason: 'Chinese: hs for x' },
    { letter: 't', korean: false, reaches: 'djtz', reason: 'Chinese: t for d, ts and tz for z, ts for j' },
    { letter: 'c', korean: false, reaches: 'cjz', reason: 'Chinese: ch for zh and j' },
    { letter: 'u', korean: false, reaches: 'ou', reason: 'Chinese: ung for ong' },
    { letter: 'm', korean: false, reaches: 'm', reason: 'Chinese: no rule begins with m' },
    { letter: 'e', korean: true, reaches: 'eou', reason: 'Korean: eo for o, eu and eong for u' },
    { letter: 'w', korean: true, reaches: 'uw', reason: 'Korean: wu for u' },
    { letter: 'y', korean: true, reaches: 'y', reason: 'Korean: y for i only after a consonant, never first' },
  ])('$reason', ({ letter, korean, reaches }) => {
    expect(reached(letter, korean)).toBe(reaches);
  });

  it('holds the first letter of the key of every word of one to three letters, in both systems', () => {
    let outside = 0;
    for (const korean of [false, true]) {
      const reach = keyFirstLetters(korean);
      const check = (word: string) => {
        const first = syllableKey(word, korean).charCodeAt(0) - 97;
        if (first >= 0 && first < 26 && ((reach[word.charCodeAt(0) - 97] >> first) & 1) === 0) {
          outside++;
        }
      };
      for (const a of letters) {
        check(a);
        for (const b of letters) {
          check(a + b);
          for (const c of letters) {
            check(a + b + c);
          }
        }
      }
    }
    expect(outside).toBe(0);
  });
});
