/**
 * Since rules 1.145.0: the place a query writes after a body's name, when it is none of the body's own. The matcher
 * reads a town after a comma as where a body is ("Quarrow Trading, Harbourville" since rules 1.9.0, and a body with
 * campuses whose name holds no place since rules 1.145.0: "Quarrow Institute, Harbourville"), so a name with another
 * body's town after it ("<a body>, <another town>", a place-swapped name) matches the body as well as one with its
 * own. A pair of strings cannot tell the two apart; the index can, when it holds the body's towns (a registry's
 * locations, a list entry's address towns). The resolution rule does not resolve on such a place: the body is shown,
 * not resolved to (bench/HISTORY.md "## Resolution", qual7).
 */
import { getReferenceData } from './reference-data';
import { Kind, prepareName } from './normalise';

/**
 * The text of the place `query` writes after its last comma (one to three words the matcher reads as an address or
 * a trailing qualifier, no country's word or listed qualifier such as "campus" among them), when neither `matched`
 * (the candidate's name the score compared) nor `display` (its display name) writes those words and none of
 * `towns` (the towns the index holds the candidate in) is that place. Null otherwise: no such place, or the body's
 * own.
 */
export function unownedPlace(
  query: string,
  matched: string,
  display: string,
  towns: readonly string[] | undefined,
): string | null {
  const comma = query.lastIndexOf(',');
  if (comma <= 0) {
    return null;
  }
  const prepared = prepareName(query, 'org');
  const count = prepared.tokens.length;
  let from = count;
  while (from > 0 && prepared.kinds[from - 1] === Kind.Qualifier) {
    from--;
  }
  const words = count - from;
  if (words === 0 || words > 3 || from === 0) {
    return null;
  }
  // The run must be the words after the last comma, all of them: not a qualifier of the name before it.
  const after = prepareName(query.slice(comma + 1), 'org').tokens.map((token) => token.text);
  const place = prepared.tokens.slice(from).map((token) => token.text);
  if (after.join(' ') !== place.join(' ')) {
    return null;
  }
  const { countryForms, orgCountryWords, countryNames, orgQualifiers, orgWordForms } = getReferenceData();
  // Two forms of one word (company_words.yml word_forms: "St." and "Saint") are one word here.
  const form = (word: string) => {
    const group = orgWordForms.get(word);
    return group === undefined ? word : `form:${group}`;
  };
  if (
    place.some(
      (word) =>
        countryForms.has(word) || orgCountryWords.has(word) || countryNames.has(word) || orgQualifiers.has(word),
    )
  ) {
    return null;
  }
  const written = new Set(
    [matched, display].flatMap((name) => prepareName(name, 'org').tokens.map((token) => form(token.text))),
  );
  if (place.every((word) => written.has(form(word)))) {
    return null;
  }
  const key = place.map(form).join(' ');
  if (
    (towns ?? []).some(
      (town) =>
        prepareName(town, 'org')
          .tokens.map((token) => form(token.text))
          .join(' ') === key,
    )
  ) {
    return null;
  }
  return query.slice(comma + 1).trim();
}
