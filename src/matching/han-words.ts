// Words written in Chinese characters: the listed han words a name holds, their renderings, and aligning them with the other name.
import { type PreparedName, isComparable } from './normalise';
import { type HanWord, getReferenceData, findLongestPhrases } from './reference-data';
import { Likeness } from './token-similarity';
import { Script } from './tokenise';
import { type AlignedPair, type ParentNamed, comparableIndices, range } from './matcher-shared';
import { decidingGroupOf } from './word-groups';

/** Similarity of a Chinese field word and the English words of its rendering: as a class word's translation. */
const TRANSLATED_FIELD_SIMILARITY = 0.9;
/** Similarity of a Chinese place's name and its English name ("香港" / "Hong Kong"). */
const TRANSLATED_PLACE_SIMILARITY = 0.95;

/** A word of han_words.yml in a name: its entry and the places of its characters. */
interface HanWordHit {
  word: HanWord;
  indices: number[];
}

const hanWordHits = new WeakMap<PreparedName, HanWordHit[]>();
const NO_HAN_WORDS: HanWordHit[] = [];

/**
 * The words of han_words.yml a name writes in Chinese characters, longest first where two overlap; a class phrase
 * (class_phrases, since rules 1.85.0) in place of the words it overlaps, unless a word runs into its first character
 * from before it ("<place>轻工业大学" is 轻工业 "light industry" and 大学, not 工业大学).
 */
export function hanWordsIn(name: PreparedName): HanWordHit[] {
  // Most names have no Chinese character or Hangul syllable: nothing to remember for them.
  if (!name.tokens.some((token) => token.isSyllable)) {
    return NO_HAN_WORDS;
  }
  let hits = hanWordHits.get(name);
  if (!hits) {
    const reference = getReferenceData();
    const keys = name.tokens.map((token) => token.orig);
    const words = findLongestPhrases(keys, reference.hanWordTrie);
    const phrases = findLongestPhrases(keys, reference.hanClassPhraseTrie).filter(
      (phrase) => !words.some((word) => word.start < phrase.start && word.end > phrase.start),
    );
    hits = [
      ...words.filter((word) => !phrases.some((phrase) => word.start < phrase.end && word.end > phrase.start)),
      ...phrases,
    ]
      .sort((a, b) => a.start - b.start)
      .map((hit) => ({ word: reference.hanWords[hit.value], indices: range(hit.start, hit.end) }));
    hanWordHits.set(name, hits);
  }
  return hits;
}

let fieldRenderings: Map<string, string> | undefined;

/**
 * The one-word English renderings of han_words.yml's field words that are in no deciding group of org_words.yml,
 * each to its entry's deciding group (`han <key>`, as `differentDecidingWords` names an unaligned Chinese field
 * word); a word two entries render is neither's. Made once: the reference data is read once per process.
 */
export function oneWordFieldRenderings(): Map<string, string> {
  if (fieldRenderings === undefined) {
    const renderings = new Map<string, string | undefined>();
    for (const word of getReferenceData().hanWords) {
      for (const rendering of word.renderings) {
        if (word.place || rendering.length !== 1 || decidingGroupOf(rendering[0]) !== undefined) {
          continue;
        }
        const group = `han ${word.key}`;
        renderings.set(
          rendering[0],
          renderings.has(rendering[0]) && renderings.get(rendering[0]) !== group ? undefined : group,
        );
      }
    }
    fieldRenderings = new Map([...renderings].filter((entry): entry is [string, string] => entry[1] !== undefined));
  }
  return fieldRenderings;
}

/** Whether a Latin name's word is a word of a rendering: the word itself, or a form of its deciding group or country. */
function rendersAs(text: string, word: string): boolean {
  if (text === word) {
    return true;
  }
  const group = decidingGroupOf(word);
  if (group !== undefined && decidingGroupOf(text) === group) {
    return true;
  }
  const countries = getReferenceData().countryForms;
  const country = countries.get(word);
  return country !== undefined && countries.get(text) === country;
}

/**
 * "<place>师范大学" / "<place> Normal University" (since rules 1.20.0): a Chinese word of two characters or more
 * listed in han_words.yml aligns, as one word, with the English words of one of its renderings written in that
 * order in a name not written in characters (its comparable words, so "and" and "of" fall between them). A
 * field word's pair is a translation (no identity: the names must agree on a name word too); a place's is a known
 * variant. Made before the word-for-word alignment, so that "科" of 科技 is not taken by "technology" alone.
 */
export function alignHanWords(
  han: PreparedName,
  hanTaken: Uint8Array,
  other: PreparedName,
  otherTaken: Uint8Array,
  hanIsQuery: boolean,
  pairs: AlignedPair[],
): void {
  const hits = hanWordsIn(han);
  if (
    hits.length === 0 ||
    other.tokens.some((token) => token.isSyllable) ||
    !other.tokens.some((token) => token.script === Script.Latin)
  ) {
    return;
  }
  const otherIndices = comparableIndices(other);
  for (const hit of hits) {
    const hanIndices = hit.indices.filter((index) => isComparable(han.kinds[index]));
    if (hanIndices.length === 0 || hanIndices.some((index) => hanTaken[index] !== 0)) {
      continue;
    }
    for (const rendering of hit.word.renderings) {
      const start = otherIndices.findIndex((_, at) =>
        rendering.every(
          (word, offset) =>
            at + offset < otherIndices.length &&
            otherTaken[otherIndices[at + offset]] === 0 &&
            rendersAs(other.tokens[otherIndices[at + offset]].text, word),
        ),
      );
      if (start < 0) {
        continue;
      }
      const otherRun = otherIndices.slice(start, start + rendering.length);
      hanIndices.forEach((index) => (hanTaken[index] = 1));
      otherRun.forEach((index) => (otherTaken[index] = 1));
      const [sim, how] = hit.word.place
        ? [TRANSLATED_PLACE_SIMILARITY, Likeness.Synonym]
        : [TRANSLATED_FIELD_SIMILARITY, Likeness.Translation];
      pairs.push({
        query: hanIsQuery ? hanIndices : otherRun,
        candidate: hanIsQuery ? otherRun : hanIndices,
        sim,
        how,
        translated: true,
        shared: hit.word.shared ? hit.indices.map((index) => han.tokens[index].orig).join('') : undefined,
      });
      break;
    }
  }
}

/** The class phrase (its characters) of a pair aligned through a shared rendering (`AlignedPair.shared`), if any. */
export function sharedRenderingOf(pairs: AlignedPair[]): string | undefined {
  return pairs.find((pair) => pair.shared !== undefined)?.shared;
}

/**
 * Since rules 1.100.0: every comparable word of both names aligned exactly, one to one and in the same order, none
 * left over (a name against itself with its own initials written after it, "Norland University of Science and
 * Technology (NUST)" / "Norland University of Science and Technology"): the names are the same name, which
 * identifies as the identical name does, though its words are a country's name and class words only.
 */
export function sameWordsInOrder(
  pairs: AlignedPair[],
  unmatchedQuery: number[],
  unmatchedCandidate: number[],
): boolean {
  if (pairs.length === 0 || unmatchedQuery.length > 0 || unmatchedCandidate.length > 0) {
    return false;
  }
  let last = -1;
  for (const pair of [...pairs].sort((left, right) => left.query[0] - right.query[0])) {
    if (pair.how !== Likeness.Exact || pair.query.length !== 1 || pair.candidate.length !== 1) {
      return false;
    }
    if (pair.candidate[0] <= last) {
      return false;
    }
    last = pair.candidate[0];
  }
  return true;
}

/** Similarity of a division's character and the English word that renders it ("市" / "City"): a translation. */
const TRANSLATED_DIVISION_SIMILARITY = 0.9;

/** Whether a name has a word in Chinese characters (what `hanDivisionSuffixes` asks of each side first). */
function hasHanWord(name: PreparedName): boolean {
  for (const token of name.tokens) {
    if (token.script === Script.Han) {
      return true;
    }
  }
  return false;
}

/**
 * "<place>市农业科学院" / "<Place> Academy of Agricultural Sciences", "<place>县人民医院" / "<Place> County People's
 * Hospital" (since rules 1.129.0): a division's character (han_words.yml division_suffixes) left free in a name written
 * in characters, right after characters aligned together with one word of a name in Latin letters (a place's name
 * read as that word; not a listed han word of its own, as 市立 "municipal" is), names the division that place is.
 * It aligns with a word of its renderings the other name leaves free (a translation), or, when the other name leaves
 * none free, is left out of the score: the place is the same place either way. Returns the characters left out.
 */
export function hanDivisionSuffixes(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): ParentNamed | undefined {
  const suffixes = getReferenceData().hanDivisionSuffixes;
  // Each side below needs a word in Chinese characters: most pairs of names have none, and are not read (no
  // sides built for them).
  if (!hasHanWord(query) && !hasHanWord(candidate)) {
    return undefined;
  }
  let leftOut: ParentNamed | undefined;
  for (const [side, name, free, other, otherFree] of [
    ['query', query, qFree, candidate, cFree],
    ['candidate', candidate, cFree, query, qFree],
  ] as const) {
    if (
      free.size === 0 ||
      !name.tokens.some((token) => token.script === Script.Han) ||
      !other.tokens.some((token) => token.script === Script.Latin) ||
      other.tokens.some((token) => token.isSyllable)
    ) {
      continue;
    }
    const otherSide = side === 'query' ? 'candidate' : 'query';
    const inHanWords = new Set(hanWordsIn(name).flatMap((hit) => hit.indices));
    // Since rules 1.173.0, two passes: the characters the other name writes a rendering of are aligned first, so that
    // "District", which 区 of "<city>市<district>区" takes, is no other division's word against 市 before it.
    for (const pass of ['aligned', 'leftOut'] as const) {
      for (const index of [...free].sort((a, b) => a - b)) {
        const renderings = suffixes.get(name.tokens[index].orig);
        if (!renderings || index === 0 || inHanWords.has(index)) {
          continue;
        }
        const place = pairs.find(
          (pair) =>
            pair[side].length >= 2 &&
            pair[side][pair[side].length - 1] === index - 1 &&
            pair[otherSide].length === 1 &&
            (pair.how === Likeness.Joined || pair.how === Likeness.Synonym) &&
            pair[side].every((at) => name.tokens[at].script === Script.Han),
        );
        if (!place) {
          continue;
        }
        const word = [...otherFree]
          .sort((a, b) => Math.abs(a - place[otherSide][0]) - Math.abs(b - place[otherSide][0]))
          .find((at) => other.tokens[at].script === Script.Latin && renderings.has(other.tokens[at].text));
        // Another division's word left free in the other name ("District" against 县) is a conflict: both stay.
        const otherDivision = [...otherFree].some(
          (at) =>
            at !== word &&
            other.tokens[at].script === Script.Latin &&
            [...suffixes.values()].some((words) => words !== renderings && words.has(other.tokens[at].text)),
        );
        if (word === undefined && (otherDivision || pass === 'aligned')) {
          continue;
        }
        free.delete(index);
        if (word !== undefined) {
          otherFree.delete(word);
          pairs.push({
            query: side === 'query' ? [index] : [word],
            candidate: side === 'query' ? [word] : [index],
            sim: TRANSLATED_DIVISION_SIMILARITY,
            how: Likeness.Translation,
            translated: true,
          });
        } else {
          leftOut = { side, words: [...(leftOut?.side === side ? leftOut.words : []), index] };
        }
      }
    }
  }
  return leftOut;
}

/**
 * "<place>卫生和计划生育委员会" / "Health and Family Planning Commission of <Place>" (since rules 1.174.0): "and"
 * written as one character (han_words.yml conjunctions: 和, 与), free between two words of the name of two characters
 * or more each, the one before ending and the one after beginning a pair aligned with words of the other name, is
 * left out of the score, as "and" is. A character read alone (中 "China") is no such word, so 中和 stays two
 * characters of the name. Returns whether a character was left out.
 */
export function hanConjunctionsBetweenWords(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): boolean {
  let conjunctions: Set<string> | undefined;
  let leftOut = false;
  for (const [side, name, free] of [
    ['query', query, qFree],
    ['candidate', candidate, cFree],
  ] as const) {
    for (const index of free) {
      const token = name.tokens[index];
      if (token.script !== Script.Han) {
        continue;
      }
      conjunctions ??= getReferenceData().hanConjunctions;
      if (!conjunctions.has(token.orig)) {
        continue;
      }
      const word = (at: number, end: 'first' | 'last'): boolean =>
        pairs.some((pair) => {
          const indices = pair[side];
          return (
            indices.length >= 2 &&
            (end === 'last' ? indices[indices.length - 1] : indices[0]) === at &&
            indices.every((i) => name.tokens[i].script === Script.Han)
          );
        });
      if (word(index - 1, 'last') && word(index + 1, 'first')) {
        free.delete(index);
        leftOut = true;
      }
    }
  }
  return leftOut;
}
