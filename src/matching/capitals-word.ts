// A short word in capitals asked alone ("QAV", "Q*TARV"): read as an acronym, never by sound, and no evidence for a
// longer listed name that holds it as one of its ordinary words (since rules 1.209.0).
import { type PreparedName, Kind } from './normalise';
import { type AlignedPair, comparableIndices } from './matcher-shared';
import { Script } from './tokenise';
import { initialsOfOwnWords } from './acronym-rules';

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

/**
 * Whether the word at `index` of `name` is written as an acronym: no vowel, the initials of the name's other words, in
 * brackets, or in capitals among small letters.
 */
function writtenAsAcronym(name: PreparedName, index: number): boolean {
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
  if (new RegExp(`\\(\\s*${capitals}\\s*\\)`, 'u').test(name.raw)) {
    return true;
  }
  return SMALL_LETTER.test(name.raw) && new RegExp(`(?<!\\p{Lu})${capitals}(?![\\p{L}])`, 'u').test(name.raw);
}

/**
 * "QARV" / "TARVEL MORSK QARV" (since rules 1.209.0): a short word in capitals asked alone (`capitalsWordAlone`),
 * aligned with one word of a longer listed name that the name writes as an ordinary word (not as an acronym: with
 * vowels, not the initials of its other words, neither in brackets nor in capitals among small letters), beside
 * another ordinary name word of its own (`otherNameWords`; not only class words, legal forms, numbers or places:
 * there the word is the name's distinctive word, "Quarrow Group"). Returns the query's word, or undefined.
 */
export function capitalsWordOfLongerName(
  query: PreparedName,
  candidate: PreparedName,
  pairs: readonly AlignedPair[],
  unmatchedCandidate: readonly number[],
): string | undefined {
  const place = capitalsWordAlone(query);
  if (place < 0 || pairs.length !== 1 || pairs[0].query.length !== 1 || pairs[0].query[0] !== place) {
    return undefined;
  }
  const aligned = pairs[0].candidate;
  if (aligned.length !== 1 || writtenAsAcronym(candidate, aligned[0])) {
    return undefined;
  }
  return otherNameWords(candidate, unmatchedCandidate).length > 0 ? query.tokens[place].text : undefined;
}

/** A word shorter than this beside the aligned one ("NS", "UAR") may be a prefix or a parent's acronym: not counted. */
const OTHER_WORD_MIN_LETTERS = 4;

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
      text.length >= OTHER_WORD_MIN_LETTERS &&
      VOWEL.test(text) &&
      !writtenAsAcronym(name, index)
    );
  });
}
