// A patronymic that one person's name writes and the other leaves out (since rules 1.203.0).
import { type PreparedName, Kind } from './normalise';
import { type AlignedPair } from './matcher-shared';
import { getReferenceData } from './reference-data';
import { Likeness } from './token-similarity';

/**
 * Share of its extra weight a left-out patronymic is charged: it names the father, which the shorter name does
 * not deny; a given name or surname left out is charged in full.
 */
export const LEFT_OUT_PATRONYMIC_SHARE = 0.5;

/**
 * How the given name may agree when it is not written the same (since rules 1.207.0): a spelling under another
 * system or with a letter changed ("Aleksandr" / "Alexander"), a known variant or a transliteration; never an
 * initial, a sound-alike or anything looser.
 */
const SPELLING_LIKENESSES: ReadonlySet<Likeness> = new Set<Likeness>([
  Likeness.Exact,
  Likeness.Typo,
  Likeness.Transliteration,
  Likeness.Synonym,
  Likeness.Romanisation,
]);

/** Letters a patronymic's father's name keeps before the ending ("Ivanovich": "ivan"), as `fatherNames` reads it. */
const FATHER_NAME_MIN_LENGTH = 3;

/** Whether a word ends as an East Slavic patronymic does (given_name_forms.yml), with a father's name before it. */
export function isPatronymicWord(word: string): boolean {
  for (const ending of getReferenceData().patronymicLeftOutEndings) {
    if (word.length >= ending.length + FATHER_NAME_MIN_LENGTH && word.endsWith(ending)) {
      return true;
    }
  }
  return false;
}

/**
 * The patronymic that `name` (the `side` of the comparison) writes and `other` leaves out, with that side, or undefined: "Quarrow Tarvelovich
 * Selkin" against "Quarrow Selkin" (or "SELKIN, Quarrow Tarvelovich" against "Selkin Quarrow"). `name` has three
 * name words, given name, patronymic and surname; its one word left over is the patronymic (by its ending, not
 * first, and after a word that is no patronymic: "Tarvelovich" left out of "Quarrow Tarvelovich", a surname in
 * -ovich, stays a name word); `other` has the two other words, each written the same, and nothing left over.
 * The given name (the word before the patronymic, a given name of given_names.tsv or given_name_forms.yml on one
 * side) may be spelt otherwise (since rules 1.207.0: "Aleksandr Selkin" / "Alexander Tarvelovich Selkin"), a
 * spelling, transliteration or known variant, never an initial or a sound-alike; the surname is written the same
 * (a surname a letter apart names another family); any word more is no such name. Common names keep their own
 * caps (a common given name and surname identify nobody, with or without the father's name).
 */
export function leftOutPatronymic(
  name: PreparedName,
  unmatched: readonly number[],
  other: PreparedName,
  otherUnmatched: readonly number[],
  pairs: readonly AlignedPair[],
  side: 'query' | 'candidate',
): { side: 'query' | 'candidate'; index: number } | undefined {
  if (name.mode !== 'person' || unmatched.length !== 1 || otherUnmatched.length !== 0) {
    return undefined;
  }
  const index = unmatched[0];
  if (name.kinds[index] !== Kind.Name || !isPatronymicWord(name.tokens[index].text)) {
    return undefined;
  }
  const nameWords = wordsOfKind(name);
  const at = nameWords.indexOf(index);
  if (
    nameWords.length !== 3 ||
    wordsOfKind(other).length !== 2 ||
    at < 1 ||
    isPatronymicWord(name.tokens[nameWords[at - 1]].text)
  ) {
    return undefined;
  }
  const otherSide = side === 'query' ? 'candidate' : 'query';
  // The given name is the word before the patronymic, in either order ("Given Patronymic Surname", "SURNAME, Given
  // Patronymic"), and a given name of the tables on one side; it alone may be spelt otherwise: a surname a letter
  // apart is another family's ("Quarrow Selkin", "Quarrow Selkan"), and a surname written before the patronymic
  // ("SELKIN Tarvelovich Quarrow") is no given name.
  const givenName = nameWords[at - 1];
  const { givenNames, givenNameGroups } = getReferenceData();
  const isGivenName = (word: string) => givenNames.has(word) || givenNameGroups.has(word);
  const aligned = pairs.every(
    (pair) =>
      pair[side].length === 1 &&
      pair[otherSide].length === 1 &&
      name.kinds[pair[side][0]] === Kind.Name &&
      (name.tokens[pair[side][0]].text === other.tokens[pair[otherSide][0]].text ||
        (pair[side][0] === givenName &&
          SPELLING_LIKENESSES.has(pair.how) &&
          (isGivenName(name.tokens[pair[side][0]].text) || isGivenName(other.tokens[pair[otherSide][0]].text)))),
  );
  return aligned && pairs.length === 2 ? { side, index } : undefined;
}

function wordsOfKind(name: PreparedName): number[] {
  const words: number[] = [];
  for (let index = 0; index < name.kinds.length; index++) {
    if (name.kinds[index] === Kind.Name) {
      words.push(index);
    }
  }
  return words;
}
