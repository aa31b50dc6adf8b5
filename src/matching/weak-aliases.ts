import { getReferenceData, tokenKey } from './reference-data';
import { tokeniseRaw } from './tokenise';

/**
 * The key a weak name is kept under and a query is looked up by: the name's words as the matcher's
 * phrase tables key them (ASCII form for Latin script, lower case otherwise; dotted initials joined,
 * "&" read as "and"), one space between. Two names with the same key are the same name word for word.
 */
export function weakAliasKey(name: string): string {
  return tokeniseRaw(name)
    .map((token) => tokenKey(token.orig))
    .filter((key) => key.length > 0)
    .join(' ');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/**
 * Whether a weak name (by its key) may be matched at all: it has at least `minLetters` letters and digits,
 * and not every word of it is a common word or name (a given name of given_names.tsv, a very common surname
 * or given name of name_frequency.yml, a common English word of english_words.tsv). A name such as
 * "Strategic Forces", "Sara" or "Khan Organization" names too many others to say anything alone.
 */
export function weakAliasUsable(key: string, minLetters: number): boolean {
  if ((key.match(LETTER_OR_DIGIT)?.length ?? 0) < minLetters) {
    return false;
  }
  const data = getReferenceData();
  return key
    .split(' ')
    .some((word) => !data.givenNames.has(word) && !data.commonPersonNames.has(word) && !data.englishWords.has(word));
}
