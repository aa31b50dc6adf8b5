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
}

const readings = new Map<string, CjkRunReading>();

function readingOf(written: string): CjkRunReading {
  const syllables = cjkSyllables(written);
  if (syllables.length === 0 || syllables.some((syllable) => syllable === undefined)) {
    return { syllables: undefined, together: '', korean: false, keys: [] };
  }
  const read = syllables as string[];
  const korean = HANGUL.test(written);
  return {
    syllables: read,
    together: read.join(''),
    korean,
    keys: read.map((syllable) => syllableKey(syllable, korean)),
  };
}

function spellsCjk(word: string, reading: CjkRunReading): boolean {
  if (reading.syllables === undefined) {
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
