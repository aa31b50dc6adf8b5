// A body another body holds, written as the holder's whole name with a word more: a company's national
// subsidiary ("Quarrow Schweiz"), a state system's member university ("Norland State University, Harbourville").
import { type PreparedName, Kind, classSetOf } from './normalise';
import { getReferenceData } from './reference-data';
import { comparableIndices, TRAILING_SEGMENT, classWordIn } from './matcher-shared';

/** Small function words that may stand between a company's name and its subsidiary's country ("… de Norland"). */
const COUNTRY_JOINER = /\s(?:de|do|da|del|des)$/iu;
const COUNTRY_JOINERS: ReadonlySet<string> = new Set(['de', 'do', 'da', 'del', 'des']);
/** What a name's text may end with before a country written after a space: a letter, a digit, a full stop or "&". */
const BEFORE_SPACE = /[\p{L}\p{N}.&]$/u;

/** Whether the words at `indices` (in order, the name's last comparable words) name a country. */
function countryWords(name: PreparedName, indices: readonly number[]): boolean {
  const reference = getReferenceData();
  const texts = indices.map((index) => name.tokens[index].text);
  if (texts.length === 1) {
    return reference.countryForms.has(texts[0]) || reference.orgCountryWords.has(texts[0]);
  }
  return reference.countryNames.has(texts.join(' '));
}

/**
 * How `name`'s text ends with the words at `indices`: after a space (`space`), after "de" or its kin (`joiner`),
 * or otherwise (after a comma, a dash, another function word or inside parentheses: undefined).
 */
function writtenLastAfterSpace(name: PreparedName, indices: readonly number[]): 'space' | 'joiner' | undefined {
  const raw = name.raw.trimEnd();
  const lower = raw.toLowerCase();
  const first = name.tokens[indices[0]].orig.toLowerCase();
  const last = name.tokens[indices[indices.length - 1]].orig.toLowerCase();
  if (!lower.endsWith(last)) {
    return undefined;
  }
  // A function word before the country other than "de" and its kin ("… of Norland") writes the body's own country.
  const previous = indices[0] - 1;
  if (previous >= 0 && name.kinds[previous] === Kind.Stop && !COUNTRY_JOINERS.has(name.tokens[previous].text)) {
    return undefined;
  }
  const at = lower.lastIndexOf(first);
  if (at <= 0 || !/\s/u.test(raw[at - 1])) {
    return undefined;
  }
  const written = raw.slice(0, at).trimEnd();
  const before = written.replace(COUNTRY_JOINER, '').trimEnd();
  if (!BEFORE_SPACE.test(before)) {
    return undefined;
  }
  return before === written ? 'space' : 'joiner';
}

/**
 * The words `name` alone writes last after the other name whole (`unmatched` its last comparable words, at most
 * `maxTail`, and the other name's comparable words as many as `name`'s before them), or undefined: the shape both
 * readings below start from. Only organisations' names.
 */
function tailAfterOtherWhole(
  name: PreparedName,
  unmatched: number[],
  other: PreparedName,
  otherUnmatched: number[],
  maxTail: number,
): { tail: readonly number[]; otherWords: readonly number[] } | undefined {
  if (name.mode !== 'org' || otherUnmatched.length > 0 || unmatched.length === 0 || unmatched.length > maxTail) {
    return undefined;
  }
  const comparable = comparableIndices(name);
  const tail = comparable.slice(comparable.length - unmatched.length);
  if (comparable.length <= unmatched.length || tail.some((index, at) => index !== unmatched[at])) {
    return undefined;
  }
  // The other name whole, word for word, not an acronym of its words ("Quarrow Tarvel Norland" / "QT").
  const otherWords = comparableIndices(other);
  return otherWords.length === comparable.length - tail.length ? { tail, otherWords } : undefined;
}

/**
 * Since rules 1.121.0: the country `name` alone writes last, after a space, after the other name whole, when the
 * other name is a brand's (name words and acronyms, and class words of org_words.yml national_subsidiary_classes
 * only): "Quarrow Schweiz", "QRVX UK", "Quarrow Laboratories de Norland" name the company's subsidiary in that
 * country, another legal body, as a deciding word on one side. A name with another class word (an association, an
 * institute, a ministry, a fund) is left as before: "… Association UK" is the association itself.
 */
export function nationalSubsidiaryCountry(
  name: PreparedName,
  unmatched: number[],
  other: PreparedName,
  otherUnmatched: number[],
): string | undefined {
  const reference = getReferenceData();
  const shape =
    reference.nationalSubsidiaryClasses.size === 0
      ? undefined
      : tailAfterOtherWhole(name, unmatched, other, otherUnmatched, 3);
  if (shape === undefined || !countryWords(name, shape.tail)) {
    return undefined;
  }
  const { tail, otherWords } = shape;
  const written = writtenLastAfterSpace(name, tail);
  if (written === undefined) {
    return undefined;
  }
  // A class word of a name made only of class words is read as a name word; its tag still holds its class.
  const brandWord = (index: number) =>
    (other.kinds[index] === Kind.Name && other.tags[index] === 0) || other.kinds[index] === Kind.Acronym;
  const companyWord = (index: number) =>
    classWordIn(other, index, reference.nationalSubsidiaryClasses) ||
    (other.kinds[index] === Kind.Name &&
      other.tags[index] !== 0 &&
      classSetOf(other.tags[index]).some((group) => reference.nationalSubsidiaryClasses.has(group)));
  const ownCountry = (index: number) =>
    reference.countryForms.has(other.tokens[index].text) || reference.orgCountryWords.has(other.tokens[index].text);
  // "… de Norland" after a name of no company's class word is a body's own country ("Consejo … de Norland").
  const companyClass = (index: number) => classWordIn(other, index, reference.nationalSubsidiaryClasses);
  return otherWords.some(brandWord) &&
    otherWords.every((index) => brandWord(index) || companyWord(index)) &&
    (written === 'space' || otherWords.some(companyClass)) &&
    !otherWords.some(ownCountry)
    ? tail.map((index) => name.tokens[index].text).join(' ')
    : undefined;
}

/**
 * Since rules 1.121.0: the one or two name words `name` alone writes last after the other name whole, when the
 * other name is a state's university: a region's name (every name word a word of subdivision_names.tsv), a word
 * of org_words.yml state_system_words and a class word of state_system_classes, and nothing else ("Norland State
 * University", "State University of Norland"). "Norland State University, Harbourville" and "State University of
 * Norland Harbourville" name a member university of the state's system, another body, as a deciding word on one
 * side. A listed qualifier ("Campus"), a country, a number, a class word or a word the other name writes is no
 * member's place; an honouree's clause holds a class word.
 */
export function stateSystemMember(
  name: PreparedName,
  unmatched: number[],
  other: PreparedName,
  otherUnmatched: number[],
): string | undefined {
  const reference = getReferenceData();
  const shape =
    reference.stateSystemWords.size === 0 ? undefined : tailAfterOtherWhole(name, unmatched, other, otherUnmatched, 2);
  if (shape === undefined) {
    return undefined;
  }
  const { tail, otherWords } = shape;
  const otherTexts = new Set(otherWords.map((index) => other.tokens[index].text));
  const placeWord = (index: number) => {
    const text = name.tokens[index].text;
    return (
      (name.kinds[index] === Kind.Name ||
        (name.kinds[index] === Kind.Qualifier && name.tags[index] === TRAILING_SEGMENT)) &&
      !reference.countryForms.has(text) &&
      !reference.orgCountryWords.has(text) &&
      !otherTexts.has(text)
    );
  };
  if (!tail.every(placeWord)) {
    return undefined;
  }
  const regionWord = (index: number) =>
    other.kinds[index] === Kind.Name && reference.subdivisionWords.has(other.tokens[index].text);
  const stateWord = (index: number) => reference.stateSystemWords.has(other.tokens[index].text);
  const bodyWord = (index: number) => classWordIn(other, index, reference.stateSystemClasses);
  return otherWords.some(regionWord) &&
    otherWords.some(stateWord) &&
    otherWords.some(bodyWord) &&
    otherWords.every((index) => regionWord(index) || stateWord(index) || bodyWord(index))
    ? tail.map((index) => name.tokens[index].text).join(' ')
    : undefined;
}
