import { type PreparedName, Kind } from './normalise';
import { possessiveAfter } from './parent-bodies';
import { sameOrOtherNumber } from './part-of-named-body';
import { getReferenceData } from './reference-data';

/**
 * Since rules 1.196.0 (issue 9, probe5's class C1): a query that is a listed body's whole name written with its parent
 * body, as an analyst writes a unit ("Tide Survey Department of the Quarrow Defence Commission", "Quarrow Defence
 * Commission's Tide Survey Department", "Quarrow Defence Commission Tide Survey Department"). The list holds the unit
 * by its own name; the parent's words sink the name comparison (half the query's words unmatched), so the listed body
 * was silently missed. Read here: the query's readings as a body's name (the words a listed name must be, word for
 * word) and its parent (the words the parent is written with). Which listed name and which parent count is the
 * index's to say (`CandidateIndex.writtenWithParentMatch`): the listed name two comparable words or more, the parent a
 * body the index holds by that name or, written "of the <parent>" or "<parent>'s", a body's name by its own words
 * (a class word of the tables, no state: `bodyLikeParent`).
 */
export interface ParentReading {
  /** The query's words that are the listed body's name: [start, end). */
  start: number;
  end: number;
  /** The query's words of the parent: [parentStart, parentEnd). */
  parentStart: number;
  parentEnd: number;
  /** How the parent is written: after "of" ("of the" when `the`), before it with a possessive, or before it bare. */
  form: 'of' | 'possessive' | 'before';
  /** The parent written after "of the" ("… of the Quarrow Defence Commission"). */
  the: boolean;
}

/** Fewest words of the parent as written, and of the listed body's name (comparable words). */
const PARENT_MIN_WORDS = 2;
export const WITH_PARENT_MIN_NAME_WORDS = 2;
/** Most words of a query read so (a longer one is a sentence, not a name). */
const WITH_PARENT_MAX_WORDS = 16;

/**
 * The query's readings as "<name> of (the) <parent>", "<parent>'s <name>" and "<parent> <name>", each name and parent
 * PARENT_MIN_WORDS words or more, the name opened and the parent closed by no function word. Empty for a person's
 * name, a name in one word or too long a name.
 */
export function parentReadings(query: PreparedName): ParentReading[] {
  const total = query.tokens.length;
  if (query.mode !== 'org' || total < 2 * PARENT_MIN_WORDS + 1 || total > WITH_PARENT_MAX_WORDS) {
    return [];
  }
  const reference = getReferenceData();
  const stop = (index: number) => query.kinds[index] === Kind.Stop;
  // (A possessive is looked for word by word only in a name that writes one.)
  const possessive = POSSESSIVE.test(query.raw);
  const readings: ParentReading[] = [];
  // "<name> of (the) <parent>": the joiner after the name's words (org_words.yml unit_of_parent_joiners' "of").
  for (let cut = PARENT_MIN_WORDS; cut < total - PARENT_MIN_WORDS; cut++) {
    if (query.tokens[cut].text !== 'of' || !reference.unitOfParentJoiners.has('of') || stop(cut - 1)) {
      continue;
    }
    const the = query.tokens[cut + 1].text === 'the';
    const parentStart = the ? cut + 2 : cut + 1;
    if (total - parentStart >= PARENT_MIN_WORDS && !stop(parentStart) && !stop(total - 1)) {
      readings.push({ start: 0, end: cut, parentStart, parentEnd: total, form: 'of', the });
    }
  }
  // "<parent>'s <name>" and "<parent> <name>": the name the query's last words.
  for (let cut = PARENT_MIN_WORDS; cut <= total - PARENT_MIN_WORDS; cut++) {
    if (stop(cut) || stop(cut - 1)) {
      continue;
    }
    const form = possessive && possessiveAfter(query, cut - 1) ? 'possessive' : 'before';
    readings.push({ start: cut, end: total, parentStart: 0, parentEnd: cut, form, the: false });
  }
  return readings;
}

/** Whether `candidate`'s words are the query's words [start, end), word for word (the last in either number). */
export function namesWordForWord(query: PreparedName, start: number, end: number, candidate: PreparedName): boolean {
  const length = candidate.tokens.length;
  if (length !== end - start) {
    return false;
  }
  return candidate.tokens.every((token, offset) =>
    offset === length - 1
      ? sameOrOtherNumber(query.tokens[start + offset].text, token.text)
      : query.tokens[start + offset].text === token.text,
  );
}

/**
 * Whether the parent's words name a body by their own words: a class word of the tables among them (a commission, an
 * academy, an army: symbols.yml, org_types.yml, org_words.yml `classes`) and no state's word (org_words.yml
 * state_form_heads: "… of the Quarrow Republic" names a country, read elsewhere as one). With `classWordNeeded`
 * false, only the latter.
 */
export function bodyLikeParent(query: PreparedName, reading: ParentReading, classWordNeeded = true): boolean {
  const reference = getReferenceData();
  let classWord = !classWordNeeded;
  for (let index = reading.parentStart; index < reading.parentEnd; index++) {
    const text = query.tokens[index].text;
    if (reference.stateFormHeads.has(text)) {
      return false;
    }
    classWord ||= reference.classTrie.next.get(text)?.value !== undefined;
  }
  return classWord;
}

/** A possessive written in a name ("…'s", "…’s"). */
const POSSESSIVE = /\p{L}['’]s(?!\p{L})/u;

/** The parent's words as the query's raw name writes them (case and the marks between them), else joined by spaces. */
export function parentWritten(query: PreparedName, reading: ParentReading): string {
  const words = query.tokens.slice(reading.parentStart, reading.parentEnd).map((token) => token.orig);
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('[^\\p{L}\\p{N}]+'), 'iu').exec(query.raw)?.[0] ?? words.join(' ');
}

/**
 * Whether the query's words [start, end) name a unit of a body: two words or more, one a class word of the tables or a
 * unit's word (org_words.yml part_of_body_words: "Tide Survey Department", "Science and Tides Commission").
 */
export function unitWords(query: PreparedName, start: number, end: number): boolean {
  const reference = getReferenceData();
  let words = 0;
  let unit = false;
  for (let index = start; index < end; index++) {
    if (query.kinds[index] === Kind.Stop) {
      continue;
    }
    words++;
    const text = query.tokens[index].text;
    unit ||= reference.partOfBodyWords.has(text) || reference.classTrie.next.get(text)?.value !== undefined;
  }
  return words >= PARENT_MIN_WORDS && unit;
}
