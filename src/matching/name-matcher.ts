import { foreignToCharacters, japaneseReads, latinSpellsCjk } from './cjk-reading';
import { BoundedMemo } from '../common/collections';
import {
  classSetOf,
  compoundEnd,
  COMPOUND_START,
  isComparable,
  isCompoundSyllable,
  Kind,
  modeOfSchema,
  queryNameVariants,
  PLACE_OF_GENERIC_NAME,
  prepareName,
  type NameMode,
  type PreparedName,
} from './normalise';
import { abjadReadingAgrees, abjadSpellingAgrees, isLatinAndArabic } from './abjad-reading';
import { separateIdentifiers } from './identifier-names';
import { findLongestPhrases, getReferenceData, tokenKey, type HanWord } from './reference-data';
import { distance } from 'fastest-levenshtein';
import {
  cognateEnding,
  compoundShortForm,
  endsAsCompound,
  cognateLikeness,
  latinCyrillicCognateLikeness,
  Likeness,
  LIKENESS_NAMES,
  nisbaEnding,
  romanisationKey,
  romanisedKey,
  sameUnderOneSystem,
  spellingSimilarity,
  tokenLikeness,
  type TokenLikeness,
} from './token-similarity';
import {
  HYPHENATED_ACRONYMS,
  SCRIPT_NAMES,
  Script,
  tokeniseRaw,
  type CompoundCut,
  type CompoundPart,
  type TokenInfo,
} from './tokenise';
import type { IndexEntry, MatchFeature, MatchQuery } from './types';

/**
 * Scores at or above this are matches. Chosen on bench/data/name-pairs-dev.csv (bench/quality-names.ts
 * prints the F1 curve around it).
 */
export const MATCH_THRESHOLD = 0.7;

/** Share of an unmatched word's weight charged when the other name has nothing left to conflict with. */
const EXTRA_COST: Record<NameMode, number> = { person: 0.3, org: 1.2, object: 0.6 };
/** Lowest token similarity that aligns two words. */
const ALIGN_MIN = 0.75;
/** Highest score when the names share only class words, particles or initials. */
const WEAK_ONLY_CAP = 0.5;
const LEGAL_CONFLICT_FACTOR = 0.9;
const PATRONYM_REVERSED_FACTOR = 0.6;
/** Different dates of birth: the same name is then most likely another person. */
const BIRTH_DATE_CONFLICT_FACTOR = 0.6;

/**
 * Highest score for organisation names that differ in a deciding word (field, compass) or that each have
 * an identity word the other lacks: near-named bodies and branches are different bodies.
 */
const ORG_DIFFERENCE_CAP = 0.65;
/** Highest score when persons' names agree on one word only and either has more name words. */
const ONE_WORD_CAP = 0.6;
/** Weight of a very common given name or surname ("Wang", "Maria"): shared by too many people to count fully. */
const COMMON_NAME_WEIGHT = 0.8;
/**
 * Highest score when the only words two persons' names share are very common names and the names do not
 * agree word for word: "Jose Garcia" is not "GARCIA LOPEZ, Jose Ramon".
 */
const COMMON_ONLY_CAP = 0.65;
/**
 * Highest score of an organisation's name aligned with the other through a class phrase whose English rendering is
 * shared by other class phrases (han_words.yml shared_class_phrases, since rules 1.96.0: 工业大学 "University of
 * Technology", the English name of many a place's 理工大学 too): at or above MATCH_THRESHOLD, so the pair is a match
 * the analyst is shown, and below the resolution rule's threshold and least name score (0.85, 0.8: risk-rules.v1.json
 * `resolution`), so it never resolves on its own.
 */
const SHARED_RENDERING_CAP = 0.78;

function isCommonPersonName(token: TokenInfo): boolean {
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

/** Rarity weight of a word; the candidate index supplies one learned from the indexed names. */
export interface WeightSource {
  /** Multiplier around 1: above for rare words, below for common ones. */
  rarity(token: TokenInfo): number;
  /** Whether the word is frequent among the indexed names themselves (the lists' own name frequency). */
  frequent?(token: TokenInfo): boolean;
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

/**
 * A person's name made only of common name words of one naming tradition ("Wang Wei", "Mohammed Ali"): at
 * least one name word, and a tradition every name word is common in. Such a name identifies nobody unless
 * the other name agrees word for word. A word counts in the traditions of the other name's words aligned
 * with it too ("Mahmoudi" aligned with a frequent "Mahmoud"). Words common only in different traditions
 * ("Mohammad" in Arabic, a spelling of a Polish given name) make no common name (since rules 1.25.0): the
 * tables say how common a word is among the people of its own tradition, not among those of another.
 */
function isCommonOnlyName(
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
function alignedWords(
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
function agreesTokenForToken(
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

const UNIFORM: WeightSource = { rarity: () => 1 };

interface AlignedPair {
  query: number[];
  candidate: number[];
  sim: number;
  how: Likeness;
  /** A Chinese word of han_words.yml and the English words of its rendering (since rules 1.20.0). */
  translated?: boolean;
  /** A compound of two table words and those two words written apart (since rules 1.38.0, joinCompoundWords). */
  compound?: boolean;
  /** The class phrase of a translated pair whose rendering other class phrases share (since rules 1.96.0). */
  shared?: string;
}

/** The comparison of two single names, with what explains it. */
export interface NameComparison {
  score: number;
  query: PreparedName;
  candidate: PreparedName;
  pairs: AlignedPair[];
  unmatchedQuery: number[];
  unmatchedCandidate: number[];
  /** -1 conflicting legal forms, 1 same, 0 unknown. */
  legal: number;
  /** Names share only class words / particles / initials. */
  weakOnly: boolean;
  /** Given name and father's name swapped around "bin". */
  reversed: boolean;
  /** Persons' names that share only very common names and do not agree word for word. */
  commonOnly: boolean;
  /** Persons' names that agree on a single word while one of them has more name words. */
  oneWordFor: boolean;
  /** A person's name against a name with a legal form (a company's). */
  companyForPerson: boolean;
  /** Organisation deciding words (field, compass) found on one side only. */
  decidingDiffer: string[];
  /** A name part of one long person's name in place of another name part of the other. */
  longNameConflict: boolean;
  /** An Arabic name with given names before the other's whole name: a son or daughter of that person. */
  childOf: boolean;
  /** Organisation names with a different identity word on each side. */
  orgConflict: boolean;
  /** A one-word name against that word and a foundation's class word (since rules 1.11.0). */
  oneWordKind?: boolean;
  /** Organisation names that differ only in a unit's number or letter ("Wing 3" vs "Wing 8"): the two numbers. */
  numberDiffer?: [string, string];
  /**
   * Stopped early (see `compareNames`' `reaches`): `score` is the most the comparison could score, and
   * the checks after the word alignment were not made.
   */
  partial?: boolean;
  /** A class word beside an acronym and another kind among the words it stands for ("College" vs "Army"). */
  kindDiffer?: [string, string];
  /** Words of one name that name the parent body of the other (left out of the score). */
  parentNamed?: ParentNamed;
  /** Initials (and a given name) of the namesake written before the surname in one name (left out of the score). */
  namesake?: Namesake;
  /** The clause naming the person a body honours, closing one name only (left out of the score). */
  honouree?: ParentNamed;
  /** The purpose or field closing one name after its own name and class word (left out of the score). */
  complement?: ParentNamed;
  /** The form of state of a country's formal name closing one name only ("Republic of"; left out of the score). */
  formalCountry?: ParentNamed;
  /** A second institution joined after "and", closing one name only ("… and Hospital"; left out of the score). */
  joinedInstitution?: ParentNamed;
  /** Words naming a subdivision's form beside its name on one side only ("Province of"; left out of the score). */
  subdivisionForm?: ParentNamed;
  /** Class words of one name that name the kind of unit the other name's topic is (left out of the score). */
  unitType?: ParentNamed;
  /** A vessel's fleet or hull number against another's: sister ships. */
  fleetNumbersDiffer?: [string, string];
  /**
   * The class phrase, in characters, of a pair aligned through a rendering other class phrases share (since rules
   * 1.96.0, han_words.yml shared_class_phrases): the score is at most SHARED_RENDERING_CAP.
   */
  sharedRendering?: string;
}

/** What a word's weight is for: agreeing, conflicting with another word, or left over as an extra word. */
type WeightUse = 'agree' | 'conflict' | 'extra';

function baseWeight(name: PreparedName, index: number, weights: WeightSource, use: WeightUse): number {
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

/**
 * Scripts whose words are compared by their transliteration letter for letter: Latin itself, and Cyrillic and
 * Greek, alphabets that write their vowels (since rules 1.16.0 a Cyrillic word shares a stem with a Latin one:
 * "Квароўскі" read as "kvarouski" is the adjective of "Kvarou").
 */
const STEM_SCRIPTS = new Set<Script>([Script.Latin, Script.Cyrillic, Script.Greek]);

/** A proper name's adjective or genitive against the name: as two forms of one word (a cognate). */
const NAME_ADJECTIVE: TokenLikeness = { sim: 0.85, how: Likeness.Cognate };
/** An international word in Latin letters and in Cyrillic, in their scripts' spellings: as a cognate. */
const CROSS_SCRIPT_COGNATE: TokenLikeness = { sim: 0.85, how: Likeness.Cognate };

/** Likeness of two words as words: spelling, sound, script, variants; for organisations also a shared stem. */
function wordLikeness(left: TokenInfo, right: TokenInfo, person: boolean): TokenLikeness {
  const likeness = tokenLikeness(left, right, person);
  if (!person && likeness.sim < ALIGN_MIN && STEM_SCRIPTS.has(left.script) && STEM_SCRIPTS.has(right.script)) {
    const cognate = cognateLikeness(left.text, right.text);
    if (cognate.how === Likeness.None && latinCyrillicCognate(left, right)) {
      // An international word in Latin letters and in Cyrillic, each in its script's systematic spellings
      // (since rules 1.63.0): "Psychoanalysis" / "психоанализа".
      return CROSS_SCRIPT_COGNATE;
    }
    // A short name and its adjective or genitive ("Tarvia" / "Tarvijos", since rules 1.17.0) share too short a
    // beginning for the cognate rule: the name adjective endings read them as one word.
    return cognate.how === Likeness.None && isNameAdjectiveOf(left.text, right.text) ? NAME_ADJECTIVE : cognate;
  }
  return likeness;
}

/**
 * Word likeness already worked out: a query word meets the same indexed words again and again, in a
 * candidate's aliases, in other candidates and in later queries (common name words above all). Keyed
 * by the word objects a candidate index shares; emptied when it holds `limit` pairs.
 */
export class LikenessCache {
  private readonly person = new Map<TokenInfo, Map<TokenInfo, TokenLikeness>>();
  private readonly other = new Map<TokenInfo, Map<TokenInfo, TokenLikeness>>();
  private size = 0;
  /**
   * The query word last asked for and its map: a comparison asks for one query word against each word of
   * the candidate's name in turn, so the outer look-up is made once per run of such asks.
   */
  private lastWord: TokenInfo | undefined;
  private lastPerson = false;
  private lastKnown: Map<TokenInfo, TokenLikeness> | undefined;

  constructor(private readonly limit = 250_000) {}

  get(queryWord: TokenInfo, candidateWord: TokenInfo, person: boolean): TokenLikeness {
    let known = this.lastWord === queryWord && this.lastPerson === person ? this.lastKnown : undefined;
    if (!known) {
      const byQueryWord = person ? this.person : this.other;
      known = byQueryWord.get(queryWord);
      if (!known) {
        known = new Map();
        byQueryWord.set(queryWord, known);
      }
      this.lastWord = queryWord;
      this.lastPerson = person;
      this.lastKnown = known;
    }
    const likeness = known.get(candidateWord);
    if (likeness) {
      return likeness;
    }
    if (this.size >= this.limit) {
      this.person.clear();
      this.other.clear();
      this.size = 0;
      known = new Map();
      (person ? this.person : this.other).set(queryWord, known);
      this.lastKnown = known;
    }
    const computed = wordLikeness(queryWord, candidateWord, person);
    known.set(candidateWord, computed);
    this.size++;
    return computed;
  }
}

/** The group of meaning of an organisation's word (a deciding word's, a country's, a translated word's), or null. */
function meaningGroupOf(text: string): string | null {
  return meaningGroupKnown.get(text, findMeaningGroup);
}

/**
 * The class of a word read alone: the class trie's first step, as `findPhrases([text], classTrie)` would read it,
 * kept on the word once asked (word-pair rules ask it of a word against every word of every candidate).
 */
function wordClassOf(token: TokenInfo): number | undefined {
  if (token.wordClass === undefined) {
    token.wordClass = getReferenceData().classTrie.next.get(token.text)?.value ?? null;
  }
  return token.wordClass ?? undefined;
}

/** Whether a word as written is a class word's loanword (org_words.yml class_loanwords), kept on the word once asked. */
function isClassLoanword(token: TokenInfo): boolean {
  if (token.classLoanword === undefined) {
    token.classLoanword = getReferenceData().classLoanwords.has(tokenKey(token.orig));
  }
  return token.classLoanword;
}

/** A word's `meaningGroupOf`, kept on the word once asked. */
function wordMeaning(token: TokenInfo): string | null {
  if (token.meaning === undefined) {
    token.meaning = meaningGroupOf(token.text);
  }
  return token.meaning;
}

/**
 * Meaning groups of words already looked up: a word's group does not change, since the reference data is
 * read once per process, and each comparison of an organisation's names asks it for every word of both
 * names (three look-ups each). Emptied when it holds MEANING_GROUPS_KEPT words.
 */
const MEANING_GROUPS_KEPT = 100_000;
const meaningGroupKnown = new BoundedMemo<string, string | null>(MEANING_GROUPS_KEPT);

function findMeaningGroup(text: string): string | null {
  const reference = getReferenceData();
  return (
    decidingGroupOf(text) ??
    reference.countryForms.get(text) ??
    reference.wordMeanings.get(text) ??
    placeOfCaseForm(text) ??
    null
  );
}

/** Whether an organisation's word is a listed place or country only as a case form of it ("Tarvelskiej"). */
function readAsPlaceCaseForm(text: string): boolean {
  const reference = getReferenceData();
  return (
    !reference.countryForms.has(text) &&
    !reference.wordMeanings.has(text) &&
    decidingGroupOf(text) === undefined &&
    placeOfCaseForm(text) !== undefined
  );
}

/** Shortest stem, before a place_case_endings ending, of a listed place's or country's name. */
const PLACE_CASE_MIN_STEM = 4;
/**
 * Shortest stem left before the letters that `stemsOfCaseForm` gives back (since rules 1.86.0; PLACE_CASE_MIN_STEM
 * before): the case form itself keeps PLACE_CASE_MIN_STEM letters before its ending, and a short city's adjective
 * changes its last letters too ("ri" of "Rizhskiy", Riga; "gro" of "Grodzenski", Grodna).
 */
const PLACE_CASE_ALTERNATION_MIN_STEM = 2;
/** Letters a place's listed name may end in that its case form drops ("Warszawa" -> "Warszawski"). */
const PLACE_CASE_LOST_LETTERS = ['', 'a', 'e', 'i', 'o', 'y'];

/**
 * The group of a listed place or country of which `text` is the genitive, locative or adjective (since rules
 * 1.17.0, org_words.yml place_case_endings): the word less one of those endings, with its last vowel given
 * back or not, is a form of that place ("Warszawski" of "Warszawa", "Göteborgs" of "Göteborg"). Only places
 * and countries: a field word's forms are the deciding groups' (lex1), a topic word's its own table's.
 * Since rules 1.73.0 the stem may also give back letters the case form changed (`stemsOfCaseForm`). Since rules
 * 1.86.0 a word with an ending of org_words.yml place_adjective_endings is also read with each other ending of its
 * set ("Śląska" as "Śląskie", the region's listed name), after the case endings, so no earlier reading changes.
 */
function placeOfCaseForm(text: string): string | undefined {
  const reference = getReferenceData();
  for (const ending of reference.placeCaseEndings) {
    if (text.length - ending.length < PLACE_CASE_MIN_STEM || !text.endsWith(ending)) {
      continue;
    }
    const stem = text.slice(0, -ending.length);
    for (const form of stemsOfCaseForm(stem, reference.placeCaseStemAlternations)) {
      for (const letter of PLACE_CASE_LOST_LETTERS) {
        const group = placeOrCountryGroup(form + letter);
        if (group !== undefined) {
          return group;
        }
      }
    }
  }
  // A place whose listed name is itself an adjective (a Polish region's "Śląskie") in another of its forms.
  for (const { ending, others } of reference.placeAdjectiveEndings) {
    if (text.length - ending.length < PLACE_CASE_MIN_STEM || !text.endsWith(ending)) {
      continue;
    }
    const stem = text.slice(0, -ending.length);
    for (const other of others) {
      const group = placeOrCountryGroup(stem + other);
      if (group !== undefined) {
        return group;
      }
    }
  }
  return undefined;
}

/**
 * A case form's stem as written, then with its last letters given back as the place's name writes them (since
 * rules 1.73.0, org_words.yml place_case_stem_alternations: "klajpedz" of "Kłajpedzki", then "klajped" of Kłajpeda).
 */
function stemsOfCaseForm(stem: string, alternations: readonly { from: string; to: string[] }[]): string[] {
  const stems = [stem];
  for (const { from, to } of alternations) {
    if (stem.length - from.length >= PLACE_CASE_ALTERNATION_MIN_STEM && stem.endsWith(from)) {
      stems.push(...to.map((letters) => stem.slice(0, -from.length) + letters));
    }
  }
  return stems;
}

/** The group of a listed country's form or a listed place's name, or undefined. */
function placeOrCountryGroup(form: string): string | undefined {
  const reference = getReferenceData();
  const meaning = reference.wordMeanings.get(form);
  return reference.countryForms.get(form) ?? (meaning?.startsWith('place:') === true ? meaning : undefined);
}

/**
 * Whether an organisation's word, of meaning group `group`, names a country or a place that org_word_meanings.yml
 * lists by hand (`places`; the GeoNames cities' groups, "place:city-…", are left out: a city's name in one language
 * may be another city's in another, "Freiburg" of Fribourg). Two such words of two groups name two places, however
 * alike they are spelled (since rules 1.92.0): "Slovakia" / "Slovenia", "Chungnam" / "Chonnam". A country's group
 * must be its ISO code: a few org_words.yml groups hold one country's forms apart from ICU's names of it
 * ("britain", "turkey", "korea", "saudi"), and such a group and the code's are one country.
 */
function namesListedPlace(token: TokenInfo, group: string): boolean {
  return (
    (COUNTRY_CODE.test(group) && getReferenceData().countryForms.has(token.text)) ||
    (group.startsWith('place:') && !group.startsWith('place:city-'))
  );
}

/** The groups of org_word_meanings.yml subdivision_places (since rules 1.92.0): a place that is a subdivision. */
const SUBDIVISION_PLACE = 'place:subdivision-';

/** An ISO 3166 alpha-2 code, the group of a country's forms that ICU names. */
const COUNTRY_CODE = /^[a-z]{2}$/;

/** A word with a Hebrew letter. */
const HEBREW_LETTERS = /[\u05d0-\u05ea]/u;

function pairLikeness(
  query: PreparedName,
  qi: number,
  candidate: PreparedName,
  ci: number,
  cache?: LikenessCache,
): TokenLikeness {
  const qk = query.kinds[qi] as Kind;
  const ck = candidate.kinds[ci] as Kind;
  const qt = query.tokens[qi];
  const ct = candidate.tokens[ci];
  const person = query.mode === 'person';
  if (qk === Kind.Number || ck === Kind.Number) {
    if (qk === ck) {
      return qt.text === ct.text ? { sim: 1, how: Likeness.Exact } : { sim: 0, how: Likeness.None };
    }
    // "Sixth" / "6th", "VI" (since rules 1.64.0; org_words.yml ordinal_words): an ordinal word of an organisation's
    // name against the number it names. The word stays a word elsewhere (its weight, a conflict with another word).
    const [numberToken, word, wordKind] = qk === Kind.Number ? [qt, ct, ck] : [ct, qt, qk];
    return query.mode === 'org' &&
      wordKind === Kind.Name &&
      getReferenceData().ordinalWords.get(word.text) === numberToken.text
      ? { sim: 1, how: Likeness.Synonym }
      : { sim: 0, how: Likeness.None };
  }
  if (qk === Kind.Initial || ck === Kind.Initial) {
    if (qk === Kind.Initial && ck === Kind.Initial) {
      return qt.text === ct.text ? { sim: 1, how: Likeness.Exact } : { sim: 0, how: Likeness.None };
    }
    const [initial, word, wordKind] = qk === Kind.Initial ? [qt, ct, ck] : [ct, qt, qk];
    if ((wordKind === Kind.Name || wordKind === Kind.Particle) && word.text.startsWith(initial.text)) {
      return { sim: 0.85, how: Likeness.Initial };
    }
    return { sim: 0, how: Likeness.None };
  }
  if (qk === Kind.Acronym || ck === Kind.Acronym) {
    // An Arabic-script word whose consonant reading spells a Latin acronym ("بناب" read "bnb") is no acronym of
    // it (since rules 1.16.0): with a class word of Arabic script agreeing, the chance likeness decided.
    return qt.text === ct.text && !isLatinAndArabic(qt, ct)
      ? { sim: 1, how: Likeness.Exact }
      : { sim: 0, how: Likeness.None };
  }
  if (qk === Kind.NamedBody && ck === Kind.NamedBody && query.tags[qi] === candidate.tags[ci]) {
    return { sim: 1, how: qt.text === ct.text ? Likeness.Exact : Likeness.Synonym };
  }
  if (qk === Kind.Class && ck === Kind.Class && qt.text !== ct.text && !finalSyllableBesideHangul(qt, ct)) {
    const qs = classSetOf(query.tags[qi]);
    const cs = classSetOf(candidate.tags[ci]);
    if (qs.some((group) => cs.includes(group))) {
      return { sim: 0.9, how: Likeness.Class };
    }
    // "Society" and "Association": class words of one kind of body (org_words.yml class_equivalents).
    const kinds = getReferenceData().classKinds;
    const qKinds = qs.map((group) => kinds.get(group) ?? -1).filter((kind) => kind >= 0);
    if (qKinds.length > 0 && cs.some((group) => qKinds.includes(kinds.get(group) ?? -1))) {
      return { sim: CLASS_KIN_SIMILARITY, how: Likeness.Class };
    }
    // "<place>学院" / "<place> University" (since rules 1.43.0): a Chinese class word whose bodies' English names
    // render it by another class (han_words.yml class_kin; China's colleges renamed universities in English keep
    // 学院) is a related class word of those classes, as "Society"/"Association" are: aligned only when nothing else
    // is left over.
    if (hanClassKinAgrees(query, qi, ct, cs) || hanClassKinAgrees(candidate, ci, qt, qs)) {
      return { sim: CLASS_KIN_SIMILARITY, how: Likeness.Class };
    }
  }
  if (
    query.mode === 'org' &&
    qt.text !== ct.text &&
    ((qk === Kind.Name && ck === Kind.Class) || (qk === Kind.Class && ck === Kind.Name))
  ) {
    // "Norland Educational Development Institute" / "<Norland>교육개발원" (since rules 1.34.0): a class word read as
    // a name word (its name has class words only) of a name placed by a place or country (the place of a generic
    // name) still agrees with its class's other forms on the other side, as it agrees with its own form there. Not
    // in a generic name with no place: "National Tide Council" is not every country's council of that name in its language.
    const [nameSide, nameToken, classTag] =
      qk === Kind.Name ? [query, qt, candidate.tags[ci]] : [candidate, ct, query.tags[qi]];
    const nameClass = wordClassOf(nameToken);
    if (
      nameClass !== undefined &&
      classSetOf(nameClass).some((group) => classSetOf(classTag).includes(group)) &&
      Array.prototype.some.call(
        nameSide.kinds,
        (kind: number, index: number) => kind === Kind.Qualifier && nameSide.tags[index] === PLACE_OF_GENERIC_NAME,
      )
    ) {
      return { sim: 0.9, how: Likeness.Class };
    }
    // "United Tarvel University" / its Bengali label "ইউনাইটেড টারভেল ইউনিভার্সিটি" (since rules 1.69.0): a class word
    // that another script writes as the English word itself (org_words.yml class_loanwords) is that word, not a
    // translation, so a generic name written so is the same generic name, placed or not, as the Latin name written
    // twice would be.
    const reference = getReferenceData();
    const classToken = qk === Kind.Name ? ct : qt;
    if (reference.classLoanwords.size > 0 && (isClassLoanword(classToken) || isClassLoanword(nameToken))) {
      const loanClass = nameClass ?? reference.classTrie.next.get(tokenKey(nameToken.orig))?.value;
      if (loanClass !== undefined && classSetOf(loanClass).some((group) => classSetOf(classTag).includes(group))) {
        return { sim: 0.9, how: Likeness.Class };
      }
    }
  }
  if (
    qk === Kind.Name &&
    ck === Kind.Name &&
    query.mode === 'org' &&
    qt.text !== ct.text &&
    (qt.text.startsWith(ct.text) || ct.text.startsWith(qt.text))
  ) {
    // "CHINA NUCLEAR CORPORATION" / "… CORP": in a name of class words only (read as name words), a class
    // word and its abbreviation of one class are still one word.
    // (A prefix pair of an organisation's words reaches here often: each word's class is kept on it.)
    const qClass = wordClassOf(qt);
    const cClass = wordClassOf(ct);
    if (
      qClass !== undefined &&
      cClass !== undefined &&
      classSetOf(qClass).some((group) => classSetOf(cClass).includes(group))
    ) {
      return { sim: 0.9, how: Likeness.Class };
    }
  }
  if (query.mode === 'org' && qt.text !== ct.text) {
    // Forms of one deciding word ("Northwest"/"Northwestern") or of one country ("Chinese"/"China") agree,
    // and so do one word's translations and one place's names ("Santé"/"Health", "München"/"Munich").
    const qGroup = wordMeaning(qt);
    const cGroup = wordMeaning(ct);
    if (qGroup !== null && qGroup === cGroup) {
      return { sim: 1, how: Likeness.Synonym };
    }
    // A Hebrew word is read loosely (its letters leave out most vowels): where both words are cities' names of
    // the tables, the tables decide (since rules 1.50.0), so "חיפה" is Haifa and never the likeness of "Hefei".
    if (
      qGroup?.startsWith('place:') === true &&
      cGroup?.startsWith('place:') === true &&
      (HEBREW_LETTERS.test(qt.orig) || HEBREW_LETTERS.test(ct.orig))
    ) {
      return { sim: 0, how: Likeness.None };
    }
    // Two listed countries or places (since rules 1.92.0): "Austria" is never "Australia".
    if (qGroup !== null && cGroup !== null && namesListedPlace(qt, qGroup) && namesListedPlace(ct, cGroup)) {
      return { sim: 0, how: Likeness.None };
    }
  }
  if (qk === Kind.Particle && ck === Kind.Particle && query.tags[qi] === candidate.tags[ci]) {
    return { sim: 1, how: qt.text === ct.text ? Likeness.Exact : Likeness.Synonym };
  }
  if (query.mode === 'org' && (truncationOf(qt, ct, candidate, ci) || truncationOf(ct, qt, query, qi))) {
    return { sim: TRUNCATION_SIMILARITY, how: Likeness.Cognate };
  }
  const likeness = cache ? cache.get(qt, ct, person) : wordLikeness(qt, ct, person);
  if (person && (isCompoundSyllable(query, qi) || isCompoundSyllable(candidate, ci)) && !sameSyllable(likeness)) {
    // A syllable of "Mi-kyung" is the same syllable or another name: "kyung" is not "chung".
    return { sim: 0, how: Likeness.None };
  }
  return likeness;
}

/**
 * The word-pair likenesses of one query's names already worked out, per query name and word place, by the
 * candidate's word: the names a query blocks share words, and each comparison scores every pair of words
 * again. `pairLikeness` reads, of the candidate's side, only the word (an interned object whose facts do
 * not change), its kind and tag and the name's mode (through `isCompoundSyllable` and `truncationOf`, which
 * read the same kind and tag); all else it reads is the query name's, fixed for one query name object, or
 * reference data read once per process (the meaning groups and the likeness cache only remember). So a
 * likeness is reused only for the same word object with the same kind, tag and mode: the same answer.
 * One per query (`NameComparisons`): the query's names are keys by identity.
 */
export class PairLikenesses {
  private readonly byQueryName = new Map<PreparedName, (Map<TokenInfo, MetPair> | undefined)[]>();

  /** Per word place of the query name, the likenesses met so far (filled by `metPairLikeness`). */
  rowsOf(query: PreparedName): (Map<TokenInfo, MetPair> | undefined)[] {
    let rows = this.byQueryName.get(query);
    if (!rows) {
      rows = [];
      this.byQueryName.set(query, rows);
    }
    return rows;
  }
}

/** A likeness met, for one candidate word with one kind, tag and name mode; the word's others follow. */
interface MetPair {
  kind: number;
  tag: number;
  mode: NameMode;
  likeness: TokenLikeness;
  next: MetPair | undefined;
}

/** `pairLikeness`, or the one met before for the same candidate word, kind, tag and mode (see `PairLikenesses`). */
function metPairLikeness(
  row: Map<TokenInfo, MetPair>,
  query: PreparedName,
  qi: number,
  candidate: PreparedName,
  ci: number,
  cache?: LikenessCache,
): TokenLikeness {
  const word = candidate.tokens[ci];
  const kind = candidate.kinds[ci];
  const tag = candidate.tags[ci];
  const first = row.get(word);
  for (let met = first; met !== undefined; met = met.next) {
    if (met.kind === kind && met.tag === tag && met.mode === candidate.mode) {
      return met.likeness;
    }
  }
  const likeness = pairLikeness(query, qi, candidate, ci, cache);
  row.set(word, { kind, tag, mode: candidate.mode, likeness, next: first });
  return likeness;
}

/** A word cut short against the word it abbreviates: one word, a little below its spelled-out form. */
const TRUNCATION_SIMILARITY = 0.85;
/** Fewest letters of a word cut short ("Sci", "Acad"), and fewest letters it must leave out. */
const TRUNCATION_MIN = 3;
const TRUNCATION_LEFT_OUT = 2;

/**
 * "Acad Sci", "Inst. Org. Chem.": a word cut short ("Sci") against the word it begins ("Sciences") when that
 * word is vocabulary, not a name: a class word (org_types, symbols.yml), a field or other deciding word,
 * or a word of known meaning (org_word_meanings.yml). A brand is never cut short ("Star" is not "Starlight"),
 * and a word that is itself vocabulary is no abbreviation ("Art" is not "Artificial").
 */
function truncationOf(short: TokenInfo, long: TokenInfo, longName: PreparedName, longIndex: number): boolean {
  if (
    short.script !== Script.Latin ||
    long.script !== Script.Latin ||
    short.text.length < TRUNCATION_MIN ||
    long.text.length < short.text.length + TRUNCATION_LEFT_OUT ||
    !long.text.startsWith(short.text)
  ) {
    return false;
  }
  const reference = getReferenceData();
  const vocabulary = (text: string) =>
    decidingGroupOf(text) !== undefined ||
    reference.wordMeanings.has(text) ||
    reference.classTrie.next.get(text)?.value !== undefined;
  return (longName.kinds[longIndex] === Kind.Class || vocabulary(long.text)) && !vocabulary(short.text);
}

/**
 * "UQuarrow" / "Quarrow University" (since rules 1.18.0; "QuarrowU" since 1.41.0): a capital letter written onto a
 * capitalised name word (org_words.yml class_letters), read as a word of its own before it (or after it), stands for the one word left free in the
 * other name when that is a class word of the letter's groups and the name word is aligned.
 */
function classLetterWords(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): void {
  // One side's one free word is the class word; the other side has none free, or (a letter written last,
  // "QuarrowU", read as a word of the name) only the letter.
  for (const nameIsQuery of [false, true]) {
    const [name, nameFree, other, otherFree] = nameIsQuery
      ? [query, qFree, candidate, cFree]
      : [candidate, cFree, query, qFree];
    if (
      otherFree.size === 1 &&
      nameFree.size <= 1 &&
      classLetterWord(name, nameFree, other, otherFree, nameIsQuery, pairs)
    ) {
      return;
    }
  }
}

function classLetterWord(
  name: PreparedName,
  nameFree: Set<number>,
  other: PreparedName,
  otherFree: Set<number>,
  nameIsQuery: boolean,
  pairs: AlignedPair[],
): boolean {
  const letters = getReferenceData().classLetters;
  const classIndex = [...otherFree][0];
  if (other.kinds[classIndex] !== Kind.Class) {
    return false;
  }
  const groups = classSetOf(other.tags[classIndex]);
  const side = nameIsQuery ? 'query' : 'candidate';
  // The letter before the word ("UQuarrow"), or, since rules 1.41.0, after it ("QuarrowU").
  const written = [
    ...[...name.raw.matchAll(LETTER_ON_WORD)].map((match) => ({ letter: match[1], word: match[2], step: 1 })),
    ...[...name.raw.matchAll(WORD_WITH_LETTER)].map((match) => ({ letter: match[2], word: match[1], step: -1 })),
  ];
  for (const { letter, word, step } of written) {
    const forGroups = letters.get(letter);
    if (!forGroups || !groups.some((group) => forGroups.has(group))) {
      continue;
    }
    const wordText = word.toLowerCase();
    const letterIndex = name.tokens.findIndex(
      (token, index) =>
        token.text === letter.toLowerCase() &&
        index + step >= 0 &&
        index + step < name.tokens.length &&
        name.tokens[index + step].orig === wordText &&
        pairs.some((pair) => pair[side].includes(index + step)),
    );
    if (letterIndex < 0 || (nameFree.size > 0 && !nameFree.has(letterIndex))) {
      continue;
    }
    otherFree.delete(classIndex);
    nameFree.delete(letterIndex);
    pairs.push({
      query: nameIsQuery ? [letterIndex] : [classIndex],
      candidate: nameIsQuery ? [classIndex] : [letterIndex],
      sim: CLASS_LETTER_SIMILARITY,
      how: Likeness.Initial,
    });
    return true;
  }
  return false;
}

/** A capital letter, not after a letter, written onto a capitalised word of small letters ("UQuarrow"). */
const LETTER_ON_WORD = /(?<![\p{L}\p{N}])(\p{Lu})(\p{Lu}\p{Ll}+)/gu;

/** A capitalised word of small letters with a capital letter written onto its end, not before a letter ("QuarrowU"). */
const WORD_WITH_LETTER = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(\p{Lu})(?![\p{L}\p{N}])/gu;

/** Likeness of a class word's capital letter written onto a name word against the class word. */
const CLASS_LETTER_SIMILARITY = 0.9;

/** Fewest letters of a name word that a class word is written onto ("Quarrowfonden"). */
const CLASS_SUFFIX_STEM_MIN = 3;

/**
 * "Quarrowfonden" / "Quarrow Foundation", "Tarvelstiftelsen" / "Tarvel Foundation" (since rules 1.18.0): a name word
 * aligned with the word that begins it, whose rest is a class word (a Nordic, German or Dutch compound), takes
 * the free class word beside its partner when that is a class word of the same group: one word written joined.
 */
function joinClassSuffixes(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): void {
  const classTrie = getReferenceData().classTrie;
  for (let position = 0; position < pairs.length; position++) {
    const pair = pairs[position];
    if (pair.query.length !== 1 || pair.candidate.length !== 1) {
      continue;
    }
    const queryWord = query.tokens[pair.query[0]];
    const candidateWord = candidate.tokens[pair.candidate[0]];
    if (queryWord.script !== Script.Latin || candidateWord.script !== Script.Latin) {
      continue;
    }
    const queryShort = queryWord.text.length < candidateWord.text.length;
    const [short, shortFree, shortIndex, longText] = queryShort
      ? [query, qFree, pair.query[0], candidateWord.text]
      : [candidate, cFree, pair.candidate[0], queryWord.text];
    const stem = short.tokens[shortIndex].text;
    if (stem.length < CLASS_SUFFIX_STEM_MIN || !longText.startsWith(stem) || short.kinds[shortIndex] !== Kind.Name) {
      continue;
    }
    const suffixClass = classTrie.next.get(longText.slice(stem.length))?.value;
    if (suffixClass === undefined) {
      continue;
    }
    const groups = classSetOf(suffixClass);
    const beside = [shortIndex + 1, shortIndex - 1].find(
      (index) =>
        shortFree.has(index) &&
        short.kinds[index] === Kind.Class &&
        classSetOf(short.tags[index]).some((group) => groups.includes(group)),
    );
    if (beside === undefined) {
      continue;
    }
    shortFree.delete(beside);
    const run = beside < shortIndex ? [beside, shortIndex] : [shortIndex, beside];
    pairs[position] = {
      query: queryShort ? run : pair.query,
      candidate: queryShort ? pair.candidate : run,
      sim: JOINED_CLASS_SUFFIX_SIMILARITY,
      how: Likeness.Joined,
    };
  }
}

/** Likeness of a name word and a class word against the one word that writes them joined. */
const JOINED_CLASS_SUFFIX_SIMILARITY = 0.95;

/** Fewest letters of each of the two table words a compound is read as ("sport", "medizin"). */
const COMPOUND_PART_MIN = 4;

/** A word of the other name that a half of a compound may be: its meaning or deciding group, its class groups. */
interface CompoundChoice {
  index: number;
  group: string | null;
  classes: number[];
}

/** The words of `name` among `indices` that are table words (a meaning, deciding or class word). */
function compoundChoices(name: PreparedName, indices: number[]): CompoundChoice[] {
  const choices: CompoundChoice[] = [];
  for (const index of indices) {
    const group = wordMeaning(name.tokens[index]);
    const classes = name.kinds[index] === Kind.Class ? classSetOf(name.tags[index]) : [];
    if (group !== null || classes.length > 0) {
      choices.push({ index, group, classes });
    }
  }
  return choices;
}

/**
 * A half of a compound as a table word: its deciding, country or meaning group as written (not a place's case
 * form), or its class groups. Asked once per word and cut (`compoundCutsOf` keeps the word's cuts).
 */
function compoundPartOf(text: string): CompoundPart {
  const reference = getReferenceData();
  const partClass = reference.classTrie.next.get(text)?.value;
  return {
    group: decidingGroupOf(text) ?? reference.countryForms.get(text) ?? reference.wordMeanings.get(text) ?? null,
    classes: partClass === undefined ? [] : classSetOf(partClass),
  };
}

/** Whether a half of a compound is a table word at all: one that agrees with no choice is not kept. */
function isTableWord(part: CompoundPart): boolean {
  return part.group !== null || part.classes.length > 0;
}

/** No cut: shared by the words that have none (most), never changed. */
const NO_COMPOUND_CUTS: CompoundCut[] = [];

/** A word's cuts into two table words (`splitCompound`), kept on the word once asked. */
function compoundCutsOf(token: TokenInfo): CompoundCut[] {
  if (token.compoundCuts === undefined) {
    token.compoundCuts = readCompoundCuts(token.text);
  }
  return token.compoundCuts;
}

/**
 * The places, first to last, where `text` cuts into a second half that is a table word and a first half that is
 * one with or without a linking "s" (the first without it after the first with it).
 */
function readCompoundCuts(text: string): CompoundCut[] {
  const cuts: CompoundCut[] = [];
  for (let cut = COMPOUND_PART_MIN; cut <= text.length - COMPOUND_PART_MIN; cut++) {
    const head = compoundPartOf(text.slice(cut));
    if (!isTableWord(head)) {
      continue;
    }
    const start = text.slice(0, cut);
    const starts = [start];
    if (start.endsWith('s') && cut > COMPOUND_PART_MIN) {
      starts.push(start.slice(0, -1));
    }
    const parts = starts.map(compoundPartOf).filter(isTableWord);
    if (parts.length > 0) {
      cuts.push({ head, starts: parts });
    }
  }
  return cuts.length > 0 ? cuts : NO_COMPOUND_CUTS;
}

/** Whether a half of a compound is the table word `choice`: one group of meaning, or of class. */
function compoundPartAgrees(part: CompoundPart, choice: CompoundChoice): boolean {
  if (choice.group !== null && part.group === choice.group) {
    return true;
  }
  return part.classes.some((found) => choice.classes.includes(found));
}

/**
 * "Universitätsmedizin" / "University Medicine", "Sozialwissenschaft" / "Social Science", "Kutatóközpont" /
 * "Research Centre" (since rules 1.38.0): a German, Dutch, Nordic or Hungarian compound of two table words (a
 * meaning, deciding or class word each, the first with or without the linking "s") against those two words
 * written apart in the other name. The compound is free, or aligned with one of the two (by its stem) while the
 * other is free. Both halves must be table words: a name word is never split off ("Quarrowmedizin" is no
 * "Quarrow Medicine").
 */
function joinCompoundWords(
  left: PreparedName,
  leftFree: Set<number>,
  right: PreparedName,
  rightFree: Set<number>,
  leftIsQuery: boolean,
  pairs: AlignedPair[],
): void {
  const [leftSide, rightSide] = leftIsQuery ? (['query', 'candidate'] as const) : (['candidate', 'query'] as const);
  for (let index = 0; index < left.tokens.length; index++) {
    const token = left.tokens[index];
    if (
      token.script !== Script.Latin ||
      token.text.length < 2 * COMPOUND_PART_MIN ||
      rightFree.size === 0 ||
      compoundCutsOf(token).length === 0
    ) {
      continue;
    }
    const free = leftFree.has(index);
    const position = free
      ? -1
      : pairs.findIndex(
          (pair) => pair[leftSide].length === 1 && pair[leftSide][0] === index && pair[rightSide].length === 1,
        );
    if (!free && position < 0) {
      continue;
    }
    const partner = position >= 0 ? pairs[position][rightSide][0] : undefined;
    const choices = compoundChoices(right, partner === undefined ? [...rightFree] : [partner, ...rightFree]);
    if (choices.length < 2 || (partner !== undefined && choices[0].index !== partner)) {
      continue;
    }
    const found = splitCompound(compoundCutsOf(token), choices, partner);
    if (!found) {
      continue;
    }
    const run = [...found].sort((a, b) => a - b);
    for (const taken of run) {
      rightFree.delete(taken);
    }
    const joined: AlignedPair = {
      query: leftIsQuery ? [index] : run,
      candidate: leftIsQuery ? run : [index],
      sim: JOINED_CLASS_SUFFIX_SIMILARITY,
      how: Likeness.Joined,
      compound: true,
    };
    if (free) {
      leftFree.delete(index);
      pairs.push(joined);
    } else {
      pairs[position] = joined;
    }
  }
}

/**
 * Two of `choices` (one of them `partner` when given) that the halves of a word agree with (compoundPartAgrees),
 * the first half with or without a linking "s", or undefined; `cuts` are the word's (`compoundCutsOf`).
 */
function splitCompound(
  cuts: CompoundCut[],
  choices: CompoundChoice[],
  partner: number | undefined,
): [number, number] | undefined {
  for (const { head, starts } of cuts) {
    const heads = choices.filter((choice) => compoundPartAgrees(head, choice));
    if (heads.length === 0) {
      continue;
    }
    for (const start of starts) {
      for (const first of choices) {
        if (!compoundPartAgrees(start, first)) {
          continue;
        }
        const second = heads.find(
          (choice) =>
            choice !== first && (partner === undefined || first.index === partner || choice.index === partner),
        );
        if (second) {
          return [first.index, second.index];
        }
      }
    }
  }
  return undefined;
}

/** Fewest other words cut short in a name that make it a name written in abbreviations ("Acad Sci, Inst … Mech"). */
const ABBREVIATED_NAME_WORDS = 2;

/**
 * "Inst. Quarv." / "Instituto de Quarvología", "Acad Sci, Inst Quarv & Appl Mech" / "… Applied Mechanics" (since
 * rules 1.18.0): a free word cut short against the free word it begins, any word, when the short one is
 * written as an abbreviation: with a full stop after it, or in a name that cuts short at least
 * ABBREVIATED_NAME_WORDS other words aligned so. `truncationOf` takes only vocabulary ("Star" is not
 * "Starlight"); a name written in abbreviations cuts its name words short too.
 */
function abbreviatedWords(
  short: PreparedName,
  shortFree: Set<number>,
  long: PreparedName,
  longFree: Set<number>,
  shortIsQuery: boolean,
  pairs: AlignedPair[],
): void {
  const shortSide = shortIsQuery ? 'query' : 'candidate';
  const longSide = shortIsQuery ? 'candidate' : 'query';
  let cutShort = -1;
  for (const shortIndex of ascending(shortFree)) {
    const word = short.tokens[shortIndex];
    if (word.script !== Script.Latin || word.text.length < TRUNCATION_MIN || short.kinds[shortIndex] === Kind.Acronym) {
      continue;
    }
    const longIndex = ascending(longFree).find((index) => {
      const text = long.tokens[index].text;
      return (
        long.tokens[index].script === Script.Latin &&
        (long.kinds[index] === Kind.Name || long.kinds[index] === Kind.Class) &&
        text.length >= word.text.length + TRUNCATION_LEFT_OUT &&
        text.startsWith(word.text)
      );
    });
    if (longIndex === undefined) {
      continue;
    }
    if (cutShort < 0) {
      cutShort = pairs.filter((pair) => {
        if (pair.query.length !== 1 || pair.candidate.length !== 1) {
          return false;
        }
        const shortText = short.tokens[pair[shortSide][0]].text;
        const longText = long.tokens[pair[longSide][0]].text;
        return longText.length > shortText.length && longText.startsWith(shortText);
      }).length;
    }
    if (cutShort < ABBREVIATED_NAME_WORDS && !writtenWithFullStop(short.raw, word.orig)) {
      continue;
    }
    shortFree.delete(shortIndex);
    longFree.delete(longIndex);
    pairs.push({
      query: shortIsQuery ? [shortIndex] : [longIndex],
      candidate: shortIsQuery ? [longIndex] : [shortIndex],
      sim: TRUNCATION_SIMILARITY,
      how: Likeness.Cognate,
    });
  }
}

/** Whether `word` stands in `raw` as a word of its own with a full stop after it ("Geof."). */
function writtenWithFullStop(raw: string, word: string): boolean {
  const text = raw.toLowerCase();
  for (let at = text.indexOf(word + '.'); at >= 0; at = text.indexOf(word + '.', at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1])) {
      return true;
    }
  }
  return false;
}

/** Likeness of two class words of one kind of body ("Society"/"Association"): related, below one class word. */
const CLASS_KIN_SIMILARITY = 0.8;

/**
 * The initials of a namesake written before a surname: the words of one name before its first aligned
 * word, when the other name begins with that word's partner, the first aligned word is a name word, and
 * the words before it are initials (one letter, or dotted initials read as a short acronym) with at most
 * one name word after them ("J. David Quarrow Institutes", "S. M. Tarvel Academy"). Left out of `free`.
 * Since rules 1.57.0 the other name may write the given names those initials stand for after the surname, in
 * Hungarian order ("J. Quarrow University" / "Quarrow János University"), and given names of given_names.tsv
 * may stand for the initials (`namesakeGivenNames`).
 */
function namesakeInitials(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): Namesake | undefined {
  for (const side of ['query', 'candidate'] as const) {
    const [name, free, other, otherFree] =
      side === 'query' ? [query, qFree, candidate, cFree] : [candidate, cFree, query, qFree];
    const otherSide = side === 'query' ? 'candidate' : 'query';
    const first = pairs.reduce(
      (best, pair) => (Math.min(...pair[side]) < Math.min(...best[side]) ? pair : best),
      pairs[0],
    );
    if (
      !first ||
      first.how !== Likeness.Exact ||
      first[side].length !== 1 ||
      name.kinds[first[side][0]] !== Kind.Name
    ) {
      continue;
    }
    const start = first[side][0];
    const otherComparable = comparableIndices(other);
    if (otherComparable[0] !== first[otherSide][0]) {
      continue;
    }
    const before = comparableIndices(name).filter((index) => index < start);
    if (before.length === 0 || before.some((index) => !free.has(index))) {
      continue;
    }
    const initial = (index: number) => namesakeInitialAt(name, index);
    const initials = before.filter(initial);
    const given = before.filter((index) => !initial(index));
    const ordered = given.every((index) => index === before[before.length - 1] && name.kinds[index] === Kind.Name);
    if (initials.length === 0 || given.length > 1 || !ordered) {
      continue;
    }
    before.forEach((index) => free.delete(index));
    const after = given.length === 0 ? givenNamesAfter(other, otherFree, first[otherSide][0], name, initials) : [];
    after.forEach((index) => otherFree.delete(index));
    return { side, words: before, otherWords: after };
  }
  return namesakeGivenNames(query, qFree, candidate, cFree, pairs);
}

/** Initials of a namesake: one letter (not a digit), or dotted ("S. M.", one short acronym) in a name not all in capitals. */
function namesakeInitialAt(name: PreparedName, index: number): boolean {
  // In a name written all in capitals any short word reads as an acronym ("NEW"); a country's abbreviation
  // ("U.S.", "UK") written first is no namesake's initials.
  const dotted = name.raw.includes('.') && /\p{Ll}/u.test(name.raw);
  // A number ("1", "first" read as "1") is no one's initial: it is the body's series number (since rules 1.66.0).
  return (
    /^\p{L}$/u.test(name.tokens[index].text) ||
    (dotted &&
      name.kinds[index] === Kind.Acronym &&
      name.tokens[index].text.length <= 3 &&
      !getReferenceData().orgCountryWords.has(name.tokens[index].text))
  );
}

/** The letters of a namesake's initials, in order ("S. M." gives "sm"). */
function initialLetters(name: PreparedName, indices: number[]): string {
  return indices.map((index) => name.tokens[index].text).join('');
}

/**
 * A word that may be a namesake's surname: a name word in Latin letters that is no country, subdivision's or
 * deciding word and has no meaning in org_word_meanings.yml (no place, and no word of a field: "Cancer").
 */
function namesakeWordAt(name: PreparedName, index: number): boolean {
  const text = name.tokens[index].text;
  const reference = getReferenceData();
  return (
    name.kinds[index] === Kind.Name &&
    name.tokens[index].script === Script.Latin &&
    !reference.orgCountryWords.has(text) &&
    !reference.countryForms.has(text) &&
    !reference.subdivisionWords.has(text) &&
    wordMeaning(name.tokens[index]) === null &&
    wordDecidingGroup(name.tokens[index]) === undefined
  );
}

/**
 * A given name of given_names.tsv (which lists no place, class or other organisation word), written as a name word
 * in Latin letters.
 */
function givenNameAt(name: PreparedName, index: number): boolean {
  return (
    name.kinds[index] === Kind.Name &&
    name.tokens[index].script === Script.Latin &&
    getReferenceData().givenNames.has(name.tokens[index].text)
  );
}

/**
 * Given names (given_names.tsv) written directly after the surname `at` in `name`, free, whose first letters are
 * `initials` of `other` in order: "Quarrow János University" for "J. Quarrow University" (since rules 1.57.0).
 */
function givenNamesAfter(
  name: PreparedName,
  free: Set<number>,
  at: number,
  other: PreparedName,
  initials: number[],
): number[] {
  const letters = initialLetters(other, initials);
  const comparable = comparableIndices(name);
  const after = comparable.slice(comparable.indexOf(at) + 1, comparable.indexOf(at) + 1 + letters.length);
  const agree =
    after.length === letters.length &&
    after.every(
      (index, position) =>
        free.has(index) && givenNameAt(name, index) && name.tokens[index].text[0] === letters[position],
    );
  return agree ? after : [];
}

/** Given names before a shared surname at most: "Leona M. and Tobias B. Quarrow Trust" holds four. */
const NAMESAKE_GIVEN_WORDS = 4;

/**
 * The given names (and initials) of the person a body is named after, written before a surname both names share,
 * in one name only (since rules 1.57.0): "Emily and Tobias Quarrow Foundation" / "Quarrow Foundation", "Institut
 * Anna-Lise Quarrow" / "Institut Quarrow". The surname is aligned alike on both sides, a name word that is no place,
 * country, deciding word, given name of given_names.tsv ("<Given> Anna Foundation" / "Anna Foundation" may be
 * two persons) or common English word of english_words.tsv ("Jefferson Community College" / "Community College");
 * the words before it, free, are given names of given_names.tsv (at least one no common English word: "Young",
 * "Grant" are words too) or initials, joined only by org_words.yml namesake_joiners; the aligned words
 * before them are the other name's before the surname, and the other name writes nothing before the surname but
 * the initials of the same given names ("A. Quarrow Trust" / "Anna Quarrow Trust"; "Tobias Quarrow Trust" /
 * "Emily Quarrow Trust" are two persons' bodies), and every other word of both names is aligned. Left out of `free`.
 */
function namesakeGivenNames(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): Namesake | undefined {
  const reference = getReferenceData();
  // Only between two bodies' names, each with a class word aligned ("Foundation", "Institut"): a person's name
  // with more given names is the person's rule.
  const classAligned = pairs.some(
    (pair) =>
      pair.query.every((index) => query.kinds[index] === Kind.Class) &&
      pair.candidate.every((index) => candidate.kinds[index] === Kind.Class),
  );
  if (reference.givenNames.size === 0 || query.mode !== 'org' || candidate.mode !== 'org' || !classAligned) {
    return undefined;
  }
  for (const side of ['query', 'candidate'] as const) {
    const [name, free, other, otherFree] =
      side === 'query' ? [query, qFree, candidate, cFree] : [candidate, cFree, query, qFree];
    const otherSide = side === 'query' ? 'candidate' : 'query';
    const comparable = comparableIndices(name);
    const otherComparable = comparableIndices(other);
    for (const pair of pairs) {
      if (pair.how !== Likeness.Exact || pair[side].length !== 1 || pair[otherSide].length !== 1) {
        continue;
      }
      const [surname, partner] = [pair[side][0], pair[otherSide][0]];
      if (
        !namesakeWordAt(name, surname) ||
        !namesakeWordAt(other, partner) ||
        reference.givenNames.has(name.tokens[surname].text) ||
        reference.englishWords.has(name.tokens[surname].text)
      ) {
        continue;
      }
      const at = comparable.indexOf(surname);
      let from = at;
      while (from > 0 && free.has(comparable[from - 1])) {
        from--;
      }
      const before = comparable.slice(from, at);
      const given = before.filter((index) => !namesakeInitialAt(name, index));
      if (
        before.length === 0 ||
        before.length > NAMESAKE_GIVEN_WORDS ||
        given.length === 0 ||
        !given.every((index) => givenNameAt(name, index)) ||
        given.every((index) => reference.englishWords.has(name.tokens[index].text))
      ) {
        continue;
      }
      // Nothing but joiners and initials (an initial may read as a stop word: "L.") between the given names and
      // the surname.
      let joined = true;
      for (let index = before[0] + 1; index < surname; index++) {
        const text = name.tokens[index].text;
        if (!before.includes(index) && !reference.namesakeJoiners.has(text) && text.length !== 1) {
          joined = false;
        }
      }
      // The aligned word before the given names is aligned with the word before the other name's surname; the
      // other name writes before its surname only the initials of the same given names, or nothing.
      const previous = from > 0 ? comparable[from - 1] : undefined;
      const otherAt = otherComparable.indexOf(partner);
      let otherFrom = otherAt;
      while (otherFrom > 0 && otherFree.has(otherComparable[otherFrom - 1])) {
        otherFrom--;
      }
      const otherBefore = otherComparable.slice(otherFrom, otherAt);
      const otherPrevious = otherFrom > 0 ? otherComparable[otherFrom - 1] : undefined;
      const neighbours =
        previous === undefined
          ? otherPrevious === undefined
          : otherPrevious !== undefined &&
            pairs.some((aligned) => aligned[side].includes(previous) && aligned[otherSide].includes(otherPrevious));
      // Its initials, those read as stop words too ("A."), are the given names' first letters.
      const otherLetters: number[] = [];
      for (let index = otherPrevious === undefined ? 0 : otherPrevious + 1; index < partner; index++) {
        if (
          otherBefore.includes(index) ||
          (other.tokens[index].text.length === 1 && !isComparable(other.kinds[index]))
        ) {
          otherLetters.push(index);
        }
      }
      const otherInitials =
        otherLetters.length === 0 ||
        (otherBefore.every((index) => namesakeInitialAt(other, index)) &&
          initialLetters(other, otherLetters) === before.map((index) => name.tokens[index].text[0]).join(''));
      // And the names agree otherwise: every other word aligned ("Tobias Quarrow College" / "Quarrow Institute"
      // stay two bodies).
      const whole = free.size === before.length && otherFree.size === otherBefore.length;
      if (!joined || !neighbours || !otherInitials || !whole) {
        continue;
      }
      before.forEach((index) => free.delete(index));
      otherBefore.forEach((index) => otherFree.delete(index));
      return { side, words: before, otherWords: otherBefore, given: true };
    }
  }
  return undefined;
}

/** Whether the word at `index` is a class word opening an honouree's clause (a group of `classes`). */
function opensHonoureeClause(name: PreparedName, index: number, classes: ReadonlySet<number>): boolean {
  return name.kinds[index] === Kind.Class && classSetOf(name.tags[index]).some((group) => classes.has(group));
}

/**
 * The clause naming the person a body honours, closing one name ("… named after A. B. Tarvel", "… imeni Tarvela":
 * org_words.yml honouree_clause_classes), when the other name is whole in the rest: every word of the other
 * name aligned (no class word for another of its group in the same script), a name word of the rest aligned (no
 * field or other deciding word), and the clause's words all free, a person's (name words,
 * initials), no class word but its opening words and no such clause in the other name (two honourees conflict).
 * A trailing segment's qualifier in the clause ("…, Tarvelburg") goes with it. Left out of `free`.
 */
function honoureeClause(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): ParentNamed | undefined {
  const classes = getReferenceData().honoureeClauseClasses;
  if (classes.size === 0 || qFree.size > 0 === cFree.size > 0) {
    return undefined;
  }
  const opens = (name: PreparedName, index: number) => opensHonoureeClause(name, index, classes);
  const [side, name, free, other] =
    qFree.size > 0 ? (['query', query, qFree, candidate] as const) : (['candidate', candidate, cFree, query] as const);
  const comparable = comparableIndices(name);
  const start = comparable.find((index) => opens(name, index));
  if (start === undefined || comparableIndices(other).some((index) => opens(other, index))) {
    return undefined;
  }
  const clause = comparable.filter((index) => index >= start);
  const person = clause.filter((index) => !opens(name, index) && name.kinds[index] !== Kind.Qualifier);
  const nameBefore = pairs.some((pair) =>
    pair[side].some(
      (index) =>
        index < start &&
        ((name.kinds[index] === Kind.Name && wordDecidingGroup(name.tokens[index]) === undefined) ||
          name.kinds[index] === Kind.Acronym),
    ),
  );
  // The rest must be the other name written alike or translated: another class word of one group in the same
  // script ("Technical" for "Technology") is another wording, often another body of the same place.
  const reworded = pairs.some(
    (pair) =>
      pair.how === Likeness.Class &&
      pair.query.length === 1 &&
      pair.candidate.length === 1 &&
      query.tokens[pair.query[0]].script === candidate.tokens[pair.candidate[0]].script,
  );
  if (
    reworded ||
    !nameBefore ||
    person.length === 0 ||
    clause.some((index) => !free.has(index)) ||
    !person.every((index) => personWordAt(name, index)) ||
    free.size !== clause.length
  ) {
    return undefined;
  }
  clause.forEach((index) => free.delete(index));
  return { side, words: clause };
}

/**
 * The word opening a clause that names the person a body honours ("имени", "им.", "імені": org_words.yml
 * honouree_clause_classes) and the initials after it, before a surname that the other name writes too, without such
 * a word (since rules 1.103.0): "Institute of Tarvel Studies named after A. B. Quarrow" written "A. B. Quarrow
 * Institute of Tarvel Studies" or "Quarrow Institute…" in the other. The surname is a name word aligned one to one
 * with a name word of the other name; between the opening word and it only initials; the other name's free initials
 * right before its surname, if any, are the clause's free initials' letters (both left out with the opening word).
 * Left out of `free`.
 */
function honoureeOpener(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): ParentNamed | undefined {
  const classes = getReferenceData().honoureeClauseClasses;
  const opens = (name: PreparedName, index: number) => opensHonoureeClause(name, index, classes);
  for (const side of ['query', 'candidate'] as const) {
    const [name, free, other, otherFree] =
      side === 'query' ? [query, qFree, candidate, cFree] : [candidate, cFree, query, qFree];
    const otherSide = side === 'query' ? 'candidate' : 'query';
    const comparable = comparableIndices(name);
    const at = comparable.findIndex((index) => opens(name, index) && free.has(index));
    const otherComparable = comparableIndices(other);
    if (at < 0 || otherComparable.some((index) => opens(other, index))) {
      continue;
    }
    let next = at + 1;
    while (next < comparable.length && namesakeInitialAt(name, comparable[next])) {
      next++;
    }
    const surname = comparable[next];
    const pair = pairs.find(
      (aligned) => aligned[side].length === 1 && aligned[side][0] === surname && aligned[otherSide].length === 1,
    );
    if (surname === undefined || !pair || name.kinds[surname] !== Kind.Name) {
      continue;
    }
    const partner = pair[otherSide][0];
    if (other.kinds[partner] !== Kind.Name) {
      continue;
    }
    // (Initials already aligned with the other name's stay so.)
    const initials = comparable.slice(at + 1, next).filter((index) => free.has(index));
    const position = otherComparable.indexOf(partner);
    let from = position;
    while (
      from > 0 &&
      otherFree.has(otherComparable[from - 1]) &&
      namesakeInitialAt(other, otherComparable[from - 1])
    ) {
      from--;
    }
    const otherInitials = otherComparable.slice(from, position);
    const letters = (named: PreparedName, indices: readonly number[]) =>
      indices.map((index) => named.tokens[index].text).join('');
    if (otherInitials.length > 0 && letters(other, otherInitials) !== letters(name, initials)) {
      continue;
    }
    const words = [comparable[at], ...initials];
    words.forEach((index) => free.delete(index));
    otherInitials.forEach((index) => otherFree.delete(index));
    return { side, words };
  }
  return undefined;
}

/**
 * "Quarrow Institute" / "Quarrow Institute for Tarvel Research", "Quarrow Foundation" / "Quarrow Foundation of
 * Science and Technology" (since rules 1.41.0): one name, in Latin letters, is the other whole, then a function
 * word (not "and") and words naming the body's purpose or field. Left out of `free` when the shorter name closes
 * with the class word the complement follows, of a group of org_words.yml purpose_complement_classes (not a
 * university's: "<X> University" and "<X> University of Technology" are two bodies in many countries; a general
 * field phrase after a namesake's university, college or institute is `fieldComplement`'s, since rules 1.51.0), the
 * aligned words keep their order, an own name word stands before it (a name word that is no place, country or
 * deciding word), and the complement's words are name or class words and no place or country; after a word
 * that is no purpose word (academic_field_purpose_words: "for", "für"…) they must be field or class words, and
 * no academic field word ("<X> Institute of Machinery" is a field institute). A parent named after "of" is read
 * first (`parentBodyNamed`), as are no related class words of one group in the same script.
 */
function purposeComplement(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): ParentNamed | undefined {
  if (qFree.size > 0 === cFree.size > 0 || pairs.length < 2) {
    return undefined;
  }
  const [side, name, free, other] =
    qFree.size > 0 ? (['query', query, qFree, candidate] as const) : (['candidate', candidate, cFree, query] as const);
  const otherSide = side === 'query' ? 'candidate' : 'query';
  const reference = getReferenceData();
  const aligned = pairs.flatMap((pair) => pair[side]);
  const last = Math.max(...aligned);
  const classes = name.kinds[last] === Kind.Class ? classSetOf(name.tags[last]) : [];
  const purposeClass = classes.some((group) => reference.purposeComplementClasses.has(group));
  const fieldClass = classes.some((group) => reference.fieldComplementClasses.has(group));
  if (!purposeClass && !fieldClass) {
    return undefined;
  }
  // The aligned words in the same order on both sides ("Quarrow Tarvel Institute" is not "Tarvel Quarrow Institute").
  const ordered = [...pairs].sort((a, b) => Math.min(...a[side]) - Math.min(...b[side]));
  if (ordered.some((pair, at) => at > 0 && Math.min(...pair[otherSide]) < Math.min(...ordered[at - 1][otherSide]))) {
    return undefined;
  }
  const lastPair = pairs.find((pair) => pair[side].includes(last));
  const otherComparable = comparableIndices(other);
  if (!lastPair || !lastPair[otherSide].includes(otherComparable[otherComparable.length - 1])) {
    return undefined;
  }
  const tail = comparableIndices(name).filter((index) => index > last);
  if (tail.length === 0 || tail.length !== free.size || tail.some((index) => !free.has(index))) {
    return undefined;
  }
  // A function word opens the complement, right after the class word; a name written in Latin letters only (a
  // Chinese or Japanese class word written in several characters leaves its other characters as function words).
  if (
    name.kinds[last + 1] !== Kind.Stop ||
    name.tokens[last + 1].text === 'and' ||
    [name, other].some((of) => of.tokens.some((token) => token.script !== Script.Latin))
  ) {
    return undefined;
  }
  const purpose = reference.academicFieldPurposeWords.has(name.tokens[last + 1].text);
  const place = (of: PreparedName, index: number) => {
    const text = of.tokens[index].text;
    return (
      of.kinds[index] === Kind.Qualifier ||
      reference.orgCountryWords.has(text) ||
      reference.countryForms.has(text) ||
      wordMeaning(of.tokens[index])?.startsWith('place:') === true
    );
  };
  if (fieldClass && other.mode === 'org' && fieldComplement(name, side, other, pairs, last, tail, place)) {
    tail.forEach((index) => free.delete(index));
    return { side, words: tail };
  }
  if (!purposeClass) {
    return undefined;
  }
  const ownName = pairs.some(
    (pair) =>
      pair[side].every((index) => index < last) &&
      pair[side].some(
        (index) =>
          name.kinds[index] === Kind.Name && wordDecidingGroup(name.tokens[index]) === undefined && !place(name, index),
      ) &&
      pair[otherSide].every((index) => !place(other, index)),
  );
  if (!ownName || other.mode !== 'org') {
    return undefined;
  }
  const vocabulary = (text: string) =>
    decidingGroupOf(text) !== undefined ||
    reference.wordMeanings.has(text) ||
    reference.classTrie.next.get(text)?.value !== undefined;
  const academicField = (index: number) =>
    name.kinds[index] === Kind.Class &&
    classSetOf(name.tags[index]).some((group) => reference.academicFieldClasses.has(group));
  const plain = (index: number) =>
    !place(name, index) &&
    (purpose || !academicField(index)) &&
    (name.kinds[index] === Kind.Class ||
      (name.kinds[index] === Kind.Name && (purpose || vocabulary(name.tokens[index].text))));
  if (!tail.every(plain)) {
    return undefined;
  }
  const reworded = pairs.some(
    (pair) =>
      pair.how === Likeness.Class &&
      pair.query.length === 1 &&
      pair.candidate.length === 1 &&
      query.tokens[pair.query[0]].script === candidate.tokens[pair.candidate[0]].script,
  );
  if (reworded) {
    return undefined;
  }
  tail.forEach((index) => free.delete(index));
  return { side, words: tail };
}

/**
 * "Quarrow Medical College" / "Quarrow Medical College and Teaching Hospital", "Quarrow Cancer Center" / "Quarrow
 * Cancer Center and Research Institute" (since rules 1.64.0): one name, in Latin letters, is the other whole, then a
 * joiner (org_words.yml joined_institution_joiners) and a second institution the body runs, named by class words (and
 * joined_institution_words) only, the last of a group of joined_institution_classes. The shorter name closes with a
 * class word of joined_institution_hosts aligned with the other's last word before the joiner, the aligned words keep
 * their order, and an own name word (no place, country or deciding word) is aligned. A field after "and" ("… of
 * Physics and Engineering") is no institution and is left to the score.
 */
function joinedInstitutionAfter(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): ParentNamed | undefined {
  if (qFree.size > 0 === cFree.size > 0 || pairs.length < 2) {
    return undefined;
  }
  const [side, name, free, other] =
    qFree.size > 0 ? (['query', query, qFree, candidate] as const) : (['candidate', candidate, cFree, query] as const);
  const otherSide = side === 'query' ? 'candidate' : 'query';
  const reference = getReferenceData();
  if (other.mode !== 'org' || [name, other].some((of) => of.tokens.some((token) => token.script !== Script.Latin))) {
    return undefined;
  }
  const last = Math.max(...pairs.flatMap((pair) => pair[side]));
  if (
    name.kinds[last] !== Kind.Class ||
    !classSetOf(name.tags[last]).some((group) => reference.joinedInstitutionHosts.has(group)) ||
    name.kinds[last + 1] !== Kind.Stop ||
    !reference.joinedInstitutionJoiners.has(name.tokens[last + 1].text)
  ) {
    return undefined;
  }
  const ordered = [...pairs].sort((a, b) => Math.min(...a[side]) - Math.min(...b[side]));
  if (ordered.some((pair, at) => at > 0 && Math.min(...pair[otherSide]) < Math.min(...ordered[at - 1][otherSide]))) {
    return undefined;
  }
  const lastPair = pairs.find((pair) => pair[side].includes(last));
  const otherComparable = comparableIndices(other);
  if (!lastPair || !lastPair[otherSide].includes(otherComparable[otherComparable.length - 1])) {
    return undefined;
  }
  const tail = comparableIndices(name).filter((index) => index > last);
  if (tail.length === 0 || tail.length !== free.size || tail.some((index) => !free.has(index))) {
    return undefined;
  }
  const closing = tail[tail.length - 1];
  if (
    name.kinds[closing] !== Kind.Class ||
    !classSetOf(name.tags[closing]).some((group) => reference.joinedInstitutionClasses.has(group)) ||
    !tail.every(
      (index) => name.kinds[index] === Kind.Class || reference.joinedInstitutionWords.has(name.tokens[index].text),
    )
  ) {
    return undefined;
  }
  const place = (of: PreparedName, index: number) => {
    const text = of.tokens[index].text;
    return (
      of.kinds[index] === Kind.Qualifier ||
      reference.orgCountryWords.has(text) ||
      reference.countryForms.has(text) ||
      wordMeaning(of.tokens[index])?.startsWith('place:') === true
    );
  };
  const ownName = pairs.some((pair) =>
    pair[side].some(
      (index) =>
        name.kinds[index] === Kind.Name && wordDecidingGroup(name.tokens[index]) === undefined && !place(name, index),
    ),
  );
  if (!ownName) {
    return undefined;
  }
  tail.forEach((index) => free.delete(index));
  return { side, words: tail };
}

/**
 * "Province of Quarrowland" / "Quarrowland", "Quarrowland Provincial Education Department" / "Quarrowland Education
 * Department" (since rules 1.64.0): every word one name alone writes is a word of org_words.yml subdivision_form_words,
 * standing next to (function words between allowed) an aligned word of a subdivision's name (subdivision_names.tsv)
 * that is no city or country; the names in Latin letters. The form says which body the name's place is; the other
 * name's bare subdivision name is the same one.
 */
function subdivisionFormWords(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): ParentNamed | undefined {
  if (qFree.size > 0 === cFree.size > 0 || pairs.length === 0) {
    return undefined;
  }
  const [side, name, free, other] =
    qFree.size > 0 ? (['query', query, qFree, candidate] as const) : (['candidate', candidate, cFree, query] as const);
  const reference = getReferenceData();
  const { tokens, kinds } = name;
  if ([name, other].some((of) => of.tokens.some((token) => token.script !== Script.Latin))) {
    return undefined;
  }
  const form = [...free].sort((a, b) => a - b);
  if (!form.every((index) => reference.subdivisionFormWords.has(tokens[index].text))) {
    return undefined;
  }
  const aligned = new Set(pairs.flatMap((pair) => pair[side]));
  const subdivision = (index: number) =>
    index >= 0 &&
    index < tokens.length &&
    aligned.has(index) &&
    kinds[index] === Kind.Name &&
    reference.subdivisionWords.has(tokens[index].text) &&
    !reference.orgCountryWords.has(tokens[index].text) &&
    !reference.countryForms.has(tokens[index].text) &&
    (wordMeaning(tokens[index])?.startsWith('place:') !== true ||
      wordMeaning(tokens[index])?.startsWith(SUBDIVISION_PLACE) === true);
  // The nearest word on either side, past function words only.
  const beside = (index: number, step: number) => {
    let next = index + step;
    while (next >= 0 && next < tokens.length && kinds[next] === Kind.Stop) {
      next += step;
    }
    return next;
  };
  if (!form.every((index) => subdivision(beside(index, 1)) || subdivision(beside(index, -1)))) {
    return undefined;
  }
  form.forEach((index) => free.delete(index));
  return { side, words: form };
}

/**
 * "Quarrow University" / "Quarrow University of Science and Technology" (since rules 1.51.0; purposeComplement's
 * checks of order and of the aligned last words made): the words after the class word are a general field phrase
 * (org_words.yml field_complement_openers, then field_complement_words and "and"), and every aligned word before
 * the class word, on both sides, is the same name word (spelt alike: a spelling variant and a field phrase left out
 * are two doubts) that is no place, country, subdivision's word (subdivision_names.tsv), deciding word or
 * qualifier: places and fields decide ("<City> University of Technology" is not "<City> University"), a
 * namesake's name does not.
 */
function fieldComplement(
  name: PreparedName,
  side: 'query' | 'candidate',
  other: PreparedName,
  pairs: AlignedPair[],
  last: number,
  tail: number[],
  place: (of: PreparedName, index: number) => boolean,
): boolean {
  const reference = getReferenceData();
  if (!reference.fieldComplementOpeners.has(name.tokens[last + 1].text)) {
    return false;
  }
  const otherSide = side === 'query' ? 'candidate' : 'query';
  // A listed place's case form is a place too: "<Region>n University" is the region's (rules 1.51.0's gate).
  const own = (of: PreparedName, index: number) =>
    of.kinds[index] === Kind.Name &&
    !place(of, index) &&
    !reference.subdivisionWords.has(of.tokens[index].text) &&
    wordDecidingGroup(of.tokens[index]) === undefined;
  const before = pairs.filter((pair) => pair[side].every((index) => index < last));
  if (
    pairs.some((pair) => pair.how === Likeness.Class) ||
    before.length === 0 ||
    before.length !== pairs.length - 1 ||
    before.some(
      (pair) =>
        pair.how !== Likeness.Exact ||
        !pair[side].every((index) => own(name, index)) ||
        !pair[otherSide].every((index) => own(other, index)),
    )
  ) {
    return false;
  }
  return tail.every((index) => reference.fieldComplementWords.has(name.tokens[index].text));
}

/**
 * A word of a person's name: a name word, initials, or a number (one letter of initials read as a Roman
 * numeral, "N. I. Tarvel"; a date honoured).
 */
function personWordAt(name: PreparedName, index: number): boolean {
  const kind = name.kinds[index];
  return kind === Kind.Name || kind === Kind.Acronym || kind === Kind.Initial || kind === Kind.Number;
}

/**
 * Whether the class word at `index`, written in Chinese characters (its first character, the rest of the word
 * written out after it), is one han_words.yml class_kin renders by one of `otherGroups` (the other side's class
 * groups, of a word not written in characters: between two names in characters the characters are compared).
 */
function hanClassKinAgrees(name: PreparedName, index: number, other: TokenInfo, otherGroups: number[]): boolean {
  const kin = getReferenceData().hanClassKin;
  if (kin.size === 0 || !/^\p{Script=Han}$/u.test(name.tokens[index].orig) || /\p{Script=Han}/u.test(other.orig)) {
    return false;
  }
  let word = name.tokens[index].orig;
  for (let next = index + 1; next < name.tokens.length && name.kinds[next] === Kind.Stop; next++) {
    if (!/^\p{Script=Han}$/u.test(name.tokens[next].orig)) {
      break;
    }
    word += name.tokens[next].orig;
  }
  const groups = kin.get(word);
  return groups !== undefined && otherGroups.some((group) => groups.has(group));
}

/**
 * The deciding group of the class word at `index` written in Chinese characters or Hangul (its first character or
 * syllable, the rest of the word written out after it), when han_words.yml deciding_class_words lists it (since rules
 * 1.80.0): 병원, 医院, 病院 are the word "hospital", so "<name>대학교병원" and "<name> University Hospital" agree on
 * it and "<name> University" lacks it. Other class words in characters are no Latin deciding word, as before: 科
 * of 科技 is no "technology".
 */
function characterDecidingClassWord(name: PreparedName, index: number): string | undefined {
  const words = getReferenceData().hanDecidingClassWords;
  const script = name.tokens[index].script;
  if (words.size === 0 || name.kinds[index] !== Kind.Class || (script !== Script.Han && script !== Script.Hangul)) {
    return undefined;
  }
  let word = name.tokens[index].orig;
  for (let next = index + 1; next < name.tokens.length && name.kinds[next] === Kind.Stop; next++) {
    if (name.tokens[next].script !== script || !name.tokens[next].isSyllable) {
      break;
    }
    word += name.tokens[next].orig;
  }
  return words.get(word);
}

/** Takes out the alignments of related class words (CLASS_KIN_SIMILARITY), their words free again. */
function dropClassKin(pairs: AlignedPair[], qFree: Set<number>, cFree: Set<number>): void {
  for (let at = pairs.length - 1; at >= 0; at--) {
    const pair = pairs[at];
    if (pair.how === Likeness.Class && pair.sim === CLASS_KIN_SIMILARITY) {
      pair.query.forEach((index) => qFree.add(index));
      pair.candidate.forEach((index) => cFree.add(index));
      pairs.splice(at, 1);
    }
  }
}

/** Likeness that lets one syllable of a compound given name stand for another: the same, or one romanisation. */
function sameSyllable(likeness: { sim: number; how: Likeness }): boolean {
  return (
    likeness.how === Likeness.Exact ||
    likeness.how === Likeness.Romanisation ||
    (likeness.how === Likeness.Transliteration && likeness.sim >= 1)
  );
}

/**
 * A name's word places in a set, in ascending order: what `[...places].sort((a, b) => a - b)` gives, by an
 * insertion sort, cheaper than the general sort for the few words of a name.
 */
function ascending(places: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (const place of places) {
    let at = out.length;
    while (at > 0 && out[at - 1] > place) {
      out[at] = out[at - 1];
      at--;
    }
    out[at] = place;
  }
  return out;
}

/**
 * A name's comparable word places, in order: worked out once per name and kept on it (every comparison asks
 * for both names' places, and the rules ask again; a name's kinds never change once prepared).
 */
function comparableIndices(name: PreparedName): readonly number[] {
  if (name.comparable === undefined) {
    const out: number[] = [];
    for (let index = 0; index < name.tokens.length; index++) {
      if (isComparable(name.kinds[index])) {
        out.push(index);
      }
    }
    name.comparable = out;
  }
  return name.comparable;
}

const JOINABLE = new Set<number>([Kind.Name, Kind.Class, Kind.Particle, Kind.NamedBody]);

/**
 * Words of an organisation's or object's name that may join into one word of the other name: besides
 * JOINABLE, a short word in capitals read as an acronym ("SKY" of "AERO SKY ONE"), a number written
 * as a word ("ONE"), spelled as written, and a country's word that begins a brand ("THAI LONG" /
 * "THAILONG", since rules 1.8.0).
 */
function joinable(name: PreparedName, index: number): boolean {
  const kind = name.kinds[index];
  if (JOINABLE.has(kind)) {
    return true;
  }
  return (
    name.mode !== 'person' &&
    (kind === Kind.Acronym ||
      kind === Kind.Qualifier ||
      (kind === Kind.Number && /^\p{L}+$/u.test(name.tokens[index].orig)))
  );
}

/** The spelling a word joins with: a number written as a word joins as written ("one", not "1"). */
function joinForm(name: PreparedName, index: number): string {
  const token = name.tokens[index];
  return token.isNumber && /^\p{L}+$/u.test(token.orig) ? token.orig : token.text;
}

/** Spelling similarity a run of an organisation's words joined needs when it replaces a same-stem pair. */
const STEM_TO_JOIN_SIMILARITY = 0.9;

/**
 * "BRIGHTSTONE" / "BRIGHT STONE": the first pass aligns "brightstone" with "bright" as one stem and leaves
 * "stone" over; when that word and its free neighbours spell the longer word whole, they are one joined word.
 */
function stemPairsToJoins(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): void {
  if (query.mode === 'person') {
    return;
  }
  for (let position = 0; position < pairs.length; position++) {
    const pair = pairs[position];
    if (pair.how !== Likeness.Cognate || pair.query.length !== 1 || pair.candidate.length !== 1) {
      continue;
    }
    const queryText = query.tokens[pair.query[0]].text;
    const candidateText = candidate.tokens[pair.candidate[0]].text;
    const [short, shortFree, shortIndex, long, longIndex, shortIsQuery] =
      queryText.length < candidateText.length
        ? [query, qFree, pair.query[0], candidate, pair.candidate[0], true]
        : [candidate, cFree, pair.candidate[0], query, pair.query[0], false];
    const target = long.tokens[longIndex].text;
    let joined = joinForm(short, shortIndex);
    const run = [shortIndex];
    for (
      let next = shortIndex + 1;
      next < short.tokens.length && shortFree.has(next) && joinable(short, next);
      next++
    ) {
      joined += joinForm(short, next);
      run.push(next);
      if (joined.length >= target.length) {
        break;
      }
    }
    if (run.length < 2) {
      continue;
    }
    const sim = spellingSimilarity(joined, target);
    if (sim < STEM_TO_JOIN_SIMILARITY) {
      continue;
    }
    run.slice(1).forEach((index) => shortFree.delete(index));
    pairs[position] = {
      query: shortIsQuery ? run : [longIndex],
      candidate: shortIsQuery ? [longIndex] : run,
      sim: Math.min(sim, 0.95),
      how: Likeness.Joined,
    };
  }
}

/** Spelling similarity a person's joined common name words need to the one word they stand for. */
const PERSON_JOIN_SIMILARITY = 0.95;

/** Most words of a run that joinRuns joins into one word. */
const JOIN_RUN_WORDS = 5;

/** Whether a person's words from `start` to `end` are all common person names (never for another name). */
function commonRun(name: PreparedName, start: number, end: number): boolean {
  if (name.mode !== 'person') {
    return false;
  }
  for (let index = start; index <= end; index++) {
    if (!isCommonPersonName(name.tokens[index])) {
      return false;
    }
  }
  return true;
}

/**
 * A name's runs of words joined, at start * JOIN_RUN_WORDS + end - start (filled by `joinRuns` as it meets them,
 * each from the one a word shorter): the run from start to end in its join forms (a person's in their romanised
 * keys), its words as written, and its characters. They depend on the name alone: the same for every word of the
 * other name, and for every comparison of the name.
 */
interface JoinedRuns {
  joined: (string | undefined)[];
  joinedWritten: string[];
  written: string[];
}

function newJoinedRuns(count: number): JoinedRuns {
  // (Allocated whole: a read past an array's end is a slow look-up.)
  const slots = count * JOIN_RUN_WORDS;
  return {
    joined: new Array<string | undefined>(slots),
    joinedWritten: new Array<string>(slots),
    written: new Array<string>(slots),
  };
}

/**
 * The query name's runs, kept while the same query name is compared (a query meets tens of candidate names; its
 * runs were built again, and the new strings read and hashed again, for each). The candidate's are built per call.
 */
let queryRuns: { name: PreparedName; runs: JoinedRuns } | undefined;

function queryRunsOf(name: PreparedName): JoinedRuns {
  if (queryRuns?.name !== name) {
    queryRuns = { name, runs: newJoinedRuns(name.tokens.length) };
  }
  return queryRuns.runs;
}

/** Tries "Zemlyan sky" ↔ "Zemlyansky", "陆 晓 平" ↔ "Lu Xiaoping": a run of adjacent words against one word. */
function joinRuns(
  left: PreparedName,
  leftFree: Set<number>,
  right: PreparedName,
  rightFree: Set<number>,
  leftIsQuery: boolean,
  pairs: AlignedPair[],
): void {
  // A pair needs a run of two words or more, free and joinable (the loop below stops a run at the first word
  // that is not, and sets nothing for a run of one): a name without two such words side by side joins nothing.
  // open[index]: the word is free and joinable, read once a call (a run ends at the first word that is not; a
  // word taken by a join below is closed with its leftFree entry).
  const count = left.tokens.length;
  const open: boolean[] = new Array<boolean>(count);
  for (let index = 0; index < count; index++) {
    open[index] = leftFree.has(index) && joinable(left, index);
  }
  let twoSideBySide = false;
  for (let index = 0; index + 1 < count && !twoSideBySide; index++) {
    twoSideBySide = open[index] && open[index + 1];
  }
  if (!twoSideBySide) {
    return;
  }
  // Persons' syllables are joined in their romanised key form ("Tse-tung" is "Zedong").
  const person = left.mode === 'person';
  // A name with kana is Japanese: its kanji are not read as Mandarin (no safe reading of them here).
  let japanese: boolean | undefined;
  const {
    joined: joinedRuns,
    joinedWritten: joinedWrittenRuns,
    written: writtenRuns,
  } = leftIsQuery ? queryRunsOf(left) : newJoinedRuns(count);
  // (The loop deletes only the word it is at from rightFree, which a Set's iteration allows.)
  for (const single of rightFree) {
    const kind = right.kinds[single];
    // A place's name written as one word joins too ("Viet Nam" / "Vietnam", since rules 1.17.0): otherwise the
    // same country read as two places conflicts with itself.
    if (kind !== Kind.Name && kind !== Kind.Acronym && kind !== Kind.Class && kind !== Kind.Qualifier) {
      continue;
    }
    if (isCompoundSyllable(right, single)) {
      // One syllable of a compound name never stands for several words ("Seung" is not "Se Pong").
      continue;
    }
    const target = person ? romanisedKey(right.tokens[single]) : right.tokens[single].text;
    // A person's words that spell the word exactly as written join too: a syllable's key drops an initial
    // that the joined word keeps inside it ("Mun Chi" is "Munchi", though "chi" alone is keyed like "ji").
    const written = right.tokens[single].text;
    let done = false;
    for (let start = 0; start < count && !done; start++) {
      if (!open[start] || start + 1 >= count || !open[start + 1]) {
        // No run of two words begins here (the loop below would stop before comparing anything).
        continue;
      }
      // The longest run that spells the word best: "Bashir Ud Din" is "Bashiruddin", not "Bashir Ud".
      let best: { end: number; sim: number } | undefined;
      // An organisation's run of Chinese characters or Hangul syllables against a Latin word (since rules
      // 1.15.0): read as a word (a listed two-character word's reading, Hangul sounds across syllables) and
      // compared syllable by syllable, never by spelling likeness ("Lanfang" is not 兰峰).
      const cjkRun = !person && left.tokens[start].isSyllable && right.tokens[single].script === Script.Latin;
      if (cjkRun && japanese === undefined) {
        japanese = left.tokens.some((token) => token.script === Script.Kana);
      }
      for (let end = start; end < Math.min(count, start + JOIN_RUN_WORDS); end++) {
        if (!open[end] || (cjkRun && !left.tokens[end].isSyllable)) {
          break;
        }
        const slot = start * JOIN_RUN_WORDS + end - start;
        if (joinedRuns[slot] === undefined) {
          // (The run a word shorter is built: this loop came through it.)
          const token = left.tokens[end];
          const form = person ? romanisedKey(token) : joinForm(left, end);
          joinedRuns[slot] = end === start ? form : joinedRuns[slot - 1]! + form;
          joinedWrittenRuns[slot] = end === start ? token.text : joinedWrittenRuns[slot - 1] + token.text;
          writtenRuns[slot] = end === start ? token.orig : writtenRuns[slot - 1] + token.orig;
        }
        const joined = joinedRuns[slot];
        const joinedWritten = joinedWrittenRuns[slot];
        const runWritten = writtenRuns[slot];
        if (joined.length > target.length + 2 && (!person || joinedWritten.length > written.length)) {
          break;
        }
        if (end === start) {
          continue;
        }
        if (!wholeCompounds(left, start, end)) {
          continue;
        }
        const sim = cjkRun
          ? japanese
            ? 0
            : latinSpellsCjk(target, runWritten)
              ? 1
              : foreignToCharacters(target, runWritten)
                ? spellingSimilarity(joined, target)
                : 0
          : person && joinedWritten === written
            ? 1
            : spellingSimilarity(joined, target);
        // Common person names joined fuzzily find other names ("Chen Fang" is not "Chefong"): joined
        // common names must spell the word; rarer ones keep the spelling tolerance ("Abdul Hafiz").
        // (Read only for a run that could be the best: PERSON_JOIN_SIMILARITY is above 0.8.)
        if (
          sim >= 0.8 &&
          (!best || sim > best.sim) &&
          (sim >= PERSON_JOIN_SIMILARITY || !commonRun(left, start, end))
        ) {
          best = { end, sim };
        }
      }
      if (best) {
        const run = range(start, best.end + 1);
        run.forEach((index) => {
          leftFree.delete(index);
          open[index] = false;
        });
        rightFree.delete(single);
        pairs.push({
          query: leftIsQuery ? run : [single],
          candidate: leftIsQuery ? [single] : run,
          sim: Math.min(best.sim, 0.95),
          how: Likeness.Joined,
        });
        done = true;
      }
    }
  }
}

/** Whether a free Latin name word of the name ends as a compound given name does (`endsAsCompound`). */
function hasFreeCompound(name: PreparedName, free: Set<number>): boolean {
  for (const index of free) {
    if (
      name.kinds[index] === Kind.Name &&
      name.tokens[index].script === Script.Latin &&
      endsAsCompound(name.tokens[index])
    ) {
      return true;
    }
  }
  return false;
}

/** A compound given name against its first word alone: the name it is called by, not quite the same word. */
const COMPOUND_SHORT_FORM_SIMILARITY = 0.85;

/**
 * "Jamaluddin" / "Jamal" (since rules 1.77.0): a person's free Latin name word against a free word of the other
 * name that is its first part before an ending of al-Din or Allah (`compoundShortForm`), once no joined words
 * ("Jamal Uddin") have taken them.
 */
function compoundShortForms(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): void {
  const latinName = (name: PreparedName, index: number) =>
    name.kinds[index] === Kind.Name && name.tokens[index].script === Script.Latin;
  for (const qi of [...qFree]) {
    if (!latinName(query, qi)) {
      continue;
    }
    const queryCompound = endsAsCompound(query.tokens[qi]);
    const ci = [...cFree].find(
      (index) =>
        latinName(candidate, index) &&
        (queryCompound || endsAsCompound(candidate.tokens[index])) &&
        compoundShortForm(query.tokens[qi].text, candidate.tokens[index].text),
    );
    if (ci !== undefined) {
      qFree.delete(qi);
      cFree.delete(ci);
      pairs.push({ query: [qi], candidate: [ci], sim: COMPOUND_SHORT_FORM_SIMILARITY, how: Likeness.Synonym });
    }
  }
}

/** Lengths of the kanji runs read by their Japanese reading (ja_readings.tsv), longest first. */
const JAPANESE_RUN_LENGTHS = [3, 2];

/**
 * "<place> University" / "<place>大学" (since rules 1.30.0): a free Latin name word that is the Japanese reading of a
 * run of two or three free kanji name words (ja_readings.tsv, proper nouns of IPADIC), which the
 * Mandarin reading (`joinRuns`) does not spell, aligns with the run as joined words do.
 */
function joinJapaneseReadings(
  left: PreparedName,
  leftFree: Set<number>,
  right: PreparedName,
  rightFree: Set<number>,
  leftIsQuery: boolean,
  pairs: AlignedPair[],
): void {
  if (
    !left.tokens.some((token) => token.script === Script.Han) ||
    !right.tokens.some((t) => t.script === Script.Latin)
  ) {
    return;
  }
  const count = left.tokens.length;
  const kanji = (index: number) =>
    leftFree.has(index) && left.kinds[index] === Kind.Name && left.tokens[index].script === Script.Han;
  for (const single of [...rightFree]) {
    if (right.tokens[single].script !== Script.Latin || right.kinds[single] !== Kind.Name) {
      continue;
    }
    let done = false;
    for (let start = 0; start < count && !done; start++) {
      for (const length of JAPANESE_RUN_LENGTHS) {
        const run = range(start, start + length);
        if (start + length > count || !run.every(kanji)) {
          continue;
        }
        const written = run.map((index) => left.tokens[index].orig).join('');
        if (japaneseReads(right.tokens[single].text, written)) {
          run.forEach((index) => leftFree.delete(index));
          rightFree.delete(single);
          pairs.push({
            query: leftIsQuery ? run : [single],
            candidate: leftIsQuery ? [single] : run,
            sim: 0.95,
            how: Likeness.Joined,
          });
          done = true;
          break;
        }
      }
    }
  }
}

/** Kinds of words the comparison leaves out that may be written joined onto the next or previous name word. */
const DROPPED_JOINABLE = new Set<number>([Kind.Stop, Kind.Title, Kind.Legal]);

/** Fewest letters of the name word a left-out word is joined onto. */
const DROPPED_JOIN_MIN_LETTERS = 3;

/** Fewest letters of the left-out word: a one-letter word ("e", "y") joined on spells too many names. */
const DROPPED_WORD_MIN_LETTERS = 2;

/**
 * "AL-QUARRAMIN" / "ALQUARRAMIN", "TARV-AB" / "TARVAB", "Haj Tarvi" / "Hajtarvi" (since rules 1.12.0): a word
 * the comparison leaves out (an article, a title, a legal form) written onto its neighbouring name word on
 * the other side. Only when the other side's word spells the two exactly, in their order: read apart, the
 * joined word stood alone against the shorter one and the names read as two bodies.
 */
function joinDroppedWords(
  left: PreparedName,
  leftFree: Set<number>,
  right: PreparedName,
  rightFree: Set<number>,
  leftIsQuery: boolean,
  pairs: AlignedPair[],
): void {
  // A pair needs a left-out word beside a free one: a name with no left-out word to join is passed over.
  let anyDropped = false;
  for (let index = 0; index < left.tokens.length && !anyDropped; index++) {
    anyDropped = droppedWordAt(left, index) !== '';
  }
  if (!anyDropped) {
    return;
  }
  for (const single of [...rightFree]) {
    const target = right.tokens[single].text;
    for (const index of [...leftFree]) {
      const word = left.tokens[index].text;
      if (word.length < DROPPED_JOIN_MIN_LETTERS || word.length >= target.length) {
        continue;
      }
      const before = index > 0 ? droppedWordAt(left, index - 1) : '';
      const after = droppedWordAt(left, index + 1);
      // The run holds the left-out word too, so the pair reads as the same letters written apart.
      const run =
        before && before + word === target
          ? [index - 1, index]
          : after && word + after === target
            ? [index, index + 1]
            : undefined;
      if (run) {
        leftFree.delete(index);
        rightFree.delete(single);
        pairs.push({
          query: leftIsQuery ? run : [single],
          candidate: leftIsQuery ? [single] : run,
          sim: JOINED_DROPPED_SIMILARITY,
          how: Likeness.Joined,
        });
        break;
      }
    }
  }
}

/** The left-out word at `index` that may be written onto a neighbouring name word, or '' if none. */
function droppedWordAt(name: PreparedName, index: number): string {
  if (index >= name.tokens.length || !DROPPED_JOINABLE.has(name.kinds[index])) {
    return '';
  }
  const text = name.tokens[index].text;
  return text.length >= DROPPED_WORD_MIN_LETTERS ? text : '';
}

/** Likeness of a name word against the word that spells it with a left-out word joined on. */
const JOINED_DROPPED_SIMILARITY = 0.95;

/** Likeness of a run of words against one word of the other script that spells them joined. */
const JOINED_ACROSS_SCRIPTS_SIMILARITY = 0.8;

/**
 * "رفیق الله" ↔ "Rafiqullah", "Abdul Wadud" ↔ "عبدالودود": a person's compound name (with "Allah", "al-Din",
 * "Abd al-") written apart in one script and together in the other, read by the abjad rules; since rules 1.34.0
 * also an organisation's name word ("فیصل آباد" ↔ "Faisalabad").
 */
function joinAcrossScripts(
  left: PreparedName,
  leftFree: Set<number>,
  right: PreparedName,
  rightFree: Set<number>,
  leftIsQuery: boolean,
  pairs: AlignedPair[],
): void {
  for (const single of [...rightFree]) {
    const word = right.tokens[single];
    if (right.kinds[single] !== Kind.Name || (word.script !== Script.Arabic && word.script !== Script.Latin)) {
      continue;
    }
    const other = word.script === Script.Arabic ? Script.Latin : Script.Arabic;
    let done = false;
    for (let start = 0; start < left.tokens.length && !done; start++) {
      let joined = '';
      for (let end = start; end < Math.min(left.tokens.length, start + 3); end++) {
        const token = left.tokens[end];
        if (!leftFree.has(end) || !JOINABLE.has(left.kinds[end]) || token.script !== other) {
          break;
        }
        joined += other === Script.Arabic ? token.orig : token.text;
        if (end === start) {
          continue;
        }
        const agrees =
          other === Script.Arabic ? abjadSpellingAgrees(joined, word.text) : abjadSpellingAgrees(word.orig, joined);
        if (agrees) {
          const run = range(start, end + 1);
          run.forEach((index) => leftFree.delete(index));
          rightFree.delete(single);
          pairs.push({
            query: leftIsQuery ? run : [single],
            candidate: leftIsQuery ? [single] : run,
            sim: JOINED_ACROSS_SCRIPTS_SIMILARITY,
            how: Likeness.Joined,
          });
          done = true;
          break;
        }
      }
    }
  }
}

/** Whether a name has a word of Arabic script. */
function hasArabicWord(name: PreparedName): boolean {
  for (const token of name.tokens) {
    if (token.script === Script.Arabic) {
      return true;
    }
  }
  return false;
}

/**
 * Whether a run of a person's words takes each hyphenated compound in it whole or not at all: "Min-jun"
 * joined is "Minjun", but "chun" of "Sang-chun" never joins the next word.
 */
function wholeCompounds(name: PreparedName, start: number, end: number): boolean {
  if (name.mode !== 'person') {
    return true;
  }
  if (isCompoundSyllable(name, start) && name.tags[start] !== COMPOUND_START) {
    return false;
  }
  for (let index = start; index <= end; index++) {
    if (isCompoundSyllable(name, index) && name.tags[index] === COMPOUND_START && compoundEnd(name, index) > end) {
      return false;
    }
  }
  return true;
}

const ACRONYM_WORDS = new Set<number>([
  Kind.Name,
  Kind.Class,
  Kind.NamedBody,
  Kind.Particle,
  Kind.Qualifier,
  Kind.Acronym,
  Kind.Number,
]);

/** One name's acronyms read against the other name's words: the words still free on each side, and the pairs found. */
interface AcronymReading {
  short: PreparedName;
  shortFree: Set<number>;
  long: PreparedName;
  longFree: Set<number>;
  shortIsQuery: boolean;
  pairs: AlignedPair[];
}

/**
 * "University of Quarrow University Computing Centre" / "University Computing Centre": a word the longer
 * name repeats is aligned where it stands among the other aligned words, not at its first place (which
 * the position order of the alignment prefers), so that the words left over read as what they are (here
 * a parent body named before the unit). A pair moves to a free word of the same form when that makes
 * the aligned words of its side lie closer together. Class words only: a repeated name word ("Quarrow
 * University Tarvel Quarrow Clinic") may be the parent's namesake and its branch's at once.
 */
function reseatRepeatedWords(
  name: PreparedName,
  free: Set<number>,
  side: 'query' | 'candidate',
  pairs: AlignedPair[],
): void {
  if (free.size === 0 || pairs.length < 2) {
    return;
  }
  const span = () => {
    const aligned = pairs.flatMap((pair) => pair[side]);
    return Math.max(...aligned) - Math.min(...aligned);
  };
  for (const pair of pairs) {
    if (pair[side].length !== 1) {
      continue;
    }
    const at = pair[side][0];
    for (const other of [...free]) {
      if (
        name.kinds[at] !== Kind.Class ||
        name.kinds[other] !== Kind.Class ||
        name.tokens[other].text !== name.tokens[at].text
      ) {
        continue;
      }
      const before = span();
      pair[side] = [other];
      if (span() < before) {
        free.delete(other);
        free.add(at);
        break;
      }
      pair[side] = [at];
    }
  }
}

/** Tries "QIT" ↔ "Quarrow Institute of Technology": one word against the initials of a run of words. */
function matchAcronyms(reading: AcronymReading): void {
  const { short, shortFree, long } = reading;
  if (short.mode === 'person' || long.mode === 'person') {
    return;
  }
  let capitals: boolean | undefined;
  for (const index of [...shortFree]) {
    const token = short.tokens[index];
    // Only a word written as an acronym ("NUDT", "A.B.C.") stands for initials: "Bui" or "Fan" is a name. In a
    // short name written all in capitals, any word may be one ("QRAB QIDG": capitals say nothing there).
    if (token.text.length < 2 || token.text.length > 8) {
      continue;
    }
    // "GPs", "NGOs" (since rules 1.41.0): an acronym written in capitals with a plural "s" stands for its letters.
    const plural =
      (short.kinds[index] === Kind.Name || short.kinds[index] === Kind.Acronym) &&
      pluralAcronymIn(short.raw, token.text);
    if (
      short.kinds[index] !== Kind.Acronym &&
      !plural &&
      !(short.kinds[index] === Kind.Name && (capitals ??= capitalsCodes(short)))
    ) {
      continue;
    }
    for (const letters of plural ? [token.text, token.text.slice(0, -1)] : readingsOfAcronym(token.text, token.orig)) {
      if (readAcronym(letters, index, reading)) {
        break;
      }
    }
  }
}

/** Whether `text` stands in `raw` as capitals closed by a small plural "s" ("GPs", "NGOs"), a word of its own. */
function pluralAcronymIn(raw: string, text: string): boolean {
  if (!/^[a-z]{2,5}s$/.test(text)) {
    return false;
  }
  for (const match of raw.matchAll(PLURAL_ACRONYM)) {
    if (match[1].toLowerCase() + 's' === text) {
      return true;
    }
  }
  return false;
}

/** Two to five capitals closed by a small "s", a word of its own ("GPs"). */
const PLURAL_ACRONYM = /(?<![\p{L}\p{N}])(\p{Lu}{2,5})s(?![\p{L}\p{N}])/gu;

/**
 * The letters an acronym may stand for: itself, and for one written with a 2 ("C2DH", "ICN2", "IC2MP")
 * the letter beside the 2 doubled, after it or before it.
 */
export function acronymLetters(text: string): string[] {
  if (/^[a-z]+$/.test(text)) {
    return [text];
  }
  if (!/^[a-z2]+$/.test(text) || !/[a-z]/.test(text)) {
    return [];
  }
  return [...new Set([text.replace(/([a-z])2/g, '$1$1'), text.replace(/2([a-z])/g, '$1$1')])].filter((letters) =>
    /^[a-z]+$/.test(letters),
  );
}

/**
 * The readings `matchAcronyms` tries: `acronymLetters`, and (since rules 1.44.0) an acronym of letters with a
 * digit as written ("QU4T"), its digit standing for a number word of the other name (a numeral "IV", a word
 * "Four" or "4"; acronymPieces gives a number word its digits). The candidate index keeps `acronymLetters`.
 */
function readingsOfAcronym(text: string, orig: string): string[] {
  const readings = acronymLetters(text);
  // (The word's text reads a digit between letters as a letter, "6" as "b"; its written form keeps it.)
  if (/^[a-z][a-z\d]*$/.test(orig) && /\d/.test(orig) && (orig.match(/[a-z]/g) ?? []).length >= 2) {
    readings.push(orig);
  }
  return readings;
}

function readAcronym(letters: string, index: number, reading: AcronymReading): boolean {
  const { short, shortFree, long, longFree, shortIsQuery, pairs } = reading;
  const sequence: number[] = [];
  for (let position = 0; position < long.tokens.length; position++) {
    const kind = long.kinds[position];
    const word = long.tokens[position];
    if ((ACRONYM_WORDS.has(kind) && longFree.has(position)) || kind === Kind.Stop || kind === Kind.Legal) {
      // An Arabic-script word has no Latin initial (since rules 1.16.0): its reading's first letter is a
      // consonant where a Latin spelling may begin with a vowel, and "JM" is no initials of "جامعہ ملیہ".
      if (!word.isSyllable && word.text.length > 0 && word.script !== Script.Arabic) {
        sequence.push(position);
      }
    }
  }
  // An acronym inside a longer name ("U.S. Bureau") stands for initials only; prefixes ("UNIP") and a
  // left-out word are read only for a name that is the acronym alone, or the acronym and words the
  // other name has too ("QFIS Tarvel" for "Quillon de Física del Tarvel": the rest of it is aligned).
  // Acronyms joined by hyphens ("QCANUM-QRU") are each read as standing alone: either may carry the name.
  const alone =
    isMainAcronym(short, index) ||
    restAligned(short, shortFree, index) ||
    (short.kinds[index] === Kind.Acronym && HYPHENATED_ACRONYMS.test(short.raw.trim()));
  // A loose reading (looseReading) only for an acronym written in Latin letters: the acronym as written on one side.
  const found = expandAcronym(letters, long, sequence, alone, LATIN_LETTERS.test(short.tokens[index].orig));
  if (found) {
    shortFree.delete(index);
    found.words.forEach((position) => longFree.delete(position));
    pairs.push({
      query: shortIsQuery ? [index] : found.words,
      candidate: shortIsQuery ? found.words : [index],
      sim: found.skipped ? 0.85 : 0.9,
      how: Likeness.Acronym,
    });
    return true;
  }
  return false;
}

/**
 * Whether every comparable word of `name` but the acronym at `index` is already aligned with the other
 * name, and at least one is: the acronym is then all that is left to read, as if it stood alone.
 */
function restAligned(name: PreparedName, free: Set<number>, index: number): boolean {
  let others = 0;
  for (let position = 0; position < name.tokens.length; position++) {
    if (position === index || !isComparable(name.kinds[position])) {
      continue;
    }
    if (free.has(position)) {
      return false;
    }
    others++;
  }
  return others > 0;
}

/** Whether an acronym in a longer name is the initials of that name's other words ("… University (SMU)"). */
function initialsOfOwnWords(name: PreparedName, index: number): boolean {
  const letters = name.tokens[index].text;
  if (letters.length < 2 || !/^[a-z]+$/.test(letters)) {
    return false;
  }
  const sequence: number[] = [];
  for (let position = 0; position < name.tokens.length; position++) {
    const kind = name.kinds[position];
    if (position !== index && (ACRONYM_WORDS.has(kind) || kind === Kind.Stop || kind === Kind.Legal)) {
      if (!name.tokens[position].isSyllable && name.tokens[position].text.length > 0) {
        sequence.push(position);
      }
    }
  }
  const found = expandAcronym(letters, name, sequence, false);
  return found !== undefined && found.words.length === letters.length;
}

/** Letters one word may give an acronym: its initial, or a short prefix ("UNIVAL": UNIversidade do VALdor). */
const ACRONYM_PREFIX = 4;

/**
 * The letters a word may give an acronym, longest first: its initial; for a name that is the acronym
 * alone, a short prefix ("UNIVAL": UNIversidade do VALdor) or its initial and the first letter of a later
 * syllable or part ("GZ" for Guizhou, "SW" for Southwest); an acronym or a number written as a word in
 * the long name gives its own letters ("UK" in "UKRN", "Zero" in "ZWS").
 */
function acronymPieces(long: PreparedName, position: number, alone: boolean): string[] {
  const kind = long.kinds[position];
  const token = long.tokens[position];
  const text = kind === Kind.Number && /^\p{L}+$/u.test(token.orig) ? asciiWord(token.orig) : token.text;
  if (kind === Kind.Stop || kind === Kind.Legal) {
    // Since rules 1.44.0: in a name that is the acronym alone, a function word of two letters or more may
    // give itself whole, as an acronym written "UdeQ" or "UDEQ" for "Universidad de Quarrow" keeps it.
    return alone && kind === Kind.Stop && /^[a-z]{2,3}$/.test(text) ? [text.slice(0, 1), text] : [text.slice(0, 1)];
  }
  if (kind === Kind.Acronym) {
    return [text, text.slice(0, 1)];
  }
  const pieces = new Set<string>();
  if (alone) {
    for (let take = Math.min(ACRONYM_PREFIX, text.length); take >= 2; take--) {
      pieces.add(text.slice(0, take));
    }
    const starts = partStarts(text);
    for (const [order, start] of starts.entries()) {
      pieces.add(text[0] + text[start]);
      for (const later of starts.slice(order + 1)) {
        pieces.add(text[0] + text[start] + text[later]);
      }
    }
  }
  pieces.add(text.slice(0, 1));
  if (alone) {
    translationInitials(long, position).forEach((initial) => pieces.add(initial));
  }
  if (kind === Kind.Number && /^\d+$/.test(token.text)) {
    // A number word gives its digits too ("6" for "VI" or "Six"; see readingsOfAcronym).
    pieces.add(token.text);
  }
  return [...pieces];
}

/**
 * `acronymPieces` shortest first, worked out once per name, word and reading: an acronym's reading asks
 * for the same word's pieces again at each letter and each start it tries, and an indexed name is kept
 * prepared between queries. Keyed by the name object, whose words, kinds and tags never change.
 */
const piecesOfNames = new WeakMap<PreparedName, (readonly string[] | undefined)[]>();

function piecesShortestFirst(long: PreparedName, position: number, alone: boolean): readonly string[] {
  let pieces = piecesOfNames.get(long);
  if (!pieces) {
    pieces = [];
    piecesOfNames.set(long, pieces);
  }
  const slot = position * 2 + (alone ? 1 : 0);
  let known = pieces[slot];
  if (known === undefined) {
    known = acronymPieces(long, position, alone).sort((a, b) => a.length - b.length);
    pieces[slot] = known;
  }
  return known;
}

/**
 * Initials the word has in other languages, for an acronym of the body's name in another language than
 * the one written ("OFG" for "Austrian Research Association": Österreichische Forschungsgemeinschaft): a
 * class word's, deciding word's or demonym's translations in the tables (symbols.yml class groups,
 * org_words.yml deciding groups and country forms).
 */
function translationInitials(long: PreparedName, position: number): string[] {
  const reference = getReferenceData();
  const kind = long.kinds[position];
  const text = long.tokens[position].text;
  if (INDIC_WORD.test(long.tokens[position].orig)) {
    // Since rules 1.33.0: a word in an Indic script gives no translated initial (its group's translations are
    // listed without initials, org_words.yml class_translations_without_initials): a Latin acronym of such a
    // body is its English name's, in English word order, not the initials of the Indic words translated one by
    // one (राष्ट्रीय प्रौद्योगिकी संस्थान, "national technology institute", read "NTI" or "NTU"; exactness gate).
    return [];
  }
  let initials: string[];
  if (kind === Kind.Class) {
    initials = [...new Set(classSetOf(long.tags[position]).flatMap((group) => reference.classInitials[group] ?? []))];
  } else {
    const deciding = decidingGroupOf(text);
    const country = deciding === undefined ? reference.countryForms.get(text) : undefined;
    initials =
      deciding !== undefined
        ? (reference.decidingInitials.get(deciding) ?? [])
        : country !== undefined
          ? (reference.countryInitials.get(country) ?? [])
          : [];
  }
  // A word whose translations begin with many letters ("company": b, c, e, g, i, k…) says too little.
  return initials.length <= MAX_TRANSLATION_INITIALS ? initials : [];
}

/** Devanagari to Sinhala (U+0900-U+0DFF), as token-similarity.ts reads the Indic scripts. */
const INDIC_WORD = /[\u0900-\u0dff]/u;

/** Most initials a word's translations may have for the acronym to take them. */
const MAX_TRANSLATION_INITIALS = 4;

function asciiWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * Where later parts of a word begin: a consonant after a vowel or after a final n or ng (a syllable:
 * "gui|zhou", "cheng|du"), the end of a compass word or combining form it starts with ("south|west",
 * "micro|electronique"), or the head word it ends with ("forschungs|gemeinschaft"; org_words.yml). A word
 * may give its initial and one or two of these ("JGS" for "Jinggangshan").
 */
function partStarts(text: string): number[] {
  const starts = new Set<number>();
  for (let index = 2; index < text.length - 1; index++) {
    const consonant = !VOWELS.has(text[index]);
    // After a vowel ("xia|men"), or after a final n or ng ("cheng|du", "won|kwang").
    const afterNasal = text[index - 1] === 'n' || (text[index - 1] === 'g' && text[index - 2] === 'n');
    // The g of a final ng is no start ("jin|g"), a g after it is ("jing|gang").
    const finalNg = text[index] === 'g' && text[index - 1] === 'n';
    if (consonant && (VOWELS.has(text[index - 1]) || (afterNasal && !finalNg))) {
      starts.add(index);
    }
  }
  const reference = getReferenceData();
  for (const prefix of [...reference.compassWords, ...reference.compoundPrefixes]) {
    if (text.length > prefix.length + 2 && text.startsWith(prefix)) {
      starts.add(prefix.length);
    }
  }
  for (const head of reference.compoundHeads) {
    if (text.length >= head.length + 3 && text.endsWith(head)) {
      starts.add(text.length - head.length);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * Reads an acronym as the beginnings of successive words: each word gives its initial or another piece
 * (see acronymPieces), function words may give their initial or nothing, and an acronym of four or more
 * letters may leave out one name word ("MINVAT" for "Ministerio de Vivienda, Agua y Territorio"). For a
 * name that is the acronym alone, one class word may stand first or last ("KPSI" for "Kansai Institute
 * for Photon Science", "UG" for "Gunadarma University"). Returns the name words it covers (function
 * words excluded), or undefined.
 */
function expandAcronym(
  letters: string,
  long: PreparedName,
  sequence: number[],
  alone: boolean,
  loose = false,
): { words: number[]; skipped: boolean } | undefined {
  const found = expandInOrder(letters, long, sequence, alone);
  if (found || !alone) {
    return found;
  }
  return strictlyReordered(letters, long, sequence) ?? (loose ? looseReading(letters, long, sequence) : undefined);
}

/** `expandAcronym`'s readings of a lone acronym beyond the words' order: a class word moved, or all initials. */
function strictlyReordered(
  letters: string,
  long: PreparedName,
  sequence: number[],
): { words: number[]; skipped: boolean } | undefined {
  const alone = true;
  for (const moved of sequence) {
    if (long.kinds[moved] !== Kind.Class) {
      continue;
    }
    const rest = sequence.filter((position) => position !== moved);
    const reordered =
      expandInOrder(letters, long, [moved, ...rest], alone) ??
      expandInOrder(letters, long, [...rest, moved], alone) ??
      impliedOf(letters, long, moved, rest);
    if (reordered) {
      return reordered;
    }
  }
  return initialsInOtherOrder(letters, long, sequence);
}

const LATIN_LETTERS = /^\p{Script=Latin}+$/u;

/**
 * Fewest letters for a loose reading (see looseReading): a loose piece has three letters or more and another word
 * gives one at least, so no shorter acronym is read this way. (Tried while counting, bench/HISTORY.md, rules
 * 1.67.0: a looser walk, with skips and function-word letters, fired on three-letter acronyms of parent-child
 * non-matches; five would keep out the one four-letter true pair of the dev sets and nothing else.)
 */
const LOOSE_ACRONYM_MIN = 4;

/**
 * Since rules 1.67.0: a lone acronym of four letters or more, written in Latin letters, whose other readings fail
 * may take one word's piece beyond those `acronymPieces` gives (see `loosePieces`): "UTAM" for "The University of
 * Tadoma" ("tam": the first syllable and a later syllable's initial), "MARINTS" for "Centre Marination, tarvel et
 * société" ("marin": a leading part of five letters or more). A loose piece is weak evidence, so the rest of the
 * reading is strict: the words in their order, no name word left out inside, before or after it (class words and
 * qualifiers may stay over before it, as "Centre" does), nothing but function words after it, function words
 * giving no letter, every other word its initial or a strict piece (issue 9: the acronym as written on one side,
 * every letter from the other side's words in order).
 */
function looseReading(
  letters: string,
  long: PreparedName,
  sequence: number[],
): { words: number[]; skipped: boolean } | undefined {
  if (letters.length < LOOSE_ACRONYM_MIN) {
    return undefined;
  }
  const walk = (at: number, from: number, looseUsed: boolean): number[] | undefined => {
    if (at === letters.length) {
      return looseUsed ? [] : undefined;
    }
    if (from === sequence.length) {
      return undefined;
    }
    const position = sequence[from];
    if (long.kinds[position] === Kind.Stop || long.kinds[position] === Kind.Legal) {
      return walk(at, from + 1, looseUsed);
    }
    const strict = piecesShortestFirst(long, position, true);
    for (const [index, piece] of [...strict, ...(looseUsed ? [] : loosePieces(long, position))].entries()) {
      if (letters.startsWith(piece, at)) {
        const rest = walk(at + piece.length, from + 1, looseUsed || index >= strict.length);
        if (rest) {
          return [position, ...rest];
        }
      }
    }
    return undefined;
  };
  const named = (position: number) => {
    const kind = long.kinds[position];
    return kind === Kind.Name || kind === Kind.NamedBody || kind === Kind.Acronym || kind === Kind.Number;
  };
  const functionWord = (position: number) => long.kinds[position] === Kind.Stop || long.kinds[position] === Kind.Legal;
  for (let from = 0; from < sequence.length; from++) {
    const words = walk(0, from, false);
    // Two words at least, every name word of the other name among them, and nothing but function words after the
    // last ("<the acronym's words> Marine Station" is a unit of the body the acronym names).
    const last = words === undefined ? -1 : sequence.indexOf(words[words.length - 1]);
    if (
      words &&
      words.length >= 2 &&
      sequence.every((position) => !named(position) || words.includes(position)) &&
      sequence.slice(last + 1).every(functionWord)
    ) {
      return { words, skipped: true };
    }
    if (named(sequence[from])) {
      // A name word before the reading's first word would be left out.
      return undefined;
    }
  }
  return undefined;
}

/**
 * A word's pieces for a loose reading (see looseReading), shortest first: for a word of Latin letters, its first
 * two to four letters with the initial of a later syllable or part (`partStarts`) after them ("tam" for "tadoma"),
 * and its leading parts longer than `ACRONYM_PREFIX`, up to the whole word ("marin", "tarvelo").
 */
function loosePieces(long: PreparedName, position: number): readonly string[] {
  let pieces = loosePiecesOfNames.get(long);
  if (!pieces) {
    pieces = [];
    loosePiecesOfNames.set(long, pieces);
  }
  let known = pieces[position];
  if (known === undefined) {
    const text = long.tokens[position].text;
    const kind = long.kinds[position];
    const found = new Set<string>();
    if (kind !== Kind.Acronym && kind !== Kind.Number && /^[a-z]+$/.test(text)) {
      for (const start of partStarts(text)) {
        for (let take = 2; take <= Math.min(ACRONYM_PREFIX, start); take++) {
          found.add(text.slice(0, take) + text[start]);
        }
      }
      for (let take = ACRONYM_PREFIX + 1; take <= text.length; take++) {
        found.add(text.slice(0, take));
      }
    }
    known = [...found].sort((a, b) => a.length - b.length);
    pieces[position] = known;
  }
  return known;
}

const loosePiecesOfNames = new WeakMap<PreparedName, (readonly string[] | undefined)[]>();

/** Fewest letters for an acronym read from its words' initials in another order. */
const REORDERED_ACRONYM_MIN = 3;

/**
 * "CSB" for "Brevik Space Centre" (Centre Spatial de Brevik): a name that is the acronym alone may give
 * the initials of all the other name's words in another order, as the body's name in a language with
 * another word order does. Every word but function words and legal forms gives its initial, once.
 */
function initialsInOtherOrder(
  letters: string,
  long: PreparedName,
  sequence: number[],
): { words: number[]; skipped: boolean } | undefined {
  const words = sequence.filter(
    (position) => long.kinds[position] !== Kind.Stop && long.kinds[position] !== Kind.Legal,
  );
  if (letters.length < REORDERED_ACRONYM_MIN || words.length !== letters.length) {
    return undefined;
  }
  const initials = words.map((position) => long.tokens[position].text[0]).sort();
  return initials.join('') === [...letters].sort().join('') ? { words, skipped: true } : undefined;
}

/**
 * "UOQ" for "Quarrow University": the class word read first as "University of Quarrow", the "of" it
 * implies giving the acronym's second letter.
 */
function impliedOf(
  letters: string,
  long: PreparedName,
  moved: number,
  rest: number[],
): { words: number[]; skipped: boolean } | undefined {
  if (letters.length < 3 || letters[1] !== 'o' || long.tokens[moved].text[0] !== letters[0]) {
    return undefined;
  }
  const found = expandInOrder(letters[0] + letters.slice(2), long, [moved, ...rest], true);
  return found && found.words[0] === moved ? found : undefined;
}

function expandInOrder(
  letters: string,
  long: PreparedName,
  sequence: number[],
  alone: boolean,
): { words: number[]; skipped: boolean } | undefined {
  const allowedSkips = alone && letters.length >= 4 ? 1 : 0;
  const walk = (at: number, from: number, skips: number): { words: number[]; skipped: boolean } | undefined => {
    if (at === letters.length) {
      return { words: [], skipped: false };
    }
    if (from === sequence.length) {
      return undefined;
    }
    const position = sequence[from];
    // Function words and legal forms may give their initial or nothing.
    const stop = long.kinds[position] === Kind.Stop || long.kinds[position] === Kind.Legal;
    if (stop && at > 0) {
      // A function word gives nothing first, so that its initial does not take a later name word's letter
      // ("GRS": Groupe de Recherche sur la Socialisation).
      const skipped = walk(at, from + 1, skips);
      if (skipped) {
        return skipped;
      }
    }
    // Initials last: an acronym covers as many words as it can, so longer pieces are tried after.
    const pieces = piecesShortestFirst(long, position, alone);
    for (const piece of pieces) {
      // A function word given whole ("de" in "UdeQ") is never the acronym's end: "DMAND" is "Digital
      // Manufacturing and Design", not "Digital M… and" with the last word left out.
      const wholeStopAtEnd = stop && piece.length > 1 && at + piece.length === letters.length;
      if (piece.length > 0 && !wholeStopAtEnd && letters.startsWith(piece, at)) {
        const rest = walk(at + piece.length, from + 1, skips);
        if (rest) {
          return { words: stop ? rest.words : [position, ...rest.words], skipped: rest.skipped };
        }
      }
    }
    if (stop) {
      return at > 0 ? undefined : walk(at, from + 1, skips);
    }
    if (skips > 0 && at > 0) {
      const rest = walk(at, from + 1, skips - 1);
      if (rest) {
        return { words: [position, ...rest.words], skipped: true };
      }
    }
    return undefined;
  };
  const leadingArticles = getReferenceData().orgNamePrefixes;
  for (let from = 0; from < sequence.length; from++) {
    // An acronym may begin with a function word or legal form that begins the name ("DMU": De Montfort
    // University; "CIMAR": Cooperative Institute for …); with a leading article ("The", "Le") only when the
    // acronym stands alone (since rules 1.11.0: "TQF" for "The Quarrow Foundation", the article's initial
    // kept as the body writes it).
    const first = long.tokens[sequence[from]];
    const kind = long.kinds[sequence[from]];
    if ((kind === Kind.Stop || kind === Kind.Legal) && (from > 0 || (!alone && leadingArticles.has(first.text)))) {
      continue;
    }
    const found = walk(0, from, allowedSkips);
    // Initials of one word are an abbreviation, not an acronym.
    if (found && found.words.length >= 2) {
      return found;
    }
  }
  return undefined;
}

function range(start: number, end: number): number[] {
  const out: number[] = [];
  for (let index = start; index < end; index++) {
    out.push(index);
  }
  return out;
}

function legalAgreement(query: PreparedName, candidate: PreparedName): number {
  const forms = getReferenceData().legalForms;
  const collect = (name: PreparedName) => {
    const set = new Set<number>();
    for (let index = 0; index < name.tokens.length; index++) {
      if (name.kinds[index] === Kind.Legal) {
        set.add(name.tags[index]);
      }
    }
    return [...set].map((form) => forms[form]);
  };
  const left = collect(query);
  const right = collect(candidate);
  if (left.length === 0 || right.length === 0) {
    return 0;
  }
  for (const a of left) {
    for (const b of right) {
      if (a.compare === b.compare || (a.generic && a.generic === b.generic) || !a.compare || !b.compare) {
        return 1;
      }
    }
  }
  return -1;
}

const STRONG_LIKENESS = new Set<Likeness>([
  Likeness.Exact,
  Likeness.Typo,
  Likeness.Phonetic,
  Likeness.Transliteration,
  Likeness.Synonym,
  Likeness.Joined,
  Likeness.Acronym,
  Likeness.Romanisation,
  // A Chinese word and its English rendering (since rules 1.20.0) identify as the same word in one script does.
  Likeness.Translation,
]);

/** Letters a name may lose before an adjective's or a genitive's ending ("Palacky" -> "Palackeho"). */
const NAME_ADJECTIVE_LOST_LETTERS = 2;

/**
 * An organisation's name word aligned by its stem with the adjective or the genitive of the same name
 * ("Quarrow" / "Quarrowova", "Tarvelow" / "Tarvelowski", "Norbergen" / "Norbergensis": org_words.yml
 * name_adjective_endings, since rules 1.13.0): the longer word is the shorter one, less at most two last
 * letters, with one of those endings. Such a pair names the body as the name itself does.
 */
function nameAdjectivePair(query: PreparedName, pair: AlignedPair, candidate: PreparedName): boolean {
  if (query.mode !== 'org' || pair.how !== Likeness.Cognate || pair.query.length !== 1 || pair.candidate.length !== 1) {
    return false;
  }
  return isNameAdjectiveOf(query.tokens[pair.query[0]].text, candidate.tokens[pair.candidate[0]].text);
}

/** Shortest stem of a proper name before an adjective's or a genitive's ending. */
const NAME_ADJECTIVE_MIN_STEM = 4;

/**
 * Whether the longer of two words is the shorter, less at most two last letters, with an ending of
 * org_words.yml name_adjective_endings ("Quarrowova" of "Quarrow", "Tarvijos" of "Tarvia").
 */
function isNameAdjectiveOf(left: string, right: string): boolean {
  // The stem begins both words and has NAME_ADJECTIVE_MIN_STEM letters or more: two words that differ in their
  // first letters have none (most pairs of words asked here), so the endings are not read.
  if (!sameBeginning(left, right, NAME_ADJECTIVE_MIN_STEM)) {
    return false;
  }
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  for (const ending of getReferenceData().nameAdjectiveEndings) {
    if (longer.length <= ending.length || !longer.endsWith(ending)) {
      continue;
    }
    const stem = longer.slice(0, -ending.length);
    if (
      stem.length >= NAME_ADJECTIVE_MIN_STEM &&
      shorter.startsWith(stem) &&
      shorter.length - stem.length <= NAME_ADJECTIVE_LOST_LETTERS
    ) {
      return true;
    }
  }
  return false;
}

/** Whether both words have `length` UTF-16 code units or more and the first `length` are the same. */
function sameBeginning(left: string, right: string, length: number): boolean {
  if (left.length < length || right.length < length) {
    return false;
  }
  for (let index = 0; index < length; index++) {
    if (left.charCodeAt(index) !== right.charCodeAt(index)) {
      return false;
    }
  }
  return true;
}

/**
 * Compares two prepared names: aligns their words one to one (best pairs first), then joined
 * words and acronyms, and scores matched weight against conflicting and extra words.
 */
/**
 * Which side's acronym-only names may be read as the initials of the other side: a name that is only an
 * acronym stands for the other side's words when its party has no full name to check the expansion
 * against (a query that is itself "NUDT"; a pair of two strings). A listed alias "CSU" of "Central
 * South University" never stands for a query "Cleveland State University": the full names decide. An
 * acronym inside a longer name ("U.K. Office of Public Works") may always be expanded.
 */
export type AcronymUse = 'always' | 'in-full-names' | 'never';
export interface AcronymSides {
  query: AcronymUse;
  candidate: AcronymUse;
}

const BOTH_SIDES: AcronymSides = { query: 'always', candidate: 'always' };

function acronymUse(party: PreparedParty): AcronymUse {
  if (party.listed) {
    return 'never';
  }
  return hasFullName(party) ? 'in-full-names' : 'always';
}

function mayExpand(use: AcronymUse, name: PreparedName): boolean {
  return use === 'always' || (use === 'in-full-names' && isFullName(name));
}

/**
 * Whether a name that is only acronyms may take an acronym's score (`acronymWrittenIn`,
 * `acronymStandsFor`): both need every comparable word of the short name to be a code or a place
 * (`onlyCodes`).
 */
function mayTakeAcronymScore(use: AcronymUse, name: PreparedName): boolean {
  return mayExpand(use, name) && onlyCodes(name) !== undefined;
}

// compareNames' rare outcomes (a cap, a floor, a factor, a deciding word added) are computed on every call, with
// no branch around them, and the rare calls inside its conditions are in small functions: an operation that has
// never run when V8 optimises compareNames has no type feedback, and reaching it later throws the optimised code
// away ("insufficient type feedback"); compareNames is large and costly to compile again.
const NO_CAP = Number.POSITIVE_INFINITY;
const NO_FLOOR = Number.NEGATIVE_INFINITY;

function cappedAt(score: number, capped: boolean, cap: number): number {
  return Math.min(score, capped ? cap : NO_CAP);
}

function raisedTo(score: number, raised: boolean, floor: number): number {
  return Math.max(score, raised ? floor : NO_FLOOR);
}

function withWord(words: string[], word: string | undefined): string[] {
  return word === undefined || words.includes(word) ? words : [...words, word];
}

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
function hanWordsIn(name: PreparedName): HanWordHit[] {
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
function oneWordFieldRenderings(): Map<string, string> {
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
function alignHanWords(
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
function sharedRenderingOf(pairs: AlignedPair[]): string | undefined {
  return pairs.find((pair) => pair.shared !== undefined)?.shared;
}

/**
 * Since rules 1.100.0: every comparable word of both names aligned exactly, one to one and in the same order, none
 * left over (a name against itself with its own initials written after it, "Norland University of Science and
 * Technology (NUST)" / "Norland University of Science and Technology"): the names are the same name, which
 * identifies as the identical name does, though its words are a country's name and class words only.
 */
function sameWordsInOrder(pairs: AlignedPair[], unmatchedQuery: number[], unmatchedCandidate: number[]): boolean {
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

/** Whether an aligned pair identifies: identity words on both sides, or one identity word and a place. */
function pairIdentifies(query: PreparedName, pair: AlignedPair, candidate: PreparedName): boolean {
  return (
    (identityPair(query, pair.query) &&
      (identityPair(candidate, pair.candidate) || placing(candidate, pair.candidate))) ||
    (placing(query, pair.query) && identityPair(candidate, pair.candidate))
  );
}

/** `acronymWrittenIn` for a side whose acronyms may be expanded, unless the other name is a unit named after it. */
function acronymWrittenFor(
  use: AcronymUse,
  short: PreparedName,
  long: PreparedName,
  pairs: AlignedPair[],
  side: 'query' | 'candidate',
): boolean {
  return (
    mayExpand(use, short) &&
    acronymWrittenIn(short, long, pairs, side) &&
    !unitNamedAfterAcronym(short, long) &&
    !universityUnitAfterAcronym(short, long) &&
    !unitBeforeClosingAcronym(short, long) &&
    codeOfAnotherBody(long, unmatchedOf(long, pairs, side === 'query' ? 'candidate' : 'query'), short) === undefined
  );
}

/** The comparable words of `name` (on `side` of `pairs`) that no pair aligns. */
function unmatchedOf(name: PreparedName, pairs: AlignedPair[], side: 'query' | 'candidate'): number[] {
  return comparableIndices(name).filter((index) => !pairs.some((pair) => pair[side].includes(index)));
}

/**
 * A name of capitals and digits only whose codes are joined by hyphens, dashes or slashes ("QRU-TVM", "QRU/TVM",
 * "QRU - TVM"): a registry's code of a unit, a section or a programme, each piece an acronym.
 */
const JOINED_CODES = /^[\p{Lu}\d&]+(?:\s?[-–/]\s?[\p{Lu}\d&]+)+$/u;

/**
 * Since rules 1.42.0: the code left over when `name` is a name of joined codes (JOINED_CODES) and `other` is
 * one acronym, one of those codes ("QRU" / "QRU-TVM", "QRU/TVM"; "QRU/ABC" / "QRU/TVM" when the other code
 * is no acronym): the other codes name another body of the one "QRU" names (its unit's, section's or
 * programme's code, or a parent's), not the body "QRU" alone names. On the FundRef dev labels every such
 * pair is a parent and its unit or two sibling units; no true pair of the dev sets has this shape (bench/
 * HISTORY.md, pc5; the exactness gate's were a parent's query against its institutes and a network's national
 * node, "<ACR>-CZ"). A country written as a word of the country tables is left to the country rules, as
 * parentBodyNamed leaves it. The acronym against a long name is not read here: the code's other piece may be the
 * parent's ("QRU-TVM" / "Tarvel Vine Museum", the unit itself) or the unit's ("QRU-TVM" / "Quarrow Research
 * Union", the parent); only the class of the long name's body tells them apart, and one family is all the dev
 * sets hold of the second.
 */
function codeOfAnotherBody(name: PreparedName, unmatched: number[], other: PreparedName): string | undefined {
  if (name.mode !== 'org' || unmatched.length === 0 || !JOINED_CODES.test(name.raw.trim())) {
    return undefined;
  }
  const otherWords = comparableIndices(other);
  if (otherWords.length !== 1 || other.kinds[otherWords[0]] !== Kind.Acronym) {
    return undefined;
  }
  const reference = getReferenceData();
  const code = (index: number) =>
    name.kinds[index] === Kind.Acronym &&
    name.tokens[index].text.length >= 2 &&
    !reference.orgCountryWords.has(name.tokens[index].text) &&
    !reference.countryForms.has(name.tokens[index].text);
  return unmatched.every(code) ? name.tokens[unmatched[0]].text : undefined;
}

function dropOwnAcronyms(name: PreparedName, free: Set<number>): void {
  for (const index of ownAcronymPlaces(name)) {
    free.delete(index);
  }
}

/**
 * The places of a name's acronyms that are the initials of its other words: worked out once per name and kept on
 * it (every comparison of an organisation's name with a free acronym asked again; the answer is the name's alone).
 */
function ownAcronymPlaces(name: PreparedName): readonly number[] {
  if (name.ownAcronyms === undefined) {
    const places: number[] = [];
    for (let index = 0; index < name.tokens.length; index++) {
      if (name.kinds[index] === Kind.Acronym && initialsOfOwnWords(name, index)) {
        places.push(index);
      }
    }
    name.ownAcronyms = places;
  }
  return name.ownAcronyms;
}

function vesselNumbersDiffer(
  query: PreparedName,
  unmatchedQuery: number[],
  candidate: PreparedName,
  unmatchedCandidate: number[],
): [string, string] | undefined {
  return query.mode === 'object'
    ? differentFleetNumbers(query, unmatchedQuery, candidate, unmatchedCandidate)
    : undefined;
}

/**
 * Per side of a comparison (0 the query, 1 the candidate), a mark per word place of the words the first
 * alignment took: kept between calls (compareNames does not call itself) and cleared by `freePlaces`, so a
 * comparison allocates no sets or arrays for it. Grown for a name of more words.
 */
const takenMarks = [new Uint8Array(64), new Uint8Array(64)];

function takenPlaces(side: 0 | 1, count: number): Uint8Array {
  if (takenMarks[side].length < count) {
    takenMarks[side] = new Uint8Array(count * 2);
  }
  return takenMarks[side];
}

/** The places the alignment left free, in `indices`' order (as deleting the taken ones from a set of them leaves them); clears the marks. */
function freePlaces(indices: readonly number[], taken: Uint8Array): Set<number> {
  const free = new Set<number>();
  for (const index of indices) {
    if (taken[index] === 0) {
      free.add(index);
    } else {
      taken[index] = 0;
    }
  }
  return free;
}

/** No word places (placesAgainst's answer for most names; never changed). */
const NO_PLACES: readonly number[] = [];

/** The sum of the words' weights for `use`, less the words at `places` (in `indices`' order, from 0). */
function weightOf(
  name: PreparedName,
  indices: readonly number[],
  places: readonly number[],
  weights: WeightSource,
  use: WeightUse,
): number {
  let sum = 0;
  for (const index of indices) {
    if (places.length === 0 || !places.includes(index)) {
      sum += baseWeight(name, index, weights, use);
    }
  }
  return sum;
}

/**
 * `reaches`, when given, is asked whether a name score could still matter; when the most this
 * comparison can score (see below) could not, the comparison stops before the checks that only lower
 * the score, and returns that most with `partial` set (its explanation is incomplete; see
 * `scorePartiesAtLeast`).
 */
export function compareNames(
  query: PreparedName,
  candidate: PreparedName,
  weights: WeightSource = UNIFORM,
  acronymSides: AcronymSides = BOTH_SIDES,
  likeness?: LikenessCache,
  reaches?: (nameScore: number) => boolean,
  pairsMet?: PairLikenesses,
): NameComparison {
  const qIndices = comparableIndices(query);
  const cIndices = comparableIndices(candidate);
  const options: { qi: number; ci: number; sim: number; how: Likeness; order: number }[] = [];
  const rows = pairsMet?.rowsOf(query);
  for (const qi of qIndices) {
    const row = rows ? (rows[qi] ??= new Map()) : undefined;
    for (const ci of cIndices) {
      const { sim, how } = row
        ? metPairLikeness(row, query, qi, candidate, ci, likeness)
        : pairLikeness(query, qi, candidate, ci, likeness);
      if (sim >= ALIGN_MIN) {
        options.push({ qi, ci, sim, how, order: Math.abs(qi - ci) });
      }
    }
  }
  // At equal similarity the same word before a known variant ("Nazionali" with "Nazionali", not "Nazionale").
  options.sort(
    (a, b) => b.sim - a.sim || Number(b.how === Likeness.Exact) - Number(a.how === Likeness.Exact) || a.order - b.order,
  );
  const pairs: AlignedPair[] = [];
  const queryTaken = takenPlaces(0, query.tokens.length);
  const candidateTaken = takenPlaces(1, candidate.tokens.length);
  if (query.mode === 'org') {
    alignHanWords(query, queryTaken, candidate, candidateTaken, true, pairs);
    alignHanWords(candidate, candidateTaken, query, queryTaken, false, pairs);
  }
  for (const option of options) {
    if (queryTaken[option.qi] === 0 && candidateTaken[option.ci] === 0) {
      queryTaken[option.qi] = 1;
      candidateTaken[option.ci] = 1;
      pairs.push({ query: [option.qi], candidate: [option.ci], sim: option.sim, how: option.how });
    }
  }
  const qFree = freePlaces(qIndices, queryTaken);
  const cFree = freePlaces(cIndices, candidateTaken);
  if (query.mode === 'org' && qFree.size > 0 !== cFree.size > 0) {
    reseatRepeatedWords(query, qFree, 'query', pairs);
    reseatRepeatedWords(candidate, cFree, 'candidate', pairs);
  }
  if (qFree.size > 0 || cFree.size > 0) {
    stemPairsToJoins(query, qFree, candidate, cFree, pairs);
  }
  if (qFree.size > 0 && cFree.size > 0 && query.mode === 'org') {
    joinJapaneseReadings(query, qFree, candidate, cFree, true, pairs);
    joinJapaneseReadings(candidate, cFree, query, qFree, false, pairs);
  }
  if (qFree.size > 0 && cFree.size > 0) {
    joinRuns(query, qFree, candidate, cFree, true, pairs);
    joinRuns(candidate, cFree, query, qFree, false, pairs);
    if (qFree.size > 0 && cFree.size > 0) {
      joinDroppedWords(query, qFree, candidate, cFree, true, pairs);
      joinDroppedWords(candidate, cFree, query, qFree, false, pairs);
    }
    // (Since rules 1.34.0 an organisation's too: a city written in two words in Urdu or Persian, "فیصل آباد",
    // "ہری پور", against its Latin name in one, and "عبد العزيز" against "Abdulaziz" in a body's honouree.)
    // One side of such a pair is a word of Arabic script: a pair of names with none (most) is not walked.
    if (hasArabicWord(query) || hasArabicWord(candidate)) {
      joinAcrossScripts(query, qFree, candidate, cFree, true, pairs);
      joinAcrossScripts(candidate, cFree, query, qFree, false, pairs);
    }
  }
  // Asked of every pair of persons' names with free words: the longer word of a pair must end as a compound name
  // does, and few words do, so a pair of names without one is not looked at.
  if (
    query.mode === 'person' &&
    qFree.size > 0 &&
    cFree.size > 0 &&
    (hasFreeCompound(query, qFree) || hasFreeCompound(candidate, cFree))
  ) {
    compoundShortForms(query, qFree, candidate, cFree, pairs);
  }
  if (query.mode === 'org' && qFree.size + cFree.size <= 2) {
    classLetterWords(query, qFree, candidate, cFree, pairs);
  }
  if (query.mode === 'org' && (qFree.size > 0 || cFree.size > 0)) {
    joinClassSuffixes(query, qFree, candidate, cFree, pairs);
  }
  if (query.mode === 'org' && (qFree.size > 0 || cFree.size > 0)) {
    joinCompoundWords(query, qFree, candidate, cFree, true, pairs);
    joinCompoundWords(candidate, cFree, query, qFree, false, pairs);
  }
  if (query.mode === 'org' && qFree.size > 0 && cFree.size > 0) {
    abbreviatedWords(query, qFree, candidate, cFree, true, pairs);
    abbreviatedWords(candidate, cFree, query, qFree, false, pairs);
  }
  if (qFree.size > 0 && cFree.size > 0) {
    if (mayExpand(acronymSides.query, query)) {
      matchAcronyms({ short: query, shortFree: qFree, long: candidate, longFree: cFree, shortIsQuery: true, pairs });
    }
    if (mayExpand(acronymSides.candidate, candidate)) {
      matchAcronyms({ short: candidate, shortFree: cFree, long: query, longFree: qFree, shortIsQuery: false, pairs });
    }
  }

  // "Korvel Harbour University (KHU)": an acronym of its own name's words adds nothing.
  // (Only an organisation's names: a person's are passed over before their free words are read.)
  if (query.mode === 'org') {
    dropOwnAcronyms(query, qFree);
  }
  if (candidate.mode === 'org') {
    dropOwnAcronyms(candidate, cFree);
  }

  // "J. R. Quarrow Institute" / "Quarrow Institute": the initials (and a given name) of the person a body
  // is named after, written before the surname, are left out.
  const namesake = query.mode === 'org' ? namesakeInitials(query, qFree, candidate, cFree, pairs) : undefined;
  // "Quarrow State University named after A. B. Tarvel" / "Quarrow State University": the clause naming the
  // person honoured, closing one name only, is left out (since rules 1.18.0).
  const honouree =
    query.mode === 'org'
      ? (honoureeClause(query, qFree, candidate, cFree, pairs) ?? honoureeOpener(query, qFree, candidate, cFree, pairs))
      : undefined;

  // "Quarrow Society" / "Quarrow Association": related class words stand for one another only when the
  // names agree otherwise; with words left over they are two bodies, and the class words are charged.
  if (qFree.size > 0 || cFree.size > 0) {
    dropClassKin(pairs, qFree, cFree);
  }

  // "<X> of the Republic of Norland" / "<X>" (since rules 1.56.0): a country's formal name added, the form of state
  // left out.
  const formalCountry = query.mode === 'org' ? formalCountryName(query, qFree, candidate, cFree, pairs) : undefined;
  // "SUNY Quarrow Community College", "Institute of Geology of the Veltora Academy of Sciences": the other
  // name whole, with its parent body named before it or after "of".
  const parentNamed =
    query.mode === 'org' && !formalCountry ? parentBodyNamed(query, qFree, candidate, cFree, pairs) : undefined;
  // "Département Quarrow Tides et Veltora Marshes" / "Quarrow Tides et Veltora Marshes": a unit named by its
  // topic, with its unit type written before it.
  const unitType =
    query.mode === 'org' && !parentNamed && !formalCountry
      ? unitTypeNamed(query, qFree, candidate, cFree, pairs)
      : undefined;
  // "Quarrow Institute" / "Quarrow Institute for Tarvel Research": the purpose or field written after a body's own
  // name and class word, on one side only, is left out (since rules 1.41.0).
  const complement =
    query.mode === 'org' && !honouree && !parentNamed && !unitType && !formalCountry
      ? purposeComplement(query, qFree, candidate, cFree, pairs)
      : undefined;
  // "Quarrow Medical College" / "Quarrow Medical College and Hospital": a second institution of the body joined after
  // "and", on one side only, is left out (since rules 1.64.0).
  const joinedInstitution =
    query.mode === 'org' && !honouree && !parentNamed && !unitType && !formalCountry && !complement
      ? joinedInstitutionAfter(query, qFree, candidate, cFree, pairs)
      : undefined;
  // "Province of Quarrowland" / "Quarrowland": the words naming a subdivision's form, on one side only, are left out
  // (since rules 1.64.0).
  const subdivisionForm =
    query.mode === 'org' &&
    !honouree &&
    !parentNamed &&
    !unitType &&
    !formalCountry &&
    !complement &&
    !joinedInstitution
      ? subdivisionFormWords(query, qFree, candidate, cFree, pairs)
      : undefined;

  if (query.mode === 'person') {
    // "Haji" before the name on one side and among the names on the other is the same title, not a name.
    dropMovedHonorifics(query, qFree, candidate);
    dropMovedHonorifics(candidate, cFree, query);
  }

  let matchedWeight = 0;
  let matchedScore = 0;
  let strong = false;
  for (const pair of pairs) {
    const qw = weightOf(query, pair.query, NO_PLACES, weights, 'agree');
    const cw = weightOf(candidate, pair.candidate, NO_PLACES, weights, 'agree');
    const weight = (qw + cw) / 2;
    matchedWeight += weight;
    matchedScore += pair.sim * weight;
    if (
      (STRONG_LIKENESS.has(pair.how) || nameAdjectivePair(query, pair, candidate)) &&
      pairIdentifies(query, pair, candidate)
    ) {
      strong = true;
    }
  }
  const unmatchedQuery = ascending(qFree);
  const unmatchedCandidate = ascending(cFree);
  // "Quarrow Trading (Norland)" / "Quarrow Trading Group": a place on one side only is added, not in
  // conflict with the other side's words; places on both sides are two branches and stay in conflict.
  const placesQuery = placesAgainst(query, unmatchedQuery, candidate, unmatchedCandidate);
  const placesCandidate = placesAgainst(candidate, unmatchedCandidate, query, unmatchedQuery);
  const uq = weightOf(query, unmatchedQuery, placesQuery, weights, 'conflict');
  const uc = weightOf(candidate, unmatchedCandidate, placesCandidate, weights, 'conflict');
  const conflict = Math.min(uq, uc);
  // Extra words are charged at their agreement weight (a listed name's extra "Mohammad" says little).
  const uqExtra = weightOf(query, unmatchedQuery, placesQuery, weights, 'extra');
  const ucExtra = weightOf(candidate, unmatchedCandidate, placesCandidate, weights, 'extra');
  const placesExtra =
    weightOf(query, placesQuery, NO_PLACES, weights, 'extra') +
    weightOf(candidate, placesCandidate, NO_PLACES, weights, 'extra');
  const longer = uq >= uc ? uq : uc;
  const extra = (longer > 0 ? ((longer - conflict) / longer) * (uq >= uc ? uqExtra : ucExtra) : 0) + placesExtra;
  let score = matchedWeight > 0 ? matchedScore / (matchedWeight + 2 * conflict + EXTRA_COST[query.mode] * extra) : 0;
  const weakOnly = matchedWeight > 0 && !strong && !sameWordsInOrder(pairs, unmatchedQuery, unmatchedCandidate);
  if (weakOnly) {
    score = Math.min(score, WEAK_ONLY_CAP);
  }
  // "Quarrow Foundation" against "Quarrow", "Quarrow (Norland)" against "Quarrow Corp" (since rules 1.11.0): a
  // body's one-word name with a foundation's or a company's kind word names the body the word alone names.
  const oneWordKindShape =
    query.mode === 'org' &&
    (oneWordWithKindWord(query, unmatchedQuery, candidate, unmatchedCandidate, pairs, 'query') ||
      oneWordWithKindWord(candidate, unmatchedCandidate, query, unmatchedQuery, pairs, 'candidate'));
  if (reaches) {
    // From here the score only falls (a min with a cap, a product with a factor below 1), except that
    // an acronym-only name may lift it to an acronym's score (at most ACRONYM_WRITTEN_SCORE), and a
    // one-word name against it with a foundation's word to ONE_WORD_KIND_SCORE: the most this comparison
    // can score is the largest of these.
    const acronymScore =
      query.mode === 'org' &&
      (mayTakeAcronymScore(acronymSides.query, query) || mayTakeAcronymScore(acronymSides.candidate, candidate))
        ? Math.max(ACRONYM_WRITTEN_SCORE, ACRONYM_EXPANDED_SCORE)
        : 0;
    const most = Math.max(score, acronymScore, oneWordKindShape ? ONE_WORD_KIND_SCORE : 0);
    if (!reaches(most)) {
      return {
        score: most,
        partial: true,
        query,
        candidate,
        pairs,
        unmatchedQuery,
        unmatchedCandidate,
        legal: 0,
        weakOnly,
        reversed: false,
        commonOnly: false,
        oneWordFor: false,
        companyForPerson: false,
        decidingDiffer: [],
        longNameConflict: false,
        childOf: false,
        orgConflict: false,
      };
    }
  }
  const unmatchedSides = { query, candidate, pairs, unmatchedQuery, unmatchedCandidate };
  // A name of common name words on either side identifies nobody unless the other agrees word for word:
  // "Wang Wei" is not "WANG, Wei Min", "Ahmed Hamdan" not "Salem Ahmed Salem Hamdan".
  const commonOnly =
    query.mode === 'person' &&
    pairs.length > 0 &&
    (isCommonOnlyName(query, weights, alignedWords(pairs, 'query', candidate), () =>
      hasAnotherNameWord(candidate, unmatchedCandidate),
    ) ||
      isCommonOnlyName(candidate, weights, alignedWords(pairs, 'candidate', query), () =>
        hasAnotherNameWord(query, unmatchedQuery),
      )) &&
    !agreesTokenForToken(unmatchedSides);
  score = cappedAt(score, commonOnly, COMMON_ONLY_CAP);
  // "ZARVO" against "ZARVO Institute": a name that is only an acronym, written as such in the other
  // name, whose other words then describe it.
  const acronymWritten =
    query.mode === 'org' &&
    (acronymWrittenFor(acronymSides.query, query, candidate, pairs, 'query') ||
      acronymWrittenFor(acronymSides.candidate, candidate, query, pairs, 'candidate'));
  score = raisedTo(score, acronymWritten, ACRONYM_WRITTEN_SCORE);
  // "RCVN" against "Royal College of Vintners in Norland": a name that is only an acronym stands for
  // most of the other name's words; the words it leaves out (a country, a parent body, a class word)
  // are not a conflict, since an acronym has no other words to disagree with.
  const acronymExpanded =
    query.mode === 'org' &&
    !acronymWritten &&
    ((mayExpand(acronymSides.query, query) &&
      acronymStandsFor(query, candidate, pairs, 'query') &&
      unitAcronymJoinedToParent(query, unmatchedQuery, candidate, unmatchedCandidate) === undefined) ||
      (mayExpand(acronymSides.candidate, candidate) &&
        acronymStandsFor(candidate, query, pairs, 'candidate') &&
        unitAcronymJoinedToParent(candidate, unmatchedCandidate, query, unmatchedQuery) === undefined));
  score = raisedTo(score, acronymExpanded, ACRONYM_EXPANDED_SCORE);
  const oneWordKind = oneWordKindShape && !acronymWritten && !acronymExpanded;
  score = raisedTo(score, oneWordKind, ONE_WORD_KIND_SCORE);
  let decidingDiffer: string[] = [];
  let orgConflict = false;
  let kindDiffer: [string, string] | undefined;
  let numberDiffer: [string, string] | undefined;
  if (query.mode === 'org' && !acronymWritten && !acronymExpanded) {
    decidingDiffer = differentDecidingWords(
      query,
      candidate,
      pairs,
      parentNamed ?? unitType ?? complement ?? formalCountry ?? joinedInstitution ?? subdivisionForm,
    );
    const countryFirst =
      countryWrittenFirst(query, unmatchedQuery, candidate, unmatchedCandidate) ??
      countryWrittenFirst(candidate, unmatchedCandidate, query, unmatchedQuery);
    decidingDiffer = withWord(decidingDiffer, countryFirst);
    // "… of the Republic of Norland" / "… of the People's Republic of Norland" (since rules 1.58.0): two states.
    const stateForm =
      otherStateForm(query, unmatchedQuery, candidate, unmatchedCandidate) ??
      otherStateForm(candidate, unmatchedCandidate, query, unmatchedQuery);
    decidingDiffer = withWord(decidingDiffer, stateForm);
    const supportBody =
      supportBodyWritten(query, unmatchedQuery, candidate, unmatchedCandidate) ??
      supportBodyWritten(candidate, unmatchedCandidate, query, unmatchedQuery);
    decidingDiffer = withWord(decidingDiffer, supportBody);
    // "…, Harbourville Centre" / the name without it; "National Institute of Tide Studies, Harbourville" / the
    // generic name without it (since rules 1.17.0): a unit of the body, or one of many bodies of one name.
    const branch =
      branchSegmentWritten(query, unmatchedQuery, candidate, unmatchedCandidate) ??
      branchSegmentWritten(candidate, unmatchedCandidate, query, unmatchedQuery) ??
      placeAfterGenericName(query, unmatchedQuery, candidate, unmatchedCandidate) ??
      placeAfterGenericName(candidate, unmatchedCandidate, query, unmatchedQuery);
    decidingDiffer = withWord(decidingDiffer, branch);
    // "Université de Harbourville" / "SPF Harbourville" (since rules 1.22.0): a place is all they share.
    const placeOnly = oneWordKind
      ? undefined
      : (kindOfPlaceOnly(query, unmatchedQuery, candidate, unmatchedCandidate, pairs, 'query') ??
        kindOfPlaceOnly(candidate, unmatchedCandidate, query, unmatchedQuery, pairs, 'candidate'));
    decidingDiffer = withWord(decidingDiffer, placeOnly);
    // "Quarrow Council of Research" / "QCR-TML" (since rules 1.55.0): the council's unit by its own acronym.
    const unitAcronym =
      (unmatchedCandidate.length === 0
        ? (unitAcronymBeforeBody(query, unmatchedQuery, candidate) ??
          unitAcronymJoinedToParent(query, unmatchedQuery, candidate))
        : undefined) ??
      (unmatchedQuery.length === 0
        ? (unitAcronymBeforeBody(candidate, unmatchedCandidate, query) ??
          unitAcronymJoinedToParent(candidate, unmatchedCandidate, query))
        : undefined);
    decidingDiffer = withWord(decidingDiffer, unitAcronym);
    // "QRU" / "QRU-TVM" (since rules 1.42.0): a unit's or a section's code joined to the acronym.
    const otherCode =
      (unmatchedCandidate.length === 0 ? codeOfAnotherBody(query, unmatchedQuery, candidate) : undefined) ??
      (unmatchedQuery.length === 0 ? codeOfAnotherBody(candidate, unmatchedCandidate, query) : undefined);
    decidingDiffer = withWord(decidingDiffer, otherCode);
    orgConflict =
      (hasIdentityWord(query, unmatchedQuery) && hasIdentityWord(candidate, unmatchedCandidate)) ||
      finalSyllableLeftOver(query, unmatchedQuery, candidate, unmatchedCandidate) ||
      syllableLeftOver(query, unmatchedQuery, candidate) ||
      syllableLeftOver(candidate, unmatchedCandidate, query);
    kindDiffer = acronymKindDiffers(query, unmatchedQuery, candidate, unmatchedCandidate, pairs);
    numberDiffer =
      differentUnitNumbers(query, unmatchedQuery, candidate, unmatchedCandidate) ??
      differentSeriesNumbers(query, unmatchedQuery, candidate, unmatchedCandidate);
    if (decidingDiffer.length > 0 || orgConflict || kindDiffer !== undefined || numberDiffer !== undefined) {
      score = Math.min(score, ORG_DIFFERENCE_CAP);
    }
  }
  // "Zarif Mahmud Qasem Abdul Torkhani" / "Zarif Mahmud Qasem Shah Torkhani": in a name of four parts or more
  // (given name, father's, grandfather's, tribal or family name) a part in place of another is another
  // person of one family, not a spelling.
  const longNameConflict =
    query.mode === 'person' &&
    !commonOnly &&
    namePartCount(query) >= LONG_NAME_PARTS &&
    namePartCount(candidate) >= LONG_NAME_PARTS &&
    conflictingPart(query, unmatchedQuery, candidate, unmatchedCandidate);
  score = cappedAt(score, longNameConflict, LONG_NAME_CONFLICT_CAP);
  // "Rafiq Zarif Mahmud al-Qarnawi" against "Zarif Mahmud al-Qarnawi": in an Arabic name a given name
  // before another's whole name names a son or daughter of that person (a nasab), not the person.
  const childOf =
    query.mode === 'person' &&
    !longNameConflict &&
    (nameBeforeWhole(query, unmatchedQuery, candidate, unmatchedCandidate, pairs, 'query') ||
      nameBeforeWhole(candidate, unmatchedCandidate, query, unmatchedQuery, pairs, 'candidate'));
  score = cappedAt(score, childOf, LONG_NAME_CONFLICT_CAP);
  // A listed name of one word never stands for a fuller person's name: "Tariq" is not "Tariq Aziz Hamdan".
  const oneWordFor =
    query.mode === 'person' &&
    pairs.length === 1 &&
    pairs[0].query.length === 1 &&
    pairs[0].candidate.length === 1 &&
    (hasNameWord(query, unmatchedQuery) || hasNameWord(candidate, unmatchedCandidate));
  score = cappedAt(score, oneWordFor, ONE_WORD_CAP);
  // A person's name against a name with a legal form ("RAHAT LTD"): a company is not a person.
  const companyForPerson =
    (query.mode === 'person' && hasLegalForm(candidate)) || (candidate.mode === 'person' && hasLegalForm(query));
  score = cappedAt(score, companyForPerson, COMPANY_FOR_PERSON_CAP);
  const reversed = query.mode === 'person' && patronymReversed(query, candidate, pairs);
  score *= reversed ? PATRONYM_REVERSED_FACTOR : 1;
  // "Quarrow Star 25" / "Quarrow Star 14": when BOTH vessels' names carry a number, the numbers differ and
  // one has two digits or more (a fleet, hull or yard number), they are sister ships, not one. A number on
  // one side only is left to the score (lists drop hull numbers), and so is a one-digit change ("Quarrow
  // Star 2" / "Quarrow Star 5"): the dev name pairs label those as one vessel, the lists as sister ships.
  // Companies' series numbers ("Fund VII" / "Fund VIII") are left to the score too (labelled one family).
  const fleetNumbersDiffer = vesselNumbersDiffer(query, unmatchedQuery, candidate, unmatchedCandidate);
  score = cappedAt(score, fleetNumbersDiffer !== undefined, FLEET_NUMBERS_DIFFER_CAP);
  const legal = query.mode === 'org' ? legalAgreement(query, candidate) : 0;
  if (legal < 0) {
    score *= LEGAL_CONFLICT_FACTOR;
  }
  // "<place> University of Technology" / "<place>工业大学" (since rules 1.96.0): a rendering that two class phrases
  // share (han_words.yml shared_class_phrases) names either body of the place; a candidate, never a resolution.
  const sharedRendering = query.mode === 'org' ? sharedRenderingOf(pairs) : undefined;
  score = cappedAt(score, sharedRendering !== undefined, SHARED_RENDERING_CAP);
  return {
    score,
    sharedRendering,
    fleetNumbersDiffer,
    query,
    candidate,
    pairs,
    unmatchedQuery,
    unmatchedCandidate,
    legal,
    weakOnly,
    reversed,
    commonOnly,
    oneWordFor,
    companyForPerson,
    decidingDiffer,
    longNameConflict,
    childOf,
    orgConflict,
    kindDiffer,
    numberDiffer,
    parentNamed,
    namesake,
    honouree,
    complement,
    formalCountry,
    joinedInstitution,
    subdivisionForm,
    unitType,
    oneWordKind,
  };
}

/**
 * The unmatched placing words of an organisation's name (a listed qualifier, a country's name or
 * demonym, a trailing country: Qualifier words not of a trailing segment) when the other name's
 * unmatched words only say it is a company ("Co.", "Group": company_words.yml company_kind_classes): a
 * place added to one name, charged as an extra word, not set against those words. Against any other
 * word ("… Foundation", "… Lab": a unit or a body of its own) the place stays in conflict.
 */
function placesAgainst(
  name: PreparedName,
  unmatched: number[],
  other: PreparedName,
  otherUnmatched: number[],
): readonly number[] {
  if (name.mode !== 'org') {
    return NO_PLACES;
  }
  const { companyKindClasses } = getReferenceData();
  if (
    !otherUnmatched.every(
      (index) =>
        other.kinds[index] === Kind.Class &&
        classSetOf(other.tags[index]).some((group) => companyKindClasses.has(group)),
    )
  ) {
    return NO_PLACES;
  }
  return unmatched.filter((index) => name.kinds[index] === Kind.Qualifier && name.tags[index] !== TRAILING_SEGMENT);
}

/**
 * Since rules 1.56.0: a country written by its formal name, closing one name only, after a function word or a
 * comma ("<X> of the Republic of Norland", "<X>, Kingdom of Norland", "<X> de la República de Norlandia"), against
 * the other name whole, which writes no word of the country: the form of state (org_words.yml state_form_heads,
 * one of them, and state_form_words) is left out of the score and of the deciding words, so the country costs
 * what its short name after "of" costs (a place added: "<X> of Norland" / "<X>"). Both names writing the country
 * keep the form of state as it was: it tells two states of one short name apart ("Republic of Korea" /
 * "Democratic People's Republic of Korea"). Returns the left-out words, and leaves them out of `free`.
 */
function formalCountryName(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): ParentNamed | undefined {
  if (qFree.size > 0 === cFree.size > 0 || pairs.length === 0) {
    return undefined;
  }
  const [side, name, free, other] =
    qFree.size > 0 ? (['query', query, qFree, candidate] as const) : (['candidate', candidate, cFree, query] as const);
  // A one-word name ("Universidad") is too little to read a formal name against ("… de la República de Norlandia").
  if (comparableIndices(other).length < 2) {
    return undefined;
  }
  const reference = getReferenceData();
  const { tokens, kinds, tags } = name;
  // The country's words close the name: qualifiers of a place (no listed qualifier such as "Campus"), all free. Not
  // the place of a generic name ("Ministry of Tides of the Republic of Norland" / "Ministry of Tides"): the generic
  // name is many countries' ministry, and read so the exactness gate matched another country's "Ministry of …".
  let countryStart = tokens.length;
  while (
    countryStart > 0 &&
    kinds[countryStart - 1] === Kind.Qualifier &&
    tags[countryStart - 1] === 0 &&
    !reference.orgQualifiers.has(tokens[countryStart - 1].text) &&
    free.has(countryStart - 1)
  ) {
    countryStart--;
  }
  // Then, before them, function words ("of the"), and before those the form of state.
  let formEnd = countryStart;
  while (formEnd > 0 && kinds[formEnd - 1] === Kind.Stop) {
    formEnd--;
  }
  if (countryStart === tokens.length || formEnd === countryStart) {
    return undefined;
  }
  const stateWord = (index: number) =>
    reference.stateFormHeads.has(tokens[index].text) || reference.stateFormWords.has(tokens[index].text);
  let formStart = formEnd;
  while (formStart > 0 && stateWord(formStart - 1) && free.has(formStart - 1)) {
    formStart--;
  }
  const form = range(formStart, formEnd);
  if (form.length === 0 || !form.some((index) => reference.stateFormHeads.has(tokens[index].text))) {
    return undefined;
  }
  // The formal name opens a phrase: after a function word ("… of the Republic of …") or a comma or a dash ("…,
  // Republic of …"), never as the name's own first words ("Republic Quarrow Bank of Norland").
  const tail = name.raw.split(/[,;–—]|\s-\s/).pop() ?? '';
  const opensSegment = tokeniseRaw(tail)[0]?.orig.toLowerCase() === tokens[formStart].orig.toLowerCase();
  if (formStart === 0 || (kinds[formStart - 1] !== Kind.Stop && !opensSegment)) {
    return undefined;
  }
  // Every other word of the name is aligned: the other name is this one without the country.
  if (free.size !== form.length + tokens.length - countryStart) {
    return undefined;
  }
  for (const index of form) {
    free.delete(index);
  }
  return { side, words: form };
}

/**
 * The form-of-state word that `name` alone writes in a country's formal name, when `other` writes the same country
 * (since rules 1.58.0): "… of the People's Republic of Norland" against "… of the Republic of Norland" names another
 * state ("people"), as "Democratic" does; a formal name listed as naming another state than the short name
 * (org_words.yml other_state_formal_names: "Republic of China") against the short name alone ("… of China") decides
 * by its head ("republic"). A head alone otherwise is the same state ("… of the Republic of Norland" / "… of
 * Norland"), as formalCountryName reads it.
 */
function otherStateForm(
  name: PreparedName,
  unmatched: number[],
  other: PreparedName,
  otherUnmatched: number[],
): string | undefined {
  if (name.mode !== 'org' || unmatched.length === 0) {
    return undefined;
  }
  const reference = getReferenceData();
  const { tokens, kinds } = name;
  const stateFormWord = (text: string) => reference.stateFormHeads.has(text) || reference.stateFormWords.has(text);
  const isCountry = (of: PreparedName, index: number) =>
    of.kinds[index] === Kind.Qualifier &&
    (reference.orgCountryWords.has(of.tokens[index].text) || reference.countryForms.has(of.tokens[index].text));
  for (const index of unmatched) {
    const word = tokens[index].text;
    const head = reference.stateFormHeads.has(word);
    if (!head && !reference.stateFormWords.has(word)) {
      continue;
    }
    // The formal name runs from its first form-of-state word on through such words and function words to the
    // country's word.
    let start = index;
    while (start > 0 && stateFormWord(tokens[start - 1].text)) {
      start--;
    }
    let at = index + 1;
    while (at < tokens.length && (kinds[at] === Kind.Stop || stateFormWord(tokens[at].text))) {
      at++;
    }
    if (at === tokens.length || !isCountry(name, at) || unmatched.includes(at)) {
      continue;
    }
    const country = tokens[at].text;
    const otherWritesIt = comparableIndices(other).some(
      (otherIndex) => !otherUnmatched.includes(otherIndex) && other.tokens[otherIndex].text === country,
    );
    if (!otherWritesIt) {
      continue;
    }
    // A form word on one side only decides between two formal names of one head ("People's Republic" / "Republic");
    // against the short name alone ("… of Norland") the formal name is the same state.
    if (!head) {
      const heads = range(index + 1, at).filter((position) => reference.stateFormHeads.has(tokens[position].text));
      const otherWritesHead = heads.some((position) =>
        comparableIndices(other).some(
          (otherIndex) =>
            !otherUnmatched.includes(otherIndex) && other.tokens[otherIndex].text === tokens[position].text,
        ),
      );
      if (otherWritesHead) {
        return word;
      }
      continue;
    }
    const phrase = range(start, at + 1)
      .filter((position) => kinds[position] !== Kind.Stop || tokens[position].text === 'of')
      .map((position) => tokens[position].text)
      .join(' ');
    if (reference.otherStateFormalNames.has(phrase)) {
      return word;
    }
  }
  return undefined;
}

/** Score of a body's one-word name against that word and a foundation's or company's kind word ("Quarrow Foundation"). */
const ONE_WORD_KIND_SCORE = 0.75;

/**
 * Whether `short` is one name word (not a place, a country or a field: those name a body's topic or seat)
 * written exactly in `long`, whose only other comparable word is one class word of a kind listed in
 * org_words.yml one_word_kind_classes ("Quarrow" / "Quarrow Foundation", "The Quarrow Stiftung"; neither name
 * with a legal form) or, since rules 1.11.0 too, of a company's kind (company_words.yml company_kind_classes:
 * "Quarrow" / "Quarrow Group", "Quarrow (Norland)" / "Quarrow Corp": a company's country written beside its
 * one-word name on the short side is left over as a place, as placesAgainst reads it for longer names), or,
 * since rules 1.45.0, of company_words.yml one_word_company_classes ("Quarrow" / "Quarrow International").
 */
function oneWordWithKindWord(
  short: PreparedName,
  shortUnmatched: number[],
  long: PreparedName,
  longUnmatched: number[],
  pairs: AlignedPair[],
  side: 'query' | 'candidate',
): boolean {
  if (longUnmatched.length !== 1 || pairs.length !== 1) {
    return false;
  }
  const reference = getReferenceData();
  const added = longUnmatched[0];
  if (long.kinds[added] !== Kind.Class) {
    return false;
  }
  const groups = classSetOf(long.tags[added]);
  const foundation = groups.some((group) => reference.oneWordKindClasses.has(group));
  const company =
    !foundation &&
    groups.some((group) => reference.companyKindClasses.has(group) || reference.oneWordCompanyClasses.has(group));
  if (!foundation && !company) {
    return false;
  }
  // A country's name after a company's one-word name ("… (Norland)"): a qualifier that is no word of a
  // trailing segment (which may name a branch) nor a listed qualifier ("Office", "Campus").
  const countryWord = (index: number) =>
    short.kinds[index] === Kind.Qualifier &&
    short.tags[index] !== TRAILING_SEGMENT &&
    !reference.orgQualifiers.has(short.tokens[index].text);
  if (!shortUnmatched.every(countryWord) || (foundation && shortUnmatched.length > 0)) {
    return false;
  }
  const shortWords = comparableIndices(short).filter((index) => !shortUnmatched.includes(index));
  // The country written after the name ("Quarrow (Germany)"), not a demonym before it ("German Quarrow").
  if (shortWords.length !== 1 || shortUnmatched.some((index) => index < shortWords[0])) {
    return false;
  }
  const other = side === 'query' ? 'candidate' : 'query';
  const [pair] = pairs;
  const word = shortWords[0];
  return !(
    pair.how !== Likeness.Exact ||
    pair[side].length !== 1 ||
    pair[side][0] !== word ||
    pair[other].length !== 1 ||
    short.kinds[word] !== Kind.Name ||
    long.kinds[pair[other][0]] !== Kind.Name ||
    wordDecidingGroup(short.tokens[word]) !== undefined ||
    comparableIndices(long).length !== 2 ||
    // A company's name with its legal form is not the foundation named after the company (rules 1.8.0).
    (foundation && (hasLegalForm(short) || hasLegalForm(long)))
  );
}

/** Tag of a qualifier that is a word of a trailing segment ("…, Jaipur"): a place that may also name a branch. */
const TRAILING_SEGMENT = 1;

/** Below the threshold: a vessel whose fleet or hull number differs from the other's is a sister ship. */
const FLEET_NUMBERS_DIFFER_CAP = 0.65;

/**
 * The unmatched numbers of each side, when both sides have one (unmatched, so they differ) and one has 2+ digits.
 * Vessels only; organisations' numbered units are `differentUnitNumbers` (digits up to three, or a final letter).
 */
function differentFleetNumbers(
  query: PreparedName,
  unmatchedQuery: number[],
  candidate: PreparedName,
  unmatchedCandidate: number[],
): [string, string] | undefined {
  const numbers = (name: PreparedName, indices: number[]) =>
    indices
      .filter((index) => name.kinds[index] === Kind.Number)
      .map((index) => name.tokens[index].text)
      .join(' ');
  const left = numbers(query, unmatchedQuery);
  const right = numbers(candidate, unmatchedCandidate);
  const digits = getReferenceData().fleetNumberDigits;
  return left && right && `${left} ${right}`.split(' ').some((text) => text.replace(/\D/g, '').length >= digits)
    ? [left, right]
    : undefined;
}

/** Persons' names of this many parts or more are long names: a changed part is a conflict. */
const LONG_NAME_PARTS = 4;
/** Below the threshold: one part in place of another in a long name is another person. */
const LONG_NAME_CONFLICT_CAP = 0.65;

/** Name words and name particles ("Abdul", "Abu") of a person's name: its parts. */
function namePartCount(name: PreparedName): number {
  let count = 0;
  for (let index = 0; index < name.kinds.length; index++) {
    count += name.kinds[index] === Kind.Name || name.kinds[index] === Kind.Particle ? 1 : 0;
  }
  return count;
}

/**
 * A name word left over on one side against a name word or a name-forming particle ("Abdul") left over
 * on the other: a part of one name in place of a part of the other. Particles alone ("bin" against
 * "al") are spelling conventions, not parts.
 */
function conflictingPart(
  query: PreparedName,
  unmatchedQuery: number[],
  candidate: PreparedName,
  unmatchedCandidate: number[],
): boolean {
  const part = (name: PreparedName, indices: number[]) =>
    indices.some((index) => name.kinds[index] === Kind.Name || isNameParticle(name, index));
  return (
    (hasNameWord(query, unmatchedQuery) && part(candidate, unmatchedCandidate)) ||
    (hasNameWord(candidate, unmatchedCandidate) && part(query, unmatchedQuery))
  );
}

/** Particle groups that mark an Arabic name: the article and the words for son and daughter. */
const ARABIC_NAME_GROUPS = new Set(['al', 'bin', 'bint', 'ibn']);

/**
 * Name words of `name` left over only before its first aligned word, while the other name, of two
 * parts or more, is aligned whole, and an article or "bin" marks an Arabic name.
 */
function nameBeforeWhole(
  name: PreparedName,
  unmatched: number[],
  other: PreparedName,
  otherUnmatched: number[],
  pairs: AlignedPair[],
  side: 'query' | 'candidate',
): boolean {
  if (unmatched.length === 0 || hasNameWord(other, otherUnmatched) || pairs.length < 2) {
    return false;
  }
  const firstAligned = Math.min(...pairs.flatMap((pair) => pair[side]));
  const particles = getReferenceData().particleNames;
  const arabic = [name, other].some((each) =>
    Array.from(each.kinds).some(
      (kind, index) => kind === Kind.Particle && ARABIC_NAME_GROUPS.has(particles[each.tags[index]]),
    ),
  );
  return arabic && unmatched.every((index) => index < firstAligned && name.kinds[index] === Kind.Name);
}

/** A particle that begins a name of its own ("Abdul", "Abu"), unlike a connector ("bin", "al", "de"). */
function isNameParticle(name: PreparedName, index: number): boolean {
  return name.kinds[index] === Kind.Particle && name.tokens[index].text.length >= 3 && !isPatronymic(name, index);
}

/**
 * "QSA College" against "Quarrow Sunna Army": the class word written beside an acronym names the kind
 * of body, and the class words the acronym stands for name another kind (a college is no army). Returns
 * the two words, or undefined.
 */
function acronymKindDiffers(
  query: PreparedName,
  unmatchedQuery: number[],
  candidate: PreparedName,
  unmatchedCandidate: number[],
  pairs: AlignedPair[],
): [string, string] | undefined {
  const kinds = getReferenceData().classKinds;
  const kindsOf = (groups: number[]) => groups.map((group) => kinds.get(group) ?? -1).filter((kind) => kind >= 0);
  for (const pair of pairs) {
    if (pair.how !== Likeness.Acronym) {
      continue;
    }
    const [short, left, long, words] =
      pair.query.length === 1 && pair.candidate.length > 1
        ? [query, unmatchedQuery, candidate, pair.candidate]
        : [candidate, unmatchedCandidate, query, pair.query];
    const covered = words.filter((index) => long.kinds[index] === Kind.Class);
    if (covered.length === 0) {
      continue;
    }
    const coveredGroups = covered.flatMap((index) => classSetOf(long.tags[index]));
    const coveredKinds = kindsOf(coveredGroups);
    for (const index of left) {
      if (short.kinds[index] !== Kind.Class) {
        continue;
      }
      const groups = classSetOf(short.tags[index]);
      const same =
        groups.some((group) => coveredGroups.includes(group)) ||
        kindsOf(groups).some((kind) => coveredKinds.includes(kind));
      if (!same) {
        return [short.tokens[index].orig, covered.map((position) => long.tokens[position].orig).join(', ')];
      }
    }
  }
  return undefined;
}

/** Highest score of a person's name against a name that carries a legal form. */
const COMPANY_FOR_PERSON_CAP = 0.5;

function hasLegalForm(name: PreparedName): boolean {
  for (let index = 0; index < name.tokens.length; index++) {
    if (name.kinds[index] === Kind.Legal) {
      return true;
    }
  }
  return false;
}

/** The honorific group of a person's word ("shaikh" → "sheikh"), or undefined. */
function honorificOf(name: PreparedName, index: number): string | undefined {
  const token = name.tokens[index];
  return getReferenceData().honorificGroups.get(token.script === Script.Latin ? token.text : token.orig);
}

/**
 * Leaves out of `free` the words of `name` that stand for an honorific the other name carries as its
 * title: the same honorific elsewhere ("… Haji …"), or a spelling of it ("Said" for سيد).
 */
function dropMovedHonorifics(name: PreparedName, free: Set<number>, other: PreparedName): void {
  const titles: number[] = [];
  for (let index = 0; index < other.tokens.length; index++) {
    if (other.kinds[index] === Kind.Title && honorificOf(other, index)) {
      titles.push(index);
    }
  }
  if (titles.length === 0) {
    return;
  }
  for (const index of [...free]) {
    if (name.kinds[index] !== Kind.Name) {
      continue;
    }
    const group = honorificOf(name, index);
    const standsFor = titles.some(
      (title) =>
        (group !== undefined && group === honorificOf(other, title)) ||
        tokenLikeness(name.tokens[index], other.tokens[title], true).sim >= ALIGN_MIN,
    );
    if (standsFor) {
      free.delete(index);
    }
  }
}

/** Score of an acronym-only name found as written in the other name ("ZARVO" in "ZARVO Institute"). */
const ACRONYM_WRITTEN_SCORE = 0.8;

function acronymWrittenIn(short: PreparedName, long: PreparedName, pairs: AlignedPair[], side: 'query' | 'candidate') {
  const comparable = comparableIndices(short);
  // One acronym ("ZARVO"), or every code of a name of codes ("ZARVO QAP" in "Zarvo Institute (ZARVO QAP)").
  if (
    comparable.length === 0 ||
    comparable.length > CAPITALS_CODE_WORDS ||
    !comparable.every((index) => short.tokens[index].text.length >= 2) ||
    !comparable.some((index) => short.tokens[index].text.length >= 3) ||
    onlyCodes(short) === undefined
  ) {
    return false;
  }
  const other = side === 'query' ? 'candidate' : 'query';
  return comparable.every((index) =>
    pairs.some(
      (pair) =>
        pair.how === Likeness.Exact &&
        pair[side].length === 1 &&
        pair[side][0] === index &&
        pair[other].length === 1 &&
        long.kinds[pair[other][0]] === Kind.Acronym,
    ),
  );
}

/**
 * The comparable words of `long` after its first word, when `short` is one word that `long` writes first with nothing
 * setting it apart (no comma, dash, colon, slash or parentheses in `long`: then the words after it may be its
 * expansion) and `long` has at least `minimum` comparable words; otherwise undefined. The opening that
 * unitNamedAfterAcronym and universityUnitAfterAcronym share.
 */
function wordsAfterLeadingAcronym(short: PreparedName, long: PreparedName, minimum: number): number[] | undefined {
  const shortWords = comparableIndices(short);
  const longWords = comparableIndices(long);
  if (
    shortWords.length !== 1 ||
    longWords.length < minimum ||
    long.tokens[longWords[0]].text !== short.tokens[shortWords[0]].text ||
    /[,()[\]:;/\u2013\u2014]|\s-\s/u.test(long.raw)
  ) {
    return undefined;
  }
  return longWords.slice(1);
}

/**
 * Whether `long` is a unit or body named after the one acronym `short` is (since rules 1.14.0): the acronym is
 * `long`'s first word, nothing sets it apart (a comma, a dash, parentheses: then the words after it may be its
 * expansion), and the words after it hold a name word and a class word of org_words.yml acronym_unit_classes
 * ("ZARVO Tide Institute", not "ZARVO Institute").
 */
function unitNamedAfterAcronym(short: PreparedName, long: PreparedName): boolean {
  const reference = getReferenceData();
  const rest = reference.acronymUnitClasses.size === 0 ? undefined : wordsAfterLeadingAcronym(short, long, 3);
  return (
    rest !== undefined &&
    rest.some((index) => long.kinds[index] === Kind.Name) &&
    rest.some(
      (index) =>
        long.kinds[index] === Kind.Class &&
        classSetOf(long.tags[index]).some((group) => reference.acronymUnitClasses.has(group)),
    )
  );
}

/**
 * Whether `long` is a university's unit written after the university's acronym `short` (since rules 1.60.0): the
 * acronym holds a letter of org_words.yml university_acronym_letters (the initial of "University" in the languages
 * registries write acronyms in), is `long`'s first word with nothing setting it apart, and the words after it hold a
 * class word of university_unit_classes and none of university_body_classes ("QRU Health", "QRU Business School",
 * "QRU Tide Trust"; not "QRU University", "QRU Foundation"). Without such a class word the words after the acronym
 * are left to unitNamedAfterAcronym and the place rules: "QRU <place>" is as often the university's own short name
 * as a campus's.
 */
function universityUnitAfterAcronym(short: PreparedName, long: PreparedName): boolean {
  const reference = getReferenceData();
  const rest = reference.universityUnitClasses.size === 0 ? undefined : wordsAfterLeadingAcronym(short, long, 2);
  if (
    rest === undefined ||
    !reference.universityAcronymLetters.some((letter) =>
      short.tokens[comparableIndices(short)[0]].text.includes(letter),
    )
  ) {
    return false;
  }
  const groups = (index: number) => classSetOf(long.tags[index]);
  return (
    rest.some((index) => groups(index).some((group) => reference.universityUnitClasses.has(group))) &&
    !rest.some((index) => groups(index).some((group) => reference.universityBodyClasses.has(group)))
  );
}

/**
 * Whether `long` is a unit's name closed by its parent's acronym `short` after a comma (since rules 1.61.0): the
 * one acronym is `long`'s last word, alone after its last comma, and the words before it do not spell it
 * ("Tide Lab, QRU", "City, QRU", "TLB, QRU"): a unit of the body the acronym names, not that body, so the acronym
 * takes no acronym's score. Words before the comma that spell the acronym ("Quarrow Research Unit, QRU") are the
 * body's own name with its acronym, as before. On the dev pair files no true pair has the shape (14 parent/child
 * pairs, 3 of them matched at 1.60.0); in the ROR registry a parent's acronym closes a child's name after a comma
 * 12 times and a record's own name twice (bench/HISTORY.md, pc9).
 */
function unitBeforeClosingAcronym(short: PreparedName, long: PreparedName): boolean {
  const shortWords = comparableIndices(short);
  const last = closingAcronymOfUnit(long);
  return shortWords.length === 1 && last !== undefined && long.tokens[last].text === short.tokens[shortWords[0]].text;
}

/**
 * The acronym that closes `name` alone after its last comma when the words before it do not spell it ("Tide Lab,
 * QRU", "City, QRU", "TLB, QRU"): the parent's acronym closing its unit's name (rules 1.61.0), or undefined.
 */
function closingAcronymOfUnit(name: PreparedName): number | undefined {
  const words = comparableIndices(name);
  if (words.length < 2) {
    return undefined;
  }
  const last = words[words.length - 1];
  const comma = name.raw.lastIndexOf(',');
  if (
    name.kinds[last] !== Kind.Acronym ||
    comma < 0 ||
    normaliseCode(name.raw.slice(comma + 1)) !== normaliseCode(name.tokens[last].orig) ||
    initialsOfOwnWords(name, last)
  ) {
    return undefined;
  }
  return last;
}

/** A code's letters and digits, lower-cased, for comparing the raw text after a comma with an acronym. */
function normaliseCode(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Score of an acronym-only name that stands for most of the other name's words ("RCSI"). */
const ACRONYM_EXPANDED_SCORE = 0.75;
/** Share of the other name's comparable words an acronym-only name must stand for. */
const ACRONYM_COVERAGE = 0.5;

function acronymStandsFor(
  short: PreparedName,
  long: PreparedName,
  pairs: AlignedPair[],
  side: 'query' | 'candidate',
): boolean {
  if (onlyCodes(short) === undefined) {
    return false;
  }
  const comparable = comparableIndices(short);
  const other = side === 'query' ? 'candidate' : 'query';
  // The codes read as initials of two or more of the other name's words: one ("QIDG"), or several that
  // spell it in parts ("QSCC TMB"; "QSVI KFW": a place's initials and a unit's).
  const expansions = pairs.filter(
    (pair) =>
      pair.how === Likeness.Acronym &&
      pair[side].length === 1 &&
      comparable.includes(pair[side][0]) &&
      pair[other].length >= 2,
  );
  if (expansions.length === 0) {
    return false;
  }
  const main = comparable[comparable.length - 1];
  const leftover = comparable.filter((index) => !pairs.some((pair) => pair[side].includes(index)));
  const mainOnly = expansions.length === 1 && expansions[0][side][0] === main && isMainAcronym(short, main);
  if (!mainOnly) {
    // A code beside the one that stands for the name ("QCR-KSB", "QIDG Tarvel", "QSCC TMB"): each other code
    // is its own expansion or written in the other name, or left over as a qualifier (a parent's or a place's
    // code, a place) that the other name does not contradict (see codeContradicted).
    const explained = (index: number) =>
      leftover.includes(index) ||
      pairs.some(
        (pair) =>
          pair[side].length === 1 &&
          pair[side][0] === index &&
          (expansions.includes(pair) || pair.how === Likeness.Exact),
      );
    if (!comparable.every(explained) || codeContradicted(short, leftover, long, pairs, other)) {
      return false;
    }
  } else if (
    pairs.some((pair) => !expansions.includes(pair) && pair[side].some((index) => comparable.includes(index))) ||
    (closingAcronymOfUnit(short) === main &&
      !comparableIndices(long).some((index) => index < Math.min(...expansions[0][other])))
  ) {
    // Acronyms before the main one ("DOE" of "DOE BES") name the parent or place: they must not stand for
    // anything else in the long name. Since rules 1.65.0 the main one alone after a comma ("TLB, QRU" for
    // "Quarrow Rivers University") closes its unit's name, as against the acronym alone (unitBeforeClosingAcronym),
    // unless the long name too writes words before the ones it stands for ("Tide Lab, Quarrow Rivers University":
    // the unit named on both sides).
    return false;
  }
  const covered = [...new Set(expansions.flatMap((pair) => pair[other]))];
  // A name of one code alone: a second word may stand for the unit ("QB QRU" for "Quarrow Branch, Quarrow Research
  // University").
  if (short.tokens.length === 1 && unitWrittenBeforeParent(long, covered)) {
    return false;
  }
  // Nor is the parent body named after the words it stands for ("ITM" for "Institute of Tarvel Mechanics
  // of the Quarrow Academy of Sciences"): an academy, university, ministry or agency after "of" or a comma.
  const parent = parentNamedAfter(long, Math.max(...covered));
  // Two words are enough when the words left out are only class words, qualifiers, another acronym
  // (a parent's: "QE" for "TMA Quarrow Exploration") or the parent named after them ("FE" for "Office of
  // Fossil Energy", "JM" for "Johnson Matthey (United Kingdom)", "IT" for "Institute of Tides, Quarrow
  // Academy of Sciences"); otherwise three at least.
  const leftOut = comparableIndices(long).filter((index) => !covered.includes(index) && !parent.includes(index));
  // "Quarrow Research University Hospital" for "QRU": a unit's word after the words the acronym stands for, when
  // they name a parent body (a university, an academy: segment_parent_classes), names a unit of that body
  // (org_words.yml unit_after_acronym_classes, since rules 1.24.0).
  const {
    unitAfterAcronymClasses: unitAfter,
    namedUnitAfterAcronymClasses,
    segmentParentClasses,
    unitBeforeParentClasses,
  } = getReferenceData();
  const ofClasses = (index: number, groups: Set<number>) =>
    long.kinds[index] === Kind.Class && classSetOf(long.tags[index]).some((group) => groups.has(group));
  // Since rules 1.36.0 also any unit's word of unit_before_parent_classes after the parent's name written with a
  // possessive ("Quarrow Research University's Tide Center"): the possessive makes the words after it the body's.
  const unitWords = possessiveAfter(long, Math.max(...covered)) ? unitBeforeParentClasses : unitAfter;
  // Since rules 1.65.0 also a college with its own name words between ("Quarrow Rivers University Tarvel College"):
  // org_words.yml named_unit_after_acronym_classes, not right after the words nor after a function word.
  const lastCovered = Math.max(...covered);
  const namedUnit = (index: number) =>
    ofClasses(index, namedUnitAfterAcronymClasses) &&
    range(lastCovered + 1, index).some((between) => long.kinds[between] === Kind.Name) &&
    !range(lastCovered + 1, index).some((between) => long.kinds[between] === Kind.Stop);
  if (
    covered.some((index) => ofClasses(index, segmentParentClasses)) &&
    leftOut.some((index) => index > lastCovered && (ofClasses(index, unitWords) || namedUnit(index)))
  ) {
    return false;
  }
  const describes = (kind: number) => kind === Kind.Class || kind === Kind.Qualifier || kind === Kind.Acronym;
  if (covered.length < 3 && !leftOut.every((index) => describes(long.kinds[index]))) {
    return false;
  }
  // A country or campus the acronym leaves out ("… (South Quarria)") is no word it must stand for; words
  // after a comma may be the name's own ("…, Marshes and Lagoons") and still count.
  const described = comparableIndices(long).filter(
    (index) =>
      (long.kinds[index] !== Kind.Qualifier || long.tags[index] === TRAILING_SEGMENT) && !parent.includes(index),
  );
  return covered.length >= ACRONYM_COVERAGE * described.length;
}

/**
 * Whether the words an acronym stands for (`covered`) are the last segment of `long`, set apart by a comma or a
 * dash from the words before it, and those hold a unit's class word (org_words.yml unit_before_parent_classes):
 * "Tide Institute, Quarrow Research University" is a unit of the body "QRU" names, not that body (since rules
 * 1.24.0). Only a country may follow the covered words. Since rules 1.65.0 also with nothing between them when the
 * covered words name a parent body in the genitive ("Instytut Tarvelu Polskiej Akademii Nauk" for "PAN").
 */
function unitWrittenBeforeParent(long: PreparedName, covered: number[]): boolean {
  const { unitBeforeParentClasses: classes, unitOfParentJoiners, segmentParentClasses } = getReferenceData();
  if (classes.size === 0 || covered.length === 0) {
    return false;
  }
  const first = Math.min(...covered);
  const words = comparableIndices(long);
  const before = words.filter((index) => index < first);
  // Since rules 1.36.0 also joined by "of" or "at" (org_words.yml unit_of_parent_joiners) when the covered words
  // name a parent body ("Tide Foundation of Quarrow Research University" for "QRU"): function words only between.
  const joinedToParent = (last: number) =>
    range(last + 1, first).every((index) => long.kinds[index] === Kind.Stop) &&
    range(last + 1, first).some((index) => unitOfParentJoiners.has(long.tokens[index].text)) &&
    covered.some(
      (index) =>
        long.kinds[index] === Kind.Class &&
        classSetOf(long.tags[index]).some((group) => segmentParentClasses.has(group)),
    );
  // Since rules 1.65.0 also written right after the unit's words with no joiner when the covered words name a parent
  // body in a case form ("Instytut Tarvelu Polskiej Akademii Nauk", "Институт … Российской академии наук": the
  // genitive, as parentBodyNamed reads it since rules 1.16.0 and 1.17.0).
  const parentInGenitive = (last: number) =>
    last + 1 === first &&
    covered.some(
      (index) => long.tokens[index].script === Script.Cyrillic || readAsPlaceCaseForm(long.tokens[index].text),
    ) &&
    covered.some(
      (index) =>
        long.kinds[index] === Kind.Class &&
        classSetOf(long.tags[index]).some((group) => segmentParentClasses.has(group)),
    );
  if (
    before.length === 0 ||
    !(
      segmentBetween(long, before[before.length - 1], first) ||
      joinedToParent(before[before.length - 1]) ||
      parentInGenitive(before[before.length - 1])
    ) ||
    words.some((index) => index > first && !covered.includes(index) && long.kinds[index] !== Kind.Qualifier)
  ) {
    return false;
  }
  // The unit's own acronym alone set apart before its parent's name ("QTC - Quarrow Research University") too.
  return (
    (before.length === 1 && long.kinds[before[0]] === Kind.Acronym) ||
    before.some(
      (index) => long.kinds[index] === Kind.Class && classSetOf(long.tags[index]).some((group) => classes.has(group)),
    )
  );
}

/**
 * Whether the word at `last` is written with a possessive ("…'s", "…’s") and is the last word before it
 * ("Quarrow Research University's Tide Center": the words before the possessive are the name's first `last + 1`).
 */
function possessiveAfter(name: PreparedName, last: number): boolean {
  const written = /^(.*?\p{L})['’]s(?!\p{L})/u.exec(name.raw);
  return written !== null && tokeniseRaw(written[1]).length === last + 1;
}

/** Most words of a name written all in capitals that are all read as codes ("QRAB QIDG"). */
const CAPITALS_CODE_WORDS = 3;
/** A word of a name written all in capitals that may be a code: two to eight Latin letters. */
const CAPITALS_CODE = /^[a-z]{2,8}$/;

/**
 * Whether `name` is written all in capitals with at most CAPITALS_CODE_WORDS comparable words, each an
 * acronym or a word of two to eight Latin letters ("QRAB QIDG", "QSCTE-QUL QCSH", "QAVRU NORTH"): in
 * capitals an acronym and a word look alike, so each word may be read as a code. Names with a class
 * word ("BANK …") or a longer word are names, not codes.
 */
function capitalsCodes(name: PreparedName): boolean {
  if (name.mode !== 'org' || name.tokens.length > 2 * CAPITALS_CODE_WORDS) {
    return false;
  }
  let count = 0;
  for (let index = 0; index < name.tokens.length; index++) {
    const kind = name.kinds[index];
    if (!isComparable(kind)) {
      continue;
    }
    count++;
    const token = name.tokens[index];
    if (
      count > CAPITALS_CODE_WORDS ||
      (kind !== Kind.Acronym &&
        (kind !== Kind.Name || token.script !== Script.Latin || !CAPITALS_CODE.test(token.text)))
    ) {
      return false;
    }
  }
  // (The written form is looked at last, and only for a short name of words that could be codes.)
  return count > 0 && !/\p{Ll}/u.test(name.raw);
}

/**
 * The number of codes of a name made only of codes ("QIDG", "QCR-KSB", "QRAB QIDG"), or undefined when it
 * has another word or none: such a name may stand for another name by its acronym. A name of acronyms
 * only may have any number of them; one in capitals whose words are read as codes (capitalsCodes) at most
 * CAPITALS_CODE_WORDS. A place written beside an acronym ("QIDG Norland") is no code: on the dev pairs it
 * names a regional branch as often as the body itself (see bench/HISTORY.md, rules 1.9.0).
 */
function onlyCodes(name: PreparedName): number | undefined {
  if (name.mode !== 'org') {
    return undefined;
  }
  let acronyms = 0;
  let words = 0;
  for (let index = 0; index < name.tokens.length; index++) {
    const kind = name.kinds[index];
    if (!isComparable(kind)) {
      continue;
    }
    if (kind === Kind.Acronym) {
      acronyms++;
    } else if (kind === Kind.Name) {
      words++;
    } else {
      return undefined;
    }
  }
  if (words === 0) {
    return acronyms > 0 ? acronyms : undefined;
  }
  return capitalsCodes(name) ? acronyms + words : undefined;
}

/**
 * Whether the other name contradicts the codes left over beside an acronym that stands for it: a word of
 * its own left over that no leftover code abbreviates ("Quarrow Institute of Technology Tarvo" against
 * "QIT-BLM"; "QIT-TRV" abbreviates it), or another acronym. Class words and a country or listed qualifier
 * of the other name ("… (Norland)") contradict nothing.
 */
function codeContradicted(
  short: PreparedName,
  leftover: number[],
  long: PreparedName,
  pairs: AlignedPair[],
  other: 'query' | 'candidate',
): boolean {
  if (leftover.length === 0) {
    return false;
  }
  const codes = leftover;
  for (const index of comparableIndices(long)) {
    if (pairs.some((pair) => pair[other].includes(index))) {
      continue;
    }
    const kind = long.kinds[index];
    if (kind === Kind.Class || (kind === Kind.Qualifier && long.tags[index] !== TRAILING_SEGMENT)) {
      continue;
    }
    const text = long.tokens[index].text;
    const abbreviated = codes.some((code) => abbreviates(short.tokens[code].text, text));
    if (kind === Kind.Acronym || !abbreviated) {
      return true;
    }
  }
  return false;
}

/** Whether `code` abbreviates `word`: its first letter, then its other letters in order ("trv" of "tarvo"). */
function abbreviates(code: string, word: string): boolean {
  if (code.length < 2 || code.length >= word.length || code[0] !== word[0]) {
    return false;
  }
  let at = 1;
  for (const letter of code.slice(1)) {
    at = word.indexOf(letter, at) + 1;
    if (at === 0) {
      return false;
    }
  }
  return true;
}

/**
 * The words after `last` that name a parent body: they follow a function word ("of", "of the") and hold
 * a class word of a parent class (academy, university, ministry, agency…; org_words.yml parent_classes).
 * Empty when there are none.
 */
function parentNamedAfter(long: PreparedName, last: number): number[] {
  // Since rules 1.9.0 also set apart by a comma ("…, Quarrow Academy of Sciences"), as parentBodyNamed reads it.
  if (last + 1 >= long.tokens.length || (long.kinds[last + 1] !== Kind.Stop && !segmentBetween(long, last, last + 1))) {
    return [];
  }
  // The parent's class word stands in the first run of words after the function words ("… of the
  // National Academy of …"); "… and Veltora Studies of the … Academy" names more of the body first.
  let start = last + 1;
  while (start < long.tokens.length && long.kinds[start] === Kind.Stop) {
    start++;
  }
  let end = start;
  while (end < long.tokens.length && long.kinds[end] !== Kind.Stop) {
    end++;
  }
  const parentClasses = getReferenceData().parentClasses;
  const named = range(start, end).some(
    (index) =>
      long.kinds[index] === Kind.Class && classSetOf(long.tags[index]).some((group) => parentClasses.has(group)),
  );
  return named ? comparableIndices(long).filter((index) => index > last) : [];
}

/**
 * The acronym that carries a name made only of acronyms: the name's only word, or the last of several,
 * the ones before it naming a parent body or a place ("NPS" in "NPS SWAN", "UC" in "UC CDB").
 */
function isMainAcronym(name: PreparedName, index: number): boolean {
  const comparable = comparableIndices(name);
  return (
    comparable[comparable.length - 1] === index && comparable.every((position) => name.kinds[position] === Kind.Acronym)
  );
}

/** Punctuation that sets parts of a name apart: a comma, a dash between words, a colon, parentheses. */
const SEGMENT_MARK = /[,:;()（）]|\s[-–—]\s/u;

/**
 * Whether punctuation (SEGMENT_MARK) sets the word at `from` apart from the word at `to` in the written
 * name, counting each part's words; when the counts do not add up, any such punctuation does.
 */
function segmentBetween(name: PreparedName, from: number, to: number): boolean {
  const parts = name.raw.split(SEGMENT_MARK).filter((part) => part !== undefined);
  const counts = parts.map((part) => tokeniseRaw(part).length);
  if (counts.reduce((sum, count) => sum + count, 0) !== name.tokens.length) {
    return parts.length > 1;
  }
  let end = 0;
  for (const count of counts) {
    end += count;
    if (from < end) {
      return to >= end;
    }
  }
  return false;
}

/** Fewest words a topic name must have for a unit type written before it to be left out. */
const TOPIC_WORDS = 3;

/**
 * A name that is the other name whole with only class words before it ("Département", "Groupement de
 * Recherche", "Laboratoire"), when the other name names a topic, not a body: three comparable words or
 * more, none a class word that names a body ("Institute", "University"; a field word such as
 * "Technologies" may stand in a topic). The class words say what kind of unit works on the topic: they
 * are left out of the score. "Graduate School of Quarrow Tarvel University" is no such case: the other
 * name names a body by itself. Returns the class words, and leaves them out of `free`.
 */
function unitTypeNamed(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): ParentNamed | undefined {
  const side = qFree.size > 0 && cFree.size === 0 ? 'query' : cFree.size > 0 && qFree.size === 0 ? 'candidate' : null;
  if (!side || pairs.length === 0) {
    return undefined;
  }
  const [long, free, short] = side === 'query' ? [query, qFree, candidate] : [candidate, cFree, query];
  const topic = comparableIndices(short);
  const bodyWord = (index: number) =>
    short.kinds[index] === Kind.Acronym ||
    short.kinds[index] === Kind.NamedBody ||
    (short.kinds[index] === Kind.Class && wordDecidingGroup(short.tokens[index]) === undefined);
  if (topic.length < TOPIC_WORDS || topic.some(bodyWord)) {
    return undefined;
  }
  const first = Math.min(...pairs.flatMap((pair) => pair[side]));
  const extra = [...free].sort((a, b) => a - b);
  if (!extra.every((index) => index < first && long.kinds[index] === Kind.Class)) {
    return undefined;
  }
  // The class words stand together before the topic: only function words between them and it.
  for (let index = extra[0]; index < first; index++) {
    if (!free.has(index) && long.kinds[index] !== Kind.Stop) {
      return undefined;
    }
  }
  extra.forEach((index) => free.delete(index));
  return { side, words: extra };
}

/**
 * Whether the words `extra` of `name` are one written word of capitals pieces joined by hyphens ("QRN-TVR"), each
 * an acronym of two to five letters, written before the other words with no comma, colon or dash after it, or
 * after them with none before it (since rules 1.45.0): one acronym, as parentBodyNamed reads a single one.
 */
function hyphenJoinedAcronym(name: PreparedName, extra: number[], first: number, last: number): boolean {
  if (extra.length < 2 || extra.some((index, at) => at > 0 && index !== extra[at - 1] + 1)) {
    return false;
  }
  if (!extra.every((index) => name.kinds[index] === Kind.Acronym && /^\p{L}{2,5}$/u.test(name.tokens[index].orig))) {
    return false;
  }
  // Written so in the name, in capitals (the tokens' own text is in small letters).
  const written = extra.map((index) => name.tokens[index].orig.toUpperCase()).join('-');
  if (!new RegExp(`(?:^|\\s)${written}(?:\\s|$)`, 'u').test(name.raw.trim())) {
    return false;
  }
  const lastExtra = extra[extra.length - 1];
  return lastExtra < first ? !segmentBetween(name, lastExtra, first) : !segmentBetween(name, last, extra[0]);
}

/** The words of one name that name the parent body of the body the other name names. */
interface ParentNamed {
  side: 'query' | 'candidate';
  words: number[];
}

/**
 * The words naming the person a body is named after, in one name (`words`) and the other (`otherWords`: the given
 * names its initials stand for, or those initials); `given` when given names, not only initials, are left out.
 */
interface Namesake extends ParentNamed {
  otherWords: number[];
  given?: boolean;
}

/**
 * A name that is the other name whole with its parent body named before it ("SUNY Quarrow Community
 * College", "Quarrow University Centre for Tides") or after a function word ("Institute of Geology of the
 * Veltora Academy of Sciences"). The parent's words must hold a class word or an acronym (they name a
 * body), and a body named as the complement of the other's words ("Research Institute of the Veltora
 * Health Centre": the institute of that centre) or followed by words of its own ("Veltora University
 * School of Law": a unit of the university) is another body. The parent's words are then left out of the
 * score and of the deciding words. Returns them, and leaves them out of `free`.
 */
function parentBodyNamed(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): ParentNamed | undefined {
  const side = qFree.size > 0 && cFree.size === 0 ? 'query' : cFree.size > 0 && qFree.size === 0 ? 'candidate' : null;
  if (!side || pairs.length === 0) {
    return undefined;
  }
  const [long, free, short]: [PreparedName, Set<number>, PreparedName] =
    side === 'query' ? [query, qFree, candidate] : [candidate, cFree, query];
  const shortSide = side === 'query' ? 'candidate' : 'query';
  // Chinese and Korean write a unit after its parent (the university's name, then the college's): in a name
  // written in characters, or against one, words left over in characters are the unit, never a parent written
  // before (since rules 1.15.0). A Latin name with its characters added ("<name> (<characters>)") keeps the rule.
  if (
    [...free].some((index) => long.tokens[index].isSyllable) &&
    (short.tokens.some((token) => token.isSyllable) ||
      !long.tokens.some((token, index) => token.script === Script.Latin && long.kinds[index] === Kind.Name))
  ) {
    return undefined;
  }
  // An acronym in the longer name that stands for the other name ("Institute of Musicology VASA": VASA
  // is the academy) names the parent; the longer name is a unit of it. Acronyms joined by a hyphen or
  // dash ("QIMS-QU", "QU - QIMS") name a body and its parent or place in either order: the one that
  // stands for the other name whole is that body, the other its parent's or place's (below). Written
  // apart ("QRU VMN") the last acronym carries the name (isMainAcronym). A piece of two letters left over
  // is a place code of a section ("QNIP-PG": the institute's section in a province), not a parent: the
  // section is another body.
  const hyphenedAcronyms =
    HYPHENATED_ACRONYMS.test(long.raw.trim()) &&
    comparableIndices(long).every((index) => long.kinds[index] === Kind.Acronym) &&
    [...free].every((index) => long.tokens[index].text.length >= 3);
  if (
    !hyphenedAcronyms &&
    pairs.some((pair) => pair.how === Likeness.Acronym && pair[side].length < pair[shortSide].length)
  ) {
    return undefined;
  }
  const identified = pairs.some(
    (pair) => STRONG_LIKENESS.has(pair.how) && identityPair(short, pair[shortSide]) && identityPair(long, pair[side]),
  );
  if (!identified) {
    return undefined;
  }
  // The other name in its own order ("Harbourton University" is not "City University of Harbourton").
  const ordered = [...pairs].sort((a, b) => Math.min(...a[shortSide]) - Math.min(...b[shortSide]));
  if (ordered.some((pair, at) => at > 0 && Math.min(...pair[side]) < Math.max(...ordered[at - 1][side]))) {
    return undefined;
  }
  const aligned = pairs.flatMap((pair) => pair[side]);
  const first = Math.min(...aligned);
  const last = Math.max(...aligned);
  const extra = [...free].sort((a, b) => a - b);
  // "Quarrow Zoology Institute QZ", "QRU Tarvel Centre": one acronym written before or after the other
  // name whole (two words or more) names its parent body, its place or its unit type, not another body.
  // A country written as capitals ("(USA)") is left to the country rules: subsidiaries differ by it.
  const reference = getReferenceData();
  const country = (word: string) => reference.orgCountryWords.has(word) || reference.countryForms.has(word);
  // Since rules 1.45.0 also one acronym written in capitals as pieces joined by hyphens ("QRN-TVR Tarvel Centre":
  // a research network's acronym), when no comma or dash sets it apart from the other name.
  const oneAcronym =
    extra.length === 1 ? long.kinds[extra[0]] === Kind.Acronym : hyphenJoinedAcronym(long, extra, first, last);
  if (
    oneAcronym &&
    !extra.some((index) => country(long.tokens[index].text)) &&
    (extra[0] < first || extra[0] > last) &&
    comparableIndices(short).length >= 2
  ) {
    if (
      unitAcronymBeforeBody(long, extra, short) !== undefined ||
      unitAcronymJoinedToParent(long, extra, short) !== undefined
    ) {
      return undefined;
    }
    extra.forEach((index) => free.delete(index));
    return { side, words: extra };
  }
  // A word that names a body: an acronym, a named body, or a class word that is no field or other
  // deciding word ("Academy", "University", not "Technology" or "Medicine": "… University of Medicine"
  // is another body, not the university with its parent named).
  const bodyWord = (index: number) => {
    const kind = long.kinds[index];
    return (
      kind === Kind.Acronym ||
      kind === Kind.NamedBody ||
      (kind === Kind.Class && wordDecidingGroup(long.tokens[index]) === undefined)
    );
  };
  // Before: the parent is a body of a parent class ("Quarrow University …", "Instituto … de Lisboa …") or
  // an acronym ("SUNY …"); a unit type written first ("Centre for Quarrow Trials <hospital>"), or a
  // unit set apart by a comma, names another body.
  const parentClasses = getReferenceData().parentClasses;
  const parentWord = (index: number) =>
    long.kinds[index] === Kind.Acronym ||
    long.kinds[index] === Kind.NamedBody ||
    (long.kinds[index] === Kind.Class && classSetOf(long.tags[index]).some((group) => parentClasses.has(group)));
  const segmentParentClasses = getReferenceData().segmentParentClasses;
  const segmentParentWord = (index: number) =>
    long.kinds[index] === Kind.Acronym ||
    long.kinds[index] === Kind.NamedBody ||
    (long.kinds[index] === Kind.Class && classSetOf(long.tags[index]).some((group) => segmentParentClasses.has(group)));
  // The other name must name a body by itself: two words or more, one a class word ("Quarrow Community
  // College"); "Panamericana Ltda" or "Philippines" alone is no unit of a university named before it.
  const shortWords = comparableIndices(short);
  if (shortWords.length < 2 || !shortWords.some((index) => short.kinds[index] === Kind.Class)) {
    return undefined;
  }
  // Russian, Ukrainian and the other languages written in Cyrillic name a body's parent after it, in the
  // genitive and without a preposition ("Институт … Российской академии наук": the institute of the
  // academy): words written before the other name there are the unit, not its parent (since rules 1.16.0).
  // So does a Latin name whose words aligned with the other name hold a place's or a country's case form
  // ("Instytut … Tarvelskiej Akademii": since rules 1.17.0, place_case_endings).
  const genitiveAfter = aligned.some(
    (index) => long.tokens[index].script === Script.Cyrillic || readAsPlaceCaseForm(long.tokens[index].text),
  );
  // A unit's words written before the whole name of a body of a parent class that is no unit's class (an
  // academy, a university, a ministry) are that body's unit, not its parent: "Institute of Tide Studies
  // Norlandic Academy of Sciences" is an institute of the academy (org_words.yml unit_before_parent_classes,
  // read here since rules 1.37.0; a comma or a dash between them was read so since rules 1.24.0). Only a unit
  // type written first: a named institute ("Kvara Institute …") may still be a parent written before.
  const unitBeforeParentClasses = getReferenceData().unitBeforeParentClasses;
  const classGroupsAt = (name: PreparedName, index: number) =>
    name.kinds[index] === Kind.Class ? classSetOf(name.tags[index]) : [];
  const unitBeforeParent = () =>
    extra.every((index) => classGroupsAt(long, index).every((group) => unitBeforeParentClasses.has(group))) &&
    classGroupsAt(long, extra[0]).length > 0 &&
    !extra.some((index) => long.kinds[index] === Kind.Acronym || long.kinds[index] === Kind.NamedBody) &&
    shortWords.some((index) =>
      classGroupsAt(short, index).some((group) => parentClasses.has(group) && !unitBeforeParentClasses.has(group)),
    );
  const before =
    !genitiveAfter &&
    extra.every((index) => index < first) &&
    extra.some(parentWord) &&
    !unitBeforeParent() &&
    !extra.some((index) => long.kinds[index] === Kind.Class && !parentWord(index) && bodyWord(index)) &&
    long.kinds[first - 1] !== Kind.Stop &&
    !segmentBetween(long, extra[extra.length - 1], first);
  // After "of": the parent is a body of a parent class ("… of the Veltora Academy of Sciences"), not a
  // field ("… of Electronic Technology") or an acronym of the longer name's own words. Since rules 1.6.0
  // also after a comma or in parentheses ("…, Veltora Academy of Sciences", "… (QNR)"): the set-apart
  // words name a parent body (org_words.yml segment_parent_classes, or an acronym), never a unit ("…,
  // Faculty of Law", "…, Institute of Tides"). After "of" a parent's class word written in characters stands in the
  // part of the name the function word opens, not set apart from it by brackets or a comma (since rules 1.106.0):
  // "Quarrow University of Tides (QUT) (<the name in characters>)" is the university of tides with its name written
  // again, whose class word in characters (大学) names no parent of "Quarrow University".
  const after =
    extra.every((index) => index > last) &&
    ((long.kinds[last + 1] === Kind.Stop &&
      extra.some(
        (index) =>
          long.kinds[index] === Kind.Class &&
          parentWord(index) &&
          !(long.tokens[index].isSyllable && segmentBetween(long, last + 1, index)),
      )) ||
      (segmentBetween(long, last, extra[0]) &&
        extra.some(segmentParentWord) &&
        !extra.some((index) => long.kinds[index] === Kind.Class && !segmentParentWord(index) && bodyWord(index))));
  if (!before && !after) {
    return undefined;
  }
  extra.forEach((index) => free.delete(index));
  return { side, words: extra };
}

let decidingByCognate: Map<string, string> | undefined;

/**
 * The deciding-word group of an organisation word: listed in org_words.yml, or a form of a listed word
 * with an ending of the same cognate group ("Scientifique" of "Scientific", "Agronomique" of "Agronomic").
 */
function decidingGroupOf(text: string): string | undefined {
  return decidingGroupKnown.get(text, findDecidingGroup);
}

/** A word's `decidingGroupOf`, kept on the word once asked (compared names ask it of their words each time). */
function wordDecidingGroup(token: TokenInfo): string | undefined {
  if (token.decidingGroup === undefined) {
    token.decidingGroup = decidingGroupOf(token.text) ?? null;
  }
  return token.decidingGroup ?? undefined;
}

/**
 * Deciding groups of words already looked up (null: none), since a word's group does not change: the
 * reference data is read once per process. Emptied when it holds DECIDING_GROUPS_KEPT words.
 */
const DECIDING_GROUPS_KEPT = 100_000;
const decidingGroupKnown = new BoundedMemo<string, string | undefined>(DECIDING_GROUPS_KEPT);

function findDecidingGroup(text: string): string | undefined {
  const groups = getReferenceData().decidingGroups;
  const listed = groups.get(text);
  if (listed !== undefined) {
    return listed;
  }
  if (!decidingByCognate) {
    decidingByCognate = new Map();
    for (const [word, group] of groups) {
      const split = cognateEnding(word);
      if (split && split.stem.length >= 4) {
        decidingByCognate.set(`${split.stem}|${split.group}`, group);
      }
    }
  }
  const split = cognateEnding(text);
  return split ? decidingByCognate.get(`${split.stem}|${split.group}`) : undefined;
}

/**
 * The country's name or demonym that `name` writes first and leaves unmatched, when the other name writes no
 * country and both are bodies of a kind listed in org_words.yml country_first_classes (since rules 1.14.0):
 * "Norlandic Society of Tide Studies" is not the "Society of Tide Studies", as a deciding word on one side.
 */
function countryWrittenFirst(
  name: PreparedName,
  unmatched: number[],
  other: PreparedName,
  otherUnmatched: number[],
): string | undefined {
  const reference = getReferenceData();
  if (name.mode !== 'org' || reference.countryFirstClasses.size === 0 || unmatched.length !== 1) {
    return undefined;
  }
  const [first] = comparableIndices(name);
  const country = (of: PreparedName, index: number) =>
    of.kinds[index] === Kind.Qualifier && reference.orgCountryWords.has(of.tokens[index].text);
  if (unmatched[0] !== first || !country(name, first) || otherUnmatched.some((index) => country(other, index))) {
    return undefined;
  }
  const ofKind = (of: PreparedName) =>
    comparableIndices(of).some(
      (index) =>
        of.kinds[index] === Kind.Class &&
        classSetOf(of.tags[index]).some((group) => reference.countryFirstClasses.has(group)),
    );
  // A national body's country written first is its seat ("Norlandic National Institute of …").
  const seat = (of: PreparedName) =>
    comparableIndices(of).some((index) => {
      const group = wordDecidingGroup(of.tokens[index]);
      return group !== undefined && reference.countryFirstSeatGroups.has(group);
    });
  return ofKind(name) && ofKind(other) && !seat(name) && !seat(other) ? name.tokens[first].text : undefined;
}

/**
 * The word of a supporting body's kind (a foundation; org_words.yml support_body_classes) that `name` alone writes,
 * after the other name whole ("Quarrow Hospital Foundation") or first with a function word after it ("Foundation
 * for the Quarrow Academy"), when the other name names a body by a class word of another kind (since rules
 * 1.16.0): the foundation of a body is another body, as a deciding word on one side.
 */
function supportBodyWritten(
  name: PreparedName,
  unmatched: number[],
  other: PreparedName,
  otherUnmatched: number[],
): string | undefined {
  const reference = getReferenceData();
  if (name.mode !== 'org' || reference.supportBodyClasses.size === 0 || unmatched.length !== 1) {
    return undefined;
  }
  if (otherUnmatched.length > 0) {
    return undefined;
  }
  const [word] = unmatched;
  const support = (of: PreparedName, index: number) =>
    of.kinds[index] === Kind.Class &&
    classSetOf(of.tags[index]).some((group) => reference.supportBodyClasses.has(group));
  const comparable = comparableIndices(name);
  const after = word === comparable[comparable.length - 1] && word > comparable[0];
  const beforeFunctionWord = word === comparable[0] && name.kinds[word + 1] === Kind.Stop;
  if (!support(name, word) || (!after && !beforeFunctionWord)) {
    return undefined;
  }
  const otherWords = comparableIndices(other);
  const bodyWord = (index: number) => other.kinds[index] === Kind.Class && !support(other, index);
  return otherWords.length >= 2 && otherWords.some(bodyWord) ? name.tokens[word].text : undefined;
}

/**
 * The words of a trailing segment that `name` alone writes after the other name whole, when they are a place
 * (a name word or a trailing segment's word) and a unit's word (org_words.yml branch_segment_classes, such as
 * "Centre", or branch_segment_words, such as "Division"), up to three words (since rules 1.17.0): "Quarrow
 * Institute of Tides, Harbourville Centre" names a unit of the institute in that place, another body, as a
 * deciding word on one side. A campus or a branch is the body itself and is not listed.
 */
function branchSegmentWritten(
  name: PreparedName,
  unmatched: number[],
  other: PreparedName,
  otherUnmatched: number[],
): string | undefined {
  const reference = getReferenceData();
  if (name.mode !== 'org' || otherUnmatched.length > 0 || unmatched.length < 2 || unmatched.length > 3) {
    return undefined;
  }
  const tail = unmatchedTail(name, unmatched);
  if (tail === undefined) {
    return undefined;
  }
  const branchWord = (index: number) =>
    (name.kinds[index] === Kind.Qualifier && reference.branchSegmentWords.has(name.tokens[index].text)) ||
    (name.kinds[index] === Kind.Class &&
      classSetOf(name.tags[index]).some((group) => reference.branchSegmentClasses.has(group)));
  const placeWord = (index: number) =>
    (name.kinds[index] === Kind.Qualifier && name.tags[index] === TRAILING_SEGMENT) || name.kinds[index] === Kind.Name;
  return tail.some(branchWord) && tail.some(placeWord) && comparableIndices(other).length >= 2
    ? tail.map((index) => name.tokens[index].text).join(' ')
    : undefined;
}

/** Capitals (and digits) written apart by spaces only ("TML QCR"): acronyms, one per word. */
const SPACED_ACRONYMS = /^[\p{Lu}\d]{2,}(?:\s+[\p{Lu}\d]{2,})+$/u;

/**
 * The one acronym that `name`, written only as acronyms joined by hyphens or dashes ("QCR-TML", "TML - QCR"), adds
 * to the acronym of the other name, when that name is of a kind of body that holds units with acronyms of their own
 * (org_words.yml acronym_pair_parent_classes: a university, an academy, a ministry, a research council; since rules
 * 1.55.0): "QCR-TML" against "Quarrow Council of Research" names the council's unit "TML", in either order, not the
 * council with its parent or place. An institute's or a centre's acronym joined so still names it with its parent
 * ("QIMS-QU" against "Quarrow Institute of Medical Sciences"), as parentBodyNamed reads it.
 *
 * Since rules 1.79.0 also acronyms written apart by spaces only ("TML QCR"), when every word of the other name but a
 * qualifier (a place or a country set apart) is read (`otherUnmatched`): the other name is then the parent body alone.
 * A unit's own name in full with its parent ("Quarrow Institute of Tides of the Quarrow Academy" / "QIT QA", its
 * acronym in another language) leaves the unit's words unread on the other side and stays the unit's own name.
 */
function unitAcronymJoinedToParent(
  name: PreparedName,
  unmatched: number[],
  other: PreparedName,
  otherUnmatched: readonly number[] = [],
): string | undefined {
  const raw = name.raw.trim();
  if (
    name.mode !== 'org' ||
    unmatched.length !== 1 ||
    name.kinds[unmatched[0]] !== Kind.Acronym ||
    name.tokens[unmatched[0]].text.length < 3 ||
    !(
      HYPHENATED_ACRONYMS.test(raw) ||
      (SPACED_ACRONYMS.test(raw) && otherUnmatched.every((index) => other.kinds[index] === Kind.Qualifier))
    ) ||
    !comparableIndices(name).every((index) => name.kinds[index] === Kind.Acronym)
  ) {
    return undefined;
  }
  const reference = getReferenceData();
  const word = name.tokens[unmatched[0]].text;
  if (reference.orgCountryWords.has(word) || reference.countryForms.has(word)) {
    return undefined;
  }
  const classes = reference.acronymPairParentClasses;
  const holdsUnits = comparableIndices(other).some((index) =>
    classSetOf(other.tags[index]).some((group) => classes.has(group)),
  );
  return holdsUnits ? word : undefined;
}

/** A name that opens with one word set apart by a comma or a dash ("QTC - …", "QTC, …"), not in parentheses. */
const UNIT_ACRONYM_FIRST = /^\s*[\p{L}\p{N}][\p{L}\p{N}&.'’]*\s*(?:,|\s[-–—]\s|[-–—]\s)/u;

/**
 * The one acronym that `name` alone writes first, set apart by a comma or a dash from the other name whole, when
 * that name is of a parent class (org_words.yml segment_parent_classes: a university, an academy, a ministry):
 * "QTC - Quarrow University", "QTC, Quarrow University" name a unit of the university by the unit's own acronym,
 * another body (since rules 1.24.0). Written with no break ("QTH Tarvel Marine Futures") the acronym names the
 * parent, as parentBodyNamed reads it.
 */
function unitAcronymBeforeBody(name: PreparedName, unmatched: number[], other: PreparedName): string | undefined {
  if (name.mode !== 'org' || unmatched.length !== 1 || name.kinds[unmatched[0]] !== Kind.Acronym) {
    return undefined;
  }
  const acronym = unmatched[0];
  const words = comparableIndices(name);
  const next = words.find((index) => index > acronym);
  if (
    words[0] !== acronym ||
    next === undefined ||
    !segmentBetween(name, acronym, next) ||
    !UNIT_ACRONYM_FIRST.test(name.raw)
  ) {
    return undefined;
  }
  const parentClasses = getReferenceData().segmentParentClasses;
  const parentBody = comparableIndices(other).some(
    (index) =>
      other.kinds[index] === Kind.Class && classSetOf(other.tags[index]).some((group) => parentClasses.has(group)),
  );
  return parentBody ? name.tokens[acronym].text : undefined;
}

/**
 * The one word of a segment after a comma or a dash that `name` alone writes after the other name whole, when
 * the other name has only class words, field (deciding) words and countries' names, one of them of a kind of
 * body in many places (org_words.yml place_after_generic_classes), since rules 1.17.0: a generic name
 * ("National Institute of Tide Studies") stands for bodies in many places, and the place written after it
 * ("…, Harbourville") names one of them, not the body the bare name is listed for.
 */
function placeAfterGenericName(
  name: PreparedName,
  unmatched: number[],
  other: PreparedName,
  otherUnmatched: number[],
): string | undefined {
  const reference = getReferenceData();
  if (name.mode !== 'org' || otherUnmatched.length > 0 || unmatched.length !== 1) {
    return undefined;
  }
  const tail = unmatchedTail(name, unmatched);
  if (tail === undefined || !SEGMENT_OF_ONE_WORD.test(name.raw)) {
    return undefined;
  }
  const [word] = tail;
  // The word is a trailing segment's qualifier, or a name word when the whole name was read as generic.
  const segmentWord =
    name.kinds[word] === Kind.Name || (name.kinds[word] === Kind.Qualifier && name.tags[word] === TRAILING_SEGMENT);
  const genericWord = (index: number) =>
    other.kinds[index] === Kind.Class ||
    // A class word of a name made only of class words is read as a name word; its tag still holds its class.
    (other.kinds[index] === Kind.Name && other.tags[index] !== 0) ||
    wordDecidingGroup(other.tokens[index]) !== undefined ||
    (other.kinds[index] === Kind.Qualifier && other.tags[index] !== TRAILING_SEGMENT);
  const manyPlaces = (index: number) =>
    (other.kinds[index] === Kind.Class || other.kinds[index] === Kind.Name) &&
    classSetOf(other.tags[index]).some((group) => reference.placeAfterGenericClasses.has(group));
  const otherWords = comparableIndices(other);
  return segmentWord && otherWords.length >= 2 && otherWords.every(genericWord) && otherWords.some(manyPlaces)
    ? name.tokens[word].text
    : undefined;
}

/**
 * The class word of `name` when a place is all the two names share (since rules 1.22.0): every aligned pair is a
 * place's name (a city or a country of the tables, in any listed form, or a Chinese place's English name), `name`
 * adds only class words, one of them of a kind of body that stands in many places under one generic name
 * (org_words.yml place_after_generic_classes), and the other name adds nothing but a legal form. "Université de
 * Harbourville" is one of the bodies of that place; "Harbourville", or "SPF Harbourville" with its initials read
 * as a legal form, names the place. Shared class words ("Harbourville University" / "University of
 * Harbourville") or a shared name word are evidence of their own, and a name with a word of its own is left to
 * the score.
 */
function kindOfPlaceOnly(
  name: PreparedName,
  unmatched: number[],
  other: PreparedName,
  otherUnmatched: number[],
  pairs: AlignedPair[],
  side: 'query' | 'candidate',
): string | undefined {
  if (name.mode !== 'org' || pairs.length === 0 || unmatched.length === 0 || otherUnmatched.length > 0) {
    return undefined;
  }
  const reference = getReferenceData();
  const placeWord = (of: PreparedName, index: number) => {
    const text = of.tokens[index].text;
    return reference.countryForms.has(text) || meaningGroupOf(text)?.startsWith('place:') === true;
  };
  const otherSide = side === 'query' ? 'candidate' : 'query';
  const placePair = (pair: AlignedPair) =>
    (pair.translated === true && pair.how === Likeness.Synonym) ||
    pair[side].every((index) => placeWord(name, index)) ||
    pair[otherSide].every((index) => placeWord(other, index));
  // A class word of a name made only of class words is read as a name word; its tag still holds its class (a
  // trailing segment's word read so keeps its segment's tag).
  const classWord = (index: number) =>
    name.kinds[index] === Kind.Class ||
    (name.kinds[index] === Kind.Name && name.tags[index] !== 0 && name.tags[index] !== TRAILING_SEGMENT);
  const manyPlaces = (index: number) =>
    classWord(index) && classSetOf(name.tags[index]).some((group) => reference.placeAfterGenericClasses.has(group));
  const kind = unmatched.find(manyPlaces);
  return kind !== undefined && unmatched.every(classWord) && pairs.every(placePair)
    ? name.tokens[kind].orig
    : undefined;
}

/** A segment of one word after a comma or a dash, last ("…, Harbourville", "… - Harbourville"). */
const SEGMENT_OF_ONE_WORD = /(?:,|\s[-–—]\s)\s*\S+\s*$/u;

/** The unmatched words when they are the last comparable words of the name, after at least one other; else undefined. */
function unmatchedTail(name: PreparedName, unmatched: number[]): number[] | undefined {
  const comparable = comparableIndices(name);
  const tail = comparable.slice(comparable.length - unmatched.length);
  return tail.length < comparable.length && tail.every((index, at) => unmatched[at] === index) ? tail : undefined;
}

/** Groups of deciding words ("technology", "northwest") on one side only: two bodies, not one. */
/** How a field word is aligned with the other name's when it is that word in another language (field_idiom_words). */
const FIELD_IDIOM_LIKENESS = new Set<Likeness>([Likeness.Synonym, Likeness.Joined, Likeness.Translation]);

function differentDecidingWords(
  query: PreparedName,
  candidate: PreparedName,
  pairs: AlignedPair[],
  parentNamed?: ParentNamed,
): string[] {
  // Words an acronym stands for are on both sides, and so are a compound's two table words (joinCompoundWords), a
  // word cut short and the word it abbreviates
  // ("Sci"/"Sciences") and a word spelt whole inside the word it joins into ("Ocean" of "FIRSTOCEAN", not
  // "North" against "SOUTHSTAR"); the words of a parent body named in one name do not describe the body
  // itself, and neither do a legal form's words ("Federal State Institution of Science").
  const truncated = (pair: AlignedPair) => {
    if (pair.how !== Likeness.Cognate || pair.query.length !== 1 || pair.candidate.length !== 1) {
      return false;
    }
    const [left, right] = [query.tokens[pair.query[0]].text, candidate.tokens[pair.candidate[0]].text];
    return left.startsWith(right) || right.startsWith(left);
  };
  const joinedInto = (side: 'query' | 'candidate') => {
    const [name, other, otherSide] =
      side === 'query' ? [query, candidate, 'candidate' as const] : [candidate, query, 'query' as const];
    return pairs
      .filter((pair) => pair.how === Likeness.Joined)
      .flatMap((pair) => {
        // (Since rules 1.34.0 also a Latin word that a run of characters is read as, its Japanese reading: "Chuo"
        // of 中央, whose Mandarin syllables do not spell it.)
        if (
          pair[side].length === 1 &&
          name.tokens[pair[side][0]].script === Script.Latin &&
          pair[otherSide].length > 1 &&
          pair[otherSide].every((index) => other.tokens[index].script === Script.Han)
        ) {
          return pair[side];
        }
        const spelt = pair[otherSide].map((index) => other.tokens[index].text).join('');
        return pair[side].filter((index) => spelt.includes(name.tokens[index].text));
      });
  };
  const expanded = (side: 'query' | 'candidate') =>
    new Set([
      ...pairs
        .filter(
          (pair) =>
            pair.how === Likeness.Acronym || pair.translated === true || pair.compound === true || truncated(pair),
        )
        .flatMap((pair) => pair[side]),
      ...joinedInto(side),
      ...(parentNamed?.side === side ? parentNamed.words : []),
    ]);
  // Two names in Chinese characters or Hangul (since rules 1.15.0): a class word on one side only decides, as
  // a field word does in Latin script ("<place> Petroleum University" / "<place> Transport University"); the
  // characters' class words are not read as the Latin field words.
  const bothInCharacters =
    query.tokens.some((token) => token.isSyllable) && candidate.tokens.some((token) => token.isSyllable);
  // "<place>师范大学" / "<place> University" (since rules 1.20.0): against a name not written in characters, a field
  // word of han_words.yml that no rendering aligned is a deciding word of its own entry, written as its first
  // character; its other characters decide nothing of their own.
  const hanFieldWords = (name: PreparedName, skip: Set<number>) => {
    const words = new Map<number, { group: string; word: string } | undefined>();
    if (!bothInCharacters) {
      for (const hit of hanWordsIn(name)) {
        if (!hit.word.place && !hit.indices.some((index) => skip.has(index))) {
          const word = hit.indices.map((index) => name.tokens[index].orig).join('');
          hit.indices.forEach((index, at) =>
            words.set(index, at === 0 ? { group: `han ${hit.word.key}`, word } : undefined),
          );
        }
      }
    }
    return words;
  };
  // "<place>科技大学" / "<place> University of Electronic Science and Technology" (since rules 1.22.0): against a name
  // in Chinese characters, a word of a name not in characters that is a field word's one-word English rendering in
  // han_words.yml and of no deciding group of its own ("electronic", "industrial", "transport") is that field word:
  // left unaligned it decides as the Chinese word would. Between Latin names it stays what it was (a class word).
  const renderedFieldWords = (name: PreparedName, other: PreparedName) =>
    !bothInCharacters &&
    !name.tokens.some((token) => token.isSyllable) &&
    other.tokens.some((token) => token.script === Script.Han);
  // "<city> University of Electronic Science and Technology" / "<city> University of Science and Technology" (since
  // rules 1.26.0): between two names of an academic or research body (org_words.yml academic_body_classes), a class
  // word of a field that is in no deciding group (academic_field_classes: "electronic", "industrial", "transport")
  // decides as a field word does. A company's name keeps it droppable ("<X> Co., Ltd." / "<X> Electronics Co., Ltd.").
  const reference = getReferenceData();
  const classIn = (name: PreparedName, index: number, classes: Set<number>) =>
    name.kinds[index] === Kind.Class && classSetOf(name.tags[index]).some((group) => classes.has(group));
  const academicBody = (name: PreparedName) =>
    name.mode === 'org' && name.tokens.some((_, index) => classIn(name, index, reference.academicBodyClasses));
  const bothAcademic = reference.academicFieldClasses.size > 0 && academicBody(query) && academicBody(candidate);
  // A field word closing a trailing purpose phrase ("… of Tide Studies for Industry") names what the body serves.
  const purposePhrase = (name: PreparedName, index: number) => {
    const comparable = comparableIndices(name);
    return (
      index === comparable[comparable.length - 1] &&
      index > comparable[0] &&
      name.kinds[index - 1] === Kind.Stop &&
      reference.academicFieldPurposeWords.has(name.tokens[index - 1].text)
    );
  };
  const academicField = (name: PreparedName, index: number) => {
    if (!bothAcademic || !classIn(name, index, reference.academicFieldClasses) || purposePhrase(name, index)) {
      return undefined;
    }
    const fields = classSetOf(name.tags[index]).filter((group) => reference.academicFieldClasses.has(group));
    return `field ${reference.classNames[Math.min(...fields)]}`;
  };
  const collect = (name: PreparedName, skip: Set<number>, other: PreparedName) => {
    const found = new Map<string, string>();
    const rendered = renderedFieldWords(name, other) ? oneWordFieldRenderings() : undefined;
    const fieldWords = hanFieldWords(name, skip);
    name.tokens.forEach((token, index) => {
      if (fieldWords.has(index)) {
        const field = fieldWords.get(index);
        if (field && !found.has(field.group)) {
          found.set(field.group, field.word);
        }
        return;
      }
      // A word of a trailing country's or address's name ("…, North Korea") places the body, it does not decide it.
      const placing = name.kinds[index] === Kind.Qualifier && name.tags[index] !== TRAILING_SEGMENT;
      const group =
        name.kinds[index] === Kind.Stop || name.kinds[index] === Kind.Legal || placing || skip.has(index)
          ? undefined
          : (wordDecidingGroup(token) ??
            rendered?.get(token.text) ??
            academicField(name, index) ??
            (bothInCharacters || !token.isSyllable ? undefined : characterDecidingClassWord(name, index)) ??
            (bothInCharacters && token.isSyllable && name.kinds[index] === Kind.Class
              ? `class ${[...new Set(classSetOf(name.tags[index]))].sort((a, b) => a - b).join(' ')}`
              : undefined));
      if (group && !found.has(group)) {
        found.set(group, token.orig);
      }
    });
    return found;
  };
  // "Quarrow University of Agricultural Sciences" / "Quarrows lantbruksuniversitet" (since rules 1.70.0): English names a
  // field with a word for "sciences" after the field word (org_words.yml field_idiom_words) where the other language
  // writes the field word alone; right after a word aligned with a word of other spelling (a known variant, a
  // translation, a compound it joins into) and itself unaligned, that word is the field's, not a field of its own.
  const fieldIdiom = (side: 'query' | 'candidate') => {
    const name = side === 'query' ? query : candidate;
    const comparable = comparableIndices(name);
    const idioms = new Set<number>();
    comparable.forEach((index, at) => {
      if (at === 0 || !reference.fieldIdiomWords.has(name.tokens[index].text)) {
        return;
      }
      const before = comparable[at - 1];
      const pair = pairs.find((candidatePair) => candidatePair[side].includes(before));
      // The word must stand unaligned: aligned ("sciences"/"Wissenschaften") it is on both sides.
      if (pair && FIELD_IDIOM_LIKENESS.has(pair.how) && !pairs.some((aligned) => aligned[side].includes(index))) {
        idioms.add(index);
      }
    });
    return idioms;
  };
  const left = collect(query, new Set([...expanded('query'), ...fieldIdiom('query')]), candidate);
  const right = collect(candidate, new Set([...expanded('candidate'), ...fieldIdiom('candidate')]), query);
  // A word aligned one to one with a deciding word is that word in another form or language ("Maritimes" of
  // "Maritime", a translation listed elsewhere) when it is listed in no group itself (since rules 1.16.0): it
  // takes that word's group. A word listed in another group keeps it, so split groups stay apart.
  for (const pair of pairs) {
    if (pair.query.length !== 1 || pair.candidate.length !== 1 || !formsOfOneWord(pair, query, candidate)) {
      continue;
    }
    const [queryGroup, candidateGroup] = [
      wordDecidingGroup(query.tokens[pair.query[0]]) ?? academicField(query, pair.query[0]),
      wordDecidingGroup(candidate.tokens[pair.candidate[0]]) ?? academicField(candidate, pair.candidate[0]),
    ];
    if (queryGroup !== undefined && candidateGroup === undefined && left.has(queryGroup) && !right.has(queryGroup)) {
      right.set(queryGroup, candidate.tokens[pair.candidate[0]].orig);
    } else if (candidateGroup !== undefined && queryGroup === undefined && right.has(candidateGroup)) {
      if (!left.has(candidateGroup)) {
        left.set(candidateGroup, query.tokens[pair.query[0]].orig);
      }
    }
  }
  // "Norland National University" / "노랜드대학교" (since rules 1.19.0): a Korean name leaves "national" unwritten
  // (org_words.yml hangul_unwritten_groups), so such a word of a name not written in characters, against a name
  // in Hangul, is no word the other lacks.
  for (const [name, other, found] of [
    [query, candidate, left],
    [candidate, query, right],
  ] as const) {
    if (
      !name.tokens.some((token) => token.isSyllable) &&
      other.tokens.some((token) => token.script === Script.Hangul)
    ) {
      for (const group of getReferenceData().hangulUnwrittenGroups) {
        found.delete(group);
      }
    }
  }
  const differ: string[] = [];
  for (const [group, word] of left) {
    if (!right.has(group)) {
      differ.push(word);
    }
  }
  for (const [group, word] of right) {
    if (!left.has(group)) {
      differ.push(word);
    }
  }
  return differ;
}

/**
 * Whether an aligned pair of words is one word in two forms: alike as written, by a known variant or a
 * transliteration; or the shorter word, of four letters or more, with an ending of at most three letters
 * added ("Maritimes", "Medicale", "Islami"/"Islamic"); or, both of eight letters or more, one letter apart (a
 * slip: "Metalurgical"); or class words of one group as CLASS_FORM_SCRIPTS says. Other class words
 * ("Oil"/"Petrochemical", a Chinese character and an English class word), a shared stem ("Universitätsklinikum"/"University") or any other spelling or sound likeness
 * ("Normal"/"Norman", "Economi"/"Economy") may be another word.
 */
function formsOfOneWord(pair: AlignedPair, query: PreparedName, candidate: PreparedName): boolean {
  if (pair.how === Likeness.Exact || pair.how === Likeness.Synonym || pair.how === Likeness.Transliteration) {
    return true;
  }
  const [leftToken, rightToken] = [query.tokens[pair.query[0]], candidate.tokens[pair.candidate[0]]];
  const [left, right] = [leftToken.text, rightToken.text];
  if (
    pair.how === Likeness.Class &&
    !leftToken.isSyllable &&
    !rightToken.isSyllable &&
    (left[0] === right[0] || [leftToken, rightToken].some((token) => CLASS_FORM_SCRIPTS.has(token.script)))
  ) {
    return true;
  }
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  return (
    (short.length >= 4 && long.length - short.length <= 3 && long.startsWith(short)) ||
    (short.length >= FORM_SLIP_LENGTH && distance(left, right) === 1) ||
    (pair.how === Likeness.Cognate && latinCyrillicCognate(leftToken, rightToken))
  );
}

/**
 * A Latin word and a Cyrillic one that are one international word in their scripts' spellings (since rules
 * 1.63.0, org_words.yml cognate_spellings): "Technologies" / "технологије" is one field word.
 */
function latinCyrillicCognate(left: TokenInfo, right: TokenInfo): boolean {
  const [latin, cyrillic] = left.script === Script.Latin ? [left, right] : [right, left];
  return (
    latin.script === Script.Latin &&
    cyrillic.script === Script.Cyrillic &&
    latinCyrillicCognateLikeness(latin.text, cyrillic.text).how !== Likeness.None
  );
}

/**
 * Scripts in which a class word's likeness to a Latin one is its translation, not a cognate: a class word of
 * one group spelt from the same first letter ("Tehnologiju"/"Technology") or written in one of these
 * ("Управления"/"Management") is one word; another ("Oil"/"Petrochemical") may be another word of the class.
 */
const CLASS_FORM_SCRIPTS = new Set<Script>([Script.Cyrillic, Script.Greek]);

/** Shortest words of which one letter added, dropped or changed is read as a slip, not another word. */
const FORM_SLIP_LENGTH = 8;

/**
 * The numbers that tell two numbered units of one body apart ("Space Wing 3" vs "Space Wing 8", "Secteur
 * Norville 7" vs "Secteur Norville B", "12th Brigade" vs "31st Brigade"): a unit number left over on each
 * side, or one on one side and a single letter written last on the other. A unit number is written in
 * digits, at most three; a Roman numeral or a year ("Fund VII", "Trust 2004-1") is a series or vintage,
 * which lists note loosely, and is left to the score. Undefined when the names do not differ so.
 */
function differentUnitNumbers(
  query: PreparedName,
  unmatchedQuery: number[],
  candidate: PreparedName,
  unmatchedCandidate: number[],
): [string, string] | undefined {
  const number = (name: PreparedName, indices: number[]) =>
    indices.find((index) => name.kinds[index] === Kind.Number && isUnitNumber(name, name.tokens[index].text));
  const letter = (name: PreparedName, indices: number[]) =>
    indices.find(
      (index) =>
        index === name.tokens.length - 1 && name.tokens[index].text.length === 1 && name.kinds[index] !== Kind.Stop,
    );
  const left = number(query, unmatchedQuery);
  const right = number(candidate, unmatchedCandidate);
  const first = left ?? (right === undefined ? undefined : letter(query, unmatchedQuery));
  const second = right ?? (left === undefined ? undefined : letter(candidate, unmatchedCandidate));
  return first === undefined || second === undefined
    ? undefined
    : [query.tokens[first].orig, candidate.tokens[second].orig];
}

/**
 * Since rules 1.8.0: "Quarrow Holdings II, Inc" / "Quarrow Holdings III, Inc": a company's series or
 * generation number (a Roman numeral, or digits a unit number does not cover) on BOTH sides, different,
 * names another company of one family. A fund's, trust's or partnership's vintage ("… Partners VII L.P." /
 * "… VIII L.P.", company_words.yml series_classes) is left to the score: the dev name pairs label those as
 * one family. A number on one side only is left to the score too (lists drop them).
 */
function differentSeriesNumbers(
  query: PreparedName,
  unmatchedQuery: number[],
  candidate: PreparedName,
  unmatchedCandidate: number[],
): [string, string] | undefined {
  const number = (name: PreparedName, indices: number[]) => indices.find((index) => name.kinds[index] === Kind.Number);
  const left = number(query, unmatchedQuery);
  const right = number(candidate, unmatchedCandidate);
  if (left === undefined || right === undefined) {
    return undefined;
  }
  const seriesClasses = getReferenceData().seriesClasses;
  const vintage = (name: PreparedName) =>
    name.tokens.some(
      (_, index) =>
        name.kinds[index] === Kind.Class && classSetOf(name.tags[index]).some((group) => seriesClasses.has(group)),
    );
  return vintage(query) || vintage(candidate) ? undefined : [query.tokens[left].orig, candidate.tokens[right].orig];
}

/** A number written in digits in the name (not read from a Roman numeral), of at most three, ordinal ending allowed. */
function isUnitNumber(name: PreparedName, text: string): boolean {
  const digits = /^(\d{1,3})(?:st|nd|rd|th)?$/.exec(text)?.[1];
  return digits !== undefined && new RegExp(`(?:^|\\D)${digits}(?:\\D|$)`).test(name.raw);
}

/**
 * A Chinese character or Hangul syllable of a name or class word left over against a name written without any
 * (since rules 1.15.0): a Latin name read against characters spells every character of its words, so a
 * character it leaves out is a word it lacks ("<city> University" is not the characters of "<city> <x>
 * University", nor of "<city> <field> University").
 */
function syllableLeftOver(name: PreparedName, unmatched: number[], other: PreparedName): boolean {
  return (
    unmatched.some(
      (index) => (name.kinds[index] === Kind.Name || name.kinds[index] === Kind.Class) && name.tokens[index].isSyllable,
    ) &&
    !other.tokens.some((token) => token.isSyllable) &&
    // A name written in characters only: one that also has Latin name words ("<Latin name> (<characters>)")
    // may be matched by those.
    !name.tokens.some((token, index) => token.script === Script.Latin && name.kinds[index] === Kind.Name)
  );
}

/** Words that name a body; numbers are left to the score (a series number is often a typo in lists). */
/**
 * A Hangul syllable read as a class word when written last after a field word (원 of "…개발원", org_words.yml
 * hangul_final_syllable_classes) against another Hangul class word (연 of 연구원): between two names in Hangul
 * the syllables themselves tell the bodies apart (since rules 1.34.0), so they are no forms of one class word.
 */
function finalSyllableBesideHangul(left: TokenInfo, right: TokenInfo): boolean {
  const finals = getReferenceData().hangulFinalSyllableClasses;
  return (
    left.script === Script.Hangul && right.script === Script.Hangul && (finals.has(left.orig) || finals.has(right.orig))
  );
}

/** Such a final syllable left over on one side and a Hangul class word on the other: two words the other lacks. */
function finalSyllableLeftOver(
  query: PreparedName,
  unmatchedQuery: number[],
  candidate: PreparedName,
  unmatchedCandidate: number[],
): boolean {
  const hangulClass = (name: PreparedName, indices: number[]) =>
    indices.filter((index) => name.kinds[index] === Kind.Class && name.tokens[index].script === Script.Hangul);
  const left = hangulClass(query, unmatchedQuery);
  const right = hangulClass(candidate, unmatchedCandidate);
  return left.some((qi) => right.some((ci) => finalSyllableBesideHangul(query.tokens[qi], candidate.tokens[ci])));
}

function hasIdentityWord(name: PreparedName, indices: number[]): boolean {
  return indices.some((index) => {
    const kind = name.kinds[index];
    return kind === Kind.Name || kind === Kind.Acronym || kind === Kind.NamedBody || kind === Kind.Qualifier;
  });
}

/**
 * A name word among `indices` that is not another spelling of a word of its own name: "SANTOS, Ahmad (Ahmed)"
 * gives the given name twice, and the second spelling adds no name to it.
 */
function hasAnotherNameWord(name: PreparedName, indices: number[]): boolean {
  return indices.some(
    (index) =>
      (name.kinds[index] === Kind.Name || name.kinds[index] === Kind.Initial) &&
      !name.tokens.some(
        (token, other) =>
          other !== index &&
          name.kinds[other] === Kind.Name &&
          SAME_WORD_AGAIN.has(tokenLikeness(name.tokens[index], token, true).how),
      ),
  );
}

/** The likenesses that make two words of one name one word spelt twice. */
const SAME_WORD_AGAIN: ReadonlySet<Likeness> = new Set([
  Likeness.Exact,
  Likeness.Typo,
  Likeness.Romanisation,
  Likeness.Transliteration,
]);

function hasNameWord(name: PreparedName, indices: number[]): boolean {
  return indices.some((index) => name.kinds[index] === Kind.Name || name.kinds[index] === Kind.Initial);
}

const PATRONYMIC_GROUPS = new Set(['bin', 'bint', 'ould', 'ibn', 'ben']);

function isPatronymic(name: PreparedName, index: number): boolean {
  return (
    name.kinds[index] === Kind.Particle && PATRONYMIC_GROUPS.has(getReferenceData().particleNames[name.tags[index]])
  );
}

function patronymBetween(name: PreparedName, from: number, to: number): boolean {
  for (let index = Math.min(from, to) + 1; index < Math.max(from, to); index++) {
    if (isPatronymic(name, index)) {
      return true;
    }
  }
  return false;
}

/** "Khalid bin Yusuf" is not "Yusuf bin Khalid": two names swapped across "bin" on both sides. */
function patronymReversed(query: PreparedName, candidate: PreparedName, pairs: AlignedPair[]): boolean {
  const single = pairs.filter(
    (pair) => pair.query.length === 1 && pair.candidate.length === 1 && query.kinds[pair.query[0]] === Kind.Name,
  );
  for (const first of single) {
    for (const second of single) {
      const [q1, q2, c1, c2] = [first.query[0], second.query[0], first.candidate[0], second.candidate[0]];
      if (q1 < q2 && c1 > c2 && patronymBetween(query, q1, q2) && patronymBetween(candidate, c2, c1)) {
        return true;
      }
    }
  }
  return false;
}

/**
 * Whether the words are a qualifier written last (a place): aligned with a name word of the other name ("…
 * Univerzita v <city>" / "… University in <city>", since rules 1.10.0), the place identifies the body as that
 * name word does.
 */
function placing(name: PreparedName, indices: number[]): boolean {
  return (
    indices.length > 0 &&
    indices.every((index) => name.kinds[index] === Kind.Qualifier && index === name.tokens.length - 1)
  );
}

/**
 * A pair side carries identity when it includes a name, number, acronym or named-body word, or the place
 * of a name made only of class words ("Norland" in "University of Norland").
 */
function identityPair(name: PreparedName, indices: number[]): boolean {
  return indices.some((index) => {
    const kind = name.kinds[index];
    return (
      kind === Kind.Name ||
      kind === Kind.Number ||
      kind === Kind.Acronym ||
      kind === Kind.NamedBody ||
      (kind === Kind.Qualifier && name.tags[index] === PLACE_OF_GENERIC_NAME)
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Entity-level scoring.

const SCHEMA_FAMILY: Record<string, string> = {
  person: 'person',
  organization: 'org',
  company: 'org',
  publicbody: 'org',
  legalentity: 'legal',
  vessel: 'object',
  airplane: 'object',
  aircraft: 'object',
  cryptowallet: 'object',
  security: 'object',
  vehicle: 'object',
  asset: 'object',
  thing: 'any',
  '': 'any',
};

/** Person vs Vessel never match; Organization/Company/LegalEntity are compatible; LegalEntity also with Person. */
export function schemasCompatible(left: string | undefined, right: string | undefined): boolean {
  const a = SCHEMA_FAMILY[(left ?? '').toLowerCase()] ?? 'org';
  const b = SCHEMA_FAMILY[(right ?? '').toLowerCase()] ?? 'org';
  if (a === 'any' || b === 'any' || a === b) {
    return true;
  }
  if (a === 'legal' || b === 'legal') {
    const other = a === 'legal' ? b : a;
    return other === 'person' || other === 'org';
  }
  return false;
}

export interface ScoredEntity {
  score: number;
  match: boolean;
  queryName: string;
  matchedName: string;
  features: MatchFeature[];
}

/** Something with names to compare: a query or an indexed entry, names already prepared. */
export interface PreparedParty {
  schema: string;
  names: PreparedName[];
  countries: string[];
  birthDates: string[];
  identifiers: string[];
  /**
   * A list entry: its acronym-only names are matched as written and never expanded against a query
   * (the entry's full name decides). A query, or either side of a pair of strings, is not listed.
   */
  listed?: boolean;
  /**
   * Per name, whether it is an earlier name of the party again word for word (the same words, kinds
   * and tags, written differently: "AL-NOOR TRADING" and "Al Noor Trading"). Such a name compares
   * exactly as the earlier one, so it is not compared again.
   */
  repeated?: readonly boolean[];
}

export function prepareParty(party: MatchQuery | IndexEntry): PreparedParty {
  const isQuery = 'name' in party;
  const schema = party.schema ?? 'LegalEntity';
  const mode = modeOfSchema(schema);
  const separated = separateIdentifiers(isQuery ? [party.name, ...(party.aliases ?? [])] : party.names);
  return {
    schema,
    names: separated.names.flatMap(queryNameVariants).map((name) => prepareName(name, mode)),
    countries: (party.countries ?? []).map((country) => country.toLowerCase()),
    birthDates: party.birthDates ?? [],
    identifiers: [...(party.identifiers ?? []), ...separated.identifiers]
      .map(normaliseIdentifier)
      .filter((id) => id.length > 0),
    listed: !isQuery,
    repeated: undefined,
  };
}

export function normaliseIdentifier(identifier: string): string {
  return identifier
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Highest score for organisations of conflicting countries whose names are not the same. */
const COUNTRY_CONFLICT_CAP = 0.65;

/** The same name after normalisation: every word aligned exactly (or as a transliteration), none left over. */
function exactNames(comparison: NameComparison): boolean {
  return (
    comparison.unmatchedQuery.length === 0 &&
    comparison.unmatchedCandidate.length === 0 &&
    comparison.pairs.every(
      (pair) => pair.sim >= 1 && (pair.how === Likeness.Exact || pair.how === Likeness.Transliteration),
    )
  );
}

/** A full name has a comparable word that is not written as an acronym. */
function isFullName(name: PreparedName): boolean {
  for (let index = 0; index < name.tokens.length; index++) {
    const kind = name.kinds[index];
    if (isComparable(kind) && kind !== Kind.Acronym) {
      return true;
    }
  }
  return false;
}

function hasFullName(party: PreparedParty): boolean {
  return party.names.some(isFullName);
}

/** Dates agree when equal at the precision both give ("1952" agrees with "1952-10-07"). */
function datesAgree(left: string, right: string): boolean {
  const length = Math.min(left.length, right.length);
  return left.slice(0, length) === right.slice(0, length);
}

/** Scores a query against one candidate: best pair of names, then schema, identifiers, dates, countries. */
export function scoreParties(
  query: PreparedParty,
  candidate: PreparedParty,
  weights: WeightSource = UNIFORM,
): ScoredEntity {
  return scorePartiesAtLeast(query, candidate, -Infinity, weights)!;
}

/**
 * The name comparisons of one query already made, by the candidate name: the lists list one party
 * several times under the same names (and the reference data one body), so the entries a query blocks
 * share names, and each shared name would be compared again, with the same answer. A comparison
 * depends on the two names (the query's, the candidate's text, mode, words, kinds and tags), the
 * weights and the acronym sides; a remembered one is reused only when all of those are the same.
 * One per query: the query's names are keys by identity.
 */
export class NameComparisons {
  private readonly byQueryName = new Map<PreparedName, Map<string, MadeComparison[]>>();
  private readonly pairsMet = new PairLikenesses();

  /**
   * `compareNames`, or the comparison of the same names made before. A comparison stopped early (`partial`)
   * is reused only when `reaches` stops it again (its most does not depend on `reaches`); a full one is
   * reused whatever `reaches` says: its score is at most the most a stopped one would give, so it is
   * below the threshold whenever that one is, and `scorePartiesAtLeast` comes to the same outcome.
   */
  compare(
    query: PreparedName,
    candidate: PreparedName,
    weights: WeightSource,
    acronymSides: AcronymSides,
    likeness: LikenessCache | undefined,
    reaches: ((nameScore: number) => boolean) | undefined,
  ): NameComparison {
    let byCandidate = this.byQueryName.get(query);
    if (!byCandidate) {
      byCandidate = new Map();
      this.byQueryName.set(query, byCandidate);
    }
    let made = byCandidate.get(candidate.raw);
    if (made) {
      for (const { comparison, weights: madeWith, acronymSides: sides } of made) {
        if (
          madeWith === weights &&
          sides.query === acronymSides.query &&
          sides.candidate === acronymSides.candidate &&
          samePreparedName(comparison.candidate, candidate) &&
          (!comparison.partial || (reaches !== undefined && !reaches(comparison.score)))
        ) {
          return comparison;
        }
      }
    } else {
      made = [];
      byCandidate.set(candidate.raw, made);
    }
    const comparison = compareNames(query, candidate, weights, acronymSides, likeness, reaches, this.pairsMet);
    made.push({ comparison, weights, acronymSides });
    return comparison;
  }
}

/** A comparison `NameComparisons` remembers, with what else it was made with. */
interface MadeComparison {
  comparison: NameComparison;
  weights: WeightSource;
  acronymSides: AcronymSides;
}

/** Two prepared names that any comparison reads alike: the same text, mode, words, kinds and tags. */
function samePreparedName(left: PreparedName, right: PreparedName): boolean {
  return left === right || (left.raw === right.raw && left.mode === right.mode && sameWords(left, right));
}

/** Two names with the same words, kinds and tags (one entry's two such names compare alike with any query). */
export function sameWords(left: PreparedName, right: PreparedName): boolean {
  if (left.tokens.length !== right.tokens.length) {
    return false;
  }
  for (let index = 0; index < left.tokens.length; index++) {
    if (
      left.tokens[index] !== right.tokens[index] ||
      left.kinds[index] !== right.kinds[index] ||
      left.tags[index] !== right.tags[index]
    ) {
      return false;
    }
  }
  return true;
}

/**
 * `scoreParties` for a candidate index: the same score and explanation, but undefined (and no
 * explanation written) when the score is below `threshold`, which is most of the candidates a query
 * blocks. `likeness` caches word likeness for one query's comparisons; `comparisons` the name
 * comparisons of one query (see `NameComparisons`).
 */
export function scorePartiesAtLeast(
  query: PreparedParty,
  candidate: PreparedParty,
  threshold: number,
  weights: WeightSource = UNIFORM,
  likeness?: LikenessCache,
  comparisons?: NameComparisons,
): ScoredEntity | undefined {
  if (!schemasCompatible(query.schema, candidate.schema)) {
    return 0 < threshold
      ? undefined
      : {
          score: 0,
          match: false,
          queryName: query.names[0]?.raw ?? '',
          matchedName: candidate.names[0]?.raw ?? '',
          features: [
            {
              name: 'schema',
              value: -1,
              reason: `A ${query.schema} cannot be a ${candidate.schema}.`,
            },
          ],
        };
  }
  // No name comparison scores above 1, so a candidate whose ceiling (the party score of a perfect name
  // comparison) is below the threshold is below it whatever its names: skipped before comparing them.
  if (threshold > 0 && partyScoreCeiling(query, candidate) < threshold) {
    return undefined;
  }
  let best: NameComparison | undefined;
  let bestIndex = 0;
  const acronymSides: AcronymSides = { query: acronymUse(query), candidate: acronymUse(candidate) };
  // A name comparison scores at most 1, and only a higher score replaces the best: after a 1, no
  // other pair of names can change the outcome.
  // A comparison whose most (see `compareNames`) gives a party score below the threshold, even with the
  // same names, stops early. It cannot replace a best comparison that reaches the threshold (its most,
  // hence its score, is lower, since the party score never falls as the name score rises), and when it
  // is the best, the score is below the threshold whatever its exact value: the outcome is the same.
  // So does one whose most is no higher than the best score so far: only a higher score replaces the best,
  // and its score is at most its most, so it would not have replaced it either (stopped, its score is its
  // most, still no higher).
  const reaches = (nameScore: number) =>
    (best === undefined || nameScore > best.score) &&
    (threshold <= 0 || partyScore(query, candidate, nameScore, () => true) >= threshold);
  for (let index = 0; index < candidate.names.length && !(best && best.score >= 1); index++) {
    if (candidate.repeated?.[index]) {
      continue;
    }
    for (const queryName of query.names) {
      const comparison = comparisons
        ? comparisons.compare(queryName, candidate.names[index], weights, acronymSides, likeness, reaches)
        : compareNames(queryName, candidate.names[index], weights, acronymSides, likeness, reaches);
      if (!best || comparison.score > best.score) {
        best = comparison;
        bestIndex = index;
      }
    }
  }
  if (!best) {
    return 0 < threshold ? undefined : { score: 0, match: false, queryName: '', matchedName: '', features: [] };
  }
  const comparison: NameComparison = best;
  const score = partyScore(query, candidate, comparison.score, () => exactNames(comparison));
  if (score < threshold) {
    return undefined;
  }
  const features = explainNames(comparison);
  if (candidate.names.length > 1) {
    features.push({
      name: 'alias',
      value: bestIndex === 0 ? 0 : 1,
      reason:
        bestIndex === 0
          ? `The primary name matched best of ${candidate.names.length} names.`
          : `Alias "${comparison.candidate.raw}" matched best of ${candidate.names.length} names.`,
    });
  }
  partyScore(query, candidate, comparison.score, () => exactNames(comparison), features);
  return {
    score,
    match: score >= MATCH_THRESHOLD,
    queryName: comparison.query.raw,
    matchedName: comparison.candidate.raw,
    features,
  };
}

/**
 * The highest score `scorePartiesAtLeast` can give the pair, whatever their names: the party score of a
 * name comparison of 1 with the same names on both sides. Exact, since a name comparison scores at most
 * 1, `partyScore` never falls as the name score rises (each step is a max, a min with 1, an addition,
 * a subtraction floored at 0 or a product with a positive factor, then rounding), and the same names
 * only lift the one cap (an organisation of another country) that a different name would meet.
 */
export function partyScoreCeiling(query: PreparedParty, candidate: PreparedParty): number {
  return partyScore(query, candidate, 1, () => true);
}

/**
 * The score of the best name comparison (`nameScore`; `sameNames` tells whether its names are the
 * same after normalisation) after identifiers, dates of birth and countries; with `features`, also
 * appends the reason for each of those adjustments.
 */
function partyScore(
  query: PreparedParty,
  candidate: PreparedParty,
  nameScore: number,
  sameNames: () => boolean,
  features?: MatchFeature[],
): number {
  let score = nameScore;
  if (query.identifiers.length > 0 && candidate.identifiers.length > 0) {
    const shared = query.identifiers.find((id) => candidate.identifiers.includes(id));
    if (shared) {
      score = Math.max(score, 0.95);
      features?.push({ name: 'identifier', value: 1, reason: `Identifier ${shared} is on both records.` });
    } else {
      features?.push({ name: 'identifier', value: 0, reason: 'No identifier in common (not counted against).' });
    }
  }
  if (modeOfSchema(query.schema) === 'person' && query.birthDates.length > 0 && candidate.birthDates.length > 0) {
    const agreed = query.birthDates.find((date) => candidate.birthDates.some((other) => datesAgree(date, other)));
    if (agreed) {
      score = Math.min(1, score + 0.05);
      features?.push({ name: 'birth_date', value: 1, reason: `Date of birth ${agreed} agrees.` });
    } else {
      score *= BIRTH_DATE_CONFLICT_FACTOR;
      features?.push({
        name: 'birth_date',
        value: -1,
        reason: `Dates of birth differ (${query.birthDates.join(', ')} vs ${candidate.birthDates.join(', ')}).`,
      });
    }
  }
  if (query.countries.length > 0 && candidate.countries.length > 0) {
    const shared = query.countries.find((country) => candidate.countries.includes(country));
    if (shared) {
      score = Math.min(1, score + 0.02);
      features?.push({ name: 'country', value: 1, reason: `Both are linked to ${shared.toUpperCase()}.` });
    } else {
      score = Math.max(0, score - 0.05);
      const differ = () =>
        `Countries differ (${query.countries.join(', ').toUpperCase()} vs ${candidate.countries.join(', ').toUpperCase()})`;
      if (modeOfSchema(query.schema) === 'org' && score > COUNTRY_CONFLICT_CAP && !sameNames()) {
        // A body of another country matches only on the same name, after normalisation.
        score = COUNTRY_CONFLICT_CAP;
        features?.push({
          name: 'country',
          value: -1,
          reason: `${differ()}: an organisation in another country needs the same name, score at most ${COUNTRY_CONFLICT_CAP}.`,
        });
      } else {
        features?.push({ name: 'country', value: -1, reason: `${differ()}.` });
      }
    }
  }
  return Math.round(score * 1000) / 1000;
}

function words(name: PreparedName, indices: number[]): string {
  return indices.map((index) => name.tokens[index].orig).join(' ');
}

function explainNames(comparison: NameComparison): MatchFeature[] {
  const { query, candidate, pairs } = comparison;
  const features: MatchFeature[] = [];
  const described = pairs
    .filter((pair) => pair.how !== Likeness.Acronym)
    .map((pair) => {
      const left = words(query, pair.query);
      const right = words(candidate, pair.candidate);
      return pair.how === Likeness.Exact && left === right ? left : `${left}≈${right} (${LIKENESS_NAMES[pair.how]})`;
    });
  const queryWords = comparableIndices(query).length;
  const missingQuery = words(query, comparison.unmatchedQuery);
  const missingCandidate = words(candidate, comparison.unmatchedCandidate);
  let leftover = '';
  if (missingQuery && missingCandidate) {
    leftover = `; conflicting words: "${missingQuery}" vs "${missingCandidate}"`;
  } else if (missingQuery || missingCandidate) {
    leftover = `; extra words: "${missingQuery || missingCandidate}"`;
  }
  features.push({
    name: 'token_alignment',
    value: Math.round(comparison.score * 1000) / 1000,
    reason: `${queryWords - comparison.unmatchedQuery.length} of ${queryWords} query words aligned${
      described.length ? `: ${described.join(', ')}` : ''
    }${leftover}.`,
  });
  for (const pair of pairs.filter((candidatePair) => candidatePair.how === Likeness.Acronym)) {
    const [short, long] =
      pair.query.length === 1
        ? [words(query, pair.query), words(candidate, pair.candidate)]
        : [words(candidate, pair.candidate), words(query, pair.query)];
    features.push({ name: 'acronym', value: 1, reason: `"${short.toUpperCase()}" is the initials of "${long}".` });
  }
  const transliterated = pairs.filter((pair) =>
    [...pair.query.map((index) => query.tokens[index]), ...pair.candidate.map((index) => candidate.tokens[index])].some(
      (token) => token.script !== Script.Latin && token.script !== Script.Digits,
    ),
  );
  if (transliterated.length > 0) {
    const examples = transliterated.slice(0, 3).map((pair) => {
      const token = [
        ...pair.query.map((index) => query.tokens[index]),
        ...pair.candidate.map((index) => candidate.tokens[index]),
      ].find((item) => item.script !== Script.Latin && item.script !== Script.Digits)!;
      return `${SCRIPT_NAMES[token.script]} "${token.orig}" read as "${token.text}"`;
    });
    features.push({ name: 'transliteration', value: 1, reason: `${examples.join('; ')}.` });
  }
  const classWords = new Set<string>();
  for (const name of [query, candidate]) {
    name.tokens.forEach((token, index) => {
      if (name.kinds[index] === Kind.Class) {
        classWords.add(token.text);
      }
    });
  }
  if (comparison.weakOnly) {
    features.push({
      name: 'class_words',
      value: -1,
      reason: `Only class words, particles or initials are shared (${[...classWords].join(', ') || 'no name words'}): not a match on their own.`,
    });
  } else if (classWords.size > 0) {
    features.push({
      name: 'class_words',
      value: 0,
      reason: `Class words (${[...classWords].join(', ')}) count half as much as name words.`,
    });
  }
  if (comparison.sharedRendering !== undefined) {
    features.push({
      name: 'rendering',
      value: -1,
      reason: `The Chinese class phrase "${comparison.sharedRendering}" has more than one English rendering (its English rendering is another class phrase's too), so the other name may name another body of the place: a candidate, not a resolution on its own, score at most ${SHARED_RENDERING_CAP}.`,
    });
  }
  if (comparison.parentNamed) {
    const name = comparison.parentNamed.side === 'query' ? query : candidate;
    features[0].reason += ` "${words(name, comparison.parentNamed.words)}" names the parent body of the other name's body: not counted.`;
  }
  if (comparison.unitType) {
    const name = comparison.unitType.side === 'query' ? query : candidate;
    features[0].reason += ` "${words(name, comparison.unitType.words)}" names the kind of unit the other name's topic is: not counted.`;
  }
  if (comparison.oneWordKind) {
    features[0].reason += ` A one-word name with a foundation's or company's kind word names the body the word alone names, score at least ${ONE_WORD_KIND_SCORE}.`;
  }
  if (comparison.honouree) {
    const name = comparison.honouree.side === 'query' ? query : candidate;
    features[0].reason += ` "${words(name, comparison.honouree.words)}" names the person the body honours: not counted.`;
  }
  if (comparison.complement) {
    const name = comparison.complement.side === 'query' ? query : candidate;
    features[0].reason += ` "${words(name, comparison.complement.words)}" names the body's purpose or field after its own name: not counted.`;
  }
  if (comparison.joinedInstitution) {
    const name = comparison.joinedInstitution.side === 'query' ? query : candidate;
    features[0].reason += ` "${words(name, comparison.joinedInstitution.words)}" names a second institution of the body, joined to its name: not counted.`;
  }
  if (comparison.subdivisionForm) {
    const name = comparison.subdivisionForm.side === 'query' ? query : candidate;
    features[0].reason += ` "${words(name, comparison.subdivisionForm.words)}" names the form of the subdivision both names write: not counted.`;
  }
  if (comparison.formalCountry) {
    const name = comparison.formalCountry.side === 'query' ? query : candidate;
    features[0].reason += ` "${words(name, comparison.formalCountry.words)}" is the form of state of a country's formal name, the country a place added: not counted.`;
  }
  if (comparison.namesake) {
    const { side, words: own, otherWords, given } = comparison.namesake;
    const [name, other] = side === 'query' ? [query, candidate] : [candidate, query];
    features[0].reason += given
      ? ` "${words(name, own)}" are the given names of the person the body is named after: not counted.`
      : ` "${words(name, own)}" are the initials of the person the body is named after: not counted.`;
    if (otherWords.length > 0) {
      features[0].reason += ` "${words(other, otherWords)}" ${given ? 'are the initials of' : 'name'} the same person: not counted.`;
    }
  }
  if (comparison.decidingDiffer.length > 0) {
    features.push({
      name: 'deciding_words',
      value: -1,
      reason: `Deciding words differ (${comparison.decidingDiffer.map((word) => `"${word}"`).join(', ')} on one side only): names of different bodies, score at most ${ORG_DIFFERENCE_CAP}.`,
    });
  } else if (comparison.kindDiffer) {
    const [beside, covered] = comparison.kindDiffer;
    features.push({
      name: 'deciding_words',
      value: -1,
      reason: `"${beside}" beside the acronym names another kind of body than "${covered}" it stands for: names of different bodies, score at most ${ORG_DIFFERENCE_CAP}.`,
    });
  } else if (comparison.numberDiffer) {
    const [left, right] = comparison.numberDiffer;
    features.push({
      name: 'deciding_words',
      value: -1,
      reason: `Numbers differ ("${left}" vs "${right}"): numbered units are different bodies, score at most ${ORG_DIFFERENCE_CAP}.`,
    });
  } else if (comparison.orgConflict) {
    features.push({
      name: 'deciding_words',
      value: -1,
      reason: `Each name has a word the other lacks: names of different bodies, score at most ${ORG_DIFFERENCE_CAP}.`,
    });
  }
  if (comparison.childOf) {
    features[0].reason += ` A given name before the other's whole Arabic name names a son or daughter of that person, score at most ${LONG_NAME_CONFLICT_CAP}.`;
  }
  if (comparison.longNameConflict) {
    features[0].reason += ` A part of one long name stands in place of another part of the other: another person of one family, score at most ${LONG_NAME_CONFLICT_CAP}.`;
  }
  if (comparison.oneWordFor) {
    features[0].reason += ` Only one name word agrees: a single word does not identify a person, score at most ${ONE_WORD_CAP}.`;
  }
  if (comparison.companyForPerson) {
    features[0].reason += ` A person's name against a name with a legal form (a company's): score at most ${COMPANY_FOR_PERSON_CAP}.`;
  }
  if (comparison.commonOnly) {
    features[0].reason += ` Only very common names agree and the names do not agree word for word: weak evidence, score at most ${COMMON_ONLY_CAP}.`;
  }
  if (comparison.reversed) {
    features[0].reason += ' Given and father\'s names are swapped around "bin": score lowered by 40%.';
  }
  if (comparison.fleetNumbersDiffer) {
    const [left, right] = comparison.fleetNumbersDiffer;
    features.push({
      name: 'deciding_words',
      value: -1,
      reason: `Fleet or hull numbers differ ("${left}" vs "${right}"): a sister ship, score at most ${FLEET_NUMBERS_DIFFER_CAP}.`,
    });
  }
  if (comparison.legal !== 0) {
    features.push({
      name: 'legal_form',
      value: comparison.legal,
      reason: comparison.legal > 0 ? 'Legal forms agree.' : 'Legal forms differ: score lowered by 10%.',
    });
  }
  return features;
}

/** Scores one query against one candidate (no index, uniform word weights). */
export function score(query: MatchQuery, candidate: MatchQuery | IndexEntry): ScoredEntity {
  return scoreParties(prepareParty(query), prepareParty(candidate));
}

/** Object form of `score`, for callers that prefer a service. */
export class NameMatcher {
  constructor(private readonly weights: WeightSource = UNIFORM) {}

  score(query: MatchQuery, candidate: MatchQuery | IndexEntry): ScoredEntity {
    return scoreParties(prepareParty(query), prepareParty(candidate), this.weights);
  }
}
