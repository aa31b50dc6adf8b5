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

/** Arabic script (Arabic, Persian, Urdu letters). */
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f]/u;

/**
 * One word of a name as the checker reads it: its plain form, the plain forms of its hyphen-joined parts
 * ("Young-soo": young, soo), and, for a word in Arabic script, its letters read by their consonants (see
 * abjadFrame).
 */
interface Word {
  plain: string;
  parts: string[];
  frame?: string;
  /** Written with the Arabic article before it, which `plain` leaves out. */
  article?: boolean;
}

/**
 * The name's words. Since common8: an Arabic article (romanisation.yml `articles`: al, el, ad, ash…) written
 * apart or with a hyphen before a word is no word of its own ("AL NASSER", "Al-Saleem" read as "Nasser",
 * "Saleem"; Wikipedia "Arabic name": Latin spellings often leave the article out), and the Arabic script's
 * article ال before a word likewise.
 */
function nameWords(name: string): Word[] {
  const words: Word[] = [];
  let afterArticle = false;
  const raw = name
    .normalize('NFKC')
    .split(/[\s,;./]+/u)
    .filter((word) => word.length > 0);
  for (let index = 0; index < raw.length; index++) {
    const word = raw[index];
    if (ARABIC_SCRIPT.test(word)) {
      const frame = abjadFrame(word);
      if (frame) {
        words.push({ plain: plainTokens(word).join(''), parts: [], frame });
      }
      continue;
    }
    const pieces = word.split(/[-‐‑–]/u).flatMap(plainTokens);
    let article = afterArticle;
    afterArticle = false;
    while (pieces.length > 1 && articleWords().has(pieces[0])) {
      pieces.shift();
      article = true;
    }
    if (pieces.length === 0) {
      continue;
    }
    const plain = pieces.join('');
    if (
      pieces.length === 1 &&
      articleWords().has(plain) &&
      index + 1 < raw.length &&
      !ARABIC_SCRIPT.test(raw[index + 1])
    ) {
      afterArticle = true;
      continue;
    }
    words.push({ plain, parts: pieces.length > 1 ? pieces : [], article });
  }
  return words;
}

let articles: Set<string> | undefined;

/** The Arabic article's Latin spellings (src/matching/reference/romanisation.yml `articles`). */
function articleWords(): Set<string> {
  if (!articles) {
    const file = findUp(join('src', 'matching', 'reference', 'romanisation.yml'), __dirname);
    const data = parse(readFileSync(file, 'utf8')) as { articles: string[] };
    articles = new Set(data.articles.map(String));
  }
  return articles;
}

let systems: Array<Array<{ pattern: RegExp; replacement: string }>> | undefined;

/**
 * The rewrite rules of each public romanisation system (src/matching/reference/romanisation.yml `rules`:
 * Wade–Giles against pinyin, the Cyrillic systems, Korean Revised against McCune–Reischauer, Arabic and
 * Persian long vowels), one list a system, in the file's order.
 */
function romanisationSystems(): Array<Array<{ pattern: RegExp; replacement: string }>> {
  if (!systems) {
    const file = findUp(join('src', 'matching', 'reference', 'romanisation.yml'), __dirname);
    const data = parse(readFileSync(file, 'utf8')) as { rules: Array<{ system: string; from: string; to: string }> };
    const bySystem = new Map<string, Array<{ pattern: RegExp; replacement: string }>>();
    for (const rule of data.rules) {
      const list = bySystem.get(rule.system) ?? [];
      list.push({ pattern: new RegExp(rule.from, 'g'), replacement: rule.to });
      bySystem.set(rule.system, list);
    }
    systems = [...bySystem.values()];
  }
  return systems;
}

/**
 * Since common8: two words that one romanisation system writes alike ("Zhu"/"Chu", "Young"/"Yong",
 * "Nour"/"Noor", "Said"/"Saeed", "Reem"/"Rim", "Aleksey"/"Alexey", "Yevgeny"/"Evgeny") are two spellings
 * of one name: each system's rules of romanisation.yml applied in turn to both give one form. Rules of two
 * systems are never mixed ("Yan"/"Jian" stay apart).
 */
export function romanisationVariant(left: string, right: string): boolean {
  if (left === right) {
    return true;
  }
  return romanisationSystems().some((rules) => {
    let a = left;
    let b = right;
    for (const rule of rules) {
      a = a.replace(rule.pattern, rule.replacement);
      b = b.replace(rule.pattern, rule.replacement);
    }
    return collapsed(a) === collapsed(b);
  });
}

/** Arabic-script letters for a word's first vowel: alef (with or without hamza or madda), a hamza alone, ع. */
const FIRST_VOWEL_LETTER = /^[\u0621-\u0625\u0627\u0639\u0671]/u;

/**
 * Since common8: an Arabic-script word read by its letters: the article ال dropped; a first alef, hamza or
 * ع written "_" (Arabic writes one before a first vowel); the hamza and ع elsewhere, alef and a final ة
 * left out (most Latin spellings write them as a vowel or not at all); و and ي kept (w, y: a consonant or a
 * long vowel). "رستمی" gives "rstmy", "نبيل" "nbyl", "الحسن" "hsn", "أحمد" "_hmd", "حسين" "hsyn".
 */
function abjadFrame(word: string): string | undefined {
  const bare = word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
  const first = FIRST_VOWEL_LETTER.test(bare) ? '_' : '';
  let read = anyAscii(bare).toLowerCase().replace(/['`’]/g, '').replace(/[aiu]/g, '');
  if (bare.endsWith('ة')) {
    read = read.replace(/h$/, '');
  }
  return read.length > 0 ? first + collapsed(read) : undefined;
}

/**
 * A Latin word's letters as abjadFrame reads the script, as a pattern: consonants as written; a first vowel
 * "_"; a long vowel's spellings ("ee", "ei", "ai", "ay", "ey"; "oo", "ou", "au", "aw", "ow") and a last i, y
 * or u the letter Arabic writes for it (y, w); another i or e, o or u a y or w that may be written or not
 * (Arabic writes long vowels only); a and a last e or o nothing. "Hussein" reads حسين, not حسن; "Hamza" not
 * الحمزي; "Ahmed" أحمد, not حامد.
 */
function latinFramePattern(word: string): RegExp {
  const single = collapsed(word);
  let pattern = '';
  let index = 0;
  if (/^[aeiou]/.test(single)) {
    pattern = '_';
    index = single.match(/^[aeiou]+/)?.[0].length ?? 0;
  }
  while (index < single.length) {
    const rest = single.slice(index);
    const long = /^(ee|ei|ai|ay|ey|iy)/.test(rest) ? 'y' : /^(oo|ou|au|aw|ow|uw)/.test(rest) ? 'w' : '';
    if (long) {
      pattern += long;
      index += 2;
      continue;
    }
    const letter = single[index];
    const last = index === single.length - 1;
    if (letter === 'i' || (letter === 'y' && last)) {
      pattern += last ? 'y' : 'y?';
    } else if (letter === 'u') {
      pattern += last ? 'w' : 'w?';
    } else if (letter === 'e') {
      pattern += last ? '' : 'y?';
    } else if (letter === 'o') {
      pattern += last ? '' : 'w?';
    } else if (letter !== 'a') {
      pattern += letter;
    }
    index += 1;
  }
  return new RegExp(`^${pattern}$`);
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
function withoutLeadingHonorifics(name: string): Word[] {
  const parts = name.split(',').map(nameWords);
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  let dropped = 0;
  // Leading: first in the name, or first after the comma of "SURNAME, Given".
  const kept = parts.map((part, index) => {
    if ((index === 0 || index === parts.length - 1) && part.length > 1 && honorificWords().has(part[0].plain)) {
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

/** A word ending in a consonant and then i or y (the nisba "-i"), and one ending in a consonant. */
const NISBA_END = /[bcdfgklmnpqrstvxz][iy]$/;
const CONSONANT_END = /[bcdfgklmnpqrstvxz]$/;

/**
 * Two plain words: spellings of one name (spellingVariant) or romanisations of one (romanisationVariant).
 * Since common8, never a word ending in a consonant and one ending in a consonant and "-i" or "-y" ("Ahmad" /
 * "Ahmadi", "Soleyman" / "Soleymani"): the nisba of Arabic, Persian and Urdu surnames makes another name
 * (Wikipedia "Nisba (onomastics)"), though the two are one edit apart.
 */
function plainAgree(left: string, right: string): boolean {
  const a = collapsed(left);
  const b = collapsed(right);
  if ((NISBA_END.test(a) && CONSONANT_END.test(b)) || (NISBA_END.test(b) && CONSONANT_END.test(a))) {
    return false;
  }
  return spellingVariant(left, right) || romanisationVariant(left, right);
}

/**
 * Two words of the two names: plain words by plainAgree, a hyphen-joined word also part by part in order
 * ("Young-soo" / "Yong Su" once joined); an Arabic-script word against a Latin one by their consonant frames,
 * two Arabic-script words by theirs.
 */
function wordsAgree(left: Word, right: Word): boolean {
  if (left.frame !== undefined && right.frame !== undefined) {
    return left.frame === right.frame;
  }
  if (left.frame !== undefined || right.frame !== undefined) {
    const script = (left.frame ?? right.frame) as string;
    return latinFramePattern(left.frame === undefined ? left.plain : right.plain).test(script);
  }
  if (!!left.article !== !!right.article) {
    // A word with the article agrees with the same word without it as written or romanised, not through a
    // further edit ("Al-Sharia" is no spelling of "Shazia").
    return collapsed(left.plain) === collapsed(right.plain) || romanisationVariant(left.plain, right.plain);
  }
  if (plainAgree(left.plain, right.plain)) {
    return true;
  }
  return (
    left.parts.length > 1 &&
    left.parts.length === right.parts.length &&
    left.parts.every((part, index) => plainAgree(part, right.parts[index]))
  );
}

/**
 * Joins adjacent words of `words` whose concatenation is a word of `other` ("min jun" → "minjun"), or that
 * pair in order with the parts of a hyphen-joined word of `other` ("yong su" against "Young-soo"; not "jong
 * un" against "Eun-jung").
 */
function joinAgainst(words: Word[], other: readonly Word[]): Word[] {
  const targets = new Set(other.map((word) => collapsed(word.plain)));
  const hyphenated = other.filter((word) => word.parts.length > 1);
  const out: Word[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    const next = words[index + 1];
    const joined = next && word.frame === undefined && next.frame === undefined ? word.plain + next.plain : '';
    if (joined && targets.has(collapsed(joined)) && !targets.has(collapsed(word.plain))) {
      out.push({ plain: joined, parts: [word.plain, next.plain] });
      index += 1;
      continue;
    }
    const run = hyphenated.find(
      (target) =>
        index + target.parts.length <= words.length &&
        !targets.has(collapsed(word.plain)) &&
        target.parts.every((part, offset) => {
          const candidate = words[index + offset];
          return candidate.frame === undefined && candidate.parts.length === 0 && plainAgree(candidate.plain, part);
        }),
    );
    if (run) {
      const parts = words.slice(index, index + run.parts.length).map((candidate) => candidate.plain);
      out.push({ plain: parts.join(''), parts });
      index += run.parts.length - 1;
      continue;
    }
    out.push(word);
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
 * before the name is a title, not a word (see withoutLeadingHonorifics). Since common8 (the stated rules
 * above): an Arabic article before a word is no word ("Al-Sayed" = "Sayed"), two romanisations of one
 * name under one system agree, a hyphen-joined given name agrees part by part in order with its parts
 * written apart, and an Arabic-script word is read by its consonant frame.
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
      if (!used[index] && wordsAgree(left[position], right[index])) {
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
