/**
 * Since rules 1.97.0: whether a query names a body's other name (mostly an alias) with a qualifier of its own
 * where the body's display name has another ("Tidal Unit, Pellby University" matched through the alias
 * "Tidal Unit" of "Tidal Unit, Quarrow University"). The matcher compares the query with the name that
 * matches best, and an alias that is a part of the query matches it well; but the query's other words then
 * name another place, parent or field than the body's own, and such a query is another body far more often
 * than the same one (bench/quality-resolution.ts, bench/HISTORY.md "## Resolution"), so the resolution rule
 * does not resolve on it.
 */
import { wordsWithout as without } from '../common/collections';
import { Kind, prepareName } from './normalise';
import { decidingGroupOf } from './word-groups';

/** Words that name nothing of their own here: function words, legal forms, particles. */
const IGNORED: ReadonlySet<number> = new Set([Kind.Stop, Kind.Legal, Kind.Particle]);

interface Word {
  text: string;
  orig: string;
  acronym: boolean;
}

function words(name: string, fieldForms = false): Word[] {
  const prepared = prepareName(name, 'org');
  return prepared.tokens
    .map((token, index) => ({
      text: fieldForms ? fieldForm(token.text, prepared.kinds[index]) : token.text,
      orig: token.orig,
      kind: prepared.kinds[index],
    }))
    .filter((word) => word.text.length > 0 && !IGNORED.has(word.kind))
    .map((word) => ({ text: word.text, orig: word.orig, acronym: word.kind === Kind.Acronym }));
}

/**
 * Since rules 1.120.0, for a sibling: a class word of a deciding group (a field: "agricultural", "agriculture") is
 * compared by its group, so two forms of one field are one word.
 */
function fieldForm(text: string, kind: number): string {
  const group = kind === Kind.Class ? decidingGroupOf(text) : undefined;
  return group === undefined ? text : `field:${group}`;
}

/**
 * The query's words and the display name's words that differ (lower case, before folding) when `matched` is
 * another name of the body than `display`, both `query` and `display` hold every word of `matched`, the query
 * has more, and beyond `matched` the two say different things: the query has a word the display name lacks
 * that is not an acronym (an acronym may stand for the display name's own words: "Tidal Unit QU" for "Tidal
 * Unit, Quarrow University"), and the display name a word the query lacks. Null otherwise. Function words,
 * legal forms and particles are left out.
 */
export function otherQualifier(
  query: string,
  matched: string,
  display: string,
  fieldForms = false,
): [string[], string[]] | null {
  // Most candidates match through their display name, or the query is the matched name: no words to prepare.
  if (matched === display || query === matched) {
    return null;
  }
  const matchedWords = words(matched, fieldForms);
  const displayWords = words(display, fieldForms);
  if (without(matchedWords, displayWords).length > 0 || without(displayWords, matchedWords).length === 0) {
    return null;
  }
  const queryWords = words(query, fieldForms);
  if (queryWords.length <= matchedWords.length || without(matchedWords, queryWords).length > 0) {
    return null;
  }
  const onlyQuery = without(queryWords, displayWords);
  const onlyDisplay = without(displayWords, queryWords);
  if (onlyDisplay.length === 0 || !onlyQuery.some((word) => !word.acronym)) {
    return null;
  }
  return [onlyQuery.map((word) => word.orig), onlyDisplay.map((word) => word.orig)];
}

/**
 * The query's words and a sibling's words that differ (lower case, before folding) when `query` holds every word
 * of `matched` (the best candidate's name) and more, and `sibling` (the name of another body) holds every word of
 * `matched` and more too, the two saying different things beyond it: the query has a word the sibling lacks
 * that is not an acronym, and the sibling a word the query lacks ("Tidal Unit, Pellby" against "Tidal Unit"
 * when "Tidal Unit, Quarrow" is another body: the graph names bodies by the name and a qualifier, and the
 * query's qualifier is neither the best's nor the sibling's). Null otherwise. Since rules 1.120.0 two forms of one
 * field are one word here ("<X> College of Agricultural Sciences" is held by "Pellby <X> College of Agriculture
 * Sciences").
 */
export function siblingQualifier(query: string, matched: string, sibling: string): [string[], string[]] | null {
  // The same comparison as a body's own qualified name: the sibling's name in the display name's place.
  return otherQualifier(query, matched, sibling, true);
}
