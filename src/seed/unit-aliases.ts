/**
 * Since rules 1.163.0: a tracker alias that names a unit of the entry's body, not the body. The tracker writes some
 * units of a group among the group's own aliases ("No. 33 Research Institute, Third Academy of <GROUP>", "<GROUP>
 * Institute 625"); copied as the group's names, the unit's name resolves to the group and the group and the unit tie.
 * An alias is a unit's when it writes one of the body's own names whole (its English name, or another alias of it,
 * an acronym most often) and, outside that name, a unit number beside a unit word: a number (digits, an ordinal, or
 * a number word the matcher reads as one; org_words.yml ordinal_words) and a class word of the matcher's tables
 * ("Institute", "Academy", "Department"). A number and a class word without the body's name ("Nanjing 841 Institute",
 * "Ninth Academy") is the body's own other name and stays its alias.
 */
import { getReferenceData } from '../matching/reference-data';
import { Kind, prepareName, type PreparedName } from '../matching/normalise';

/**
 * The alias and the unit's numbers, read outside the body's name, as `key` ("3 33" for "No. 33 Research Institute,
 * Third Academy of <GROUP>"): two names of one body's units with the same numbers name one unit ("33 Institute of
 * <GROUP>'s Third Academy"; the subsidiary "<GROUP> 5th Academy" and the alias "5th Academy of <GROUP>").
 */
export interface UnitAlias {
  alias: string;
  key: string;
}

/** A unit alias's own name and its other name in brackets after "a.k.a." ("<unit> (a.k.a. <GROUP> Institute 625)"). */
export function unitAliasNames(alias: string): { name: string; aliases: string[] } {
  const match = /^(.+?)\s*[(（]\s*(?:a\.k\.a\.?|also known as)[,\s]+(.+?)\s*[)）]$/iu.exec(alias);
  return match === null ? { name: alias, aliases: [] } : { name: match[1], aliases: [match[2]] };
}

/** The words of a name as the matcher reads them (a possessive "'s" left out before reading). */
function words(name: PreparedName): string[] {
  return name.tokens.map((token) => token.text);
}

function prepared(name: string): PreparedName {
  return prepareName(name.replace(/[’']s\b/gu, ''), 'org');
}

/** Where `inner`'s words stand together, in order, inside `outer`'s words (the first place), or -1. */
function placeOf(outer: string[], inner: string[]): number {
  if (inner.length === 0 || inner.length > outer.length) {
    return -1;
  }
  for (let start = 0; start + inner.length <= outer.length; start++) {
    if (inner.every((word, offset) => outer[start + offset] === word)) {
      return start;
    }
  }
  return -1;
}

function isNumber(name: PreparedName, index: number): boolean {
  return (
    name.kinds[index] === Kind.Number || getReferenceData().ordinalWords.has(name.tokens[index].text.toLowerCase())
  );
}

/**
 * The alias read as a unit of the body named `bodyNames` (its English name and its other aliases, none of them the
 * alias itself), or undefined when it is the body's own name.
 */
export function unitAliasOfBody(alias: string, bodyNames: readonly string[]): UnitAlias | undefined {
  const name = prepared(alias);
  const aliasWords = words(name);
  for (const bodyName of bodyNames) {
    const body = prepared(bodyName);
    const bodyWords = words(body);
    // The body's own name must hold no number of its own: an alias that is a unit's name is no body name to find.
    if (bodyWords.length === 0 || bodyWords.some((_, index) => isNumber(body, index))) {
      continue;
    }
    const start = placeOf(aliasWords, bodyWords);
    if (start < 0) {
      continue;
    }
    const outside = aliasWords
      .map((_, index) => index)
      .filter((index) => index < start || index >= start + bodyWords.length);
    const numbers = outside.filter((index) => isNumber(name, index));
    const classes = outside.filter((index) => name.kinds[index] === Kind.Class);
    if (numbers.length > 0 && classes.length > 0) {
      return {
        alias,
        key: numbers
          .map((index) => numberValue(name, index))
          .sort()
          .join(' '),
      };
    }
  }
  return undefined;
}

/** A number's value as the matcher reads it ("33", "13th" → 13, "Third" → 3, "Ninth" → 9). */
function numberValue(name: PreparedName, index: number): string {
  const text = name.tokens[index].text.toLowerCase();
  return getReferenceData().ordinalWords.get(text) ?? text.replace(/(?:st|nd|rd|th)$/u, '');
}
