// Acronyms: reading one name's acronym against the other name's words, acronyms written beside names, and when a
// party's acronym may be used at all (acronymUse, AcronymSides).
import { Kind, type PreparedName, isComparable, classSetOf } from './normalise';
import { getReferenceData } from './reference-data';
import { pinyinSyllables } from './cjk-syllables';
import { Likeness } from './token-similarity';
import { Script, HYPHENATED_ACRONYMS } from './tokenise';
import { type AlignedPair, comparableIndices, range, TRAILING_SEGMENT, segmentBetween } from './matcher-shared';
import { type PreparedParty, isFullName, hasFullName } from './party-score';
import { readAsPlaceCaseForm, decidingGroupOf } from './word-groups';
import {
  possessiveAfter,
  CAPITALS_CODE_WORDS,
  capitalsCodes,
  englishWordOfCompanyInCapitals,
  englishWordReadForCapitals,
  onlyCodes,
  codeContradicted,
  parentNamedAfter,
  isMainAcronym,
} from './parent-bodies';

const ACRONYM_WORDS = new Set<number>([
  Kind.Name,
  Kind.Class,
  Kind.NamedBody,
  Kind.Particle,
  Kind.Qualifier,
  Kind.Acronym,
  Kind.Number,
]);

/** One name's acronyms read against the other name's words: the words still free on each side, and the pairs found. */
interface AcronymReading {
  short: PreparedName;
  shortFree: Set<number>;
  long: PreparedName;
  longFree: Set<number>;
  shortIsQuery: boolean;
  pairs: AlignedPair[];
}

/**
 * "University of Quarrow University Computing Centre" / "University Computing Centre": a word the longer
 * name repeats is aligned where it stands among the other aligned words, not at its first place (which
 * the position order of the alignment prefers), so that the words left over read as what they are (here
 * a parent body named before the unit). A pair moves to a free word of the same form when that makes
 * the aligned words of its side lie closer together. Class words only: a repeated name word ("Quarrow
 * University Tarvel Quarrow Clinic") may be the parent's namesake and its branch's at once.
 */
export function reseatRepeatedWords(
  name: PreparedName,
  free: Set<number>,
  side: 'query' | 'candidate',
  pairs: AlignedPair[],
): void {
  if (free.size === 0 || pairs.length < 2) {
    return;
  }
  const span = () => {
    const aligned = pairs.flatMap((pair) => pair[side]);
    return Math.max(...aligned) - Math.min(...aligned);
  };
  for (const pair of pairs) {
    if (pair[side].length !== 1) {
      continue;
    }
    const at = pair[side][0];
    for (const other of [...free]) {
      if (
        name.kinds[at] !== Kind.Class ||
        name.kinds[other] !== Kind.Class ||
        name.tokens[other].text !== name.tokens[at].text
      ) {
        continue;
      }
      const before = span();
      pair[side] = [other];
      if (span() < before) {
        free.delete(other);
        free.add(at);
        break;
      }
      pair[side] = [at];
    }
  }
}

/** Tries "QIT" ↔ "Quarrow Institute of Technology": one word against the initials of a run of words. */
export function matchAcronyms(reading: AcronymReading): void {
  const { short, shortFree, long } = reading;
  if (short.mode === 'person' || long.mode === 'person') {
    return;
  }
  if (commaJoinedAcronym(reading)) {
    return;
  }
  let capitals: boolean | undefined;
  let englishReadings: { index: number; pair: AlignedPair }[] | undefined;
  for (const index of [...shortFree]) {
    const token = short.tokens[index];
    // Only a word written as an acronym ("NUDT", "A.B.C.") stands for initials: "Bui" or "Fan" is a name. In a
    // short name written all in capitals, any word may be one ("QRAB QIDG": capitals say nothing there), but not a
    // word of English of a company's name ("SMART QUARROW LIMITED", since rules 1.167.0).
    if (token.text.length < 2 || token.text.length > 8) {
      continue;
    }
    // "GPs", "NGOs" (since rules 1.41.0): an acronym written in capitals with a plural "s" stands for its letters.
    const plural =
      (short.kinds[index] === Kind.Name || short.kinds[index] === Kind.Acronym) &&
      pluralAcronymIn(short.raw, token.text);
    const counted = countedLetterReadings(short, index);
    if (
      short.kinds[index] !== Kind.Acronym &&
      !plural &&
      counted.length === 0 &&
      !(
        short.kinds[index] === Kind.Name &&
        (capitals ??= capitalsCodes(short)) &&
        !englishWordOfCompanyInCapitals(short, index)
      ) &&
      !acronymOfPair(short, shortFree, index)
    ) {
      continue;
    }
    // "ACE QUARROW FZE" (since rules 1.167.0): a short English word read as an acronym for its capitals alone is, in
    // a company's name, the word of that name, not the initials of "Arvel College of Education".
    if (
      short.kinds[index] === Kind.Acronym &&
      !plural &&
      counted.length === 0 &&
      englishWordOfCompanyInCapitals(short, index)
    ) {
      continue;
    }
    let read = false;
    for (const letters of plural ? [token.text, token.text.slice(0, -1)] : readingsOfAcronym(token.text, token.orig)) {
      if (readAcronym(letters, index, reading)) {
        read = true;
        break;
      }
    }
    for (const letters of read ? [] : counted) {
      if (readAcronym(letters, index, reading, true)) {
        read = true;
        break;
      }
    }
    const particles = read || short.kinds[index] !== Kind.Acronym ? undefined : particleLetters(short.raw, token.orig);
    if (particles) {
      readAcronym(particles, index, reading, true);
    }
    if (read && !plural && englishWordReadForCapitals(short, index, capitals)) {
      (englishReadings ??= []).push({ index, pair: reading.pairs[reading.pairs.length - 1] });
    }
  }
  if (englishReadings) {
    dropEnglishReadingsBesideOwnWords(reading, englishReadings);
  }
}

/**
 * Whether the word at `index` is no body's code: a word of kind `name` in Latin letters of one letter (a person's
 * initial, "I." of "I. VELVAN") or of OWN_WORD_MIN_LETTERS letters or more. A registry body's parent written beside its
 * unit's code is a code of two to four letters ("QRU NEON", "QRAA STAR"), and a word of English beside it is the unit's
 * code (see bench/HISTORY.md, rules 1.169.0).
 */
function noCodeWord(name: PreparedName, index: number): boolean {
  const token = name.tokens[index];
  return (
    name.kinds[index] === Kind.Name &&
    token.script === Script.Latin &&
    (token.text.length === 1 || token.text.length >= OWN_WORD_MIN_LETTERS)
  );
}

/** Fewest letters of a name word read as no code (`noCodeWord`); a word of one letter is a person's initial. */
const OWN_WORD_MIN_LETTERS = 5;

/**
 * "TIDE VELVAN" against "Tarvel Institute of Dune Ecology", "VELVAN FAN" against "Federal Agency of Norland" (since
 * rules 1.169.0): a word of English read as initials only because its name is written in capitals
 * (`englishWordReadForCapitals`) stands for the other name only when every other word of its name is aligned with the
 * other name or read as its initials too ("QRA CAM": a row of codes). Beside a word of its own name that the other
 * name lacks and that is no code (`noCodeWord`), it is the English word of a name of its own, and its reading is
 * undone (the word stays free, compared as a word). A name with a company's legal form never reads such a word at
 * all (rules 1.167.0).
 */
function dropEnglishReadingsBesideOwnWords(
  reading: AcronymReading,
  readings: { index: number; pair: AlignedPair }[],
): void {
  const { short, shortFree, longFree, shortIsQuery, pairs } = reading;
  const ownWordLeft = comparableIndices(short).some((other) => shortFree.has(other) && noCodeWord(short, other));
  if (!ownWordLeft) {
    return;
  }
  for (const { index, pair } of readings) {
    pairs.splice(pairs.indexOf(pair), 1);
    shortFree.add(index);
    (shortIsQuery ? pair.candidate : pair.query).forEach((position) => longFree.add(position));
  }
}

/**
 * A name written as one acronym of capitals with one digit 2, 3 or 4 beside a capital ("QIN2", "QP3C"): the digit
 * may count that capital's words (`countedLetterReadings`). A 2 between two capitals ("C2DH") is the tokeniser's
 * digit acronym already.
 */
const COUNTED_LETTER_ACRONYM = /^\p{Lu}{1,6}[2-4]\p{Lu}{0,6}$/u;
/** Fewest and most letters of a counted-letter reading (`countedLetterReadings`). */
const COUNTED_LETTERS_MIN = 3;
const COUNTED_LETTERS_MAX = 8;

/**
 * Since rules 1.143.0 (issue 9): "QIN2" against "Quarrow Institute of Nanoscience and Nanotechnology", "QP3C"
 * against "Quarrow Psychology: Cognition, Conduct, Communication". A body whose name has two or more words in a row
 * with one initial writes that initial once with their count. The tokeniser reads a 2 between capitals so ("C2DH"),
 * but a final digit is a series number there ("QHL2") and a 3 or a 4 no count at all, so such a name stood for no
 * initials (0.0). Now a name that is only one written word of capitals with one digit 2–4 beside a capital (the
 * whole name: no other word, no small letter) is also read with the digit as that capital written as many times
 * (the capital before it, or the one after it), three to eight letters in all, as plain initials in the words'
 * order only (no prefix, syllable or word left out: `readAcronym`'s in-order reading), and only when its other
 * readings failed. A series number stays one: "QHL2" is read so only against a name with two "L" words in a row.
 */
function countedLetterReadings(short: PreparedName, index: number): string[] {
  if (short.tokens.length !== 1 || index !== 0) {
    return [];
  }
  const written = short.raw.trim();
  if (!COUNTED_LETTER_ACRONYM.test(written)) {
    return [];
  }
  const at = written.search(/\d/u);
  const count = Number(written[at]);
  const before = written.slice(0, at).toLowerCase();
  const after = written.slice(at + 1).toLowerCase();
  const readings: string[] = [];
  if (before.length > 0) {
    readings.push(before + before[before.length - 1].repeat(count - 1) + after);
  }
  if (after.length > 0) {
    readings.push(before + after[0].repeat(count - 1) + after);
  }
  return [...new Set(readings)].filter(
    (letters) => letters.length >= COUNTED_LETTERS_MIN && letters.length <= COUNTED_LETTERS_MAX,
  );
}

/** A name that is an acronym, a comma and one more capital, with no space: "QTDR,K" (`commaJoinedAcronym`). */
const COMMA_JOINED_ACRONYM = /^\p{Lu}{2,6},\p{Lu}$/u;

/**
 * Since rules 1.134.0 (issue 9): "QTDR,K" against "Quarrow Centre for Tarvel Disease Research, Kalmar". A name that is
 * only capitals, a comma and one capital, written without a space, writes the other name's comma into its acronym:
 * its letters are read as one acronym (the comma gives no letter), as the tokeniser reads capitals joined by an
 * ampersand or a plus sign. An organisation's name only (a person's "SURNAME,I" is no acronym). True when it was
 * read (both words aligned as one acronym).
 */
function commaJoinedAcronym(reading: AcronymReading): boolean {
  const { short, shortFree } = reading;
  if (short.mode !== 'org' || !COMMA_JOINED_ACRONYM.test(short.raw.trim())) {
    return false;
  }
  const comparable = comparableIndices(short);
  if (comparable.length !== 2 || !comparable.every((position) => shortFree.has(position))) {
    return false;
  }
  const [first, second] = comparable;
  const letters = short.tokens[first].text + short.tokens[second].text;
  if (!/^[a-z]{3,7}$/.test(letters) || !readAcronym(letters, first, reading)) {
    return false;
  }
  shortFree.delete(second);
  const pair = reading.pairs[reading.pairs.length - 1];
  (reading.shortIsQuery ? pair.query : pair.candidate).push(second);
  return true;
}

/** Where a mixed-case acronym reads a small letter as a function word of the other name (see `particleLetters`). */
const PARTICLE = '_';
/** A small letter between two capitals: the only mixed-case shape `particleLetters` reads. */
const SMALL_BETWEEN_CAPITALS = /\p{Lu}\p{Ll}\p{Lu}/u;

/**
 * Since rules 1.131.0 (issue 9): "QiT" against "Quarrow Institute of Tarvel" or "University of Quarrow" against
 * "UiQ". An acronym written in capitals with one small letter between two capitals writes that small letter as a
 * particle, not as a word's initial: the body's own name in its language ("Universitetet i Quarrow": "i" for "of"),
 * where the capitals are the initials of the name words. When the small letter is itself a function word of the
 * data (org_words.yml function_words: "i", "y", "e", "a" …), it is read as standing for one function word of the
 * other name at that place, whatever its language (`PARTICLE` in the letters, which only a function word takes;
 * `expandInOrder`), every capital its word's initial in order, no word left out. Letters of the acronym as written
 * (`raw`), `orig` its word lower-cased; undefined when it has no such small letter.
 */
function particleLetters(raw: string, orig: string): string | undefined {
  if (!SMALL_BETWEEN_CAPITALS.test(raw)) {
    return undefined;
  }
  const functionWords = getReferenceData().orgStopwords;
  for (const written of raw.split(/[^\p{L}]+/u)) {
    if (written.length < 3 || written.toLowerCase() !== orig || !SMALL_BETWEEN_CAPITALS.test(written)) {
      continue;
    }
    const letters = [...written];
    let particles = 0;
    const read = letters.map((letter, at) => {
      const small = letter !== letter.toUpperCase();
      const between =
        at > 0 &&
        at < letters.length - 1 &&
        letters[at - 1] !== letters[at - 1].toLowerCase() &&
        letters[at + 1] !== letters[at + 1].toLowerCase();
      if (small && between && functionWords.has(letter)) {
        particles++;
        return PARTICLE;
      }
      return letter.toLowerCase();
    });
    // Every other letter a capital: "UiB", not "BelSU" (a word's first syllable) or "MinSalud".
    if (particles > 0 && letters.every((letter, at) => read[at] === PARTICLE || letter !== letter.toLowerCase())) {
      return read.join('');
    }
  }
  return undefined;
}

/**
 * "QDR, KTU" against "Quarrow Department of Research, Karrow Technical University" (since rules 1.128.0): a unit's
 * acronym and its parent's, each for its part of the name, the parent's written after a comma. A short word after a
 * comma is read as where the body is (a place, a campus: a qualifier), so it is read as an acronym only when the
 * segment is that one word written in capitals and every word before the comma is an acronym already read against
 * the other name: a pair of acronyms that both stand for the other name's words, never a lone one. The words before
 * the comma are read as acronyms (in capitals, "ESIQ" is no name word there).
 */
function acronymOfPair(short: PreparedName, shortFree: Set<number>, index: number): boolean {
  const pairAt = acronymPairAt(short);
  return (
    pairAt >= 0 &&
    (index < pairAt ||
      (index === pairAt &&
        comparableIndices(short).every((position) => position === pairAt || !shortFree.has(position))))
  );
}

/**
 * The place of the acronym after the comma in a name that is acronyms, a comma and one more acronym written in
 * capitals ("QDR, KTU", "QDR QX, KTU"; since rules 1.131.0 also "QDyR, KTU"); -1 for any other name. Each acronym before the comma stands for its part
 * of the other name as if alone (`readAcronym`: a function word left out, "ESIQ" for "Escuela Superior de
 * Ingeniería Quarrowense"), as a name that is only the acronym would.
 */
function acronymPairAt(short: PreparedName): number {
  const pair = short.mode === 'org' ? SEGMENT_ACRONYM_PAIR.exec(short.raw) : null;
  if (pair === null) {
    return -1;
  }
  const comparable = comparableIndices(short);
  const last = comparable[comparable.length - 1];
  // Since rules 1.131.0: an acronym before the comma may be written in mixed case ("QDyR, KTU"), a word is read as an
  // acronym only in a part written all in capitals.
  const capitals = !SMALL_LETTER.test(short.raw.slice(0, short.raw.indexOf(',')));
  if (
    comparable.length < 2 ||
    // (The word after the comma itself: "QUARROW TARVEL, OOO" closes with a legal form, not a second acronym.)
    short.tokens[last].text !== pair[1].toLowerCase() ||
    comparable.some(
      (position) =>
        position !== last &&
        short.kinds[position] !== Kind.Acronym &&
        !(capitals && short.kinds[position] === Kind.Name && CAPITALS_WORD.test(short.tokens[position].text)),
    ) ||
    (short.kinds[last] !== Kind.Qualifier && short.kinds[last] !== Kind.Acronym)
  ) {
    return -1;
  }
  return last;
}

/** Words (acronyms), a comma, and one word of two to eight Latin capitals (an acronym as written). */
const SEGMENT_ACRONYM_PAIR = /^[^,]+,\s*([A-Z]{2,8})\s*$/u;
const SMALL_LETTER = /\p{Ll}/u;

/** A word of two to eight Latin letters (in capitals, an acronym as much as a word). */
const CAPITALS_WORD = /^[a-z]{2,8}$/;

/** Whether `text` stands in `raw` as capitals closed by a small plural "s" ("GPs", "NGOs"), a word of its own. */
function pluralAcronymIn(raw: string, text: string): boolean {
  if (!/^[a-z]{2,5}s$/.test(text)) {
    return false;
  }
  for (const match of raw.matchAll(PLURAL_ACRONYM)) {
    if (match[1].toLowerCase() + 's' === text) {
      return true;
    }
  }
  return false;
}

/** Two to five capitals closed by a small "s", a word of its own ("GPs"). */
const PLURAL_ACRONYM = /(?<![\p{L}\p{N}])(\p{Lu}{2,5})s(?![\p{L}\p{N}])/gu;

/**
 * The letters an acronym may stand for: itself, and for one written with a 2 ("C2DH", "ICN2", "IC2MP")
 * the letter beside the 2 doubled, after it or before it.
 */
export function acronymLetters(text: string): string[] {
  if (/^[a-z]+$/.test(text)) {
    return [text];
  }
  if (!/^[a-z2]+$/.test(text) || !/[a-z]/.test(text)) {
    return [];
  }
  return [...new Set([text.replace(/([a-z])2/g, '$1$1'), text.replace(/2([a-z])/g, '$1$1')])].filter((letters) =>
    /^[a-z]+$/.test(letters),
  );
}

/**
 * The readings `matchAcronyms` tries: `acronymLetters`, and (since rules 1.44.0) an acronym of letters with a
 * digit as written ("QU4T"), its digit standing for a number word of the other name (a numeral "IV", a word
 * "Four" or "4"; acronymPieces gives a number word its digits). The candidate index keeps `acronymLetters`.
 */
function readingsOfAcronym(text: string, orig: string): string[] {
  const readings = acronymLetters(text);
  // (The word's text reads a digit between letters as a letter, "6" as "b"; its written form keeps it.)
  if (/^[a-z][a-z\d]*$/.test(orig) && /\d/.test(orig) && (orig.match(/[a-z]/g) ?? []).length >= 2) {
    readings.push(orig);
  }
  return readings;
}

function readAcronym(letters: string, index: number, reading: AcronymReading, inOrderOnly = false): boolean {
  const { short, shortFree, long, longFree, shortIsQuery, pairs } = reading;
  const sequence: number[] = [];
  const script = short.tokens[index].script;
  for (let position = 0; position < long.tokens.length; position++) {
    const kind = long.kinds[position];
    const word = long.tokens[position];
    if ((ACRONYM_WORDS.has(kind) && longFree.has(position)) || kind === Kind.Stop || kind === Kind.Legal) {
      // An Arabic-script word has no Latin initial (since rules 1.16.0): its reading's first letter is a
      // consonant where a Latin spelling may begin with a vowel, and "JM" is no initials of "جامعہ ملیہ".
      // Since rules 1.110.0 (issue 9), no word in another alphabet than the acronym's gives it a letter: a Latin
      // "QZE" is no initials of a Cyrillic "Завод …" read letter for letter (the acronym as written on one side).
      if (
        !word.isSyllable &&
        word.text.length > 0 &&
        word.script !== Script.Arabic &&
        !otherAlphabet(word.script, script)
      ) {
        sequence.push(position);
      }
    }
  }
  // An acronym inside a longer name ("U.S. Bureau") stands for initials only; prefixes ("UNIP") and a
  // left-out word are read only for a name that is the acronym alone, or the acronym and words the
  // other name has too ("QFIS Tarvel" for "Quillon de Física del Tarvel": the rest of it is aligned).
  // Acronyms joined by hyphens ("QCANUM-QRU") are each read as standing alone: either may carry the name.
  const alone =
    isMainAcronym(short, index) ||
    index < acronymPairAt(short) ||
    restAligned(short, shortFree, index) ||
    (short.kinds[index] === Kind.Acronym && HYPHENATED_ACRONYMS.test(short.raw.trim()));
  // A loose reading (looseReading) only for an acronym written in Latin letters: the acronym as written on one side.
  // A reading with particles (`particleLetters`) is plain initials in the words' order: each capital one word's
  // initial, no prefix, syllable or word left out ("ICAyCC" is no "Institut CAtalà d' [Arqueologia] CláCsica").
  const found =
    (inOrderOnly
      ? expandInOrder(letters, long, sequence, false)
      : expandAcronym(letters, long, sequence, alone, LATIN_LETTERS.test(short.tokens[index].orig))) ??
    (inOrderOnly ? undefined : camelWordReading(letters, long, sequence, alone));
  if (found) {
    shortFree.delete(index);
    found.words.forEach((position) => longFree.delete(position));
    pairs.push({
      query: shortIsQuery ? [index] : found.words,
      candidate: shortIsQuery ? found.words : [index],
      sim: found.skipped ? 0.85 : 0.9,
      how: Likeness.Acronym,
    });
    return true;
  }
  return false;
}

/** Fewest letters of an acronym read with a camel-case word as one word (`camelWordReading`). */
const CAMEL_ACRONYM_MIN = 3;

/**
 * Since rules 1.134.0 (issue 9): "QTI" against "Quarrow TarVel Institute". The tokeniser splits a written word at a
 * small letter followed by a capital ("TarVel": "tar vel"), and an acronym then wanted a letter for each part
 * ("QTVI"); a body that writes a surname or a name so ("IngenHousz") gives it one initial, as for any written word.
 * When the other readings fail, an acronym of three letters or more is read in the words' order, plain initials and
 * the lone acronym's pieces, with every part of such a word after its first giving nothing: the word's parts are
 * name words (not class words or function words), each split where the written name has a small letter and a
 * capital. The parts are covered with the first. Undefined when the name has no such word or the reading fails.
 */
function camelWordReading(
  letters: string,
  long: PreparedName,
  sequence: number[],
  alone: boolean,
): { words: number[]; skipped: boolean } | undefined {
  if (letters.length < CAMEL_ACRONYM_MIN || !SMALL_THEN_CAPITAL.test(long.raw)) {
    return undefined;
  }
  const tails = new Set<number>();
  const raw = long.raw;
  const lower = raw.toLowerCase();
  for (const position of sequence) {
    const before = position - 1;
    if (
      before < 0 ||
      !sequence.includes(before) ||
      long.kinds[position] !== Kind.Name ||
      long.kinds[before] !== Kind.Name
    ) {
      continue;
    }
    const head = long.tokens[before].orig;
    const tail = long.tokens[position].orig;
    for (let at = lower.indexOf(head + tail); at >= 0; at = lower.indexOf(head + tail, at + 1)) {
      const junction = at + head.length;
      // (The lower-cased text keeps the raw's places for the letters these words hold.)
      if (
        lower.length === raw.length &&
        raw[junction] !== lower[junction] &&
        raw[junction - 1] === lower[junction - 1] &&
        raw[junction - 1] !== raw[junction - 1].toUpperCase()
      ) {
        tails.add(position);
        break;
      }
    }
  }
  if (tails.size === 0) {
    return undefined;
  }
  const found = expandInOrder(
    letters,
    long,
    sequence.filter((position) => !tails.has(position)),
    alone,
  );
  if (!found) {
    return undefined;
  }
  const words = found.words.flatMap((position) => {
    const covered = [position];
    for (let next = position + 1; tails.has(next); next++) {
      covered.push(next);
    }
    return covered;
  });
  return { words, skipped: found.skipped };
}

/** A small letter followed by a capital: where the tokeniser splits a camel-case word. */
const SMALL_THEN_CAPITAL = /\p{Ll}\p{Lu}/u;

/**
 * Whether a word in `word` script gives an acronym in `acronym` script no letter (see `readAcronym`): a Latin acronym
 * and a Cyrillic or Greek word. (A Cyrillic acronym against English words reads their translations' initials, "КГТУ"
 * for "Karrow State Technical University", as three dev pairs do; counted, bench/HISTORY.md, rules 1.110.0.)
 */
function otherAlphabet(word: Script, acronym: Script): boolean {
  return acronym === Script.Latin && (word === Script.Cyrillic || word === Script.Greek);
}

/**
 * Whether every comparable word of `name` but the acronym at `index` is already aligned with the other
 * name, and at least one is: the acronym is then all that is left to read, as if it stood alone.
 */
function restAligned(name: PreparedName, free: Set<number>, index: number): boolean {
  let others = 0;
  for (let position = 0; position < name.tokens.length; position++) {
    if (position === index || !isComparable(name.kinds[position])) {
      continue;
    }
    if (free.has(position)) {
      return false;
    }
    others++;
  }
  return others > 0;
}

/** Whether an acronym in a longer name is the initials of that name's other words ("… University (SMU)"). */
export function initialsOfOwnWords(name: PreparedName, index: number): boolean {
  const letters = name.tokens[index].text;
  if (letters.length < 2 || !/^[a-z]+$/.test(letters)) {
    return false;
  }
  const sequence: number[] = [];
  for (let position = 0; position < name.tokens.length; position++) {
    const kind = name.kinds[position];
    if (position !== index && (ACRONYM_WORDS.has(kind) || kind === Kind.Stop || kind === Kind.Legal)) {
      if (!name.tokens[position].isSyllable && name.tokens[position].text.length > 0) {
        sequence.push(position);
      }
    }
  }
  const found = expandAcronym(letters, name, sequence, false);
  return found !== undefined && found.words.length === letters.length;
}

/** Letters one word may give an acronym: its initial, or a short prefix ("UNIVAL": UNIversidade do VALdor). */
const ACRONYM_PREFIX = 4;

/**
 * The letters a word may give an acronym, longest first: its initial; for a name that is the acronym
 * alone, a short prefix ("UNIVAL": UNIversidade do VALdor) or its initial and the first letter of a later
 * syllable or part ("GZ" for Guizhou, "SW" for Southwest); an acronym or a number written as a word in
 * the long name gives its own letters ("UK" in "UKRN", "Zero" in "ZWS").
 */
/** Most letters of a legal form read as a name's word that gives only its initial to an acronym (`acronymPieces`). */
const SHORT_LEGAL_FORM = 4;

function acronymPieces(long: PreparedName, position: number, alone: boolean): string[] {
  const kind = long.kinds[position];
  const token = long.tokens[position];
  const text = kind === Kind.Number && /^\p{L}+$/u.test(token.orig) ? asciiWord(token.orig) : token.text;
  if (kind === Kind.Stop || kind === Kind.Legal) {
    // Since rules 1.44.0: in a name that is the acronym alone, a function word of two letters or more may
    // give itself whole, as an acronym written "UdeQ" or "UDEQ" for "Universidad de Quarrow" keeps it.
    return alone && kind === Kind.Stop && /^[a-z]{2,3}$/.test(text) ? [text.slice(0, 1), text] : [text.slice(0, 1)];
  }
  if (kind === Kind.Acronym) {
    return [text, text.slice(0, 1)];
  }
  // "AG BANK" (since rules 1.164.0): a short legal form of the tables read as the name's own word (a legal form first
  // before one class word, rules 1.163.0) gives its initial, as the legal form does, never itself whole or a prefix:
  // "AGB" is no acronym of "AG BANK, AO" (the legal form's letters and the class word's initial).
  if (
    kind === Kind.Name &&
    text.length <= SHORT_LEGAL_FORM &&
    getReferenceData().legalTrie.next.get(text)?.value !== undefined
  ) {
    return [text.slice(0, 1)];
  }
  const pieces = new Set<string>();
  if (alone) {
    for (let take = Math.min(ACRONYM_PREFIX, text.length); take >= 2; take--) {
      pieces.add(text.slice(0, take));
    }
    const starts = partStarts(text);
    for (const [order, start] of starts.entries()) {
      pieces.add(text[0] + text[start]);
      for (const later of starts.slice(order + 1)) {
        pieces.add(text[0] + text[start] + text[later]);
      }
    }
  }
  pieces.add(text.slice(0, 1));
  if (alone) {
    translationInitials(long, position).forEach((initial) => pieces.add(initial));
    // Since rules 1.134.0 (issue 9): a subdivision's word gives its two-letter ISO 3166-2 code where the code
    // abbreviates it ("UMD" for "University of Maryland": "MD"; reference-data.ts subdivisionCodes), a name or
    // place word only: a compass or other deciding word ("South", a region's name too) gives none (an acronym "SUQS"
    // read "SU" for "South" against "South Quarrow Service" was a wrong match in the exactness gate, bench/HISTORY.md,
    // rules 1.134.0).
    if ((kind === Kind.Name || kind === Kind.Qualifier) && decidingGroupOf(text) === undefined) {
      getReferenceData()
        .subdivisionCodes.get(text)
        ?.forEach((code) => pieces.add(code));
    }
  }
  if (kind === Kind.Number && /^\d+$/.test(token.text)) {
    // A number word gives its digits too ("6" for "VI" or "Six"; see readingsOfAcronym).
    pieces.add(token.text);
  }
  return [...pieces];
}

/**
 * `acronymPieces` shortest first, worked out once per name, word and reading: an acronym's reading asks
 * for the same word's pieces again at each letter and each start it tries, and an indexed name is kept
 * prepared between queries. Keyed by the name object, whose words, kinds and tags never change.
 */
const piecesOfNames = new WeakMap<PreparedName, (readonly string[] | undefined)[]>();

function piecesShortestFirst(long: PreparedName, position: number, alone: boolean): readonly string[] {
  let pieces = piecesOfNames.get(long);
  if (!pieces) {
    pieces = [];
    piecesOfNames.set(long, pieces);
  }
  const slot = position * 2 + (alone ? 1 : 0);
  let known = pieces[slot];
  if (known === undefined) {
    known = acronymPieces(long, position, alone).sort((a, b) => a.length - b.length);
    pieces[slot] = known;
  }
  return known;
}

/**
 * Initials the word has in other languages, for an acronym of the body's name in another language than
 * the one written ("OFG" for "Austrian Research Association": Österreichische Forschungsgemeinschaft): a
 * class word's, deciding word's or demonym's translations in the tables (symbols.yml class groups,
 * org_words.yml deciding groups and country forms).
 */
function translationInitials(long: PreparedName, position: number): string[] {
  const reference = getReferenceData();
  const kind = long.kinds[position];
  const text = long.tokens[position].text;
  if (INDIC_WORD.test(long.tokens[position].orig)) {
    // Since rules 1.33.0: a word in an Indic script gives no translated initial (its group's translations are
    // listed without initials, org_words.yml class_translations_without_initials): a Latin acronym of such a
    // body is its English name's, in English word order, not the initials of the Indic words translated one by
    // one (राष्ट्रीय प्रौद्योगिकी संस्थान, "national technology institute", read "NTI" or "NTU"; exactness gate).
    return [];
  }
  let initials: string[];
  if (kind === Kind.Class) {
    initials = [...new Set(classSetOf(long.tags[position]).flatMap((group) => reference.classInitials[group] ?? []))];
  } else {
    const deciding = decidingGroupOf(text);
    const country = deciding === undefined ? reference.countryForms.get(text) : undefined;
    initials =
      deciding !== undefined
        ? (reference.decidingInitials.get(deciding) ?? [])
        : country !== undefined
          ? (reference.countryInitials.get(country) ?? [])
          : [];
  }
  // A word whose translations begin with many letters ("company": b, c, e, g, i, k…) says too little.
  return initials.length <= MAX_TRANSLATION_INITIALS ? initials : [];
}

/** Devanagari to Sinhala (U+0900-U+0DFF), as token-similarity.ts reads the Indic scripts. */
const INDIC_WORD = /[\u0900-\u0dff]/u;

/** Most initials a word's translations may have for the acronym to take them. */
const MAX_TRANSLATION_INITIALS = 4;

function asciiWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * Where later parts of a word begin: a consonant after a vowel or after a final n or ng (a syllable:
 * "gui|zhou", "cheng|du"), the end of a compass word or combining form it starts with ("south|west",
 * "micro|electronique"), or the head word it ends with ("forschungs|gemeinschaft"; org_words.yml). A word
 * may give its initial and one or two of these ("JGS" for "Jinggangshan").
 */
function partStarts(text: string): number[] {
  const starts = new Set<number>();
  for (let index = 2; index < text.length - 1; index++) {
    const consonant = !VOWELS.has(text[index]);
    // After a vowel ("xia|men"), or after a final n or ng ("cheng|du", "won|kwang").
    const afterNasal = text[index - 1] === 'n' || (text[index - 1] === 'g' && text[index - 2] === 'n');
    // The g of a final ng is no start ("jin|g"), a g after it is ("jing|gang").
    const finalNg = text[index] === 'g' && text[index - 1] === 'n';
    if (consonant && (VOWELS.has(text[index - 1]) || (afterNasal && !finalNg))) {
      starts.add(index);
    }
  }
  for (const start of pinyinGlideStarts(text)) {
    starts.add(start);
  }
  const reference = getReferenceData();
  for (const prefix of [...reference.compassWords, ...reference.compoundPrefixes]) {
    if (text.length > prefix.length + 2 && text.startsWith(prefix)) {
      starts.add(prefix.length);
    }
  }
  for (const head of reference.compoundHeads) {
    if (text.length >= head.length + 3 && text.endsWith(head)) {
      starts.add(text.length - head.length);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * Whether a word is written wholly in at most `budget` pinyin syllables of the Han reading table
 * (reference/han_readings.tsv), each with a vowel (the table's "n", "ng" and "m" are interjections, no syllable here).
 */
function pinyinSpelt(text: string, budget: number, from = 0): boolean {
  if (from === text.length) {
    return true;
  }
  if (budget === 0) {
    return false;
  }
  const syllables = pinyinSyllables();
  for (let end = Math.min(text.length, from + PINYIN_SYLLABLE_LONGEST); end > from; end--) {
    const syllable = text.slice(from, end);
    if (syllables.has(syllable) && /[aeiou]/.test(syllable) && pinyinSpelt(text, budget - 1, end)) {
      return true;
    }
  }
  return false;
}

/** The longest pinyin syllable ("zhuang", "chuang", "shuang"). */
const PINYIN_SYLLABLE_LONGEST = 6;
/** Most syllables of a place word read as pinyin: Chinese place names are two or three ("mao|yin", "xian|gou|yang"). */
const PINYIN_WORD_SYLLABLES = 3;

/**
 * Since rules 1.227.0 (issue 9, branch acr13): a y that begins a pinyin syllable after a vowel or a final n starts
 * a later part of the word, as a consonant does ("mao|yin", "kou|yang", "zhu|yan": "MYI…", "KYU…"). `partStarts`
 * counts y a vowel, as it is in most Latin-script words ("Quayle"), so only a word both of whose sides are written
 * wholly in the reading table's pinyin syllables, three at most (a Chinese place name's length), splits there; a
 * liberty of a lone acronym only, as every later part's letter is. In the shipped registry 65 records' display names
 * hold such a word (44 of them in China, Korea, Taiwan, Hong Kong or Singapore) and 12 acronyms use its y, all of those bodies'.
 */
function pinyinGlideStarts(text: string): number[] {
  const starts: number[] = [];
  for (let index = 2; index < text.length - 1; index++) {
    if (text[index] !== 'y' || !VOWELS.has(text[index + 1])) {
      continue;
    }
    if (!VOWELS.has(text[index - 1]) && text[index - 1] !== 'n') {
      continue;
    }
    for (let before = 1; before < PINYIN_WORD_SYLLABLES; before++) {
      if (pinyinSpelt(text.slice(0, index), before) && pinyinSpelt(text.slice(index), PINYIN_WORD_SYLLABLES - before)) {
        starts.push(index);
        break;
      }
    }
  }
  return starts;
}

/**
 * Reads an acronym as the beginnings of successive words: each word gives its initial or another piece
 * (see acronymPieces), function words may give their initial or nothing, and an acronym of four or more
 * letters may leave out one name word ("MINVAT" for "Ministerio de Vivienda, Agua y Territorio"). For a
 * name that is the acronym alone, one class word may stand first or last ("KPSI" for "Kansai Institute
 * for Photon Science", "UG" for "Gunadarma University"). Returns the name words it covers (function
 * words excluded), or undefined.
 */
function expandAcronym(
  letters: string,
  long: PreparedName,
  sequence: number[],
  alone: boolean,
  loose = false,
): { words: number[]; skipped: boolean } | undefined {
  const found = expandInOrder(letters, long, sequence, alone);
  if (found || !alone) {
    return found;
  }
  return strictlyReordered(letters, long, sequence) ?? (loose ? looseReading(letters, long, sequence) : undefined);
}

/** `expandAcronym`'s readings of a lone acronym beyond the words' order: a class word moved, or all initials. */
function strictlyReordered(
  letters: string,
  long: PreparedName,
  sequence: number[],
): { words: number[]; skipped: boolean } | undefined {
  for (const moved of sequence) {
    if (long.kinds[moved] !== Kind.Class) {
      continue;
    }
    const rest = sequence.filter((position) => position !== moved);
    const reordered =
      movedReading(letters, long, [moved, ...rest]) ??
      movedReading(letters, long, [...rest, moved]) ??
      impliedOf(letters, long, moved, rest);
    if (reordered) {
      return reordered;
    }
  }
  return initialsInOtherOrder(letters, long, sequence);
}

/**
 * `expandInOrder` of a lone acronym with a class word moved (see `strictlyReordered`). Since rules 1.110.0 (issue 9):
 * a reading that moves a class word and also leaves a name word out is two liberties at once, so its words give
 * only their leading letters ("IROST": Institute, Research, Of, Science, Technology, "Tarvel" left out), no initial of
 * a later syllable and no translated initial: "QCSIST" is not "Quarrow Chalmer Science [Technology] InSTitute".
 */
function movedReading(
  letters: string,
  long: PreparedName,
  sequence: number[],
): { words: number[]; skipped: boolean } | undefined {
  const found = expandInOrder(letters, long, sequence, true);
  return found?.skipped ? expandInOrder(letters, long, sequence, true, true) : found;
}

const LATIN_LETTERS = /^\p{Script=Latin}+$/u;

/**
 * Fewest letters for a loose reading (see looseReading): a loose piece has three letters or more and another word
 * gives one at least, so no shorter acronym is read this way. (Tried while counting, bench/HISTORY.md, rules
 * 1.67.0: a looser walk, with skips and function-word letters, fired on three-letter acronyms of parent-child
 * non-matches; five would keep out the one four-letter true pair of the dev sets and nothing else.)
 */
const LOOSE_ACRONYM_MIN = 4;

/**
 * Since rules 1.67.0: a lone acronym of four letters or more, written in Latin letters, whose other readings fail
 * may take one word's piece beyond those `acronymPieces` gives (see `loosePieces`): "UTAM" for "The University of
 * Tadoma" ("tam": the first syllable and a later syllable's initial), "MARINTS" for "Centre Marination, tarvel et
 * société" ("marin": a leading part of five letters or more). A loose piece is weak evidence, so the rest of the
 * reading is strict: the words in their order, no name word left out inside, before or after it (class words and
 * qualifiers may stay over before it, as "Centre" does), nothing but function words after it, function words
 * giving no letter, every other word its initial or a strict piece (issue 9: the acronym as written on one side,
 * every letter from the other side's words in order).
 */
function looseReading(
  letters: string,
  long: PreparedName,
  sequence: number[],
): { words: number[]; skipped: boolean } | undefined {
  if (letters.length < LOOSE_ACRONYM_MIN) {
    return undefined;
  }
  const walk = (at: number, from: number, looseUsed: boolean): number[] | undefined => {
    if (at === letters.length) {
      return looseUsed ? [] : undefined;
    }
    if (from === sequence.length) {
      return undefined;
    }
    const position = sequence[from];
    if (long.kinds[position] === Kind.Stop || long.kinds[position] === Kind.Legal) {
      return walk(at, from + 1, looseUsed);
    }
    const strict = piecesShortestFirst(long, position, true);
    for (const [index, piece] of [...strict, ...(looseUsed ? [] : loosePieces(long, position))].entries()) {
      if (letters.startsWith(piece, at)) {
        const rest = walk(at + piece.length, from + 1, looseUsed || index >= strict.length);
        if (rest) {
          return [position, ...rest];
        }
      }
    }
    return undefined;
  };
  const named = (position: number) => {
    const kind = long.kinds[position];
    return kind === Kind.Name || kind === Kind.NamedBody || kind === Kind.Acronym || kind === Kind.Number;
  };
  const functionWord = (position: number) => long.kinds[position] === Kind.Stop || long.kinds[position] === Kind.Legal;
  for (let from = 0; from < sequence.length; from++) {
    const words = walk(0, from, false);
    // Two words at least, every name word of the other name among them, and nothing but function words after the
    // last ("<the acronym's words> Marine Station" is a unit of the body the acronym names).
    const last = words === undefined ? -1 : sequence.indexOf(words[words.length - 1]);
    if (
      words &&
      words.length >= 2 &&
      sequence.every((position) => !named(position) || words.includes(position)) &&
      sequence.slice(last + 1).every(functionWord)
    ) {
      return { words, skipped: true };
    }
    if (named(sequence[from])) {
      // A name word before the reading's first word would be left out.
      return undefined;
    }
  }
  return undefined;
}

/**
 * A word's pieces for a loose reading (see looseReading), shortest first: for a word of Latin letters, its first
 * two to four letters with the initial of a later syllable or part (`partStarts`) after them ("tam" for "tadoma"),
 * and its leading parts longer than `ACRONYM_PREFIX`, up to the whole word ("marin", "tarvelo").
 */
function loosePieces(long: PreparedName, position: number): readonly string[] {
  let pieces = loosePiecesOfNames.get(long);
  if (!pieces) {
    pieces = [];
    loosePiecesOfNames.set(long, pieces);
  }
  let known = pieces[position];
  if (known === undefined) {
    const text = long.tokens[position].text;
    const kind = long.kinds[position];
    const found = new Set<string>();
    if (kind !== Kind.Acronym && kind !== Kind.Number && /^[a-z]+$/.test(text)) {
      for (const start of partStarts(text)) {
        for (let take = 2; take <= Math.min(ACRONYM_PREFIX, start); take++) {
          found.add(text.slice(0, take) + text[start]);
        }
      }
      for (let take = ACRONYM_PREFIX + 1; take <= text.length; take++) {
        found.add(text.slice(0, take));
      }
    }
    known = [...found].sort((a, b) => a.length - b.length);
    pieces[position] = known;
  }
  return known;
}

const loosePiecesOfNames = new WeakMap<PreparedName, (readonly string[] | undefined)[]>();

/** Fewest letters for an acronym read from its words' initials in another order. */
const REORDERED_ACRONYM_MIN = 3;

/**
 * "CSB" for "Brevik Space Centre" (Centre Spatial de Brevik): a name that is the acronym alone may give
 * the initials of all the other name's words in another order, as the body's name in a language with
 * another word order does. Every word but function words and legal forms gives its initial, once.
 */
function initialsInOtherOrder(
  letters: string,
  long: PreparedName,
  sequence: number[],
): { words: number[]; skipped: boolean } | undefined {
  const words = sequence.filter(
    (position) => long.kinds[position] !== Kind.Stop && long.kinds[position] !== Kind.Legal,
  );
  if (letters.length < REORDERED_ACRONYM_MIN || words.length !== letters.length) {
    return undefined;
  }
  const initials = words.map((position) => long.tokens[position].text[0]).sort();
  return initials.join('') === [...letters].sort().join('') ? { words, skipped: true } : undefined;
}

/**
 * "UOQ" for "Quarrow University": the class word read first as "University of Quarrow", the "of" it
 * implies giving the acronym's second letter.
 */
function impliedOf(
  letters: string,
  long: PreparedName,
  moved: number,
  rest: number[],
): { words: number[]; skipped: boolean } | undefined {
  if (letters.length < 3 || letters[1] !== 'o' || long.tokens[moved].text[0] !== letters[0]) {
    return undefined;
  }
  const found = expandInOrder(letters[0] + letters.slice(2), long, [moved, ...rest], true);
  return found && found.words[0] === moved ? found : undefined;
}

/** `pieceLiberty`: a word's later syllable or part beside its initial ("gz" of "guizhou"). */
const SYLLABLE_LIBERTY = 1;
/** `pieceLiberty`: an initial of the word's translation ("c" of "group" read as "company"'s kin). */
const TRANSLATION_LIBERTY = 2;
const BOTH_LIBERTIES = SYLLABLE_LIBERTY | TRANSLATION_LIBERTY;

/**
 * The liberty a piece of a word takes beyond its leading letters (since rules 1.224.0): a piece of two letters or more
 * that is not how the word begins (its initial and a later syllable's or part's, a subdivision's code), or one letter
 * that is not its initial (a translation's).
 */
function pieceLiberty(text: string, piece: string): number {
  if (piece.length >= 2) {
    return text.startsWith(piece) ? 0 : SYLLABLE_LIBERTY;
  }
  return piece.length === 1 && piece !== text.slice(0, 1) ? TRANSLATION_LIBERTY : 0;
}

function expandInOrder(
  letters: string,
  long: PreparedName,
  sequence: number[],
  alone: boolean,
  leading = false,
): { words: number[]; skipped: boolean } | undefined {
  const allowedSkips = alone && letters.length >= 4 ? 1 : 0;
  const walk = (
    at: number,
    from: number,
    skips: number,
    liberties = 0,
  ): { words: number[]; skipped: boolean } | undefined => {
    if (at === letters.length) {
      return { words: [], skipped: false };
    }
    if (from === sequence.length) {
      return undefined;
    }
    const position = sequence[from];
    // Function words and legal forms may give their initial or nothing.
    const stop = long.kinds[position] === Kind.Stop || long.kinds[position] === Kind.Legal;
    if (stop && at > 0) {
      // A function word gives nothing first, so that its initial does not take a later name word's letter
      // ("GRS": Groupe de Recherche sur la Socialisation).
      const skipped = walk(at, from + 1, skips, liberties);
      if (skipped) {
        return skipped;
      }
    }
    if (letters[at] === PARTICLE) {
      // A small letter written as a particle (`particleLetters`) stands for one function word, nothing else.
      return long.kinds[position] === Kind.Stop ? walk(at + 1, from + 1, skips, liberties) : undefined;
    }
    // Initials last: an acronym covers as many words as it can, so longer pieces are tried after.
    const pieces = piecesShortestFirst(long, position, alone);
    for (const piece of pieces) {
      if (leading && !long.tokens[position].text.startsWith(piece)) {
        // (movedReading: leading letters only.)
        continue;
      }
      // A function word given whole ("de" in "UdeQ") is never the acronym's end: "DMAND" is "Digital
      // Manufacturing and Design", not "Digital M… and" with the last word left out.
      const wholeStopAtEnd = stop && piece.length > 1 && at + piece.length === letters.length;
      // Since rules 1.224.0 (probe8's A3): a later syllable's letter of one word and a translated initial of another
      // are two liberties at once ("NLQ" is no reading of "Nilqo Group": n-l of one word, a translation's "c" of
      // "group"); a reading takes one or the other, beside plain initials.
      const taken =
        long.kinds[position] === Kind.Number ? liberties : liberties | pieceLiberty(long.tokens[position].text, piece);
      if (taken === BOTH_LIBERTIES) {
        continue;
      }
      if (piece.length > 0 && !wholeStopAtEnd && letters.startsWith(piece, at)) {
        const rest = walk(at + piece.length, from + 1, skips, taken);
        if (rest) {
          return { words: stop ? rest.words : [position, ...rest.words], skipped: rest.skipped };
        }
      }
    }
    if (stop) {
      return at > 0 ? undefined : walk(at, from + 1, skips, liberties);
    }
    if (skips > 0 && at > 0) {
      const rest = walk(at, from + 1, skips - 1, liberties);
      if (rest) {
        return { words: [position, ...rest.words], skipped: true };
      }
    }
    return undefined;
  };
  const leadingArticles = getReferenceData().orgNamePrefixes;
  for (let from = 0; from < sequence.length; from++) {
    // An acronym may begin with a function word or legal form that begins the name ("DMU": De Montfort
    // University; "CIMAR": Cooperative Institute for …); with a leading article ("The", "Le") only when the
    // acronym stands alone (since rules 1.11.0: "TQF" for "The Quarrow Foundation", the article's initial
    // kept as the body writes it).
    const first = long.tokens[sequence[from]];
    const kind = long.kinds[sequence[from]];
    if ((kind === Kind.Stop || kind === Kind.Legal) && (from > 0 || (!alone && leadingArticles.has(first.text)))) {
      continue;
    }
    const found = walk(0, from, allowedSkips);
    // Initials of one word are an abbreviation, not an acronym.
    if (found && found.words.length >= 2) {
      return found;
    }
  }
  return undefined;
}

/**
 * Compares two prepared names: aligns their words one to one (best pairs first), then joined
 * words and acronyms, and scores matched weight against conflicting and extra words.
 */
/**
 * Which side's acronym-only names may be read as the initials of the other side: a name that is only an
 * acronym stands for the other side's words when its party has no full name to check the expansion
 * against (a query that is itself "NUDT"; a pair of two strings). A listed alias "CSU" of "Central
 * South University" never stands for a query "Cleveland State University": the full names decide. An
 * acronym inside a longer name ("U.K. Office of Public Works") may always be expanded.
 */
export type AcronymUse = 'always' | 'in-full-names' | 'never';
export interface AcronymSides {
  query: AcronymUse;
  candidate: AcronymUse;
}

export const BOTH_SIDES: AcronymSides = { query: 'always', candidate: 'always' };

export function acronymUse(party: PreparedParty): AcronymUse {
  if (party.listed) {
    return 'never';
  }
  return hasFullName(party) ? 'in-full-names' : 'always';
}

export function mayExpand(use: AcronymUse, name: PreparedName): boolean {
  return use === 'always' || (use === 'in-full-names' && isFullName(name));
}

/**
 * Whether a name that is only acronyms may take an acronym's score (`acronymWrittenIn`,
 * `acronymStandsFor`): both need every comparable word of the short name to be a code or a place
 * (`onlyCodes`).
 */
export function mayTakeAcronymScore(use: AcronymUse, name: PreparedName): boolean {
  return mayExpand(use, name) && onlyCodes(name) !== undefined;
}

/** `acronymWrittenIn` for a side whose acronyms may be expanded, unless the other name is a unit named after it. */
export function acronymWrittenFor(
  use: AcronymUse,
  short: PreparedName,
  long: PreparedName,
  pairs: AlignedPair[],
  side: 'query' | 'candidate',
): boolean {
  return (
    mayExpand(use, short) &&
    acronymWrittenIn(short, long, pairs, side) &&
    !unitNamedAfterAcronym(short, long) &&
    !universityUnitAfterAcronym(short, long) &&
    !unitBeforeClosingAcronym(short, long) &&
    codeOfAnotherBody(long, unmatchedOf(long, pairs, side === 'query' ? 'candidate' : 'query'), short) === undefined
  );
}

/** The comparable words of `name` (on `side` of `pairs`) that no pair aligns. */
function unmatchedOf(name: PreparedName, pairs: AlignedPair[], side: 'query' | 'candidate'): number[] {
  return comparableIndices(name).filter((index) => !pairs.some((pair) => pair[side].includes(index)));
}

/**
 * A name of capitals and digits only whose codes are joined by hyphens, dashes or slashes ("QRU-TVM", "QRU/TVM",
 * "QRU - TVM"): a registry's code of a unit, a section or a programme, each piece an acronym.
 */
const JOINED_CODES = /^[\p{Lu}\d&]+(?:\s?[-–/]\s?[\p{Lu}\d&]+)+$/u;

/**
 * Since rules 1.42.0: the code left over when `name` is a name of joined codes (JOINED_CODES) and `other` is
 * one acronym, one of those codes ("QRU" / "QRU-TVM", "QRU/TVM"; "QRU/ABC" / "QRU/TVM" when the other code
 * is no acronym): the other codes name another body of the one "QRU" names (its unit's, section's or
 * programme's code, or a parent's), not the body "QRU" alone names. On the FundRef dev labels every such
 * pair is a parent and its unit or two sibling units; no true pair of the dev sets has this shape (bench/
 * HISTORY.md, pc5; the exactness gate's were a parent's query against its institutes and a network's national
 * node, "<ACR>-CZ"). A country written as a word of the country tables is left to the country rules, as
 * parentBodyNamed leaves it. The acronym against a long name is not read here: the code's other piece may be the
 * parent's ("QRU-TVM" / "Tarvel Vine Museum", the unit itself) or the unit's ("QRU-TVM" / "Quarrow Research
 * Union", the parent); only the class of the long name's body tells them apart, and one family is all the dev
 * sets hold of the second.
 */
export function codeOfAnotherBody(name: PreparedName, unmatched: number[], other: PreparedName): string | undefined {
  if (name.mode !== 'org' || unmatched.length === 0 || !JOINED_CODES.test(name.raw.trim())) {
    return undefined;
  }
  const otherWords = comparableIndices(other);
  if (otherWords.length !== 1 || other.kinds[otherWords[0]] !== Kind.Acronym) {
    return undefined;
  }
  const reference = getReferenceData();
  const code = (index: number) =>
    name.kinds[index] === Kind.Acronym &&
    name.tokens[index].text.length >= 2 &&
    !reference.orgCountryWords.has(name.tokens[index].text) &&
    !reference.countryForms.has(name.tokens[index].text);
  return unmatched.every(code) ? name.tokens[unmatched[0]].text : undefined;
}

export function dropOwnAcronyms(name: PreparedName, free: Set<number>): void {
  for (const index of ownAcronymPlaces(name)) {
    free.delete(index);
  }
}

/**
 * The places of a name's acronyms that are the initials of its other words: worked out once per name and kept on
 * it (every comparison of an organisation's name with a free acronym asked again; the answer is the name's alone).
 */
function ownAcronymPlaces(name: PreparedName): readonly number[] {
  if (name.ownAcronyms === undefined) {
    const places: number[] = [];
    for (let index = 0; index < name.tokens.length; index++) {
      if (name.kinds[index] === Kind.Acronym && initialsOfOwnWords(name, index)) {
        places.push(index);
      }
    }
    name.ownAcronyms = places;
  }
  return name.ownAcronyms;
}

/**
 * "QSA College" against "Quarrow Sunna Army": the class word written beside an acronym names the kind
 * of body, and the class words the acronym stands for name another kind (a college is no army). Returns
 * the two words, or undefined.
 */
export function acronymKindDiffers(
  query: PreparedName,
  unmatchedQuery: number[],
  candidate: PreparedName,
  unmatchedCandidate: number[],
  pairs: AlignedPair[],
): [string, string] | undefined {
  const kinds = getReferenceData().classKinds;
  const kindsOf = (groups: number[]) => groups.map((group) => kinds.get(group) ?? -1).filter((kind) => kind >= 0);
  for (const pair of pairs) {
    if (pair.how !== Likeness.Acronym) {
      continue;
    }
    const [short, left, long, words] =
      pair.query.length === 1 && pair.candidate.length > 1
        ? [query, unmatchedQuery, candidate, pair.candidate]
        : [candidate, unmatchedCandidate, query, pair.query];
    const covered = words.filter((index) => long.kinds[index] === Kind.Class);
    if (covered.length === 0) {
      continue;
    }
    const coveredGroups = covered.flatMap((index) => classSetOf(long.tags[index]));
    const coveredKinds = kindsOf(coveredGroups);
    for (const index of left) {
      if (short.kinds[index] !== Kind.Class) {
        continue;
      }
      const groups = classSetOf(short.tags[index]);
      const same =
        groups.some((group) => coveredGroups.includes(group)) ||
        kindsOf(groups).some((kind) => coveredKinds.includes(kind));
      if (!same) {
        return [short.tokens[index].orig, covered.map((position) => long.tokens[position].orig).join(', ')];
      }
    }
  }
  return undefined;
}

/**
 * Most letters of a body's code written beside the acronym of one of its units ("QRAM" of "QCRM QRAM", "QRSTE" of
 * "QRSTE-QUL QCSH"); in a company's name (a legal form of company_words.yml company_legal_generics) a longer word is
 * the company's own word (`wordOfItsOwn`). A registry body's parent may have a longer code ("QRAMVEL QCIDP"): beside a
 * unit's acronym, only the tables tell a word.
 */
const BODY_CODE_MAX_LETTERS = 5;

/**
 * Since rules 1.176.0 (issue 9): "REAL QTA" against "Quarrow Tidal Agency", "QDB VELVANOR LIMITED" against "Quarrow
 * Delta Bank". A word read as the initials of words of the other name (the reading made from those words: the other
 * name does not write it), the only word of its name aligned, beside a word of its own name that the other name
 * lacks and that is a word, not a body's code, names another body: a body named by its own word and a few letters.
 * Such a word (`wordOfItsOwn`) is a name word in Latin letters that the tables know as a word (english_words.tsv,
 * given_names.tsv, name_frequency.yml's common names), or, in a company's name, one of more than
 * BODY_CODE_MAX_LETTERS letters. A registry unit's acronym beside its parent's code ("QCRM QRAM" against "Quarrow
 * Centre of Regional Mapping") keeps its reading: the code is no word of these. Returns the acronym as written, the
 * words it stands for and the word of its own, or undefined.
 */
export function initialsBesideOwnWord(
  query: PreparedName,
  unmatchedQuery: number[],
  candidate: PreparedName,
  unmatchedCandidate: number[],
  pairs: AlignedPair[],
): [string, string, string] | undefined {
  if (pairs.length !== 1 || pairs[0].how !== Likeness.Acronym) {
    return undefined;
  }
  const pair = pairs[0];
  const [short, left, long, words] =
    pair.query.length === 1 && pair.candidate.length > 1
      ? [query, unmatchedQuery, candidate, pair.candidate]
      : pair.candidate.length === 1 && pair.query.length > 1
        ? [candidate, unmatchedCandidate, query, pair.query]
        : [undefined, [], undefined, []];
  if (short === undefined || long === undefined) {
    return undefined;
  }
  let company: boolean | undefined;
  const own = left.find((index) => wordOfItsOwn(short, index, () => (company ??= companyName(short))));
  if (own === undefined) {
    return undefined;
  }
  const acronym = short.tokens[(short === query ? pair.query : pair.candidate)[0]].orig;
  return [acronym, words.map((index) => long.tokens[index].orig).join(' '), short.tokens[own].orig];
}

/** Whether the word at `index` is a word of the name's own, no body's code (`initialsBesideOwnWord`). */
function wordOfItsOwn(name: PreparedName, index: number, company: () => boolean): boolean {
  const token = name.tokens[index];
  if (name.kinds[index] !== Kind.Name || token.script !== Script.Latin) {
    return false;
  }
  const reference = getReferenceData();
  return (
    reference.englishWords.has(token.text) ||
    reference.givenNames.has(token.text) ||
    reference.commonPersonNames.has(token.text) ||
    (token.text.length > BODY_CODE_MAX_LETTERS && company())
  );
}

/**
 * "QTI LLC" against "Quarrow Tidal Institute" (since rules 1.181.0; issue 9): a name that is only initials and a
 * company's legal form (company_words.yml company_legal_generics) is a company's name; read as the initials of a name
 * of another kind of body, one with a class word of company_words.yml non_company_body_classes (a university, an
 * institute, a ministry …) and neither a company's legal form nor a class word of company_kind_classes, it names
 * another body (`acronymExpanded` is not taken; the score is capped at ORG_DIFFERENCE_CAP). Only where the alignment
 * is exactly that one acronym pair and the legal form is written as a word of its own (a space between: "QTI-SA" is a
 * unit's code joined to a place or a parent). Since rules 1.208.0 words of the company's own may be left on the
 * acronym's side ("LLC QT-FLOT", "QTIS OCEAN GMBH") when the legal form stands first or last and the company's name
 * writes no class word of those kinds; before, only a name of initials and the legal form alone was read. A legal
 * form whose letters are the initials of the other name's words left over ("QOS SAS" against "Quarrow Oriental
 * Studies of the Slovak Academy of Sciences") is that body's acronym, not a company's form, and the rule is not
 * taken. Returns the acronym, the words read, the legal form and the other name's class word.
 */
export function initialsBesideLegalForm(
  query: PreparedName,
  unmatchedQuery: number[],
  candidate: PreparedName,
  unmatchedCandidate: number[],
  pairs: AlignedPair[],
): InitialsBesideLegal | undefined {
  if (pairs.length !== 1 || pairs[0].how !== Likeness.Acronym) {
    return undefined;
  }
  const pair = pairs[0];
  const [short, left, long, longLeft, words] =
    pair.query.length === 1 && pair.candidate.length > 1
      ? [query, unmatchedQuery, candidate, unmatchedCandidate, pair.candidate]
      : pair.candidate.length === 1 && pair.query.length > 1
        ? [candidate, unmatchedCandidate, query, unmatchedQuery, pair.query]
        : [undefined, [], undefined, [], []];
  if (short === undefined || long === undefined || !WORDS_APART.test(short.raw.trim())) {
    return undefined;
  }
  const reference = getReferenceData();
  let legal = -1;
  for (let index = 0; index < short.tokens.length; index++) {
    if (short.kinds[index] === Kind.Legal && reference.companyLegalForms.has(short.tags[index])) {
      legal = index;
      break;
    }
  }
  if (legal < 0 || companyName(long)) {
    return undefined;
  }
  // Since rules 1.208.0: words of the company's own left over beside the initials ("QT OCEAN GMBH", "LLC QT-FLOT")
  // keep the reading when the legal form stands first or last, as a company's does, and the company's name writes no
  // class word of a body of those kinds ("QTI Institute LLC").
  if (
    left.length > 0 &&
    (companyLegalFormAt(short, legal) === undefined ||
      left.some(
        (index) =>
          short.kinds[index] === Kind.Class &&
          classSetOf(short.tags[index]).some((group) => reference.nonCompanyBodyClasses.has(group)),
      ))
  ) {
    return undefined;
  }
  let bodyClass = -1;
  for (let index = 0; index < long.tokens.length; index++) {
    if (long.kinds[index] !== Kind.Class) {
      continue;
    }
    const groups = classSetOf(long.tags[index]);
    if (groups.some((group) => reference.companyKindClasses.has(group))) {
      return undefined;
    }
    if (bodyClass < 0 && groups.some((group) => reference.nonCompanyBodyClasses.has(group))) {
      bodyClass = index;
    }
  }
  if (bodyClass < 0 || initialsOfWordsLeft(short.tokens[legal].text, long, longLeft)) {
    return undefined;
  }
  const acronym = short.tokens[(short === query ? pair.query : pair.candidate)[0]].orig;
  const own = left
    .filter((index) => isComparable(short.kinds[index]))
    .map((index) => short.tokens[index].orig)
    .join(' ');
  return [
    acronym,
    words.map((index) => long.tokens[index].orig).join(' '),
    short.tokens[legal].orig,
    long.tokens[bodyClass].orig,
    ...(own.length > 0 ? [own] : []),
  ] as InitialsBesideLegal;
}

/** The acronym, the words read, the legal form, the other name's class word, and the company's own words left over. */
export type InitialsBesideLegal = [string, string, string, string] | [string, string, string, string, string];

/**
 * "Quarrow College" against "PMC Quarrow" or "Quarrow S.A." (since rules 1.205.0; issue 9, probe6's R4): a name with a
 * company's legal form (company_words.yml company_legal_generics, the private military company's "PMC" and "ChVK"
 * among them) names a company; the other name's class word of company_words.yml non_company_body_classes left over (a
 * college, a university, an institute, a ministry, a society …) names a body of another kind, and the shared words
 * are a namesake's, not the same body with half a word more. `initialsBesideLegalForm`'s reading for names aligned by
 * their words: taken when the words are aligned without an acronym (initials are that rule's), the body's name has no
 * company's legal form, no class word of company_kind_classes ("Quarrow College Group" may be a company) and none of a
 * trade (address_after_classes: "Quarrow Trading Institute", the Arabic mu'assasa, is an establishment that trades), the
 * company's name writes no class word of non_company_body_classes ("Quarrow College Ltd" is a college), and the legal
 * form is not the initials of the body's words left over ("EI Quarrow" against "École d'Ingénieurs de Quarrow": the
 * school's acronym, not a sole trader's form). Returns the body's class word and the company's legal form as written.
 */
export function companyAgainstOtherKind(
  query: PreparedName,
  unmatchedQuery: number[],
  candidate: PreparedName,
  unmatchedCandidate: number[],
  pairs: AlignedPair[],
): [string, string] | undefined {
  if (pairs.length === 0 || pairs.some((pair) => pair.how === Likeness.Acronym)) {
    return undefined;
  }
  return (
    otherKindThanCompany(query, unmatchedQuery, candidate) ?? otherKindThanCompany(candidate, unmatchedCandidate, query)
  );
}

function otherKindThanCompany(
  body: PreparedName,
  bodyLeft: number[],
  company: PreparedName,
): [string, string] | undefined {
  const reference = getReferenceData();
  const bodyClass = bodyLeft.find(
    (index) =>
      body.kinds[index] === Kind.Class &&
      classSetOf(body.tags[index]).some((group) => reference.nonCompanyBodyClasses.has(group)),
  );
  if (bodyClass === undefined || companyName(body)) {
    return undefined;
  }
  for (let index = 0; index < body.tokens.length; index++) {
    if (
      body.kinds[index] === Kind.Class &&
      classSetOf(body.tags[index]).some(
        (group) => reference.companyKindClasses.has(group) || reference.addressAfterClasses.has(group),
      )
    ) {
      return undefined;
    }
  }
  for (let index = 0; index < company.tokens.length; index++) {
    if (
      company.kinds[index] === Kind.Class &&
      classSetOf(company.tags[index]).some((group) => reference.nonCompanyBodyClasses.has(group))
    ) {
      return undefined;
    }
  }
  for (let start = 0; start < company.tokens.length; start++) {
    if (company.kinds[start] !== Kind.Legal || !reference.companyLegalForms.has(company.tags[start])) {
      continue;
    }
    const end = legalFormEnd(company, start);
    if (
      companyLegalFormAt(company, start) !== undefined &&
      !initialsOfWordsLeft(company.tokens[start].text, body, bodyLeft)
    ) {
      return [
        body.tokens[bodyClass].orig,
        range(start, end)
          .map((index) => company.tokens[index].orig)
          .join(' '),
      ];
    }
    start = end - 1;
  }
  return undefined;
}

/** The end (exclusive) of the run of legal-form words that starts at `start` ("S.A. de C.V.": "de" is read with it). */
function legalFormEnd(name: PreparedName, start: number): number {
  let end = start + 1;
  while (end < name.tokens.length && name.kinds[end] === Kind.Legal) {
    end++;
  }
  return end;
}

/**
 * A company's legal form (company_words.yml company_legal_generics) at `start`, its run of words ("Private Military
 * Company", "S.A. de C.V.") standing first or last among the name's words, as legal forms stand: the run's end, or
 * undefined. One inside the name ("Aontas … na hÉireann", "QIAP AS CR") is a word or an acronym of the name that the
 * tables also hold as a legal form.
 */
function companyLegalFormAt(name: PreparedName, start: number): number | undefined {
  if (name.kinds[start] !== Kind.Legal || !getReferenceData().companyLegalForms.has(name.tags[start])) {
    return undefined;
  }
  const end = legalFormEnd(name, start);
  return !wordOfNameBetween(name, 0, start) || !wordOfNameBetween(name, end, name.tokens.length) ? end : undefined;
}

/** The first company's legal form standing first or last among the name's words (`companyLegalFormAt`), or undefined. */
function companyLegalFormOf(name: PreparedName): number | undefined {
  for (let index = 0; index < name.tokens.length; index++) {
    if (companyLegalFormAt(name, index) !== undefined) {
      return index;
    }
  }
  return undefined;
}

/**
 * "Quarrow University" against "QUARROW UNIVERSAL REFINERY S.A." (since rules 1.208.0; issue 9): an acronym read as
 * the initials of a company's name (a company's legal form, company_words.yml company_legal_generics, standing first or
 * last), beside a class word of company_words.yml non_company_body_classes left over on the acronym's side ("MEF
 * University"), names a body of another kind than the company the initials stand for. `acronymKindDiffers` reads the
 * class words among the initials' words; a company known by its legal form has none, so this reads the form. Not taken
 * when the acronym's name is itself a company's (a legal form, a class word of company_kind_classes or of a trade,
 * address_after_classes: "QUR Trading Institute"), nor when the company's name writes a class word of those kinds
 * ("Quarrow Universal College Ltd"). Returns the class word, the acronym and the company's name as written.
 */
export function acronymOfCompanyBesideOtherKind(
  query: PreparedName,
  unmatchedQuery: number[],
  candidate: PreparedName,
  unmatchedCandidate: number[],
  pairs: AlignedPair[],
): [string, string, string] | undefined {
  const reference = getReferenceData();
  const nonCompanyClass = (name: PreparedName, index: number) =>
    name.kinds[index] === Kind.Class &&
    classSetOf(name.tags[index]).some((group) => reference.nonCompanyBodyClasses.has(group));
  for (const pair of pairs) {
    if (pair.how !== Likeness.Acronym) {
      continue;
    }
    const [short, left, long, acronym] =
      pair.query.length === 1 && pair.candidate.length > 1
        ? [query, unmatchedQuery, candidate, pair.query[0]]
        : pair.candidate.length === 1 && pair.query.length > 1
          ? [candidate, unmatchedCandidate, query, pair.candidate[0]]
          : [undefined, [], undefined, -1];
    if (short === undefined || long === undefined) {
      continue;
    }
    const kind = left.find((index) => nonCompanyClass(short, index));
    if (kind === undefined || companyName(short) || companyLegalFormOf(long) === undefined) {
      continue;
    }
    const companyKind = (name: PreparedName) =>
      range(0, name.tokens.length).some(
        (index) =>
          name.kinds[index] === Kind.Class &&
          classSetOf(name.tags[index]).some(
            (group) => reference.companyKindClasses.has(group) || reference.addressAfterClasses.has(group),
          ),
      );
    if (companyKind(short) || range(0, long.tokens.length).some((index) => nonCompanyClass(long, index))) {
      continue;
    }
    return [short.tokens[kind].orig, short.tokens[acronym].orig, long.raw.trim()];
  }
  return undefined;
}

/** Whether a word that names (a name word, a class word, an acronym or initial, a named body's word) stands in [from, to). */
function wordOfNameBetween(name: PreparedName, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const kind = name.kinds[index];
    if (
      kind === Kind.Name ||
      kind === Kind.Class ||
      kind === Kind.Acronym ||
      kind === Kind.Initial ||
      kind === Kind.NamedBody
    ) {
      return true;
    }
  }
  return false;
}

/** A name written as two or more words apart (a space or a comma between): "QTI LLC", not "QTI-SA". */
const WORDS_APART = /[\p{L}\p{N}][^\s,]*[\s,]+[^\s,]*[\p{L}\p{N}]/u;

/**
 * Whether `letters` are the initials, in order, of a run of the words of `name` at `left` (its words left over, in
 * order; function words skipped): "sas" of "Slovak Academy of Sciences".
 */
function initialsOfWordsLeft(letters: string, name: PreparedName, left: number[]): boolean {
  const initials = left
    .filter((index) => name.kinds[index] !== Kind.Stop && name.tokens[index].text.length > 0)
    .map((index) => name.tokens[index].text[0])
    .join('');
  return letters.length >= 2 && initials.includes(letters);
}

/** Whether the name has a company's legal form (company_words.yml company_legal_generics). */
function companyName(name: PreparedName): boolean {
  const forms = getReferenceData().companyLegalForms;
  for (let index = 0; index < name.tokens.length; index++) {
    if (name.kinds[index] === Kind.Legal && forms.has(name.tags[index])) {
      return true;
    }
  }
  return false;
}

/** Score of an acronym-only name found as written in the other name ("ZARVO" in "ZARVO Institute"). */
export const ACRONYM_WRITTEN_SCORE = 0.8;

function acronymWrittenIn(short: PreparedName, long: PreparedName, pairs: AlignedPair[], side: 'query' | 'candidate') {
  const comparable = comparableIndices(short);
  // One acronym ("ZARVO"), or every code of a name of codes ("ZARVO QAP" in "Zarvo Institute (ZARVO QAP)").
  if (
    comparable.length === 0 ||
    comparable.length > CAPITALS_CODE_WORDS ||
    !comparable.every((index) => short.tokens[index].text.length >= 2) ||
    !comparable.some((index) => short.tokens[index].text.length >= 3) ||
    onlyCodes(short) === undefined
  ) {
    return false;
  }
  const other = side === 'query' ? 'candidate' : 'query';
  return comparable.every((index) =>
    pairs.some(
      (pair) =>
        pair.how === Likeness.Exact &&
        pair[side].length === 1 &&
        pair[side][0] === index &&
        pair[other].length === 1 &&
        (long.kinds[pair[other][0]] === Kind.Acronym || ownNameOfUnit(short, index, long, pair[other][0])),
    ),
  );
}

/**
 * Whether the one acronym `short` is (in capitals: "TARVEL") is the word `word` of `long` written with small letters
 * beside only class words of a unit named by it (org_words.yml own_name_unit_classes, since rules 1.193.0):
 * "Laboratoire Tarvel", "Tarvel Lab". The acronym is written as such on one side; the other name is the unit's own
 * name with its kind, not initials read from it.
 */
function ownNameOfUnit(short: PreparedName, index: number, long: PreparedName, word: number): boolean {
  const { ownNameUnitClasses } = getReferenceData();
  if (
    ownNameUnitClasses.size === 0 ||
    short.kinds[index] !== Kind.Acronym ||
    comparableIndices(short).length !== 1 ||
    long.kinds[word] !== Kind.Name
  ) {
    return false;
  }
  const rest = comparableIndices(long).filter((at) => at !== word);
  return (
    rest.length > 0 &&
    rest.every(
      (at) => long.kinds[at] === Kind.Class && classSetOf(long.tags[at]).some((group) => ownNameUnitClasses.has(group)),
    )
  );
}

/**
 * The comparable words of `long` after its first word, when `short` is one word that `long` writes first with nothing
 * setting it apart (no comma, dash, colon, slash or parentheses in `long`: then the words after it may be its
 * expansion) and `long` has at least `minimum` comparable words; otherwise undefined. The opening that
 * unitNamedAfterAcronym and universityUnitAfterAcronym share.
 */
function wordsAfterLeadingAcronym(short: PreparedName, long: PreparedName, minimum: number): number[] | undefined {
  const shortWords = comparableIndices(short);
  const longWords = comparableIndices(long);
  if (
    shortWords.length !== 1 ||
    longWords.length < minimum ||
    long.tokens[longWords[0]].text !== short.tokens[shortWords[0]].text ||
    /[,()[\]:;/\u2013\u2014]|\s-\s/u.test(long.raw)
  ) {
    return undefined;
  }
  return longWords.slice(1);
}

/**
 * Whether `long` is a unit or body named after the one acronym `short` is (since rules 1.14.0): the acronym is
 * `long`'s first word, nothing sets it apart (a comma, a dash, parentheses: then the words after it may be its
 * expansion), and the words after it hold a name word and a class word of org_words.yml acronym_unit_classes
 * ("ZARVO Tide Institute", not "ZARVO Institute").
 */
function unitNamedAfterAcronym(short: PreparedName, long: PreparedName): boolean {
  const reference = getReferenceData();
  const rest = reference.acronymUnitClasses.size === 0 ? undefined : wordsAfterLeadingAcronym(short, long, 3);
  return (
    rest !== undefined &&
    rest.some((index) => long.kinds[index] === Kind.Name) &&
    rest.some(
      (index) =>
        long.kinds[index] === Kind.Class &&
        classSetOf(long.tags[index]).some((group) => reference.acronymUnitClasses.has(group)),
    )
  );
}

/**
 * Whether `long` is a university's unit written after the university's acronym `short` (since rules 1.60.0): the
 * acronym holds a letter of org_words.yml university_acronym_letters (the initial of "University" in the languages
 * registries write acronyms in), is `long`'s first word with nothing setting it apart, and the words after it hold a
 * class word of university_unit_classes and none of university_body_classes ("QRU Health", "QRU Business School",
 * "QRU Tide Trust"; not "QRU University", "QRU Foundation"). Without such a class word the words after the acronym
 * are left to unitNamedAfterAcronym and the place rules: "QRU <place>" is as often the university's own short name
 * as a campus's.
 */
function universityUnitAfterAcronym(short: PreparedName, long: PreparedName): boolean {
  const reference = getReferenceData();
  const rest = reference.universityUnitClasses.size === 0 ? undefined : wordsAfterLeadingAcronym(short, long, 2);
  if (
    rest === undefined ||
    !reference.universityAcronymLetters.some((letter) =>
      short.tokens[comparableIndices(short)[0]].text.includes(letter),
    )
  ) {
    return false;
  }
  const groups = (index: number) => classSetOf(long.tags[index]);
  return (
    rest.some((index) => groups(index).some((group) => reference.universityUnitClasses.has(group))) &&
    !rest.some((index) => groups(index).some((group) => reference.universityBodyClasses.has(group)))
  );
}

/**
 * Whether `long` is a unit's name closed by its parent's acronym `short` after a comma (since rules 1.61.0): the
 * one acronym is `long`'s last word, alone after its last comma, and the words before it do not spell it
 * ("Tide Lab, QRU", "City, QRU", "TLB, QRU"): a unit of the body the acronym names, not that body, so the acronym
 * takes no acronym's score. Words before the comma that spell the acronym ("Quarrow Research Unit, QRU") are the
 * body's own name with its acronym, as before. On the dev pair files no true pair has the shape (14 parent/child
 * pairs, 3 of them matched at 1.60.0); in the ROR registry a parent's acronym closes a child's name after a comma
 * 12 times and a record's own name twice (bench/HISTORY.md, pc9).
 */
function unitBeforeClosingAcronym(short: PreparedName, long: PreparedName): boolean {
  const shortWords = comparableIndices(short);
  const last = closingAcronymOfUnit(long);
  return shortWords.length === 1 && last !== undefined && long.tokens[last].text === short.tokens[shortWords[0]].text;
}

/**
 * The acronym that closes `name` alone after its last comma when the words before it do not spell it ("Tide Lab,
 * QRU", "City, QRU", "TLB, QRU"): the parent's acronym closing its unit's name (rules 1.61.0), or undefined.
 */
function closingAcronymOfUnit(name: PreparedName): number | undefined {
  const words = comparableIndices(name);
  if (words.length < 2) {
    return undefined;
  }
  const last = words[words.length - 1];
  const comma = name.raw.lastIndexOf(',');
  if (
    name.kinds[last] !== Kind.Acronym ||
    comma < 0 ||
    normaliseCode(name.raw.slice(comma + 1)) !== normaliseCode(name.tokens[last].orig) ||
    initialsOfOwnWords(name, last)
  ) {
    return undefined;
  }
  return last;
}

/** A code's letters and digits, lower-cased, for comparing the raw text after a comma with an acronym. */
function normaliseCode(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Score of an acronym-only name that stands for most of the other name's words ("RCSI"). */
export const ACRONYM_EXPANDED_SCORE = 0.75;
/** Share of the other name's comparable words an acronym-only name must stand for. */
const ACRONYM_COVERAGE = 0.5;

export function acronymStandsFor(
  short: PreparedName,
  long: PreparedName,
  pairs: AlignedPair[],
  side: 'query' | 'candidate',
): boolean {
  if (onlyCodes(short) === undefined) {
    return false;
  }
  const comparable = comparableIndices(short);
  const other = side === 'query' ? 'candidate' : 'query';
  // The codes read as initials of two or more of the other name's words: one ("QIDG"), or several that
  // spell it in parts ("QSCC TMB"; "QSVI KFW": a place's initials and a unit's).
  const expansions = pairs.filter(
    (pair) =>
      pair.how === Likeness.Acronym &&
      pair[side].length === 1 &&
      comparable.includes(pair[side][0]) &&
      pair[other].length >= 2,
  );
  if (expansions.length === 0) {
    return false;
  }
  const main = comparable[comparable.length - 1];
  const leftover = comparable.filter((index) => !pairs.some((pair) => pair[side].includes(index)));
  const mainOnly = expansions.length === 1 && expansions[0][side][0] === main && isMainAcronym(short, main);
  if (!mainOnly) {
    // A code beside the one that stands for the name ("QCR-KSB", "QIDG Tarvel", "QSCC TMB"): each other code
    // is its own expansion or written in the other name, or left over as a qualifier (a parent's or a place's
    // code, a place) that the other name does not contradict (see codeContradicted).
    const explained = (index: number) =>
      leftover.includes(index) ||
      pairs.some(
        (pair) =>
          pair[side].length === 1 &&
          pair[side][0] === index &&
          (expansions.includes(pair) || pair.how === Likeness.Exact),
      );
    if (!comparable.every(explained) || codeContradicted(short, leftover, long, pairs, other)) {
      return false;
    }
  } else if (
    pairs.some((pair) => !expansions.includes(pair) && pair[side].some((index) => comparable.includes(index))) ||
    (closingAcronymOfUnit(short) === main &&
      !comparableIndices(long).some((index) => index < Math.min(...expansions[0][other])))
  ) {
    // Acronyms before the main one ("DOE" of "DOE BES") name the parent or place: they must not stand for
    // anything else in the long name. Since rules 1.65.0 the main one alone after a comma ("TLB, QRU" for
    // "Quarrow Rivers University") closes its unit's name, as against the acronym alone (unitBeforeClosingAcronym),
    // unless the long name too writes words before the ones it stands for ("Tide Lab, Quarrow Rivers University":
    // the unit named on both sides).
    return false;
  }
  const covered = [...new Set(expansions.flatMap((pair) => pair[other]))];
  // A name of one code alone: a second word may stand for the unit ("QB QRU" for "Quarrow Branch, Quarrow Research
  // University").
  if (short.tokens.length === 1 && unitWrittenBeforeParent(long, covered)) {
    return false;
  }
  // Nor is the parent body named after the words it stands for ("ITM" for "Institute of Tarvel Mechanics
  // of the Quarrow Academy of Sciences"): an academy, university, ministry or agency after "of" or a comma.
  const parent = parentNamedAfter(long, Math.max(...covered));
  // Two words are enough when the words left out are only class words, qualifiers, another acronym
  // (a parent's: "QE" for "TMA Quarrow Exploration") or the parent named after them ("FE" for "Office of
  // Fossil Energy", "JM" for "Johnson Matthey (United Kingdom)", "IT" for "Institute of Tides, Quarrow
  // Academy of Sciences"); otherwise three at least.
  const leftOut = comparableIndices(long).filter((index) => !covered.includes(index) && !parent.includes(index));
  // "Quarrow Research University Hospital" for "QRU": a unit's word after the words the acronym stands for, when
  // they name a parent body (a university, an academy: segment_parent_classes), names a unit of that body
  // (org_words.yml unit_after_acronym_classes, since rules 1.24.0).
  const {
    unitAfterAcronymClasses: unitAfter,
    namedUnitAfterAcronymClasses,
    segmentParentClasses,
    unitBeforeParentClasses,
  } = getReferenceData();
  const ofClasses = (index: number, groups: Set<number>) =>
    long.kinds[index] === Kind.Class && classSetOf(long.tags[index]).some((group) => groups.has(group));
  // Since rules 1.36.0 also any unit's word of unit_before_parent_classes after the parent's name written with a
  // possessive ("Quarrow Research University's Tide Center"): the possessive makes the words after it the body's.
  const unitWords = possessiveAfter(long, Math.max(...covered)) ? unitBeforeParentClasses : unitAfter;
  // Since rules 1.65.0 also a college with its own name words between ("Quarrow Rivers University Tarvel College"):
  // org_words.yml named_unit_after_acronym_classes, not right after the words nor after a function word.
  const lastCovered = Math.max(...covered);
  const namedUnit = (index: number) =>
    ofClasses(index, namedUnitAfterAcronymClasses) &&
    range(lastCovered + 1, index).some((between) => long.kinds[between] === Kind.Name) &&
    !range(lastCovered + 1, index).some((between) => long.kinds[between] === Kind.Stop);
  if (
    covered.some((index) => ofClasses(index, segmentParentClasses)) &&
    leftOut.some((index) => index > lastCovered && (ofClasses(index, unitWords) || namedUnit(index)))
  ) {
    return false;
  }
  const describes = (kind: number) => kind === Kind.Class || kind === Kind.Qualifier || kind === Kind.Acronym;
  if (covered.length < 3 && !leftOut.every((index) => describes(long.kinds[index]))) {
    return false;
  }
  // A country or campus the acronym leaves out ("… (South Quarria)") is no word it must stand for; words
  // after a comma may be the name's own ("…, Marshes and Lagoons") and still count.
  const described = comparableIndices(long).filter(
    (index) =>
      (long.kinds[index] !== Kind.Qualifier || long.tags[index] === TRAILING_SEGMENT) && !parent.includes(index),
  );
  return covered.length >= ACRONYM_COVERAGE * described.length;
}

/**
 * Whether the words an acronym stands for (`covered`) are the last segment of `long`, set apart by a comma or a
 * dash from the words before it, and those hold a unit's class word (org_words.yml unit_before_parent_classes):
 * "Tide Institute, Quarrow Research University" is a unit of the body "QRU" names, not that body (since rules
 * 1.24.0). Only a country may follow the covered words. Since rules 1.65.0 also with nothing between them when the
 * covered words name a parent body in the genitive ("Instytut Tarvelu Polskiej Akademii Nauk" for "PAN").
 */
function unitWrittenBeforeParent(long: PreparedName, covered: number[]): boolean {
  const { unitBeforeParentClasses: classes, unitOfParentJoiners, segmentParentClasses } = getReferenceData();
  if (classes.size === 0 || covered.length === 0) {
    return false;
  }
  const first = Math.min(...covered);
  const words = comparableIndices(long);
  const before = words.filter((index) => index < first);
  // Since rules 1.36.0 also joined by "of" or "at" (org_words.yml unit_of_parent_joiners) when the covered words
  // name a parent body ("Tide Foundation of Quarrow Research University" for "QRU"): function words only between.
  const joinedToParent = (last: number) =>
    range(last + 1, first).every((index) => long.kinds[index] === Kind.Stop) &&
    range(last + 1, first).some((index) => unitOfParentJoiners.has(long.tokens[index].text)) &&
    covered.some(
      (index) =>
        long.kinds[index] === Kind.Class &&
        classSetOf(long.tags[index]).some((group) => segmentParentClasses.has(group)),
    );
  // Since rules 1.65.0 also written right after the unit's words with no joiner when the covered words name a parent
  // body in a case form ("Instytut Tarvelu Polskiej Akademii Nauk", "Институт … Российской академии наук": the
  // genitive, as parentBodyNamed reads it since rules 1.16.0 and 1.17.0).
  const parentInGenitive = (last: number) =>
    last + 1 === first &&
    covered.some(
      (index) => long.tokens[index].script === Script.Cyrillic || readAsPlaceCaseForm(long.tokens[index].text),
    ) &&
    covered.some(
      (index) =>
        long.kinds[index] === Kind.Class &&
        classSetOf(long.tags[index]).some((group) => segmentParentClasses.has(group)),
    );
  if (
    before.length === 0 ||
    !(
      segmentBetween(long, before[before.length - 1], first) ||
      joinedToParent(before[before.length - 1]) ||
      parentInGenitive(before[before.length - 1])
    ) ||
    words.some((index) => index > first && !covered.includes(index) && long.kinds[index] !== Kind.Qualifier)
  ) {
    return false;
  }
  // The unit's own acronym alone set apart before its parent's name ("QTC - Quarrow Research University") too.
  return (
    (before.length === 1 && long.kinds[before[0]] === Kind.Acronym) ||
    before.some(
      (index) => long.kinds[index] === Kind.Class && classSetOf(long.tags[index]).some((group) => classes.has(group)),
    )
  );
}
