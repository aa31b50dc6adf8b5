/**
 * Since rules 1.185.0: whether a name is held word for word inside a longer name that adds a qualifier of its own
 * ("Quarrow Tidal Foundation" holds "Tidal Foundation", "Tidal Foundation Pellby" too). The resolution reads it
 * (`resolution-rule.ts`, `qualifiedNamesake`): when the query is held so in the names of two bodies, each with a
 * qualifier the query lacks, the query names neither more than the other. A longer name that is a part of the
 * query's body ("Research Centre, Tidal Foundation", "Services of the Tidal Foundation") is no such namesake: its own
 * words hold a class word of a unit named before its parent (org_words.yml `unit_before_parent_classes`), or a
 * function word joins them to the query's words. The words are the reference data's own classes, no list here.
 */
import { getReferenceData } from './reference-data';
import { Kind, classSetOf, prepareName } from './normalise';

/** Words that are no part of the comparison: legal forms and titles. */
const IGNORED: ReadonlySet<number> = new Set([Kind.Legal, Kind.Title]);

interface Word {
  text: string;
  orig: string;
  kind: number;
  tag: number;
}

function wordsOf(name: string): Word[] {
  const prepared = prepareName(name, 'org');
  const words: Word[] = [];
  prepared.tokens.forEach((token, index) => {
    const kind = prepared.kinds[index];
    if (token.text.length > 0 && !IGNORED.has(kind)) {
      words.push({ text: token.text, orig: token.orig.toLowerCase(), kind, tag: prepared.tags[index] });
    }
  });
  return words;
}

/** What `qualifiedName` found: the longer name's words of its own, and whether they make it a part of the body. */
export interface QualifiedName {
  /** The longer name's own words (lower case, function words left out). */
  ownWords: string[];
  /**
   * The longer name names a part of a body bearing the shorter name: its own words hold a class word of
   * `unit_before_parent_classes`, or a function word stands just before the shorter name's words in it.
   */
  partOfBody: boolean;
}

/**
 * The longer name's own words when every word of `name` (function words included; legal forms and titles left out)
 * stands in `longer` in the same order, next to one another, and `longer` adds at least one word that is not a
 * function word. Null otherwise.
 */
export function qualifiedName(name: string, longer: string): QualifiedName | null {
  if (name === longer) {
    return null;
  }
  const words = wordsOf(name);
  const longerWords = wordsOf(longer);
  if (words.length === 0 || longerWords.length <= words.length) {
    return null;
  }
  for (let start = 0; start + words.length <= longerWords.length; start++) {
    if (words.every((word, index) => word.text === longerWords[start + index].text)) {
      const own = [...longerWords.slice(0, start), ...longerWords.slice(start + words.length)].filter(
        (word) => word.kind !== Kind.Stop,
      );
      if (own.length === 0) {
        return null;
      }
      const unitClasses = getReferenceData().unitBeforeParentClasses;
      const partOfBody =
        (start > 0 && longerWords[start - 1].kind === Kind.Stop) ||
        own.some((word) => word.kind === Kind.Class && classSetOf(word.tag).some((group) => unitClasses.has(group)));
      return { ownWords: own.map((word) => word.orig), partOfBody };
    }
  }
  return null;
}
