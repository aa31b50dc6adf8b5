/**
 * Since rules 1.114.0: whether two organisation names are one name with its one identity word, a place, written as
 * another place alike in spelling ("Quarrowby University" and "Quarrowley University", each word a listed place of
 * its own). The name matcher scores such a pair by the two words' spelling (0.85–0.91 for two short names), and a
 * screening alert should show it; but a body named after one place is not the body named after another, so the
 * resolution rule does not resolve on it (bench/HISTORY.md "## Resolution", resol6).
 *
 * The shape, counted on the resolution bench's dev half and the dev pair sets before it was taken: the two names
 * differ in exactly one word each, both name words; every word they share is a class word (no other word of the
 * name says which body it is); and the two words name two places of different groups (place_names.tsv,
 * subdivision_names.tsv, the countries' forms). Two forms of one place ("Wien"/"Vienna") share a group and are no
 * swap; a list's spelling of a company's own name ("Taean"/"Daean") names no listed place on both sides.
 */
import { oneNameWordEachWay } from './identity-word-spelling';
import { getReferenceData } from './reference-data';
import { meaningGroupOf } from './word-groups';

/**
 * The place a word names: a country's code, a listed place's group ("place:…"), or a word of a subdivision's name
 * (subdivision_names.tsv, its own group); null when the word names no listed place.
 */
export function placeGroupOf(text: string): string | null {
  const reference = getReferenceData();
  const country = reference.countryForms.get(text);
  if (country !== undefined) {
    return country;
  }
  const meaning = meaningGroupOf(text);
  if (meaning?.startsWith('place:') === true) {
    return meaning;
  }
  return reference.subdivisionWords.has(text) ? `subdivision:${text}` : null;
}

/**
 * The two place words (lower case, before folding) when `query` and `matched` differ in exactly one name word each,
 * share no word but class words, and the two words name places of different groups; null otherwise. The caller
 * asks it only of names the matcher did not find equal (a name score below 1).
 */
export function placeWordSwap(query: string, matched: string): [string, string] | null {
  const swap = oneNameWordEachWay(query, matched);
  if (swap === null) {
    return null;
  }
  const leftPlace = placeGroupOf(swap.left.text);
  const rightPlace = placeGroupOf(swap.right.text);
  if (leftPlace === null || rightPlace === null || leftPlace === rightPlace) {
    return null;
  }
  return [swap.left.orig.toLowerCase(), swap.right.orig.toLowerCase()];
}
