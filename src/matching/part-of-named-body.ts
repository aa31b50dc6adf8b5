import { comparableIndices, segmentBetween } from './matcher-shared';
import { Kind, type PreparedName } from './normalise';
import { Script } from './tokenise';
import { getReferenceData } from './reference-data';

/**
 * The query's words that name a unit or a programme of the candidate's body, when the query is the candidate's
 * whole name, word for word, with those words (since rules 1.119.0):
 * - set apart by a comma, a dash or brackets, before or after it ("School of Tides, Quarrow University",
 *   "Quarrow University, Tarvel Campus");
 * - written after it, two words or more ("Quarrow University School of Tides", "Quarrow University Research Fund");
 * - written before it and a joiner ("Tide Institute of Quarrow University": org_words.yml unit_of_parent_joiners).
 * The unit's words hold a word of a unit or programme (org_words.yml part_of_body_words). The candidate's name names
 * a body by itself: two comparable words or more, one a class word and one word the query does not read as a class
 * word (a name word, an acronym, a place: "Quarrow University"), or the entry's own (display) name of three comparable
 * words or more ("National University of Tidal Technology"; not "Institute of Physics", nor an alias "University of
 * Technology"); and no state ("Quarrow Republic"). The reverse, the candidate naming the query as its parent, is not
 * read here. Screening keeps such a candidate as a match for review (`partOfNamedBody`): a part of a body is not that
 * body, and the name comparison keeps the pair below the threshold. Undefined when the query is no such name.
 */
export function partOfNamedBody(
  query: PreparedName,
  candidate: PreparedName,
  display = false,
  listed = false,
): number[] | undefined {
  const length = candidate.tokens.length;
  const total = query.tokens.length;
  if (query.mode !== 'org' || candidate.mode !== 'org' || total <= length + 1) {
    return undefined;
  }
  const reference = getReferenceData();
  const han = hanUnit(query, candidate);
  if (han !== undefined) {
    return han.length > 0 ? han : undefined;
  }
  const comparable = comparableIndices(candidate);
  if (length === 1 && comparable.length === 1) {
    // A one-word name names a body by itself only as a listed body's own (registries share acronyms: "ARC", "UL").
    return listed ? oneWordBodyPart(query, candidate) : undefined;
  }
  if (
    comparable.length < 2 ||
    // A state ("… of the Quarrow Republic") is no body a query names as its parent here (org_words.yml state_form_heads).
    candidate.tokens.some((token) => reference.stateFormHeads.has(token.text))
  ) {
    return undefined;
  }
  // The candidate's words, in order, at the query's start or end (one place only: a unit on one side).
  // The candidate's last word may be written in the other number ("… of Military Sciences" for "… of Military
  // Science", or the reverse: since rules 1.122.0).
  const at = (start: number) =>
    candidate.tokens.every((token, offset) =>
      offset === length - 1
        ? sameOrOtherNumber(query.tokens[start + offset].text, token.text)
        : query.tokens[start + offset].text === token.text,
    );
  const start = at(0) ? 0 : at(total - length) ? total - length : -1;
  if (start < 0) {
    return undefined;
  }
  // Its words as the query reads them (a name of class words only is read as name words by itself): a class word,
  // and a word that is none (a name word, an acronym, a place) unless it is the entry's own name of
  // DISPLAY_NAME_MIN_WORDS words or more.
  // A query of class and place words only ("School of Tidal Engineering, Harbourville University") reads its words as
  // name words: there a name word may be a class word, and the candidate's own reading tells them apart (unless it is
  // read so too: then only a word of another kind, a place or an acronym, names the body).
  const promoted = !Array.from(query.kinds).includes(Kind.Class);
  const candidatePromoted = !Array.from(candidate.kinds).includes(Kind.Class);
  const classAt = (index: number) =>
    query.kinds[start + index] === Kind.Class ||
    (promoted &&
      (candidatePromoted ? query.kinds[start + index] === Kind.Name : candidate.kinds[index] === Kind.Class));
  const classWord = comparable.some((index) => classAt(index) || candidate.kinds[index] === Kind.Class);
  const named = comparable.some((index) => !classAt(index));
  if (!classWord || (!named && (!display || comparable.length < DISPLAY_NAME_MIN_WORDS))) {
    return undefined;
  }
  const extra = start === 0 ? range(length, total) : range(0, start);
  if (!extra.some((index) => reference.partOfBodyWords.has(query.tokens[index].text))) {
    return undefined;
  }
  if (start === 0) {
    // After it: set apart, or two words or more not opened by a function word ("… University of Tides" is another
    // body; "Quarrow University College" is often a body's own or former name).
    const setApart = segmentBetween(query, length - 1, length);
    const words = extra.filter((index) => query.kinds[index] !== Kind.Stop);
    // A company's class word or legal form before the unit's word goes on with a longer body's name ("Quarrow
    // Electronics Technology Group Corporation Research Institute" is no part of "Quarrow Electronics"):
    // org_words.yml part_of_body_closers.
    const firstPart = extra.findIndex((index) => reference.partOfBodyWords.has(query.tokens[index].text));
    const goesOn = extra
      .slice(0, firstPart)
      .some((index) => query.kinds[index] === Kind.Legal || reference.partOfBodyClosers.has(query.tokens[index].text));
    return setApart || (query.kinds[length] !== Kind.Stop && words.length >= 2 && !goesOn) ? extra : undefined;
  }
  // Before it: set apart, or joined by "of" / "at" ("… of the Quarrow University").
  const last = extra[extra.length - 1];
  if (segmentBetween(query, last, start)) {
    return extra;
  }
  const joiner = (index: number) => reference.unitOfParentJoiners.has(query.tokens[index].text);
  const joined = joiner(last) || (last > 0 && query.tokens[last].text === 'the' && joiner(last - 1));
  return joined && extra.length >= 2 ? extra : undefined;
}

/**
 * A query that is a one-word listed body's name written first (the candidate's only word: a whole name, "Quarrow", or an
 * acronym, "QRW") and a part of it after (since rules 1.122.0): a programme, every word after it a programme's word,
 * two words or more, the last a programme's head (org_words.yml part_of_body_programme_words, _heads: "Quarrow
 * Scholarship Programme", "QRW Research Fund"; not "Quarrow Fund" nor "Quarrow Growth Fund", a company's shapes); or,
 * the one word written as an acronym on both sides, a unit: a unit's word right after it, then more words ("QRW
 * College of Tidal Science"; part_of_body_words).
 */
function oneWordBodyPart(query: PreparedName, candidate: PreparedName): number[] | undefined {
  const reference = getReferenceData();
  if (query.tokens[0].text !== candidate.tokens[0].text) {
    return undefined;
  }
  const extra = range(1, query.tokens.length);
  const words = extra.map((index) => query.tokens[index].text);
  const programme =
    words.length >= 2 &&
    reference.partOfBodyProgrammeHeads.has(words[words.length - 1]) &&
    words.every((word) => reference.partOfBodyProgrammeWords.has(word) || reference.partOfBodyProgrammeHeads.has(word));
  if (programme) {
    return extra;
  }
  const acronym = query.kinds[0] === Kind.Acronym && candidate.kinds[0] === Kind.Acronym;
  const unit =
    acronym &&
    words.length >= 3 &&
    reference.partOfBodyWords.has(words[0]) &&
    !reference.partOfBodyProgrammeHeads.has(words[0]);
  return unit ? extra : undefined;
}

/**
 * A query in Chinese characters that is a body's name in them, character for character, and a unit of it written
 * after it with no word boundary (since rules 1.122.0): the body's name HAN_BODY_MIN_CHARS characters or more and
 * ending with a body's class word (org_words.yml part_of_body_han_bodies: 大学, 研究院…); the rest
 * HAN_UNIT_MIN_CHARS characters or more, ending with a unit's word (part_of_body_han_units: 学院, 研究所, 系…) and
 * holding no company's word (part_of_body_han_closers). The unit's indices, an empty array when both names are in
 * Chinese characters but the query names no unit of the candidate, undefined when either is not.
 */
function hanUnit(query: PreparedName, candidate: PreparedName): number[] | undefined {
  const han = (name: PreparedName) => name.tokens.every((token) => token.script === Script.Han);
  if (!han(query) || !han(candidate)) {
    return undefined;
  }
  const reference = getReferenceData();
  const length = candidate.tokens.length;
  const body = candidate.tokens.map((token) => token.orig).join('');
  const rest = query.tokens
    .slice(length)
    .map((token) => token.orig)
    .join('');
  const part =
    body.length >= HAN_BODY_MIN_CHARS &&
    rest.length >= HAN_UNIT_MIN_CHARS &&
    candidate.tokens.every((token, offset) => query.tokens[offset].orig === token.orig) &&
    reference.partOfBodyHanBodies.some((word) => body.endsWith(word)) &&
    reference.partOfBodyHanUnits.some((word) => rest.endsWith(word)) &&
    !reference.partOfBodyHanClosers.some((word) => rest.includes(word));
  return part ? range(length, query.tokens.length) : [];
}

/** The same word, or one the other with an "s" added ("science", "sciences"), of MIN_NUMBER_WORD letters or more. */
export function sameOrOtherNumber(one: string, other: string): boolean {
  if (one === other) {
    return true;
  }
  const [shorter, longer] = one.length < other.length ? [one, other] : [other, one];
  return shorter.length >= MIN_NUMBER_WORD && longer === `${shorter}s`;
}

/** Fewest letters of a word read in the other number. */
const MIN_NUMBER_WORD = 4;

/** Fewest characters of a body's name in Chinese characters, and of the unit after it. */
const HAN_BODY_MIN_CHARS = 4;
const HAN_UNIT_MIN_CHARS = 3;

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, offset) => from + offset);
}

/** Fewest comparable words of an entry's own name made of class and field words only ("Institute of Physics" has 2). */
const DISPLAY_NAME_MIN_WORDS = 3;

/** Most words of a query whose possible parent names are looked up (`parentNameParts`). */
const PARENT_PARTS_MAX_WORDS = 16;

/**
 * The parts of a query that may be the whole name of a body it names a part of (`partOfNamedBody`), to look up word
 * for word: when the query holds a word of a unit or programme (org_words.yml part_of_body_words), each part set apart
 * by a comma, a semicolon or brackets, and of a query not so set apart, each run of its first words followed by two
 * words or more, and each run of its last words after "of" or "at" (unit_of_parent_joiners). Empty otherwise.
 */
export function parentNameParts(raw: string): string[] {
  const reference = getReferenceData();
  const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const words = raw.trim().split(/\s+/u);
  if (words.length === 1) {
    return hanParentParts(words[0]);
  }
  if (
    words.length < 3 ||
    words.length > PARENT_PARTS_MAX_WORDS ||
    !words.some((word) => reference.partOfBodyWords.has(bare(word)))
  ) {
    return [];
  }
  const segments = raw
    .split(/[,;()]/u)
    .map((segment) => segment.trim())
    .filter((segment) => segment.length > 0);
  if (segments.length > 1) {
    return segments.filter((segment) => segment.split(/\s+/u).length >= 2);
  }
  const parts: string[] = [];
  // A one-word body written first: a programme's words after it, or a unit's word after an acronym (since rules
  // 1.122.0; see `oneWordBodyPart`).
  const after = words.slice(1).map(bare);
  const programme =
    reference.partOfBodyProgrammeHeads.has(after[after.length - 1]) &&
    after.every((word) => reference.partOfBodyProgrammeWords.has(word) || reference.partOfBodyProgrammeHeads.has(word));
  if (programme || (WRITTEN_ACRONYM.test(words[0]) && reference.partOfBodyWords.has(after[0]))) {
    parts.push(words[0]);
  }
  for (let cut = 2; cut <= words.length - 2; cut++) {
    parts.push(words.slice(0, cut).join(' '));
  }
  for (let cut = 1; cut <= words.length - 3; cut++) {
    if (reference.unitOfParentJoiners.has(bare(words[cut]))) {
      const start = bare(words[cut + 1]) === 'the' ? cut + 2 : cut + 1;
      if (words.length - start >= 2) {
        parts.push(words.slice(start).join(' '));
      }
    }
  }
  return withOtherNumber(parts);
}

/** Each part and, after it, the part with its last word in the other number (see `sameOrOtherNumber`). */
function withOtherNumber(parts: string[]): string[] {
  return parts.flatMap((part) => {
    const cut = part.lastIndexOf(' ');
    const last = part.slice(cut + 1);
    if (cut < 0 || last.length < MIN_NUMBER_WORD || !/^\p{L}+$/u.test(last)) {
      return [part];
    }
    const other = /s$/iu.test(last) ? last.slice(0, -1) : `${last}s`;
    return [part, `${part.slice(0, cut + 1)}${other}`];
  });
}

/**
 * The possible parents of a query in Chinese characters with no word boundary: each run of its first characters that
 * ends with a body's class word, when what follows it ends with a unit's word (see `hanUnit`).
 */
function hanParentParts(word: string): string[] {
  const reference = getReferenceData();
  const characters = Array.from(word);
  if (
    !characters.every((character) => HAN_CHARACTER.test(character)) ||
    !reference.partOfBodyHanUnits.some((unit) => word.endsWith(unit))
  ) {
    return [];
  }
  const parts: string[] = [];
  for (let cut = HAN_BODY_MIN_CHARS; cut <= characters.length - HAN_UNIT_MIN_CHARS; cut++) {
    const part = characters.slice(0, cut).join('');
    if (reference.partOfBodyHanBodies.some((body) => part.endsWith(body))) {
      parts.push(part);
    }
  }
  return parts;
}

/** A word written as an acronym: two capitals or more, with digits or "&" ("QRW", "Q&R"). */
const WRITTEN_ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]+$/u;

/** One character in Chinese script. */
const HAN_CHARACTER = /^\p{Script=Han}$/u;
