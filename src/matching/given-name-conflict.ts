/**
 * Since rules 1.98.0: whether a name given for a person holds a given name (or an honorific the matcher drops)
 * that the candidate's matched name lacks while the candidate's names hold another given name the query lacks
 * ("Quillan Tarrow Vesk" against the alias "Tarrow Vesk" of "Oswin Tarrow Vesk"). The matcher scores the query
 * against the alias as a near subset; but a given name each side lacks is a conflict, two persons far more often
 * than one (bench/quality-resolution.ts, bench/HISTORY.md "## Resolution"), so the resolution rule does not
 * resolve on it.
 */
import { Kind, prepareName, type PreparedName } from './normalise';
import { getReferenceData } from './reference-data';
import { tokenLikeness } from './token-similarity';
import type { TokenInfo } from './tokenise';

/** Two words of a person's name count as one at this likeness or more (spelling, transliteration, variants). */
const SAME_WORD = 0.8;

function words(prepared: PreparedName, kinds: readonly number[]): TokenInfo[] {
  return prepared.tokens.filter((token, index) => kinds.includes(prepared.kinds[index]) && token.text.length > 1);
}

/** The words of `left` that no word of `right` is like, each word of `right` taken once. */
function unmatched(left: readonly TokenInfo[], right: readonly TokenInfo[]): TokenInfo[] {
  const free = [...right];
  return left.filter((word) => {
    const at = free.findIndex((other) => tokenLikeness(word, other, true).sim >= SAME_WORD);
    if (at < 0) {
      return true;
    }
    free.splice(at, 1);
    return false;
  });
}

/**
 * The query's word and the candidate's word that conflict, or null: the query has a name word that the
 * matched name lacks and the candidate's matched or full name has a name word the query lacks; or the query
 * has an honorific (a word the matcher drops) where the matched name itself has a name word the query lacks.
 * An honorific beside an alias that lacks only it ("Sheikh Tarrow Vesk" against the alias "Tarrow Vesk") is no
 * conflict: lists write aliases with and without honorifics.
 */
export function givenNameConflict(query: string, matched: string, full: string): [string, string] | null {
  const asked = prepareName(query, 'person');
  const matchedName = prepareName(matched, 'person');
  const matchedWords = words(matchedName, [Kind.Name, Kind.Title, Kind.Particle, Kind.Initial]);
  const extraName = unmatched(words(asked, [Kind.Name]), matchedWords);
  const extra = extraName.length > 0 ? extraName : unmatched(words(asked, [Kind.Title]), matchedWords);
  if (extra.length === 0) {
    return null;
  }
  const everyQueryWord = words(asked, [Kind.Name, Kind.Title, Kind.Particle, Kind.Initial]);
  const against =
    extraName.length === 0 || full === matched ? [matchedName] : [matchedName, prepareName(full, 'person')];
  for (const name of against) {
    const lacking = unmatched(words(name, [Kind.Name]), everyQueryWord);
    if (lacking.length > 0) {
      return [extra[0].orig, lacking[0].orig];
    }
  }
  return null;
}

/**
 * Since rules 1.155.0: a name word of the query's own that neither the candidate's matched name nor its full name
 * holds, when the matched name holds no name word the query lacks (the query is the matched name with a name part
 * added: "Quillan Tarrow Vesk" against "VESK, Tarrow"); null otherwise (then `givenNameConflict` reads a word each side
 * lacks). Titles, honorifics, particles and initials are not counted. A listed person's names are written with and
 * without some of their parts, but a part neither name shown holds is nothing the list says of the person: the query
 * is a possible match of the listed person, not a resolution to it (bench/HISTORY.md "## Resolution", resol15).
 */
export function ownNamePart(query: string, matched: string, full: string): string | null {
  const asked = prepareName(query, 'person');
  const matchedName = prepareName(matched, 'person');
  const matchedWords = words(matchedName, [Kind.Name, Kind.Title, Kind.Particle, Kind.Initial]);
  const extra = unmatched(words(asked, [Kind.Name]), matchedWords);
  if (extra.length === 0) {
    return null;
  }
  const everyQueryWord = words(asked, [Kind.Name, Kind.Title, Kind.Particle, Kind.Initial]);
  if (unmatched(words(matchedName, [Kind.Name]), everyQueryWord).length > 0) {
    return null;
  }
  const fullWords = words(prepareName(full, 'person'), [Kind.Name, Kind.Title, Kind.Particle, Kind.Initial]);
  const own = unmatched(extra, fullWords);
  return own.length > 0 ? own[0].orig : null;
}

/**
 * Since rules 1.155.0: the mirror of `ownNamePart`: a name word of the matched name that no word of the query is like,
 * when every name word of the query is in the matched name (the query is the listed name with a part left out:
 * "Maria Garcia" against "GARCIA LOPEZ, Maria") and every one is a common name or a given name; null otherwise. Common
 * names of a longer listed name are weak evidence (issue 9: a common surname plus a common given name is weak unless
 * exact): a possible match of the listed person, not a resolution to it (bench/HISTORY.md "## Resolution", resol15).
 */
export function namePartLacking(query: string, matched: string): string | null {
  const asked = prepareName(query, 'person');
  const matchedName = prepareName(matched, 'person');
  const everyMatchedWord = words(matchedName, [Kind.Name, Kind.Title, Kind.Particle, Kind.Initial]);
  const askedNames = words(asked, [Kind.Name]);
  if (askedNames.length === 0 || unmatched(askedNames, everyMatchedWord).length > 0) {
    return null;
  }
  // Only a query of common names (name_frequency.yml) or given names (given_names.tsv): a rarer name of the listed
  // person with a part left out ("Tarrow Veskard", the patronymic left out) says more of who it is.
  if (!everyWordCommon(askedNames)) {
    return null;
  }
  const lacking = unmatched(
    words(matchedName, [Kind.Name]),
    words(asked, [Kind.Name, Kind.Title, Kind.Particle, Kind.Initial]),
  );
  return lacking.length > 0 ? lacking[0].orig : null;
}

/** Whether every word is a common name (name_frequency.yml) or a given name (given_names.tsv). */
function everyWordCommon(names: readonly TokenInfo[]): boolean {
  const { commonPersonNames, givenNames } = getReferenceData();
  return names.every((word) => commonPersonNames.has(word.text) || givenNames.has(word.text));
}

/**
 * Since rules 1.189.0 (probe5): whether a name given for a person is made only of the name-frequency tables' common
 * names (name_frequency.yml: "Maria Garcia", "Song Yu"), with at least one name word. Such a name is borne by many
 * people: the resolver resolves it to a person only with a date of birth agreeing or an identifier shared
 * (`commonNameWithoutEvidence` in src/risk/resolution-rule.ts; since rules 1.189.0 with a date given, since 1.202.0
 * always). The given-name table is not read here: its 8,000 names hold many surnames ("Sheridan",
 * "Fleming"), and a name of three or four of them is no common name.
 */
export function commonPersonName(query: string): boolean {
  const { commonPersonNames } = getReferenceData();
  const names = words(prepareName(query, 'person'), [Kind.Name]);
  return names.length > 0 && names.every((word) => commonPersonNames.has(word.text));
}
