import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { referenceDirectory } from './reference-directory';

/**
 * An organisation's word in an Indic script compared with a Latin word letter class by letter class (since rules
 * 1.72.0). any-ascii reads each Indic letter one fixed way and drops the inherent vowel, so a Tamil word, whose one
 * letter writes both k and g (t and d, p and b, ch, s and j), or a Sinhala ē written "ay" in English, never reads as
 * its Latin name. Here each letter stands for its Latin spellings (reference/indic_letters.tsv, ISO 15919 values),
 * the inherent vowel for its script's spellings of it, and the Latin word must be spelled by them letter for letter.
 */

const enum Kind {
  Consonant = 'C',
  Vowel = 'V',
  Sign = 'S',
  Nasal = 'N',
  Virama = 'X',
  Unread = 'I',
  Inherent = 'A',
}

interface Letter {
  kind: Kind;
  iso: string;
  spellings: string[];
}

/** The ISCII-aligned blocks, Devanagari (U+0900) to Malayalam (U+0D00), by (code point − U+0900) >> 7. */
const BLOCK_CODES = ['hi', 'bn', 'pa', 'gu', 'or', 'ta', 'te', 'kn', 'ml'];
const SINHALA_FIRST = 0x0d80;
const SINHALA_LAST = 0x0dff;
const JOINERS = /[\u200c\u200d]/gu;
/** The vowel before a glide that Latin spellings often leave out ("sia" for -siya, "ua" for -uva). */
const FRONT_VOWELS = new Set(['i', 'ī', 'e', 'ē']);
const BACK_VOWELS = new Set(['u', 'ū', 'o', 'ō']);
/** Fewest consonants and letters of the Indic word: a shorter word spells too many short Latin words ("ফর"). */
const MIN_CONSONANTS = 2;
const MIN_LETTERS = 3;
const MAX_CACHED = 20_000;

let table: Map<string, Letter> | undefined;

function letters(): Map<string, Letter> {
  if (!table) {
    table = new Map();
    for (const line of readFileSync(join(referenceDirectory(), 'indic_letters.tsv'), 'utf8').split('\n')) {
      if (line && !line.startsWith('#')) {
        const [where, offset, kind, iso, latin] = line.split('\t');
        table.set(`${where} ${parseInt(offset, 16)}`, { kind: kind as Kind, iso, spellings: latin.split('|') });
      }
    }
  }
  return table;
}

/** The table's code of the block of one letter ('si' for Sinhala), or undefined outside the Indic blocks. */
function blockOf(char: string): string | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (code >= SINHALA_FIRST && code <= SINHALA_LAST) {
    return 'si';
  }
  return code < 0x0900 ? undefined : BLOCK_CODES[(code - 0x0900) >> 7];
}

/** The table's entry at `offset` of a block (the block's own row before the shared one), or undefined. */
function rowOf(block: string | undefined, offset: number): Letter | undefined {
  if (block === undefined) {
    return undefined;
  }
  const rows = letters();
  return rows.get(`${block} ${offset}`) ?? (block === 'si' ? undefined : rows.get(`* ${offset}`));
}

/** The table's entry for one Indic letter, or undefined. */
function letterOf(char: string): Letter | undefined {
  const code = char.codePointAt(0) ?? 0;
  const block = blockOf(char);
  return rowOf(block, block === 'si' ? code - 0x0d00 : code & 0x7f);
}

/** A regular-expression alternation of spellings, each consonant spelling also with its first letter doubled. */
function alternation(spellings: string[], doubled: boolean): string {
  const forms = new Set<string>();
  for (const spelling of spellings) {
    forms.add(spelling);
    if (doubled && spelling) {
      forms.add(spelling[0] + spelling);
    }
  }
  return `(?:${[...forms].join('|')})`;
}

const patterns = new Map<string, RegExp | null>();

/** The pattern of Latin spellings of an Indic word, or null when a letter is not in the table. */
function spellingPattern(word: string): RegExp | null {
  const cached = patterns.get(word);
  if (cached !== undefined) {
    return cached;
  }
  const text = [...word.normalize('NFC').replace(JOINERS, '')];
  const chars = text.map(letterOf).filter((letter) => letter?.kind !== Kind.Unread);
  const inherent = rowOf(blockOf(text[0] ?? ''), 0)?.spellings ?? [];
  let pattern: RegExp | null = null;
  if (
    chars.length >= MIN_LETTERS &&
    chars.every((letter) => letter !== undefined) &&
    chars.filter((letter) => letter?.kind === Kind.Consonant).length >= MIN_CONSONANTS
  ) {
    const parts: string[] = [];
    let lastVowel = '';
    const read = chars;
    for (let at = 0; at < read.length; at++) {
      const letter = read[at];
      const next = read[at + 1];
      if (letter.kind === Kind.Consonant) {
        if (next?.kind === Kind.Virama && read[at + 2] === letter) {
          // A geminate (the letter, a virama, the letter again) is one Latin consonant, doubled or not.
          at++;
          continue;
        }
        const glide =
          (letter.iso === 'y' && FRONT_VOWELS.has(lastVowel)) || (letter.iso === 'v' && BACK_VOWELS.has(lastVowel));
        parts.push(alternation(glide ? [...letter.spellings, ''] : letter.spellings, true));
        if (next?.kind === Kind.Sign) {
          parts.push(alternation(next.spellings, false));
          lastVowel = next.iso;
          at++;
        } else if (next?.kind === Kind.Virama) {
          lastVowel = '';
          at++;
        } else {
          // The inherent vowel: its script's spellings, or none at the end of the word in every script.
          parts.push(alternation(at === read.length - 1 ? [...inherent, ''] : inherent, false));
          lastVowel = 'a';
        }
      } else if (letter.kind === Kind.Vowel) {
        parts.push(alternation(letter.spellings, false));
        lastVowel = letter.iso;
      } else if (letter.kind === Kind.Nasal) {
        parts.push(alternation(letter.spellings, false));
      } else {
        // A vowel sign or virama with no consonant before it: not a word read here.
        parts.length = 0;
        break;
      }
    }
    pattern = parts.length > 0 ? new RegExp(`^${parts.join('')}$`) : null;
  }
  if (patterns.size >= MAX_CACHED) {
    patterns.clear();
  }
  patterns.set(word, pattern);
  return pattern;
}

/** Fewest letters of the Latin word. */
const MIN_LATIN_LENGTH = 4;

/**
 * Whether `latin` (lower-case ASCII letters) is spelled by the Indic word `indic` letter by letter, each letter by one
 * of its Latin spellings in reference/indic_letters.tsv. False for a word with a letter not in the table.
 */
export function indicSpellsLatin(indic: string, latin: string): boolean {
  if (latin.length < MIN_LATIN_LENGTH || !/^[a-z]+$/.test(latin)) {
    return false;
  }
  return spellingPattern(indic)?.test(latin) ?? false;
}
