import { latinSpellsCjk, looksChinese, pinyinSplit } from './cjk-reading';
import { sameHanCharacter } from './cjk-syllables';
import { BoundedMemo } from '../common/collections';
import { distance } from 'fastest-levenshtein';
import {
  abjadOrganisationAgrees,
  abjadReadingAgrees,
  ARABIC_MARKS,
  isLatinAndArabic,
  writesVowels,
} from './abjad-reading';
import { digraphForm, getReferenceData, rewriteCognate, type CognateSpelling } from './reference-data';
import { indicSpellsLatin } from './indic-reading';
import { Script, type TokenInfo } from './tokenise';

/** How two tokens were found alike; the reason an explanation names. */
export const Likeness = {
  None: 0,
  Exact: 1,
  Typo: 2,
  Phonetic: 3,
  Transliteration: 4,
  Synonym: 5,
  Initial: 6,
  Class: 7,
  Joined: 8,
  Acronym: 9,
  Romanisation: 10,
  Cognate: 11,
  /** A Chinese word of two characters or more and the English words of its rendering (since rules 1.20.0). */
  Translation: 12,
} as const;
export type Likeness = (typeof Likeness)[keyof typeof Likeness];

export const LIKENESS_NAMES = [
  'different',
  'exact',
  'spelling variant',
  'sounds alike',
  'transliteration',
  'known variant',
  'initial',
  'same class word',
  'joined words',
  'acronym',
  'romanisation variant',
  'same stem',
  'translation',
];

/** Similarity of a token pair and how it was found. */
export interface TokenLikeness {
  sim: number;
  how: Likeness;
}

const NONE: TokenLikeness = { sim: 0, how: Likeness.None };
const EXACT: TokenLikeness = { sim: 1, how: Likeness.Exact };
const TRANSLITERATED: TokenLikeness = { sim: 1, how: Likeness.Transliteration };
const COGNATE: TokenLikeness = { sim: 0.85, how: Likeness.Cognate };
/** An abjad reading whose written long vowels agree: a little above one of consonants alone (0.8). */
const VOWELS_CHECKED_SIMILARITY = 0.82;

/**
 * Edits allowed between two spellings of one word, by the longer length: none up to 3 letters
 * (except one confusable letter), one up to 6, two up to 12, three beyond. Looser budgets turned
 * different surnames (Sancho/Sánchez, Orbach/Orbán) into matches on the dev data.
 */
export function editBudget(length: number): number {
  if (length <= 2) {
    return 0;
  }
  if (length === 3) {
    return 0.5;
  }
  if (length <= 6) {
    return 1;
  }
  if (length <= 12) {
    return 2;
  }
  return 3;
}

/** Levenshtein distance where a substitution of confusable letters (o/u, i/y, c/k…) costs half. */
export function editCost(left: string, right: string): number {
  const edits = distance(left, right);
  if (edits === 0 || left.length !== right.length) {
    return edits;
  }
  if (edits === 2 && isTransposition(left, right)) {
    return 1;
  }
  const confusables = getReferenceData().confusables;
  let substitutions = 0;
  let cost = 0;
  for (let index = 0; index < left.length; index++) {
    if (left[index] !== right[index]) {
      substitutions++;
      cost += confusables.has(left[index] + right[index]) ? 0.5 : 1;
    }
  }
  return substitutions === edits ? cost : edits;
}

/**
 * Whether `accented` is a Latin word with a letter of letter_digraphs and `plain` is its digraph form ("zürich" /
 * "zuerich"): each such letter adds a letter, so the plain word is the longer (the test that spares most pairs).
 */
function digraphSpelling(accented: TokenInfo, plain: TokenInfo): boolean {
  return (
    plain.text.length > accented.text.length &&
    accented.orig !== accented.text &&
    digraphForm(accented.orig) === plain.text
  );
}

/** "Anglea" / "Angela": one swap of adjacent letters. */
export function isTransposition(left: string, right: string): boolean {
  let first = -1;
  for (let index = 0; index < left.length; index++) {
    if (left[index] !== right[index]) {
      if (first < 0) {
        first = index;
      } else {
        return (
          index === first + 1 &&
          left[first] === right[index] &&
          left[index] === right[first] &&
          left.slice(index + 1) === right.slice(index + 1)
        );
      }
    }
  }
  return false;
}

/**
 * Whether two words are one word once each run of one repeated letter is written once: the same as
 * `left.replace(/(.)\1+/g, '$1') === right.replace(/(.)\1+/g, '$1')`, without the two patterns and the two
 * strings they build (this runs for most pairs of words that begin alike). Both walk UTF-16 code units;
 * `.` matches none of the line terminators, so a run of one of those is kept as written, as here.
 */
export function sameWithoutRepeats(left: string, right: string): boolean {
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const code = left.charCodeAt(i);
    if (code !== right.charCodeAt(j)) {
      return false;
    }
    i++;
    j++;
    if (code !== 0x0a && code !== 0x0d && code !== 0x2028 && code !== 0x2029) {
      while (i < left.length && left.charCodeAt(i) === code) {
        i++;
      }
      while (j < right.length && right.charCodeAt(j) === code) {
        j++;
      }
    }
  }
  return i === left.length && j === right.length;
}

/** Similarity of two ASCII spellings: 1 when equal, 0.8–1 within the edit budget, else 0. */
export function spellingSimilarity(left: string, right: string): number {
  if (left === right) {
    return 1;
  }
  const length = Math.max(left.length, right.length);
  // "Pettrov", "Wallmart": repeated letters (collapsing them keeps the first letter, a cheap test first).
  if (left.length !== right.length && left[0] === right[0] && sameWithoutRepeats(left, right)) {
    return 0.9;
  }
  if (Math.abs(left.length - right.length) > editBudget(length)) {
    return 0;
  }
  const cost = editCost(left, right);
  if (cost > editBudget(length)) {
    return 0;
  }
  return Math.max(0.8, 1 - (0.6 * cost) / length);
}

/** Raw closeness in [0, 1] for explanations of words that did not match. */
export function rawSimilarity(left: string, right: string): number {
  const length = Math.max(left.length, right.length);
  return length === 0 ? 0 : 1 - distance(left, right) / length;
}

/** Persons' words shorter than this are compared exactly or through the romanisation rules, never as typos. */
const PERSON_FUZZY_MIN_LENGTH = 5;
/** Lowest raw closeness for two persons' words that sound alike to count as one name. */
const PERSON_PHONETIC_MIN_CLOSENESS = 0.6;

/**
 * One changed letter in a person's word is a spelling variant; two only in long words (7 letters or
 * more) that begin alike. "Smirnov" and "Mironov" are two surnames.
 */
function personEditBudget(left: TokenInfo, right: TokenInfo): number {
  return Math.min(left.text.length, right.text.length) >= 7 && left.text[0] === right.text[0] ? 2 : 1;
}

/**
 * The father's given name of an East Slavic patronymic, read with each ending that fits ("grigory" and
 * "grigor" of "grigoryevich"); none for another word.
 */
function fatherNames(word: string): string[] {
  const { patronymicStemEndings, patronymicGlide } = getReferenceData();
  return patronymicStemEndings
    .filter((ending) => word.endsWith(ending) && word.length >= ending.length + 3)
    .flatMap((ending) => {
      const stem = word.slice(0, -ending.length);
      // A father's name in -ai / -ei writes its glide before the ending only as the vowel's ("Nikolai" /
      // "Nikolaevich", "Mikalai" / "Mikalaevich"): the stem with the glide back is read too (since rules 1.101.0).
      return patronymicGlide && /[aeiou]$/.test(stem) ? [stem, stem + patronymicGlide] : [stem];
    });
}

/** Whether `fatherNames(word)` finds some name (without building the list: most words are no patronymic). */
function mayBePatronymic(word: string): boolean {
  // Asked of a query word against each word of each candidate in turn: the last word's answer is kept (with the
  // table it was read from, so other reference data asks again).
  const endings = getReferenceData().patronymicStemEndings;
  if (word === lastPatronymic.word && endings === lastPatronymic.endings) {
    return lastPatronymic.answer;
  }
  let answer = false;
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length >= ending.length + 3) {
      answer = true;
      break;
    }
  }
  lastPatronymic.word = word;
  lastPatronymic.endings = endings;
  lastPatronymic.answer = answer;
  return answer;
}

/**
 * Whether a word ends as a patronymic does (romanisation.yml patronymic_endings). Asked of `tokenLikeness`' first
 * word, the query's, against each word of each candidate in turn: the last word's answer is kept, with the pattern
 * it was read with (the other word is read each time: kept too, it would push the query's word out).
 */
function endsAsPatronymic(word: string): boolean {
  const pattern = getReferenceData().patronymicEnding;
  if (word === lastEnding.word && pattern === lastEnding.pattern) {
    return lastEnding.answer;
  }
  const answer = pattern.test(word);
  lastEnding.word = word;
  lastEnding.pattern = pattern;
  lastEnding.answer = answer;
  return answer;
}

/** `endsAsPatronymic`'s last word, the pattern it was read with, and its answer. */
const lastEnding: { word: string | undefined; pattern: RegExp | undefined; answer: boolean } = {
  word: undefined,
  pattern: undefined,
  answer: false,
};

/** `mayBePatronymic`'s last word, the endings it was read with, and its answer. */
const lastPatronymic: { word: string | undefined; endings: readonly string[] | undefined; answer: boolean } = {
  word: undefined,
  endings: undefined,
  answer: false,
};

/**
 * "Uladzimiravich" / "Vladimirovich", "Hryhoryavich" / "Grigoriyevich": two patronymics made from national
 * forms of one given name (given_name_forms.yml), or from one spelling under the romanisation rules.
 */
function sameFatherName(left: string, right: string): boolean {
  if (left === right || !mayBePatronymic(left)) {
    return false;
  }
  const a = fatherNames(left);
  const b = a.length > 0 ? fatherNames(right) : [];
  const groups = getReferenceData().givenNameGroups;
  return a.some((x) =>
    b.some((y) => {
      const group = groups.get(x);
      return (group !== undefined && group === groups.get(y)) || (x !== y && sameUnderOneSystem(x, y));
    }),
  );
}

/** Belarusian, Ukrainian and Russian spellings of one East Slavic name: a romanisation variant. */
const EAST_SLAVIC_FORMS: TokenLikeness = { sim: 0.9, how: Likeness.Romanisation };
const eastSlavicKeys = new BoundedMemo<string, string>(100_000);

/**
 * Since rules 1.68.0: "Siarheevich" / "Sergeevich", "Kryvasheyeu" / "Krivosheev": two person's words, both
 * ending as an East Slavic surname or patronymic does, that Belarusian, Ukrainian and Russian spellings make
 * one (romanisation.yml east_slavic: Г as h or g, Ў as u or v, Я and Ё as ia, io or e, akanye's a for o).
 */
export function eastSlavicForms(left: string, right: string): boolean {
  const { ending, minLength, rewrites } = getReferenceData().eastSlavic;
  if (left === right || Math.min(left.length, right.length) < minLength || !ending.test(left) || !ending.test(right)) {
    return false;
  }
  const key = (word: string) =>
    eastSlavicKeys.get(word, (text) =>
      rewrites.reduce((form, rule) => form.replace(rule.pattern, rule.replacement), text),
    );
  return key(left) === key(right);
}

/**
 * One person's name word in another spelling the lists' own aliases make (spelling_substitutions.tsv): as much as a
 * sound-alike (0.8). At 0.85 a two-word query met another person's one-word alias in such a spelling at 0.802 in the
 * exactness run (a false alert); at 0.8 it stays below the threshold, and the dev pairs gained keep 0.90 or more.
 */
const LEARNED_SPELLING: TokenLikeness = { sim: 0.8, how: Likeness.Romanisation };
/**
 * Since rules 1.170.0: the same reading of two words of 5 or 6 letters ("Selkau" / "Salkov"), a hair below a long
 * word's (0.79), a value no other reading gives a romanisation variant, so that the name comparison knows the pair
 * (`isShortLearnedSpelling`) and takes it only where every other word of the two names agrees exactly.
 */
export const SHORT_LEARNED_SPELLING_SIMILARITY = 0.79;
const SHORT_LEARNED_SPELLING: TokenLikeness = { sim: SHORT_LEARNED_SPELLING_SIMILARITY, how: Likeness.Romanisation };
/** Shortest person's word, and most letter-group substitutions, that `learnedSpelling` reads. */
// (Issue 9's "variants of a long surname": at 5 letters two common surnames' respellings alerted in the common-name
// screens and a query met another person's one-word alias in the exactness run, all three where the rest of the two
// names did not agree word for word; at 7 none does. Words of 5 or 6 letters are read since rules 1.170.0, and the
// name comparison takes them only beside exact words: `isShortLearnedSpelling`.)
const LEARNED_SPELLING_MIN_LENGTH = 7;
const LEARNED_SHORT_SPELLING_MIN_LENGTH = 5;
const LEARNED_SPELLING_MAX_SUBSTITUTIONS = 2;
/**
 * Since rules 1.175.0: words of four letters ("Velq" / "Velk") too, with one substitution only, taken as a short
 * learned spelling (beside exactly agreeing words); a listed common or given name on either side still refuses, and
 * so does a substitution of vowels only (`shortWordVowelVariant`, rules 1.78.0, decides those in a short word: a lone
 * vowel between consonants changed makes another short name, "Jang" / "Jong").
 */
const LEARNED_FOUR_LETTER_MIN_LENGTH = 4;
const LEARNED_FOUR_LETTER_MAX_SUBSTITUTIONS = 1;
/**
 * Per pair of keys: how many table substitutions join them (infinitely many: the table does not), and whether one of
 * them is of vowels only.
 */
interface LearnedSubstitutions {
  count: number;
  vowelsOnly: boolean;
}
const NOT_LEARNED: LearnedSubstitutions = { count: Number.POSITIVE_INFINITY, vowelsOnly: false };
const learnedSpellings = new BoundedMemo<string, LearnedSubstitutions>(100_000);

/**
 * The letter-group substitutions that turn one word into the other, by a least-edit alignment: each run of edits
 * between two agreeing letters (or an end) is one, its two letter groups in alphabetical order joined by ">"
 * ("au>ov" in "talverkau" / "telverkov"; ">h" for an h one word lacks). The words are taken in alphabetical order,
 * so the answer does not depend on which is asked first. bench/build-spelling-substitutions.ts counts these
 * in the lists' aliases.
 */
export function spellingSubstitutions(first: string, second: string): string[] {
  const substitutions: string[] = [];
  eachSubstitution(first, second, (substitution) => substitutions.push(substitution) > 0);
  return substitutions.reverse();
}

/**
 * How many of `spellingSubstitutions(first, second)` there are and whether one is of vowels only, when there are at
 * most LEARNED_SPELLING_MAX_SUBSTITUTIONS, each in `table` (else NOT_LEARNED): the same walk, stopped at the first
 * substitution that rules the pair out (the answer the whole list would give). Asked of every pair of persons'
 * words of four letters or more with one first letter that no other reading joins, the sound-alike words a query
 * word's index look-up reads among them, so it builds no list (speed12, bench/HISTORY.md).
 */
function learnedSubstitutions(first: string, second: string, table: ReadonlySet<string>): LearnedSubstitutions {
  const { vowels } = getReferenceData().shortWordVowels;
  const ofVowels = (group: string) => [...group].every((letter) => vowels.includes(letter));
  let count = 0;
  let vowelsOnly = false;
  const learned = eachSubstitution(first, second, (substitution) => {
    if (++count > LEARNED_SPELLING_MAX_SUBSTITUTIONS || !table.has(substitution)) {
      return false;
    }
    vowelsOnly ||= substitution.split('>').every(ofVowels);
    return true;
  });
  return learned ? { count, vowelsOnly } : NOT_LEARNED;
}

/** The least-edit table's cells, kept between calls (grown when a pair of words needs more). */
let editCosts = new Uint16Array(64);

/**
 * The walk behind `spellingSubstitutions`: fills the least-edit table of the two words (in alphabetical order) and
 * walks back from their ends, calling `visit` with each substitution, the last first; stops, returning false, when
 * `visit` returns false. Each run's letter groups are the letters the walk passes over without an agreeing pair,
 * sliced from the words once the run closes.
 */
function eachSubstitution(first: string, second: string, visit: (substitution: string) => boolean): boolean {
  const [a, b] = first <= second ? [first, second] : [second, first];
  const width = b.length + 1;
  const size = (a.length + 1) * width;
  if (editCosts.length < size) {
    editCosts = new Uint16Array(Math.max(size, 2 * editCosts.length));
  }
  const cost = editCosts;
  for (let i = 0; i <= a.length; i++) {
    cost[i * width] = i;
  }
  for (let j = 0; j <= b.length; j++) {
    cost[j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cost[i * width + j] = Math.min(
        cost[(i - 1) * width + j] + 1,
        cost[i * width + j - 1] + 1,
        cost[(i - 1) * width + j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  // The open run's ends in each word (-1: none open); it closes at the next agreeing letters or at the words' start.
  let runEndA = -1;
  let runEndB = -1;
  let i = a.length;
  let j = b.length;
  while (i > 0 || j > 0) {
    const here = cost[i * width + j];
    if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && here === cost[(i - 1) * width + j - 1]) {
      if (runEndA >= 0 && !visit(substitutionOf(a.slice(i, runEndA), b.slice(j, runEndB)))) {
        return false;
      }
      runEndA = -1;
      i--;
      j--;
      continue;
    }
    if (runEndA < 0) {
      runEndA = i;
      runEndB = j;
    }
    if (i > 0 && j > 0 && here === cost[(i - 1) * width + j - 1] + 1) {
      i--;
      j--;
    } else if (i > 0 && here === cost[(i - 1) * width + j] + 1) {
      i--;
    } else {
      j--;
    }
  }
  return runEndA < 0 || visit(substitutionOf(a.slice(0, runEndA), b.slice(0, runEndB)));
}

/** One substitution as written: its two letter groups in alphabetical order, joined by ">". */
function substitutionOf(fromA: string, fromB: string): string {
  return fromA <= fromB ? `${fromA}>${fromB}` : `${fromB}>${fromA}`;
}

/**
 * Since rules 1.168.0 (issue 9, "romanisation variants as a data-driven feature"): "Telverkov" / "Talverkau":
 * two persons' Latin words of at least LEARNED_SPELLING_MIN_LENGTH letters (since rules 1.170.0 also of
 * LEARNED_SHORT_SPELLING_MIN_LENGTH, as SHORT_LEARNED_SPELLING: "Selkau" / "Salkov"; since rules 1.175.0 of
 * LEARNED_FOUR_LETTER_MIN_LENGTH with one substitution only, also as SHORT_LEARNED_SPELLING: "Velq" / "Velk"), with
 * the same first letter, whose romanisation keys differ by one or two letter-group substitutions, each of which the
 * lists' own aliases of one person make far more often than two persons' names differ by (spelling_substitutions.tsv,
 * since rules 1.175.0 with the pairs of two transliteration systems, transliteration_pairs.tsv). Not when
 * either word is a listed common or given name ("Babette" / "Babita" are two names, though spelt by the table; a
 * common given name's respelling met another person's surname in the common-name screens), nor two pinyin words
 * (Chinese syllables: "Lanfeng" / "Lanfang" are two names); one word that merely parses as pinyin ("Danbisi") against
 * one that does not is read. Only asked once every other reading of the pair failed; answers cached per pair of keys.
 */
function learnedSpelling(left: TokenInfo, right: TokenInfo): boolean {
  const table = getReferenceData().spellingSubstitutions;
  if (
    table.size === 0 ||
    left.text[0] !== right.text[0] ||
    Math.min(left.text.length, right.text.length) < LEARNED_FOUR_LETTER_MIN_LENGTH
  ) {
    return false;
  }
  const a = romanisedKey(left);
  const b = romanisedKey(right);
  if (a === b || Math.abs(a.length - b.length) > 3) {
    return false;
  }
  const substitutions = learnedSpellings.get(a < b ? `${a}|${b}` : `${b}|${a}`, () =>
    learnedSubstitutions(a, b, table),
  );
  const fourLetters = Math.min(left.text.length, right.text.length) < LEARNED_SHORT_SPELLING_MIN_LENGTH;
  return (
    substitutions.count <= (fourLetters ? LEARNED_FOUR_LETTER_MAX_SUBSTITUTIONS : LEARNED_SPELLING_MAX_SUBSTITUTIONS) &&
    !(fourLetters && substitutions.vowelsOnly) &&
    !listedName(left.text) &&
    !listedName(right.text) &&
    !(pinyinOf(left) && pinyinOf(right))
  );
}

/**
 * Since rules 1.170.0: whether a word pair's likeness is `learnedSpelling`'s of two words of 5 or 6 letters (since rules
 * 1.175.0 also of 4), which the name comparison takes only where every other word of the two names agrees exactly
 * (name-matcher.ts).
 */
export function isShortLearnedSpelling(pair: TokenLikeness): boolean {
  return pair.how === Likeness.Romanisation && pair.sim === SHORT_LEARNED_SPELLING_SIMILARITY;
}

/** One Arabic or Persian name in another Latin spelling of its vowels: a romanisation variant. */
const VOWEL_FRAME_FORMS: TokenLikeness = { sim: 0.9, how: Likeness.Romanisation };
const vowelFrameKeys = new BoundedMemo<string, string>(100_000);
const longVowelFrameKeys = new BoundedMemo<string, string>(100_000);

/**
 * Since rules 1.77.0: "Hoseyn" / "Husayn", "Sayyid" / "Seyed", "Haydar" / "Heider": two persons' Latin words with
 * the same consonants in the same places, and in each other place a vowel that romanisation.yml vowel_frames lets
 * stand for the other's (Arabic a, i, u written by ear as Persian a or e, e, o). Since rules 1.88.0 also with a
 * diphthong on one side written as the long vowel it is spoken as on the other ("Zuhair" / "Zoher", "Shawkat" /
 * "Shokat"). Not pinyin words, which are read as Chinese syllables ("Xiaoping" / "Xiaopeng" are two names).
 */
export function vowelFrameForms(leftWord: string | TokenInfo, rightWord: string | TokenInfo): boolean {
  const { minLength, minVowels, minConsonants, vowels, finalVowels } = getReferenceData().vowelFrames;
  const left = typeof leftWord === 'string' ? leftWord : leftWord.text;
  const right = typeof rightWord === 'string' ? rightWord : rightWord.text;
  if (left === right || Math.min(left.length, right.length) < minLength) {
    return false;
  }
  const a = vowelFrameOf(leftWord);
  const b = vowelFrameOf(rightWord);
  if (!sameFrame(a, b, vowels, finalVowels) || !framed(a, vowels, minVowels, minConsonants)) {
    // Only a word with a diphthong has another frame: a pair without one costs two string comparisons.
    const longA = longVowelFrameOf(leftWord);
    const longB = longVowelFrameOf(rightWord);
    if (
      (longA === a && longB === b) ||
      !sameFrame(longA, longB, vowels, finalVowels) ||
      !framed(longA, vowels, minVowels, minConsonants)
    ) {
      return false;
    }
  }
  return !pinyinOf(leftWord) && !pinyinOf(rightWord);
}

/** Two frames with the same consonants in the same places and, in each other place, vowels the table lets stand. */
function sameFrame(
  a: string,
  b: string,
  vowels: ReadonlyMap<string, ReadonlySet<string>>,
  finalVowels: ReadonlyMap<string, ReadonlySet<string>>,
): boolean {
  if (a.length !== b.length) {
    return false;
  }
  for (let at = 0; at < a.length; at++) {
    const vowel = vowels.has(a[at]);
    if (vowel !== vowels.has(b[at])) {
      return false;
    }
    if (!vowel ? a[at] !== b[at] : !(at === a.length - 1 ? finalVowels : vowels).get(a[at])?.has(b[at])) {
      return false;
    }
  }
  return true;
}

/**
 * A word's vowel frame (romanisation.yml vowel_frames rewrites). A word's is kept on the word once asked: the
 * matcher asks it of a query word against every person's word of every candidate.
 */
function vowelFrameOf(word: string | TokenInfo): string {
  if (typeof word === 'string') {
    return vowelFrameKeys.get(word, vowelFrameOfText);
  }
  if (word.vowelFrame === '') {
    word.vowelFrame = vowelFrameKeys.get(word.text, vowelFrameOfText);
  }
  return word.vowelFrame;
}

function vowelFrameOfText(text: string): string {
  return getReferenceData().vowelFrames.rewrites.reduce(
    (form, rule) => form.replace(rule.pattern, rule.replacement),
    text,
  );
}

/** The frame with a diphthong read as a long vowel (vowel_frames long_vowels, since rules 1.88.0), kept on the word. */
function longVowelFrameOf(word: string | TokenInfo): string {
  if (typeof word === 'string') {
    return longVowelFrameKeys.get(word, longVowelFrameOfText);
  }
  if (word.longVowelFrame === '') {
    word.longVowelFrame = longVowelFrameKeys.get(word.text, longVowelFrameOfText);
  }
  return word.longVowelFrame;
}

function longVowelFrameOfText(text: string): string {
  return vowelFrameOfText(
    getReferenceData().vowelFrames.longVowels.reduce(
      (form, rule) => form.replace(rule.pattern, rule.replacement),
      text,
    ),
  );
}

/** Whether a frame has enough vowels and consonants to be read as a name's frame. */
function framed(
  frame: string,
  vowelTable: ReadonlyMap<string, ReadonlySet<string>>,
  minVowels: number,
  minConsonants: number,
): boolean {
  let vowels = 0;
  for (const letter of frame) {
    if (vowelTable.has(letter)) {
      vowels++;
    }
  }
  return vowels >= minVowels && frame.length - vowels >= minConsonants;
}

/**
 * Since rules 1.77.0: "Jamaluddin" / "Jamal", "Rahmatullah" / "Rahmat": a person's word that is the other's first
 * part before one of the endings of romanisation.yml compound_short_forms (al-Din, Allah written on), as written,
 * with a closing h ("Fatah" / "Fatadin"), or in another romanisation ("Kameel" / "Kamiluddin"). Read by the
 * aligner after the joined words, so "Jamaluddin" against "Jamal Uddin" stays one word against two.
 */
export function compoundShortForm(left: string, right: string): boolean {
  // The longer word must end as a compound does (`endsAsCompound`); the caller asks that first, once a word.
  const { minLength, endings } = getReferenceData().compoundShortForms;
  const [short, long] = left.length < right.length ? [left, right] : [right, left];
  if (short.length < minLength) {
    return false;
  }
  for (const ending of endings) {
    if (long.length - ending.length < minLength || !long.endsWith(ending)) {
      continue;
    }
    // The first word as the short form spells it: "Kamill", "Kameel" for "Kamil(uddin)", "Fatah" for "Fata(din)".
    const first = long.slice(0, -ending.length);
    if (
      short === first ||
      (short.endsWith('h') && short.slice(0, -1) === first) ||
      romanisationKey(short) === romanisationKey(first)
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Whether a word ends with one of romanisation.yml compound_short_forms' endings after `min_length` letters: the
 * longer word of every pair `compoundShortForm` takes does, and few words do. Kept on the word once asked.
 */
export function endsAsCompound(word: TokenInfo): boolean {
  if (word.compoundEnding < 0) {
    const { minLength, endings } = getReferenceData().compoundShortForms;
    let ends = false;
    for (const ending of endings) {
      ends ||= word.text.length - ending.length >= minLength && word.text.endsWith(ending);
    }
    word.compoundEnding = ends ? 1 : 0;
  }
  return word.compoundEnding === 1;
}

const VOWEL = /[aeiouy]/;

/**
 * "Nasr" / "Nasar", "Saqr" / "Saqar": one vowel written between two consonants on one side only, in
 * words of four letters or more (names romanised with or without the vowel the spoken form inserts).
 * Not "Dan" / "Don" (a changed vowel) nor "Chol" / "Cho" (a letter at the end).
 */
export function epentheticVowel(left: string, right: string): boolean {
  const [short, long] = left.length < right.length ? [left, right] : [right, left];
  if (long.length !== short.length + 1 || short.length < 4) {
    return false;
  }
  for (let index = 1; index < long.length - 1; index++) {
    if (
      VOWEL.test(long[index]) &&
      !VOWEL.test(long[index - 1]) &&
      !VOWEL.test(long[index + 1]) &&
      long.slice(0, index) + long.slice(index + 1) === short
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Since rules 1.78.0: "Seir" / "Sair", "Ihab" / "Iehab", "Neil" / "Niel", "Achi" / "Ashi": a person's short word
 * (the shorter of four letters or more) and a spelling of it that differs only in a vowel beside another vowel, by
 * one edit (changed, added or left out, or two neighbour vowels swapped), or only in a letter pair written for one
 * letter (romanisation.yml short_word_vowels). The consonants, in order, are the same. The caller leaves out two
 * listed common or given names.
 */
export function shortWordVowelVariant(left: string, right: string): boolean {
  const { minLength, vowels, letterPairs, silentAfterVowel } = getReferenceData().shortWordVowels;
  if (left === right || Math.min(left.length, right.length) < minLength) {
    return false;
  }
  if (
    silentAfterVowel !== '' &&
    silentLetterAdded(left, right, vowels, silentAfterVowel) &&
    !listedName(left) &&
    !listedName(right)
  ) {
    return true;
  }
  let a = left;
  let b = right;
  for (const [first, second] of letterPairs) {
    a = a.includes(second) ? a.replaceAll(second, first) : a;
    b = b.includes(second) ? b.replaceAll(second, first) : b;
  }
  if (a === b) {
    return true;
  }
  if (Math.abs(a.length - b.length) > 1 || !sameConsonants(a, b, vowels)) {
    return false;
  }
  const vowel = (word: string, index: number) => index >= 0 && index < word.length && vowels.includes(word[index]);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let at = 0;
  while (at < short.length && short[at] === long[at]) {
    at++;
  }
  if (short.length === long.length && isTransposition(short, long)) {
    // Two neighbour vowels swapped ("ei"/"ie"); a vowel swapped with a consonant makes another name ("Wail"/"Wali").
    return vowel(short, at) && vowel(short, at + 1);
  }
  if (distance(a, b) !== 1) {
    return false;
  }
  if (short.length < long.length) {
    // A vowel added beside a vowel, not as the first letter ("Ihab"/"Iehab", not "Iman"/"Aiman"); after a
    // consonant never ("Niaz"/"Niazi": the nisba).
    return at > 0 && (vowel(long, at - 1) || vowel(long, at + 1));
  }
  // A vowel changed beside a vowel ("Seir"/"Sair"), but not one of a doubled vowel ("Saad"/"Saud": a long vowel
  // against a diphthong are two names); a lone vowel between consonants changed makes another short name
  // ("Jang"/"Jong", "Amer"/"Omer").
  if (!vowel(long, at - 1) && !vowel(long, at + 1)) {
    return false;
  }
  const doubled = (word: string) => word[at - 1] === word[at] || word[at + 1] === word[at];
  return !doubled(short) && !doubled(long);
}

/**
 * Since rules 1.82.0: "Kawa" / "Kahwa": one word is the other with a silent letter (romanisation.yml
 * short_word_vowels silent_after_vowel) added after a vowel and before a consonant; never first ("Arun" /
 * "Harun"), between two vowels (where it is spoken) or last ("Juma" / "Jumah" is one name, but the final h made
 * a short query word agree with other persons' words in the exactness run and gained no dev pair). The caller
 * leaves out a listed common or given name on either side: its h is a letter of its own ("Zahra" / "Zara",
 * rules 1.9.0; "Ahmad" / "Amad").
 */
function silentLetterAdded(left: string, right: string, vowels: string, silent: string): boolean {
  const [short, long] = left.length < right.length ? [left, right] : [right, left];
  if (long.length !== short.length + 1) {
    return false;
  }
  let at = 0;
  while (at < short.length && short[at] === long[at]) {
    at++;
  }
  return (
    at > 0 &&
    silent.includes(long[at]) &&
    vowels.includes(long[at - 1]) &&
    at + 1 < long.length &&
    !vowels.includes(long[at + 1]) &&
    long.slice(at + 1) === short.slice(at)
  );
}

/** Whether two words have the same letters once their vowels are left out (walked without building either). */
function sameConsonants(left: string, right: string, vowels: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < left.length && vowels.includes(left[i])) {
      i++;
    }
    while (j < right.length && vowels.includes(right[j])) {
      j++;
    }
    if (i === left.length || j === right.length) {
      return i === left.length && j === right.length;
    }
    if (left[i] !== right[j]) {
      return false;
    }
    i++;
    j++;
  }
}

/** A listed common name or a listed given name. */
function listedName(word: string): boolean {
  const { commonPersonNames, givenNames } = getReferenceData();
  return commonPersonNames.has(word) || givenNames.has(word);
}

/** Two listed common names, or two listed given names ("Dana" / "Dina", "Lena" / "Lina"): two names, not one. */
function twoListedNames(left: string, right: string): boolean {
  const { commonPersonNames, givenNames } = getReferenceData();
  return (
    (commonPersonNames.has(left) && commonPersonNames.has(right)) || (givenNames.has(left) && givenNames.has(right))
  );
}

/** A word ending in a consonant and then i or y (the nisba "-i"), and one ending in a consonant (not j, h, w). */
const NISBA_END = /[bcdfgklmnpqrstvxz][iy]$/;
const CONSONANT_END = /[bcdfgklmnpqrstvxz]$/;
/** A digit in a word: a code, read letter by letter (see the sound reading in `tokenLikeness`). */
const HAS_DIGIT = /\d/;

/**
 * Since rules 1.32.0: "Darvani" / "Dorvan", "Kelvani" / "Kalvan": a person's word ending in a consonant and
 * one ending in the suffix "-i" after one (the nisba of Arabic, Persian and Urdu surnames, "of the family, the
 * place") are two names, though their sound codes agree (which drop final vowels). Spelling variants of one
 * name (an edit or two) are read before this and keep agreeing; "Tarvej" / "Tarvei" ends in a vowel before i.
 */
export function nisbaEnding(left: string, right: string): boolean {
  return (NISBA_END.test(left) && CONSONANT_END.test(right)) || (NISBA_END.test(right) && CONSONANT_END.test(left));
}

/** One romanised syllable split into its onset and its rime ("x" + "iang", "ch" + "eol"). */
const SYLLABLE_PARTS = /^([bcdfghjklmnpqrstvwxz]{0,3})([aeiouwy]{1,3}(?:ng|n|m|l|k|p|t|r)?)$/;

/**
 * "Liang" / "Xiang", "Jiang" / "Qiang": two one-syllable name words (in their romanised key form) with one
 * rime and different onsets are different syllables, so different names, not a spelling variant of one.
 * (Romanisation variants of one onset, "Hsiang" / "Xiang", share a key and never get here.)
 */
export function otherSyllableOnset(left: string, right: string): boolean {
  const a = SYLLABLE_PARTS.exec(left);
  const b = a && SYLLABLE_PARTS.exec(right);
  return !!a && !!b && a[2] === b[2] && a[1] !== b[1];
}

/** The word's key under the romanisation rules: "hsiao" and "xiao", "aleksandr" and "alexandr" share one. */
export function romanisationKey(text: string): string {
  const rules = getReferenceData().romanisationRules;
  const tests = ruleTestsOf(rules);
  // When no rule from some step on matches the key so far, none of them changes it (each meets it
  // unchanged): it is the key. About half the words match no rule at all. So every RULE_TEST_STEP rules
  // one test of all the rules still to come replaces their replacements when none matches (the same key,
  // sooner). Likewise, when no rule of one step's block matches the key, the block leaves it unchanged
  // and is skipped; some later rule then matches the same key, so the next block's test of all the
  // rules still to come is not repeated (it would pass).
  let key = text;
  let laterMatches = false;
  for (let block = 0; block < tests.length; block++) {
    const { rest, own } = tests[block];
    if (!laterMatches && !matches(rest, key)) {
      return key;
    }
    if (!matches(own, key)) {
      laterMatches = true;
      continue;
    }
    laterMatches = false;
    const end = Math.min(rules.length, (block + 1) * RULE_TEST_STEP);
    for (let index = block * RULE_TEST_STEP; index < end; index++) {
      key = key.replace(rules[index].pattern, rules[index].replacement);
    }
  }
  return key;
}

/** Rules in one block: between two tests of whether any later rule matches (see `romanisationKey`). */
const RULE_TEST_STEP = 8;

type RomanisationRule = ReturnType<typeof getReferenceData>['romanisationRules'][number];

/**
 * Per list of rules, from each multiple of RULE_TEST_STEP on: one pattern with each rule as one
 * alternative (it matches somewhere exactly when one of the rules does), and apart the rules that refer
 * to their own groups (`\1`, named groups), whose group numbers or names would change or clash in one pattern.
 */
type RuleTest = { together?: RegExp; apart: RegExp[] };
/** Per block of RULE_TEST_STEP rules: the test of every rule from the block on, and of the block's own rules. */
type BlockTests = { rest: RuleTest; own: RuleTest };
const ruleTests = new WeakMap<readonly RomanisationRule[], BlockTests[]>();

function ruleTestsOf(rules: readonly RomanisationRule[]): BlockTests[] {
  let tests = ruleTests.get(rules);
  if (!tests) {
    tests = [];
    for (let start = 0; start < rules.length; start += RULE_TEST_STEP) {
      tests.push({ rest: ruleTest(rules.slice(start)), own: ruleTest(rules.slice(start, start + RULE_TEST_STEP)) });
    }
    ruleTests.set(rules, tests);
  }
  return tests;
}

/** Whether one of the test's rules matches `text` somewhere. */
function matches(test: RuleTest, text: string): boolean {
  return (test.together?.test(text) ?? false) || test.apart.some((pattern) => pattern.test(text));
}

/** One test for `rules`: one pattern with each rule as one alternative, and the rules tested apart. */
function ruleTest(rules: readonly RomanisationRule[]): RuleTest {
  // (Rules with other flags than the first rule's, `g` aside, are tested apart too.)
  const flags = (pattern: RegExp) => pattern.flags.replace('g', '');
  const shared = rules.length > 0 ? flags(rules[0].pattern) : '';
  const alone = (pattern: RegExp) => /\\[1-9]|\\k<|\(\?<(?![=!])/.test(pattern.source) || flags(pattern) !== shared;
  const together = rules.filter((rule) => !alone(rule.pattern));
  return {
    together:
      together.length > 0
        ? new RegExp(together.map((rule) => `(?:${rule.pattern.source})`).join('|'), shared)
        : undefined,
    apart: rules
      .filter((rule) => alone(rule.pattern))
      .map((rule) => new RegExp(rule.pattern.source, flags(rule.pattern))),
  };
}

/**
 * Whether one romanisation system alone spells both words alike. The key above chains every system's
 * rules, which joins spellings no single system makes alike (Chinese "Yan" and "Jian" both reach "ian"
 * through the Cyrillic rules for y and j): those are different names.
 */
/** Romanisation systems applied to the words of companies' and vessels' names (romanisation.yml). */
const ORG_SYSTEMS = new Set(['arabic', 'cyrillic']);

export function sameUnderOneSystem(left: string, right: string, only?: Set<string>): boolean {
  const rules = getReferenceData().romanisationRules;
  const systems = only ?? new Set(rules.map((rule) => rule.system));
  for (const system of systems) {
    let a = left;
    let b = right;
    for (const rule of rules) {
      if (rule.system === system) {
        a = a.replace(rule.pattern, rule.replacement);
        b = b.replace(rule.pattern, rule.replacement);
      }
    }
    if (a === b) {
      return true;
    }
  }
  return false;
}

/** The romanisation key of a word form, computed once per word form (the index shares word forms). */
export function romanisedKey(token: TokenInfo): string {
  if (!token.romanised) {
    token.romanised = romanisationKey(token.text);
  }
  return token.romanised;
}

const cyrillicForms = new BoundedMemo<string, string[]>(100_000);
const cyrillicExactForms = new BoundedMemo<string, string[]>(100_000);

/**
 * A Cyrillic word's spellings under other transliteration systems (romanisation.yml cyrillic_letter_spellings):
 * each letter of the table written as one other system writes it, throughout the word ("Ростех": "rosteh",
 * "rostech", "rostex"), one letter of the table at a time; none when the word has no such letter, or when its reading is not only that letter's
 * ("кх" is read "kkh"). With `exact`, the spellings of cyrillic_letter_spellings_exact (since rules 1.207.0), which
 * agree only as written.
 */
export function cyrillicSpellings(token: TokenInfo, exact = false): string[] {
  if (token.script !== Script.Cyrillic) {
    return [];
  }
  const table = exact ? getReferenceData().cyrillicLetterSpellingsExact : getReferenceData().cyrillicLetterSpellings;
  return (exact ? cyrillicExactForms : cyrillicForms).get(token.orig, (orig) => {
    const lower = orig.toLowerCase();
    const forms: string[] = [];
    for (const { letter, read, others } of table) {
      const letters = lower.split(letter).length - 1;
      if (letters > 0 && token.text.split(read).length - 1 === letters) {
        forms.push(...others.map((other) => token.text.split(read).join(other)));
      }
    }
    return forms;
  });
}

/**
 * The best spelling likeness of a Cyrillic word's other systems' spellings with a Latin word (0 for none); 1 when a
 * spelling of the exact table is the Latin word as written.
 */
function otherSystemsSimilarity(left: TokenInfo, right: TokenInfo): number {
  const [cyrillic, latin] = left.script === Script.Cyrillic ? [left, right] : [right, left];
  if (cyrillic.script !== Script.Cyrillic || latin.script !== Script.Latin) {
    return 0;
  }
  if (cyrillicSpellings(cyrillic, true).includes(latin.text)) {
    return 1;
  }
  let best = 0;
  for (const form of cyrillicSpellings(cyrillic)) {
    best = Math.max(best, spellingSimilarity(form, latin.text));
  }
  return best;
}

/**
 * Compares two name words: exact (after transliteration), spelling variant within the edit budget,
 * same sound (Double Metaphone), same consonant skeleton across scripts (Arabic script drops vowels),
 * or a listed variant (Bob/Robert, Putin/Poutine) for persons.
 */
export function tokenLikeness(left: TokenInfo, right: TokenInfo, person: boolean): TokenLikeness {
  if (left === right) {
    return EXACT;
  }
  if (left.isSyllable && right.isSyllable) {
    // (Since rules 1.133.0 a character's traditional or Japanese form is that character: 動 / 动, 気 / 气.)
    return left.orig === right.orig || sameHanCharacter(left.orig, right.orig) ? EXACT : NONE;
  }
  const crossScript = left.script !== right.script;
  if (left.text === right.text) {
    return crossScript ? TRANSLITERATED : EXACT;
  }
  if (!crossScript && left.script === Script.Latin && (digraphSpelling(left, right) || digraphSpelling(right, left))) {
    // "Zuerich" is "Zürich" typed without its umlaut (romanisation.yml letter_digraphs, since rules 1.150.0).
    return EXACT;
  }
  if (!person && (left.isSyllable || right.isSyllable)) {
    // One Chinese character or Hangul syllable against a Latin word of an organisation (since rules 1.15.0):
    // the syllable's romanisation variants ("Pyol" for 별), never spelling likeness.
    const [syllable, word] = left.isSyllable ? [left, right] : [right, left];
    return word.script === Script.Latin && !word.isNumber && latinSpellsCjk(word.text, syllable.orig)
      ? TRANSLITERATED
      : NONE;
  }
  if (left.isNumber || right.isNumber || left.isSyllable || right.isSyllable) {
    return NONE;
  }
  if (!person && left.script === Script.Latin && right.script === Script.Latin && pinyinWordsDiffer(left, right)) {
    // Two Latin words that are both pinyin of two syllables or more and differ are two names (since rules
    // 1.15.0): "Lanfeng" and "Lanfang" differ by a syllable, not by a spelling slip.
    return NONE;
  }
  if (!person && isLatinAndArabic(left, right)) {
    // An organisation's word in Arabic script against a Latin one (since rules 1.16.0): one word only by its
    // strict reading (consonant frame and written long vowels), never because the two merely sound alike,
    // now that the class and field words of Arabic script agree with their translations ("جامعة <a city>"
    // against "University of <another city that sounds alike>").
    return abjadOrganisationLikeness(left, right);
  }
  if (!person && left.script === Script.Arabic && right.script === Script.Arabic && otherLongVowels(left, right)) {
    // Two organisation words in Arabic script with the same consonants but another written long vowel are two
    // names (since rules 1.16.0): Arabic script writes a long vowel on purpose ("جامعة <a city>" against
    // "جامعة <another city>" of one consonant frame).
    return NONE;
  }
  // Companies' and vessels' words are romanised too, but only under the systems of their names' usual
  // languages ("Pooya"/"Puya"): a Wade-Giles or Korean initial rule would make "Tiva" and "Diva" one word.
  const sameKey = !crossScript && romanisedKey(left) === romanisedKey(right);
  // A long person's word (romanisation.yml mixed_systems_min_length, since rules 1.77.0) may take its spellings from
  // two systems ("Sriwattanakul" / "Sreevattanakul": ee for i, v for w, a doubled t); only short syllables
  // ("Yan" / "Jian") are made alike by systems no one spelling mixes.
  const romanised =
    sameKey &&
    ((person && Math.min(left.text.length, right.text.length) >= getReferenceData().mixedSystemsMinLength) ||
      sameUnderOneSystem(left.text, right.text, person ? undefined : ORG_SYSTEMS));
  if (romanised) {
    return { sim: 0.9, how: Likeness.Romanisation };
  }
  // A changed letter in a short person's word makes another name ("Amit"/"Amin"); only one confusable
  // letter is a spelling variant ("Musk"/"Mosk"), and not between two listed common names ("Sun"/"Son").
  const shortPersonWord = person && Math.min(left.text.length, right.text.length) < PERSON_FUZZY_MIN_LENGTH;
  if (person && !crossScript && sameFatherName(left.text, right.text)) {
    return { sim: 0.9, how: Likeness.Synonym };
  }
  if (person && endsAsPatronymic(left.text) !== getReferenceData().patronymicEnding.test(right.text)) {
    // "Petrovna" is a father's name, "Petrov" a surname: never spellings of each other. A Belarusian
    // patronymic's ending ("-auna") is not in the table, and is its Russian one's ("-ovna") written otherwise.
    return !crossScript && eastSlavicForms(left.text, right.text) ? EAST_SLAVIC_FORMS : NONE;
  }
  // Persons' words are compared in their romanised key form, so a system difference is not an edit.
  // Keys made alike only by mixing systems are compared as written.
  const leftText = person && !crossScript && !sameKey ? romanisedKey(left) : left.text;
  const rightText = person && !crossScript && !sameKey ? romanisedKey(right) : right.text;
  let spelling = crossScript || !shortPersonWord ? spellingSimilarity(leftText, rightText) : 0;
  if (crossScript && spelling < 1) {
    // "Ростех" / "Rostec" (since rules 1.203.0): a Cyrillic word as close as its closest spelling under one system.
    spelling = Math.max(spelling, otherSystemsSimilarity(left, right));
  }
  if (person && spelling > 0 && !crossScript && editCost(leftText, rightText) > personEditBudget(left, right)) {
    spelling = 0;
  }
  if (shortPersonWord && !crossScript && left.text.length === right.text.length) {
    const common = getReferenceData().commonPersonNames;
    if (editCost(left.text, right.text) <= 0.5 && !(common.has(left.text) && common.has(right.text))) {
      spelling = spellingSimilarity(left.text, right.text);
    }
  }
  if (shortPersonWord && !crossScript && spelling === 0 && epentheticVowel(left.text, right.text)) {
    spelling = spellingSimilarity(left.text, right.text);
  }
  if (
    shortPersonWord &&
    !crossScript &&
    spelling === 0 &&
    shortWordVowelVariant(left.text, right.text) &&
    !twoListedNames(left.text, right.text)
  ) {
    spelling = Math.max(0.8, spellingSimilarity(left.text, right.text));
  }
  if (person && spelling > 0 && !crossScript && otherSyllableOnset(leftText, rightText)) {
    spelling = 0;
  }
  if (spelling > 0) {
    return { sim: spelling, how: crossScript ? Likeness.Transliteration : Likeness.Typo };
  }
  if (person && !crossScript && eastSlavicForms(left.text, right.text)) {
    return EAST_SLAVIC_FORMS;
  }
  if (person && left.script === Script.Latin && right.script === Script.Latin && vowelFrameForms(left, right)) {
    return VOWEL_FRAME_FORMS;
  }
  if (!person) {
    // "Sankt" / "Saint" / "St": one word of a company's or place's name (company_words.yml).
    const forms = getReferenceData().orgWordForms;
    const group = forms.get(left.text);
    if (group !== undefined && group === forms.get(right.text)) {
      return { sim: 0.9, how: Likeness.Synonym };
    }
  }
  if (person) {
    const synonyms = getReferenceData().synonyms;
    const leftGroups = synonyms.get(left.text);
    const rightGroups = leftGroups && synonyms.get(right.text);
    if (leftGroups && rightGroups && leftGroups.some((group) => rightGroups.includes(group))) {
      return { sim: 0.9, how: Likeness.Synonym };
    }
  }
  if (!person && indicLatinSpelling(left, right)) {
    // An Indic word whose letters spell the Latin word, each by one of its Latin spellings (since rules 1.72.0).
    return { sim: 0.8, how: Likeness.Transliteration };
  }
  if (!person && !indicReadingAgrees(left, right)) {
    // Below are only the loose readings (same sound code, same folded skeleton). An organisation's word in an
    // Indic script against another script's (since rules 1.18.0) must also agree consonant for consonant and
    // in each written vowel, now that the Indic words for a university and a college agree with their
    // translations: else "<a city>" and an Indic name that merely sounds alike make two universities one.
    return NONE;
  }
  if (
    left.phonetic.length >= 2 &&
    left.phonetic === right.phonetic &&
    Math.min(left.text.length, right.text.length) >= 3 &&
    rawSimilarity(left.text, right.text) >= (person ? PERSON_PHONETIC_MIN_CLOSENESS : 0.5) &&
    !shortPersonWord &&
    !(person && (nisbaEnding(left.text, right.text) || pinyinOnsetsDiffer(left, right))) &&
    // "CGN-1" is no "Conn" (since rules 1.157.0): a code with a digit is read letter by letter, not by sound (a
    // digit has none in the sound key, so the letters around it sound like any word of the same consonants).
    !HAS_DIGIT.test(left.orig) &&
    !HAS_DIGIT.test(right.orig)
  ) {
    return { sim: 0.8, how: Likeness.Phonetic };
  }
  if (
    crossScript &&
    (left.script === Script.Arabic ||
      right.script === Script.Arabic ||
      left.script === Script.Other ||
      right.script === Script.Other ||
      left.script === Script.Kana ||
      right.script === Script.Kana) &&
    (isLatinAndArabic(left, right)
      ? abjadReadingAgrees(left, right)
      : left.skeleton.length >= 2 && left.skeleton === right.skeleton)
  ) {
    // A reading checked against written long vowels is the better one where a Latin word could read two
    // Arabic words ("Mahmoud": محمود before محمد).
    const arabic = left.script === Script.Arabic ? left : right;
    const checked = isLatinAndArabic(left, right) && writesVowels(arabic.orig);
    return { sim: checked ? VOWELS_CHECKED_SIMILARITY : 0.8, how: Likeness.Transliteration };
  }
  if (person && left.script === Script.Latin && right.script === Script.Latin && learnedSpelling(left, right)) {
    // Last: only a pair no other reading joins (a known variant or a sound-alike keeps its own likeness).
    return Math.min(left.text.length, right.text.length) < LEARNED_SPELLING_MIN_LENGTH
      ? SHORT_LEARNED_SPELLING
      : LEARNED_SPELLING;
  }
  return NONE;
}

/**
 * Whether a word has a letter of Devanagari to Sinhala (U+0900-U+0DFF): abugidas that write every vowel but their
 * inherent one. The same as `/[\u0900-\u0dff]/u.test(text)` (a code unit in that range is a code point in it; a
 * surrogate is not in it), without a regular expression's call for every pair of an organisation's words.
 */
function hasIndicLetter(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x0900 && code <= 0x0dff) {
      return true;
    }
  }
  return false;
}

/**
 * Spellings of one consonant in Latin script and in the transliterations of Indic scripts, each folded to one
 * letter; a letter that spells two consonants ("c" in "Policy" and "Colombo", "z" for a Bengali j or an English
 * s) is tried as each (xscript1's consonant agreement, branch not merged, restricted here to Indic scripts).
 */
const CONSONANT_SPELLINGS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/kh/g, ['k']],
  [/gh/g, ['g']],
  [/sh/g, ['s']],
  [/th/g, ['t']],
  [/ph/g, ['f']],
  [/ch/g, ['k', 's']],
  [/q/g, ['k']],
  [/c/g, ['k', 's']],
  [/x/g, ['ks']],
  [/z/g, ['z', 'j', 's']],
];

/** The folded spellings a word may stand for (one per reading of its ambiguous letters), glides and h aside. */
function consonantForms(text: string): string[] {
  let forms = [text];
  for (const [spelling, consonants] of CONSONANT_SPELLINGS) {
    forms = forms.flatMap((form) =>
      spelling.test(form) ? consonants.map((consonant) => form.replace(spelling, consonant)) : [form],
    );
  }
  return forms.map((form) => form.replace(/[ywh]/g, ''));
}

/** A folded spelling's consonants, vowels and doubled letters aside. */
function consonantKey(form: string): string {
  return form.replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');
}

/** Vowel classes: an Indic script's e and i, o and u are often romanised as each other. */
const VOWEL_CLASS: Readonly<Record<string, string>> = { a: 'a', e: 'i', i: 'i', o: 'u', u: 'u' };

/** Each consonant of a folded spelling (a written double as one) with the first vowel after it, '' for none. */
function syllablesOf(form: string): Array<[string, string]> {
  const syllables: Array<[string, string]> = [];
  for (let at = 0; at < form.length; at++) {
    const letter = form[at];
    const vowel = VOWEL_CLASS[letter];
    if (vowel === undefined) {
      if (letter !== form[at - 1]) {
        syllables.push([letter, '']);
      }
    } else if (syllables.length > 0 && VOWEL_CLASS[form[at - 1]] === undefined) {
      syllables[syllables.length - 1][1] = vowel;
    }
  }
  return syllables;
}

/** Whether two folded spellings of one consonant key agree in the vowel after each consonant where both write one. */
function vowelsAgree(left: string, right: string): boolean {
  const leftSyllables = syllablesOf(left);
  const rightSyllables = syllablesOf(right);
  if (
    leftSyllables.map(([consonant]) => consonant).join('') !== rightSyllables.map(([consonant]) => consonant).join('')
  ) {
    // Consonants that agree only with a doubled letter or a vowel between two alike taken out: no vowel to compare.
    return true;
  }
  return leftSyllables.every(([, vowel], at) => !vowel || !rightSyllables[at][1] || vowel === rightSyllables[at][1]);
}

/**
 * Whether two organisation words, one in an Indic script (Devanagari to Sinhala) and the other in Latin script or
 * another Indic block, agree consonant for consonant (voiced and voiceless kept apart) and in each vowel both
 * write, the Indic word through its transliteration (since rules 1.18.0); never against another script. True for
 * every pair of words without an Indic one.
 */
export function indicReadingAgrees(left: TokenInfo, right: TokenInfo): boolean {
  const leftIndic = hasIndicLetter(left.orig);
  const rightIndic = hasIndicLetter(right.orig);
  if (!leftIndic && !rightIndic) {
    return true;
  }
  if (leftIndic && rightIndic && (left.orig.codePointAt(0) ?? 0) >> 7 === (right.orig.codePointAt(0) ?? 0) >> 7) {
    return true;
  }
  const other = leftIndic ? right : left;
  if (!hasIndicLetter(other.orig) && other.script !== Script.Latin) {
    // Against an abjad (Arabic, Hebrew) or any script but Latin and the Indic ones, whose transliteration leaves
    // out or guesses vowels: no loose reading at all ("<an Indian city>" against an Arabic name of the same
    // consonants).
    return false;
  }
  const rightForms = consonantForms(right.text);
  return consonantForms(left.text).some((leftForm) =>
    rightForms.some(
      (rightForm) =>
        consonantKey(leftForm).length > 0 &&
        consonantKey(leftForm) === consonantKey(rightForm) &&
        vowelsAgree(leftForm, rightForm),
    ),
  );
}

/** One word in an Indic script, the other in Latin script, and the Indic word's letters spell the Latin one (indic-reading.ts). */
function indicLatinSpelling(left: TokenInfo, right: TokenInfo): boolean {
  const leftIndic = hasIndicLetter(left.orig);
  const [indic, latin] = leftIndic ? [left, right] : [right, left];
  return (
    (leftIndic || hasIndicLetter(right.orig)) &&
    latin.script === Script.Latin &&
    indicSpellsLatin(indic.orig, latin.text)
  );
}

/** Letter forms Arabic and Persian write for one letter. */
const ARABIC_FORMS: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ک: 'ك',
  ة: 'ه',
  ۀ: 'ه',
  ہ: 'ه',
  ۂ: 'ه',
  ۃ: 'ه',
};
const ARABIC_FORM_LETTERS = /[أإآٱىیکةۀہۂۃ]/gu;
const ARABIC_LONG_VOWELS = /[اوي]/gu;

/** Two Arabic-script words that differ only in their written long vowels (ا, و, ي), letter forms aside. */
function otherLongVowels(left: TokenInfo, right: TokenInfo): boolean {
  const folded = (word: string) =>
    word.replace(ARABIC_MARKS, '').replace(ARABIC_FORM_LETTERS, (letter) => ARABIC_FORMS[letter]);
  const [a, b] = [folded(left.orig), folded(right.orig)];
  return a !== b && a.replace(ARABIC_LONG_VOWELS, '') === b.replace(ARABIC_LONG_VOWELS, '');
}

/** abjadOrganisationAgrees between an organisation's Latin and Arabic-script words, or a word form of one word. */
function abjadOrganisationLikeness(left: TokenInfo, right: TokenInfo): TokenLikeness {
  const forms = getReferenceData().orgWordForms;
  const group = forms.get(left.text);
  if (group !== undefined && group === forms.get(right.text)) {
    return { sim: 0.9, how: Likeness.Synonym };
  }
  if (!abjadOrganisationAgrees(left, right)) {
    return NONE;
  }
  const arabic = left.script === Script.Arabic ? left : right;
  return { sim: writesVowels(arabic.orig) ? VOWELS_CHECKED_SIMILARITY : 0.8, how: Likeness.Transliteration };
}

/** Fewest letters of a Latin word read as pinyin syllables (two syllables at least): many short European words split into pinyin too. */
const PINYIN_WORD_MIN_LENGTH = 5;

/** Both words split into two pinyin syllables or more, each in one way only, and the syllables differ (not by one letter more or less). */
function pinyinWordsDiffer(left: TokenInfo, right: TokenInfo): boolean {
  if (left.text.length < PINYIN_WORD_MIN_LENGTH || right.text.length < PINYIN_WORD_MIN_LENGTH) {
    return false;
  }
  // One letter dropped or added is read as a slip, as before ("Zhenghua" typed "Zhengua"): a different name
  // differs by a changed vowel or syllable, a typed name most often by a lost letter.
  // Not a first letter: a name typed is seldom missing its first letter, and a pinyin syllable without its
  // onset is another syllable ("Lanyang" / "Anyang", since rules 1.83.0).
  if (
    Math.abs(left.text.length - right.text.length) === 1 &&
    distance(left.text, right.text) === 1 &&
    left.text[0] === right.text[0]
  ) {
    return false;
  }
  const a = pinyinOf(left);
  const b = a && pinyinOf(right);
  return Boolean(
    a &&
    b &&
    a.length >= 2 &&
    b.length >= 2 &&
    !sameSyllables(a, b) &&
    ((a.some(looksChinese) && b.some(looksChinese)) || oneSyllableApart(a, b)),
  );
}

/**
 * Two pinyin splits of as many syllables that differ in one syllable only, the others the same, and in that
 * syllable's rime, its vowels and final ("Kaonan" / "Kaoyin", "Lebei" / "Lubei"): another character, so
 * another place's or body's name, even when no syllable looks Chinese (since rules 1.83.0). A European word's
 * look-alike splitting into pinyin differs in more than one syllable ("Libanaise" / "Lebanese"), or by the
 * consonant before a vowel, a typed slip ("Chace" / "Chase"), or by an "e" written for an "i" alone, the
 * commonest other spelling of a transliterated vowel ("Telemi" / "Telimi").
 */
function oneSyllableApart(a: string[], b: string[]): boolean {
  if (a.length !== b.length || eForI(a.join(''), b.join(''))) {
    return false;
  }
  const differing = a.flatMap((syllable, index) => (syllable === b[index] ? [] : [index]));
  return differing.length === 1 && rime(a[differing[0]]) !== rime(b[differing[0]]);
}

/** Two words of one length alike but for one letter, an "e" in one where the other has an "i". */
function eForI(left: string, right: string): boolean {
  if (left.length !== right.length) {
    return false;
  }
  const differing = [...left].flatMap((letter, index) => (letter === right[index] ? [] : [letter + right[index]]));
  return differing.length === 1 && (differing[0] === 'ei' || differing[0] === 'ie');
}

/** A pinyin syllable's rime: the syllable from its first vowel on ("nan" → "an", "yin" → "in"). */
function rime(syllable: string): string {
  return syllable.replace(/^[^aeiouv]+/, '');
}

/**
 * Since rules 1.32.0, for a person's words that sound alike: both pinyin of two syllables or more (as
 * pinyinWordsDiffer reads them) and one syllable has the other's rime after another onset ("Gaoying" /
 * "Caoying"): two characters, so two names, as otherSyllableOnset reads one syllable.
 */
function pinyinOnsetsDiffer(left: TokenInfo, right: TokenInfo): boolean {
  if (left.script !== Script.Latin || right.script !== Script.Latin) {
    return false;
  }
  const a = pinyinOf(left);
  const b = a && a.length >= 2 ? pinyinOf(right) : null;
  return Boolean(
    a &&
    b &&
    a.length === b.length &&
    a.some(looksChinese) &&
    b.some(looksChinese) &&
    a.some((syllable, index) => otherSyllableOnset(syllable, b[index])),
  );
}

const PINYIN_SPLIT_LIMIT = 100_000;
const pinyinSplitCache = new BoundedMemo<string, string[] | null>(PINYIN_SPLIT_LIMIT);

function pinyinSplitOf(word: string): string[] | null {
  return pinyinSplitCache.get(word, (text) => pinyinSplit(text) ?? null);
}

/** A word's pinyin syllables (`pinyinSplitOf`), kept on the word once asked; a bare string is looked up. */
function pinyinOf(word: string | TokenInfo): string[] | null {
  if (typeof word === 'string') {
    return pinyinSplitOf(word);
  }
  if (word.pinyin === undefined) {
    word.pinyin = pinyinSplitOf(word.text);
  }
  return word.pinyin;
}

/** The same syllables in the same order. */
function sameSyllables(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((syllable, index) => syllable === b[index]);
}

/** Shortest shared beginning of two organisation words that are forms of one word across languages. */
const COGNATE_MIN_STEM = 6;
/** Share of the shorter word the shared beginning must cover. */
const COGNATE_MIN_SHARE = 0.8;

/** Shortest stem, before an ending of the cognate table, that two forms of one word must share. */
const COGNATE_MIN_ENDING_STEM = 4;

const ENDING_CACHE_LIMIT = 100_000;
const endingCache = new BoundedMemo<string, { stem: string; group: string } | null>(ENDING_CACHE_LIMIT);

/** A word as its stem and the group of its longest ending in the cognate table ("genomique": genom + ic). */
export function cognateEnding(word: string): { stem: string; group: string } | null {
  return endingCache.get(word, readCognateEnding);
}

function readCognateEnding(word: string): { stem: string; group: string } | null {
  const { lengths, groups } = cognateEndingIndex();
  for (const length of lengths) {
    if (word.length <= length) {
      continue;
    }
    const group = groups.get(word.slice(-length));
    if (group !== undefined) {
      return { stem: word.slice(0, -length), group };
    }
  }
  return null;
}

/**
 * The cognate table's endings by text (the first listed of an ending in two groups) and their lengths, longest
 * first: a word's longest ending is found by its last letters, a look-up a length, not a walk of every ending.
 */
interface CognateEndingIndex {
  endings: { ending: string; group: string }[];
  lengths: number[];
  groups: Map<string, string>;
}

let cognateEndings: CognateEndingIndex | undefined;

function cognateEndingIndex(): CognateEndingIndex {
  const endings = getReferenceData().cognateEndings;
  if (cognateEndings?.endings !== endings) {
    const groups = new Map<string, string>();
    for (const { ending, group } of endings) {
      if (!groups.has(ending)) {
        groups.set(ending, group);
      }
    }
    const lengths = [...new Set(endings.map(({ ending }) => ending.length))].sort((a, b) => b - a);
    cognateEndings = { endings, lengths, groups };
  }
  return cognateEndings;
}

/**
 * Forms of one word across languages or parts of speech share a long beginning ("Autonoma"/"Autonomous",
 * "Mathematical"/"Mathematics", "Regionale"/"Regional"): at least six letters and four fifths of the
 * shorter word. "Community" and "Communication" share too little. Or they end in endings of one group of
 * the cognate table (org_words.yml) after stems of four letters or more that are spellings of each other
 * ("Génomique"/"Genomics", "Fonctionnelle"/"Functional", "Biologie"/"Biology").
 */
export function cognateLikeness(left: string, right: string): TokenLikeness {
  const shared = sharedBeginning(left, right);
  if (stemShared(left, right, shared)) {
    return COGNATE;
  }
  if (shared === 0) {
    // The stems below begin each word (an ending taken off its end) and must begin with one letter: words of
    // two first letters have no such stems, so their endings are not looked up (most pairs compared here).
    return NONE;
  }
  const a = cognateEnding(left);
  const b = a && cognateEnding(right);
  if (a && b && endingsAgree(a, b) && spellingSimilarity(a.stem, b.stem) > 0) {
    return COGNATE;
  }
  return NONE;
}

/** Two words' endings of one group after stems long enough to compare, beginning with one letter. */
function endingsAgree(a: { stem: string; group: string }, b: { stem: string; group: string }): boolean {
  return (
    a.group === b.group && Math.min(a.stem.length, b.stem.length) >= COGNATE_MIN_ENDING_STEM && a.stem[0] === b.stem[0]
  );
}

/** How many letters two words share at their beginning. */
function sharedBeginning(left: string, right: string): number {
  const shorter = Math.min(left.length, right.length);
  let shared = 0;
  while (shared < shorter && left[shared] === right[shared]) {
    shared++;
  }
  return shared;
}

/** Whether a shared beginning of `shared` letters is long enough, for the shorter word, to be one stem. */
function stemShared(left: string, right: string, shared: number): boolean {
  return shared >= COGNATE_MIN_STEM && shared >= COGNATE_MIN_SHARE * Math.min(left.length, right.length);
}

const REWRITE_CACHE_LIMIT = 100_000;
const latinRewrites = new BoundedMemo<string, string>(REWRITE_CACHE_LIMIT);
const cyrillicRewrites = new BoundedMemo<string, string>(REWRITE_CACHE_LIMIT);

/**
 * Since rules 1.63.0: an international word in Latin letters and its Cyrillic form, each rewritten by its script's
 * systematic spellings (org_words.yml cognate_spellings: Latin "ph", "ch", "y", "c", "-tion"; Cyrillic "y", -ий),
 * as cognates: a shared beginning or endings of one group ("Psychoanalysis" / "психоанализа", "Technical" /
 * "технічний"). `cyrillic` is the Cyrillic word's transliteration.
 */
export function latinCyrillicCognateLikeness(latin: string, cyrillic: string): TokenLikeness {
  const spellings = getReferenceData().cognateSpellings;
  const left = latinRewrites.get(latin, (word) => rewriteCognate(word, spellings.latin.rules));
  const right = cyrillicRewrites.get(cyrillic, (word) => rewriteCognate(word, spellings.cyrillic.rules));
  const shared = sharedBeginning(left, right);
  if (stemShared(left, right, shared)) {
    return COGNATE;
  }
  if (shared === 0) {
    return NONE;
  }
  const a = rewrittenEnding(left, spellings.latin);
  const b = a && rewrittenEnding(right, spellings.cyrillic);
  if (
    a &&
    b &&
    endingsAgree(a, b) &&
    (a.stem === b.stem ||
      (Math.min(a.stem.length, b.stem.length) >= CROSS_SCRIPT_EDITED_STEM && editCost(a.stem, b.stem) <= 1))
  ) {
    return COGNATE;
  }
  return NONE;
}

/**
 * Shortest rewritten stems, before endings of one group, of a Latin word and a Cyrillic one that may differ by one
 * edit (a Latin "s" read "z": "Physiology" / "фізіології"). Shorter stems must be equal: with one edit "Persia" /
 * "первый", "Nagoya" / "Навои" and "Brescia" / "Брестский" were one word; two edits made "Philology" / "философии" one.
 */
const CROSS_SCRIPT_EDITED_STEM = 7;

/** A rewritten word as its stem and the group of its longest ending among the rewritten cognate endings. */
function rewrittenEnding(word: string, spelling: CognateSpelling): { stem: string; group: string } | null {
  for (const { ending, group } of spelling.endings) {
    if (word.length > ending.length && word.endsWith(ending)) {
      return { stem: word.slice(0, -ending.length), group };
    }
  }
  return null;
}
