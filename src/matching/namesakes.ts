// Namesakes and clauses after a class word: honourees, purposes, joined institutions, subdivisions, fields.
import { type PreparedName, Kind, isComparable, classSetOf } from './normalise';
import { getReferenceData } from './reference-data';
import { Likeness } from './token-similarity';
import { Script } from './tokenise';
import {
  type AlignedPair,
  CLASS_KIN_SIMILARITY,
  comparableIndices,
  type ParentNamed,
  type Namesake,
  soleFreeSide,
  type SoleFreeSide,
  classWordIn,
  countryWord,
} from './matcher-shared';
import { wordMeaning, SUBDIVISION_PLACE, decidingGroupOf, wordDecidingGroup } from './word-groups';

/** One name of a comparison read against the other: its side, its free words, and the other's. */
interface NameSide {
  side: 'query' | 'candidate';
  otherSide: 'query' | 'candidate';
  name: PreparedName;
  free: Set<number>;
  other: PreparedName;
  otherFree: Set<number>;
}

/** Both readings of a comparison, the query's first: each name with its free words against the other name. */
function eachSide(query: PreparedName, qFree: Set<number>, candidate: PreparedName, cFree: Set<number>): NameSide[] {
  return [
    { side: 'query', otherSide: 'candidate', name: query, free: qFree, other: candidate, otherFree: cFree },
    { side: 'candidate', otherSide: 'query', name: candidate, free: cFree, other: query, otherFree: qFree },
  ];
}

/**
 * The initials of a namesake written before a surname: the words of one name before its first aligned
 * word, when the other name begins with that word's partner, the first aligned word is a name word, and
 * the words before it are initials (one letter, or dotted initials read as a short acronym) with at most
 * one name word after them ("J. David Quarrow Institutes", "S. M. Tarvel Academy"). Left out of `free`.
 * Since rules 1.57.0 the other name may write the given names those initials stand for after the surname, in
 * Hungarian order ("J. Quarrow University" / "Quarrow János University"), and given names of given_names.tsv
 * may stand for the initials (`namesakeGivenNames`).
 */
export function namesakeInitials(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): Namesake | undefined {
  for (const { side, otherSide, name, free, other, otherFree } of eachSide(query, qFree, candidate, cFree)) {
    const first = firstAlignedPair(pairs, side);
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

/**
 * The pair whose first word on `side` comes first (the earlier pair at a tie; a pair with no word there last), as
 * `pairs.reduce` with `Math.min(...pair[side])` would find it, without spreading each pair's words twice a pair.
 */
function firstAlignedPair(pairs: readonly AlignedPair[], side: 'query' | 'candidate'): AlignedPair | undefined {
  let first: AlignedPair | undefined;
  let firstAt = Infinity;
  for (const pair of pairs) {
    let at = Infinity;
    for (const index of pair[side]) {
      at = index < at ? index : at;
    }
    if (first === undefined || at < firstAt) {
      first = pair;
      firstAt = at;
    }
  }
  return first;
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
function initialLetters(name: PreparedName, indices: readonly number[]): string {
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
    !countryWord(text) &&
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

/** Where the run of free words that ends right before `comparable[at]` begins, as a place in `comparable`. */
function freeRunStart(comparable: readonly number[], free: Set<number>, at: number): number {
  let from = at;
  while (from > 0 && free.has(comparable[from - 1])) {
    from--;
  }
  return from;
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
  for (const { side, otherSide, name, free, other, otherFree } of eachSide(query, qFree, candidate, cFree)) {
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
      const from = freeRunStart(comparable, free, at);
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
      const otherFrom = freeRunStart(otherComparable, otherFree, otherAt);
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

/**
 * The clause naming the person a body honours, closing one name ("… named after A. B. Tarvel", "… imeni Tarvela":
 * org_words.yml honouree_clause_classes), when the other name is whole in the rest: every word of the other
 * name aligned (no class word for another of its group in the same script), a name word of the rest aligned (no
 * field or other deciding word), and the clause's words all free, a person's (name words,
 * initials), no class word but its opening words and no such clause in the other name (two honourees conflict).
 * A trailing segment's qualifier in the clause ("…, Tarvelburg") goes with it. Left out of `free`.
 */
export function honoureeClause(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): ParentNamed | undefined {
  const classes = getReferenceData().honoureeClauseClasses;
  const sole = soleFreeSide(query, qFree, candidate, cFree);
  if (classes.size === 0 || !sole) {
    return undefined;
  }
  const opens = (name: PreparedName, index: number) => classWordIn(name, index, classes);
  const { side, name, free, other } = sole;
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
  // The rest must be the other name written alike or translated.
  if (
    classWordReworded(query, candidate, pairs) ||
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

/** Whether a free comparable word of the name is a class word of `classes` (what `honoureeOpener` looks for first). */
function opensFree(name: PreparedName, free: ReadonlySet<number>, classes: ReadonlySet<number>): boolean {
  if (free.size === 0 || classes.size === 0) {
    return false;
  }
  for (const index of comparableIndices(name)) {
    if (free.has(index) && classWordIn(name, index, classes)) {
      return true;
    }
  }
  return false;
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
export function honoureeOpener(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): ParentNamed | undefined {
  const classes = getReferenceData().honoureeClauseClasses;
  // Each side below needs a free word of those classes: most pairs of names have none, and are not read (no sides
  // built for them).
  if (!opensFree(query, qFree, classes) && !opensFree(candidate, cFree, classes)) {
    return undefined;
  }
  const opens = (name: PreparedName, index: number) => classWordIn(name, index, classes);
  for (const { side, otherSide, name, free, other, otherFree } of eachSide(query, qFree, candidate, cFree)) {
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
    if (otherInitials.length > 0 && initialLetters(other, otherInitials) !== initialLetters(name, initials)) {
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
export function purposeComplement(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): ParentNamed | undefined {
  const sole = soleFreeSide(query, qFree, candidate, cFree);
  if (!sole || pairs.length < 2) {
    return undefined;
  }
  const { side, otherSide, name, free, other } = sole;
  const reference = getReferenceData();
  const aligned = pairs.flatMap((pair) => pair[side]);
  const last = Math.max(...aligned);
  const classes = name.kinds[last] === Kind.Class ? classSetOf(name.tags[last]) : [];
  const purposeClass = classes.some((group) => reference.purposeComplementClasses.has(group));
  const fieldClass = classes.some((group) => reference.fieldComplementClasses.has(group));
  if (!purposeClass && !fieldClass) {
    return undefined;
  }
  const tail = tailAfterWholeName(sole, pairs, last);
  if (tail === undefined) {
    return undefined;
  }
  // A function word opens the complement, right after the class word; a name written in Latin letters only (a
  // Chinese or Japanese class word written in several characters leaves its other characters as function words).
  if (
    name.kinds[last + 1] !== Kind.Stop ||
    name.tokens[last + 1].text === 'and' ||
    !writtenInLatin(name) ||
    !writtenInLatin(other)
  ) {
    return undefined;
  }
  const purpose = reference.academicFieldPurposeWords.has(name.tokens[last + 1].text);
  if (fieldClass && other.mode === 'org' && fieldComplement(name, side, other, pairs, last, tail)) {
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
          // (Since rules 1.128.0 an acronym written on both sides too: "QRS Foundation" / "QRS Foundation for …".)
          (name.kinds[index] === Kind.Name ||
            (name.kinds[index] === Kind.Acronym && pair.how === Likeness.Exact && pair[otherSide].length === 1)) &&
          wordDecidingGroup(name.tokens[index]) === undefined &&
          !placeWordAt(name, index),
      ) &&
      pair[otherSide].every((index) => !placeWordAt(other, index)),
  );
  if (!ownName || other.mode !== 'org') {
    return undefined;
  }
  const vocabulary = (text: string) =>
    decidingGroupOf(text) !== undefined ||
    reference.wordMeanings.has(text) ||
    reference.classTrie.next.get(text)?.value !== undefined;
  const academicField = (index: number) => classWordIn(name, index, reference.academicFieldClasses);
  const plain = (index: number) =>
    !placeWordAt(name, index) &&
    (purpose || !academicField(index)) &&
    (name.kinds[index] === Kind.Class ||
      (name.kinds[index] === Kind.Name && (purpose || vocabulary(name.tokens[index].text))));
  if (!tail.every(plain)) {
    return undefined;
  }
  if (classWordReworded(query, candidate, pairs)) {
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
export function joinedInstitutionAfter(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): ParentNamed | undefined {
  const sole = soleFreeSide(query, qFree, candidate, cFree);
  if (!sole || pairs.length < 2) {
    return undefined;
  }
  const { side, name, free, other } = sole;
  const reference = getReferenceData();
  if (other.mode !== 'org' || !writtenInLatin(name) || !writtenInLatin(other)) {
    return undefined;
  }
  const last = Math.max(...pairs.flatMap((pair) => pair[side]));
  if (
    !classWordIn(name, last, reference.joinedInstitutionHosts) ||
    name.kinds[last + 1] !== Kind.Stop ||
    !reference.joinedInstitutionJoiners.has(name.tokens[last + 1].text)
  ) {
    return undefined;
  }
  const tail = tailAfterWholeName(sole, pairs, last);
  if (tail === undefined) {
    return undefined;
  }
  const closing = tail[tail.length - 1];
  if (
    !classWordIn(name, closing, reference.joinedInstitutionClasses) ||
    !tail.every(
      (index) => name.kinds[index] === Kind.Class || reference.joinedInstitutionWords.has(name.tokens[index].text),
    )
  ) {
    return undefined;
  }
  const ownName = pairs.some((pair) =>
    pair[side].some(
      (index) =>
        name.kinds[index] === Kind.Name &&
        wordDecidingGroup(name.tokens[index]) === undefined &&
        !placeWordAt(name, index),
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
export function subdivisionFormWords(
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
  const { side, name, free, other } = sole;
  const reference = getReferenceData();
  const { tokens, kinds } = name;
  if (!writtenInLatin(name) || !writtenInLatin(other)) {
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
    !countryWord(tokens[index].text) &&
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
): boolean {
  const reference = getReferenceData();
  if (!reference.fieldComplementOpeners.has(name.tokens[last + 1].text)) {
    return false;
  }
  const otherSide = side === 'query' ? 'candidate' : 'query';
  // A listed place's case form is a place too: "<Region>n University" is the region's (rules 1.51.0's gate).
  const own = (of: PreparedName, index: number) =>
    of.kinds[index] === Kind.Name &&
    !placeWordAt(of, index) &&
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
 * The free words of the sole free name after its last aligned word `last` ("… for Tarvel Research" of "Quarrow
 * Institute for Tarvel Research"), when they are all its free words, the aligned words keep their order on both
 * sides ("Quarrow Tarvel Institute" is not "Tarvel Quarrow Institute") and `last` is aligned with the other name's
 * last word: the other name whole, then words of this one's own. Undefined otherwise.
 */
function tailAfterWholeName(
  { side, otherSide, name, free, other }: SoleFreeSide,
  pairs: AlignedPair[],
  last: number,
): number[] | undefined {
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
  return tail;
}

/**
 * Whether a class word is aligned with another class word of its group written in the same script ("Technical"
 * for "Technology"): another wording, often another body of the same place, not the name written alike or
 * translated.
 */
function classWordReworded(query: PreparedName, candidate: PreparedName, pairs: AlignedPair[]): boolean {
  return pairs.some(
    (pair) =>
      pair.how === Likeness.Class &&
      pair.query.length === 1 &&
      pair.candidate.length === 1 &&
      query.tokens[pair.query[0]].script === candidate.tokens[pair.candidate[0]].script,
  );
}

/** A word that places a body: a qualifier, a country's name or form, or a word whose meaning is a place. */
function placeWordAt(name: PreparedName, index: number): boolean {
  return (
    name.kinds[index] === Kind.Qualifier ||
    countryWord(name.tokens[index].text) ||
    wordMeaning(name.tokens[index])?.startsWith('place:') === true
  );
}

/** Whether every word of a name is written in Latin letters. */
function writtenInLatin(name: PreparedName): boolean {
  return name.tokens.every((token) => token.script === Script.Latin);
}

/**
 * A word of a person's name: a name word, initials, or a number (one letter of initials read as a Roman
 * numeral, "N. I. Tarvel"; a date honoured).
 */
function personWordAt(name: PreparedName, index: number): boolean {
  const kind = name.kinds[index];
  return kind === Kind.Name || kind === Kind.Acronym || kind === Kind.Initial || kind === Kind.Number;
}

/** Takes out the alignments of related class words (CLASS_KIN_SIMILARITY), their words free again. */
export function dropClassKin(pairs: AlignedPair[], qFree: Set<number>, cFree: Set<number>): void {
  for (let at = pairs.length - 1; at >= 0; at--) {
    const pair = pairs[at];
    if (pair.how === Likeness.Class && pair.sim === CLASS_KIN_SIMILARITY) {
      pair.query.forEach((index) => qFree.add(index));
      pair.candidate.forEach((index) => cFree.add(index));
      pairs.splice(at, 1);
    }
  }
}
