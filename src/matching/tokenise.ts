import anyAscii from 'any-ascii';
import { doubleMetaphone } from 'double-metaphone';
import { cjkSyllables, hasCjkSyllable } from './cjk-syllables';
import { thaiReading } from './thai-reading';

/** Writing systems the matcher tells apart. */
export const Script = {
  Latin: 0,
  Cyrillic: 1,
  Greek: 2,
  Arabic: 3,
  Han: 4,
  Hangul: 5,
  Kana: 6,
  Other: 7,
  Digits: 8,
} as const;
export type Script = (typeof Script)[keyof typeof Script];

export const SCRIPT_NAMES = [
  'Latin',
  'Cyrillic',
  'Greek',
  'Arabic',
  'Chinese',
  'Korean',
  'Japanese',
  'other',
  'digits',
];

/**
 * One distinct word form, shared by every name that contains it (the candidate index interns these).
 * `text` is the ASCII comparison form, `orig` the lower-cased original script form.
 */
export interface TokenInfo {
  /** Interned id in a candidate index, or -1. */
  id: number;
  orig: string;
  text: string;
  script: Script;
  /** Double Metaphone primary code ('' for numbers and single letters). */
  phonetic: string;
  /** Consonant skeleton, used to compare transliterations that drop vowels (Arabic, Persian). */
  skeleton: string;
  isNumber: boolean;
  /** One letter, e.g. an initial. */
  isLetter: boolean;
  /** One Chinese character or Korean syllable: compared exactly, never fuzzily. */
  isSyllable: boolean;
  /** Key under the romanisation rules, filled on first use (see `romanisedKey`); '' until then. */
  romanised: string;
  /**
   * The matcher's facts of the word from the reference data, filled on first use (name-matcher.ts `wordMeaning`,
   * `nameTraditions`, `isCommonPersonName`): its meaning group (undefined until asked), the naming traditions
   * whose common names list it and whether it is a common or generic person name (-1 until asked). Never
   * saved: `copyTokenInfo` leaves them to be asked again.
   */
  meaning: string | null | undefined;
  traditions: number;
  commonPerson: number;
  /**
   * The word's spelling facts for two person's rules, filled on first use (token-similarity.ts `vowelFrameOf`,
   * `endsAsCompound`): its vowel frame ('' until asked), that frame with a diphthong read as the long vowel it is
   * also written as (since rules 1.88.0; '' until asked) and whether it ends as a compound given name does (-1 until
   * asked). Asked of a word against every word of every candidate, so kept on the word, not looked up each time.
   */
  vowelFrame: string;
  longVowelFrame: string;
  compoundEnding: number;
  /** Its pinyin syllables (token-similarity.ts `pinyinOf`; null: none), undefined until asked. */
  pinyin: string[] | null | undefined;
  /** Its deciding-word group (name-matcher.ts `wordDecidingGroup`; null: none), undefined until asked. */
  decidingGroup: string | null | undefined;
  /**
   * An organisation's word's cuts into two table words (name-matcher.ts `compoundCutsOf`), undefined until asked:
   * asked of a word against every candidate, and the halves' look-ups are the same each time.
   */
  compoundCuts: CompoundCut[] | undefined;
  /**
   * The class of the word read alone (name-matcher.ts `wordClassOf`; null: none) and whether it is a class word's
   * loanword (`isClassLoanword`), undefined until asked: asked of a word against every word of every candidate.
   */
  wordClass: number | null | undefined;
  classLoanword: boolean | undefined;
}

/** A half of a compound word read as a table word: its deciding, country or meaning group, or its class groups. */
export interface CompoundPart {
  group: string | null;
  classes: number[];
}

/** A cut of a word into two halves that are table words: the second half, and the first with or without a linking "s". */
export interface CompoundCut {
  head: CompoundPart;
  starts: CompoundPart[];
}

/** A token as the tokeniser saw it, before it is looked up in a vocabulary. */
export interface RawToken {
  orig: string;
  /** Written as dotted initials ("A.B.C.") or all capitals of 2–5 letters ("NUDT"). */
  acronym: boolean;
  /** Written with dots ("A.B.C."). */
  dotted: boolean;
  /** Letters joined by an ampersand ("A&M", "A & F"): initials of words, never a function word ("A&T", "A & T"). */
  joined?: boolean;
  /** An elided article written onto the next word ("l'" of "l'Homme", "d'" of "d'études"). */
  elided?: boolean;
  /** Joined to the next token by a hyphen in one written word ("Mi" of "Mi-kyung"). */
  hyphenNext?: boolean;
  /**
   * A Chinese character or Hangul syllable written inside a word of several (since rules 1.30.0): "주" of "사주",
   * not the "(주)" written apart.
   */
  inRun?: boolean;
  /** The last character or syllable of such a word (since rules 1.34.0): "원" of "한국교육개발원". */
  runEnd?: boolean;
}

/** French and Italian articles and prepositions elided before a vowel or h: "l'Homme", "dell'Energia". */
const ELISION = /^(l|d|qu|dell|all|nell|dall|sull)'([aeiouhàâäéèêëîïôöùûüœæ].*)$/iu;

const CONTROL = /[\p{Cc}\p{Cf}]/gu;
const QUOTES = /[’‘`´ʼʹ′]/g;
const CAMEL_LOWER_UPPER = /(\p{Ll})(\p{Lu})/gu;
const CAMEL_ACRONYM_WORD = /(\p{Lu})(\p{Lu}\p{Ll}{2,})/gu;
const DOTTED_INITIALS = /(?<![\p{L}\p{N}])(\p{L}{1,2}\.(?:\s?-?\s?\p{L}{1,2}\.)+(?:\p{L}(?![\p{L}\p{N}.]))?)/gu;
/**
 * Since rules 1.30.0: words written abbreviated with a dot that are no initials: Russian and Ukrainian "им."/"ім."
 * ("named after", symbols.yml `named`) before the honouree's initials ("им. П. Г. Демидова", "им.И.А. Бунина").
 * Set apart before the dotted initials are joined, so they do not join the initials into one acronym.
 * Since rules 1.193.0 (issue 9) also the Latin "im." of the same group (Polish "im.", imienia, and Russian
 * transliterated: "im. J. Tarlowskiego", "im. D.I.Tarlova") and the title "Dr." (symbols.yml person_symbols `dr`):
 * "Dr. Q.T.V. Institute of Technology" is the title and the honouree's initials "QTV", whose acronym "QTVIT" reads
 * them, not one acronym "DRQTV". (The other titles and words of these groups are longer than the two letters a
 * dotted initial may have, so dotted initials never take them.)
 */
const ABBREVIATED_WORDS = /(?<![\p{L}\p{N}])(им|ім|im|dr)\.\s*(?=\p{L})/giu;
const SPLIT_KEEP = /([^\p{L}\p{M}\p{N}']+)/u;
const HYPHEN = /^[-‐‑–]$/u;
const UPPER_ACRONYM = /^\p{Lu}{2,8}$/u;
/** Capitals (and digits) joined by hyphens or dashes only ("CEI-IUL", "QRS - TVA"): acronyms, one per piece. */
/** A word of Hebrew letters (its points and cantillation marks allowed after the first letter). */
export const HEBREW_WORD = /^[\u05d0-\u05ea][\u0590-\u05ff]*$/u;

export const HYPHENATED_ACRONYMS = /^[\p{Lu}\d]+(?:\s?[-–]\s?[\p{Lu}\d]+)+$/u;
/**
 * "C2DH", "IM2NP": capitals with a 2 inside that doubles a letter beside it, written as one acronym. A
 * final digit is a series number ("AHL2"), not part of an acronym.
 */
const DIGIT_ACRONYM = /^(?=(?:.*\p{Lu}){2})\p{Lu}[\p{Lu}2]{1,6}\p{Lu}$/u;
/** "ZaAS", "MINCyT", "ZHdK": mostly capitals with a few small letters, kept as one acronym. */
const MIXED_ACRONYM = /^(?=\p{Lu})[\p{Lu}\p{Ll}]{3,8}$/u;

/** "UiB", "IoC", "SfS", "MeGe": a short word of capitals with one or two small letters, kept as one acronym. */
const SHORT_MIXED_ACRONYM = /^(?=\p{Lu})[\p{Lu}\p{Ll}]{3,4}$/u;

function isMixedAcronym(word: string): boolean {
  // Both patterns need three letters or more, the first a capital (an ASCII one is A-Z).
  if (word.length < 3 || !mayBeCapital(word.charCodeAt(0)) || capitalsAtMost(word, 1)) {
    return false;
  }
  if (SHORT_MIXED_ACRONYM.test(word)) {
    const capitals = word.replace(/\P{Lu}/gu, '').length;
    if (capitals >= 2 && capitals < word.length) {
      return true;
    }
  }
  if (!MIXED_ACRONYM.test(word)) {
    return false;
  }
  const capitals = word.replace(/\P{Lu}/gu, '').length;
  return capitals >= 3 && capitals / word.length >= 0.6 && /\p{Ll}/u.test(word);
}
/** Capitals joined by a plus sign in one written word ("Q+TKV"; since rules 1.134.0). */
const PLUS_ACRONYM = /(?<![\p{L}\p{N}+])(\p{Lu}{1,6})\+(\p{Lu}{1,6})(?![\p{L}\p{N}+])/gu;
const AMPERSAND_ACRONYM = /(?<![\p{L}\p{N}&])(\p{Lu}{1,6})&(\p{Lu}{1,6})(?![\p{L}\p{N}&])/gu;
/** Two single capitals with an ampersand between spaces ("A & F"): initials of two words, each never a function word. */
const SPACED_AMPERSAND_INITIALS = /(?<![\p{L}\p{N}&])(\p{Lu}) +& +(\p{Lu})(?![\p{L}\p{N}&])/gu;
const HAN = /\p{Script=Han}/u;
const HANGUL = /\p{Script=Hangul}/u;
const SYLLABLE_RUN = /([\p{Script=Han}\p{Script=Hangul}])/u;

/**
 * Only characters NFKC leaves as they are, none of which composes with a neighbour, and no control,
 * format or quote character (CONTROL, QUOTES): printable ASCII but the backquote, the basic Cyrillic
 * letters (U+0401, U+0410-U+044F, U+0451), the Arabic letters U+0621-U+064A (no marks), CJK unified
 * ideographs (U+4E00-U+9FFF) and Hangul syllables (U+AC00-U+D7A3). `tokeniseRaw` skips those steps for it.
 */
function plainText(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x7f) {
      if (code < 0x20 || code === 0x60) {
        return false;
      }
    } else if (!(
      (code >= 0x410 && code <= 0x44f) ||
      code === 0x401 ||
      code === 0x451 ||
      (code >= 0x621 && code <= 0x64a) ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0xac00 && code <= 0xd7a3)
    )) {
      return false;
    }
  }
  return true;
}

/**
 * False only for UTF-16 code units that are no capital letter (\p{Lu}) and no part of one: ASCII other
 * than A-Z, Cyrillic small letters (U+0430-U+045F), and the caseless Arabic (U+0600-U+06FF), CJK
 * (U+4E00-U+9FFF) and Hangul syllable (U+AC00-U+D7A3) blocks. True for everything else (maybe a capital).
 */
function mayBeCapital(code: number): boolean {
  if (code < 0x80) {
    return code >= 0x41 && code <= 0x5a;
  }
  return !(
    (code >= 0x430 && code <= 0x45f) ||
    (code >= 0x600 && code <= 0x6ff) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7a3)
  );
}

/** True when at most `limit` code units of `text` may be capitals (see `mayBeCapital`). */
function capitalsAtMost(text: string, limit: number): boolean {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    if (mayBeCapital(text.charCodeAt(index)) && ++count > limit) {
      return false;
    }
  }
  return true;
}

/**
 * True when some stretch of `text` between spaces (U+0020) holds two code units that may be capitals (see
 * `mayBeCapital`). A word of letters never spans a space, so without such a stretch no word has two capitals.
 */
function twoCapitalsInOneStretch(text: string): boolean {
  let capitals = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x20) {
      capitals = 0;
    } else if (mayBeCapital(code) && ++capitals > 1) {
      return true;
    }
  }
  return false;
}

/**
 * False when no whitespace-free part of `text` may hold a capital after its first character (a capital
 * only ever follows a space or starts the text): then no camelCase split can apply. Exact, never a guess.
 */
function camelCasePossible(text: string): boolean {
  for (let index = 1; index < text.length; index++) {
    if (mayBeCapital(text.charCodeAt(index)) && text.charCodeAt(index - 1) !== 0x20) {
      return true;
    }
  }
  return false;
}

/**
 * `/\p{Ll}/u.test(text)` for a plain text (see `plainText`) and what `tokeniseRaw`'s steps add to one (spaces,
 * U+0001, ASCII letters): of those characters only a-z and the small Cyrillic letters U+0430-U+044F and
 * U+0451 are small letters (the Arabic letters, ideographs and Hangul syllables are of no case).
 */
function plainSmallLetter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x430 && code <= 0x44f) || code === 0x451) {
      return true;
    }
  }
  return false;
}

/**
 * A part of a plain text that SPLIT_KEEP (`[^\p{L}\p{M}\p{N}']+`) does not split: ASCII letters, digits and
 * apostrophes, and the other characters a plain text may hold, all letters (Cyrillic and Arabic letters,
 * ideographs, Hangul syllables). U+0001 (the dotted-initials mark) and ASCII punctuation are not.
 */
function plainWord(part: string): boolean {
  for (let index = 0; index < part.length; index++) {
    const code = part.charCodeAt(index);
    if (
      code < 0x80 &&
      !(
        (code >= 0x61 && code <= 0x7a) ||
        (code >= 0x41 && code <= 0x5a) ||
        (code >= 0x30 && code <= 0x39) ||
        code === 0x27
      )
    ) {
      return false;
    }
  }
  return true;
}

/**
 * Whether DIGIT_ACRONYM may match: it needs three characters or more, the first and the last a capital
 * (`mayBeCapital` is false only for characters that are none). Most words end in a small letter: the
 * pattern's look-ahead is not run for them.
 */
function digitAcronymPossible(piece: string): boolean {
  return piece.length >= 3 && mayBeCapital(piece.charCodeAt(0)) && mayBeCapital(piece.charCodeAt(piece.length - 1));
}

/** The non-empty runs of `text` between spaces (U+0020). */
function splitAtSpaces(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index === text.length || text.charCodeAt(index) === 0x20) {
      if (index > start) {
        parts.push(text.slice(start, index));
      }
      start = index + 1;
    }
  }
  return parts;
}

/** Only small ASCII letters and digits. */
function smallAsciiAlphanumeric(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) {
      return false;
    }
  }
  return true;
}

/** Only ASCII letters and digits (and not empty). */
function asciiAlphanumeric(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39))) {
      return false;
    }
  }
  return text.length > 0;
}

/** A word of letters closed by a comma or a colon, with or without more after it ("SECyT,", "UiO:Tarvel"). */
const ACRONYM_BEFORE_SEGMENT = /^\p{L}+[,:]/u;
const NOT_LETTERS = /([^\p{L}]+)/u;

/** "QuarrowTech" as "Quarrow Tech", "QRVTarvel" as "QRV Tarvel". */
function splitCamelCase(part: string): string {
  return part.replace(CAMEL_LOWER_UPPER, '$1 $2').replace(CAMEL_ACRONYM_WORD, '$1 $2');
}

/**
 * False when no capital can follow the first character (every later one is ASCII but A-Z): then neither
 * camelCase pattern (a capital after a letter) can match and the split is skipped. Exact, never a guess.
 */
function innerCapitalPossible(part: string): boolean {
  for (let index = 1; index < part.length; index++) {
    if (mayBeCapital(part.charCodeAt(index))) {
      return true;
    }
  }
  return false;
}

/**
 * Splits a raw name into tokens: NFKC, control characters dropped, camelCase and dotted initials
 * handled, `&` read as "and", possessive "'s" dropped, Chinese characters and Korean syllables one token each.
 */
export function tokeniseRaw(raw: string): RawToken[] {
  const plain = plainText(raw);
  let text = plain ? raw : raw.normalize('NFKC').replace(CONTROL, ' ').replace(QUOTES, "'");
  // A mixed acronym has two capitals or more in one word: with no two in one space-free stretch there is none.
  const mixedAcronyms = !twoCapitalsInOneStretch(text)
    ? new Set<string>()
    : new Set(text.split(/[^\p{L}]+/u).filter(isMixedAcronym));
  if (camelCasePossible(text)) {
    text = text
      .split(/(\s+)/)
      .map((part) =>
        mixedAcronyms.has(part) || !innerCapitalPossible(part)
          ? part
          : mixedAcronyms.size > 0 && ACRONYM_BEFORE_SEGMENT.test(part)
            ? // Since rules 1.131.0 (issue 9): a mixed acronym that opens a word and is closed by a comma or a colon,
              // "SECyT, UNC" or "UiO:Tarvel", is kept as one acronym as it is between spaces. (Against a parenthesis,
              // "(GTsST)", it is still split: counted in the exactness gate, bench/HISTORY.md, rules 1.131.0.)
              part
                .split(NOT_LETTERS)
                .map((run, at) => (at === 0 && mixedAcronyms.has(run) ? run : splitCamelCase(run)))
                .join('')
            : splitCamelCase(part),
      )
      .join('');
  }
  if (text.includes('.')) {
    text = text
      .replace(ABBREVIATED_WORDS, '$1 ')
      .replace(DOTTED_INITIALS, (group: string) => ` ${group.replace(/[\s.-]/g, '')}\u0001 `);
  }
  if (text.includes('+')) {
    // Since rules 1.134.0 (issue 9): capitals joined by a plus sign in one written word ("Q+TKV") are one acronym, as
    // with an ampersand below (the sign gives it no letter), marked the same way.
    text = text.replace(PLUS_ACRONYM, '$1$2\u0002');
  }
  if (text.includes('&')) {
    // "RD&E", "F&M": capitals joined by an ampersand in one written word are one acronym ("and" gives it no letter).
    // Marked (\u0002) so that the letters are never read as a function word ("A&T" is no "at").
    text = text.replace(SPACED_AMPERSAND_INITIALS, '$1\u0002 & $2\u0002').replace(AMPERSAND_ACRONYM, '$1$2\u0002');
    text = text.replace(/&/g, ' and ');
  }
  // In names written all in capitals, capitals say nothing about acronyms, unless the name is one short word
  // or short words joined by hyphens or dashes ("CEI-IUL", "QRS - TVA": two acronyms, not two words).
  // (The text without the ampersand marks, as written.)
  const written = text.includes('\u0002') ? text.split('\u0002').join('') : text;
  const mixedCase =
    (plain ? plainSmallLetter(written) : /\p{Ll}/u.test(written)) ||
    UPPER_ACRONYM.test(written.trim()) ||
    HYPHENATED_ACRONYMS.test(written.trim());
  const out: RawToken[] = [];
  // In a plain text the only white space is the space (U+0020), and the steps above add only spaces: split
  // at runs of spaces without the regular expression. (An empty part, before a leading or after a trailing
  // space, gives no token either way.)
  for (const part of plain ? splitAtSpaces(text) : text.split(/\s+/)) {
    const dotted = part.endsWith('\u0001');
    // A part of ASCII letters and digits only is one piece (SPLIT_KEEP splits at other characters).
    const simple = asciiAlphanumeric(part);
    // So is a part of a plain text without a character SPLIT_KEEP splits at (see `plainWord`).
    const pieces = simple || (plain && plainWord(part)) ? [part] : part.split(SPLIT_KEEP);
    for (let at = 0; at < pieces.length; at += 2) {
      let piece = pieces[at];
      if (!piece) {
        continue;
      }
      // The separator after this piece is a hyphen and a piece follows: one written word.
      const hyphenNext = HYPHEN.test(pieces[at + 1] ?? '') && Boolean(pieces[at + 2]);
      if (piece.includes("'")) {
        // (Possessive, elision and apostrophes: nothing to do without an apostrophe.)
        piece = piece.replace(/'s$/i, '');
        const elision = ELISION.exec(piece);
        if (elision) {
          out.push({ orig: elision[1].toLowerCase(), acronym: false, dotted: false, elided: true });
          piece = elision[2];
        }
        piece = piece.replace(/'/g, '');
        if (!piece) {
          continue;
        }
      }
      const acronym =
        dotted ||
        (mixedCase && UPPER_ACRONYM.test(piece)) ||
        mixedAcronyms.has(piece) ||
        ((mixedCase || written.trim() === piece) && digitAcronymPossible(piece) && DIGIT_ACRONYM.test(piece));
      const joined = (pieces[at + 1] ?? '').startsWith('\u0002');
      // (An ASCII piece holds no Chinese character or Korean syllable.)
      if (!simple && (HAN.test(piece) || HANGUL.test(piece))) {
        const subs = piece.split(SYLLABLE_RUN).filter((sub) => sub);
        // (A word of Latin letters written onto the characters, "LIMITED<characters>", is no syllable of a run.)
        const syllables = subs.filter((sub) => HAN.test(sub) || HANGUL.test(sub)).length;
        let seen = 0;
        for (const sub of subs) {
          const syllable = HAN.test(sub) || HANGUL.test(sub);
          seen += syllable ? 1 : 0;
          out.push(
            syllables > 1 && syllable
              ? seen === syllables
                ? { orig: sub.toLowerCase(), acronym: false, dotted: false, inRun: true, runEnd: true }
                : { orig: sub.toLowerCase(), acronym: false, dotted: false, inRun: true }
              : { orig: sub.toLowerCase(), acronym: false, dotted: false },
          );
        }
      } else {
        out.push(
          hyphenNext
            ? { orig: piece.toLowerCase(), acronym, dotted, hyphenNext }
            : joined
              ? { orig: piece.toLowerCase(), acronym, dotted, joined }
              : { orig: piece.toLowerCase(), acronym, dotted },
        );
      }
    }
  }
  return out;
}

const DIGIT_AS_LETTER: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '6': 'b',
  '9': 'g',
};
const ORDINAL = /^(\d+)(st|nd|rd|th)$/;
const DIGIT = /\d/;
/**
 * Number words and their values. A Map, not an object: a word looked up in an object also finds the
 * object's inherited properties ("constructor" read as the text of the Object function), and an object
 * read with ever new word strings is a slow keyed lookup, most of `asciiForm`'s time in an index build.
 */
const NUMBER_WORDS = new Map<string, number>(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    first: 1,
    second: 2,
    third: 3,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  }),
);

/**
 * One Chinese character read as its usual pinyin (han_readings.tsv: any-ascii reads heteronyms otherwise,
 * 长 "zhang"), one Hangul syllable as Revised Romanisation (any-ascii writes a final as its letter, 빛
 * "bich" where RR writes "bit"); since rules 1.15.0. Undefined for anything else.
 */
function singleSyllableReading(orig: string): string | undefined {
  return orig.length === 1 && hasCjkSyllable(orig) ? cjkSyllables(orig)[0] : undefined;
}

/** A Greek word with a diphthong of upsilon (ου, αυ, ευ, accented or not). */
const GREEK_DIPHTHONG_LETTERS = /[αεοΑΕΟ][υύΥΎ]/u;
const GREEK_DIPHTHONG = /([αεοΑΕΟ])([υύΥΎ])(\p{Script=Greek}?)/gu;
/** Greek letters before which αυ and ευ are read "af", "ef" (voiceless consonants), ELOT 743 / ISO 843. */
const GREEK_VOICELESS = /^[θκξπστφχψςΘΚΞΠΣΤΦΧΨ]?$/u;

/**
 * A Greek word's diphthongs of upsilon as ELOT 743 (and GeoNames' and the bodies' own Latin names) write them
 * (since rules 1.34.0): ου "ou", αυ and ευ "av", "ev" ("af", "ef" before a voiceless consonant or at the end).
 * any-ascii writes each upsilon "y": Λευκωσία "leykosia" for "Lefkosia", Κύπρου "kyproy" for "Kyprou".
 */
function greekDiphthongs(word: string): string {
  return word.replace(GREEK_DIPHTHONG, (_, vowel: string, upsilon: string, next: string) => {
    const upper = upsilon === upsilon.toUpperCase();
    const lower = vowel.toLowerCase();
    const second = lower === 'ο' ? 'u' : GREEK_VOICELESS.test(next) ? 'f' : 'v';
    return `${vowel}${upper ? second.toUpperCase() : second}${next}`;
  });
}

/** A Thai letter (U+0E01–U+0E4E): its word is read in spoken order with RTGS vowel forms (thai-reading.ts). */
const THAI_LETTER = /[\u0e01-\u0e4e]/u;

/** ASCII comparison form: transliterated, lower case, letters and digits only, number words as digits. */
export function asciiForm(orig: string): string {
  // Small ASCII letters and digits are their own transliteration, lower case and kept by the filter.
  let text = smallAsciiAlphanumeric(orig)
    ? orig
    : (singleSyllableReading(orig) ??
      anyAscii(
        GREEK_DIPHTHONG_LETTERS.test(orig) ? greekDiphthongs(orig) : THAI_LETTER.test(orig) ? thaiReading(orig) : orig,
      )
        .toLowerCase()
        .replace(/[^a-z0-9]/g, ''));
  if (!DIGIT.test(text)) {
    // (Without a digit neither an ordinal nor a digit in disguise: only a number word is read.)
    const word = NUMBER_WORDS.get(text);
    return word !== undefined ? String(word) : text;
  }
  const ordinal = ORDINAL.exec(text);
  if (ordinal) {
    return ordinal[1];
  }
  const word = NUMBER_WORDS.get(text);
  if (word !== undefined) {
    return String(word);
  }
  // "Ol9a Dem1na": digits inside words are letters in disguise.
  if (/[a-z]/.test(text) && /\d/.test(text) && /^[a-z]/.test(text)) {
    text = text.replace(/[0134569]/g, (digit) => DIGIT_AS_LETTER[digit]);
  }
  return text;
}

export function detectScript(orig: string): Script {
  for (const char of orig) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) {
        return Script.Latin;
      }
      continue;
    }
    if (code < 0x250) {
      return Script.Latin;
    }
    if (code >= 0x370 && code < 0x400) {
      return Script.Greek;
    }
    if (code >= 0x400 && code < 0x530) {
      return Script.Cyrillic;
    }
    if ((code >= 0x600 && code < 0x700) || (code >= 0x750 && code < 0x780) || (code >= 0xfb50 && code < 0xff00)) {
      return Script.Arabic;
    }
    if (HAN.test(char)) {
      return Script.Han;
    }
    if (HANGUL.test(char)) {
      return Script.Hangul;
    }
    if (code >= 0x3040 && code < 0x3100) {
      return Script.Kana;
    }
    if (code >= 0x1e00 && code < 0x1f00) {
      return Script.Latin;
    }
    return Script.Other;
  }
  return Script.Digits;
}

/**
 * Vowels, w and y dropped and similar consonants merged: "Mohammed" and "mhmd" share "mhmt". An h is
 * kept (Arabic script writes it, ح and ه: without it "Mehdi", "Hamid" and "Mohammed" all read "mt"),
 * except at the end, where Latin spellings often leave out a final ه or ة ("Usama", "أسامة"). In a
 * reading of Arabic script "zh" is two letters (ز and ه: "zhd" is "Zahid").
 */
export function consonantSkeleton(text: string, abjad = false): string {
  let out = '';
  let last = '';
  const source = text
    .replace(/ph/g, 'f')
    .replace(/(kh|gh|q|ck|c)/g, 'k')
    .replace(abjad ? /(sh|ch|j)/g : /(sh|ch|zh|j)/g, 's');
  for (const char of source) {
    let mapped = char;
    switch (char) {
      case 'a':
      case 'e':
      case 'i':
      case 'o':
      case 'u':
      case 'y':
      case 'w':
        continue;
      case 'p':
        mapped = 'b';
        break;
      case 'v':
        mapped = 'f';
        break;
      case 'z':
        mapped = 's';
        break;
      case 'd':
        mapped = 't';
        break;
      case 'g':
        mapped = 'k';
        break;
      default:
        break;
    }
    if (mapped !== last) {
      out += mapped;
    }
    last = mapped;
  }
  return out.length > 1 && out.endsWith('h') ? out.slice(0, -1) : out;
}

/** Builds the comparison facts of one word form. Pure; callers cache by `orig`. */
export function makeTokenInfo(orig: string): TokenInfo {
  const script = detectScript(orig);
  const text = asciiForm(orig);
  const isNumber = text.length > 0 && /^\d+$/.test(text);
  const isSyllable = script === Script.Han || script === Script.Hangul;
  const isLetter = !isNumber && text.length === 1;
  const phonetic = !isNumber && text.length > 1 ? doubleMetaphone(text)[0] : '';
  return copyTokenInfo({
    id: -1,
    orig,
    text,
    script: isNumber ? Script.Digits : script,
    phonetic,
    skeleton: isNumber ? text : consonantSkeleton(text, script === Script.Arabic),
    isNumber,
    isLetter,
    isSyllable,
    romanised: '',
  });
}

/**
 * A word's own facts (`makeTokenInfo`'s) in a new object of one literal, every fact read later (meaning, traditions,
 * …) not yet read. The one place a `TokenInfo` is made: a word read back from a saved index (`v8.deserialize`, a
 * worker's structured clone) is an object of another hidden class than the query's words; the matcher's hot
 * functions, fed both, lose their optimised code ("wrong map") and are compiled again, so such a word is copied here.
 */
export function copyTokenInfo(
  word: Pick<
    TokenInfo,
    'id' | 'orig' | 'text' | 'script' | 'phonetic' | 'skeleton' | 'isNumber' | 'isLetter' | 'isSyllable' | 'romanised'
  >,
): TokenInfo {
  return {
    id: word.id,
    orig: word.orig,
    text: word.text,
    script: word.script,
    phonetic: word.phonetic,
    skeleton: word.skeleton,
    isNumber: word.isNumber,
    isLetter: word.isLetter,
    isSyllable: word.isSyllable,
    romanised: word.romanised,
    meaning: undefined,
    traditions: -1,
    commonPerson: -1,
    vowelFrame: '',
    longVowelFrame: '',
    compoundEnding: -1,
    compoundCuts: undefined,
    pinyin: undefined,
    decidingGroup: undefined,
    wordClass: undefined,
    classLoanword: undefined,
  };
}

/** Roman numerals I–XXXIX, read as numbers in organisation and vessel names ("Fund VIII"). */
export function romanToNumber(text: string): number | undefined {
  if (!/^x{0,3}(ix|iv|v?i{0,3})$/.test(text) || text.length === 0) {
    return undefined;
  }
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let index = 0; index < text.length; index++) {
    const value = values[text[index]];
    const next = values[text[index + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
