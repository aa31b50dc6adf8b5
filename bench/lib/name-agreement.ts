import anyAscii from 'any-ascii';
import { distance } from 'fastest-levenshtein';

const SEPARATORS = /[\s,;./]+/u;

function plainTokens(name: string): string[] {
  return anyAscii(name.normalize('NFKC'))
    .toLowerCase()
    .replace(/['’`‘-]/g, '')
    .split(SEPARATORS)
    .map((token) => token.replace(/[^a-z0-9]/g, ''))
    .filter((token) => token.length > 0);
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
 * agree ("Wang Ying" vs "WANG, Guo Ying"; "Hassan Abbas" vs "ABBAS, Ghassan").
 */
export function agreesTokenForToken(query: string, listed: string): boolean {
  const rawLeft = plainTokens(query);
  const rawRight = plainTokens(listed);
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
