/**
 * Since rules 1.163.0 (unit4, A3): "<words>['s] (<ACR>) <rest>" whose bracketed acronym's letters come in order from
 * <words> (from the first word's first letter, as `bracketedAcronym` of name-matcher.ts tests an acronym written last)
 * is also read as "<ACR> <rest>": "Quarrow Tidal Corporation's (QTC) Institute 625" names what "QTC Institute 625"
 * names, the body's words written out before their acronym. The matcher compares that reading too when the other name
 * writes the acronym and a word of the rest, the higher score standing.
 */
import { comparableIndices } from './matcher-shared';
import { Kind, prepareName, type PreparedName } from './normalise';

// (The rest goes on with a word of the name after a space: "… (QTC), Harbourville" is the body and its place.)
const SHAPE = /^(.*?\p{L}.*?)(?:['’]s)?\s*[(（]\s*([\p{Lu}][\p{Lu}\p{N}&.-]+)\s*[)）]\s+([\p{L}\p{N}].*)$/u;

const readings = new WeakMap<PreparedName, PreparedName | null>();

/** The name read with its acronym leading ("QTC Institute 625"), or null when it has no such shape. */
export function acronymLedReading(name: PreparedName): PreparedName | null {
  if (name.mode !== 'org' || (!name.raw.includes('(') && !name.raw.includes('（'))) {
    return null;
  }
  let reading = readings.get(name);
  if (reading === undefined) {
    reading = readAcronymLed(name.raw);
    readings.set(name, reading);
  }
  return reading;
}

function readAcronymLed(raw: string): PreparedName | null {
  const match = SHAPE.exec(raw.trim());
  if (match === null) {
    return null;
  }
  const [, before, written, rest] = match;
  const head = prepareName(before, 'org');
  const letters = comparableIndices(head)
    .map((index) => head.tokens[index].text)
    .join('');
  const acronym = written.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (acronym.length < 2 || letters[0] !== acronym[0] || !inOrder(acronym, letters)) {
    return null;
  }
  const reading = prepareName(`${written} ${rest}`, 'org');
  // The rest must hold a word of its own beside the acronym ("… (QTC) Institute 625"), not the acronym alone.
  return comparableIndices(reading).length >= 2 && reading.kinds[0] === Kind.Acronym ? reading : null;
}

function inOrder(acronym: string, letters: string): boolean {
  let at = 0;
  for (const letter of acronym) {
    at = letters.indexOf(letter, at);
    if (at < 0) {
      return false;
    }
    at++;
  }
  return true;
}

/**
 * Whether `name` writes the reading's acronym as one of its words and a word of the reading's rest besides ("QTC
 * Institute 625" for "QTC Institute 625"): the acronym alone ("QTC") names the body, not the unit the rest names, and
 * the reading is not read against it (a unit's "<ACR> Bureau" scored so against its parent's "<ACR>").
 */
export function writesAcronymAndRest(name: PreparedName, reading: PreparedName): boolean {
  const acronym = reading.tokens[0].text;
  if (!name.tokens.some((token, index) => token.text === acronym && name.kinds[index] === Kind.Acronym)) {
    return false;
  }
  const rest = new Set(
    comparableIndices(reading)
      .filter((index) => index > 0)
      .map((index) => reading.tokens[index].text),
  );
  return comparableIndices(name).some(
    (index) => name.tokens[index].text !== acronym && rest.has(name.tokens[index].text),
  );
}
