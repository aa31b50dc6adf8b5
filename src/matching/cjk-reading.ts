import { BoundedMemo } from '../common/collections';
import { cjkSyllables, pinyinSyllables } from './cjk-syllables';
import { getReferenceData, readTabbedLines } from './reference-data';
import { referenceDirectory } from './reference-directory';

/**
 * Comparisons of Latin words with Chinese characters and Korean syllables read as Latin (since rules 1.15.0;
 * the readings themselves are in cjk-syllables.ts).
 */

/**
 * The key under which romanised syllables of one system family agree (romanisation.yml syllable_variants:
 * Wade-Giles and pinyin, McCune-Reischauer and Revised Romanisation, customary "oo" for "u"). Both sides of a
 * comparison go through the same rules.
 */
export function syllableKey(syllable: string, korean: boolean): string {
  return (korean ? koreanSyllableKeys : chineseSyllableKeys).get(syllable, (text) => variantKey(text, korean));
}

/**
 * Remembered answers of the pure functions below, by their arguments (the reading table and the variant rules
 * never change in a process): the same few thousand syllables and words come back in every comparison.
 */
const ANSWERS_KEPT = 50_000;
const chineseSyllableKeys = new BoundedMemo<string, string>(ANSWERS_KEPT);
const koreanSyllableKeys = new BoundedMemo<string, string>(ANSWERS_KEPT);
const pinyinWords = new BoundedMemo<string, boolean>(ANSWERS_KEPT);

function variantKey(syllable: string, korean: boolean): string {
  let key = syllable;
  for (const rule of getReferenceData().syllableVariantRules) {
    if (rule.system === (korean ? 'korean' : 'chinese')) {
      key = key.replace(rule.pattern, rule.replacement);
    }
  }
  return key;
}

/** Longest Latin spelling of one syllable tried against a reading. */
const LONGEST_SYLLABLE = 7;

/**
 * Whether a Latin word spells the syllables one for one, each piece the syllable itself or one of its
 * romanisation variants (`syllableKey`): "Lanfeng" is 兰峰, "Pyolsol" is 별솔; "Lanfang" is not 兰峰 (no
 * looser than two Latin spellings of one syllable).
 */
export function spellsSyllables(word: string, syllables: readonly string[], korean: boolean): boolean {
  if (syllables.length === 0) {
    return false;
  }
  return spellsKeyedSyllables(
    word,
    syllables,
    syllables.map((syllable) => syllableKey(syllable, korean)),
    korean,
  );
}

/**
 * Positions of a word reached by the syllables read so far, and by the next one (`spellsKeyedSyllables`): a
 * position is reached when its cell holds the step's stamp, so no cell is cleared between steps or calls.
 */
let reachedBefore = new Uint32Array(64);
let reachedAfter = new Uint32Array(64);
let reachStamp = 0;

/** `spellsSyllables` with the syllables' keys given (worked out once per run of characters: `readingOf`). */
function spellsKeyedSyllables(
  word: string,
  syllables: readonly string[],
  keys: readonly string[],
  korean: boolean,
): boolean {
  // Each syllable takes 1 to LONGEST_SYLLABLE letters: a word outside those bounds is no spelling of them
  // (the walk below would find no way through; this only saves the walk).
  const length = word.length;
  const count = syllables.length;
  if (length < count || length > count * LONGEST_SYLLABLE) {
    return false;
  }
  if (reachedBefore.length <= length) {
    reachedBefore = new Uint32Array(2 * (length + 1));
    reachedAfter = new Uint32Array(2 * (length + 1));
  }
  if (reachStamp >= 0xfffffff0) {
    reachedBefore.fill(0);
    reachedAfter.fill(0);
    reachStamp = 0;
  }
  // The first `index` syllables spell the first `start` letters where reachedBefore[start] === before.
  let before = ++reachStamp;
  reachedBefore[0] = before;
  let lowest = 0;
  let highest = 0;
  for (let index = 0; index < count; index++) {
    // A piece is tried only where the syllables after it can still spell the rest, 1 to LONGEST_SYLLABLE letters
    // each: from any other position the walk never reached the end (the same answers; speed20, rules 1.185.0).
    const after = count - 1 - index;
    const fewestLeft = after;
    const mostLeft = after * LONGEST_SYLLABLE;
    const stamp = ++reachStamp;
    let nextLowest = length + 1;
    let nextHighest = -1;
    for (let start = lowest; start <= highest; start++) {
      if (reachedBefore[start] !== before) {
        continue;
      }
      const last = Math.min(length - fewestLeft, start + LONGEST_SYLLABLE);
      for (let end = Math.max(start + 1, length - mostLeft); end <= last; end++) {
        if (reachedAfter[end] === stamp) {
          continue;
        }
        const piece = word.slice(start, end);
        if (piece === syllables[index] || syllableKey(piece, korean) === keys[index]) {
          reachedAfter[end] = stamp;
          nextLowest = Math.min(nextLowest, end);
          nextHighest = Math.max(nextHighest, end);
        }
      }
    }
    if (nextHighest < 0) {
      return false;
    }
    const reached = reachedAfter;
    reachedAfter = reachedBefore;
    reachedBefore = reached;
    before = stamp;
    lowest = nextLowest;
    highest = nextHighest;
  }
  return reachedBefore[length] === before;
}

/**
 * The syllables of a Latin word written in pinyin, when it splits into syllables of the reading table whole
 * and in one way only (else undefined), as pinyin is written: no syllable but the first begins with a vowel
 * (pinyin sets such a syllable apart with an apostrophe) and every syllable has a vowel ("n" is no syllable
 * of a name). "lanzhou" is lan + zhou, not la + n + zhou.
 */
export function pinyinSplit(word: string): string[] | undefined {
  const syllables = pinyinSyllables();
  const splits: string[][] = [];
  const walk = (start: number, taken: string[]): void => {
    if (splits.length > 1) {
      return;
    }
    if (start === word.length) {
      splits.push(taken);
      return;
    }
    for (let end = start + 1; end <= Math.min(word.length, start + 6); end++) {
      const piece = word.slice(start, end);
      if (syllables.has(piece) && /[aeiouv]/.test(piece) && (start === 0 || !/^[aeiouv]/.test(piece))) {
        walk(end, [...taken, piece]);
      }
    }
  };
  walk(0, []);
  return splits.length === 1 ? splits[0] : undefined;
}

/** Whether a Latin word splits whole into syllables of the pinyin table (in any way). */
export function isPinyin(word: string): boolean {
  return pinyinWords.get(word, splitsIntoPinyin);
}

function splitsIntoPinyin(word: string): boolean {
  const syllables = pinyinSyllables();
  const reachable = new Array<boolean>(word.length + 1).fill(false);
  reachable[0] = true;
  for (let start = 0; start < word.length; start++) {
    if (!reachable[start]) {
      continue;
    }
    for (let end = start + 1; end <= Math.min(word.length, start + 6); end++) {
      if (syllables.has(word.slice(start, end))) {
        reachable[end] = true;
      }
    }
  }
  return word.length > 0 && reachable[word.length];
}

const HANGUL = /\p{Script=Hangul}/u;

/**
 * Whether a Latin word is a romanisation of a run of Chinese characters or Hangul syllables, syllable by
 * syllable (since rules 1.15.0). A word that is itself pinyin must be the characters' pinyin exactly
 * ("Lanfang" is not 兰峰, whose pinyin is "lanfeng"); another spelling of Chinese (Wade-Giles, postal) and
 * every spelling of Korean may differ by the syllable variants of romanisation.yml.
 */
export function latinSpellsCjk(word: string, written: string): boolean {
  // The run's reading is remembered by the run of characters; the answer for a word is worked out each time (speed20,
  // rules 1.185.0: at 1M entries a map of answers by word answered 19% of the calls and cost more than the walk it
  // saved, which stops at the first syllable no piece spells).
  let reading = readings.get(written);
  if (reading === undefined) {
    if (readings.size >= ANSWERS_KEPT) {
      readings.clear();
    }
    reading = readingOf(written);
    readings.set(written, reading);
  }
  return spellsCjk(word, reading);
}

/**
 * What `latinSpellsCjk` reads of a run of characters, worked out once per run: its syllables (undefined when
 * the table lacks one), the syllables written together, whether it is Korean, and the syllables' variant keys.
 */
interface CjkRunReading {
  syllables: string[] | undefined;
  together: string;
  korean: boolean;
  keys: string[];
  /**
   * The letters (bit 0 "a" to bit 25 "z") a Latin word may begin with and still spell the first syllable: the
   * syllable's own first letter and every letter whose pieces the variant rules can lead to the first letter of its
   * key (`keyFirstLetters`). A word that begins with another letter a–z spells no piece of it (speed21).
   */
  firstLetters: number;
}

const readings = new Map<string, CjkRunReading>();

function readingOf(written: string): CjkRunReading {
  const syllables = cjkSyllables(written);
  if (syllables.length === 0 || syllables.some((syllable) => syllable === undefined)) {
    return { syllables: undefined, together: '', korean: false, keys: [], firstLetters: ALL_LETTERS };
  }
  const read = syllables as string[];
  const korean = HANGUL.test(written);
  const keys = read.map((syllable) => syllableKey(syllable, korean));
  return {
    syllables: read,
    together: read.join(''),
    korean,
    keys,
    firstLetters: wordFirstLetters(read[0], keys[0], korean),
  };
}

function spellsCjk(word: string, reading: CjkRunReading): boolean {
  if (reading.syllables === undefined) {
    return false;
  }
  // A word whose first letter can begin no piece of the first syllable spells none (nor the syllables together,
  // which begin with that syllable): the walk below would stop at its first step (speed21; the same answers).
  const first = word.charCodeAt(0) - LETTER_A;
  if (first >= 0 && first < LETTERS && (reading.firstLetters & (1 << first)) === 0) {
    return false;
  }
  if (word === reading.together) {
    return true;
  }
  if (!reading.korean && isPinyin(word)) {
    return false;
  }
  return spellsKeyedSyllables(word, reading.syllables, reading.keys, reading.korean);
}

const LETTER_A = 'a'.charCodeAt(0);
const LETTERS = 26;
const ALL_LETTERS = (1 << LETTERS) - 1;

/** Bit of a letter a–z (0 for any other character). */
function letterBit(character: string | undefined): number {
  const letter = character === undefined ? -1 : character.charCodeAt(0) - LETTER_A;
  return letter >= 0 && letter < LETTERS ? 1 << letter : 0;
}

/**
 * The letters a Latin word may begin with and spell a syllable whose key is `key` (see `firstLetters`): the
 * syllable's first letter, and each letter whose reach (`keyFirstLetters`) holds the key's first letter; all
 * letters when the key begins with no letter a–z.
 */
function wordFirstLetters(syllable: string, key: string, korean: boolean): number {
  const keyFirst = letterBit(key[0]);
  if (keyFirst === 0) {
    return ALL_LETTERS;
  }
  const reach = keyFirstLetters(korean);
  let letters = letterBit(syllable[0]);
  for (let letter = 0; letter < LETTERS; letter++) {
    if ((reach[letter] & keyFirst) !== 0) {
      letters |= 1 << letter;
    }
  }
  return letters;
}

let chineseReach: Uint32Array | undefined;
let koreanReach: Uint32Array | undefined;

/**
 * Per letter a–z, the letters (bits) a key (`syllableKey`) may begin with when the piece begins with that letter,
 * read off the system's rules in romanisation.yml syllable_variants once. A rule changes a key's first letter only
 * where it matches at the key's start (a replacement further on leaves the letters before it as they are), so the
 * letter a match there may begin with (`matchFirstLetters`) may become the replacement's first letter (`replaced`);
 * rules follow one another, so the reach is closed over chains of such changes. Where a rule's pattern or
 * replacement is not of the plain shapes read here, every letter is taken: the reach may hold more than a key can
 * begin with, never less, so the early "no" it gives is exact.
 */
export function keyFirstLetters(korean: boolean): Uint32Array {
  const kept = korean ? koreanReach : chineseReach;
  if (kept !== undefined) {
    return kept;
  }
  const reach = new Uint32Array(LETTERS);
  for (let letter = 0; letter < LETTERS; letter++) {
    reach[letter] = 1 << letter;
  }
  for (const rule of getReferenceData().syllableVariantRules) {
    if (rule.system !== (korean ? 'korean' : 'chinese')) {
      continue;
    }
    const from = matchFirstLetters(rule.pattern.source);
    const to = replaced(rule.replacement, rule.pattern.source);
    for (let letter = 0; letter < LETTERS; letter++) {
      if ((from & (1 << letter)) !== 0) {
        reach[letter] |= to;
      }
    }
  }
  for (let changed = true; changed;) {
    changed = false;
    for (let letter = 0; letter < LETTERS; letter++) {
      let grown = reach[letter];
      for (let other = 0; other < LETTERS; other++) {
        if ((reach[letter] & (1 << other)) !== 0) {
          grown |= reach[other];
        }
      }
      if (grown !== reach[letter]) {
        reach[letter] = grown;
        changed = true;
      }
    }
  }
  if (korean) {
    koreanReach = reach;
  } else {
    chineseReach = reach;
  }
  return reach;
}

/**
 * The letters a match of the pattern at a word's start may begin with: none for a pattern that begins by looking
 * back at one letter ("(?<=[aeiou])g$"), a plain first letter ("^k(?=…)", "eo", "ung$"), the first letters of
 * alternatives ("oo|ou", "^(tz|ts)…"); every letter for any other shape.
 */
function matchFirstLetters(source: string): number {
  const alternatives = topLevelAlternatives(source);
  if (alternatives.length > 1) {
    return alternatives.reduce((letters, alternative) => letters | matchFirstLetters(alternative), 0);
  }
  const pattern = source.startsWith('^') ? source.slice(1) : source;
  if (/^\(\?<=(?:\[[^\]]+\]|[a-z])\)/.test(pattern)) {
    return 0;
  }
  if (/^[a-z](?![?*{])/.test(pattern)) {
    return letterBit(pattern[0]);
  }
  const group = /^\(((?:[a-z]+\|)*[a-z]+)\)(?![?*{])/.exec(pattern);
  if (group !== null) {
    return group[1].split('|').reduce((letters, alternative) => letters | letterBit(alternative[0]), 0);
  }
  return ALL_LETTERS;
}

/** A pattern's alternatives at its top level (outside groups and classes). */
function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let at = 0; at < source.length; at++) {
    const character = source[at];
    if (character === '\\') {
      at++;
    } else if (inClass) {
      inClass = character !== ']';
    } else if (character === '[') {
      inClass = true;
    } else if (character === '(') {
      depth++;
    } else if (character === ')') {
      depth--;
    } else if (character === '|' && depth === 0) {
      alternatives.push(source.slice(start, at));
      start = at + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/**
 * The letters a replacement may put first, beyond the match's own first letter: its first letter when it begins
 * with one; none when it begins with the first group and that group opens the pattern (the match's own letter
 * stays first: "^(sh|ch|zh|j|z|s)ih$" to "$1i"); every letter otherwise (an empty replacement brings the next
 * letter forward).
 */
function replaced(replacement: string, source: string): number {
  const letter = letterBit(replacement[0]);
  if (letter !== 0) {
    return letter;
  }
  const pattern = source.startsWith('^') ? source.slice(1) : source;
  if (/^\$1(?!\d)/.test(replacement) && /^\((?!\?)/.test(pattern) && topLevelAlternatives(source).length === 1) {
    return 0;
  }
  return ALL_LETTERS;
}

/**
 * A pinyin syllable that looks Chinese rather than like a piece of a European or Arabic word: a final "ng",
 * zh, x or q. Short European words split into pinyin too ("cha-se"), and so do Arabic names in Latin letters
 * ("se-bai", "si-bai": one name), but seldom with such a syllable.
 */
const CHINESE_SYLLABLE = /ng$|zh|x|q/;

export function looksChinese(syllable: string): boolean {
  return CHINESE_SYLLABLE.test(syllable);
}

/**
 * A Latin word read against Chinese characters that is no pinyin at all (a foreign name the characters
 * transliterate, "Malorte" against 马洛特): compared by spelling likeness as before rules 1.15.0. A word that
 * splits into pinyin must spell the characters ("Huailan" is not 海兰).
 */
export function foreignToCharacters(word: string, written: string): boolean {
  return !HANGUL.test(written) && !isPinyin(word);
}

/**
 * Japanese readings of proper nouns in two or three kanji, romanised (ja_readings.tsv, from IPADIC: since rules
 * 1.30.0), read once, on the first name in kanji compared with a Latin one.
 */
let japaneseReadings: Map<string, string[]> | undefined;

function readJapaneseTable(): Map<string, string[]> {
  return new Map(readTabbedLines(referenceDirectory(), 'ja_readings.tsv'));
}

/**
 * Whether a Latin word is a Japanese reading of a proper noun written in kanji (a place name of two or three
 * kanji read as one Latin word): a listed reading spelt exactly, as modified Hepburn without macrons writes it (a
 * long vowel written once or as read).
 */
export function japaneseReads(word: string, written: string): boolean {
  japaneseReadings ??= readJapaneseTable();
  return japaneseReadings.get(written)?.includes(word) === true;
}
