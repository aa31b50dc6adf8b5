// A company's one distinctive word against the company's listed name ("Quarrow" / "Quarrow Technologies Co., Ltd.").
import { type PreparedName, Kind, classSetOf } from './normalise';
import { getReferenceData } from './reference-data';
import { Likeness } from './token-similarity';
import { Script } from './tokenise';
import { type AlignedPair, comparableIndices } from './matcher-shared';
import { isCommonPersonName } from './person-weights';
import { wordMeaning, wordDecidingGroup } from './word-groups';

/**
 * Score of a name that is one word against a company's name that begins with that word and says nothing else but
 * class words and a legal form (since rules 1.111.0): a match for review (at or above MATCH_THRESHOLD), never a
 * resolution (below 0.85), since one word is weak evidence.
 */
export const ONE_WORD_BRAND_SCORE = 0.75;
/** Most class words after the word ("Quarrow Investment & Holding Co., Ltd.": two). */
const MOST_CLASS_WORDS = 2;
/** Fewest letters of the word: a shorter word is an acronym's or a common syllable's. */
const MIN_LETTERS = 4;

/**
 * Whether `short` is one name word, in Latin letters, of MIN_LETTERS or more, that no reference table reads as a word
 * (english_words.tsv, given_names.tsv, the common person names, a word of subdivision_names.tsv, a place's, a country's
 * or a meaning group's word, a deciding word, and since rules 1.115.0 a town or region of address_places.tsv: the
 * registry's and the lists' addresses, GeoNames' cities), written exactly as the first word of `long`, a company's name (it has a
 * legal form, or a kind word of company_words.yml company_kind_classes: "Corporation", "Group") whose other comparable
 * words are one or two class words ("Technologies", "Aviation", "Trading"): the company's one distinctive word, which
 * analysts write alone. Not when `short` has a legal form too: "Quarrow Ltd" is a company's whole name, and "Quarrow
 * Systems Ltd" another company's. "Star" / "Star Trading Co., Ltd." and "Harbourville" / "Harbourville Trading Ltd."
 * are not: a dictionary word or a city's name is in many companies' names. Nor is "Yakima" / "Yakima Trading
 * Corporation": a one-word query that is a town asks for the town's name, which many bodies there bear; the company
 * named after its town is still found when the query adds a class word or legal form.
 */
export function oneWordOfCompany(
  short: PreparedName,
  shortUnmatched: number[],
  long: PreparedName,
  longUnmatched: number[],
  pairs: AlignedPair[],
  side: 'query' | 'candidate',
): boolean {
  if (
    pairs.length !== 1 ||
    shortUnmatched.length !== 0 ||
    longUnmatched.length === 0 ||
    longUnmatched.length > MOST_CLASS_WORDS
  ) {
    return false;
  }
  const [pair] = pairs;
  const other = side === 'query' ? 'candidate' : 'query';
  if (pair.how !== Likeness.Exact || pair[side].length !== 1 || pair[other].length !== 1) {
    return false;
  }
  const word = pair[side][0];
  const longWords = comparableIndices(long);
  if (
    comparableIndices(short).length !== 1 ||
    longWords[0] !== pair[other][0] ||
    short.kinds[word] !== Kind.Name ||
    long.kinds[pair[other][0]] !== Kind.Name ||
    !longUnmatched.every((index) => long.kinds[index] === Kind.Class) ||
    !(hasLegalForm(long) || longUnmatched.some((index) => isCompanyKindWord(long, index))) ||
    hasLegalForm(short)
  ) {
    return false;
  }
  const token = short.tokens[word];
  const reference = getReferenceData();
  return (
    token.script === Script.Latin &&
    token.text.length >= MIN_LETTERS &&
    !reference.englishWords.has(token.text) &&
    !reference.givenNames.has(token.text) &&
    !isCommonPersonName(token) &&
    !reference.subdivisionWords.has(token.text) &&
    !reference.addressPlaces.has(token.text) &&
    wordMeaning(token) === null &&
    wordDecidingGroup(token) === undefined
  );
}

function hasLegalForm(name: PreparedName): boolean {
  for (let index = 0; index < name.kinds.length; index++) {
    if (name.kinds[index] === Kind.Legal) {
      return true;
    }
  }
  return false;
}

/** A class word of a company's kind (company_words.yml company_kind_classes: "Company", "Corporation", "Group"). */
function isCompanyKindWord(name: PreparedName, index: number): boolean {
  const { companyKindClasses } = getReferenceData();
  return classSetOf(name.tags[index]).some((group) => companyKindClasses.has(group));
}
