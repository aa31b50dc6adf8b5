import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { referenceDirectory } from './reference-directory';

/**
 * Latin readings of Chinese characters and Korean syllables (since rules 1.15.0): a character read as its
 * usual Mandarin syllable (reference/han_readings.tsv, from pypinyin, with the two-character words whose
 * reading differs: "银行" is "yin hang", not "yin xing"), a Hangul syllable as Revised Romanisation from its jamo.
 */

interface HanReadings {
  characters: Map<string, string>;
  /** Two-character words read otherwise than their characters, as their two syllables. */
  words: Map<string, [string, string]>;
  /** Every syllable the table reads (pinyin written without tones). */
  syllables: Set<string>;
  /**
   * A character's simplified form, for a traditional or Japanese form GB 2312 does not encode (the table's third
   * column, from OpenCC: 動 动, 気 气; since rules 1.133.0).
   */
  simplified: Map<string, string>;
}

let hanReadings: HanReadings | undefined;

function readHanTable(): HanReadings {
  const characters = new Map<string, string>();
  const words = new Map<string, [string, string]>();
  const simplified = new Map<string, string>();
  for (const line of readFileSync(join(referenceDirectory(), 'han_readings.tsv'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) {
      continue;
    }
    const [form, reading, simple] = line.split('\t');
    if (form.length === 1) {
      characters.set(form, reading);
      if (simple) {
        simplified.set(form, simple);
      }
    } else {
      const [first, second] = reading.split(' ');
      words.set(form, [first, second]);
    }
  }
  return { characters, words, syllables: new Set(characters.values()), simplified };
}

function hanTable(): HanReadings {
  hanReadings ??= readHanTable();
  return hanReadings;
}

/**
 * Two Chinese characters that are one character in two forms (since rules 1.133.0, issue 9): a traditional or
 * Japanese form and its simplified form (動 / 动, Japanese 気 / 气), or two such forms of one simplified form
 * (東 / 東's Japanese form alike). From OpenCC's tables through han_readings.tsv; a character GB 2312 encodes is
 * its own simplified form, so two characters simplified Chinese writes apart (芸, 艺) stay two.
 */
export function sameHanCharacter(left: string, right: string): boolean {
  const simplified = hanTable().simplified;
  return (simplified.get(left) ?? left) === (simplified.get(right) ?? right);
}

/** A Chinese character's simplified form (itself when the table gives none: 動 动, 気 气, 东 东); since rules 1.133.0. */
export function simplifiedHanCharacter(character: string): string {
  return hanTable().simplified.get(character) ?? character;
}

/** Every pinyin syllable the reading table knows. */
export function pinyinSyllables(): Set<string> {
  return hanTable().syllables;
}

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Revised Romanisation of the 19 initial consonants (ㅇ silent), the 21 vowels and the 28 finals (none first). */
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const VOWELS = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
/** A final as it sounds at the end of a syllable (RR writes a word's last final so). */
const FINALS = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];
/** A final carried over to a following syllable that begins with a vowel (RR "gugeo" for 국어): its initial sound. */
const FINALS_BEFORE_VOWEL = [
  '',
  'g',
  'kk',
  'ks',
  'n',
  'nj',
  'n',
  'd',
  'r',
  'lg',
  'lm',
  'lb',
  'ls',
  'lt',
  'lp',
  'r',
  'm',
  'b',
  'ps',
  's',
  'ss',
  'ng',
  'j',
  'ch',
  'k',
  't',
  'p',
  '',
];

export function isHangulSyllable(code: number): boolean {
  return code >= HANGUL_FIRST && code <= HANGUL_LAST;
}

/**
 * One Hangul syllable in Revised Romanisation. `next` is the code of the syllable written after it in one
 * word, if any: a final before a silent ㅇ is carried over as the next syllable's initial, and ㄹ after ㄹ or
 * ㄴ, and ㄴ before or after ㄹ, read "ll". Other sound changes at syllable edges are not applied: names
 * are often romanised without them (a name keeps "k" and "m" where RR would write "ngm").
 */
export function hangulSyllableReading(code: number, previous?: number, next?: number): string {
  const index = code - HANGUL_FIRST;
  const initial = Math.floor(index / 588);
  const vowel = Math.floor((index % 588) / 28);
  const final = index % 28;
  let head = INITIALS[initial];
  if (previous !== undefined && isHangulSyllable(previous)) {
    const before = (previous - HANGUL_FIRST) % 28;
    if (initial === 5 && (before === 8 || before === 4)) {
      head = 'l';
    }
  }
  let tail = FINALS[final];
  if (next !== undefined && isHangulSyllable(next)) {
    const after = Math.floor((next - HANGUL_FIRST) / 588);
    if (after === 11) {
      tail = FINALS_BEFORE_VOWEL[final];
    } else if ((after === 2 && final === 8) || (after === 5 && final === 4)) {
      tail = 'l';
    }
  }
  return head + VOWELS[vowel] + tail;
}

const HAN = /\p{Script=Han}/u;

/**
 * The syllables of a run of Chinese characters and Hangul syllables, read as Latin: pinyin (a listed
 * two-character word first), Revised Romanisation; a character the table lacks is left out (undefined).
 */
export function cjkSyllables(text: string): (string | undefined)[] {
  const { characters, words } = hanTable();
  const chars = [...text];
  const out: (string | undefined)[] = [];
  for (let at = 0; at < chars.length; at++) {
    const code = chars[at].codePointAt(0)!;
    if (isHangulSyllable(code)) {
      out.push(
        hangulSyllableReading(code, at > 0 ? chars[at - 1].codePointAt(0) : undefined, chars[at + 1]?.codePointAt(0)),
      );
      continue;
    }
    const word = at + 1 < chars.length ? words.get(chars[at] + chars[at + 1]) : undefined;
    if (word) {
      out.push(word[0], word[1]);
      at++;
      continue;
    }
    out.push(HAN.test(chars[at]) ? characters.get(chars[at]) : undefined);
  }
  return out;
}

/** True when a text holds a Chinese character or a Hangul syllable (the blocks the reading covers). */
export function hasCjkSyllable(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 0x4e00 && code <= 0x9fff) || isHangulSyllable(code)) {
      return true;
    }
  }
  return false;
}
