// A short word in capitals asked alone ("QAV", "Q*TARV"): read as an acronym, never by sound, and no evidence for a
// longer listed name that holds it as one of its ordinary words (since rules 1.209.0).
import { type PreparedName, Kind } from './normalise';
import { type AlignedPair, comparableIndices } from './matcher-shared';
import { Script } from './tokenise';
import { initialsOfOwnWords } from './acronym-rules';
import { getReferenceData } from './reference-data';

/** The longest word in capitals asked alone that is read as an acronym ("INST", "QARV"); longer ones are words. */
export const CAPITALS_WORD_MAX_LETTERS = 5;

/**
 * Highest score of such a word against a longer listed name that holds it as one ordinary word beside other name
 * words: a possible match for review, below the match threshold.
 */
export const CAPITALS_WORD_CAP = 0.6;

const SMALL_LETTER = /\p{Ll}/u;
const CAPITAL_LETTER = /\p{Lu}/u;
/** One word of capitals joined by "*" or "&" ("Q*TARV", "Q&T"): an acronym as written. */
const JOINED_CAPITALS = /^\s*[\p{Lu}\d]+(?:[*&][\p{Lu}\d]+)+\s*$/u;
const LATIN_WORD = /^[a-z]+$/;
const VOWEL = /[aeiouy]/;

const readAloneMemo = new WeakMap<PreparedName, number>();

/**
 * The place of the one word of an organisation's name that is asked as an acronym: the name written all in capitals
 * with one comparable word of at most CAPITALS_WORD_MAX_LETTERS Latin letters and function words only beside it
 * ("INST", "THE QARV"), or one word of capitals joined by "*" or "&" ("Q*TARV"). -1 when there is none. Kept on
 * the name (asked once per word pair).
 */
export function capitalsWordAlone(name: PreparedName): number {
  const known = readAloneMemo.get(name);
  if (known !== undefined) {
    return known;
  }
  let place = -1;
  if (name.mode === 'org' && CAPITAL_LETTER.test(name.raw) && !SMALL_LETTER.test(name.raw)) {
    const comparable = comparableIndices(name);
    const only = comparable.length === 1 ? comparable[0] : -1;
    const othersFunctionWords = name.tokens.every((_, index) => index === only || name.kinds[index] === Kind.Stop);
    if (only >= 0 && othersFunctionWords) {
      const word = name.tokens[only];
      const joined = JOINED_CAPITALS.test(name.raw);
      if (
        word.script === Script.Latin &&
        LATIN_WORD.test(word.text) &&
        (joined || (word.text.length >= 2 && word.text.length <= CAPITALS_WORD_MAX_LETTERS))
      ) {
        place = only;
      }
    }
  }
  readAloneMemo.set(name, place);
  return place;
}

/** One Latin word that begins and ends with a capital and has small letters inside ("QoT", "QoTR", "ArQL"). */
const MIXED_CASE_ACRONYM = /^\s*\p{Lu}[\p{Lu}\p{Ll}]*\p{Ll}[\p{Lu}\p{Ll}]*\p{Lu}\s*$/u;

/**
 * Since rules 1.224.0 (probe8's A2): the place of the one word of an organisation's name asked as an acronym written in
 * mixed case ("QoT", "QoST": a capital first and last, small letters inside, the small letters often a function word's
 * as in "Ministry of Tarvel"), of at most CAPITALS_WORD_MAX_LETTERS Latin letters. -1 when there is none. A word that
 * ends in small letters ("QuDos", "McQarr") is a brand's or a surname's spelling, not read so.
 */
export function mixedCaseAcronymAlone(name: PreparedName): number {
  if (name.mode !== 'org' || !MIXED_CASE_ACRONYM.test(name.raw)) {
    return -1;
  }
  const comparable = comparableIndices(name);
  if (comparable.length !== 1 || name.tokens.length !== 1) {
    return -1;
  }
  const word = name.tokens[comparable[0]];
  return word.script === Script.Latin &&
    LATIN_WORD.test(word.text) &&
    word.text.length >= 2 &&
    word.text.length <= CAPITALS_WORD_MAX_LETTERS
    ? comparable[0]
    : -1;
}

/**
 * Whether the word at `index` of `name` is written as an acronym: no vowel, the initials of the name's other words, in
 * brackets, or in capitals among small letters. For a query acronym written in mixed case (`mixedCase`, its letters as
 * written), capitals among small letters count only when written as the query writes it ("QoT" is not the capitals
 * "QOT" of another name: since rules 1.224.0).
 */
function writtenAsAcronym(name: PreparedName, index: number, mixedCase?: string): boolean {
  const text = name.tokens[index].text;
  if (!LATIN_WORD.test(text)) {
    return true;
  }
  if (!VOWEL.test(text)) {
    return true;
  }
  if (initialsOfOwnWords(name, index)) {
    // "… de la Tarvel - Qdlt": the initials of the name's own words, however written.
    return true;
  }
  const capitals = text.toUpperCase();
  if (new RegExp(`\\(\\s*${capitals}\\s*\\)`, mixedCase === undefined ? 'u' : 'iu').test(name.raw)) {
    return true;
  }
  const written = mixedCase ?? capitals;
  return SMALL_LETTER.test(name.raw) && new RegExp(`(?<!\\p{Lu})${written}(?![\\p{L}])`, 'u').test(name.raw);
}

/**
 * "QARV" / "TARVEL MORSK QARV" (since rules 1.209.0): a short word in capitals asked alone (`capitalsWordAlone`),
 * aligned with one word of a longer listed name that the name writes as an ordinary word (not as an acronym: with
 * vowels, not the initials of its other words, neither in brackets nor in capitals among small letters), beside
 * another ordinary name word of its own (`otherNameWords`; not only class words, legal forms, numbers or places:
 * there the word is the name's distinctive word, "Quarrow Group"). Since rules 1.224.0 also an acronym asked alone in
 * mixed case (`mixedCaseAcronymAlone`, "QoT"). Returns the query's word, or undefined.
 */
export function capitalsWordOfLongerName(
  query: PreparedName,
  candidate: PreparedName,
  pairs: readonly AlignedPair[],
  unmatchedCandidate: readonly number[],
): string | undefined {
  const capitalsPlace = capitalsWordAlone(query);
  // Since rules 1.224.0: an acronym asked alone in mixed case too ("QoT"), read as written.
  const place = capitalsPlace >= 0 ? capitalsPlace : mixedCaseAcronymAlone(query);
  if (place < 0 || pairs.length !== 1 || pairs[0].query.length !== 1 || pairs[0].query[0] !== place) {
    return undefined;
  }
  const aligned = pairs[0].candidate;
  const mixedCase = capitalsPlace >= 0 ? undefined : query.raw.trim();
  if (aligned.length !== 1 || writtenAsAcronym(candidate, aligned[0], mixedCase)) {
    return undefined;
  }
  // (A mixed-case acronym is returned as written, "QoT", for the reason to quote; a word in capitals in small letters.)
  return otherNameWords(candidate, unmatchedCandidate).length > 0 ? (mixedCase ?? query.tokens[place].text) : undefined;
}

/** A word shorter than this beside the aligned one ("NS", "UAR") may be a prefix or a parent's acronym: not counted. */
const OTHER_WORD_MIN_LETTERS = 4;

/**
 * Since rules 1.224.0 (probe8's A2): a word of at least this many letters written joined by a hyphen to an Arabic
 * article before it ("AL-QEB", romanisation.yml articles) is counted: an article is never joined to an acronym.
 */
const ARTICLE_JOINED_MIN_LETTERS = 3;

/** Whether the word at `index` is written joined by a hyphen to an Arabic article before it ("AL-QEB", "el-Qeb"). */
function joinedToArticle(name: PreparedName, index: number): boolean {
  if (index === 0 || !getReferenceData().arabicArticles.has(name.tokens[index - 1].text)) {
    return false;
  }
  const article = name.tokens[index - 1].orig.replace(/[^\p{L}]/gu, '');
  const word = name.tokens[index].orig.replace(/[^\p{L}]/gu, '');
  return new RegExp(`(?<!\\p{L})${article}-${word}(?!\\p{L})`, 'iu').test(name.raw);
}

/**
 * The other name words of `name` among `unmatched` that make the aligned word one ordinary word of several: Latin words
 * of at least OTHER_WORD_MIN_LETTERS letters with a vowel, not written as acronyms (a name in another script beside it
 * renders it; class words, legal forms, numbers and places only describe or place it).
 */
export function otherNameWords(name: PreparedName, unmatched: readonly number[]): number[] {
  return unmatched.filter((index) => {
    const kind = name.kinds[index];
    const text = name.tokens[index].text;
    return (
      (kind === Kind.Name || kind === Kind.Acronym || kind === Kind.NamedBody) &&
      LATIN_WORD.test(text) &&
      (text.length >= OTHER_WORD_MIN_LETTERS ||
        (text.length >= ARTICLE_JOINED_MIN_LETTERS && joinedToArticle(name, index))) &&
      VOWEL.test(text) &&
      !writtenAsAcronym(name, index)
    );
  });
}
