/**
 * Since rules 1.186.0 (issue 9): whether two names of a body agree word for word, as a person reading them would say
 * they do: the same letters once case, accents, spaces, hyphens, dots and apostrophes are dropped ("ChuGye" and
 * "Chugye", "Mehmet Bey" and "Mehmetbey", "C.F." and "C. F."), function words, legal forms, particles and titles aside
 * as the matcher reads them (`prepareName`'s kinds), a country's demonym for its name ("Danish" and "Denmark"); the
 * same words in another order ("Quarrow University" and "University of Quarrow"); or one name the other with a segment
 * after a comma added ("Quarrow Tidal Institute" and "Quarrow Tidal Institute, Pellby Academy of Sciences": a parent
 * or place the other leaves out).
 *
 * Not agreeing: a word spelt otherwise (a typo, a learned spelling or a known variant of the matcher: "Quarow",
 * "St."/"Saint"), a class word in another language or form ("Universidad", "Sciences"), a word added or dropped
 * other than after a comma, a name written in another script. The matcher reads all of these as alike, rightly for
 * screening; the resolution reads them as evidence that needs a country or an identifier beside it when the name is
 * all a request sends (`resolution-rule.ts`, `differentNameWithoutEvidence`; counted on the resolution bench's dev
 * answers, bench/HISTORY.md "## Resolution", res24).
 */
import { wordsWithout } from '../common/collections';
import { KINDS_NAMING_NOTHING, ownBracketedAcronymAt } from './generic-name';
import { prepareName } from './normalise';
import { currentRegionCode, getReferenceData } from './reference-data';
import { asciiForm, Script } from './tokenise';
import { decidingGroupOf } from './word-groups';

interface LetterWord {
  /** The word's letters: a Latin word folded to ASCII (case and accents dropped), a word of another script as written. */
  text: string;
  /** The word as the name writes it (small letters). */
  orig: string;
  latin: boolean;
}

function lettersOf(name: string): LetterWord[] {
  const reference = getReferenceData();
  const prepared = prepareName(name, 'org');
  const words: LetterWord[] = [];
  const ownAcronym = ownBracketedAcronymAt(name, prepared);
  prepared.tokens.forEach((token, index) => {
    if (KINDS_NAMING_NOTHING.has(prepared.kinds[index]) || token.text.length === 0 || index === ownAcronym) {
      return;
    }
    const latin = token.script === Script.Latin || token.script === Script.Digits;
    const letters = latin ? asciiForm(token.orig) : token.orig.toLowerCase();
    // A country's one-word name or demonym (org_words.yml country_forms, ICU's names) is the country ("Quarrowese"
    // and "of Quarrowland" say one country), as res22's `countryQueryLacks` reads a query's demonym.
    const country = latin ? reference.countryForms.get(letters) : undefined;
    words.push({
      text: country !== undefined ? `country:${currentRegionCode(country)}` : letters,
      orig: token.orig,
      latin,
    });
  });
  return words;
}

function sameLetters(left: readonly LetterWord[], right: readonly LetterWord[]): boolean {
  if (left.map((word) => word.text).join('') === right.map((word) => word.text).join('')) {
    return true;
  }
  // The same words in another order: each word of one is a word of the other, as many times.
  return (
    left.length === right.length && wordsWithout(left, right).length === 0 && wordsWithout(right, left).length === 0
  );
}

/** The part of a name before its first comma, or null when it has none. */
function beforeComma(name: string): string | null {
  const at = name.indexOf(',');
  return at > 0 ? name.slice(0, at) : null;
}

/** How two names differ: the words each holds that the other lacks (as written, small letters). */
export interface NameDifference {
  queryOwn: string[];
  matchedOwn: string[];
  /** One name holds a word of a script other than Latin that the other does not: it is written in another script. */
  otherScript: boolean;
}

/**
 * Null when `query` and `matched` agree word for word (see the file's comment); otherwise the words each holds that the
 * other lacks, compared by their letters, and whether one of them is written in another script.
 */
export function wordForWordDifference(query: string, matched: string): NameDifference | null {
  const queryWords = lettersOf(query);
  const matchedWords = lettersOf(matched);
  if (sameLetters(queryWords, matchedWords)) {
    return null;
  }
  const queryHead = beforeComma(query);
  const matchedHead = beforeComma(matched);
  if (
    (matchedHead !== null && sameLetters(queryWords, lettersOf(matchedHead))) ||
    (queryHead !== null && sameLetters(lettersOf(queryHead), matchedWords))
  ) {
    return null;
  }
  const queryOwn = wordsWithout(queryWords, matchedWords);
  const matchedOwn = wordsWithout(matchedWords, queryWords);
  return {
    queryOwn: queryOwn.map((word) => word.orig),
    matchedOwn: matchedOwn.map((word) => word.orig),
    otherScript: [...queryOwn, ...matchedOwn].some((word) => !word.latin),
  };
}

/**
 * Since rules 1.223.0 (probe8's B1): whether `matched` differs from `query` only where a deciding word of the query is
 * written as another word of its deciding-word group (org_words.yml: "Polytechnic" and "Technology", "Normal" and
 * "Education"), as many words on each side, every other word agreeing word for word: a reading through the table's
 * known variants, which the matcher scores as the name itself. The resolution lets a body whose name the query is word
 * for word lead such a reading (`decideResolution`): a body named exactly beats another body read through a variant.
 */
export function decidingVariantsOnly(query: string, matched: string): boolean {
  const difference = wordForWordDifference(query, matched);
  if (difference === null || difference.otherScript || difference.queryOwn.length === 0) {
    return false;
  }
  const groups = (words: readonly string[]) => words.map((word) => decidingGroupOf(asciiForm(word)));
  const own = groups(difference.queryOwn);
  const other = groups(difference.matchedOwn);
  const sorted = (keys: (string | undefined)[]) => keys.map(String).sort().join(' ');
  return (
    own.length === other.length &&
    own.every((group) => group !== undefined) &&
    other.every((group) => group !== undefined) &&
    sorted(own) === sorted(other)
  );
}
