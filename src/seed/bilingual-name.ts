/**
 * Reading the "English (中文)" names of the China Defence Universities Tracker.
 *
 * The tracker writes most names as an English name followed by the Chinese name in brackets, but
 * not uniformly: full-width brackets, brackets nested inside the Chinese part ("(… (B类))"), a
 * missing closing bracket, several Chinese variants separated by "/", " or " or ";", an acronym
 * inside the brackets ("(XJTLU, 西交利物浦大学)"), and "aka" / "now known as" clauses. This module
 * turns one such string into a display name plus the aliases it contains.
 */

export interface BilingualName {
  /** The English name where there is one, else the Chinese name. */
  name: string;
  /** Chinese names, acronyms and alternative names found in the text, without the name itself. */
  aliases: string[];
}

const HAN_CHARACTER = /\p{Script=Han}/u;
const OPENING_BRACKETS = new Set(['(', '（']);
const CLOSING_BRACKETS = new Set([')', '）']);
const ALSO_KNOWN_AS = /,?\s+(?:also known as|a\.k\.a\.?|aka)\s+(?:the\s+)?/i;
const TRAILING_ALSO_KNOWN_AS = /^[,;]?\s*(?:now known as|also known as|a\.k\.a\.?|aka)\s+(?:the\s+)?/i;
const ACRONYM = /^[A-Z][A-Za-z0-9&.-]{1,11}$/;
/** A slash splits two Chinese names only when both sides are names, not "微米/纳米". */
const MINIMUM_SLASH_PART_LENGTH = 3;

export function containsHan(text: string): boolean {
  return HAN_CHARACTER.test(text);
}

/** Collapses white space (the data has double spaces and trailing newlines) and normalises to NFC. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function parseBilingualName(text: string): BilingualName {
  const cleaned = cleanText(text);
  const firstHan = cleaned.search(HAN_CHARACTER);
  if (firstHan === -1) {
    return withUniqueAliases(splitAlsoKnownAs(cleaned));
  }
  const opening = findOpeningBracketBefore(cleaned, firstHan);
  if (opening === -1) {
    // Chinese without brackets: the whole text is the name ("西安电子科大金讯科技有限责任公司").
    return { name: cleaned, aliases: [] };
  }
  const closing = findMatchingClosingBracket(cleaned, opening);
  const english = cleaned
    .slice(0, opening)
    .trim()
    .replace(/[,;]\s*$/, '');
  const bracketed = cleaned.slice(opening + 1, closing === -1 ? undefined : closing);
  const trailing = closing === -1 ? '' : cleaned.slice(closing + 1).trim();

  const chineseAndAcronyms = splitVariants(bracketed);
  const fromTrailing = parseTrailingAlsoKnownAs(trailing);
  if (english === '') {
    const [first = cleaned, ...rest] = chineseAndAcronyms;
    return withUniqueAliases({ name: first, aliases: [...rest, ...fromTrailing] });
  }
  const englishParts = splitAlsoKnownAs(english);
  return withUniqueAliases({
    name: englishParts.name,
    aliases: [...chineseAndAcronyms, ...englishParts.aliases, ...fromTrailing],
  });
}

/**
 * Splits a supervising agency such as "Ministry of Fisheries (MOF)" or "China North Industries
 * Group (Norinco Group)" into its name and the bracketed short name, if any.
 */
export function parseAgencyName(text: string): { name: string; shortName: string | null } {
  const cleaned = cleanText(text);
  const match = /^(.*?)\s*[(（]([^()（）]+)[)）]$/.exec(cleaned);
  if (match === null || match[1] === '') {
    return { name: cleaned, shortName: null };
  }
  return { name: match[1], shortName: match[2].trim() };
}

function findOpeningBracketBefore(text: string, position: number): number {
  for (let index = position - 1; index >= 0; index -= 1) {
    if (CLOSING_BRACKETS.has(text[index])) {
      return -1;
    }
    if (OPENING_BRACKETS.has(text[index])) {
      return index;
    }
  }
  return -1;
}

/** Returns -1 when the bracket is never closed (one tracker entry lacks its closing bracket). */
function findMatchingClosingBracket(text: string, opening: number): number {
  let depth = 0;
  for (let index = opening; index < text.length; index += 1) {
    if (OPENING_BRACKETS.has(text[index])) {
      depth += 1;
    } else if (CLOSING_BRACKETS.has(text[index])) {
      depth -= 1;
      if (depth === 0) {
        return index;
      }
    }
  }
  return -1;
}

/** Keeps the Chinese names and acronyms of a bracketed part; drops remarks such as "located in Shenzhen". */
function splitVariants(bracketed: string): string[] {
  return bracketed
    .split(/\s+or\s+|;|,\s*|，/)
    .flatMap((part) => splitOnSlashes(part))
    .map((part) => part.trim())
    .filter((part) => part !== '' && (containsHan(part) || ACRONYM.test(part)));
}

function splitOnSlashes(part: string): string[] {
  const pieces = part.split(/\s*[/／]\s*/).map((piece) => piece.trim());
  return pieces.every((piece) => piece.length >= MINIMUM_SLASH_PART_LENGTH) ? pieces : [part];
}

function splitAlsoKnownAs(english: string): BilingualName {
  const [name, ...aliases] = english
    .split(ALSO_KNOWN_AS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  return { name: name ?? english, aliases };
}

function parseTrailingAlsoKnownAs(trailing: string): string[] {
  if (!TRAILING_ALSO_KNOWN_AS.test(trailing)) {
    return [];
  }
  return trailing
    .replace(TRAILING_ALSO_KNOWN_AS, '')
    .split(/\s+or\s+/)
    .flatMap((part) => {
      const parsed = parseBilingualName(part);
      return [parsed.name, ...parsed.aliases];
    });
}

function withUniqueAliases(parsed: BilingualName): BilingualName {
  const seen = new Set([normaliseNameKey(parsed.name)]);
  const aliases: string[] = [];
  for (const alias of parsed.aliases) {
    const key = normaliseNameKey(alias);
    if (key !== '' && !seen.has(key)) {
      seen.add(key);
      aliases.push(alias);
    }
  }
  return { name: parsed.name, aliases };
}

/** The comparison key for names: case, width, apostrophe style and punctuation do not matter. */
export function normaliseNameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
