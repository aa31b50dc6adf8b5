// Places and state forms: places added or dropped, a country's formal name, another form of a state.
import { type PreparedName, Kind } from './normalise';
import { getReferenceData } from './reference-data';
import { tokeniseRaw } from './tokenise';
import {
  type AlignedPair,
  comparableIndices,
  range,
  NO_PLACES,
  TRAILING_SEGMENT,
  type ParentNamed,
  soleFreeSide,
  classWordIn,
  countryWord,
} from './matcher-shared';

/**
 * The unmatched placing words of an organisation's name (a listed qualifier, a country's name or
 * demonym, a trailing country: Qualifier words not of a trailing segment) when the other name's
 * unmatched words only say it is a company ("Co.", "Group": company_words.yml company_kind_classes): a
 * place added to one name, charged as an extra word, not set against those words. Against any other
 * word ("… Foundation", "… Lab": a unit or a body of its own) the place stays in conflict.
 */
export function placesAgainst(
  name: PreparedName,
  unmatched: number[],
  other: PreparedName,
  otherUnmatched: number[],
): readonly number[] {
  if (name.mode !== 'org') {
    return NO_PLACES;
  }
  const { companyKindClasses } = getReferenceData();
  if (!otherUnmatched.every((index) => classWordIn(other, index, companyKindClasses))) {
    return NO_PLACES;
  }
  return unmatched.filter((index) => name.kinds[index] === Kind.Qualifier && name.tags[index] !== TRAILING_SEGMENT);
}

/**
 * Since rules 1.56.0: a country written by its formal name, closing one name only, after a function word or a
 * comma ("<X> of the Republic of Norland", "<X>, Kingdom of Norland", "<X> de la República de Norlandia"), against
 * the other name whole, which writes no word of the country: the form of state (org_words.yml state_form_heads,
 * one of them, and state_form_words) is left out of the score and of the deciding words, so the country costs
 * what its short name after "of" costs (a place added: "<X> of Norland" / "<X>"). Both names writing the country
 * keep the form of state as it was: it tells two states of one short name apart ("Republic of Korea" /
 * "Democratic People's Republic of Korea"). Returns the left-out words, and leaves them out of `free`.
 */
export function formalCountryName(
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
  // A one-word name ("Universidad") is too little to read a formal name against ("… de la República de Norlandia").
  if (comparableIndices(other).length < 2) {
    return undefined;
  }
  const reference = getReferenceData();
  const { tokens, kinds, tags } = name;
  // The country's words close the name: qualifiers of a place (no listed qualifier such as "Campus"), all free. Not
  // the place of a generic name ("Ministry of Tides of the Republic of Norland" / "Ministry of Tides"): the generic
  // name is many countries' ministry, and read so the exactness gate matched another country's "Ministry of …".
  let countryStart = tokens.length;
  while (
    countryStart > 0 &&
    kinds[countryStart - 1] === Kind.Qualifier &&
    tags[countryStart - 1] === 0 &&
    !reference.orgQualifiers.has(tokens[countryStart - 1].text) &&
    free.has(countryStart - 1)
  ) {
    countryStart--;
  }
  // Then, before them, function words ("of the"), and before those the form of state.
  let formEnd = countryStart;
  while (formEnd > 0 && kinds[formEnd - 1] === Kind.Stop) {
    formEnd--;
  }
  if (countryStart === tokens.length || formEnd === countryStart) {
    return undefined;
  }
  let formStart = formEnd;
  while (formStart > 0 && stateFormWord(tokens[formStart - 1].text) && free.has(formStart - 1)) {
    formStart--;
  }
  const form = range(formStart, formEnd);
  if (form.length === 0 || !form.some((index) => reference.stateFormHeads.has(tokens[index].text))) {
    return undefined;
  }
  // The formal name opens a phrase: after a function word ("… of the Republic of …") or a comma or a dash ("…,
  // Republic of …"), never as the name's own first words ("Republic Quarrow Bank of Norland").
  const tail = name.raw.split(/[,;–—]|\s-\s/).pop() ?? '';
  const opensSegment = tokeniseRaw(tail)[0]?.orig.toLowerCase() === tokens[formStart].orig.toLowerCase();
  if (formStart === 0 || (kinds[formStart - 1] !== Kind.Stop && !opensSegment)) {
    return undefined;
  }
  // Every other word of the name is aligned: the other name is this one without the country.
  if (free.size !== form.length + tokens.length - countryStart) {
    return undefined;
  }
  for (const index of form) {
    free.delete(index);
  }
  return { side, words: form };
}

/**
 * The form-of-state word that `name` alone writes in a country's formal name, when `other` writes the same country
 * (since rules 1.58.0): "… of the People's Republic of Norland" against "… of the Republic of Norland" names another
 * state ("people"), as "Democratic" does; a formal name listed as naming another state than the short name
 * (org_words.yml other_state_formal_names: "Republic of China") against the short name alone ("… of China") decides
 * by its head ("republic"). A head alone otherwise is the same state ("… of the Republic of Norland" / "… of
 * Norland"), as formalCountryName reads it.
 */
export function otherStateForm(
  name: PreparedName,
  unmatched: number[],
  other: PreparedName,
  otherUnmatched: number[],
): string | undefined {
  if (name.mode !== 'org' || unmatched.length === 0) {
    return undefined;
  }
  const reference = getReferenceData();
  const { tokens, kinds } = name;
  const isCountry = (of: PreparedName, index: number) =>
    of.kinds[index] === Kind.Qualifier && countryWord(of.tokens[index].text);
  for (const index of unmatched) {
    const word = tokens[index].text;
    const head = reference.stateFormHeads.has(word);
    if (!head && !reference.stateFormWords.has(word)) {
      continue;
    }
    // The formal name runs from its first form-of-state word on through such words and function words to the
    // country's word.
    let start = index;
    while (start > 0 && stateFormWord(tokens[start - 1].text)) {
      start--;
    }
    let at = index + 1;
    while (at < tokens.length && (kinds[at] === Kind.Stop || stateFormWord(tokens[at].text))) {
      at++;
    }
    if (at === tokens.length || !isCountry(name, at) || unmatched.includes(at)) {
      continue;
    }
    const country = tokens[at].text;
    const otherWritesIt = comparableIndices(other).some(
      (otherIndex) => !otherUnmatched.includes(otherIndex) && other.tokens[otherIndex].text === country,
    );
    if (!otherWritesIt) {
      continue;
    }
    // A form word on one side only decides between two formal names of one head ("People's Republic" / "Republic");
    // against the short name alone ("… of Norland") the formal name is the same state.
    if (!head) {
      const heads = range(index + 1, at).filter((position) => reference.stateFormHeads.has(tokens[position].text));
      const otherWritesHead = heads.some((position) =>
        comparableIndices(other).some(
          (otherIndex) =>
            !otherUnmatched.includes(otherIndex) && other.tokens[otherIndex].text === tokens[position].text,
        ),
      );
      if (otherWritesHead) {
        return word;
      }
      continue;
    }
    const phrase = range(start, at + 1)
      .filter((position) => kinds[position] !== Kind.Stop || tokens[position].text === 'of')
      .map((position) => tokens[position].text)
      .join(' ');
    if (reference.otherStateFormalNames.has(phrase)) {
      return word;
    }
  }
  return undefined;
}

/** A word of a country's form of state (org_words.yml state_form_heads or state_form_words: "republic", "people"). */
function stateFormWord(text: string): boolean {
  const reference = getReferenceData();
  return reference.stateFormHeads.has(text) || reference.stateFormWords.has(text);
}
