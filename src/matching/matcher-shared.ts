// Types, constants and small helpers the name-matcher modules share (a leaf: it imports no other matcher module).
import { type PreparedName, isComparable, Kind, PLACE_OF_GENERIC_NAME, classSetOf } from './normalise';
import { Likeness } from './token-similarity';
import { type TokenInfo, tokeniseRaw } from './tokenise';
import { getReferenceData } from './reference-data';

/** Lowest token similarity that aligns two words. */
export const ALIGN_MIN = 0.75;

/** Rarity weight of a word; the candidate index supplies one learned from the indexed names. */
export interface WeightSource {
  /** Multiplier around 1: above for rare words, below for common ones. */
  rarity(token: TokenInfo): number;
  /** Whether the word is frequent among the indexed names themselves (the lists' own name frequency). */
  frequent?(token: TokenInfo): boolean;
}

export interface AlignedPair {
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
  /**
   * A patronymic one side writes and the other leaves out, charged at a share of its weight (since rules 1.203.0,
   * left-out-patronymic.ts): the side and the word's index.
   */
  patronymicLeftOut?: { side: 'query' | 'candidate'; index: number };
  /**
   * A company kind word ("Co.", "Corporation") one side writes and the other leaves out, the rest word for word,
   * charged at a share of its weight (since rules 1.228.0, dropped-company-kind.ts): the side and the word's index.
   */
  companyKindLeftOut?: { side: 'query' | 'candidate'; indices: number[] };
  /** -1 conflicting legal forms, 1 same, 0 unknown. */
  legal: number;
  /** Names share only class words / particles / initials. */
  weakOnly: boolean;
  /** Given name and father's name swapped around "bin". */
  reversed: boolean;
  /** Persons' names that share only very common names and do not agree word for word. */
  commonOnly: boolean;
  /** Since rules 1.187.0: a kunya's word ("Abu Maryam") paired with a word without the particle, nothing else written the same. */
  kunyaWord?: boolean;
  /** Since rules 1.187.0: a two-word person's query agreeing only through spellings (or one common word), the other longer. */
  variantsOnly?: boolean;
  /** Since rules 1.194.0: two words only spelt alike standing in the other order (one given name's syllables, or a sound-alike). */
  crossedSpelt?: boolean;
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
  /** A company's one distinctive word against its listed name ("Quarrow" / "Quarrow Technologies Co., Ltd."). */
  oneWordBrand?: boolean;
  /** The query's short word in capitals asked alone, one ordinary word of the longer listed name (since rules 1.209.0). */
  capitalsWord?: string;
  /** Organisation names that differ only in a unit's number or letter ("Wing 3" vs "Wing 8"): the two numbers. */
  numberDiffer?: [string, string];
  /** A body's whole name against it with a unit number beside it ("QTRC" / "QTRC 606"): the number and the body's words. */
  unitNumberOf?: [string, string];
  /**
   * Stopped early (see `compareNames`' `reaches`): `score` is the most the comparison could score, and
   * the checks after the word alignment were not made.
   */
  partial?: boolean;
  /** A class word beside an acronym and another kind among the words it stands for ("College" vs "Army"). */
  kindDiffer?: [string, string];
  /**
   * Since rules 1.176.0: a word read as the initials of the other name's words, the only word aligned of its name,
   * beside a word of its own name that is no code ("REAL QTA"): the acronym, the words read, the word of its own.
   */
  initialsBesideOwn?: [string, string, string];
  /**
   * Since rules 1.181.0: initials beside only a company's legal form read as the initials of a name of another kind of
   * body ("QTI LLC" / "Quarrow Tidal Institute"): the acronym, the words read, the legal form, the other's class word;
   * since rules 1.208.0 also beside the company's own words ("LLC QT-FLOT"), then those words fifth.
   */
  initialsBesideLegal?: [string, string, string, string] | [string, string, string, string, string];
  /**
   * Since rules 1.205.0: a class word of a body of another kind than a company left over on one side ("College")
   * against a company's legal form on the other ("PMC"): the class word, the legal form as written.
   */
  otherKind?: [string, string];
  /**
   * Since rules 1.208.0: a class word of a body of another kind than a company beside an acronym ("University") that is
   * read as the initials of a company's name ("… S.A. de C.V."): the class word, the acronym, the company's name.
   */
  acronymOfCompany?: [string, string, string];
  /** Words of one name that name the parent body of the other (left out of the score). */
  parentNamed?: ParentNamed;
  /**
   * Since rules 1.163.0: the comparison is of one side's acronym-led reading ("QTC Institute 625" for "Quarrow Tidal
   * Corporation's (QTC) Institute 625", acronym-led-reading.ts); the name as written.
   */
  readAs?: {
    side: 'query' | 'candidate';
    name: PreparedName;
    /** Since rules 1.233.0: the name read without the country it writes after itself; the sentence saying so. */
    qualifier?: string;
  };
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
  /** A division's character after a place's name in characters, the other name writing none ("市"; left out of the score). */
  divisionSuffix?: ParentNamed;
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

/** Likeness of two class words of one kind of body ("Society"/"Association"): related, below one class word. */
export const CLASS_KIN_SIMILARITY = 0.8;

/**
 * A name's comparable word places, in order: worked out once per name and kept on it (every comparison asks
 * for both names' places, and the rules ask again; a name's kinds never change once prepared).
 */
export function comparableIndices(name: PreparedName): readonly number[] {
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

export function range(start: number, end: number): number[] {
  const out: number[] = [];
  for (let index = start; index < end; index++) {
    out.push(index);
  }
  return out;
}

export const STRONG_LIKENESS = new Set<Likeness>([
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

/** No word places (placesAgainst's answer for most names; never changed). */
export const NO_PLACES: readonly number[] = [];

/** Tag of a qualifier that is a word of a trailing segment ("…, Jaipur"): a place that may also name a branch. */
export const TRAILING_SEGMENT = 1;

/** Punctuation that sets parts of a name apart: a comma, a dash between words, a colon, parentheses. */
const SEGMENT_MARK = /[,:;()（）]|\s[-–—]\s/u;

/**
 * Whether punctuation (SEGMENT_MARK) sets the word at `from` apart from the word at `to` in the written
 * name, counting each part's words; when the counts do not add up, any such punctuation does.
 */
export function segmentBetween(name: PreparedName, from: number, to: number): boolean {
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

/** Whether a word (as compared) is a country's name or demonym, or another listed form of a country's name. */
export function countryWord(text: string): boolean {
  const reference = getReferenceData();
  return reference.orgCountryWords.has(text) || reference.countryForms.has(text);
}

/**
 * Whether the word at `index` is a class word of one of the class groups `classes` (a table's classes: the parent
 * classes, the academic body classes, …).
 */
export function classWordIn(name: PreparedName, index: number, classes: ReadonlySet<number>): boolean {
  return name.kinds[index] === Kind.Class && classSetOf(name.tags[index]).some((group) => classes.has(group));
}

/** The words of one name that name the parent body of the body the other name names. */
export interface ParentNamed {
  side: 'query' | 'candidate';
  words: number[];
}

/** The name of a comparison that alone has words left free, with its side, those words and the other name. */
export interface SoleFreeSide {
  side: 'query' | 'candidate';
  otherSide: 'query' | 'candidate';
  name: PreparedName;
  free: Set<number>;
  other: PreparedName;
}

/**
 * The name that alone has words left free, every word of the other aligned; undefined when both names or
 * neither have free words. The rules that read one name as the other whole with words of its own added (a
 * parent, an honouree, a complement, a form of state) start from it.
 */
export function soleFreeSide(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
): SoleFreeSide | undefined {
  if (qFree.size > 0 === cFree.size > 0) {
    return undefined;
  }
  return qFree.size > 0
    ? { side: 'query', otherSide: 'candidate', name: query, free: qFree, other: candidate }
    : { side: 'candidate', otherSide: 'query', name: candidate, free: cFree, other: query };
}

/**
 * The words naming the person a body is named after, in one name (`words`) and the other (`otherWords`: the given
 * names its initials stand for, or those initials); `given` when given names, not only initials, are left out.
 */
export interface Namesake extends ParentNamed {
  otherWords: number[];
  given?: boolean;
}

/**
 * A pair side carries identity when it includes a name, number, acronym or named-body word, or the place
 * of a name made only of class words ("Norland" in "University of Norland").
 */
export function identityPair(name: PreparedName, indices: number[]): boolean {
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
