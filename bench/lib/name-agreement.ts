import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import anyAscii from 'any-ascii';
import { distance } from 'fastest-levenshtein';
import { parse } from 'yaml';
import { findUp } from './find-up';

const SEPARATORS = /[\s,;./]+/u;

function plainTokens(name: string): string[] {
  return anyAscii(name.normalize('NFKC'))
    .toLowerCase()
    .replace(/['’`‘-]/g, '')
    .split(SEPARATORS)
    .map((token) => token.replace(/[^a-z0-9]/g, ''))
    .filter((token) => token.length > 0);
}

let honorifics: Set<string> | undefined;

/**
 * One-word honorifics that are also names (src/matching/reference/honorifics.yml: Sheikh, Haji, Sayyid…),
 * in the plain form below.
 */
function honorificWords(): Set<string> {
  if (!honorifics) {
    const file = findUp(join('src', 'matching', 'reference', 'honorifics.yml'), __dirname);
    const data = parse(readFileSync(file, 'utf8')) as { leading_titles: Record<string, string[]> };
    honorifics = new Set(
      Object.values(data.leading_titles)
        .flat()
        .map((word) => plainTokens(String(word)))
        .filter((tokens) => tokens.length === 1)
        .map((tokens) => tokens[0]),
    );
  }
  return honorifics;
}

/**
 * The name's words without an honorific written before the name ("Sheikh Ahmed Yassin", "HASHEMI,
 * Seyed Mohammad"): a title, which neither makes nor breaks a match, as long as two words remain. An
 * honorific among or after the names ("Mohamed Omar Haji", "Rohit Shaikh") is a name word.
 */
function withoutLeadingHonorifics(name: string): string[] {
  const parts = name.split(',').map(plainTokens);
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  let dropped = 0;
  // Leading: first in the name, or first after the comma of "SURNAME, Given".
  const kept = parts.map((part, index) => {
    if ((index === 0 || index === parts.length - 1) && part.length > 1 && honorificWords().has(part[0])) {
      if (total - dropped - 1 >= 2) {
        dropped++;
        return part.slice(1);
      }
    }
    return part;
  });
  return kept.flat();
}

/** Doubled letters collapsed: "Mohammed" = "Mohamed", "Hassan" = "Hasan", "Youssef" = "Yousef". */
function collapsed(token: string): string {
  return token.replace(/(.)\1+/g, '$1');
}

/**
 * Two words are spelling variants when they are equal once doubled letters are collapsed, or when they
 * start with the same letter and are within one edit (the shorter of 5+ letters) or two edits (7+
 * letters) of each other: "Mohammed"/"Muhammad", "Salem"/"Salim" are variants; "Hassan"/"Ghassan",
 * "Wang"/"Kang", "Omar"/"Umar" and "Hassan"/"Hussein" are not.
 */
export function spellingVariant(left: string, right: string): boolean {
  const a = collapsed(left);
  const b = collapsed(right);
  if (a === b) {
    return true;
  }
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5 || a[0] !== b[0]) {
    return false;
  }
  return distance(a, b) <= (shorter >= 7 ? 2 : 1);
}

/** Joins adjacent words of `tokens` whose concatenation is a word of `other` ("min jun" → "minjun"). */
function joinAgainst(tokens: string[], other: readonly string[]): string[] {
  const targets = new Set(other.map(collapsed));
  const out: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const joined = index + 1 < tokens.length ? tokens[index] + tokens[index + 1] : '';
    if (joined && targets.has(collapsed(joined)) && !targets.has(collapsed(tokens[index]))) {
      out.push(joined);
      index += 1;
    } else {
      out.push(tokens[index]);
    }
  }
  return out;
}

/**
 * Whether the listed name agrees with the query token for token: after transliteration to ASCII, lower
 * case, removal of hyphens and apostrophes ("Min-jun" = "Minjun", "Al-Sayed" = "Alsayed") and joining
 * adjacent words that form a word of the other name ("Min Jun" = "Minjun"), both names have the same
 * number of words and each query word pairs with its own listed word that is the same or a spelling
 * variant (see spellingVariant), in any order. A listed name with an extra or a different word does not
 * agree ("Wang Ying" vs "WANG, Guo Ying"; "Hassan Abbas" vs "ABBAS, Ghassan"). An honorific written
 * before the name is a title, not a word (see withoutLeadingHonorifics).
 */
export function agreesTokenForToken(query: string, listed: string): boolean {
  const rawLeft = withoutLeadingHonorifics(query);
  const rawRight = withoutLeadingHonorifics(listed);
  const left = joinAgainst(rawLeft, rawRight);
  const right = joinAgainst(rawRight, left);
  if (left.length !== right.length || left.length === 0) {
    return false;
  }
  const used = new Array<boolean>(right.length).fill(false);
  const assign = (position: number): boolean => {
    if (position === left.length) {
      return true;
    }
    for (let index = 0; index < right.length; index++) {
      if (!used[index] && spellingVariant(left[position], right[index])) {
        used[index] = true;
        if (assign(position + 1)) {
          return true;
        }
        used[index] = false;
      }
    }
    return false;
  };
  return assign(0);
}
