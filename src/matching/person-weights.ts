// Weights of name words: common person names and their naming traditions, rarity, places.
import { type PreparedName, Kind, isCompoundSyllable, PLACE_OF_GENERIC_NAME } from './normalise';
import { isLatinAndArabic, abjadReadingAgrees } from './abjad-reading';
import { getReferenceData } from './reference-data';
import { distance } from 'fastest-levenshtein';
import { romanisationKey, romanisedKey, nisbaEnding, sameUnderOneSystem } from './token-similarity';
import { type TokenInfo, Script } from './tokenise';
import { type WeightSource, type AlignedPair, type NameComparison, TRAILING_SEGMENT } from './matcher-shared';

/** Weight of a very common given name or surname ("Wang", "Maria"): shared by too many people to count fully. */
const COMMON_NAME_WEIGHT = 0.8;

export function isCommonPersonName(token: TokenInfo): boolean {
  if (token.commonPerson < 0) {
    const reference = getReferenceData();
    token.commonPerson =
      reference.commonPersonNames.has(token.text) || reference.genericPersonNames.has(token.text) ? 1 : 0;
  }
  return token.commonPerson === 1;
}

/** The naming traditions whose tables list the word as a common name, as spelt (one bit each; 0 for none). */
function nameTraditions(token: TokenInfo): number {
  if (token.traditions < 0) {
    token.traditions = getReferenceData().commonNameTraditions.get(token.text) ?? 0;
  }
  return token.traditions;
}

/**
 * A common name word weighs as one in its own name (since rules 1.25.0) when it is a generic name, when no
 * other word of the name is a common name of the tables, or when another is common in a tradition it is
 * common in: "Anwar" beside Arabic names is not the common Bengali name it is beside Bengali ones.
 */
function commonInOwnName(name: PreparedName, index: number): boolean {
  const token = name.tokens[index];
  if (getReferenceData().genericPersonNames.has(token.text)) {
    return true;
  }
  let others = 0;
  for (let other = 0; other < name.tokens.length; other++) {
    if (other !== index && name.kinds[other] === Kind.Name) {
      others |= nameTraditions(name.tokens[other]);
    }
  }
  return others === 0 || (nameTraditions(token) & others) !== 0;
}

/** Every naming tradition: a generic name, or a word frequent among the indexed names that no table lists. */
const ANY_TRADITION = -1;
/**
 * The lists' own population as a tradition of its own (the bit above those of name_frequency.yml, which holds
 * at most 31): a word frequent among the indexed names is common in it besides the traditions that list it.
 */
const LISTED_POPULATION = 1 << 31;

let commonNameKeyTraditions: Map<string, number> | undefined;

/** The traditions whose common names the word is spelt like by the romanisation rules ("Solovyov" of "Soloviev"). */
function spellingTraditions(token: TokenInfo): number {
  if (!commonNameKeyTraditions) {
    const keys = new Map<string, number>();
    for (const [word, traditions] of getReferenceData().commonNameTraditions) {
      const key = romanisationKey(word);
      keys.set(key, (keys.get(key) ?? 0) | traditions);
    }
    commonNameKeyTraditions = keys;
  }
  return token.script === Script.Latin ? (commonNameKeyTraditions.get(romanisedKey(token)) ?? 0) : 0;
}

/**
 * The naming traditions a word is a common name in, one bit each (since rules 1.25.0): those of the
 * name-frequency tables that list it or a word it is spelt like by the romanisation rules, and the lists' own
 * population when it is a generic name of the lists (stopwords.yml) or frequent among the indexed names. Such
 * a word that no table lists is common in every tradition (nothing tells which its people are); a word that
 * is none of these is in none (0).
 */
function commonTraditions(token: TokenInfo, weights: WeightSource): number {
  const reference = getReferenceData();
  const listed = (reference.commonNameTraditions.get(token.text) ?? 0) | spellingTraditions(token);
  if (!reference.genericPersonNames.has(token.text) && !(weights.frequent?.(token) ?? false)) {
    return listed;
  }
  return listed === 0 ? ANY_TRADITION : listed | LISTED_POPULATION;
}

/** Since rules 1.187.0: a word common in some tradition (the tables, the lists' generic names, or frequent in the lists). */
export function isCommonNameWord(token: TokenInfo, weights: WeightSource): boolean {
  return commonTraditions(token, weights) !== 0;
}

/**
 * A person's name made only of common name words of one naming tradition ("Wang Wei", "Mohammed Ali"): at
 * least one name word, and a tradition every name word is common in. Such a name identifies nobody unless
 * the other name agrees word for word. A word counts in the traditions of the other name's words aligned
 * with it too ("Mahmoudi" aligned with a frequent "Mahmoud"). Words common only in different traditions
 * ("Mohammad" in Arabic, a spelling of a Polish given name) make no common name (since rules 1.25.0): the
 * tables say how common a word is among the people of its own tradition, not among those of another.
 */
export function isCommonOnlyName(
  name: PreparedName,
  weights: WeightSource,
  alignedTo: Map<number, TokenInfo[]>,
  otherHasMore: () => boolean,
): boolean {
  let names = 0;
  let shared = ANY_TRADITION;
  for (let index = 0; index < name.tokens.length; index++) {
    const kind = name.kinds[index];
    if (kind === Kind.Name) {
      names++;
      let traditions = commonTraditions(name.tokens[index], weights) | compoundTraditions(name, index);
      for (const token of alignedTo.get(index) ?? []) {
        traditions |= commonTraditions(token, weights);
      }
      shared &= traditions;
    } else if (kind === Kind.Acronym) {
      return false;
    }
  }
  return names > 0 && (shared !== 0 || isMixedCommonName(name, alignedTo, otherHasMore));
}

/** The traditions whose tables list the word as spelt, or a word of the other name aligned with it as spelt. */
function listedTraditions(token: TokenInfo, aligned: TokenInfo[], table: ReadonlyMap<string, number>): number {
  return aligned.reduce((mask, other) => mask | (table.get(other.text) ?? 0), table.get(token.text) ?? 0);
}

/**
 * Since rules 1.27.0: a name of common given names of one tradition followed by a common surname of another
 * ("<Russian given name> <German surname>"), the surname a surname of the tables as spelt, that the other name
 * holds only in another spelling or a word that sounds alike ("Mueller" for "Miller"): as common as a name of
 * one tradition. Given names count as the tables (or the aligned words of the other name) spell them, not
 * through the romanisation rules (a Polish given name spelt like an Arabic one stays apart). A name whose last
 * word the other spells the same (a listed person queried without a patronymic, a regional spelling of a given
 * name) is left to the one-tradition rule; only the last word is taken for the surname, since a listed name's
 * first word may be a given name that some table lists as a surname elsewhere.
 * Since rules 1.49.0, also a surname the other name spells the same, when the other name has name words this one
 * lacks and a given name of this one is there only in another spelling ("<Chinese given name> <Bengali surname>"
 * against a longer listed name holding the surname and another romanisation of the given name): then no word
 * but the surname agrees as written, and the surname alone is a common one.
 */
function isMixedCommonName(
  name: PreparedName,
  alignedTo: Map<number, TokenInfo[]>,
  otherHasMore: () => boolean,
): boolean {
  const reference = getReferenceData();
  const words: number[] = [];
  for (let index = 0; index < name.tokens.length; index++) {
    if (name.kinds[index] === Kind.Name) {
      words.push(index);
    }
  }
  const surname = words[words.length - 1];
  const aligned = alignedTo.get(surname) ?? [];
  if (
    words.length < 2 ||
    aligned.length === 0 ||
    (aligned.some((other) => other.text === name.tokens[surname].text) &&
      !(
        words.slice(0, -1).some((index) => speltOtherwise(name.tokens[index], alignedTo.get(index))) && otherHasMore()
      )) ||
    (reference.commonSurnameTraditions.get(name.tokens[surname].text) ?? 0) === 0
  ) {
    return false;
  }
  let shared = ANY_TRADITION;
  for (const index of words.slice(0, -1)) {
    shared &= listedTraditions(name.tokens[index], alignedTo.get(index) ?? [], reference.commonNameTraditions);
  }
  return shared !== 0;
}

/** A word the other name holds only in another spelling (aligned, but with no word written the same). */
function speltOtherwise(token: TokenInfo, aligned: TokenInfo[] | undefined): boolean {
  return aligned !== undefined && aligned.length > 0 && aligned.every((other) => other.text !== token.text);
}

/** For each word of one side, the other side's words aligned with it. */
export function alignedWords(
  pairs: AlignedPair[],
  side: 'query' | 'candidate',
  other: PreparedName,
): Map<number, TokenInfo[]> {
  const otherSide = side === 'query' ? 'candidate' : 'query';
  const out = new Map<number, TokenInfo[]>();
  for (const pair of pairs) {
    for (const index of pair[side]) {
      out.set(
        index,
        pair[otherSide].map((position) => other.tokens[position]),
      );
    }
  }
  return out;
}

/** The traditions of a common name one of whose words this is, written apart ("Mi-kyung" of "Mikyung"). */
function compoundTraditions(name: PreparedName, index: number): number {
  const common = getReferenceData().commonNameTraditions;
  const word = name.tokens[index].text;
  const before = index > 0 && name.kinds[index - 1] === Kind.Name ? name.tokens[index - 1].text : undefined;
  const after =
    index + 1 < name.tokens.length && name.kinds[index + 1] === Kind.Name ? name.tokens[index + 1].text : undefined;
  return (
    (before !== undefined ? (common.get(before + word) ?? 0) : 0) |
    (after !== undefined ? (common.get(word + after) ?? 0) : 0)
  );
}

const DOUBLED_LETTERS = /(.)\1+/g;

/**
 * Two persons' name words agree word for word: equal (after transliteration of an alphabetic script),
 * spelt alike by one romanisation system, or a spelling variant that begins with the same letter and is
 * equal once doubled letters are collapsed, or one edit apart (five letters or more), or two (seven or
 * more). A reading of an abjad script (Arabic, Persian) has no vowels: its consonants must all agree.
 */
function agreesAsWord(left: TokenInfo, right: TokenInfo, syllables = false): boolean {
  if (left.script === Script.Arabic || right.script === Script.Arabic) {
    // Without vowels only the consonants can agree, and all of them must ("Mehdi" is not "محمد").
    return (
      left.orig === right.orig ||
      (isLatinAndArabic(left, right)
        ? abjadReadingAgrees(left, right)
        : left.skeleton.length >= 2 && left.skeleton === right.skeleton)
    );
  }
  if (left.text === right.text) {
    return true;
  }
  if (left.isSyllable || right.isSyllable) {
    return false;
  }
  if (nisbaEnding(left.text, right.text)) {
    // Since rules 1.102.0: "Ahmad" / "Ahmadi", "Karim" / "Karimi" are two names (the nisba "-i" makes a
    // surname of a given name), though one edit apart: a common name agrees with neither word for the other.
    return false;
  }
  if (sameUnderOneSystem(left.text, right.text)) {
    return true;
  }
  if (syllables) {
    // Syllables of a compound given name agree only as written or by one romanisation system.
    return false;
  }
  const a = left.text.replace(DOUBLED_LETTERS, '$1');
  const b = right.text.replace(DOUBLED_LETTERS, '$1');
  if (a === b) {
    return true;
  }
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5 || a[0] !== b[0]) {
    return false;
  }
  return distance(a, b) <= (shorter >= 7 ? 2 : 1);
}

/**
 * Token-for-token agreement of two persons' names: nothing left over on either side, and each aligned
 * pair is one word against one word that agree as words (see agreesAsWord), or words written apart on
 * one side and together on the other ("Min-jun" / "Minjun").
 */
export function agreesTokenForToken(
  comparison: Pick<NameComparison, 'query' | 'candidate' | 'pairs' | 'unmatchedQuery' | 'unmatchedCandidate'>,
): boolean {
  const { query, candidate, pairs } = comparison;
  if (comparison.unmatchedQuery.length > 0 || comparison.unmatchedCandidate.length > 0 || pairs.length === 0) {
    return false;
  }
  return pairs.every((pair) => {
    if (pair.query.length === 1 && pair.candidate.length === 1) {
      const syllables = isCompoundSyllable(query, pair.query[0]) || isCompoundSyllable(candidate, pair.candidate[0]);
      return agreesAsWord(query.tokens[pair.query[0]], candidate.tokens[pair.candidate[0]], syllables);
    }
    const joined = (name: PreparedName, indices: number[]) => indices.map((index) => name.tokens[index].text).join('');
    const [left, right] = [joined(query, pair.query), joined(candidate, pair.candidate)];
    if (left.replace(DOUBLED_LETTERS, '$1') === right.replace(DOUBLED_LETTERS, '$1')) {
      return true;
    }
    // Syllables written apart in one romanisation and together in another ("Tse-tung" / "Zedong").
    const keyed = (name: PreparedName, indices: number[]) =>
      indices.map((index) => romanisedKey(name.tokens[index])).join('');
    return keyed(query, pair.query) === keyed(candidate, pair.candidate);
  });
}

export const UNIFORM: WeightSource = { rarity: () => 1 };

/** What a word's weight is for: agreeing, conflicting with another word, or left over as an extra word. */
export type WeightUse = 'agree' | 'conflict' | 'extra';

export function baseWeight(name: PreparedName, index: number, weights: WeightSource, use: WeightUse): number {
  const forMismatch = use !== 'agree';
  const token = name.tokens[index];
  switch (name.kinds[index] as Kind) {
    case Kind.Name:
    case Kind.Acronym: {
      if (token.isSyllable) {
        // One Chinese character is a fraction of a word: different characters mean a different name.
        return forMismatch ? 2 : 1;
      }
      let weight = token.text.length === 1 ? 0.4 : token.text.length === 2 ? 0.6 : 1;
      // Agreeing on a common name proves little; disagreeing on one is as much a conflict as any other.
      if (name.mode === 'person' && use !== 'conflict' && isCommonPersonName(token) && commonInOwnName(name, index)) {
        weight = COMMON_NAME_WEIGHT;
      }
      return weight * weights.rarity(token);
    }
    case Kind.NamedBody:
      return 1;
    case Kind.Qualifier:
      // Added or dropped, a qualifier costs little; a different one in its place is another branch. A place
      // costs once however many words its name has ("…, United Arab Emirates"): since rules 1.8.0 the cost is
      // shared by the run of such words it stands in.
      if (use === 'extra') {
        return name.tags[index] !== TRAILING_SEGMENT ? PLACE_EXTRA_WEIGHT / placeRunLength(name, index) : 0.6;
      }
      // The place of a name made only of class words is half its identity: agreeing on it counts in full.
      return use === 'agree' && name.tags[index] !== PLACE_OF_GENERIC_NAME ? 0.5 : 1;
    case Kind.Number:
      return forMismatch ? 0.3 : 1;
    case Kind.Class:
      return 0.5;
    case Kind.Particle:
      // "Abdul" vs "Shah" in the same place is a different person; "bin" on one side only is not.
      return use === 'conflict' ? 0.6 : 0.3;
    case Kind.Initial:
      return 0.5;
    default:
      return 0;
  }
}

/** What a place (a listed qualifier or a trailing country's name) costs added or dropped. */
const PLACE_EXTRA_WEIGHT = 0.15;

/** How many words the run of place words around `index` has (qualifiers not of a trailing segment, next to each other). */
function placeRunLength(name: PreparedName, index: number): number {
  const place = (at: number) => name.kinds[at] === Kind.Qualifier && name.tags[at] !== TRAILING_SEGMENT;
  let start = index;
  let end = index;
  while (start > 0 && place(start - 1)) {
    start--;
  }
  while (end + 1 < name.kinds.length && place(end + 1)) {
    end++;
  }
  return end - start + 1;
}
