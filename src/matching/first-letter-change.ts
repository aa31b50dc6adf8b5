/**
 * Since rules 1.216.0: whether two persons' own names pair a word with a word that begins with another consonant, in
 * writing and in the romanised key, that no romanisation writes for one letter ("Kavrel" / "Javrel"; romanisation.yml
 * initial_alternations lists the first letters that spellings of one name still write either way: "Chavrikh" /
 * "Shavrikh", s and c). The matcher reads such a pair as a spelling of one word, rightly for a query; but two list
 * entries so named are as often two relatives (two brothers of one father and family name) as one person listed twice,
 * so the resolution does not join them as one listed party on it (`listedPartyLinks`). Words beginning with a vowel
 * ("Oumran" / "Omran") are spellings of one name.
 */
import { compareNames } from './name-matcher';
import { prepareName } from './normalise';
import { getReferenceData } from './reference-data';
import { Likeness, romanisedKey } from './token-similarity';
import { Script } from './tokenise';

/** The likenesses that pair two words spelt otherwise (not written the same, not a known variant). */
const SPELT: ReadonlySet<Likeness> = new Set([Likeness.Typo, Likeness.Phonetic]);
const CONSONANT = /^[b-df-hj-np-tv-xz]/;

/** The two words ("kamal", "jamal") of the first such pair of `left` against `right`, or null. */
export function firstLetterChanged(left: string, right: string): [string, string] | null {
  const comparison = compareNames(prepareName(left, 'person'), prepareName(right, 'person'));
  const alternations = getReferenceData().initialAlternations;
  for (const pair of comparison.pairs) {
    if (pair.query.length !== 1 || pair.candidate.length !== 1 || !SPELT.has(pair.how)) {
      continue;
    }
    const one = comparison.query.tokens[pair.query[0]];
    const other = comparison.candidate.tokens[pair.candidate[0]];
    if (one.script !== Script.Latin || other.script !== Script.Latin) {
      continue;
    }
    const [a, b] = [one.text[0], other.text[0]];
    if (
      a !== b &&
      CONSONANT.test(a) &&
      CONSONANT.test(b) &&
      !alternations.has(a + b) &&
      romanisedKey(one)[0] !== romanisedKey(other)[0]
    ) {
      return [one.text, other.text];
    }
  }
  return null;
}
