/**
 * Since rules 1.126.0: whether two organisation names are one name with its one identity word spelt otherwise
 * ("Quarrel College" against "Quarrow College"): the names differ in exactly one word each, both name words, and
 * every word they share is a class word (at least one), so the one word is all that says which body it is.
 *
 * The matcher scores such a pair by the two words' spelling (0.87–0.97), and a screening alert should show it: the
 * lists write one sanctioned body's name in several spellings ("Taeron"/"Daeron Machinery Factory"; 65 true pairs
 * of the dev pair sets of list names and companies have the shape at 0.85 or more, no non-match). The resolution
 * rule asks it only of a body of the graph on no list (a registry's body, ROR or the Funder Registry, or a seeded
 * tracker or curated body), whose own names, labels and aliases the graph holds: there, two names one spelling
 * apart were two bodies every time on the resolution bench's dev half (3 of 3; 3 true pairs of the registry dev
 * pair sets are misspellings, now shown rather than resolved), and such a body is shown as the best candidate, not
 * resolved to (bench/HISTORY.md "## Resolution", resol8). resol6's `placeWordSwap` is the narrower case of two
 * listed places, for any body.
 */
import { wordsWithout as without } from '../common/collections';
import { classSetOf, Kind, nameWords, prepareName, type NameWord } from './normalise';
import { Likeness, tokenLikeness } from './token-similarity';
import { decidingGroupOf } from './word-groups';

/** Function words and legal forms name nothing of their own here. */
const IGNORED: ReadonlySet<number> = new Set([Kind.Stop, Kind.Legal]);

/** The words of a name as the matcher prepares it (org mode), function words and legal forms aside. */
function words(name: string): NameWord[] {
  return nameWords(name, 'org', IGNORED);
}

/**
 * The one name word each name has that the other lacks, and the words they share, when `query` and `matched` differ
 * in exactly one word each, both name words, and every word they share is a class word (or, since rules 1.138.0, a
 * field or kind word of org_words.yml's deciding groups); null otherwise. The shape
 * both this rule and resol6's `placeWordSwap` ask about.
 */
export function oneNameWordEachWay(
  query: string,
  matched: string,
): { left: NameWord; right: NameWord; shared: NameWord[] } | null {
  const left = words(query);
  const right = words(matched);
  const onlyLeft = without(left, right);
  const onlyRight = without(right, left);
  if (onlyLeft.length !== 1 || onlyRight.length !== 1) {
    return null;
  }
  if (onlyLeft[0].kind !== Kind.Name || onlyRight[0].kind !== Kind.Name) {
    return null;
  }
  const shared = without(left, onlyLeft);
  // Since rules 1.138.0 a shared field or kind word (org_words.yml deciding groups: "Normal", "Estadual") counts as a
  // class word here: it says what kind of body, not which ("Quarrel Normal University" / "Quarrow Normal University").
  if (shared.some((word) => word.kind !== Kind.Class && decidingGroupOf(word.text) === undefined)) {
    return null;
  }
  return { left: onlyLeft[0], right: onlyRight[0], shared };
}

/**
 * The two identity words (lower case, before folding) when `query` and `matched` differ in exactly one name word
 * each and share at least one word, every shared word a class word; null otherwise. The caller asks it only of
 * names the matcher did not find equal (a name score below 1).
 */
export function identityWordSpelling(query: string, matched: string): [string, string] | null {
  const swap = oneNameWordEachWay(query, matched);
  if (swap === null || swap.shared.length === 0) {
    return null;
  }
  return [swap.left.orig.toLowerCase(), swap.right.orig.toLowerCase()];
}

/**
 * Since rules 1.155.0: the two words when `query` and `matched` are each one identity word alone, once function words,
 * legal forms and qualifiers are set aside (the registry's company names: "Quarrow Ltd. (Norland)" against "Quarel
 * (Norland)"), the two words differ and the matcher finds them alike by their spelling alone (a typo or a sound-alike,
 * not a known, romanisation or transliteration variant); null otherwise. `identityWordSpelling` needs a shared class
 * word; here nothing else is shared, so the spelling is all the evidence there is, and two companies' one-word names
 * one spelling apart are two companies (bench/HISTORY.md "## Resolution", resol15). The caller asks it only of names
 * the matcher did not find equal (a name score below 1).
 */
export function loneIdentityWordSpelt(query: string, matched: string): [string, string] | null {
  const aside: ReadonlySet<number> = new Set([Kind.Stop, Kind.Legal, Kind.Qualifier]);
  const left = nameWords(query, 'org', aside);
  const right = nameWords(matched, 'org', aside);
  if (left.length !== 1 || right.length !== 1 || left[0].kind !== Kind.Name || right[0].kind !== Kind.Name) {
    return null;
  }
  if (left[0].text === right[0].text) {
    return null;
  }
  const leftToken = prepareName(query, 'org').tokens.find((token) => token.text === left[0].text);
  const rightToken = prepareName(matched, 'org').tokens.find((token) => token.text === right[0].text);
  const how = leftToken && rightToken ? tokenLikeness(leftToken, rightToken, false).how : Likeness.None;
  return how === Likeness.Typo || how === Likeness.Phonetic
    ? [left[0].orig.toLowerCase(), right[0].orig.toLowerCase()]
    : null;
}

/**
 * Since rules 1.136.0: `identityWordSpelling` when the matcher finds the two identity words alike by their spelling
 * alone ("harbon" and "harbin": a spelling variant), not by what it knows of names: a known variant, a romanisation
 * or transliteration variant, a cognate, one word in two scripts ("Baumann"/"Bauman", "Peking"/"Beijing" stay a
 * name of the body). Null otherwise. The resolution rule asks it of a list entry (see `nameEvidence`): the screening
 * alert stands, but a spelling alone does not say the body is the listed one.
 */
export function identityWordSpeltAlone(query: string, matched: string): [string, string] | null {
  const swap = oneNameWordEachWay(query, matched) ?? oneNameWordEachWayClassForms(query, matched);
  if (swap === null || swap.shared.length === 0) {
    return null;
  }
  const left = prepareName(query, 'org').tokens.find((token) => token.text === swap.left.text);
  const right = prepareName(matched, 'org').tokens.find((token) => token.text === swap.right.text);
  if (!left || !right || tokenLikeness(left, right, false).how !== Likeness.Typo) {
    return null;
  }
  return [swap.left.orig.toLowerCase(), swap.right.orig.toLowerCase()];
}

/**
 * Since rules 1.140.0: `oneNameWordEachWay` when the class words the names do not share pair off as two forms of one
 * class ("Trade"/"Trading": a class group in common), each pair counted as shared ("Quarrel Trade FZE" / "Quarrow
 * Trading FZCO", legal forms aside as there). For `identityWordSpeltAlone` only.
 */
function oneNameWordEachWayClassForms(
  query: string,
  matched: string,
): { left: NameWord; right: NameWord; shared: NameWord[] } | null {
  const left = groupedWords(query);
  const right = groupedWords(matched);
  const onlyLeft = without(left, right);
  const onlyRight = without(right, left);
  const unpaired = [...onlyRight];
  const paired: GroupedWord[] = [];
  const rest = onlyLeft.filter((word) => {
    const at = unpaired.findIndex(
      (other) => word.groups.length > 0 && other.groups.some((group) => word.groups.includes(group)),
    );
    if (at < 0) {
      return true;
    }
    paired.push(word);
    unpaired.splice(at, 1);
    return false;
  });
  if (paired.length === 0 || rest.length !== 1 || unpaired.length !== 1) {
    return null;
  }
  if (rest[0].kind !== Kind.Name || unpaired[0].kind !== Kind.Name) {
    return null;
  }
  const shared = without(left, onlyLeft).concat(paired);
  return shared.every((word) => word.kind === Kind.Class) ? { left: rest[0], right: unpaired[0], shared } : null;
}

interface GroupedWord extends NameWord {
  groups: number[];
}

/** `words` with each class word's class groups (none for other words). */
function groupedWords(name: string): GroupedWord[] {
  const prepared = prepareName(name, 'org');
  return prepared.tokens
    .map((token, index) => ({
      text: token.text,
      orig: token.orig,
      kind: prepared.kinds[index],
      groups: prepared.kinds[index] === Kind.Class ? classSetOf(prepared.tags[index]) : [],
    }))
    .filter((word) => word.text.length > 0 && !IGNORED.has(word.kind));
}
