/**
 * Since rules 1.95.0: whether two organisation names are one name with one class word swapped for a class
 * word of another class ("Quarrow Institute of Tides" and "Quarrow Society of Tides"). The name matcher scores
 * such a pair high when the name is long (one word of many differs), and a screening alert should show it; but
 * two such names are two bodies far more often than one (bench/quality-resolution.ts, bench/HISTORY.md
 * "### Resolution"), so the resolution rule does not resolve on it.
 */
import { wordsWithout as without } from '../common/collections';
import { classSetOf, Kind, prepareName, type PreparedName } from './normalise';
import { findLongestPhrases, getReferenceData, tokenKey } from './reference-data';

/**
 * The words (compare form) of a prepared name with their class groups (null unless a class word). Since rules
 * 1.99.0 a legal-form word that is on its own a class phrase of a group of org_words.yml legal_class_groups
 * ("cooperative") counts as a class word of that group.
 */
function words(prepared: PreparedName, registryBody: boolean): Word[] {
  return prepared.tokens
    .map((token, index) => ({
      text: token.text,
      orig: token.orig,
      groups:
        prepared.kinds[index] === Kind.Class
          ? classSetOf(prepared.tags[index])
          : prepared.kinds[index] === Kind.Legal
            ? legalClassGroups(token.orig, registryBody)
            : null,
    }))
    .filter((word) => word.text.length > 0);
}

/**
 * The legal_class_groups a legal-form word names as a class phrase on its own; null when none. Since rules 1.126.0
 * also registry_legal_class_groups when the name matched is a registry's body (`registryBody`).
 */
function legalClassGroups(word: string, registryBody: boolean): number[] | null {
  const reference = getReferenceData();
  const read = (group: number) =>
    reference.legalClassGroups.has(group) || (registryBody && reference.registryLegalClassGroups.has(group));
  if (reference.legalClassGroups.size === 0 && !(registryBody && reference.registryLegalClassGroups.size > 0)) {
    return null;
  }
  const [hit] = findLongestPhrases([tokenKey(word)], reference.classTrie);
  const groups = hit ? reference.classSets[hit.value] : [];
  return groups.some(read) ? groups : null;
}

interface Word {
  text: string;
  orig: string;
  groups: number[] | null;
}

/**
 * The two class words (lower case, before folding) when `query` and `matched` differ in exactly one word each and those two are class
 * words with no class group in common ("institute" and "society"); null otherwise (two forms of one class,
 * "Institute"/"Institut", share their group and are no swap). `registryBody`: the name matched is a registry's body
 * (a body of the graph on no list), whose legal-form words of registry_legal_class_groups ("charity") read as class
 * words too (since rules 1.126.0).
 */
export function classWordSwap(query: string, matched: string, registryBody = false): [string, string] | null {
  const left = words(prepareName(query, 'org'), registryBody);
  const right = words(prepareName(matched, 'org'), registryBody);
  const onlyLeft = without(left, right);
  const onlyRight = without(right, left);
  if (onlyLeft.length !== 1 || onlyRight.length !== 1 || !onlyLeft[0].groups || !onlyRight[0].groups) {
    return null;
  }
  const groups = new Set(onlyLeft[0].groups);
  if (onlyRight[0].groups.some((group) => groups.has(group))) {
    return null;
  }
  return [onlyLeft[0].orig, onlyRight[0].orig];
}
