// Likeness of two words, and of two names' words pair by pair (pairLikeness, LikenessCache, PairLikenesses).
import {
  type PreparedName,
  Kind,
  classSetOf,
  PLACE_OF_GENERIC_NAME,
  CAPITALS_READ,
  isCompoundSyllable,
  type NameMode,
} from './normalise';
import { distance } from 'fastest-levenshtein';
import { isLatinAndArabic } from './abjad-reading';
import { capitalsWordAlone } from './capitals-word';
import { getReferenceData, tokenKey } from './reference-data';
import {
  type TokenLikeness,
  Likeness,
  tokenLikeness,
  cognateLikeness,
  latinCyrillicCognateLikeness,
} from './token-similarity';
import { Script, type TokenInfo } from './tokenise';
import { ALIGN_MIN, type AlignedPair, CLASS_KIN_SIMILARITY } from './matcher-shared';
import {
  wordClassOf,
  isClassLoanword,
  wordMeaning,
  namesListedPlace,
  HEBREW_LETTERS,
  decidingGroupOf,
  onePlaceOfficially,
  writtenPlaceGroup,
} from './word-groups';

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

/**
 * The answers `pairLikeness` gives by its own rules, one object each (never changed by a reader): a comparison asks
 * for hundreds of word pairs, and a new object for each answer was garbage the collector had to sweep.
 */
const PAIR_NONE: TokenLikeness = { sim: 0, how: Likeness.None };
const PAIR_EXACT: TokenLikeness = { sim: 1, how: Likeness.Exact };
const PAIR_SYNONYM: TokenLikeness = { sim: 1, how: Likeness.Synonym };
const PAIR_INITIAL: TokenLikeness = { sim: 0.85, how: Likeness.Initial };
const PAIR_CLASS: TokenLikeness = { sim: 0.9, how: Likeness.Class };
const PAIR_CLASS_KIN: TokenLikeness = { sim: CLASS_KIN_SIMILARITY, how: Likeness.Class };

export function pairLikeness(
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
      return qt.text === ct.text ? PAIR_EXACT : PAIR_NONE;
    }
    // "Sixth" / "6th", "VI" (since rules 1.64.0; org_words.yml ordinal_words): an ordinal word of an organisation's
    // name against the number it names. The word stays a word elsewhere (its weight, a conflict with another word).
    const [numberToken, word, wordKind] = qk === Kind.Number ? [qt, ct, ck] : [ct, qt, qk];
    return query.mode === 'org' &&
      wordKind === Kind.Name &&
      getReferenceData().ordinalWords.get(word.text) === numberToken.text
      ? PAIR_SYNONYM
      : PAIR_NONE;
  }
  if (qk === Kind.Initial || ck === Kind.Initial) {
    if (qk === Kind.Initial && ck === Kind.Initial) {
      return qt.text === ct.text ? PAIR_EXACT : PAIR_NONE;
    }
    const [initial, word, wordKind] = qk === Kind.Initial ? [qt, ct, ck] : [ct, qt, qk];
    if ((wordKind === Kind.Name || wordKind === Kind.Particle) && word.text.startsWith(initial.text)) {
      return PAIR_INITIAL;
    }
    return PAIR_NONE;
  }
  if (qk === Kind.Acronym || ck === Kind.Acronym) {
    if (qt.text !== ct.text && query.mode === 'org' && readAsWord(query, qi) && readAsWord(candidate, ci)) {
      // "CAM HOLDING" / "CHAM HOLDING" (since rules 1.142.0): a short word read as an acronym only for its name's
      // capitals is also a word, and one slip of its spelling is that word (a spelling variant, as "Cam Holding"
      // has it); not what sounds alike or another system's romanisation ("LIN" is no "Lyon").
      const likeness = cache ? cache.get(qt, ct, person) : wordLikeness(qt, ct, person);
      return likeness.how === Likeness.Typo ? likeness : PAIR_NONE;
    }
    // An Arabic-script word whose consonant reading spells a Latin acronym ("بناب" read "bnb") is no acronym of
    // it (since rules 1.16.0): with a class word of Arabic script agreeing, the chance likeness decided.
    return qt.text === ct.text && !isLatinAndArabic(qt, ct) ? PAIR_EXACT : PAIR_NONE;
  }
  if (qk === Kind.NamedBody && ck === Kind.NamedBody && query.tags[qi] === candidate.tags[ci]) {
    return qt.text === ct.text ? PAIR_EXACT : PAIR_SYNONYM;
  }
  if (qk === Kind.Class && ck === Kind.Class && qt.text !== ct.text && !finalSyllableBesideHangul(qt, ct)) {
    const qs = classSetOf(query.tags[qi]);
    const cs = classSetOf(candidate.tags[ci]);
    if (qs.some((group) => cs.includes(group))) {
      return PAIR_CLASS;
    }
    // "Society" and "Association": class words of one kind of body (org_words.yml class_equivalents).
    const kinds = getReferenceData().classKinds;
    const qKinds = qs.map((group) => kinds.get(group) ?? -1).filter((kind) => kind >= 0);
    if (qKinds.length > 0 && cs.some((group) => qKinds.includes(kinds.get(group) ?? -1))) {
      return PAIR_CLASS_KIN;
    }
    // "<place>学院" / "<place> University" (since rules 1.43.0): a Chinese class word whose bodies' English names
    // render it by another class (han_words.yml class_kin; China's colleges renamed universities in English keep
    // 学院) is a related class word of those classes, as "Society"/"Association" are: aligned only when nothing else
    // is left over.
    if (hanClassKinAgrees(query, qi, ct, cs) || hanClassKinAgrees(candidate, ci, qt, qs)) {
      return PAIR_CLASS_KIN;
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
      placesGenericName(nameSide)
    ) {
      return PAIR_CLASS;
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
        return PAIR_CLASS;
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
      return PAIR_CLASS;
    }
  }
  if (query.mode === 'org' && qt.text !== ct.text) {
    // Forms of one deciding word ("Northwest"/"Northwestern") or of one country ("Chinese"/"China") agree,
    // and so do one word's translations and one place's names ("Santé"/"Health", "München"/"Munich").
    const qGroup = wordMeaning(qt);
    const cGroup = wordMeaning(ct);
    if (qGroup !== null && qGroup === cGroup) {
      return PAIR_SYNONYM;
    }
    // A Hebrew word is read loosely (its letters leave out most vowels): where both words are cities' names of
    // the tables, the tables decide (since rules 1.50.0), so "חיפה" is Haifa and never the likeness of "Hefei".
    if (
      qGroup?.startsWith('place:') === true &&
      cGroup?.startsWith('place:') === true &&
      (HEBREW_LETTERS.test(qt.orig) || HEBREW_LETTERS.test(ct.orig))
    ) {
      return PAIR_NONE;
    }
    // Two listed countries or places (since rules 1.92.0): "Austria" is never "Australia".
    if (qGroup !== null && cGroup !== null && namesListedPlace(qt, qGroup) && namesListedPlace(ct, cGroup)) {
      return PAIR_NONE;
    }
  }
  if (qk === Kind.Particle && ck === Kind.Particle && query.tags[qi] === candidate.tags[ci]) {
    return qt.text === ct.text ? PAIR_EXACT : PAIR_SYNONYM;
  }
  if (query.mode === 'org' && (truncationOf(qt, ct, candidate, ci) || truncationOf(ct, qt, query, qi))) {
    return PAIR_TRUNCATION;
  }
  const likeness = cache ? cache.get(qt, ct, person) : wordLikeness(qt, ct, person);
  if (query.mode === 'org' && looseReading(likeness) && twoPlaces(qt, ct)) {
    // "Hefei" / "Hebei" (since rules 1.223.0): two names of two places of the tables (GeoNames' cities, the listed
    // places and subdivisions, each with its other names in one group) are two places however alike they are
    // spelt or sound, so two bodies: a place is a deciding word. One place's other spellings share its group.
    return PAIR_NONE;
  }
  if (likeness.how === Likeness.Phonetic && !person && capitalsWordAlone(query) === qi) {
    // "QARV" asked alone (since rules 1.209.0): a short word in capitals is read as an acronym, letter by letter, and
    // an acronym has no sound: "QNST" is not "Aqanost" for their sound key.
    return PAIR_NONE;
  }
  if (likeness.how === Likeness.Phonetic && !person && isClassAbbreviation(qt, ct)) {
    // "Inst" (since rules 1.216.0): a class word's written abbreviation (org_words.yml sound_free_abbreviations) is
    // that class word, in capitals or not: it has no sound, so "Inst" is not "Onosit" for their sound key.
    return PAIR_NONE;
  }
  if (person && (isCompoundSyllable(query, qi) || isCompoundSyllable(candidate, ci)) && !sameSyllable(likeness)) {
    // A syllable of "Mi-kyung" is the same syllable or another name: "kyung" is not "chung".
    return PAIR_NONE;
  }
  return likeness;
}

/** A likeness of spelling or sound only: a slip, a sound-alike, another romanisation of one script. */
function looseReading(likeness: TokenLikeness): boolean {
  return likeness.how === Likeness.Typo || likeness.how === Likeness.Phonetic || likeness.how === Likeness.Romanisation;
}

/**
 * Whether two words each name a place of the tables (a city's or a listed place's name), of two groups, and are not
 * one letter dropped or added apart: a name typed most often loses a letter ("Fujin" for "Fujian", itself a town's
 * name), while another place differs by a changed letter, or more ("Hefei" / "Hebei"), as pinyin's rule reads a slip.
 * Two official names of one place in two languages (a bilingual canton's, since rules 1.230.0) are not two places,
 * nor is a city's name in another script that the tables list as that city's, whatever place its ASCII form names.
 */
function twoPlaces(qt: TokenInfo, ct: TokenInfo): boolean {
  const qGroup = writtenPlaceGroup(qt) ?? wordMeaning(qt);
  const cGroup = writtenPlaceGroup(ct) ?? wordMeaning(ct);
  return (
    qGroup !== cGroup &&
    qGroup?.startsWith('place:') === true &&
    cGroup?.startsWith('place:') === true &&
    !(Math.abs(qt.text.length - ct.text.length) === 1 && distance(qt.text, ct.text) === 1) &&
    !onePlaceOfficially(qGroup, cGroup)
  );
}

/** Whether either word is a class word's written abbreviation ("inst", "univ"; since rules 1.216.0). */
function isClassAbbreviation(qt: TokenInfo, ct: TokenInfo): boolean {
  const abbreviations = getReferenceData().classAbbreviations;
  return abbreviations.has(qt.text) || abbreviations.has(ct.text);
}

/**
 * The word-pair likenesses of one query's names already worked out, per query name and word place, by the
 * candidate's word: the names a query blocks share words, and each comparison scores every pair of words
 * again. `pairLikeness` reads, of the candidate's side, only the word (an interned object whose facts do
 * not change), its kind and tag and the name's mode (through `isCompoundSyllable` and `truncationOf`, which
 * read the same kind and tag), and two facts of the candidate's other words: whether the name is a generic
 * name placed by a place (`placesGenericName`, read for a class word against a name word) and, for one Han
 * character of a class, the Han characters that follow it as stop words (`hanClassKinAgrees`). All else it
 * reads is the query name's, fixed for one query name object, or reference data read once per process (the
 * meaning groups and the likeness cache only remember). So a likeness is reused only for the same word object
 * with the same kind, tag and mode in a name placed or not alike, and never for a Han character that stop
 * words follow (since rules 1.177.0: before, the first candidate a query word met decided for the others).
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

/** A likeness met, for one candidate word with one kind, tag, name mode and placing; the word's others follow. */
interface MetPair {
  kind: number;
  tag: number;
  mode: NameMode;
  placed: boolean;
  likeness: TokenLikeness;
  next: MetPair | undefined;
}

/**
 * `pairLikeness`, or the one met before for the same candidate word, kind, tag, mode and placing (see
 * `PairLikenesses`); `placed` is `placesGenericName(candidate)`, worked out once per comparison by the caller.
 */
export function metPairLikeness(
  row: Map<TokenInfo, MetPair>,
  query: PreparedName,
  qi: number,
  candidate: PreparedName,
  ci: number,
  placed: boolean,
  cache?: LikenessCache,
): TokenLikeness {
  const word = candidate.tokens[ci];
  if (word.script === Script.Han && candidate.kinds[ci + 1] === Kind.Stop) {
    return pairLikeness(query, qi, candidate, ci, cache);
  }
  const kind = candidate.kinds[ci];
  const tag = candidate.tags[ci];
  const first = row.get(word);
  for (let met = first; met !== undefined; met = met.next) {
    if (met.kind === kind && met.tag === tag && met.mode === candidate.mode && met.placed === placed) {
      return met.likeness;
    }
  }
  const likeness = pairLikeness(query, qi, candidate, ci, cache);
  row.set(word, { kind, tag, mode: candidate.mode, placed, likeness, next: first });
  return likeness;
}

/** Whether an organisation's name is a generic name placed by a place or country (a PLACE_OF_GENERIC_NAME qualifier). */
export function placesGenericName(name: PreparedName): boolean {
  if (name.mode !== 'org') {
    return false;
  }
  for (let index = 0; index < name.kinds.length; index++) {
    if (name.kinds[index] === Kind.Qualifier && name.tags[index] === PLACE_OF_GENERIC_NAME) {
      return true;
    }
  }
  return false;
}

/** A word cut short against the word it abbreviates: one word, a little below its spelled-out form. */
export const TRUNCATION_SIMILARITY = 0.85;
/** `pairLikeness`' answer for a word cut short (see PAIR_NONE). */
const PAIR_TRUNCATION: TokenLikeness = { sim: TRUNCATION_SIMILARITY, how: Likeness.Cognate };
/** Fewest letters of a word cut short ("Sci", "Acad"), and fewest letters it must leave out. */
export const TRUNCATION_MIN = 3;
export const TRUNCATION_LEFT_OUT = 2;

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

/** Likeness that lets one syllable of a compound given name stand for another: the same, or one romanisation. */
function sameSyllable(likeness: { sim: number; how: Likeness }): boolean {
  return (
    likeness.how === Likeness.Exact ||
    likeness.how === Likeness.Romanisation ||
    (likeness.how === Likeness.Transliteration && likeness.sim >= 1)
  );
}

/** Letters a name may lose before an adjective's or a genitive's ending ("Palacky" -> "Palackeho"). */
const NAME_ADJECTIVE_LOST_LETTERS = 2;

/**
 * An organisation's name word aligned by its stem with the adjective or the genitive of the same name
 * ("Quarrow" / "Quarrowova", "Tarvelow" / "Tarvelowski", "Norbergen" / "Norbergensis": org_words.yml
 * name_adjective_endings, since rules 1.13.0): the longer word is the shorter one, less at most two last
 * letters, with one of those endings. Such a pair names the body as the name itself does.
 */
export function nameAdjectivePair(query: PreparedName, pair: AlignedPair, candidate: PreparedName): boolean {
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
 * A Latin word and a Cyrillic one that are one international word in their scripts' spellings (since rules
 * 1.63.0, org_words.yml cognate_spellings): "Technologies" / "технологије" is one field word.
 */
export function latinCyrillicCognate(left: TokenInfo, right: TokenInfo): boolean {
  const [latin, cyrillic] = left.script === Script.Latin ? [left, right] : [right, left];
  return (
    latin.script === Script.Latin &&
    cyrillic.script === Script.Cyrillic &&
    latinCyrillicCognateLikeness(latin.text, cyrillic.text).how !== Likeness.None
  );
}

/** Words that name a body; numbers are left to the score (a series number is often a typo in lists). */
/**
 * A Hangul syllable read as a class word when written last after a field word (원 of "…개발원", org_words.yml
 * hangul_final_syllable_classes) against another Hangul class word (연 of 연구원): between two names in Hangul
 * the syllables themselves tell the bodies apart (since rules 1.34.0), so they are no forms of one class word.
 */
export function finalSyllableBesideHangul(left: TokenInfo, right: TokenInfo): boolean {
  const finals = getReferenceData().hangulFinalSyllableClasses;
  return (
    left.script === Script.Hangul && right.script === Script.Hangul && (finals.has(left.orig) || finals.has(right.orig))
  );
}

/**
 * A word compared by its spelling: a name word, or a short word read as an acronym only for its name's capitals
 * ("CAM" of "CAM HOLDING" against "CHAM HOLDING" or "Cham Holding", since rules 1.142.0; normalise.ts CAPITALS_READ).
 */
function readAsWord(name: PreparedName, index: number): boolean {
  const kind = name.kinds[index] as Kind;
  return kind === Kind.Name || (kind === Kind.Acronym && name.tags[index] === CAPITALS_READ);
}
