// Deciding words: words whose difference makes two organisations different, and their cognates and forms.
import { type PreparedName, Kind, classSetOf, prepareName } from './normalise';
import { getReferenceData } from './reference-data';
import { distance } from 'fastest-levenshtein';
import { Likeness, tokenLikeness } from './token-similarity';
import { Script, type TokenInfo } from './tokenise';
import { type AlignedPair, comparableIndices, TRAILING_SEGMENT, type ParentNamed, classWordIn } from './matcher-shared';
import { latinCyrillicCognate, finalSyllableBesideHangul } from './word-likeness';
import { meaningGroupOf, wordDecidingGroup } from './word-groups';
import { hanWordsIn, oneWordFieldRenderings } from './han-words';
import { MISSPELT_LENGTH, knownToTables, oneSlipApart } from './misspelt-table-words';

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

/**
 * The country's name or demonym that `name` writes first and leaves unmatched, when the other name writes no
 * country and both are bodies of a kind listed in org_words.yml country_first_classes (since rules 1.14.0):
 * "Norlandic Society of Tide Studies" is not the "Society of Tide Studies", as a deciding word on one side.
 */
export function countryWrittenFirst(
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
    comparableIndices(of).some((index) => classWordIn(of, index, reference.countryFirstClasses));
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
export function supportBodyWritten(
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
  const support = (of: PreparedName, index: number) => classWordIn(of, index, reference.supportBodyClasses);
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
export function branchSegmentWritten(
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
    classWordIn(name, index, reference.branchSegmentClasses);
  const placeWord = (index: number) =>
    (name.kinds[index] === Kind.Qualifier && name.tags[index] === TRAILING_SEGMENT) || name.kinds[index] === Kind.Name;
  return tail.some(branchWord) && tail.some(placeWord) && comparableIndices(other).length >= 2
    ? tail.map((index) => name.tokens[index].text).join(' ')
    : undefined;
}

/**
 * The one word of a segment after a comma or a dash that `name` alone writes after the other name whole, when
 * the other name has only class words, field (deciding) words and countries' names, one of them of a kind of
 * body in many places (org_words.yml place_after_generic_classes), since rules 1.17.0: a generic name
 * ("National Institute of Tide Studies") stands for bodies in many places, and the place written after it
 * ("…, Harbourville") names one of them, not the body the bare name is listed for.
 */
export function placeAfterGenericName(
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
export function kindOfPlaceOnly(
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

/** Letters a compound's other word has at least, after the class word that opens it. */
const COMPOUND_REST_MIN = 3;
/** Letters the class word opening a compound has at least: a form written whole, not a short one ("org", "univ"). */
const COMPOUND_OPENING_MIN = 5;

/**
 * Whether the shorter word of a pair is a class word (a form the class tables list, "univ" or "universität") and
 * the longer word it opens is a compound of one of its classes' forms and another word: a form written whole
 * (COMPOUND_OPENING_MIN letters or more) first, then, after a linking "s", a class word of the tables of at least
 * COMPOUND_REST_MIN letters ("universitet|s|hospital", "universität|s|klinikum"). A longer word that no such form
 * opens ("Org." for "Organic"), or whose rest is an ending ("sociálních"), is the word cut short or inflected.
 */
export function classWordOpeningCompound(
  short: PreparedName,
  shortIndex: number,
  long: PreparedName,
  longIndex: number,
): boolean {
  if (short.kinds[shortIndex] !== Kind.Class || long.tokens[longIndex].script !== Script.Latin) {
    return false;
  }
  const classes = classSetOf(short.tags[shortIndex]);
  const longClasses = long.kinds[longIndex] === Kind.Class ? classSetOf(long.tags[longIndex]) : [];
  if (classes.length === 0 || classes.some((group) => longClasses.includes(group))) {
    return false;
  }
  const text = long.tokens[longIndex].text;
  for (let end = text.length - COMPOUND_REST_MIN; end >= COMPOUND_OPENING_MIN; end--) {
    const opening = prepareName(text.slice(0, end), 'org');
    // (A name of one class word reads it as a name word; its tag still holds its class.)
    if (
      opening.tokens.length === 1 &&
      opening.tags[0] !== 0 &&
      classSetOf(opening.tags[0]).some((group) => classes.includes(group))
    ) {
      // The rest, after a linking "s", is a class word of its own (another body's kind: "hospital", "klinikum"),
      // not an ending of the class word ("sociálních").
      const rest = text.slice(end).replace(/^s(?=.{3})/u, '');
      const restRead = prepareName(rest, 'org');
      return restRead.tokens.length === 1 && restRead.tags[0] !== 0;
    }
  }
  return false;
}

/** The unmatched words when they are the last comparable words of the name, after at least one other; else undefined. */
function unmatchedTail(name: PreparedName, unmatched: number[]): number[] | undefined {
  const comparable = comparableIndices(name);
  const tail = comparable.slice(comparable.length - unmatched.length);
  return tail.length < comparable.length && tail.every((index, at) => unmatched[at] === index) ? tail : undefined;
}

/** Groups of deciding words ("technology", "northwest") on one side only: two bodies, not one. */
/** How a field word is aligned with the other name's when it is that word in another language (field_idiom_words). */
const FIELD_IDIOM_LIKENESS = new Set<Likeness>([Likeness.Synonym, Likeness.Joined, Likeness.Translation]);

export function differentDecidingWords(
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
    if (!left.startsWith(right) && !right.startsWith(left)) {
      return false;
    }
    // (Since rules 1.215.0: not a class word, whole or in a form the tables give it ("Univ.", "Universität"), that
    // opens a longer word of none of its classes: that word is a compound of it and another word
    // ("Universitätsklinikum", "Universitetshospital"), another body's class, and it decides.)
    const [short, shortIndex, long, longIndex] =
      left.length < right.length
        ? [query, pair.query[0], candidate, pair.candidate[0]]
        : [candidate, pair.candidate[0], query, pair.query[0]];
    return !classWordOpeningCompound(short, shortIndex, long, longIndex);
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
  const academicBody = (name: PreparedName) =>
    name.mode === 'org' && name.tokens.some((_, index) => classWordIn(name, index, reference.academicBodyClasses));
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
    if (!bothAcademic || !classWordIn(name, index, reference.academicFieldClasses) || purposePhrase(name, index)) {
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
      if (group && !found.has(group) && !countryLevelWord(name, index, group, other)) {
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
  const querySkip = new Set([...expanded('query'), ...fieldIdiom('query')]);
  const candidateSkip = new Set([...expanded('candidate'), ...fieldIdiom('candidate')]);
  const left = collect(query, querySkip, candidate);
  const right = collect(candidate, candidateSkip, query);
  // A word aligned one to one with a deciding word is that word in another form or language ("Maritimes" of
  // "Maritime", a translation listed elsewhere) when it is listed in no group itself (since rules 1.16.0): it
  // takes that word's group. A word listed in another group keeps it, so split groups stay apart.
  for (const pair of pairs) {
    if (pair.query.length !== 1 || pair.candidate.length !== 1) {
      continue;
    }
    const [queryGroup, candidateGroup] = [
      wordDecidingGroup(query.tokens[pair.query[0]]) ?? academicField(query, pair.query[0]),
      wordDecidingGroup(candidate.tokens[pair.candidate[0]]) ?? academicField(candidate, pair.candidate[0]),
    ];
    // (Since rules 1.124.0 also a word no table knows one slip from the deciding word: "Militray"/"Military".)
    const slip =
      (queryGroup === undefined &&
        candidateGroup !== undefined &&
        misspeltKnownWord(query, pair.query[0], candidate.tokens[pair.candidate[0]].text)) ||
      (candidateGroup === undefined &&
        queryGroup !== undefined &&
        misspeltKnownWord(candidate, pair.candidate[0], query.tokens[pair.query[0]].text));
    if (!slip && !formsOfOneWord(pair, query, candidate)) {
      continue;
    }
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
  for (const word of differentFieldModifiers(query, querySkip, candidate, candidateSkip, pairs)) {
    if (!differ.includes(word)) {
      differ.push(word);
    }
  }
  return differ;
}

/**
 * Since rules 1.162.0: a word of a country's own level (org_words.yml country_level_groups: "Federal") written right
 * after a country's name or demonym that the other name writes too: "Norlandic Federal Environment Agency" and
 * "Norlandic Environment Agency" both name the country's agency, and a federation's agency is the federal one. A
 * state's or a region's name before the word, or a country written in one name only, leaves it deciding.
 */
function countryLevelWord(name: PreparedName, index: number, group: string, other: PreparedName): boolean {
  const reference = getReferenceData();
  if (!reference.countryLevelGroups.has(group) || index === 0) {
    return false;
  }
  const country = reference.countryForms.get(name.tokens[index - 1].text);
  return (
    country !== undefined &&
    other.tokens.some(
      (token, at) => other.kinds[at] !== Kind.Stop && reference.countryForms.get(token.text) === country,
    )
  );
}

/**
 * Since rules 1.162.0: the words of a subfield or an approach (org_words.yml field_modifiers: "Plasma",
 * "Experimental", "Automotive", "Rehabilitation") that one name writes right before a field word
 * (field_modifier_heads: "Physics", "Technology", "Hospital") and the other name nowhere: "Quarrow Institute of Plasma
 * Physics" is another body than the "Quarrow Institute of Physics". The same word elsewhere in the other name, in any
 * listed form or aligned with any of its words, agrees; a word set apart by a function word or a comma, or read as an
 * acronym's, decides nothing.
 */
function differentFieldModifiers(
  query: PreparedName,
  querySkip: Set<number>,
  candidate: PreparedName,
  candidateSkip: Set<number>,
  pairs: AlignedPair[],
): string[] {
  const reference = getReferenceData();
  if (reference.fieldModifiers.size === 0 || query.mode !== 'org' || candidate.mode !== 'org') {
    return [];
  }
  const read = (name: PreparedName, skip: Set<number>, side: 'query' | 'candidate') => {
    const written = new Map<string, string>();
    const headed = new Set<string>();
    // A word aligned with a word of the other name is on both sides, in whatever form ("Environnement"/"Environmental").
    const aligned = (index: number) => pairs.some((pair) => pair[side].includes(index));
    name.tokens.forEach((token, index) => {
      const group = reference.fieldModifiers.get(token.text);
      if (group === undefined || skip.has(index) || !modifierKind(name, index)) {
        return;
      }
      if (!written.has(group)) {
        written.set(group, token.orig);
      }
      const next = index + 1;
      if (
        !aligned(index) &&
        next < name.tokens.length &&
        !skip.has(next) &&
        modifierKind(name, next) &&
        fieldModifierHead(name.tokens[next], reference.fieldModifierHeads, reference.decidingGroups)
      ) {
        headed.add(group);
      }
    });
    return { written, headed };
  };
  const left = read(query, querySkip, 'query');
  const right = read(candidate, candidateSkip, 'candidate');
  const differ: string[] = [];
  for (const [one, other] of [
    [left, right],
    [right, left],
  ] as const) {
    for (const group of one.headed) {
      if (!other.written.has(group)) {
        differ.push(one.written.get(group)!);
      }
    }
  }
  return differ;
}

/**
 * Whether a word is read as a field modifier or its field word can be: a name or class word, or a word of a trailing
 * segment ("…, Inst Plasma Phys"); not a function word, a legal form, or a place's or country's word.
 */
function modifierKind(name: PreparedName, index: number): boolean {
  const kind = name.kinds[index];
  return (
    kind === Kind.Name || kind === Kind.Class || (kind === Kind.Qualifier && name.tags[index] === TRAILING_SEGMENT)
  );
}

/**
 * Whether a word is a field word of field_modifier_heads, or one cut short, of four letters or more ("Phys" of
 * "Physics", as a bibliographic abbreviation writes it).
 */
function fieldModifierHead(token: TokenInfo, heads: Set<string>, decidingGroups: Map<string, string>): boolean {
  const group = wordDecidingGroup(token);
  const text = token.text;
  if (group !== undefined) {
    return heads.has(group);
  }
  if (text.length < 4 || !/^[a-z]+$/.test(text)) {
    return false;
  }
  for (const [word, wordGroup] of decidingGroups) {
    if (heads.has(wordGroup) && word.length > text.length && word.startsWith(text)) {
      return true;
    }
  }
  return false;
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
 * Whether the word at `index` of `name` is `known` (a deciding or field word) misspelt (since rules 1.124.0): one
 * letter added, dropped or changed, or two side by side swapped ("Militray", "Sceince", "Reserch"), the shorter
 * of MISSPELT_LENGTH letters or more, both in Latin letters, the first and last letters alike (another last letter
 * is another ending: "Economi"/"Economy", "Normal"/"Norman"), and the word itself in no table the matcher reads: no
 * class, place, country, meaning, company, given name or common English word. A word a table knows
 * ("Northwestern"/"Northeastern", "Hunan"/"Henan", "Marine"/"Marina") is another word, as before.
 */
function misspeltKnownWord(name: PreparedName, index: number, known: string): boolean {
  const token = name.tokens[index];
  const text = token.text;
  if (
    token.script !== Script.Latin ||
    token.isSyllable ||
    name.kinds[index] !== Kind.Name ||
    Math.min(text.length, known.length) < MISSPELT_LENGTH ||
    !/^[a-z]+$/.test(text) ||
    text[0] !== known[0] ||
    text[text.length - 1] !== known[known.length - 1] ||
    !oneSlipApart(text, known)
  ) {
    return false;
  }
  return !knownToTables(text);
}

export { oneSlipApart };

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
export function differentUnitNumbers(
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
export function differentSeriesNumbers(
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
  const vintage = (name: PreparedName) => name.tokens.some((_, index) => classWordIn(name, index, seriesClasses));
  return vintage(query) || vintage(candidate) ? undefined : [query.tokens[left].orig, candidate.tokens[right].orig];
}

/**
 * Since rules 1.154.0: "QTRC 606" / "QTRC", "Quarrow Tidal Company Institute 625" / "Quarrow Tidal Company": a unit
 * number after a body's whole name (its acronym or its words, every one matched) names the body's numbered unit, not
 * the body. The numbered name has nothing else left over but class words ("Institute", "Research Institute"); a
 * number dropped beside other words is left to the score. Since rules 1.157.0 not a number of the name's own phrase
 * (`numberOfOwnName`). Returns the number as written and the body's name.
 */
export function unitNumberOfBody(
  query: PreparedName,
  unmatchedQuery: number[],
  candidate: PreparedName,
  unmatchedCandidate: number[],
): [string, string] | undefined {
  const read = (
    numbered: PreparedName,
    numberedUnmatched: number[],
    body: PreparedName,
    bodyUnmatched: number[],
  ): [string, string] | undefined => {
    const bodyWords = comparableIndices(body);
    if (
      bodyWords.length === 0 ||
      bodyUnmatched.length > 0 ||
      bodyWords.some((index) => body.kinds[index] === Kind.Number)
    ) {
      return undefined;
    }
    const left = numberedUnmatched.filter((index) => numbered.kinds[index] !== Kind.Class);
    if (
      left.length !== 1 ||
      numbered.kinds[left[0]] !== Kind.Number ||
      !isUnitNumber(numbered, numbered.tokens[left[0]].text) ||
      numberOfOwnName(numbered, left[0])
    ) {
      return undefined;
    }
    return [numbered.tokens[left[0]].orig, bodyWords.map((index) => body.tokens[index].orig).join(' ')];
  };
  return (
    read(query, unmatchedQuery, candidate, unmatchedCandidate) ??
    read(candidate, unmatchedCandidate, query, unmatchedQuery)
  );
}

/**
 * Since rules 1.157.0: a number that is a word of a phrase of the name's own, beside a function word: first in the
 * name before one (a date, "7th of Quarrow") or after one inside the name ("Quarrow Ganadera El 45 Ltda.", a place
 * called "El 45"). Not after a leading article ("The 14th Quarrow Brigade" is a numbered unit), nor before "of" after
 * a unit word ("Institute 625 of QTC").
 */
function numberOfOwnName(name: PreparedName, index: number): boolean {
  return (index === 0 && name.kinds[index + 1] === Kind.Stop) || (index >= 2 && name.kinds[index - 1] === Kind.Stop);
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
export function syllableLeftOver(name: PreparedName, unmatched: number[], other: PreparedName): boolean {
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

/** Such a final syllable left over on one side and a Hangul class word on the other: two words the other lacks. */
export function finalSyllableLeftOver(
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

export function hasIdentityWord(name: PreparedName, indices: number[]): boolean {
  return indices.some((index) => {
    const kind = name.kinds[index];
    return kind === Kind.Name || kind === Kind.Acronym || kind === Kind.NamedBody || kind === Kind.Qualifier;
  });
}

/**
 * A name word among `indices` that is not another spelling of a word of its own name: "SANTOS, Ahmad (Ahmed)"
 * gives the given name twice, and the second spelling adds no name to it.
 */
export function hasAnotherNameWord(name: PreparedName, indices: number[]): boolean {
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

export function hasNameWord(name: PreparedName, indices: number[]): boolean {
  return indices.some((index) => name.kinds[index] === Kind.Name || name.kinds[index] === Kind.Initial);
}

const PATRONYMIC_GROUPS = new Set(['bin', 'bint', 'ould', 'ibn', 'ben']);

export function isPatronymic(name: PreparedName, index: number): boolean {
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
export function patronymReversed(query: PreparedName, candidate: PreparedName, pairs: AlignedPair[]): boolean {
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
export function placing(name: PreparedName, indices: number[]): boolean {
  return (
    indices.length > 0 &&
    indices.every((index) => name.kinds[index] === Kind.Qualifier && index === name.tokens.length - 1)
  );
}
