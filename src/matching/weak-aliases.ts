import { Kind, prepareName, type NameMode } from './normalise';
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
/** The kinds of word that carry a name's identity (as the index blocks on them), numbers aside. */
const IDENTIFYING_KINDS: ReadonlySet<number> = new Set([Kind.Name, Kind.Acronym, Kind.NamedBody]);

/**
 * Whether a weak name may be matched at all: it has at least `minLetters` letters and digits, and one of its
 * words that carry the identity (not a class word, legal form, function word or number, as the matcher reads
 * the name in `mode`) has two letters or more and is no common word or name (a given name of
 * given_names.tsv, a very common surname or given name of name_frequency.yml, a common English word of
 * english_words.tsv, a country's name or demonym). "Strategic Forces", "Sara", "Khan Organization", "D Company"
 * or "Norland" name too many others to say anything alone.
 */
export function weakAliasUsable(name: string, mode: NameMode, minLetters: number): boolean {
  if ((weakAliasKey(name).match(LETTER_OR_DIGIT)?.length ?? 0) < minLetters) {
    return false;
  }
  const data = getReferenceData();
  const prepared = prepareName(name, mode);
  return prepared.tokens.some((token, index) => {
    if (!IDENTIFYING_KINDS.has(prepared.kinds[index])) {
      return false;
    }
    const word = tokenKey(token.orig);
    return (
      word.length >= 2 &&
      !data.givenNames.has(word) &&
      !data.commonPersonNames.has(word) &&
      !data.englishWords.has(word) &&
      !data.countryForms.has(word)
    );
  });
}
