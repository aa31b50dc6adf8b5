// Compares two names (compareNames) and scores two parties; the rule families it draws on are modules of their own
// (matcher-shared, word-groups, word-likeness, person-weights, compound-joins, namesakes, acronym-rules, han-words,
// place-forms, parent-bodies, deciding-words, held-bodies, party-score), none of which imports this file.
import { NAMED_PART_CAP, namedPartDisagreement } from './named-part-agreement';
import { type NameMode, type PreparedName, Kind, classSetOf } from './normalise';
import { nationalSubsidiaryCountry, stateSystemMember } from './held-bodies';
import { genericName } from './generic-name';
import { getReferenceData } from './reference-data';
import { isShortLearnedSpelling, Likeness, tokenLikeness, LIKENESS_NAMES } from './token-similarity';
import { Script, SCRIPT_NAMES } from './tokenise';
import type { MatchFeature, MatchQuery, IndexEntry } from './types';
import {
  ALIGN_MIN,
  type WeightSource,
  type AlignedPair,
  type NameComparison,
  comparableIndices,
  STRONG_LIKENESS,
  NO_PLACES,
  TRAILING_SEGMENT,
  identityPair,
} from './matcher-shared';
import {
  schemasCompatible,
  type ScoredEntity,
  type PreparedParty,
  prepareParty,
  exactNames,
  partyScoreCeiling,
  partyScore,
  COUNTRY_CONFLICT_CAP,
} from './party-score';
import {
  isCommonOnlyName,
  alignedWords,
  agreesTokenForToken,
  UNIFORM,
  type WeightUse,
  baseWeight,
} from './person-weights';
import {
  LikenessCache,
  pairLikeness,
  PairLikenesses,
  metPairLikeness,
  nameAdjectivePair,
  placesGenericName,
} from './word-likeness';
import { wordDecidingGroup } from './word-groups';
import {
  classLetterWords,
  joinClassSuffixes,
  joinCompoundWords,
  abbreviatedWords,
  ascending,
  stemPairsToJoins,
  joinRuns,
  hasFreeCompound,
  compoundShortForms,
  joinJapaneseReadings,
  joinDroppedWords,
  joinAcrossScripts,
  hasArabicWord,
} from './compound-joins';
import {
  namesakeInitials,
  honoureeClause,
  honoureeOpener,
  purposeComplement,
  joinedInstitutionAfter,
  subdivisionFormWords,
  dropClassKin,
} from './namesakes';
import {
  countryWrittenFirst,
  supportBodyWritten,
  branchSegmentWritten,
  placeAfterGenericName,
  kindOfPlaceOnly,
  differentDecidingWords,
  differentUnitNumbers,
  unitNumberOfBody,
  differentSeriesNumbers,
  syllableLeftOver,
  finalSyllableLeftOver,
  hasIdentityWord,
  hasAnotherNameWord,
  hasNameWord,
  isPatronymic,
  patronymReversed,
  placing,
} from './deciding-words';
import {
  reseatRepeatedWords,
  matchAcronyms,
  type AcronymSides,
  BOTH_SIDES,
  acronymUse,
  mayExpand,
  mayTakeAcronymScore,
  acronymWrittenFor,
  codeOfAnotherBody,
  dropOwnAcronyms,
  acronymKindDiffers,
  initialsBesideOwnWord,
  initialsBesideLegalForm,
  companyAgainstOtherKind,
  acronymOfCompanyBesideOtherKind,
  ACRONYM_WRITTEN_SCORE,
  ACRONYM_EXPANDED_SCORE,
  acronymStandsFor,
} from './acronym-rules';
import { oneWordOfCompany, ONE_WORD_BRAND_SCORE } from './one-word-brand';
import {
  capitalsWordOfLongerName,
  CAPITALS_WORD_CAP,
  otherNameWords,
  capitalsWordAlone,
  CAPITALS_WORD_MAX_LETTERS,
} from './capitals-word';
import { addsNameWord, crossedSpellings, kunyaWordAlone, variantsOnlyAgainstMore } from './weak-person-pairs';
import { acronymLedReading, writesAcronymAndRest } from './acronym-led-reading';
import { leftOutPatronymic, LEFT_OUT_PATRONYMIC_SHARE } from './left-out-patronymic';
import { droppedCompanyKindWords, DROPPED_COMPANY_KIND_SHARE } from './dropped-company-kind';
import { countryWrittenAfter, qualifierAgrees } from './country-qualifier';
import {
  alignHanWords,
  hanConjunctionsBetweenWords,
  hanDivisionSuffixes,
  sharedRenderingOf,
  sameWordsInOrder,
} from './han-words';
import { alignCamelCaseSides } from './camel-case-parts';
import { placesAgainst, formalCountryName, otherStateForm } from './place-forms';
import {
  unitTypeNamed,
  parentBodyNamed,
  unitAcronymJoinedToParent,
  unitAcronymBeforeBody,
  bracketedAcronym,
} from './parent-bodies';
export { type WeightSource, type NameComparison } from './matcher-shared';
export {
  schemasCompatible,
  type ScoredEntity,
  type PreparedParty,
  prepareParty,
  normaliseIdentifier,
  partyScoreCeiling,
} from './party-score';
export { LikenessCache, PairLikenesses } from './word-likeness';
export { acronymLetters, type AcronymUse, type AcronymSides } from './acronym-rules';

/**
 * Scores at or above this are matches. Chosen on bench/data/name-pairs-dev.csv (bench/quality-names.ts
 * prints the F1 curve around it).
 */
export const MATCH_THRESHOLD = 0.7;

/** Share of an unmatched word's weight charged when the other name has nothing left to conflict with. */
const EXTRA_COST: Record<NameMode, number> = { person: 0.3, org: 1.2, object: 0.6 };
/** Highest score when the names share only class words, particles or initials. */
const WEAK_ONLY_CAP = 0.5;
const LEGAL_CONFLICT_FACTOR = 0.9;
const PATRONYM_REVERSED_FACTOR = 0.6;

/**
 * Highest score for organisation names that differ in a deciding word (field, compass) or that each have
 * an identity word the other lacks: near-named bodies and branches are different bodies.
 */
const ORG_DIFFERENCE_CAP = 0.65;
/** Highest score when persons' names agree on one word only and either has more name words. */
const ONE_WORD_CAP = 0.6;
/**
 * Highest score when the only words two persons' names share are very common names and the names do not
 * agree word for word: "Jose Garcia" is not "GARCIA LOPEZ, Jose Ramon".
 */
const COMMON_ONLY_CAP = 0.65;
/** Since rules 1.187.0: a person's names agreeing only through a kunya's word, or a two-word name only through spellings (below MATCH_THRESHOLD). */
const WEAK_PERSON_PAIRS_CAP = 0.65;
/**
 * Highest score of an organisation's name aligned with the other through a class phrase whose English rendering is
 * shared by other class phrases (han_words.yml shared_class_phrases, since rules 1.96.0: 工业大学 "University of
 * Technology", the English name of many a place's 理工大学 too): at or above MATCH_THRESHOLD, so the pair is a match
 * the analyst is shown, and below the resolution rule's threshold and least name score (0.85, 0.8: risk-rules.v1.json
 * `resolution`), so it never resolves on its own.
 */
const SHARED_RENDERING_CAP = 0.78;

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

/** Whether an aligned pair identifies: identity words on both sides, or one identity word and a place. */
function pairIdentifies(query: PreparedName, pair: AlignedPair, candidate: PreparedName): boolean {
  return (
    (identityPair(query, pair.query) &&
      (identityPair(candidate, pair.candidate) || placing(candidate, pair.candidate))) ||
    (placing(query, pair.query) && identityPair(candidate, pair.candidate))
  );
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
  const comparison = compareNamesAsWritten(query, candidate, weights, acronymSides, likeness, reaches, pairsMet);
  if (comparison.score >= 1) {
    return comparison;
  }
  // Since rules 1.163.0 (acronym-led-reading.ts): "<words>'s (<ACR>) <rest>" read also as "<ACR> <rest>" against a
  // name that writes <ACR> and a word of <rest>, the higher score standing (the comparison keeps the name as written, `readAs` the reading).
  let best = comparison;
  const queryReading = acronymLedReading(query);
  if (queryReading !== null && writesAcronymAndRest(candidate, queryReading)) {
    const read = compareNamesAsWritten(queryReading, candidate, weights, acronymSides, likeness, reaches, pairsMet);
    if (read.score > best.score) {
      best = { ...read, readAs: { side: 'query', name: query } };
    }
  }
  const candidateReading = acronymLedReading(candidate);
  if (candidateReading !== null && writesAcronymAndRest(query, candidateReading)) {
    const read = compareNamesAsWritten(query, candidateReading, weights, acronymSides, likeness, reaches, pairsMet);
    if (read.score > best.score) {
      best = { ...read, readAs: { side: 'candidate', name: candidate } };
    }
  }
  return best;
}

function compareNamesAsWritten(
  query: PreparedName,
  candidate: PreparedName,
  weights: WeightSource,
  acronymSides: AcronymSides,
  likeness: LikenessCache | undefined,
  reaches: ((nameScore: number) => boolean) | undefined,
  pairsMet: PairLikenesses | undefined,
): NameComparison {
  const qIndices = comparableIndices(query);
  const cIndices = comparableIndices(candidate);
  const options: { qi: number; ci: number; sim: number; how: Likeness; order: number }[] = [];
  const rows = pairsMet?.rowsOf(query);
  const placed = rows !== undefined && placesGenericName(candidate);
  for (const qi of qIndices) {
    const row = rows ? (rows[qi] ??= new Map()) : undefined;
    for (const ci of cIndices) {
      const { sim, how } = row
        ? metPairLikeness(row, query, qi, candidate, ci, placed, likeness)
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
    // "QuarSoc" / "Quarrowian Society" (since rules 1.171.0): a camel-case word of parts, one for each word.
    // (Two names of several words each, nearly every pair, return at once.)
    alignCamelCaseSides(query, queryTaken, candidate, candidateTaken, acronymSides, pairs);
  }
  alignGreedily(options, queryTaken, candidateTaken, pairs, false);
  // "Quarrow Selkau" / "Quarrow Salkov" (since rules 1.170.0): a person's word of 5 or 6 letters in another spelling
  // of the lists' own aliases (tokenLikeness' learned spelling) is one name only beside words that all agree
  // exactly, none left over on either side; otherwise ("Quarrow Salkov Trading", "Salkov" alone) the words are
  // aligned again without it, as before the rule.
  if (query.mode === 'person' && shortSpellingWithoutExactRest(pairs, qIndices, queryTaken, cIndices, candidateTaken)) {
    qIndices.forEach((index) => (queryTaken[index] = 0));
    cIndices.forEach((index) => (candidateTaken[index] = 0));
    pairs.length = 0;
    alignGreedily(options, queryTaken, candidateTaken, pairs, true);
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

  // "<place>市农业科学院" / "<Place> Academy of Agricultural Sciences" (since rules 1.129.0): a division's character
  // after a place's name in characters is that place's division, written or not in the other name.
  const divisionSuffix =
    query.mode === 'org' && (qFree.size > 0 || cFree.size > 0)
      ? hanDivisionSuffixes(query, qFree, candidate, cFree, pairs)
      : undefined;
  // "<place>卫生和计划生育委员会" / "Health and Family Planning Commission of <Place>" (since rules 1.174.0): 和 "and"
  // between two aligned words of characters is left out, as "and" is (a look-up of each free Chinese character).
  if (query.mode === 'org' && (qFree.size > 0 || cFree.size > 0)) {
    hanConjunctionsBetweenWords(query, qFree, candidate, cFree, pairs);
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
  let uqExtra = weightOf(query, unmatchedQuery, placesQuery, weights, 'extra');
  let ucExtra = weightOf(candidate, unmatchedCandidate, placesCandidate, weights, 'extra');
  // "Quarrow Selkin" / "Quarrow Tarvelovich Selkin" (since rules 1.203.0): a patronymic left out of a three-part
  // name whose other two words are written the same (since 1.207.0, one of them may be a spelling) is charged at a
  // share of its weight (left-out-patronymic.ts).
  const patronymicLeftOut =
    query.mode === 'person'
      ? (leftOutPatronymic(query, unmatchedQuery, candidate, unmatchedCandidate, pairs, 'query') ??
        leftOutPatronymic(candidate, unmatchedCandidate, query, unmatchedQuery, pairs, 'candidate'))
      : undefined;
  if (patronymicLeftOut !== undefined) {
    const name = patronymicLeftOut.side === 'query' ? query : candidate;
    const relief = (1 - LEFT_OUT_PATRONYMIC_SHARE) * baseWeight(name, patronymicLeftOut.index, weights, 'extra');
    if (patronymicLeftOut.side === 'query') {
      uqExtra -= relief;
    } else {
      ucExtra -= relief;
    }
  }
  // "Quarrow Shipping" / "Quarrow Shipping Co" (since rules 1.228.0): a company's kind word left out of one name that
  // otherwise agrees word for word is charged at a share of its weight (dropped-company-kind.ts).
  const companyKindLeftOut =
    query.mode === 'org'
      ? (droppedCompanyKindWords(query, unmatchedQuery, candidate, unmatchedCandidate, pairs, 'query') ??
        droppedCompanyKindWords(candidate, unmatchedCandidate, query, unmatchedQuery, pairs, 'candidate'))
      : undefined;
  if (companyKindLeftOut !== undefined) {
    const name = companyKindLeftOut.side === 'query' ? query : candidate;
    const relief =
      (1 - DROPPED_COMPANY_KIND_SHARE) * weightOf(name, companyKindLeftOut.indices, NO_PLACES, weights, 'extra');
    if (companyKindLeftOut.side === 'query') {
      uqExtra -= relief;
    } else {
      ucExtra -= relief;
    }
  }
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
  // "Quarrow" against "Quarrow Technologies Co., Ltd." (since rules 1.111.0): a company's one distinctive word
  // (no dictionary, given, place or class word) asked for, against its listed name, whose other words are class
  // words. The query's word only: a listed or registered one-word name ("Quarrow", a research body) against a
  // company's longer name asked for is left to the score, as the query names a company the word may not.
  const oneWordBrandShape =
    query.mode === 'org' && oneWordOfCompany(query, unmatchedQuery, candidate, unmatchedCandidate, pairs, 'query');
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
    const most = Math.max(
      score,
      acronymScore,
      oneWordKindShape ? ONE_WORD_KIND_SCORE : 0,
      oneWordBrandShape ? ONE_WORD_BRAND_SCORE : 0,
    );
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
  // "Maryam Tarvelli" / "Abu Maryam al-Tarvel" (since rules 1.187.0): the word after a kunya's particle names the
  // bearer's child; paired with the other name's first name word (a given name), with no other word written the same,
  // the names share a child's name only.
  const kunyaWord = query.mode === 'person' && score > WEAK_PERSON_PAIRS_CAP && kunyaWordAlone(query, candidate, pairs);
  score = cappedAt(score, kunyaWord, WEAK_PERSON_PAIRS_CAP);
  // "Tarvel Quarrowi" / "QUARROW, Tarvelle Ansom Brade", "Ahmed Quarrowi" / "QUARROW, Ahmed Tarvel" (since rules
  // 1.187.0): a two-word query agreeing only through spellings (or one common name word), against a name with a name
  // word more (or, spellings only, a body's name). Since rules 1.188.0 also a rare word written the same and a loose
  // spelling of the other ("Ansom Tavrell" / "Ansom Navrell Brade": another first consonant; or the nisba "-i").
  const variantsOnly =
    query.mode === 'person' &&
    score > WEAK_PERSON_PAIRS_CAP &&
    variantsOnlyAgainstMore(query, candidate, pairs, weights, () => addsNameWord(candidate, unmatchedCandidate, pairs));
  score = cappedAt(score, variantsOnly, WEAK_PERSON_PAIRS_CAP);
  // "Tarvel Dreom-kheol" / "TARVEL, Khol Drom", "Tarvel Nikwar" / "Niquar Tarvell" (since rules 1.194.0): two words
  // each only spelt like the other name's, in the other order, the syllables of one given name or (a two-word query)
  // one a sound-alike.
  const crossedSpelt =
    query.mode === 'person' && score > WEAK_PERSON_PAIRS_CAP && crossedSpellings(query, candidate, pairs);
  score = cappedAt(score, crossedSpelt, WEAK_PERSON_PAIRS_CAP);
  // "ZARVO" against "ZARVO Institute": a name that is only an acronym, written as such in the other
  // name, whose other words then describe it.
  // "QRVX" / "QRVX Schweiz" (since rules 1.121.0): a brand with a country written after it names the brand's
  // national subsidiary, not the brand: the acronym's other words do not describe it.
  const subsidiary =
    query.mode === 'org'
      ? (nationalSubsidiaryCountry(query, unmatchedQuery, candidate, unmatchedCandidate) ??
        nationalSubsidiaryCountry(candidate, unmatchedCandidate, query, unmatchedQuery))
      : undefined;
  const acronymWritten =
    query.mode === 'org' &&
    subsidiary === undefined &&
    (acronymWrittenFor(acronymSides.query, query, candidate, pairs, 'query') ||
      acronymWrittenFor(acronymSides.candidate, candidate, query, pairs, 'candidate'));
  score = raisedTo(score, acronymWritten, ACRONYM_WRITTEN_SCORE);
  // "QTV S.A." / "QTV University" (since rules 1.208.0): the acronym written on both sides, one a company's name, the
  // other a body of another kind (the kind rule of rules 1.205.0): the same letters name two bodies.
  const writtenOtherKind = acronymWritten
    ? companyAgainstOtherKind(query, unmatchedQuery, candidate, unmatchedCandidate, pairs)
    : undefined;
  score = cappedAt(score, writtenOtherKind !== undefined, ORG_DIFFERENCE_CAP);
  // "RCVN" against "Royal College of Vintners in Norland": a name that is only an acronym stands for
  // most of the other name's words; the words it leaves out (a country, a parent body, a class word)
  // are not a conflict, since an acronym has no other words to disagree with.
  // "REAL QTA" / "Quarrow Tidal Agency" (since rules 1.176.0): initials read beside a word of the name's own are
  // another body's name, not the acronym alone standing for the other name.
  const initialsBesideOwn =
    query.mode === 'org' && !acronymWritten
      ? initialsBesideOwnWord(query, unmatchedQuery, candidate, unmatchedCandidate, pairs)
      : undefined;
  // "QTI LLC" / "Quarrow Tidal Institute" (since rules 1.181.0): initials beside only a company's legal form are a
  // company's name, not the initials of a body of another kind.
  const initialsBesideLegal =
    query.mode === 'org' && !acronymWritten && initialsBesideOwn === undefined
      ? initialsBesideLegalForm(query, unmatchedQuery, candidate, unmatchedCandidate, pairs)
      : undefined;
  const acronymExpanded =
    query.mode === 'org' &&
    !acronymWritten &&
    initialsBesideOwn === undefined &&
    initialsBesideLegal === undefined &&
    ((mayExpand(acronymSides.query, query) &&
      acronymStandsFor(query, candidate, pairs, 'query') &&
      unitAcronymJoinedToParent(query, unmatchedQuery, candidate, unmatchedCandidate) === undefined) ||
      (mayExpand(acronymSides.candidate, candidate) &&
        acronymStandsFor(candidate, query, pairs, 'candidate') &&
        unitAcronymJoinedToParent(candidate, unmatchedCandidate, query, unmatchedQuery) === undefined));
  score = raisedTo(score, acronymExpanded, ACRONYM_EXPANDED_SCORE);
  const oneWordKind = oneWordKindShape && !oneWordBrandShape && !acronymWritten && !acronymExpanded;
  score = raisedTo(score, oneWordKind, ONE_WORD_KIND_SCORE);
  const oneWordBrand = oneWordBrandShape && !acronymWritten && !acronymExpanded;
  // Its other words are the company's class words, not another body's deciding words: the score is the rule's.
  score = oneWordBrand ? Math.min(Math.max(score, ONE_WORD_BRAND_SCORE), ONE_WORD_BRAND_SCORE) : score;
  // "QARV" / "TARVEL MORSK QARV" (since rules 1.209.0): a short word in capitals asked alone is read as an acronym; a
  // longer listed name that holds it only as one ordinary word beside its other name words does not write that
  // acronym, so the word alone is no evidence for it (the name's distinctive word, "Quarrow Group", stays a match).
  const capitalsWord =
    query.mode === 'org' && score > CAPITALS_WORD_CAP && !oneWordBrand && !oneWordKind
      ? capitalsWordOfLongerName(query, candidate, pairs, unmatchedCandidate)
      : undefined;
  score = cappedAt(score, capitalsWord !== undefined, CAPITALS_WORD_CAP);
  let decidingDiffer: string[] = [];
  let orgConflict = false;
  let kindDiffer: [string, string] | undefined;
  let otherKind: [string, string] | undefined = writtenOtherKind;
  let acronymOfCompany: [string, string, string] | undefined;
  let numberDiffer: [string, string] | undefined;
  let unitNumberOf: [string, string] | undefined;
  if (query.mode === 'org' && !acronymWritten && !acronymExpanded && !oneWordBrand) {
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
    // "Norland State University, Harbourville" / "Norland State University" (since rules 1.121.0): a member of the
    // state's system; "Quarrow Schweiz" / "Quarrow": the company's national subsidiary.
    const heldBody =
      subsidiary ??
      stateSystemMember(query, unmatchedQuery, candidate, unmatchedCandidate) ??
      stateSystemMember(candidate, unmatchedCandidate, query, unmatchedQuery);
    decidingDiffer = withWord(decidingDiffer, heldBody);
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
    // "Quarrow College" / "PMC Quarrow", "Quarrow S.A." (since rules 1.205.0): a body of another kind than a company
    // against a company's name: the class word names another body, not half a word more.
    otherKind =
      kindDiffer === undefined && initialsBesideLegal === undefined
        ? companyAgainstOtherKind(query, unmatchedQuery, candidate, unmatchedCandidate, pairs)
        : undefined;
    // "Quarrow University" / "QUARROW UNIVERSAL REFINERY S.A." (since rules 1.208.0): the same read through an acronym,
    // the class word beside it against the company its initials stand for.
    acronymOfCompany =
      kindDiffer === undefined && initialsBesideLegal === undefined && otherKind === undefined
        ? acronymOfCompanyBesideOtherKind(query, unmatchedQuery, candidate, unmatchedCandidate, pairs)
        : undefined;
    numberDiffer =
      differentUnitNumbers(query, unmatchedQuery, candidate, unmatchedCandidate) ??
      differentSeriesNumbers(query, unmatchedQuery, candidate, unmatchedCandidate);
    if (
      decidingDiffer.length > 0 ||
      orgConflict ||
      kindDiffer !== undefined ||
      otherKind !== undefined ||
      acronymOfCompany !== undefined ||
      initialsBesideOwn !== undefined ||
      initialsBesideLegal !== undefined ||
      numberDiffer !== undefined
    ) {
      score = Math.min(score, ORG_DIFFERENCE_CAP);
    }
  }
  // "QTRC 606" / "QTRC" (since rules 1.154.0): a unit number beside the other's whole name names its unit, also where
  // the acronym is written on both sides.
  if (query.mode === 'org' && numberDiffer === undefined && !oneWordBrand) {
    unitNumberOf = unitNumberOfBody(query, unmatchedQuery, candidate, unmatchedCandidate);
    score = cappedAt(score, unitNumberOf !== undefined, ORG_DIFFERENCE_CAP);
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
    patronymicLeftOut,
    companyKindLeftOut,
    query,
    candidate,
    pairs,
    unmatchedQuery,
    unmatchedCandidate,
    legal,
    weakOnly,
    reversed,
    commonOnly,
    kunyaWord,
    variantsOnly,
    crossedSpelt,
    oneWordFor,
    companyForPerson,
    decidingDiffer,
    longNameConflict,
    childOf,
    orgConflict,
    kindDiffer,
    otherKind,
    acronymOfCompany,
    initialsBesideOwn,
    initialsBesideLegal,
    numberDiffer,
    unitNumberOf,
    parentNamed,
    namesake,
    honouree,
    complement,
    formalCountry,
    joinedInstitution,
    subdivisionForm,
    divisionSuffix,
    unitType,
    oneWordKind,
    oneWordBrand,
    capitalsWord,
  };
}

/** The word pairs in order of likeness, each taken when both its words are still free; `withoutShort`: not a short learned spelling. */
function alignGreedily(
  options: ReadonlyArray<{ qi: number; ci: number; sim: number; how: Likeness }>,
  queryTaken: Uint8Array,
  candidateTaken: Uint8Array,
  pairs: AlignedPair[],
  withoutShort: boolean,
): void {
  for (const option of options) {
    if (
      queryTaken[option.qi] === 0 &&
      candidateTaken[option.ci] === 0 &&
      !(withoutShort && isShortLearnedSpelling(option))
    ) {
      queryTaken[option.qi] = 1;
      candidateTaken[option.ci] = 1;
      pairs.push({ query: [option.qi], candidate: [option.ci], sim: option.sim, how: option.how });
    }
  }
}

/**
 * Since rules 1.170.0: whether the aligned words hold a short learned spelling (`isShortLearnedSpelling`) and not
 * every other aligned word agrees exactly, or none does, or a word of either name is left unaligned. A loop over the
 * few aligned pairs (and, only when a short spelling is among them, over the names' words), in person mode only.
 */
function shortSpellingWithoutExactRest(
  pairs: readonly AlignedPair[],
  qIndices: readonly number[],
  queryTaken: Uint8Array,
  cIndices: readonly number[],
  candidateTaken: Uint8Array,
): boolean {
  let short = 0;
  let otherThanExact = false;
  for (const pair of pairs) {
    if (isShortLearnedSpelling(pair)) {
      short++;
    } else if (pair.how !== Likeness.Exact) {
      otherThanExact = true;
    }
  }
  return (
    short > 0 &&
    (otherThanExact ||
      pairs.length === short ||
      qIndices.some((index) => queryTaken[index] === 0) ||
      cIndices.some((index) => candidateTaken[index] === 0))
  );
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

/**
 * The words two names write alike in a comparison (exactly or as a transliteration), counted on both sides: which of
 * a candidate's names scoring the same is the name matched (`scorePartiesAtLeast`).
 */
function wordsWrittenAlike(comparison: NameComparison): number {
  let alike = 0;
  for (const pair of comparison.pairs) {
    if (pair.sim >= 1 && (pair.how === Likeness.Exact || pair.how === Likeness.Transliteration)) {
      alike += pair.query.length + pair.candidate.length;
    }
  }
  return alike;
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
  // Since rules 1.234.0 (probe8's L4): of names that score the same, the one with more words written as the query
  // writes them is the name matched ("Scientific Studies and Research Center" rather than the body's French name read
  // through known variants, both 1.0): the reason and the resolution read the name the query names. So a best not
  // written word for word is not final at 1, and a name that may equal it is compared in full.
  const reaches = (nameScore: number) =>
    (best === undefined || nameScore > best.score || (nameScore === best.score && !exactNames(best))) &&
    (threshold <= 0 || partyScore(query, candidate, nameScore, () => true) >= threshold);
  for (let index = 0; index < candidate.names.length && !(best && best.score >= 1 && exactNames(best)); index++) {
    if (candidate.repeated?.[index]) {
      continue;
    }
    for (const queryName of query.names) {
      const comparison = comparisons
        ? comparisons.compare(queryName, candidate.names[index], weights, acronymSides, likeness, reaches)
        : compareNames(queryName, candidate.names[index], weights, acronymSides, likeness, reaches);
      if (
        !best ||
        comparison.score > best.score ||
        (comparison.score === best.score &&
          !comparison.partial &&
          wordsWrittenAlike(comparison) > wordsWrittenAlike(best))
      ) {
        best = comparison;
        bestIndex = index;
      }
    }
  }
  // Since rules 1.233.0 (country-qualifier.ts): a country one name writes after itself ("Quarrow Tarvel (Norland)",
  // "…, Norland") is a qualifier when the other party's country agrees or is not known: the name is read also without
  // it, the country charged as no more than it costs against the bare name, the higher score standing.
  if (best && best.score < 1 && best.query.mode === 'org') {
    const qualified = countryQualifiedReading(
      query,
      candidate,
      best,
      reaches,
      (left, right) =>
        comparisons
          ? comparisons.compare(left, right, weights, acronymSides, likeness, reaches)
          : compareNames(left, right, weights, acronymSides, likeness, reaches),
      (name, bare) => countryCharge(name, bare, weights, likeness),
    );
    if (qualified) {
      best = qualified.comparison;
      bestIndex = qualified.index;
    }
  }
  if (!best) {
    return 0 < threshold ? undefined : { score: 0, match: false, queryName: '', matchedName: '', features: [] };
  }
  const comparison: NameComparison = best;
  // A clause left out of the names (an honouree, a parent body) that the other party contradicts (since 1.195.0).
  const disagreement = namedPartDisagreement(comparison, query, candidate);
  const sameNames = () =>
    exactNames(comparison) &&
    comparison.readAs?.qualifier === undefined &&
    !disagreement &&
    !parentLeftOut(comparison) &&
    !genericNames(comparison) &&
    !acronymAlone(comparison);
  const partyScored = partyScore(query, candidate, comparison.score, sameNames);
  const score = disagreement ? Math.min(partyScored, NAMED_PART_CAP) : partyScored;
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
          : `Alias "${writtenName(comparison, 'candidate').raw}" matched best of ${candidate.names.length} names.`,
    });
  }
  partyScore(query, candidate, comparison.score, sameNames, features);
  if (disagreement) {
    features.push(disagreement);
  } else if (
    exactNames(comparison) &&
    parentLeftOut(comparison) &&
    partyScored < partyScore(query, candidate, comparison.score, () => true)
  ) {
    features.push(parentOfAnotherCountry(comparison));
  } else if (
    exactNames(comparison) &&
    genericNames(comparison) &&
    partyScored < partyScore(query, candidate, comparison.score, () => true)
  ) {
    features.push(genericNameOfAnotherCountry(comparison, query, candidate));
  } else if (
    exactNames(comparison) &&
    acronymAlone(comparison) &&
    partyScored < partyScore(query, candidate, comparison.score, () => true)
  ) {
    features.push(acronymOfAnotherCountry(comparison, query, candidate));
  }
  return {
    score,
    match: score >= MATCH_THRESHOLD,
    queryName: writtenName(comparison, 'query').raw,
    matchedName: writtenName(comparison, 'candidate').raw,
    features,
  };
}

/**
 * Since rules 1.204.0: the parent body one name names and the comparison leaves out ("Institute of Tarvel Studies,
 * Norland Academy of Sciences" against "Institute of Tarvel Studies"), unless it is the body's own acronym in brackets
 * after its name. Names that agree only once it is left out are not the same name: many bodies of many countries
 * bear a unit's name ("Institute of Physics" of each academy), and the parent is what tells them apart. So two
 * parties of different countries are held to the country conflict's cap, as two names that differ are.
 */
function parentLeftOut(comparison: NameComparison): boolean {
  const parent = comparison.parentNamed;
  if (!parent) {
    return false;
  }
  const name = parent.side === 'query' ? comparison.query : comparison.candidate;
  return bracketedAcronym(name, parent.words) !== 'own';
}

/** The reason of `parentLeftOut`'s cap, beside the country conflict's own. */
function parentOfAnotherCountry(comparison: NameComparison): MatchFeature {
  const parent = comparison.parentNamed!;
  const name = parent.side === 'query' ? comparison.query : comparison.candidate;
  const otherSide = parent.side === 'query' ? 'candidate' : 'query';
  return {
    name: 'country',
    value: -1,
    reason: `The names agree only with "${words(name, parent.words)}", the parent body the ${parent.side} names, left out: not the same name, and the ${otherSide} is of another country, so it may be a namesake unit of another country's body; score at most ${COUNTRY_CONFLICT_CAP}.`,
  };
}

/**
 * Since rules 1.206.0: both names compared are generic names, made only of class, field and topic words
 * (`generic-name.ts`: "Ministry of Forestry", "Institute of Tidal Research"), the reference data's word classes.
 * Many bodies of many countries bear such a name, and a list entry often carries one as an alias beside its own
 * name ("Ministry of Forestry" for the ministry of one country): the same generic name is no evidence across
 * countries, so two parties whose countries are both known and share none are held to the country conflict's cap,
 * as two names that differ are. A name with an identity word (a place, a person's or a brand's name, an acronym)
 * is not generic and keeps matching.
 */
function genericNames(comparison: NameComparison): boolean {
  return genericName(comparison.query.raw) && genericName(comparison.candidate.raw);
}

/** The reason of `genericNames`'s cap, beside the country conflict's own. */
function genericNameOfAnotherCountry(
  comparison: NameComparison,
  query: PreparedParty,
  candidate: PreparedParty,
): MatchFeature {
  return countryCapFeature(
    `"${writtenName(comparison, 'candidate').raw}" is a generic name (class, field and topic words only) of a body in ${countriesWritten(candidate)}; the query says ${countriesWritten(query)}: not enough to match across countries; score at most ${COUNTRY_CONFLICT_CAP}.`,
  );
}

/** A party's countries as a reason writes them ("CN, HK"). */
function countriesWritten(party: PreparedParty): string {
  return party.countries.join(', ').toUpperCase();
}

/** A cap's reason beside the country conflict's own: the `country` feature at -1. */
function countryCapFeature(reason: string): MatchFeature {
  return { name: 'country', value: -1, reason };
}

/**
 * Since rules 1.218.0 (issue 9's country rule; probe7's A1): both names compared are one acronym alone, the same
 * letters ("QTC" against a listed alias "QTC"): a short word read as an acronym on either side (`acronymNameAlone`).
 * A few letters are many bodies' acronyms in many countries, so the same acronym is no overwhelming evidence: two
 * parties whose countries are both known and share none are held to the country conflict's cap (a possible match for
 * review), as two names that differ are. A listed body asked by its acronym with its own country, or with no country,
 * keeps its match.
 */
function acronymAlone(comparison: NameComparison): boolean {
  return acronymNameAlone(comparison.query) || acronymNameAlone(comparison.candidate);
}

/**
 * A name of one comparable word of at most CAPITALS_WORD_MAX_LETTERS letters read as an acronym ("NCC", "N.C.C."), or
 * a short word in capitals asked alone ("THE QARV"). A longer one-word name in capitals ("QUARVEL") is a word.
 */
export function acronymNameAlone(name: PreparedName): boolean {
  const comparable = comparableIndices(name);
  if (comparable.length !== 1) {
    return false;
  }
  const only = comparable[0];
  return (
    (name.kinds[only] === Kind.Acronym && name.tokens[only].text.length <= CAPITALS_WORD_MAX_LETTERS) ||
    capitalsWordAlone(name) === only
  );
}

/** The reason of `acronymAlone`'s cap, beside the country conflict's own. */
function acronymOfAnotherCountry(
  comparison: NameComparison,
  query: PreparedParty,
  candidate: PreparedParty,
): MatchFeature {
  return countryCapFeature(
    `The names agree only as the acronym "${writtenName(comparison, 'query').raw.trim()}", of a body in ${countriesWritten(candidate)}; the query says ${countriesWritten(query)}: an acronym alone is no overwhelming evidence across countries (many bodies share one); a possible match for review, score at most ${COUNTRY_CONFLICT_CAP}.`,
  );
}

/**
 * Since rules 1.233.0 (issue 9, qualifiers vs deciding words): the best reading of the two parties' names with a
 * country one name writes after itself left out (`countryWrittenAfter`: "Quarrow Tarvel (Norland)", "Quarrow Tarvel,
 * Norland"), when the other party's countries agree with it or are not known (`qualifierAgrees`; a country the other
 * party is known in and that is another still decides), and it beats `best`: the name without the country compared
 * with the other's name, the country charged as no more than it costs against the bare name ("Quarrow Tarvel
 * (Norland)" / "Quarrow Tarvel" scores as written). Undefined when no such reading beats `best`. The comparison keeps
 * the name as written (`readAs`), with the sentence saying how it was read.
 */
function countryQualifiedReading(
  query: PreparedParty,
  candidate: PreparedParty,
  best: NameComparison,
  reaches: (nameScore: number) => boolean,
  compare: (left: PreparedName, right: PreparedName) => NameComparison,
  charge: (name: PreparedName, bare: PreparedName) => number,
): { comparison: NameComparison; index: number } | undefined {
  let found: { comparison: NameComparison; index: number } | undefined;
  let bar = best.score;
  const consider = (read: NameComparison, index: number, side: 'query' | 'candidate', name: PreparedName) => {
    const written = countryWrittenAfter(name)!;
    if (read.score <= bar || !reaches(read.score) || !onlyCompanyWordsLeft(read, side)) {
      return;
    }
    const score = Math.min(read.score, charge(name, written.bare));
    if (score <= bar) {
      return;
    }
    const known = side === 'query' ? candidate.countries : query.countries;
    const qualifier = `"${written.text}" written after "${written.bare.raw}" is read as its country, a qualifier: ${
      known.length === 0 ? 'the other party has no country' : `the other party is in ${written.code.toUpperCase()} too`
    }.`;
    found = { comparison: { ...read, score, readAs: { side, name, qualifier } }, index };
    bar = score;
  };
  // The other name's own country written after it is that party's country too: "Quarrow Tarvel (Norland)" and
  // "Quarrow Tarvel (Selkia)" stay two national bodies; the same country on both is left out of both.
  for (const queryName of query.names) {
    const written = countryWrittenAfter(queryName);
    if (written === undefined || !qualifierAgrees(written.code, candidate.countries)) {
      continue;
    }
    candidate.names.forEach((candidateName, index) => {
      const other = countryWrittenAfter(candidateName);
      if (!candidate.repeated?.[index] && (other === undefined || other.code === written.code)) {
        consider(compare(written.bare, other?.bare ?? candidateName), index, 'query', queryName);
      }
    });
  }
  candidate.names.forEach((candidateName, index) => {
    const written = candidate.repeated?.[index] ? undefined : countryWrittenAfter(candidateName);
    if (written === undefined || !qualifierAgrees(written.code, query.countries)) {
      return;
    }
    for (const queryName of query.names) {
      if (countryWrittenAfter(queryName) === undefined) {
        consider(compare(queryName, written.bare), index, 'candidate', candidateName);
      }
    }
  });
  return found;
}

/**
 * Whether `read` (a reading with `side`'s country left out) leaves nothing of that side's name over and of the other
 * name only its legal forms and a company kind word the rule charges (`companyKindLeftOut`): the names agree but for
 * what says the body is a company. Any other word left over (a foundation's, a unit's, another name word) is another
 * body the country kept apart from a brand's bare name ("Quarrow (Norway)" / "Quarrow Foundation").
 */
function onlyCompanyWordsLeft(read: NameComparison, side: 'query' | 'candidate'): boolean {
  if (read.partial === true || (side === 'query' ? read.unmatchedQuery : read.unmatchedCandidate).length > 0) {
    return false;
  }
  // Word for word: every pair the same word (a spelling, an acronym or a word read as another body's is no such name).
  if (
    !read.pairs.every((pair) => pair.sim >= 1 && (pair.how === Likeness.Exact || pair.how === Likeness.Transliteration))
  ) {
    return false;
  }
  const otherSide = side === 'query' ? 'candidate' : 'query';
  const other = read[otherSide];
  const kindWords = read.companyKindLeftOut?.side === otherSide ? read.companyKindLeftOut.indices : [];
  const leftOver = new Set(
    (otherSide === 'query' ? read.unmatchedQuery : read.unmatchedCandidate).filter(
      (index) => other.kinds[index] === Kind.Legal || kindWords.includes(index),
    ),
  );
  // Every word of both names aligned, or of the other name a legal form or the kind word left over: none read as a
  // parent's, a namesake's or another left-out part.
  const aligned = (name: 'query' | 'candidate') => new Set(read.pairs.flatMap((pair) => pair[name]));
  const [sideAligned, otherAligned] = [aligned(side), aligned(otherSide)];
  return (
    comparableIndices(read[side]).every((index) => sideAligned.has(index)) &&
    comparableIndices(other).every((index) => otherAligned.has(index) || leftOver.has(index))
  );
}

const countryCharges = new WeakMap<PreparedName, Map<WeightSource, number>>();

/** The score of a name against itself without the country it writes after itself (kept per name and weights). */
function countryCharge(
  name: PreparedName,
  bare: PreparedName,
  weights: WeightSource,
  likeness?: LikenessCache,
): number {
  let byWeights = countryCharges.get(name);
  if (!byWeights) {
    byWeights = new Map();
    countryCharges.set(name, byWeights);
  }
  let charge = byWeights.get(weights);
  if (charge === undefined) {
    charge = compareNames(name, bare, weights, BOTH_SIDES, likeness).score;
    byWeights.set(weights, charge);
  }
  return charge;
}

/** The name of one side as written (a comparison of an acronym-led reading keeps it in `readAs`). */
function writtenName(comparison: NameComparison, side: 'query' | 'candidate'): PreparedName {
  return comparison.readAs?.side === side ? comparison.readAs.name : comparison[side];
}

/**
 * Since rules 1.218.0: the acronym a name writes in brackets after itself that spells its words ("Quarrow Tidal
 * Company (QTC)": "qtc"), the body's own acronym as a name that is one acronym alone is; undefined when none.
 */
export function ownBracketedAcronym(name: PreparedName): string | undefined {
  const last = name.tokens.length - 1;
  return last > 0 && bracketedAcronym(name, [last]) === 'own' ? name.tokens[last].text : undefined;
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
    leftover = `; extra words: "${missingQuery || missingCandidate}"${
      comparison.patronymicLeftOut
        ? ' (a patronymic the other name leaves out, charged at half)'
        : comparison.companyKindLeftOut
          ? ' (a company kind word the other name leaves out, the rest word for word: charged at a quarter)'
          : ''
    }`;
  }
  // The query words aligned with the other name's: not the words left out (read as its parent body, its unit's type or
  // its own acronym), which the reason names or which add nothing (since rules 1.217.0; "2 of 3 query words aligned:
  // … "<word>" names the parent body …: not counted").
  const inPairs = new Set(pairs.flatMap((pair) => pair.query));
  const aligned = comparableIndices(query).filter((index) => inPairs.has(index)).length;
  features.push({
    name: 'token_alignment',
    value: Math.round(comparison.score * 1000) / 1000,
    reason: `${aligned} of ${queryWords} query words aligned${
      described.length ? `: ${described.join(', ')}` : ''
    }${leftover}.`,
  });
  if (comparison.readAs?.qualifier !== undefined) {
    features[0].reason += ` ${comparison.readAs.qualifier}`;
  } else if (comparison.readAs !== undefined) {
    const reading = comparison[comparison.readAs.side];
    features.push({
      name: 'acronym',
      value: 1,
      reason: `"${comparison.readAs.name.raw}" read as "${reading.raw}": the acronym in brackets stands for the words before it.`,
    });
  }
  for (const pair of pairs.filter((candidatePair) => candidatePair.how === Likeness.Acronym)) {
    const [short, long] =
      // (An acronym written in two words, "QTDR,K", since rules 1.134.0: the side with fewer words.)
      pair.query.length === 1 || pair.query.length < pair.candidate.length
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
    const bracketed = bracketedAcronym(name, comparison.parentNamed.words);
    features[0].reason +=
      bracketed === 'own'
        ? ` "${words(name, comparison.parentNamed.words)}" in brackets after the name is the body's own acronym, written beside its name: not counted.`
        : bracketed === 'other'
          ? ` "${words(name, comparison.parentNamed.words)}" in brackets after the name is an acronym of its body (its own, or its parent's), not another word of the name: not counted.`
          : ` "${words(name, comparison.parentNamed.words)}" names the parent body of the other name's body: not counted.`;
  }
  if (comparison.unitType) {
    const name = comparison.unitType.side === 'query' ? query : candidate;
    features[0].reason += ` "${words(name, comparison.unitType.words)}" names the kind of unit the other name's topic is: not counted.`;
  }
  if (comparison.oneWordBrand) {
    features[0].reason += ` The name is one word of the listed name, a company's distinctive word (no dictionary, given, place or class word), with only class words beside it and a legal form or a company's word among them: a match for review, score ${ONE_WORD_BRAND_SCORE}.`;
  }
  if (comparison.capitalsWord !== undefined) {
    const others = words(candidate, otherNameWords(candidate, comparison.unmatchedCandidate));
    const written = comparison.capitalsWord;
    const asked =
      written === written.toLowerCase() ? `"${written.toUpperCase()}" in capitals` : `"${written}" in mixed case`;
    features[0].reason += ` ${asked}, asked alone, reads as an acronym; the listed name holds it only as an ordinary word beside its other name words ("${others}"), not as its acronym or its one distinctive word: a possible match for review, score at most ${CAPITALS_WORD_CAP}.`;
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
  if (comparison.divisionSuffix) {
    const name = comparison.divisionSuffix.side === 'query' ? query : candidate;
    features[0].reason += ` "${words(name, comparison.divisionSuffix.words)}" after a place's name names its division, which the other name leaves out: not counted.`;
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
  } else if (comparison.initialsBesideOwn) {
    const [acronym, covered, own] = comparison.initialsBesideOwn;
    features.push({
      name: 'deciding_words',
      value: -1,
      reason: `"${acronym}" is read as the initials of "${covered}" beside "${own}", a word of its own name the other lacks: names of different bodies, score at most ${ORG_DIFFERENCE_CAP}.`,
    });
  } else if (comparison.initialsBesideLegal) {
    const [acronym, covered, legal, kind, own] = comparison.initialsBesideLegal;
    const beside = own === undefined ? `beside only "${legal}"` : `beside "${own}" and "${legal}"`;
    features.push({
      name: 'deciding_words',
      value: -1,
      reason: `"${acronym}" ${beside}, a company's legal form, is read as the initials of "${covered}", a name of another kind of body ("${kind}"): names of different bodies, score at most ${ORG_DIFFERENCE_CAP}.`,
    });
  } else if (comparison.otherKind) {
    const [kind, legal] = comparison.otherKind;
    features.push({
      name: 'deciding_words',
      value: -1,
      reason: `"${kind}" names another kind of body than a company, and "${legal}" is a company's legal form: names of different bodies, score at most ${ORG_DIFFERENCE_CAP}.`,
    });
  } else if (comparison.acronymOfCompany) {
    const [kind, acronym, company] = comparison.acronymOfCompany;
    features.push({
      name: 'deciding_words',
      value: -1,
      reason: `"${kind}" names another kind of body than the company "${company}" the initials "${acronym}" stand for: names of different bodies, score at most ${ORG_DIFFERENCE_CAP}.`,
    });
  } else if (comparison.numberDiffer) {
    const [left, right] = comparison.numberDiffer;
    features.push({
      name: 'deciding_words',
      value: -1,
      reason: `Numbers differ ("${left}" vs "${right}"): numbered units are different bodies, score at most ${ORG_DIFFERENCE_CAP}.`,
    });
  } else if (comparison.unitNumberOf) {
    const [number, body] = comparison.unitNumberOf;
    features.push({
      name: 'deciding_words',
      value: -1,
      reason: `"${number}" beside "${body}" names a numbered unit of that body, not the body: score at most ${ORG_DIFFERENCE_CAP}.`,
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
  if (comparison.kunyaWord) {
    features[0].reason += ` A word written after "Abu" or "Umm" (a kunya: the bearer's child's name) agrees with a word written without it, and no other word is written the same: score at most ${WEAK_PERSON_PAIRS_CAP}.`;
  }
  if (comparison.variantsOnly) {
    features[0].reason += ` The two-word name agrees only through spellings (or one common name word and a spelling, or one word and a loose spelling of the other: another first consonant, the nisba "-i") with a name that has a name word more or is a body's: weak evidence, score at most ${WEAK_PERSON_PAIRS_CAP}.`;
  }
  if (comparison.crossedSpelt) {
    features[0].reason += ` Two words agree only through spellings and stand in the other order (the syllables of one given name, or a word that only sounds alike): weak evidence, score at most ${WEAK_PERSON_PAIRS_CAP}.`;
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
