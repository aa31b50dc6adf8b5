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
 * ("cooperative") counts as a class word of that group; since rules 1.140.0, for a name that is not a registry's body,
 * one of listed_legal_class_groups too (`listedLegal`: "charity"), which its kin groups do not swap with.
 */
function words(prepared: PreparedName, registryBody: boolean): Word[] {
  return prepared.tokens
    .map((token, index) => {
      const legal = prepared.kinds[index] === Kind.Legal ? legalClassGroups(token.orig, registryBody) : null;
      return {
        text: token.text,
        orig: token.orig,
        groups: prepared.kinds[index] === Kind.Class ? classSetOf(prepared.tags[index]) : (legal?.groups ?? null),
        listedLegal: legal?.listed ?? false,
      };
    })
    .filter((word) => word.text.length > 0);
}

/**
 * The legal_class_groups a legal-form word names as a class phrase on its own; null when none. Since rules 1.126.0
 * also registry_legal_class_groups when the name matched is a registry's body (`registryBody`); since rules 1.140.0
 * listed_legal_class_groups otherwise (`listed`).
 */
function legalClassGroups(word: string, registryBody: boolean): { groups: number[]; listed: boolean } | null {
  const reference = getReferenceData();
  const read = (group: number) =>
    reference.legalClassGroups.has(group) || (registryBody && reference.registryLegalClassGroups.has(group));
  const listed = (group: number) => !registryBody && reference.listedLegalClassGroups.has(group);
  if (
    reference.legalClassGroups.size === 0 &&
    !(registryBody && reference.registryLegalClassGroups.size > 0) &&
    !(!registryBody && reference.listedLegalClassGroups.size > 0)
  ) {
    return null;
  }
  const [hit] = findLongestPhrases([tokenKey(word)], reference.classTrie);
  const groups = hit ? reference.classSets[hit.value] : [];
  if (groups.some(read)) {
    return { groups, listed: false };
  }
  return groups.some(listed) ? { groups, listed: true } : null;
}

interface Word {
  text: string;
  orig: string;
  groups: number[] | null;
  listedLegal: boolean;
}

/** Most words of a class phrase swapped for another (since rules 1.140.0: "real estate" for "exchange"). */
const PHRASE_WORDS = 3;

/**
 * The two class words (lower case, before folding) when `query` and `matched` differ in exactly one word each and those two are class
 * words with no class group in common ("institute" and "society"); null otherwise (two forms of one class,
 * "Institute"/"Institut", share their group and are no swap). `registryBody`: the name matched is a registry's body
 * (a body of the graph on no list), whose legal-form words of registry_legal_class_groups ("charity") read as class
 * words too (since rules 1.126.0). Since rules 1.140.0 a class phrase of up to three words written together in one
 * place for another ("Quarrow Real Estate Office" / "Quarrow Exchange Office": the phrases joined by a space), and,
 * for a name that is no registry's body, a legal-form word of listed_legal_class_groups ("charity") for a class word
 * of no group of its kin ("steel"; not "association").
 */
export function classWordSwap(query: string, matched: string, registryBody = false): [string, string] | null {
  const left = words(prepareName(query, 'org'), registryBody);
  const right = words(prepareName(matched, 'org'), registryBody);
  const onlyLeft = without(left, right);
  const onlyRight = without(right, left);
  if (!classPhrase(onlyLeft, left) || !classPhrase(onlyRight, right)) {
    return null;
  }
  const groups = new Set(onlyLeft.flatMap((word) => word.groups ?? []));
  if (onlyRight.some((word) => word.groups!.some((group) => groups.has(group)))) {
    return null;
  }
  const kin = kinOfListed(onlyLeft);
  const otherKin = kinOfListed(onlyRight);
  if (
    onlyRight.some((word) => word.groups!.some((group) => kin.has(group))) ||
    onlyLeft.some((word) => word.groups!.some((group) => otherKin.has(group)))
  ) {
    return null;
  }
  return [onlyLeft.map((word) => word.orig).join(' '), onlyRight.map((word) => word.orig).join(' ')];
}

/**
 * Since rules 1.165.0: whether `query` writes a legal-form word that the swap reads as a class word (legal_class_groups,
 * and registry_ or listed_legal_class_groups by `registryBody`: "cooperative", "charity") that `matched` does not
 * write ("Quarrow Tidal Charity" against a body's other name "Quarrow Tidal"). The matcher drops a legal form, so the
 * two names compare as equal; yet the query names a kind of body that the name matched does not.
 */
export function ownLegalClassWord(query: string, matched: string, registryBody = false): boolean {
  const prepared = prepareName(query, 'org');
  const written = new Set(prepareName(matched, 'org').tokens.map((token) => token.text));
  return prepared.tokens.some(
    (token, index) =>
      prepared.kinds[index] === Kind.Legal &&
      !written.has(token.text) &&
      legalClassGroups(token.orig, registryBody) !== null,
  );
}

/** Whether `phrase` (words of `name`) is one class word, or up to PHRASE_WORDS class words standing together. */
function classPhrase(phrase: Word[], name: Word[]): boolean {
  if (phrase.length === 0 || phrase.length > PHRASE_WORDS || phrase.some((word) => !word.groups)) {
    return false;
  }
  const at = phrase.map((word) => name.indexOf(word));
  return at.every((position, index) => index === 0 || position === at[index - 1] + 1);
}

/** The kin groups of the listed_legal_class_groups words of `phrase` (none unless it holds one). */
function kinOfListed(phrase: Word[]): Set<number> {
  const listed = getReferenceData().listedLegalClassGroups;
  return new Set(
    phrase
      .filter((word) => word.listedLegal)
      .flatMap((word) => word.groups!.flatMap((group) => [...(listed.get(group) ?? [])])),
  );
}
