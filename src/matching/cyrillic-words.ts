// Words of Cyrillic names learned from the registry's own bilingual records (since rules 1.174.0, branch cyr3).
import { BoundedMemo } from '../common/collections';
import { getReferenceData } from './reference-data';
import { Script, type TokenInfo } from './tokenise';

/** Fewest letters a Cyrillic word's stem keeps when its ending goes. */
const CYRILLIC_STEM_MIN_LETTERS = 4;

/**
 * A Cyrillic word (in small letters) without the longest of `endings` (longest first) it ends with, when at least
 * CYRILLIC_STEM_MIN_LETTERS letters are left; else the word. "космических", "космическое" -> "космическ".
 */
export function cyrillicStem(word: string, endings: readonly string[]): string {
  for (const ending of endings) {
    if (word.length - ending.length >= CYRILLIC_STEM_MIN_LETTERS && word.endsWith(ending)) {
      return word.slice(0, -ending.length);
    }
  }
  return word;
}

/**
 * The English word (as a prepared name's word) that a Cyrillic word stands for by cyrillic_words_learned.tsv, read by
 * its stem, or null: "космических" -> "space". A word in another script has none. Kept per word as written, since a
 * word's stem and row do not change (the reference data is read once per process); asked of a word against every
 * word of every candidate, so a table look-up after the first time.
 */
export function learnedCyrillicRendering(token: TokenInfo): string | null {
  if (token.script !== Script.Cyrillic) {
    return null;
  }
  const reference = getReferenceData();
  if (reference.learnedCyrillicWords.size === 0) {
    return null;
  }
  return renderingKnown.get(token.orig, findRendering);
}

const RENDERINGS_KEPT = 100_000;
const renderingKnown = new BoundedMemo<string, string | null>(RENDERINGS_KEPT);

function findRendering(orig: string): string | null {
  const reference = getReferenceData();
  return reference.learnedCyrillicWords.get(cyrillicStem(orig.toLowerCase(), reference.cyrillicStemEndings)) ?? null;
}
