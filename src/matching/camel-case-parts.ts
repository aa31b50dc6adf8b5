// A one-word name written in camel case ("QuarTar") against the words it abbreviates ("Quarrow Tarvel"): since rules
// 1.171.0 (issue 9).
import { type PreparedName } from './normalise';
import { comparableIndices, type AlignedPair } from './matcher-shared';
import { Likeness } from './token-similarity';
import { mayExpand, type AcronymSides } from './acronym-rules';

/** A name written as one word of capital-led parts, at least one with small letters after its capital. */
const CAMEL_CASE_NAME = /^(?:\p{Lu}\p{Ll}*){2,}$/u;
const PART = /\p{Lu}\p{Ll}*/gu;
const SMALL_LETTER = /\p{Ll}/u;
const LATIN = /^\p{Script=Latin}+$/u;

/** The similarity of a camel-case name aligned with the words its parts begin (as a lone acronym's reading). */
export const CAMEL_CASE_PARTS_SIMILARITY = 0.85;

/**
 * The parts of a name written as one camel-case word ("QuarSoc": "quar", "soc"), in small Latin letters without
 * accents; null for any other name. No memo: the tests that turn nearly every name away are cheaper than one.
 */
export function camelCaseParts(name: PreparedName): readonly string[] | null {
  const raw = name.raw.trim();
  if (name.mode !== 'org' || /\s/u.test(raw) || !CAMEL_CASE_NAME.test(raw) || !SMALL_LETTER.test(raw.slice(1))) {
    return null;
  }
  return LATIN.test(raw)
    ? (raw.match(PART) ?? []).map((part) =>
        part
          .normalize('NFKD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase(),
      )
    : null;
}

/**
 * "QuarSoc" / "Quarrowian Society", "UniTa" / "University of Tarvel", "EcoMaQ" / "Ecologie des Marées de Quarrow":
 * a name written as one camel-case word whose every part begins one word of the other name, in order, one part for
 * each of that name's comparable words (function words and legal forms give nothing), is that name abbreviated, as a
 * lone acronym is its initials. The tokeniser splits such a word at its capitals and the alignment would pair a
 * part with a word of the same stem ("soc" with "society") and leave the rest in conflict ("quar" / "quarrowian";
 * counted by acr11 and acr12, bench/HISTORY.md, rules 1.171.0). Run before the one-to-one alignment; every word of
 * both names is then taken by one pair. Nothing when any word is taken already.
 */
export function alignCamelCaseParts(
  camel: PreparedName,
  camelTaken: Uint8Array,
  other: PreparedName,
  otherTaken: Uint8Array,
  camelIsQuery: boolean,
  pairs: AlignedPair[],
): void {
  const parts = camelCaseParts(camel);
  if (parts === null || camelCaseParts(other) !== null) {
    return;
  }
  const words = comparableIndices(other);
  const own = comparableIndices(camel);
  if (
    words.length !== parts.length ||
    own.length === 0 ||
    words.some((index, at) => otherTaken[index] !== 0 || !other.tokens[index].text.startsWith(parts[at])) ||
    own.some((index) => camelTaken[index] !== 0)
  ) {
    return;
  }
  own.forEach((index) => (camelTaken[index] = 1));
  words.forEach((index) => (otherTaken[index] = 1));
  pairs.push({
    query: camelIsQuery ? [...own] : [...words],
    candidate: camelIsQuery ? [...words] : [...own],
    sim: CAMEL_CASE_PARTS_SIMILARITY,
    how: Likeness.Acronym,
  });
}

/**
 * `alignCamelCaseParts` for whichever side may be expanded (`mayExpand`), the query's first. Kept out of the name
 * comparison's body: a pair of two names of several words (nearly every pair) returns on one character test each.
 */
export function alignCamelCaseSides(
  query: PreparedName,
  queryTaken: Uint8Array,
  candidate: PreparedName,
  candidateTaken: Uint8Array,
  acronymSides: AcronymSides,
  pairs: AlignedPair[],
): void {
  if (query.raw.trim().includes(' ') && candidate.raw.trim().includes(' ')) {
    return;
  }
  if (mayExpand(acronymSides.query, query)) {
    alignCamelCaseParts(query, queryTaken, candidate, candidateTaken, true, pairs);
  }
  if (mayExpand(acronymSides.candidate, candidate)) {
    alignCamelCaseParts(candidate, candidateTaken, query, queryTaken, false, pairs);
  }
}
