/**
 * Reading the parts of a name as a list writes it in one cell: "<name> (<ACRONYM>)", "<name>(<ACRONYM>)(<name in
 * characters>)", "<name> (<ACRONYM>), <parent> (<ACRONYM>)", "<words> (<their initials>) <more words>".
 *
 * Lists that keep one name a cell (Japan METI's End User List) put an organisation's acronym and its name in
 * Chinese or Japanese characters in brackets after its name, sometimes without a space, and sometimes add the
 * body it belongs to after a comma. Kept as one name, "<name> (<ACRONYM>), <parent>" is far from "<name>" as an
 * analyst types it. {@link readListedName} splits the general shapes and leaves everything else whole:
 * - trailing brackets, last first: one of characters only (no Latin letter) is the name in characters; one
 *   written as an acronym (capitals, digits, `&.-`, no small letter, not a legal form such as "(LTD)") is the
 *   body's acronym; anything else (a place, "(Pvt)", "(Pyongyang branch)") stays part of the name;
 * - "<one word> (<three or more words>)": the words in brackets are the body's full name ("QRT (Quarrow
 *   Research Trust)");
 * - brackets inside the name that abbreviate the words before them ("Quentin Arlo Vell (Q. A. Vell) College",
 *   "Quarrow Aero Corporation (QAC) 5th Institute") or that those words abbreviate ("Q. A. Vell (Quentin Arlo
 *   Vell) College") are part of the name: the name is read with the short form in place of the long one and
 *   without the brackets, both other names; an acronym there names the body before it, not the one listed,
 *   so it is no alias;
 * - "<name> (<ACRONYM>), <parent>": after a comma, a parent written as a body with its own acronym in brackets
 *   or as an acronym, when the name before the comma has its acronym: the parent is given apart ("Quarrow
 *   Reactor Centre (QRC), Department of Quarrow Energy (DQE)"). Other commas ("…, Limited", "…, <province>",
 *   "…, Pyongyang Office", "<unit>, <academy>, <corporation>" after a name with no acronym) stay in the name.
 * A trailing acronym that abbreviates the name's last words, not the whole name ("5th Institute of Quarrow Aero
 * Corporation (QAC)"), is the parent's: the name is left whole.
 * Brackets that do not balance leave the text whole.
 */

import { getReferenceData, type ReferenceData } from '../../matching/reference-data';

export interface ListedName {
  /** The name without what was taken out of it (the text as written when nothing was). */
  name: string;
  /** Acronyms the list gives the body in trailing brackets. */
  acronyms: string[];
  /** Names in characters in trailing brackets. */
  otherScript: string[];
  /** Further names: a full name in brackets after a one-word name, the name read with brackets inside it. */
  otherNames: string[];
  /** The body named after a comma, as written (its acronym in brackets included). */
  parent: string | null;
}

const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;
/** An acronym as lists write one in brackets: "NUDT", "CETC 28", "3M", "A&B", "Q.R.T.": no small letter. */
const ACRONYM = /^(?=.*[A-Z])[A-Z0-9][A-Z0-9&.-]{0,11}(?: [0-9]{1,4})?$/;
/**
 * Whether a word written in capitals, in brackets or after a comma, is a legal form or a qualifier of the name
 * rather than an acronym of the body ("(LTD)", "(PVT)", ", INC.", "(CO)", "(HK)"): read from the matcher's
 * reference data, compared without dots and case: a legal form or the first word of one ("LTD", "PVT" of
 * "Pvt Ltd"), a class word ("CO", "CORP"), a country's name or its ISO 3166 code ("UK", "HK").
 */
function isLegalFormOrQualifier(text: string): boolean {
  const key = text.replace(/[.\s]/g, '').toLowerCase();
  const reference = getReferenceData();
  return (
    reference.legalTrie.next.has(key) ||
    reference.classTrie.next.get(key)?.value !== undefined ||
    reference.countryForms.has(key) ||
    countryCodes(reference).has(key)
  );
}

let codesOf: { reference: ReferenceData; codes: Set<string> } | null = null;

function countryCodes(reference: ReferenceData): Set<string> {
  if (codesOf?.reference !== reference) {
    codesOf = { reference, codes: new Set(reference.countryForms.values()) };
  }
  return codesOf.codes;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function isAcronym(text: string): boolean {
  return ACRONYM.test(text) && !isLegalFormOrQualifier(text);
}

/** The bracket groups of a text at top level, or null when its brackets do not balance. */
function bracketGroups(text: string): { open: number; close: number }[] | null {
  const groups: { open: number; close: number }[] = [];
  let depth = 0;
  let open = -1;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (character === '(') {
      if (depth === 0) {
        open = index;
      }
      depth++;
    } else if (character === ')') {
      depth--;
      if (depth < 0) {
        return null;
      }
      if (depth === 0) {
        groups.push({ open, close: index });
      }
    }
  }
  return depth === 0 ? groups : null;
}

/** The text's words for an initials test: runs between spaces, without quotes and trailing marks. */
function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^["'“”‘’]+|["'“”‘’,:;]+$/g, ''))
    .filter((word) => word.length > 0);
}

/**
 * Whether `short` abbreviates `long`: its initials ("K. N.", "KN") and whole words, in order, stand for
 * words of `long`, the first for its first word and the last for its last; words of `long` may be skipped
 * in between ("QAC" for "Quarrow Aero and Space Corporation").
 */
export function abbreviates(short: string, long: string): boolean {
  const target = words(long).map((word) => word.toLowerCase());
  const parts: { letter?: string; word?: string }[] = [];
  for (const word of words(short)) {
    const bare = word.replace(/\./g, '');
    if (bare.length === 0) {
      continue;
    }
    if (/^[A-Z]+$/.test(bare) && (bare.length <= 6 || word.includes('.'))) {
      [...bare].forEach((letter) => parts.push({ letter: letter.toLowerCase() }));
    } else {
      parts.push({ word: word.toLowerCase() });
    }
  }
  if (parts.length < 2 || target.length < 2 || parts.length > target.length) {
    return false;
  }
  const fits = (part: { letter?: string; word?: string }, word: string): boolean =>
    part.letter !== undefined ? word.startsWith(part.letter) : part.word === word;
  if (!fits(parts[0], target[0]) || !fits(parts[parts.length - 1], target[target.length - 1])) {
    return false;
  }
  let at = 1;
  for (const part of parts.slice(1, -1)) {
    while (at < target.length - 1 && !fits(part, target[at])) {
      at++;
    }
    if (at >= target.length - 1) {
      return false;
    }
    at++;
  }
  return true;
}

/** Whether `short` abbreviates the name's last words from its second word on (a parent named at its end). */
function abbreviatesTail(short: string, name: string): boolean {
  const all = words(name);
  for (let from = 1; from < all.length - 1; from++) {
    if (abbreviates(short, all.slice(from).join(' '))) {
      return true;
    }
  }
  return false;
}

/** A comma at top level (not inside brackets), or -1. */
function topLevelComma(text: string, from: number): number {
  let depth = 0;
  for (let index = from; index < text.length; index++) {
    const character = text[index];
    if (character === '(') {
      depth++;
    } else if (character === ')') {
      depth--;
    } else if (character === ',' && depth === 0) {
      return index;
    }
  }
  return -1;
}

function unique(values: string[], besides: string): string[] {
  return [...new Set(values.map(squash))].filter((value) => value.length > 0 && value !== besides);
}

export function readListedName(text: string): ListedName {
  const written = squash(text);
  const whole: ListedName = { name: written, acronyms: [], otherScript: [], otherNames: [], parent: null };
  if (bracketGroups(written) === null) {
    return whole;
  }
  let rest = written;
  let parent: string | null = null;
  // "<name> (<ACRONYM>), <parent>": the parent with its own acronym in brackets, or an acronym.
  const comma = topLevelComma(rest, 0);
  if (comma > 0) {
    const before = rest.slice(0, comma).trim();
    const after = rest.slice(comma + 1).trim();
    const beforeAcronym = /\(([^()]+)\)$/.exec(before);
    const afterAcronym = /^(.+?)\s*\(([^()]+)\)$/.exec(after);
    const parentNamed =
      (afterAcronym !== null && LATIN_LETTER.test(afterAcronym[1]) && isAcronym(afterAcronym[2])) ||
      (isAcronym(after) && after.length >= 2 && !after.includes(' '));
    if (beforeAcronym && isAcronym(beforeAcronym[1]) && parentNamed && topLevelComma(after, 0) === -1) {
      parent = after;
      rest = before;
    }
  }
  const acronyms: string[] = [];
  const otherScript: string[] = [];
  const otherNames: string[] = [];
  // Trailing brackets, last first.
  for (;;) {
    const groups = bracketGroups(rest) ?? [];
    const last = groups[groups.length - 1];
    if (!last || last.close !== rest.length - 1 || last.open === 0) {
      break;
    }
    const inside = squash(rest.slice(last.open + 1, last.close));
    const head = rest.slice(0, last.open).trim();
    if (!LATIN_LETTER.test(inside) && inside.length > 0) {
      otherScript.unshift(inside);
    } else if (isAcronym(inside)) {
      if (abbreviatesTail(inside, head)) {
        // "<unit> of <Parent Body> (<PB>)", "<unit>, <Parent Body> (<PB>)": the parent's acronym, not the body's.
        break;
      }
      acronyms.unshift(inside);
    } else if (!/\s/.test(head) && words(inside).length >= 3 && /^[A-Z]/.test(inside) && LATIN_LETTER.test(head)) {
      otherNames.push(inside);
    } else {
      break;
    }
    rest = head;
  }
  // Brackets inside the name that abbreviate the words before them, or that those words abbreviate.
  const inner = (bracketGroups(rest) ?? []).find((group) => group.open > 0 && group.close < rest.length - 1);
  if (inner) {
    const before = rest.slice(0, inner.open).trim();
    const inside = squash(rest.slice(inner.open + 1, inner.close));
    const after = rest.slice(inner.close + 1);
    const joined = (first: string): string => squash(`${first}${/^[\s'’-]/.test(after) ? '' : ' '}${after}`);
    if (abbreviates(inside, before) || abbreviates(before, inside)) {
      otherNames.push(joined(inside), joined(before));
    }
  }
  const name = squash(rest);
  if (name.length === 0 || !LATIN_LETTER.test(name)) {
    return whole;
  }
  return {
    name,
    acronyms: unique(acronyms, name),
    otherScript: unique(otherScript, name),
    otherNames: unique(otherNames, name),
    parent,
  };
}
