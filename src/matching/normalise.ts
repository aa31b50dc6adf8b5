import { tableWordSpelt } from './misspelt-table-words';
import { BoundedMemo } from '../common/collections';
import { ARABIC_MARKS } from './abjad-reading';
import { simplifiedHanCharacter } from './cjk-syllables';
import {
  findLongestPhrases,
  findPhrases,
  getReferenceData,
  systemWord,
  tokenKey,
  type TrieNode,
} from './reference-data';
import {
  asciiForm,
  HEBREW_WORD,
  HYPHENATED_ACRONYMS,
  makeTokenInfo,
  romanToNumber,
  Script,
  SCRIPT_NAMES,
  tokeniseRaw,
  type RawToken,
  type TokenInfo,
} from './tokenise';

/** What a token is in its name. Stored as one byte per token in the candidate index. */
export const Kind = {
  /** An ordinary name word: carries the identity. */
  Name: 0,
  Number: 1,
  /** Organisation-class word (university, institute, company…): shared by many names, discounted. */
  Class: 2,
  Legal: 3,
  Stop: 4,
  Title: 5,
  Particle: 6,
  Initial: 7,
  /** A word written as an acronym ("NUDT", "A.B.C."): compared exactly. */
  Acronym: 8,
  /** Part of a named body the reference data lists with translations (PLA, IRGC…). */
  NamedBody: 9,
  /** A word that places or describes an organisation without changing which it is (campus, a trailing city). */
  Qualifier: 10,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

export const KIND_NAMES = [
  'name',
  'number',
  'class',
  'legal',
  'stop',
  'title',
  'particle',
  'initial',
  'acronym',
  'named-body',
  'qualifier',
] as const;

export type NameMode = 'person' | 'org' | 'object';

const PERSON_SCHEMAS = new Set(['person']);
const OBJECT_SCHEMAS = new Set(['vessel', 'airplane', 'aircraft', 'vehicle', 'asset', 'security', 'cryptowallet']);

/** A name whose first word is written in capital letters only ("QX Bank"), not "GmbH" nor "Qx". */
const FIRST_WORD_IN_CAPITALS = /^[^\p{L}\p{N}]*\p{Lu}{2,}(?![\p{L}\p{N}.])/u;

/** Whether `word` stands in `raw` as a word of its own written in small letters with a full stop after it ("im."). */
function abbreviatedInRaw(raw: string, word: string): boolean {
  for (let at = raw.indexOf(word + '.'); at >= 0; at = raw.indexOf(word + '.', at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(raw[at - 1])) {
      return true;
    }
  }
  return false;
}

export function modeOfSchema(schema: string | undefined): NameMode {
  const key = (schema ?? '').toLowerCase();
  if (PERSON_SCHEMAS.has(key)) {
    return 'person';
  }
  if (OBJECT_SCHEMAS.has(key)) {
    return 'object';
  }
  return 'org';
}

/** A name ready for comparison: its word forms, what each is, and a tag (class set, legal form, particle). */
export interface PreparedName {
  raw: string;
  mode: NameMode;
  tokens: TokenInfo[];
  kinds: ArrayLike<number>;
  tags: ArrayLike<number>;
  /**
   * Facts of the whole name the matcher asks of every comparison, filled on first use (see name-matcher.ts
   * `comparablePlaces`, `ownAcronymPlaces`): a name's words, kinds and tags never change once prepared.
   */
  comparable?: readonly number[];
  ownAcronyms?: readonly number[];
}

/** Resolves a word form to its shared facts; the candidate index interns, queries use a small cache. */
export type TokenResolver = (orig: string) => TokenInfo;

const QUERY_CACHE_LIMIT = 200_000;
const queryCache = new BoundedMemo<string, TokenInfo>(QUERY_CACHE_LIMIT);

export const cachedToken: TokenResolver = (orig) => queryCache.get(orig, makeTokenInfo);

/** The class groups of a class word's tag (its class-set number in the reference data). */
export function classSetOf(tag: number): number[] {
  return getReferenceData().classSets[tag] ?? [];
}

function keysOf(tokens: TokenInfo[]): string[] {
  // (A Chinese character in its simplified form since rules 1.133.0, as the tables' words are: 電気 is 电气.)
  return tokens.map((token) =>
    token.script === Script.Latin || token.script === Script.Digits
      ? token.text
      : token.script === Script.Han
        ? simplifiedHanCharacter(token.orig)
        : token.orig,
  );
}

/**
 * Since rules 1.16.0: an organisation's word in Arabic script is looked up without its marks, and one written
 * with the article or an attached particle ("للعلوم", "والتكنولوجيا", "الجامعة") is read as the class or field
 * word left without them (org_words.yml abjad_class_words, abjad_deciding_words, abjad_proclitics). A name word
 * keeps its particles: the abjad reading takes the article off itself, and a particle may begin a name. Since rules
 * 1.50.0 a Hebrew word too ("והאוניברסיטה", "בירושלים").
 */
function readAbjadClassWords(tokens: TokenInfo[], keys: string[], resolve: TokenResolver): void {
  const reference = getReferenceData();
  tokens.forEach((token, index) => {
    if (token.script !== Script.Arabic && !HEBREW_WORD.test(token.orig)) {
      return;
    }
    const bare = token.orig.replace(ARABIC_MARKS, '');
    const proclitic = reference.abjadWords.has(bare)
      ? ''
      : reference.abjadProclitics.find(
          (particle) =>
            bare.startsWith(particle) &&
            bare.length >= particle.length + 2 &&
            reference.abjadWords.has(bare.slice(particle.length)),
        );
    if (proclitic !== undefined) {
      const word = bare.slice(proclitic.length);
      tokens[index] = resolve(word);
      keys[index] = word;
    } else if (bare !== token.orig && bare.length > 0) {
      keys[index] = bare;
    }
  });
}

/** A word of one small letter ("i" in "Rovira i Virgili"). */
const SMALL_SINGLE_LETTER = /(?<![\p{L}\p{N}'’])\p{Ll}(?![\p{L}\p{N}'’])/gu;
const CONSONANTS_ONLY = /^[b-df-hj-np-tv-xz]{2,5}$/;
const SHORT_WORD = /^[a-z]{2,3}$/;
const PARENT_LED_ACRONYM = /^[a-z]{3,6}$/;
/** A mark on a letter (an umlaut, an accent), once the letter is decomposed. */
const MARKED = /\p{M}/u;
/** A word of an Indic script (Devanagari to Sinhala), whose class words are one written word each. */
const INDIC_WORD = /^[\u0900-\u0dff]/u;

/** The Thai block: a word written without spaces between words (its first letter, a consonant or a preposed vowel). */
const THAI_FIRST = 0x0e01;
const THAI_LAST = 0x0e7f;
/** Since rules 1.90.0: the Khmer block, written without spaces between words as Thai is. */
const KHMER_FIRST = 0x1780;
const KHMER_LAST = 0x17ff;

/**
 * Since rules 1.59.0: a Thai word (since rules 1.90.0 also a Khmer one) that begins with class or field words (org_words.yml unspaced_class_words), one after
 * another, or ends with one, with letters besides, is those words and the rest ("<university><technology><place>"):
 * Thai writes no space between words. Other words, and words of other scripts, as they are (one look at the first letter).
 */
function splitUnspacedClassWords(rawTokens: RawToken[], words: string[]): RawToken[] {
  if (words.length === 0 || !rawTokens.some(thaiToken)) {
    return rawTokens;
  }
  return rawTokens.flatMap((token) => {
    if (!thaiToken(token)) {
      return [token];
    }
    const front: string[] = [];
    let rest = token.orig;
    for (let word = leadingWord(rest, words); word; word = leadingWord(rest, words)) {
      front.push(word);
      rest = rest.slice(word.length);
    }
    const end = words.find((word) => rest.length > word.length && rest.endsWith(word));
    const pieces = end ? [...front, rest.slice(0, rest.length - end.length), end] : [...front, rest];
    if (pieces.length === 1) {
      return [token];
    }
    // The flags of the written word (a hyphen after it) stay with its last piece.
    return pieces.map((orig, index) =>
      index === pieces.length - 1 ? { ...token, orig } : { orig, acronym: false, dotted: false },
    );
  });
}

function thaiToken(token: RawToken): boolean {
  const first = token.orig.charCodeAt(0);
  return (first >= THAI_FIRST && first <= THAI_LAST) || (first >= KHMER_FIRST && first <= KHMER_LAST);
}

/** The longest of `words` that `text` begins with, when letters follow it. */
function leadingWord(text: string, words: string[]): string | undefined {
  return words.find((word) => text.length > word.length && text.startsWith(word));
}

/** Most words of an all-capitals name whose words of one vowel are read as acronyms beside another acronym. */
const ACRONYM_RUN_WORDS = 3;
/** Four or five letters with exactly one vowel ("IMCS", "GOSV"). */
const ONE_VOWEL_ACRONYM = /^(?=[a-z]{4,5}$)[^aeiouy]*[aeiouy][^aeiouy]*$/;

/** One word of capitals and digits alone in brackets at the end of a name: "… (QTIC)". */
export const BRACKETED_LAST_WORD = /[(（]\s*(\p{Lu}[\p{Lu}\p{Nd}]{1,9})\s*[)）]\s*$/u;

/** Most letters one word gives a spelt acronym: its initial, or two ("CO" of "Company"). */
const SPELLING_PIECE = 2;

/**
 * Whether `letters` spell `words` in order, each piece the first letter or two of a word: the first piece the first
 * word's, the last the last word's, words between them skipped or not ("qtic": Quarrow Tidal Insurance
 * Corporation; "petco": Pellby Eastern Trading COmpany; "qtc": Quarrow Marsh and Quarrow Tidal Centre). A place in
 * brackets ("Pellby") spells no name's words so. Letters only.
 */
export function spellsWords(letters: string, words: readonly TokenInfo[]): boolean {
  const texts = words.map((word) => word.text).filter((text) => /^[a-z]+$/.test(text));
  if (!/^[a-z]+$/.test(letters) || texts.length < 2) {
    return false;
  }
  // From piece start `at` in the letters and word `word` (that must begin the piece): can the rest be spelt?
  const memo = new Map<number, boolean>();
  const spell = (at: number, word: number): boolean => {
    const key = at * texts.length + word;
    const known = memo.get(key);
    if (known !== undefined) {
      return known;
    }
    let found = false;
    const text = texts[word];
    for (let length = 1; !found && length <= SPELLING_PIECE && at + length <= letters.length; length++) {
      if (length > text.length || letters[at + length - 1] !== text[length - 1]) {
        break;
      }
      if (at + length === letters.length) {
        found = word === texts.length - 1;
      } else {
        for (let next = word + 1; !found && next < texts.length; next++) {
          found = spell(at + length, next);
        }
      }
    }
    memo.set(key, found);
    return found;
  };
  return spell(0, 0);
}

/**
 * Whether `letters` (three or more) are initials of the words before them in another order or with words skipped at the
 * end (since rules 1.217.0): the first letter the first word's, each other letter the initial of another word, each
 * word giving one ("pmri": People's Resistance Movement of Iran, "gti": Global Technology Import & Export, S.A.). A
 * list's own bracketed acronym is the body's whatever the order of its letters: it may stand for the name in another
 * language, or leave out the words after a legal form or a comma.
 */
export function initialsInAnyOrder(letters: string, words: readonly TokenInfo[]): boolean {
  const initials = words
    .map((word) => word.text)
    .filter((text) => /^[a-z]+$/.test(text))
    .map((text) => text[0]);
  if (!/^[a-z]{3,}$/.test(letters) || letters.length > initials.length || letters[0] !== initials[0]) {
    return false;
  }
  const left = initials.slice(1);
  for (const letter of letters.slice(1)) {
    const at = left.indexOf(letter);
    if (at < 0) {
      return false;
    }
    left.splice(at, 1);
  }
  return true;
}

/** A person's word written as initials of separate names ("J.-C.", "N.N.", "JC"), see `prepareName`. */
function writtenInitials(token: RawToken): boolean {
  return token.acronym && token.orig.length <= 3 && (token.dotted || !/[aeiouy]/.test(token.orig));
}

/**
 * Prepares a name for comparison: tokenised, transliterated, and each token classified
 * (legal form, class word, stopword, title, particle, initial, number, name).
 */
export function prepareName(raw: string, mode: NameMode, resolve: TokenResolver = cachedToken): PreparedName {
  if (resolve !== cachedToken) {
    return prepareNameWith(raw, mode, resolve);
  }
  let known = preparedWithCachedWords.get(mode);
  if (known === undefined) {
    known = new BoundedMemo<string, PreparedName>(PREPARED_NAMES_KEPT);
    preparedWithCachedWords.set(mode, known);
  }
  return known.get(raw, (text) => prepareNameWith(text, mode, cachedToken));
}

/**
 * Names prepared with the query words' cache (`cachedToken`), by mode and text: the resolution's checks prepare
 * the screened name again for each candidate they ask about, and the candidates' names again for each query
 * (class-word-swap.ts, given-name-conflict.ts, query-own-words.ts…, and `prepareParty` for the listed pairs), each
 * time the same answer. A prepared name never changes once made (its words, kinds and tags; the facts kept on it
 * are its own), and `cachedToken`'s words are the same words whatever object holds them (the matcher's caches that
 * key by object only remember answers), so a name prepared before is the answer. Forgotten at PREPARED_NAMES_KEPT
 * a mode, as BoundedMemo does. A candidate index's own resolver (`intern`, `lookup`) is never remembered here.
 */
const preparedWithCachedWords = new Map<NameMode, BoundedMemo<string, PreparedName>>();
const PREPARED_NAMES_KEPT = 20_000;

function prepareNameWith(raw: string, mode: NameMode, resolve: TokenResolver): PreparedName {
  const reference = getReferenceData();
  let rawTokens = tokeniseRaw(raw);
  if (mode !== 'person') {
    rawTokens = splitUnspacedClassWords(rawTokens, reference.unspacedClassWords);
  }
  if (mode === 'person') {
    // A person's "D'Angelo" is one name word, as it was written.
    if (rawTokens.some((token) => token.elided)) {
      rawTokens = rawTokens.flatMap((token, index) =>
        token.elided
          ? []
          : index > 0 && rawTokens[index - 1].elided
            ? [{ ...token, orig: rawTokens[index - 1].orig + token.orig }]
            : [token],
      );
    }
    const comma = raw.indexOf(',');
    if (comma > 0 && raw.indexOf(',', comma + 1) < 0) {
      // "SURNAME, Given" → "Given SURNAME".
      const before = tokeniseRaw(raw.slice(0, comma)).length;
      rawTokens = [...rawTokens.slice(before), ...rawTokens.slice(0, before)];
    }
    // Written initials ("J.-C.", "N.N.", "JC") are initials of separate names; a capitalised short name
    // with a vowel ("HLA", "WEI" in "WEI, Chao") is a name, not initials.
    if (rawTokens.some(writtenInitials)) {
      rawTokens = rawTokens.flatMap((token) =>
        writtenInitials(token)
          ? [...token.orig].map((letter) => ({ orig: letter, acronym: false, dotted: false }))
          : [token],
      );
    }
  }
  const tokens: TokenInfo[] = [];
  const acronym: boolean[] = [];
  const hyphenNext: boolean[] = [];
  // Words written as acronyms ("A.B.C.", "NUDT" among small letters), not only read as one in capitals.
  const writtenAcronym: boolean[] = [];
  // Letters joined by an ampersand ("A&T"): initials, never a function word nor a legal form.
  const joined: boolean[] = [];
  // Chinese characters and Hangul syllables written inside a word of several (since rules 1.30.0).
  const inRun: boolean[] = [];
  // The last of them in its word (since rules 1.34.0).
  const runEnd: boolean[] = [];
  // In a name written all in capitals, a word without a vowel ("NOAA GML") can only be an acronym, and a
  // word of two or three letters ("NPS SWAN", "UC CDB") is read as one.
  const allCapitals = mode !== 'person' && /\p{Lu}/u.test(raw) && !/\p{Ll}/u.test(raw);
  for (const token of rawTokens) {
    const info = resolve(token.orig);
    if (info.text.length === 0 && !info.isSyllable) {
      continue;
    }
    tokens.push(info);
    hyphenNext.push(token.hyphenNext === true);
    writtenAcronym.push(token.acronym);
    joined.push(token.joined === true);
    inRun.push(token.inRun === true);
    runEnd.push(token.runEnd === true);
    const latinCapitals = allCapitals && info.script === Script.Latin;
    acronym.push(token.acronym || (latinCapitals && (CONSONANTS_ONLY.test(info.text) || SHORT_WORD.test(info.text))));
  }
  // "Cargo Link Cmpany", "Limited Liabiliity Company" (since rules 1.222.0): an organisation's word that misspells
  // one legal-form or class word by one slip, and that no table knows, is read as that word (`tableWordSpelt`).
  if (mode === 'org') {
    tokens.forEach((token, index) => {
      const spelt = writtenAcronym[index] || joined[index] ? undefined : tableWordSpelt(token);
      if (spelt !== undefined) {
        tokens[index] = resolve(spelt);
      }
    });
  }
  // "UC NICIF", "NPS SWAN": in a two-word all-capitals name led by an acronym (a parent body or place),
  // the second word is the acronym that names the body.
  if (
    allCapitals &&
    tokens.length === 2 &&
    acronym[0] &&
    !acronym[1] &&
    tokens[1].script === Script.Latin &&
    PARENT_LED_ACRONYM.test(tokens[1].text)
  ) {
    acronym[1] = true;
  }
  // "IMCS UL", "QRHM GOSV TRC": in a short all-capitals name that already holds an acronym, a word of four
  // or five letters with one vowel is one too (as written it could be a word, among acronyms it is not).
  // A class word or legal form of one word ("CO", "LLC") is no such acronym (since rules 1.113.0): in
  // "GOLDEN STAR CO" the word "STAR" stays a word.
  const legalWord = (index: number) =>
    reference.legalTrie.next.get(tokens[index].text)?.value !== undefined ||
    reference.classTrie.next.get(tokens[index].text)?.value !== undefined;
  if (
    allCapitals &&
    tokens.length <= ACRONYM_RUN_WORDS &&
    acronym.some((isAcronym, index) => isAcronym && !legalWord(index))
  ) {
    tokens.forEach((token, index) => {
      if (token.script === Script.Latin && ONE_VOWEL_ACRONYM.test(token.text)) {
        acronym[index] = true;
      }
    });
  }
  // "QUARROW TIDAL INSURANCE CORPORATION (QTIC)", "PELLBY EASTERN TRADING COMPANY (PETCO)" (since rules 1.211.0): in
  // a name written all in capitals, one word in brackets at its end that spells the words before it (`spellsWords`)
  // is the body's acronym as the list writes it, as it is among small letters, not a place or branch in brackets. Since
  // rules 1.217.0 also one whose letters are the words' initials in another order or with the last words left out
  // (`initialsInAnyOrder`: "… MOVEMENT OF IRAN (PMRI)", "… IMPORT & EXPORT, S.A. (GTI)").
  // The bracketed acronym so read is the body's own after a legal form and a comma too ("…, S.A. (GTI)"), not a place of
  // its address (below; since rules 1.217.0).
  const lastWord = tokens.length - 1;
  const ownBracketedAcronym =
    allCapitals &&
    lastWord >= 2 &&
    tokens[lastWord].script === Script.Latin &&
    !legalWord(lastWord) &&
    !reference.countryNames.has(tokens[lastWord].text) &&
    BRACKETED_LAST_WORD.exec(raw)?.[1].toLowerCase() === tokens[lastWord].orig.toLowerCase() &&
    (spellsWords(tokens[lastWord].text, tokens.slice(0, lastWord)) ||
      initialsInAnyOrder(tokens[lastWord].text, tokens.slice(0, lastWord)))
      ? lastWord
      : -1;
  if (ownBracketedAcronym >= 0) {
    acronym[lastWord] = true;
  }
  const count = tokens.length;
  const kinds = new Array<number>(count).fill(-1);
  const tags = new Array<number>(count).fill(0);
  const keys = keysOf(tokens);
  if (mode === 'org') {
    readAbjadClassWords(tokens, keys, resolve);
  }
  const mark = (start: number, end: number, kind: Kind, tag: number) => {
    for (let index = start; index < end; index++) {
      if (kinds[index] < 0) {
        kinds[index] = kind;
        tags[index] = tag;
      }
    }
  };

  // Where a company's address after its legal form begins (`count`: none).
  let addressFrom = count;
  // Where a trailing country's name after a comma, a dash or in brackets begins (`count`: none).
  let countryFrom = count;
  if (mode === 'person') {
    for (const hit of findPhrases(keys, reference.personTitleTrie)) {
      mark(hit.start, hit.end, Kind.Title, 0);
    }
    markLeadingTitles(keys, kinds, reference.leadingTitleTrie);
    for (const hit of findPhrases(keys, reference.particleTrie)) {
      // A particle alone is a name ("Abu" as a nickname), and a title may not eat the whole name.
      if (hit.end - hit.start < count) {
        mark(hit.start, hit.end, Kind.Particle, hit.value);
      }
    }
  } else {
    const stopwords = mode === 'org' ? reference.orgStopwords : reference.objectPrefixes;
    if (mode === 'object') {
      // "M/V Quarrow Star", "MT Quarrow Star": a ship prefix before the name is no word of it.
      const prefix = reference.vesselPrefixes.find(
        (words) => words.length < count && words.every((word, index) => keys[index] === word),
      );
      prefix?.forEach((_, index) => (kinds[index] = Kind.Stop));
    }
    // "Rovira i Virgili" (Catalan "and") but "Paris I Panthéon" (a numeral): a one-letter function word
    // that is also a Roman numeral is one only when written in small letters.
    // (Read only for a one-letter word that is a Roman numeral.)
    let smallSingles: Set<string> | undefined;
    // "Quarrow Dell, Harbourville" (since rules 1.87.0): the word before a last comma closes the name as a last word
    // does; the segment after the comma places it.
    const beforeComma = mode === 'org' && raw.includes(',') ? lastWordBeforeComma(raw, count) : -1;
    for (let index = 0; index < count; index++) {
      if (kinds[index] >= 0) {
        continue;
      }
      const key = keys[index];
      const numeralOrInitial =
        key.length === 1 &&
        count > 1 &&
        (index === count - 1 ||
          (romanToNumber(key) !== undefined &&
            !(smallSingles ??= new Set(raw.match(SMALL_SINGLE_LETTER) ?? [])).has(key)));
      // A function word written last is a word of the name: "Dakota del Sur" (Spanish "south"), not
      // French "sur" ("… de Recherche sur les …").
      const lastWord =
        mode === 'org' && count > 1 && (index === count - 1 || (index === beforeComma && index > 0)) && key.length > 1;
      // "Universitatea din Tarvel" (since rules 1.70.0): a word of small_function_words written in small letters,
      // apart, between words and not after a function word ("Nur al Din", "Salah al-din" keep it), unless it is an
      // article that follows a preposition (small_function_articles, since rules 1.171.0: "Alleanza Contro il …").
      const smallFunctionWord =
        mode === 'org' &&
        index > 0 &&
        index < count - 1 &&
        (kinds[index - 1] !== Kind.Stop || reference.smallFunctionArticles.has(key)) &&
        reference.smallFunctionWords.has(key) &&
        tokens[index].orig === tokens[index].orig.toLowerCase() &&
        new RegExp(`\\s${tokens[index].orig}\\s`, 'u').test(raw);
      // "CETC 10th Research Institute" (since rules 1.154.0): a number written in digits is never a function word,
      // although a function word's key may be a number's ("ten", Dutch "at the", is read as 10).
      const writtenInDigits = /\d/.test(tokens[index].orig);
      if (
        (stopwords.has(key) || smallFunctionWord) &&
        !numeralOrInitial &&
        !lastWord &&
        !joined[index] &&
        !writtenInDigits
      ) {
        kinds[index] = Kind.Stop;
      } else if (index > 0 && tokens[index].script === Script.Latin) {
        // Roman numerals ("Fund VIII"), except first words ("I", "V" may be initials or words).
        const roman = romanToNumber(tokens[index].text);
        if (roman !== undefined) {
          tokens[index] = resolve(String(roman));
          kinds[index] = Kind.Number;
        }
      }
    }
    composeNumbers(tokens, kinds, resolve);
    for (const hit of findPhrases(keys, reference.namedBodyTrie)) {
      // A named body counts once, as its first word; the rest of its words are spelled out by the group.
      mark(hit.start, hit.start + 1, Kind.NamedBody, hit.value);
      mark(hit.start + 1, hit.end, Kind.Stop, 0);
    }
    if (mode === 'org') {
      const classHits = findPhrases(keys, reference.classTrie);
      for (const hit of findLongestPhrases(keys, reference.legalTrie)) {
        // "Quarrow Stiftung": a foundation's legal form is also its class word, read as the class word.
        const bodyClass = classHits.some(
          (classHit) =>
            classHit.start === hit.start &&
            classHit.end === hit.end &&
            classSetOf(classHit.value).some((group) => reference.legalFormClasses.has(group)),
        );
        // "TU Quarrow" (since rules 1.17.0): a word written as an acronym that is a legal form only with marks its
        // letters lack ("TÜ"), before more words of the name, is the acronym as written: a legal form closes a name.
        const unmarkedAcronym =
          hit.end === hit.start + 1 &&
          hit.end < count &&
          writtenAcronym[hit.start] &&
          reference.markedLegalWords.has(keys[hit.start]) &&
          !MARKED.test(tokens[hit.start].orig.normalize('NFD'));
        // "사주" (since rules 1.30.0): a legal form of one syllable ("주" of "(주)") written inside a word of several
        // syllables is a syllable of that word, not the legal form written apart.
        const syllableOfWord = hit.end === hit.start + 1 && inRun[hit.start];
        // "Akademia Quarrowska im. Jana Tarvela" (since rules 1.41.0): a one-word legal form that is also the word
        // opening a clause naming the person a body honours (org_words.yml honouree_clause_classes: Polish "im.",
        // Romanian legal form "IM"), written in small letters with a full stop between words of the name, opens
        // that clause ("Quarrow im Park", German "in the", stays as it was).
        const honoureeOpener =
          hit.end === hit.start + 1 &&
          hit.start > 0 &&
          hit.end < count &&
          !writtenAcronym[hit.start] &&
          abbreviatedInRaw(raw, tokens[hit.start].orig) &&
          classHits.some(
            (classHit) =>
              classHit.start === hit.start &&
              classHit.end === hit.end &&
              classSetOf(classHit.value).some((group) => reference.honoureeClauseClasses.has(group)),
          );
        // "Quarrow Foundation sr" (since rules 1.94.0): a legal form read only where written with a small letter
        // (company_words.yml not_in_capitals) is, in capitals, another name's initials ("Ministerstvo … SR").
        const inCapitals =
          hit.end === hit.start + 1 && reference.smallLetterLegalWords.has(keys[hit.start]) && acronym[hit.start];
        // "Quarrow Spa University", "Quarrow Charity Hospital" (since rules 1.165.0): a one-word legal form that is a
        // plain English word (company_words.yml english_word_legal_forms) written as a word (no full stops, not an
        // acronym's capitals) right before a class word is a word of the name (a class word where the tables make it
        // one: "charity"); a legal form closes a name. Last ("Quarrow Charity") or marked ("Quarrow S.p.A.") it stays one.
        const wordBeforeClass =
          hit.end === hit.start + 1 &&
          hit.end < count &&
          !writtenAcronym[hit.start] &&
          tokens[hit.start].script === Script.Latin &&
          reference.englishWordLegalForms.has(keys[hit.start]) &&
          classHits.some((classHit) => classHit.start === hit.end);
        // Letters joined by an ampersand ("A&T") are initials of words, not a legal form's abbreviation.
        if (
          !bodyClass &&
          !wordBeforeClass &&
          !inCapitals &&
          !unmarkedAcronym &&
          !syllableOfWord &&
          !honoureeOpener &&
          !joined.slice(hit.start, hit.end).includes(true)
        ) {
          mark(hit.start, hit.end, Kind.Legal, hit.value);
        }
      }
      for (const hit of classHits) {
        if (
          hit.end - hit.start > 1 &&
          (tokens.slice(hit.start, hit.end).every((token) => token.isSyllable || INDIC_WORD.test(token.orig)) ||
            // "Đại học", "Chuo Kikuu" (since rules 1.21.0): so does one its language writes in several words.
            reference.oneWordClassPhrases.has(keys.slice(hit.start, hit.end).join(' ')))
        ) {
          // "大学", "대학교" (since rules 1.15.0): one class word written in several characters or syllables
          // counts once, as its first one (the others are spelled out by the class, as a named body's words).
          // So does an Indic one (since rules 1.18.0) that a joiner inside it splits into pieces. A phrase's word
          // that is also a deciding word elsewhere (Swahili "chuo", Japanese "Chūō" central) gives way to the next.
          let first = hit.start;
          while (first < hit.end - 1 && reference.decidingGroups.has(keys[first])) {
            first++;
          }
          mark(first, first + 1, Kind.Class, hit.value);
          mark(hit.start, hit.end, Kind.Stop, 0);
        } else {
          mark(hit.start, hit.end, Kind.Class, hit.value);
        }
      }
      markHangulFinalSyllables(keys, kinds, tags, inRun, runEnd, reference);
      let trailing = trailingSegment(raw, count);
      // "Quarrow Trading Ltd, Harbourville Free Trade Zone", "… Limited, Saint Quay QX QY" (since rules 1.74.0): a
      // company's address after its legal form and a comma may be longer than other segments (a free zone, a street
      // or a postcode after the town): the legal form closes the name, so what follows is where the company is.
      // Its words are place words, or it closes with a kind of place (company_words.yml place_kind_words): class
      // words after a legal form ("… Ltd., Trading International …") are more likely words of the name.
      if (trailing.words === 0 && raw.includes(',')) {
        const address = trailingSegment(raw, count, ADDRESS_AFTER_LEGAL_FORM_WORDS);
        const afterComma = COMMA_SEGMENT.exec(raw);
        const from = count - address.words;
        if (
          address.words > TRAILING_SEGMENT_WORDS &&
          kinds[from - 1] === Kind.Legal &&
          afterComma !== null &&
          tokeniseRaw(afterComma[1]).length === address.words &&
          (kinds.slice(from).every((kind) => kind !== Kind.Class && kind !== Kind.Legal) ||
            reference.placeKindWords.has(keys[count - 1]))
        ) {
          trailing = address;
        }
      }
      // "Quarrow Trading LLC, Harbour City": a legal form closes a company's name; a segment after it is
      // where the company is (an address), like a trailing country. So is a segment of name words after a
      // company's name with its legal form elsewhere ("PJSC Quarrow, Harbourville"); class words there may
      // name a unit and keep the segment as it was.
      const segmentStart = count - trailing.words;
      const afterLegalForm =
        trailing.words > 0 &&
        (kinds[segmentStart - 1] === Kind.Legal ||
          (kinds.slice(0, segmentStart).includes(Kind.Legal) && kinds.slice(segmentStart).every((kind) => kind < 0)));
      // "Quarrow Construction, Harbourville": so does one after a trade's class word (company_words.yml
      // address_after_classes), but not after a college's or a university's, whose campuses are named by
      // their cities ("… College, Harbourville").
      const afterCompanyClass =
        trailing.words > 0 &&
        kinds[segmentStart - 1] === Kind.Class &&
        classSetOf(tags[segmentStart - 1]).some((group) => reference.addressAfterClasses.has(group)) &&
        kinds.slice(segmentStart).every((kind) => kind < 0);
      // "Quarrow Aviation, Harbourville", "Tarvel, Harbour City" (since rules 1.9.0): a short segment of place
      // words after a comma places a body whose name has no class word of a body with campuses or branches
      // (company_words.yml campus_classes), even after a one-word name.
      const addressWords =
        trailing.country || afterLegalForm || afterCompanyClass
          ? 0
          : addressAfterName(raw, tokens, keys, kinds, tags, writtenAcronym);
      if (addressWords > 0) {
        trailing = { words: addressWords, country: false };
        // A short word of a place's name in capitals ("MONTEGO BAY") is a word there, not an acronym.
        acronym.fill(false, count - addressWords);
      }
      const placed = trailing.country || afterLegalForm || afterCompanyClass || addressWords > 0;
      if (trailing.country) {
        countryFrom = count - trailing.words;
      }
      if (afterLegalForm) {
        addressFrom = segmentStart;
      }
      if (placed) {
        // "… (United Kingdom)": every word of a trailing country's name is a qualifier, class words too.
        for (let index = count - trailing.words; index < count; index++) {
          if (kinds[index] === Kind.Class) {
            kinds[index] = -1;
          }
        }
      }
      // "… de Costa Rica", "… of Saudi Arabia", "… de la Norlandia" (since rules 1.10.0): a country's name of
      // several words after a function word, or one after a function word and an article, places the body as
      // "… of Norlandia" does; class words of it ("United", "Republic") are words of the country's name there.
      const countryAfterWords = countriesAfterFunctionWords(keys, kinds, reference);
      // "Univerzita Quarrowa v Tarvelu" (since rules 1.10.0): a place after a Slavic preposition of place, last.
      const locativePlace = placeAfterLocative(raw, keys, kinds, reference);
      countryAfterWords?.forEach((index) => {
        if (kinds[index] === Kind.Class) {
          kinds[index] = -1;
        }
      });
      for (let index = 0; index < count; index++) {
        if (
          kinds[index] < 0 &&
          // (A number written in letters in a town's name after a comma, "…, Three Rivers", places the body too.)
          (!tokens[index].isNumber || (addressWords > 0 && index >= count - addressWords)) &&
          // ("SAR" in "Hong Kong SAR China" is a word of a country's name, not an acronym; nor, since rules 1.11.0,
          // "ST" or "SAN" of a place right after a legal form: "… OOO, ST. PETERSBURG"; not a segment after a
          // name with its legal form elsewhere, which is as likely a word of the name: "INC. PROPERTIES, TROLL".)
          (!acronym[index] ||
            ((trailing.country || (afterLegalForm && kinds[segmentStart - 1] === Kind.Legal)) &&
              index >= segmentStart &&
              index !== ownBracketedAcronym)) &&
          (reference.orgQualifiers.has(keys[index]) ||
            index >= count - trailing.words ||
            (reference.orgCountryWords.has(keys[index]) && (index === 0 || kinds[index - 1] === Kind.Stop)) ||
            (reference.countryNames.has(keys[index]) && countryAfterOf(keys, kinds, index, reference)) ||
            countryAfterWords?.has(index) === true ||
            index === locativePlace)
        ) {
          kinds[index] = Kind.Qualifier;
          // Tag 1: a word of a trailing segment ("…, Jaipur"), which may also name a branch; 0: a listed qualifier
          // or a word of a trailing country's name ("… (United Kingdom)").
          tags[index] =
            reference.orgQualifiers.has(keys[index]) ||
            reference.orgCountryWords.has(keys[index]) ||
            (reference.countryNames.has(keys[index]) && countryAfterOf(keys, kinds, index, reference)) ||
            countryAfterWords?.has(index) === true ||
            index === locativePlace ||
            (placed && index >= count - trailing.words)
              ? 0
              : 1;
        }
      }
    }
  }
  for (let index = 0; index < count; index++) {
    if (kinds[index] >= 0) {
      continue;
    }
    const token = tokens[index];
    if (token.isNumber) {
      kinds[index] = Kind.Number;
    } else if (mode === 'person' && token.isLetter) {
      kinds[index] = Kind.Initial;
    } else if (mode !== 'person' && acronym[index]) {
      kinds[index] = Kind.Acronym;
    } else {
      kinds[index] = Kind.Name;
    }
  }
  // "A.ON AG, Norland", "Al Tarvel, Norland" (since rules 1.93.0): a name of function words, legal words or a named
  // body's words only before a trailing country is read as it is alone (below: compared on those words), and the
  // country only places it.
  if (countryFrom < count && !kinds.slice(0, countryFrom).some((kind) => isComparable(kind))) {
    for (let index = 0; index < countryFrom; index++) {
      kinds[index] = tokens[index].isNumber
        ? Kind.Number
        : mode !== 'person' && acronym[index]
          ? Kind.Acronym
          : Kind.Name;
    }
  }
  // A name made only of class words and qualifiers ("Central Bank", "National University of Polder
  // Technology", "University of China") is identified by them: they count as name words. A country or listed
  // qualifier beside such class words still only places the body ("Ministry of Transport, Norland", "Universidad
  // Nacional de Norland"): it stays a qualifier, so the name without it is the same body and another country's
  // is not. A company's address after its name ("Quarrow Capital Group, S.A., Harbour City") still only places it.
  const identityWord = (kind: number) =>
    kind === Kind.Name || kind === Kind.Acronym || kind === Kind.NamedBody || kind === Kind.Number;
  // "Quarrow Electronics Technology Group Corporation (QETC)" (since rules 1.154.0): such a name with its own acronym
  // in brackets after it is read as the name alone is, the acronym beside it (it is the body's, not another word of
  // the name: without this the name's words were class words against the same name written without the acronym).
  const last = count - 1;
  const ownAcronymOnly =
    mode === 'org' &&
    last > 0 &&
    kinds[last] === Kind.Acronym &&
    !kinds.slice(0, last).some(identityWord) &&
    new RegExp(`\\(\\s*${tokens[last].orig.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\)\\s*$`, 'iu').test(raw);
  // (Read before the class words of such a name become its name words, below: one class word after a one-word legal form
  // first, then only legal forms or a place, "QX Bank, AO, Norland".)
  const legalFormBeforeOneClass =
    mode === 'org' &&
    count >= 2 &&
    kinds[0] === Kind.Legal &&
    kinds[1] === Kind.Class &&
    !kinds.some(identityWord) &&
    kinds.every((kind, index) => index < 2 || kind === Kind.Legal || kind === Kind.Qualifier || kind === Kind.Stop);
  if (!kinds.some(identityWord) || ownAcronymOnly) {
    const classWords = kinds.includes(Kind.Class);
    const address = classWords ? addressFrom : count;
    for (let index = 0; index < count; index++) {
      if (kinds[index] === Kind.Qualifier && classWords && tags[index] === 0) {
        tags[index] = PLACE_OF_GENERIC_NAME;
      } else if (kinds[index] === Kind.Class || (kinds[index] === Kind.Qualifier && index < address)) {
        kinds[index] = Kind.Name;
      }
    }
  }
  // "QX Bank", "QX BANK, AO" (since rules 1.163.0): a name of one class word after a one-word legal form written in
  // capitals first, with nothing else but legal forms or a place after it, is named by that word: read as a name word beside the
  // class word (read as a name word too, as above), not as an acronym (its letters would be initials of other names:
  // "QX Bank" against "Q and X Holding", "QXQX"). A legal form does not open a name whose only other word is its
  // class word; read as one, the name was the class word alone ("bank"), which every other one-word bank is, and the
  // index did not find the same bank's other entry among them. A legal form before two class words or more ("LLC
  // Quarrow-Building Solutions", "JSC Mechanical Plant") stays one: the lists write Russian forms first so.
  if (
    legalFormBeforeOneClass &&
    tokens[0].script === Script.Latin &&
    tokens[0].text.length >= 2 &&
    FIRST_WORD_IN_CAPITALS.test(raw)
  ) {
    kinds[0] = Kind.Name;
    tags[0] = 0;
  }
  // A name made only of titles, stopwords or legal words is compared on those words; one written as an
  // acronym ("OU", "INC") stays an acronym.
  if (!kinds.some((kind) => isComparable(kind))) {
    for (let index = 0; index < count; index++) {
      kinds[index] = tokens[index].isNumber
        ? Kind.Number
        : mode !== 'person' && acronym[index]
          ? Kind.Acronym
          : Kind.Name;
    }
  }
  if (mode === 'person') {
    markSyllableCompounds(tokens, kinds, tags, hyphenNext);
  }
  // "CAM HOLDING" (since rules 1.142.0): in a name written all in capitals with another word beside it, a short
  // word with a vowel is read as an acronym for its capitals alone (nothing written marks it: no dots, no small
  // letters around it). Tagged so, it keeps every acronym reading and is compared as a word too (its spelling
  // variants, as "Cam Holding" has them); alone in its name ("CSU") it stays an acronym compared exactly.
  if (allCapitals && kinds.filter((kind) => isComparable(kind)).length >= 2) {
    for (let index = 0; index < count; index++) {
      if (
        kinds[index] === Kind.Acronym &&
        !writtenAcronym[index] &&
        tokens[index].script === Script.Latin &&
        SHORT_WORD.test(tokens[index].text) &&
        !CONSONANTS_ONLY.test(tokens[index].text)
      ) {
        tags[index] = CAPITALS_READ;
      }
    }
  }
  // Typed arrays, as an indexed name's kinds and tags are (views of the index's columns): the matcher reads both
  // through the same sites, which stay monomorphic instead of being deoptimised between arrays and typed arrays.
  // (Made with the constructor, which copies an array directly: `from` goes through its iterator.)
  // (`comparable` and `ownAcronyms` present from the start: one hidden class for every prepared name.)
  return {
    raw,
    mode,
    tokens,
    kinds: new Uint8Array(kinds),
    tags: new Uint16Array(tags),
    comparable: undefined,
    ownAcronyms: undefined,
  };
}

/**
 * Tag of a qualifier that places a name made only of class words ("… of Norland" in "Ministry of Transport of
 * Norland"): added or dropped it costs what a placing qualifier (tag 0) costs, but it is a word of the
 * name's identity (two such names agree on their place, or differ in it).
 */
export const PLACE_OF_GENERIC_NAME = 2;

/**
 * Tag of an acronym read so only because its name is written in capitals ("CAM" in "CAM HOLDING", see
 * `prepareName`): compared as a word as well (spelling variants), as an acronym as written never is.
 */
export const CAPITALS_READ = 1;

/** Tag of a person's name word that begins a hyphenated compound of syllables ("Mi" of "Mi-kyung"). */
export const COMPOUND_START = 1;
/** Tag of a later syllable of such a compound ("kyung" of "Mi-kyung"). */
export const COMPOUND_PART = 2;
/** One romanised syllable: onset, vowels, an optional final consonant ("kyung", "hsiung", "yeon", "jae"). */
const ROMANISED_SYLLABLE = /^[bcdfghjklmnpqrstvwxz]{0,3}[aeiouwy]{1,3}(?:ng|n|m|l|k|p|t|r)?$/;
const COMPOUND_MAX_SYLLABLES = 3;

/**
 * A person's given name written as hyphenated syllables ("Mi-kyung", "Jong-un", "Tse-tung") is one name:
 * its syllables are tagged so the matcher compares them as a unit (written apart, hyphenated or joined
 * alike) and never lets one syllable stand for another by a spelling tolerance ("kyung" is not "chung").
 */
function markSyllableCompounds(tokens: TokenInfo[], kinds: number[], tags: number[], hyphenNext: boolean[]): void {
  for (let start = 0; start < tokens.length; start++) {
    let end = start;
    while (end < tokens.length - 1 && hyphenNext[end]) {
      end++;
    }
    const length = end - start + 1;
    if (
      length >= 2 &&
      length <= COMPOUND_MAX_SYLLABLES &&
      range(start, end + 1).every(
        (index) =>
          kinds[index] === Kind.Name &&
          tokens[index].script === Script.Latin &&
          ROMANISED_SYLLABLE.test(tokens[index].text),
      )
    ) {
      for (let index = start; index <= end; index++) {
        tags[index] = index === start ? COMPOUND_START : COMPOUND_PART;
      }
    }
    start = end;
  }
}

/**
 * A country's one-word name after "of" ("… of Norland", "… de Norland"), in a name without a legal form:
 * it places the body, like the demonyms of org_words.yml. Not after an article ("La Norland" is a name),
 * and not in a company's name, where a country often names another company of a group.
 */
function countryAfterOf(
  keys: string[],
  kinds: number[],
  index: number,
  reference: ReturnType<typeof getReferenceData>,
): boolean {
  return (
    index > 0 &&
    kinds[index - 1] === Kind.Stop &&
    !reference.orgNamePrefixes.has(keys[index - 1]) &&
    !kinds.includes(Kind.Legal)
  );
}

/**
 * The last word of an organisation's name when a preposition of place written in small letters stands before it
 * ("Univerzita Quarrowa v Tarvelu": org_words.yml locative_prepositions) and a name word before that, or -1.
 */
function placeAfterLocative(
  raw: string,
  keys: string[],
  kinds: number[],
  reference: ReturnType<typeof getReferenceData>,
): number {
  const count = keys.length;
  if (
    count < 3 ||
    kinds[count - 1] >= 0 ||
    kinds[count - 2] !== Kind.Stop ||
    !reference.locativePrepositions.has(keys[count - 2]) ||
    // "Univerza v Tarvelu": after class words alone the place is the name.
    !kinds.slice(0, count - 2).some((kind) => kind < 0)
  ) {
    return -1;
  }
  const written = raw.trimEnd().split(/\s+/);
  return written.length >= 3 && reference.locativePrepositions.has(written[written.length - 2]) ? count - 1 : -1;
}

/**
 * The words of the countries' names written after a function word that countryAfterOf does not read: a name of
 * two or more words ("de Costa Rica"), or any country's name after a function word and an article ("de la
 * Norlandia", "of the Norlandia"). Undefined when there is none, or when the name has a legal form (a company's
 * country after "of" may be its subsidiary's).
 */
function countriesAfterFunctionWords(
  keys: string[],
  kinds: number[],
  reference: ReturnType<typeof getReferenceData>,
): Set<number> | undefined {
  if (!kinds.includes(Kind.Stop) || kinds.includes(Kind.Legal)) {
    return undefined;
  }
  const afterFunctionWord = (start: number, article: boolean) =>
    start > 0 &&
    kinds[start - 1] === Kind.Stop &&
    (reference.orgNamePrefixes.has(keys[start - 1]) ? start > 1 && kinds[start - 2] === Kind.Stop : !article);
  let found: Set<number> | undefined;
  for (const hit of findPhrases(keys, reference.countryPhraseTrie)) {
    if (afterFunctionWord(hit.start, false)) {
      found ??= new Set();
      for (let index = hit.start; index < hit.end; index++) {
        found.add(index);
      }
    }
  }
  for (let index = 2; index < keys.length; index++) {
    if (reference.countryNames.has(keys[index]) && kinds[index] < 0 && afterFunctionWord(index, true)) {
      (found ??= new Set()).add(index);
    }
  }
  return found;
}

function range(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, offset) => start + offset);
}

/** Whether the word at `index` is a syllable of a person's hyphenated compound name. */
export function isCompoundSyllable(name: PreparedName, index: number): boolean {
  return name.mode === 'person' && name.kinds[index] === Kind.Name && name.tags[index] !== 0;
}

/** The last index of the compound that starts at `start` (a COMPOUND_START word). */
export function compoundEnd(name: PreparedName, start: number): number {
  let end = start;
  while (end + 1 < name.tokens.length && name.tags[end + 1] === COMPOUND_PART && name.kinds[end + 1] === Kind.Name) {
    end++;
  }
  return end;
}

/** Fewest name words an honorific may leave: "Mullah Omar" is compared as written. */
const TITLE_LEAVES_AT_LEAST = 2;

/**
 * Honorifics that are also names ("Sheikh", "Haji", "Syed": honorifics.yml) are titles only before the
 * name words, after any other title, and only when at least two words remain; elsewhere they are names.
 */
function markLeadingTitles(keys: string[], kinds: number[], trie: TrieNode<number>): void {
  let at = 0;
  while (at < keys.length && kinds[at] === Kind.Title) {
    at++;
  }
  for (const hit of findPhrases(keys, trie)) {
    if (hit.start !== at) {
      continue;
    }
    if (keys.length - hit.end < TITLE_LEAVES_AT_LEAST) {
      break;
    }
    for (let index = hit.start; index < hit.end; index++) {
      kinds[index] = Kind.Title;
    }
    at = hit.end;
    while (at < keys.length && kinds[at] === Kind.Title) {
      at++;
    }
  }
}

const TRAILING_SEGMENT = /(?:,|\s[-–—]\s|[(（])\s*([^,()（）]+?)\s*[)）]?\s*$/u;
const COMMA_SEGMENT = /,\s*([^,()（）]+?)\s*$/u;
const PLACE_WITH_OTHER_NAME = /,\s*(([^,()（）]+?)\s*[(（][^,()（）]+[)）])\s*$/u;

/**
 * Words of a segment after a comma that only places an organisation (rules 1.9.0): up to three words, each a
 * name word or a place's class word ("City") with a vowel and not written as an acronym, after a name of at least one word none of whose
 * class words is a body's with campuses or branches. 0 when it is not one.
 */
function addressAfterName(
  raw: string,
  tokens: TokenInfo[],
  keys: string[],
  kinds: number[],
  tags: number[],
  writtenAcronym: boolean[],
): number {
  const count = tokens.length;
  if (!raw.includes(',')) {
    return 0;
  }
  const match = COMMA_SEGMENT.exec(raw);
  if (!match) {
    return 0;
  }
  const segment = tokeniseRaw(match[1]);
  const words = segment.length;
  const start = count - words;
  const { campusClasses, placeClasses, placeKindWords, orgNamePrefixes, orgWordForms, placePhrases } =
    getReferenceData();
  // "Quarrow Trading, Brooklyn Center", "Tarvel Holdings, Central Falls", "…, San Juan de los Morros" (since rules
  // 1.127.0): a town whose name of several words is listed as one (place_phrases.tsv, GeoNames' larger cities) is
  // where the body is, whatever its words are elsewhere (class words, deciding words, function words), and may be
  // longer than other segments. Only the whole segment as listed: not a listed town's words among others.
  const listedTown =
    words >= 2 &&
    words <= PLACE_PHRASE_WORDS &&
    start >= 1 &&
    placePhrases.has(segment.map((token) => tokenKey(token.orig)).join(' '));
  if (
    words === COORDINATED_PLACES_WORDS &&
    start >= 1 &&
    coordinatedPlaces(tokens, keys, kinds, writtenAcronym, start)
  ) {
    // "Quarrow Front, Tarvel and Norvel Provinces", "…, North and South Tarvel" (since rules 1.180.0): two regions
    // joined by "and" after a comma are where a body works, as one place's name is; not after a campus body's name
    // (its units are named by their regions), and only after a name word of the body's own.
    const campus = kinds
      .slice(0, start)
      .some((kind, index) => kind === Kind.Class && classSetOf(tags[index]).some((group) => campusClasses.has(group)));
    return !campus && kinds.slice(0, start).some((kind) => kind < 0) ? words : 0;
  }
  if (words === 0 || (words > TRAILING_SEGMENT_WORDS && !listedTown) || start < 1) {
    return 0;
  }
  const ofGroups = (index: number, groups: Set<number>) => classSetOf(tags[index]).some((group) => groups.has(group));
  let placeWords = listedTown ? words : 0;
  for (let index = listedTown ? count : start; index < count; index++) {
    const token = tokens[index];
    // "…, La Quarra Canyon", "…, Three Quarrows", "…, St. Quarrow" (since rules 1.87.0): a town's name may open with
    // an article (stopwords ORG_NAME_PREFIXES: "the", "le", "la"), hold a number written in letters or a word of
    // company_words.yml word_forms abbreviated with a full stop ("St." of saint), each before a further word of it:
    // words of the place, not of the body's name. Not another function word ("…, Pflege und Prävention", "…, and
    // Cognition": "and" joins words of the name), nor a title ("Quarrow, Dr. Tarvel": a person's given names).
    if (
      index < count - 1 &&
      ((kinds[index] === Kind.Stop && index === start && orgNamePrefixes.has(keys[index])) ||
        (kinds[index] < 0 && token.isNumber && /^\p{L}/u.test(token.orig)) ||
        (kinds[index] < 0 &&
          orgWordForms.has(keys[index]) &&
          abbreviatedInRaw(raw.toLowerCase(), token.orig.toLowerCase())))
    ) {
      continue;
    }
    const word = !writtenAcronym[index] && /[aeiouy]/.test(token.text);
    if (!word || !(kinds[index] < 0 || (kinds[index] === Kind.Class && ofGroups(index, placeClasses)))) {
      return 0;
    }
    placeWords++;
  }
  if (placeWords === 0) {
    return 0;
  }
  // "Quarrow Army, Tarvel Valley Area" (since rules 1.74.0): a place named with its kind, an area or a zone
  // (company_words.yml place_kind_words), is where the body is; a campus or a branch is named by its town.
  if (words > 1 && placeKindWords.has(keys[count - 1])) {
    return kinds.slice(0, start).some((kind) => kind < 0) ? words : 0;
  }
  const campusBody = kinds.slice(0, start).some((kind, index) => kind === Kind.Class && ofGroups(index, campusClasses));
  if (campusBody && !addressOfCampusBody(keys, kinds, start)) {
    return 0;
  }
  return kinds.slice(0, start).some((kind) => kind < 0) ? words : 0;
}

/**
 * Whether a one-word segment after the name of a body with campuses is its address (since rules 1.105.0): the segment
 * is a listed place (a city of place_names.tsv, a place of org_word_meanings.yml, a word of a subdivision's name that
 * is no English word), no word of the name before it is a place or a country, and one is a name word of its own (no
 * deciding word of org_words.yml, no word of org_word_meanings.yml, since rules 1.152.0 no word of org_words.yml
 * field_modifier_words, "Fine" of "Academy of Fine Arts"): "Quarrow Institute, Harbourville". A body named
 * by its region or country ("University of Norland", "Tarvelshire State University") is a system whose members and
 * campuses are named by their towns, and one named by its class and field words only ("Institute of Chemistry") is
 * told from its namesakes by its town.
 */
function addressOfCampusBody(keys: string[], kinds: number[], start: number): boolean {
  if (start !== keys.length - 1) {
    return false;
  }
  const {
    wordMeanings,
    subdivisionWords,
    englishWords,
    countryForms,
    orgCountryWords,
    decidingGroups,
    fieldModifierWords,
  } = getReferenceData();
  const place = (key: string) =>
    wordMeanings.get(key)?.startsWith('place:') === true || (subdivisionWords.has(key) && !englishWords.has(key));
  if (kinds[start] >= 0 || !place(keys[start])) {
    return false;
  }
  let ownWord = false;
  for (let index = 0; index < start; index++) {
    if (kinds[index] >= 0) {
      continue;
    }
    const key = keys[index];
    if (place(key) || countryForms.has(key) || orgCountryWords.has(key)) {
      return false;
    }
    ownWord ||= !decidingGroups.has(key) && !wordMeanings.has(key) && !fieldModifierWords.has(key);
  }
  return ownWord;
}

/**
 * Whether the four words from `start` are two regions joined by "and" (since rules 1.180.0): two place words and a
 * plural kind of region ("Tarvel and Norvel Provinces", company_words.yml coordinated_place_kinds), or two compass
 * words and one place word ("North and South Tarvel", org_words.yml's compass groups). A place word here is a name
 * word with a vowel, not written as an acronym.
 */
function coordinatedPlaces(
  tokens: TokenInfo[],
  keys: string[],
  kinds: number[],
  writtenAcronym: boolean[],
  start: number,
): boolean {
  if (keys[start + 1] !== 'and') {
    return false;
  }
  const { coordinatedPlaceKinds, compassWords } = getReferenceData();
  const placeWord = (index: number) =>
    kinds[index] < 0 && !writtenAcronym[index] && /[aeiouy]/.test(tokens[index].text);
  const compass = (index: number) => compassWords.includes(keys[index]);
  if (coordinatedPlaceKinds.has(keys[start + 3])) {
    return placeWord(start) && placeWord(start + 2) && !compass(start) && !compass(start + 2);
  }
  return compass(start) && compass(start + 2) && keys[start] !== keys[start + 2] && placeWord(start + 3);
}

/** The index of the word before the last comma, when a segment of at most TRAILING_SEGMENT_WORDS words follows it; -1 if none. */
function lastWordBeforeComma(raw: string, count: number): number {
  const match = COMMA_SEGMENT.exec(raw);
  if (!match) {
    return -1;
  }
  const words = tokeniseRaw(match[1]).length;
  return words > 0 && words <= TRAILING_SEGMENT_WORDS && count - words >= 2 ? count - words - 1 : -1;
}

/** Longest trailing segment read as a qualifier ("…, Shanghai", "… (Japan)", "… - Kish Campus"). */
const TRAILING_SEGMENT_WORDS = 3;
/** Words of two regions joined by "and" after a comma ("Tarvel and Norvel Provinces", "North and South Tarvel"). */
const COORDINATED_PLACES_WORDS = 4;
/** Longest town's name of several words read as an address after a comma (place_phrases.tsv). */
const PLACE_PHRASE_WORDS = 5;
/** Longest address after a company's legal form and a comma ("… Ltd, Harbourville Free Trade Zone"). */
const ADDRESS_AFTER_LEGAL_FORM_WORDS = 6;
const TRAILING_MARK = /[,\-–—(（]/;

/**
 * Words in a short trailing segment after a comma, a dash or in parentheses, when the rest is a name of
 * two words or more, or of one word when the segment is a country's name ("Quarrow (United Kingdom)":
 * a company's country, written the way registries write subsidiaries). `country` says it is one.
 */
function trailingSegment(
  raw: string,
  count: number,
  maxWords: number = TRAILING_SEGMENT_WORDS,
): { words: number; country: boolean } {
  if (!TRAILING_MARK.test(raw)) {
    // (TRAILING_SEGMENT needs a comma, a dash or an opening parenthesis.)
    return { words: 0, country: false };
  }
  // "…, Myanmar (Burma)", "…, Pireas (Piraeus)" (since rules 1.11.0): a place after a comma with its other
  // name in brackets is one segment, so the place is not left as a name word beside its bracketed name.
  // Not a legal form with the country in brackets ("…, Inc. (Norland)"): that country alone is the segment.
  const placeWithOtherName = PLACE_WITH_OTHER_NAME.exec(raw);
  const legalForm =
    placeWithOtherName &&
    findPhrases(
      tokeniseRaw(placeWithOtherName[2]).map((token) => tokenKey(token.orig)),
      getReferenceData().legalTrie,
    ).length > 0;
  const match = (!legalForm && placeWithOtherName) || TRAILING_SEGMENT.exec(raw);
  if (!match) {
    return { words: 0, country: false };
  }
  const segment = tokeniseRaw(match[1]);
  const words = segment.length;
  const country = getReferenceData().countryNames.has(segment.map((word) => asciiForm(word.orig)).join(' '));
  // A country's name may be longer than other segments ("…, Hong Kong SAR China").
  return (words <= maxWords || country) && count - words >= (country ? 1 : 2)
    ? { words, country }
    : { words: 0, country: false };
}

/** "Sixty 7" → 67: a tens number followed by a unit becomes one number. */
function composeNumbers(tokens: TokenInfo[], kinds: number[], resolve: TokenResolver): void {
  for (let index = 0; index + 1 < tokens.length; index++) {
    const tens = tokens[index];
    const unit = tokens[index + 1];
    if (
      tens.isNumber &&
      unit.isNumber &&
      kinds[index] !== Kind.Stop &&
      /^[2-9]0$/.test(tens.text) &&
      /^[1-9]$/.test(unit.text)
    ) {
      tokens[index] = resolve(String(Number(tens.text) + Number(unit.text)));
      kinds[index] = Kind.Number;
      kinds[index + 1] = Kind.Stop;
    }
  }
}

/** Most letters of hyphenated acronyms written joined as one acronym (the tokeniser's acronym length). */
const JOINED_ACRONYM_LETTERS = 8;
/** Quick tests for what HYPHENATED_ACRONYMS and BILINGUAL need: without it they cannot match. */
const HYPHEN_OR_DASH = /[-–]/;
const OPENING_PARENTHESIS = /[(（]/;
const BILINGUAL = /^(.*?)\s*[(（]([^()（）]+)[)）]\s*(.*)$/u;

/**
 * The names one written name stands for: itself, and for bilingual names such as
 * "Quenford University (昆福大学)" also each language's part. Empty names give none.
 */
export function nameVariants(raw: string): string[] {
  return writtenVariants(raw);
}

/**
 * `nameVariants`, and the member names a national system's name stands for (`systemMemberNames`, since rules
 * 1.31.0): for a query's names and the two names of a pair. The screening index keeps its names as written
 * (`nameVariants`), so that names made up for its entries neither shift its blocking nor match what a body never was.
 * Since rules 1.93.0 also words in capitals around a one-letter word as written beside their joined form (see
 * `writtenVariants`).
 */
export function queryNameVariants(raw: string): string[] {
  const written = writtenVariants(raw, true);
  const members =
    written.length > 0 ? [...systemMemberNames(raw), ...renderedClassNames(raw), ...spelledOutClassNames(raw)] : [];
  return members.length === 0 ? written : [...written, ...members.filter((member) => !written.includes(member))];
}

/**
 * Since rules 1.76.0: a name holding a class word (or phrase) that English names render by a class phrase of several
 * words (org_words.yml class_word_renderings: "Hochschule Quarrow", "Quarrow Yüksek Teknoloji Enstitüsü"), written
 * apart or after a hyphen, also stands for itself with the English phrase in its place ("University of Applied
 * Sciences Quarrow", "Quarrow Institute of Technology"). The word itself keeps its class, so the name alone does not
 * turn into another kind of body. Since rules 1.89.0 also a field's or a region's word (org_words.yml word_renderings:
 * "дальневосточный", "Far Eastern"), and a name written in capitals takes the phrase in capitals.
 */
function renderedClassNames(raw: string): string[] {
  const renderings = getReferenceData().classWordRenderings;
  if (renderings.length === 0) {
    return [];
  }
  const words: { word: string; start: number; end: number }[] = [];
  for (const hit of raw.matchAll(SYSTEM_WORD)) {
    const start = hit.index ?? 0;
    words.push({ word: systemWord(hit[0]), start, end: start + hit[0].length });
  }
  const starts = renderingStartsOf(renderings);
  let out = '';
  let from = 0;
  for (let at = 0; at < words.length;) {
    // (renderings: the longest first)
    const rendering = starts.has(words[at].word)
      ? renderings.find(({ words: key }) => key.every((word, offset) => words[at + offset]?.word === word))
      : undefined;
    if (!rendering) {
      // Since rules 1.137.0: a form in Hangul at the end of a longer word ("<name>연구원"), the name's part kept.
      const ending = HANGUL.test(words[at].word)
        ? hangulEndingOf(raw.slice(words[at].start, words[at].end))
        : undefined;
      if (ending) {
        out += raw.slice(from, words[at].end - ending.length) + ' ' + ending.phrase;
        from = words[at].end;
      }
      at++;
      continue;
    }
    const end = words[at + rendering.words.length - 1].end;
    // A name written in capitals takes the phrase in capitals: among capitals a word in small letters reads apart.
    const capitals = !/\p{Ll}/u.test(raw);
    out += raw.slice(from, words[at].start) + (capitals ? rendering.phrase.toUpperCase() : rendering.phrase);
    from = end;
    at += rendering.words.length;
  }
  return from === 0 ? [] : [out + raw.slice(from)];
}

/** A word of a name with the full stop after it, if any: "Univ." */
const WORD_WITH_STOP = /(?<![\p{L}\p{N}])(\p{L}+)(\.?)(?![\p{L}\p{N}])/gu;

/**
 * Since rules 1.213.0 (resb, probe7's B1): a name of class words and places alone that writes a class word abbreviated
 * (org_words.yml class_word_abbreviations: "Univ. of Norland", "Natl. Univ. of Norland") also stands for itself with
 * the words written out ("University of Norland"). Read as written, the abbreviation was the name's only name word (its
 * country set apart as a place) and the index looked it up as the acronym "UNIV"; written out, the name is the generic
 * name it shortens, read as `prepareName` reads such names. A name with a word of its own beside them ("Univ. of
 * Tarvel", "Quarrow Natl. Bank") is not read so: that word finds its body.
 */
function spelledOutClassNames(raw: string): string[] {
  const abbreviations = getReferenceData().classWordAbbreviations;
  if (abbreviations.size === 0 || !/\p{L}/u.test(raw)) {
    return [];
  }
  let written = false;
  const capitals = !/\p{Ll}/u.test(raw);
  const out = raw.replace(WORD_WITH_STOP, (whole: string, word: string, stop: string) => {
    const full = abbreviations.get(asciiForm(word));
    // (In a name written in capitals only with its full stop: "UNIV" alone is a body's acronym.)
    if (full === undefined || (capitals && stop === '')) {
      return whole;
    }
    written = true;
    return capitals ? full.toUpperCase() : full;
  });
  if (!written) {
    return [];
  }
  const prepared = prepareName(raw, 'org');
  const reference = getReferenceData();
  const keys = keysOf(prepared.tokens);
  const kinds = Array.from(prepared.kinds);
  // (The abbreviation beside another word: "Univ." alone names no body.)
  const classOrPlaceOnly =
    kinds.filter((kind) => kind !== Kind.Stop).length >= 2 &&
    kinds.every(
      (kind, index) =>
        (kind !== Kind.Name && kind !== Kind.Acronym && kind !== Kind.NamedBody && kind !== Kind.Number) ||
        abbreviations.has(keys[index]) ||
        findPhrases([keys[index]], reference.classTrie).length > 0,
    );
  return classOrPlaceOnly ? [out] : [];
}

const HANGUL = /\p{Script=Hangul}/u;

let hangulEndings:
  { renderings: readonly { words: string[] }[]; endings: { form: string; phrase: string }[] } | undefined;
/**
 * The renderings of one word written in Hangul syllables (org_words.yml word_renderings: 연구원 "Research Institute",
 * since rules 1.137.0), kept once per table: Korean writes such a word at the end of the name's word, so it is read
 * there too. The form as written: `systemWord` takes syllables apart into their letters.
 */
function hangulEndingOf(word: string): { length: number; phrase: string } | undefined {
  const renderings = getReferenceData().classWordRenderings;
  if (hangulEndings?.renderings !== renderings) {
    const endings = renderings
      .filter(({ words }) => words.length === 1 && /^\p{Script=Hangul}+$/u.test(words[0]))
      .map(({ words, phrase }) => ({ form: words[0].normalize('NFC'), phrase }));
    hangulEndings = { renderings, endings };
  }
  const ending = hangulEndings.endings.find(({ form }) => word.length > form.length && word.endsWith(form));
  return ending && { length: ending.form.length, phrase: ending.phrase };
}

let renderingStarts: { renderings: readonly { words: string[] }[]; starts: Set<string> } | undefined;
/** The first words of the renderings, kept once per table: most words of a name start none. */
function renderingStartsOf(renderings: readonly { words: string[] }[]): Set<string> {
  if (renderingStarts?.renderings !== renderings) {
    renderingStarts = { renderings, starts: new Set(renderings.map(({ words }) => words[0])) };
  }
  return renderingStarts.starts;
}

/** Where the words of a name are, as system names split it (reference-data.ts `systemWords`). */
const SYSTEM_WORD = /[^\s,;\-–—]+/gu;

/**
 * Since rules 1.31.0: a member of a national system named by the system's name and its place ("Quarrow National
 * Technological System, Campus Tarvel", org_words.yml system_names) also stands for the member's own name, each
 * member class phrase "de" the place ("Quarrow Technological Institute de Tarvel"); when the words after the
 * system's name open with a member phrase themselves, for those words alone. The system's name alone, or followed
 * by no written word (an acronym: "QNTS TI"), stands for no member.
 */
function systemMemberNames(raw: string): string[] {
  const systems = getReferenceData().systemNames;
  if (systems.length === 0) {
    return [];
  }
  const words: { word: string; start: number }[] = [];
  for (const hit of raw.matchAll(SYSTEM_WORD)) {
    const word = systemWord(hit[0]);
    if (word.length > 0) {
      words.push({ word, start: hit.index ?? 0 });
    }
  }
  const opens = (phrase: string[], at: number) =>
    phrase.length > 0 && phrase.every((word, offset) => words[at + offset]?.word === word);
  const joiners = getReferenceData().systemNameJoiners;
  const out: string[] = [];
  for (const system of systems) {
    const form = system.forms.find((candidate) => opens(candidate, 0));
    if (!form) {
      continue;
    }
    let at = form.length;
    while (at < words.length && joiners.has(words[at].word)) {
      at++;
    }
    if (at >= words.length) {
      continue;
    }
    const rest = raw.slice(words[at].start).trim();
    if (!/\p{Ll}/u.test(rest)) {
      continue;
    }
    if (system.memberWords.some((member) => opens(member, at))) {
      out.push(rest);
      continue;
    }
    for (const member of system.members) {
      out.push(`${member} de ${rest}`);
    }
  }
  return out;
}

function writtenVariants(raw: string, query = false): string[] {
  if (!raw || !raw.trim()) {
    return [];
  }
  if (
    HYPHEN_OR_DASH.test(raw) &&
    HYPHENATED_ACRONYMS.test(raw.trim()) &&
    raw.split(/\s*[-–]\s*/).some((piece) => piece.length <= 3)
  ) {
    // "F-CRIN", "NM-AIST": acronyms written with a hyphen are one acronym; or two ("CEI-IUL": a unit's
    // acronym and its parent's), read as written.
    const pieces = raw.trim().split(/\s*[-–]\s*/);
    const joined = raw.replace(/\s*[-–]\s*/g, '');
    if (!pieces.every((piece) => piece.length >= 2 && /\p{Lu}/u.test(piece))) {
      // "TARVEL-I-QUARROW" (since rules 1.93.0): joined past an acronym's length, words in capitals around a
      // one-letter word are also read as written in a query or a pair, as the name is read with a place after a
      // comma ("…, Norland"). The index keeps the joined form alone (see queryNameVariants).
      return query && joined.length > JOINED_ACRONYM_LETTERS ? [joined, raw] : [joined];
    }
    // Joined past an acronym's length ("QICANUM-QCR") the pieces are two acronyms, not one: a joined form
    // would be read as a word, and a name of words takes no acronym reading (see acronymUse).
    return joined.length <= JOINED_ACRONYM_LETTERS ? [joined, raw] : [raw];
  }
  const parts = OPENING_PARENTHESIS.test(raw) ? BILINGUAL.exec(raw) : null;
  if (!parts) {
    return [raw];
  }
  const outer = `${parts[1]} ${parts[3]}`.trim();
  const inner = parts[2].trim();
  const outerScript = dominantScript(outer);
  const innerScript = dominantScript(inner);
  if (!outer || !inner || outerScript === innerScript || outerScript === undefined || innerScript === undefined) {
    return [raw];
  }
  return [raw, outer, inner];
}

function dominantScript(text: string): Script | undefined {
  const scripts = new Set(
    tokeniseRaw(text)
      .map((token) => cachedToken(token.orig).script)
      .filter((script) => script !== Script.Digits),
  );
  return scripts.size === 1 ? [...scripts][0] : undefined;
}

/** A word of a prepared name: its folded text, as written, and its kind. */
export interface NameWord {
  text: string;
  orig: string;
  kind: number;
}

/** The words of `raw` as the matcher prepares it in `mode`, those of the `ignored` kinds and empty ones aside. */
export function nameWords(raw: string, mode: NameMode, ignored: ReadonlySet<number>): NameWord[] {
  const prepared = prepareName(raw, mode);
  return prepared.tokens
    .map((token, index) => ({ text: token.text, orig: token.orig, kind: prepared.kinds[index] }))
    .filter((word) => word.text.length > 0 && !ignored.has(word.kind));
}

export function isComparable(kind: number): boolean {
  return kind !== Kind.Legal && kind !== Kind.Stop && kind !== Kind.Title;
}

/** The public view of a normalised name, for explanations, tests and debugging. */
export interface NormalisedName {
  original: string;
  mode: NameMode;
  tokens: { text: string; original: string; script: string; kind: (typeof KIND_NAMES)[number] }[];
  /** Identity-bearing words in ASCII, space-separated (no legal forms, stopwords or titles). */
  comparable: string;
  /** Initials of the name's words, without stopwords and legal forms ("nudt"). */
  acronym: string;
  /** Legal forms in compare form ("llc", "jsc"…). */
  legalForms: string[];
  /** Organisation-class groups the name contains ("university", "institute"…). */
  classWords: string[];
}

/**
 * Normalises a name the way the matcher sees it: NFKC, case, punctuation and diacritics folded,
 * non-Latin scripts transliterated (the original form is kept), legal forms, class words, stopwords,
 * titles and particles recognised, "SURNAME, Given" reordered.
 */
export function normaliseName(raw: string, schema?: string): NormalisedName {
  const prepared = prepareName(raw, modeOfSchema(schema));
  const reference = getReferenceData();
  const tokens = prepared.tokens.map((token, index) => ({
    text: token.text,
    original: token.orig,
    script: SCRIPT_NAMES[token.script],
    kind: KIND_NAMES[prepared.kinds[index]],
  }));
  const legalForms = new Set<string>();
  const classWords = new Set<string>();
  prepared.tokens.forEach((_, index) => {
    if (prepared.kinds[index] === Kind.Legal) {
      legalForms.add(reference.legalForms[prepared.tags[index]].compare);
    } else if (prepared.kinds[index] === Kind.Class) {
      for (const group of classSetOf(prepared.tags[index])) {
        classWords.add(reference.classNames[group]);
      }
    }
  });
  return {
    original: raw,
    mode: prepared.mode,
    tokens,
    comparable: tokens
      .filter((token) => isComparable(KIND_NAMES.indexOf(token.kind)))
      .map((token) => token.text)
      .join(' '),
    acronym: acronymOf(prepared),
    legalForms: [...legalForms],
    classWords: [...classWords],
  };
}

/** Initials of the identity words and class words, in order; '' for names under three such words. */
export function acronymOf(name: PreparedName): string {
  let initials = '';
  for (let index = 0; index < name.tokens.length; index++) {
    const kind = name.kinds[index];
    if (kind === Kind.Name || kind === Kind.Class || kind === Kind.NamedBody) {
      const token = name.tokens[index];
      if (token.isSyllable) {
        return '';
      }
      initials += token.text[0];
    }
  }
  return initials.length >= 3 ? initials : '';
}

export { tokenKey };

/**
 * "한국교육개발원", "<place>과학기술원" (since rules 1.34.0): a syllable of org_words.yml
 * `hangul_final_syllable_classes` (원, 院 "institute") written last in a word of three syllables or more, right
 * after a Korean field word of han_words.yml (개발 development, 과학기술 science and technology), is that class
 * word. Not after a place or any other syllables: 수원, 병원 (hospital), 대학원 (graduate school) stay as written.
 */
function markHangulFinalSyllables(
  keys: readonly string[],
  kinds: number[],
  tags: number[],
  inRun: readonly boolean[],
  runEnd: readonly boolean[],
  reference: ReturnType<typeof getReferenceData>,
): void {
  for (let index = 2; index < keys.length; index++) {
    const value = reference.hangulFinalSyllableClasses.get(keys[index]);
    if (value === undefined || !runEnd[index] || kinds[index] >= 0) {
      continue;
    }
    // A field word of the table ending right before it, inside the same word.
    for (let start = index - 2; start >= 0 && inRun[start] && !runEnd[start]; start--) {
      let node: TrieNode<number> | undefined = reference.hanWordTrie;
      for (let at = start; at < index && node; at++) {
        node = node.next.get(keys[at]);
      }
      const word = node?.value !== undefined ? reference.hanWords[node.value] : undefined;
      if (word && !word.place) {
        kinds[index] = Kind.Class;
        tags[index] = value;
        break;
      }
    }
  }
}
