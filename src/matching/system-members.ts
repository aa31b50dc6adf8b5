// A body's generic name with members in several places: the index holds records "<name>, <place>" of several
// places beside "<name>" itself (a national institute's campuses, a university's branches), so a place written
// after the generic name names one of its members, another body, unless the body's own names write that place.
import { type PreparedName, Kind, classSetOf } from './normalise';
import { getReferenceData } from './reference-data';
import { TRAILING_SEGMENT } from './matcher-shared';
import { wordDecidingGroup } from './word-groups';

/** Most words a member's place may have after the generic name ("…, Madurai", "… Navi Mumbai"). */
export const MEMBER_PLACE_WORDS = 2;
/** Fewest other records of "<name> <place>", each of another place, that make `name` a system's generic name. */
export const SYSTEM_MEMBERS_MIN = 2;
/** The score a query naming a member gets against the generic name: a deciding word on one side. */
export const SYSTEM_MEMBER_CAP = 0.65;

/**
 * Whether the word at `index` may be a place's word written after a body's name: a name word or a trailing
 * segment's qualifier, with a letter, not a country's name or demonym (a national subsidiary's, or the body's
 * own country: fpc2's and the country rules' shapes), not a number, class word, acronym or function word, not a
 * word of a deciding group ("Library", "Hospital": a unit's or another kind of body's word).
 */
export function memberPlaceWord(name: PreparedName, index: number): boolean {
  const reference = getReferenceData();
  const kind = name.kinds[index];
  const token = name.tokens[index];
  // (Since rules 1.153.0: also a trailing segment's word of a name made only of class words, which `prepareName`
  // reads as a name word keeping its segment's tag: "National University of Polder Technology, Lindmoor".)
  return (
    ((kind === Kind.Name && (name.tags[index] === 0 || name.tags[index] === TRAILING_SEGMENT)) ||
      (kind === Kind.Qualifier && name.tags[index] === TRAILING_SEGMENT) ||
      (kind === Kind.Qualifier && name.tags[index] === 0 && campusAddress(name, index))) &&
    !token.isNumber &&
    wordDecidingGroup(token) === undefined &&
    /\p{L}/u.test(token.text) &&
    !reference.countryForms.has(token.text) &&
    !reference.orgCountryWords.has(token.text) &&
    !reference.countryNames.has(token.text)
  );
}

/**
 * The ways `name` may be read as a body's name with a place written last: for each count of last words (1 to
 * MEMBER_PLACE_WORDS) that are all place words (`memberPlaceWord`) with at least two words before them, the text
 * before them (a comma, dash or parenthesis closing it dropped), the place's words and their text as written.
 * Organisations only.
 */
export function placeAfterName(name: PreparedName): { head: string; place: readonly number[]; placeText: string }[] {
  const count = name.tokens.length;
  if (name.mode !== 'org' || count < 3) {
    return [];
  }
  const out: { head: string; place: readonly number[]; placeText: string }[] = [];
  const raw = name.raw.trimEnd();
  for (let words = 1; words <= MEMBER_PLACE_WORDS && count - words >= 2; words++) {
    const place: number[] = [];
    for (let index = count - words; index < count; index++) {
      place.push(index);
    }
    if (!place.every((index) => memberPlaceWord(name, index))) {
      break;
    }
    const at = lastWrittenAt(raw, name.tokens[count - words].orig);
    if (at <= 0) {
      break;
    }
    const head = raw
      .slice(0, at)
      .replace(/[\s,;:(（\-–—]+$/u, '')
      .trim();
    if (head.length > 0) {
      out.push({
        head,
        place,
        placeText: raw
          .slice(at)
          .replace(/[)）]+$/u, '')
          .trim(),
      });
    }
  }
  return out;
}

/**
 * Since rules 1.145.0: a one-word town after the last comma of a body with campuses that no place names, which the
 * matcher reads as its address (qual5's reading, `addressOfCampusBody`), is still a member's place here: the index
 * holds "<name>" and "<name>, <town>" as two records, a body and its campus.
 */
function campusAddress(name: PreparedName, index: number): boolean {
  const { campusClasses, orgQualifiers } = getReferenceData();
  return (
    index === name.tokens.length - 1 &&
    !orgQualifiers.has(name.tokens[index].text) &&
    name.raw.includes(',') &&
    Array.from(name.kinds).some(
      (kind, at) => kind === Kind.Class && classSetOf(name.tags[at]).some((group) => campusClasses.has(group)),
    )
  );
}

/** Apostrophes a word may be written with that tokenising drops ("Xi'an", "Xi’an": the word "xian"). */
const APOSTROPHES = "'\u2019\u02bc\u2018`";

/**
 * Where the word `orig` (a token's lower-cased form) is last written in `raw`, or -1. Since rules 1.153.0 an
 * apostrophe between its letters counts as written ("Xi'an" for the token "xian"), as tokenising drops it.
 */
export function lastWrittenAt(raw: string, orig: string): number {
  const lower = raw.toLowerCase();
  const plain = lower.lastIndexOf(orig.toLowerCase());
  if (plain >= 0 || ![...APOSTROPHES].some((mark) => lower.includes(mark))) {
    return plain;
  }
  const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const pattern = new RegExp([...orig.toLowerCase()].map(escape).join(`[${APOSTROPHES}]?`), 'gu');
  let at = -1;
  for (const found of lower.matchAll(pattern)) {
    at = found.index;
  }
  return at;
}
