// Parent bodies and their units: codes, a unit named with its parent, unit acronyms.
import { type PreparedName, isComparable, Kind, classSetOf, CAPITALS_READ } from './normalise';
import { getReferenceData } from './reference-data';
import { Likeness } from './token-similarity';
import { tokeniseRaw, Script, HYPHENATED_ACRONYMS } from './tokenise';
import {
  type AlignedPair,
  comparableIndices,
  range,
  STRONG_LIKENESS,
  TRAILING_SEGMENT,
  segmentBetween,
  type ParentNamed,
  identityPair,
  soleFreeSide,
  classWordIn,
  countryWord,
} from './matcher-shared';
import { readAsPlaceCaseForm, wordDecidingGroup } from './word-groups';

/**
 * Whether the word at `last` is written with a possessive ("…'s", "…’s") and is the last word before it
 * ("Quarrow Research University's Tide Center": the words before the possessive are the name's first `last + 1`).
 */
export function possessiveAfter(name: PreparedName, last: number): boolean {
  const written = /^(.*?\p{L})['’]s(?!\p{L})/u.exec(name.raw);
  return written !== null && tokeniseRaw(written[1]).length === last + 1;
}

/** Most words of a name written all in capitals that are all read as codes ("QRAB QIDG"). */
export const CAPITALS_CODE_WORDS = 3;
/** A word of a name written all in capitals that may be a code: two to eight Latin letters. */
const CAPITALS_CODE = /^[a-z]{2,8}$/;

/**
 * Whether `text` is one whole class word or legal form of the tables ("bank", "ag", "sa"), whatever kind its name
 * reads it as: a name made only of class words reads them as its name words, and unit4's rule (rules 1.163.0) a legal
 * form first before one class word ("AG BANK"); such a word is still no code (since rules 1.164.0).
 */
export function tableWord(text: string): boolean {
  const reference = getReferenceData();
  return (
    reference.legalTrie.next.get(text)?.value !== undefined || reference.classTrie.next.get(text)?.value !== undefined
  );
}

/**
 * Whether `name` is written all in capitals with at most CAPITALS_CODE_WORDS comparable words, each an
 * acronym or a word of two to eight Latin letters ("QRAB QIDG", "QSCTE-QUL QCSH", "QAVRU NORTH"): in
 * capitals an acronym and a word look alike, so each word may be read as a code. Names with a class
 * word ("BANK …") or a longer word are names, not codes; since rules 1.164.0 also a name whose class words or legal
 * form are read as its name words ("AG BANK": "AG" is no initials of "Arqa Gelvia" or "A and G Holding").
 */
export function capitalsCodes(name: PreparedName): boolean {
  if (name.mode !== 'org' || name.tokens.length > 2 * CAPITALS_CODE_WORDS) {
    return false;
  }
  let count = 0;
  let tableWords = 0;
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
    if (kind === Kind.Name && tableWord(token.text)) {
      tableWords++;
    }
  }
  // (The written form is looked at last, and only for a short name of words that could be codes. A table's word is
  // no code beside another word; alone, "HUS", it is the name and may still be one.)
  return count > 0 && (tableWords === 0 || count === 1) && !/\p{Ll}/u.test(name.raw);
}

/**
 * Whether the word at `index` of a name written in capitals is a word of English (english_words.tsv) that the acronym
 * reading would read as initials only because of the capitals (a word of kind `name` in a name `capitalsCodes` reads as
 * codes, or a short word read as an acronym for its capitals, CAPITALS_READ), in a name with a company's legal form
 * (company_words.yml company_legal_generics): "SMART QUARROW LIMITED", "ACE VELVAN FZE". Such a word is that word of
 * the company's name, not a body's initials (since rules 1.167.0). Not a registry body's name whose short form the
 * tables read as a legal form of no company ("GIN SB RAS": "SB" is a Siberian Branch), and not a word of no table. Read
 * by `matchAcronyms` only for a word it would read for the capitals alone: a Set look-up first, then the name's words.
 * Latin letters only: a name in Han or kana has no small letters, and its romanised words ("gong") are no English.
 */
export function englishWordOfCompanyInCapitals(name: PreparedName, index: number): boolean {
  const reference = getReferenceData();
  const token = name.tokens[index];
  if (
    !(name.kinds[index] === Kind.Name || (name.kinds[index] === Kind.Acronym && name.tags[index] === CAPITALS_READ)) ||
    token.script !== Script.Latin ||
    !reference.englishWords.has(token.text)
  ) {
    return false;
  }
  let company = false;
  for (let other = 0; other < name.tokens.length && !company; other++) {
    company = name.kinds[other] === Kind.Legal && reference.companyLegalForms.has(name.tags[other]);
  }
  return company && !/\p{Ll}/u.test(name.raw);
}

/**
 * Whether the word at `index` of a name written in capitals is a word of English (english_words.tsv) that the acronym
 * reading reads as initials only because of the capitals: a word of kind `name` in a name `capitalsCodes` reads as
 * codes ("QUARROW TIDE"), or a short word read as an acronym for its capitals (CAPITALS_READ: "VELVAN FAN"). Latin
 * letters only. `matchAcronyms` keeps such a reading only when every other word of its name stands for the other name
 * too (since rules 1.169.0). `capitals` is `capitalsCodes(name)` when the caller has it.
 */
export function englishWordReadForCapitals(name: PreparedName, index: number, capitals?: boolean): boolean {
  const kind = name.kinds[index];
  const token = name.tokens[index];
  return (
    token.script === Script.Latin &&
    ((kind === Kind.Acronym && name.tags[index] === CAPITALS_READ) ||
      (kind === Kind.Name && (capitals ?? capitalsCodes(name)))) &&
    getReferenceData().englishWords.has(token.text)
  );
}

/**
 * The number of codes of a name made only of codes ("QIDG", "QCR-KSB", "QRAB QIDG"), or undefined when it
 * has another word or none: such a name may stand for another name by its acronym. A name of acronyms
 * only may have any number of them; one in capitals whose words are read as codes (capitalsCodes) at most
 * CAPITALS_CODE_WORDS. A place written beside an acronym ("QIDG Norland") is no code: on the dev pairs it
 * names a regional branch as often as the body itself (see bench/HISTORY.md, rules 1.9.0).
 */
export function onlyCodes(name: PreparedName): number | undefined {
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
export function codeContradicted(
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
export function parentNamedAfter(long: PreparedName, last: number): number[] {
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
  const named = range(start, end).some((index) => classWordIn(long, index, parentClasses));
  return named ? comparableIndices(long).filter((index) => index > last) : [];
}

/**
 * The acronym that carries a name made only of acronyms: the name's only word, or the last of several,
 * the ones before it naming a parent body or a place ("NPS" in "NPS SWAN", "UC" in "UC CDB").
 */
export function isMainAcronym(name: PreparedName, index: number): boolean {
  const comparable = comparableIndices(name);
  return (
    comparable[comparable.length - 1] === index && comparable.every((position) => name.kinds[position] === Kind.Acronym)
  );
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
export function unitTypeNamed(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): ParentNamed | undefined {
  const sole = soleFreeSide(query, qFree, candidate, cFree);
  if (!sole || pairs.length === 0) {
    return undefined;
  }
  const { side, otherSide: shortSide, name: long, free, other: short } = sole;
  // The other name whole must be written out on the longer side: one word of it read as the initials of the other
  // name ("<class words> QAS" / "Quarrow Aster Society") is an acronym reading of one word, and the class words
  // before it name a body of their own, not the kind of unit a topic is (since rules 1.140.0).
  if (pairs.some((pair) => pair.how === Likeness.Acronym && pair[side].length < pair[shortSide].length)) {
    return undefined;
  }
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
 * Since rules 1.157.0: one acronym written last in brackets after the name ("Quarrow Tidal Company (QTC)"), which
 * rule 3 of 1.154.0 reads beside the name: `own` when its letters come in order among the letters of the name's other
 * comparable words from the first ("Aviation Industry Corporation of Portugal (AVIP)"), `other` when not (the body's
 * acronym in another language, or its parent's); undefined for an acronym not so written.
 */
export function bracketedAcronym(name: PreparedName, indices: number[]): 'own' | 'other' | undefined {
  const last = name.tokens.length - 1;
  if (indices.length !== 1 || indices[0] !== last || name.kinds[last] !== Kind.Acronym) {
    return undefined;
  }
  const acronym = name.tokens[last].text;
  const escaped = name.tokens[last].orig.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!new RegExp(`\\(\\s*${escaped}\\s*\\)\\s*$`, 'iu').test(name.raw)) {
    return undefined;
  }
  const letters = comparableIndices(name)
    .filter((index) => index !== last)
    .map((index) => name.tokens[index].text)
    .join('');
  if (letters[0] !== acronym[0]) {
    return 'other';
  }
  let at = 0;
  for (const letter of acronym) {
    at = letters.indexOf(letter, at);
    if (at < 0) {
      return 'other';
    }
    at++;
  }
  return 'own';
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

/**
 * A name that is the other name whole with its parent body named before it ("SUNY Quarrow Community
 * College", "Quarrow University Centre for Tides") or after a function word ("Institute of Geology of the
 * Veltora Academy of Sciences"). The parent's words must hold a class word or an acronym (they name a
 * body), and a body named as the complement of the other's words ("Research Institute of the Veltora
 * Health Centre": the institute of that centre) or followed by words of its own ("Veltora University
 * School of Law": a unit of the university) is another body. The parent's words are then left out of the
 * score and of the deciding words. Returns them, and leaves them out of `free`.
 */
export function parentBodyNamed(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): ParentNamed | undefined {
  const sole = soleFreeSide(query, qFree, candidate, cFree);
  if (!sole || pairs.length === 0) {
    return undefined;
  }
  const { side, otherSide: shortSide, name: long, free, other: short } = sole;
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
    // Since rules 1.217.0: one acronym in brackets after the longer name ("QUARROW TIDE CENTRE (QTC)"), the one word
    // left over, is the body's own acronym (or its name's in another language, or its parent's: `bracketedAcronym`)
    // whatever order the other name writes the words in ("Centre Tide Quarrow"): not counted, as it is not when the
    // words are in order (below). Not a country's.
    // Only the listed (candidate) name's: a query's own acronym spells the query's order, and a listed name of the same
    // words in another order may be another body ("… Technology and Science Centre (QTSC)" / "… Science and Technology
    // Centre").
    const alone = [...free];
    if (
      side === 'candidate' &&
      alone.length === 1 &&
      comparableIndices(short).length >= 2 &&
      !countryWord(long.tokens[alone[0]].text) &&
      bracketedAcronym(long, alone) !== undefined
    ) {
      free.delete(alone[0]);
      return { side, words: alone };
    }
    return undefined;
  }
  const aligned = pairs.flatMap((pair) => pair[side]);
  const first = Math.min(...aligned);
  const last = Math.max(...aligned);
  const extra = [...free].sort((a, b) => a - b);
  // "Quarrow Zoology Institute QZ", "QRU Tarvel Centre": one acronym written before or after the other
  // name whole (two words or more) names its parent body, its place or its unit type, not another body.
  // A country written as capitals ("(USA)") is left to the country rules: subsidiaries differ by it.
  // Since rules 1.45.0 also one acronym written in capitals as pieces joined by hyphens ("QRN-TVR Tarvel Centre":
  // a research network's acronym), when no comma or dash sets it apart from the other name.
  const oneAcronym =
    extra.length === 1 ? long.kinds[extra[0]] === Kind.Acronym : hyphenJoinedAcronym(long, extra, first, last);
  if (
    oneAcronym &&
    !extra.some((index) => countryWord(long.tokens[index].text)) &&
    (extra[0] < first || extra[0] > last) &&
    comparableIndices(short).length >= 2
  ) {
    if (
      unitAcronymBeforeBody(long, extra, short) !== undefined ||
      unitAcronymJoinedToParent(long, extra, short) !== undefined ||
      joinedToOwnBracketedAcronym(long, extra)
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
    classWordIn(long, index, parentClasses);
  const segmentParentClasses = getReferenceData().segmentParentClasses;
  const segmentParentWord = (index: number) =>
    long.kinds[index] === Kind.Acronym ||
    long.kinds[index] === Kind.NamedBody ||
    classWordIn(long, index, segmentParentClasses);
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
  // again, whose class word in characters (大学) names no parent of "Quarrow University". Since rules 1.199.0 so for any
  // script: a comma after "of" closes the words "of" opens ("Quarrow College of Tide Studies, Veltora University": the
  // college's own field, then its parent set apart): only the words after the comma are then the parent (below); the
  // field is the longer name's own words, counted.
  const after =
    extra.every((index) => index > last) &&
    ((long.kinds[last + 1] === Kind.Stop &&
      extra.some(
        (index) => long.kinds[index] === Kind.Class && parentWord(index) && !segmentBetween(long, last + 1, index),
      )) ||
      (segmentBetween(long, last, extra[0]) &&
        extra.some(segmentParentWord) &&
        !extra.some((index) => long.kinds[index] === Kind.Class && !segmentParentWord(index) && bodyWord(index))));
  // Since rules 1.178.0, in a name written in Cyrillic, also a parent written right after its unit's words in the
  // genitive, without a function word and without a comma ("Тарвельский институт математики Кварровской академии
  // наук", "… НАН Кваррии", "… ТО КАН"): the words left over are the name's last ones, one of them of a parent class
  // (segment_parent_classes: an academy, a university, a ministry…) or an acronym, none a class word of the unit's own
  // kind. It is the "… of the Quarrow Academy of Sciences" the English name writes or leaves out. The academy alone
  // against its unit stays two bodies (the unit's words are then written before, not after, the aligned ones).
  // The parent opens the words left over: an acronym first ("НАН …", "ТО КАН"), or a parent's class word after words
  // that name no field ("Сибирского отделения Кварровской академии"); a field's word first ("… университет экономики
  // и управления ТГУЭУ") is the unit's own name, another body.
  // Since rules 1.179.0 a word of "national" may open it too ("… Національної академії наук Кваррії", org_words.yml
  // parent_opening_deciding_groups): it names the academy, not the unit's field.
  const openingGroups = getReferenceData().parentOpeningDecidingGroups;
  const parentOpensAfter = () => {
    const at = extra.findIndex(segmentParentWord);
    if (at < 0) {
      return false;
    }
    if (long.kinds[extra[at]] === Kind.Acronym) {
      return at === 0;
    }
    return extra.slice(0, at).every((index) => {
      if (long.kinds[index] !== Kind.Class) {
        return true;
      }
      const group = wordDecidingGroup(long.tokens[index]);
      return group === undefined || openingGroups.has(group);
    });
  };
  // Read only when neither rule above holds.
  const cyrillicGenitiveParent = () => {
    const comparableAfter = comparableIndices(long).filter((index) => index > last);
    return (
      aligned.every((index) => long.tokens[index].script === Script.Cyrillic) &&
      extra.length === comparableAfter.length &&
      extra.every((index, at) => index === comparableAfter[at]) &&
      !extra.some((index) => long.kinds[index] === Kind.Class && !segmentParentWord(index) && bodyWord(index)) &&
      parentOpensAfter()
    );
  };
  if (!before && !after && !cyrillicGenitiveParent()) {
    // Since rules 1.199.0: after "of" (or another function word) and the longer name's own words, a parent set apart
    // by a comma ("… College of Tide Studies, Veltora University"): only the words after the comma are the parent,
    // left out; the words between stay the longer name's own and are counted, as they are with no parent written. A
    // name in characters in brackets after it is the name written again (rules 1.106.0), never a parent.
    const cut = extra.findIndex((index, at) => at > 0 && segmentBetween(long, extra[at - 1], index));
    const parent = cut > 0 ? extra.slice(cut) : [];
    if (
      long.kinds[last + 1] !== Kind.Stop ||
      !extra.every((index) => index > last) ||
      !segmentBetween(long, last, parent[0] ?? last) ||
      !parent.some(segmentParentWord) ||
      parent.some((index) => long.tokens[index].isSyllable) ||
      parent.some((index) => long.kinds[index] === Kind.Class && !segmentParentWord(index) && bodyWord(index))
    ) {
      return undefined;
    }
    parent.forEach((index) => free.delete(index));
    return { side, words: parent };
  }
  extra.forEach((index) => free.delete(index));
  return { side, words: extra };
}

/** An acronym in brackets, then one word joined to it by a hyphen or dash, closing a name: "… (QTC)-TML". */
const JOINED_TO_BRACKETED_ACRONYM = /\([\p{Lu}\d&.]{2,}\)\s*[-–—]\s*([\p{L}\d]+)$/u;

/**
 * Whether the one acronym `extra` closes `name` joined by a hyphen or dash to an acronym in brackets that the comparison
 * did not leave over (the body's own, written after its words): "Quarrow Tide Centre (QTC)-TML" names the centre's unit
 * TML, as "(QTC)-Tarvel Marine Lab" does (since rules 1.217.0). The bracket closes the body's own name; the acronym
 * joined after it is a further body's, its unit's (the lists' two names of the shape, a research centre's laboratory and
 * a corps' force, are both units), never the body's parent: the pair is two bodies, and the acronym is counted.
 */
function joinedToOwnBracketedAcronym(name: PreparedName, extra: number[]): boolean {
  if (extra.length !== 1 || extra[0] !== comparableIndices(name).at(-1)) {
    return false;
  }
  const joined = JOINED_TO_BRACKETED_ACRONYM.exec(name.raw.trim());
  return joined !== null && joined[1].toLowerCase() === name.tokens[extra[0]].orig.toLowerCase();
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
export function unitAcronymJoinedToParent(
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
  if (countryWord(word)) {
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
export function unitAcronymBeforeBody(
  name: PreparedName,
  unmatched: number[],
  other: PreparedName,
): string | undefined {
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
  const parentBody = comparableIndices(other).some((index) => classWordIn(other, index, parentClasses));
  return parentBody ? name.tokens[acronym].text : undefined;
}
