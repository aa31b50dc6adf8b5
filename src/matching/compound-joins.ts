// Words written joined or apart: compounds, class words written onto names, runs of words joined, abbreviations.
import { latinSpellsCjk, foreignToCharacters, japaneseReads } from './cjk-reading';
import { type PreparedName, Kind, classSetOf, isCompoundSyllable, COMPOUND_START, compoundEnd } from './normalise';
import { abjadSpellingAgrees } from './abjad-reading';
import { getReferenceData } from './reference-data';
import { Likeness, spellingSimilarity, romanisedKey, endsAsCompound, compoundShortForm } from './token-similarity';
import { Script, type CompoundPart, type CompoundCut, type TokenInfo } from './tokenise';
import { type AlignedPair, range } from './matcher-shared';
import { isCommonPersonName } from './person-weights';
import { TRUNCATION_SIMILARITY, TRUNCATION_MIN, TRUNCATION_LEFT_OUT } from './word-likeness';
import { wordMeaning, decidingGroupOf } from './word-groups';

/**
 * "UQuarrow" / "Quarrow University" (since rules 1.18.0; "QuarrowU" since 1.41.0): a capital letter written onto a
 * capitalised name word (org_words.yml class_letters), read as a word of its own before it (or after it), stands for the one word left free in the
 * other name when that is a class word of the letter's groups and the name word is aligned.
 */
export function classLetterWords(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): void {
  // One side's one free word is the class word; the other side has none free, or (a letter written last,
  // "QuarrowU", read as a word of the name) only the letter.
  for (const nameIsQuery of [false, true]) {
    const [name, nameFree, other, otherFree] = nameIsQuery
      ? [query, qFree, candidate, cFree]
      : [candidate, cFree, query, qFree];
    if (
      otherFree.size === 1 &&
      nameFree.size <= 1 &&
      classLetterWord(name, nameFree, other, otherFree, nameIsQuery, pairs)
    ) {
      return;
    }
  }
}

function classLetterWord(
  name: PreparedName,
  nameFree: Set<number>,
  other: PreparedName,
  otherFree: Set<number>,
  nameIsQuery: boolean,
  pairs: AlignedPair[],
): boolean {
  const letters = getReferenceData().classLetters;
  const classIndex = [...otherFree][0];
  if (other.kinds[classIndex] !== Kind.Class) {
    return false;
  }
  const groups = classSetOf(other.tags[classIndex]);
  const side = nameIsQuery ? 'query' : 'candidate';
  // The letter before the word ("UQuarrow"), or, since rules 1.41.0, after it ("QuarrowU").
  const written = [
    ...[...name.raw.matchAll(LETTER_ON_WORD)].map((match) => ({ letter: match[1], word: match[2], step: 1 })),
    ...[...name.raw.matchAll(WORD_WITH_LETTER)].map((match) => ({ letter: match[2], word: match[1], step: -1 })),
  ];
  for (const { letter, word, step } of written) {
    const forGroups = letters.get(letter);
    if (!forGroups || !groups.some((group) => forGroups.has(group))) {
      continue;
    }
    const wordText = word.toLowerCase();
    const letterIndex = name.tokens.findIndex(
      (token, index) =>
        token.text === letter.toLowerCase() &&
        index + step >= 0 &&
        index + step < name.tokens.length &&
        name.tokens[index + step].orig === wordText &&
        pairs.some((pair) => pair[side].includes(index + step)),
    );
    if (letterIndex < 0 || (nameFree.size > 0 && !nameFree.has(letterIndex))) {
      continue;
    }
    otherFree.delete(classIndex);
    nameFree.delete(letterIndex);
    pairs.push(orientedPair(nameIsQuery, [letterIndex], [classIndex], CLASS_LETTER_SIMILARITY, Likeness.Initial));
    return true;
  }
  return false;
}

/**
 * The aligned pair of `words` of one name and `otherWords` of the other, each on its side of the comparison: the
 * first name's words are the query's when `firstIsQuery`.
 */
function orientedPair(
  firstIsQuery: boolean,
  words: number[],
  otherWords: number[],
  sim: number,
  how: Likeness,
): AlignedPair {
  return {
    query: firstIsQuery ? words : otherWords,
    candidate: firstIsQuery ? otherWords : words,
    sim,
    how,
  };
}

/** A capital letter, not after a letter, written onto a capitalised word of small letters ("UQuarrow"). */
const LETTER_ON_WORD = /(?<![\p{L}\p{N}])(\p{Lu})(\p{Lu}\p{Ll}+)/gu;

/** A capitalised word of small letters with a capital letter written onto its end, not before a letter ("QuarrowU"). */
const WORD_WITH_LETTER = /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)(\p{Lu})(?![\p{L}\p{N}])/gu;

/** Likeness of a class word's capital letter written onto a name word against the class word. */
const CLASS_LETTER_SIMILARITY = 0.9;

/** Fewest letters of a name word that a class word is written onto ("Quarrowfonden"). */
const CLASS_SUFFIX_STEM_MIN = 3;

/**
 * "Quarrowfonden" / "Quarrow Foundation", "Tarvelstiftelsen" / "Tarvel Foundation" (since rules 1.18.0): a name word
 * aligned with the word that begins it, whose rest is a class word (a Nordic, German or Dutch compound), takes
 * the free class word beside its partner when that is a class word of the same group: one word written joined.
 */
export function joinClassSuffixes(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): void {
  const classTrie = getReferenceData().classTrie;
  for (let position = 0; position < pairs.length; position++) {
    const pair = pairs[position];
    if (pair.query.length !== 1 || pair.candidate.length !== 1) {
      continue;
    }
    const queryWord = query.tokens[pair.query[0]];
    const candidateWord = candidate.tokens[pair.candidate[0]];
    if (queryWord.script !== Script.Latin || candidateWord.script !== Script.Latin) {
      continue;
    }
    const queryShort = queryWord.text.length < candidateWord.text.length;
    const [short, shortFree, shortIndex, longText] = queryShort
      ? [query, qFree, pair.query[0], candidateWord.text]
      : [candidate, cFree, pair.candidate[0], queryWord.text];
    const stem = short.tokens[shortIndex].text;
    if (stem.length < CLASS_SUFFIX_STEM_MIN || !longText.startsWith(stem) || short.kinds[shortIndex] !== Kind.Name) {
      continue;
    }
    const suffixClass = classTrie.next.get(longText.slice(stem.length))?.value;
    if (suffixClass === undefined) {
      continue;
    }
    const groups = classSetOf(suffixClass);
    const beside = [shortIndex + 1, shortIndex - 1].find(
      (index) =>
        shortFree.has(index) &&
        short.kinds[index] === Kind.Class &&
        classSetOf(short.tags[index]).some((group) => groups.includes(group)),
    );
    if (beside === undefined) {
      continue;
    }
    shortFree.delete(beside);
    const run = beside < shortIndex ? [beside, shortIndex] : [shortIndex, beside];
    pairs[position] = {
      query: queryShort ? run : pair.query,
      candidate: queryShort ? pair.candidate : run,
      sim: JOINED_CLASS_SUFFIX_SIMILARITY,
      how: Likeness.Joined,
    };
  }
}

/** Likeness of a name word and a class word against the one word that writes them joined. */
const JOINED_CLASS_SUFFIX_SIMILARITY = 0.95;

/** Fewest letters of each of the two table words a compound is read as ("sport", "medizin"). */
const COMPOUND_PART_MIN = 4;

/** A word of the other name that a half of a compound may be: its meaning or deciding group, its class groups. */
interface CompoundChoice {
  index: number;
  group: string | null;
  classes: number[];
}

/** The words of `name` among `indices` that are table words (a meaning, deciding or class word). */
function compoundChoices(name: PreparedName, indices: number[]): CompoundChoice[] {
  const choices: CompoundChoice[] = [];
  for (const index of indices) {
    const group = wordMeaning(name.tokens[index]);
    const classes = name.kinds[index] === Kind.Class ? classSetOf(name.tags[index]) : [];
    if (group !== null || classes.length > 0) {
      choices.push({ index, group, classes });
    }
  }
  return choices;
}

/**
 * A half of a compound as a table word: its deciding, country or meaning group as written (not a place's case
 * form), or its class groups. Asked once per word and cut (`compoundCutsOf` keeps the word's cuts).
 */
function compoundPartOf(text: string): CompoundPart {
  const reference = getReferenceData();
  const partClass = reference.classTrie.next.get(text)?.value;
  return {
    group: decidingGroupOf(text) ?? reference.countryForms.get(text) ?? reference.wordMeanings.get(text) ?? null,
    classes: partClass === undefined ? [] : classSetOf(partClass),
  };
}

/** Whether a half of a compound is a table word at all: one that agrees with no choice is not kept. */
function isTableWord(part: CompoundPart): boolean {
  return part.group !== null || part.classes.length > 0;
}

/** No cut: shared by the words that have none (most), never changed. */
const NO_COMPOUND_CUTS: CompoundCut[] = [];

/** A word's cuts into two table words (`splitCompound`), kept on the word once asked. */
function compoundCutsOf(token: TokenInfo): CompoundCut[] {
  if (token.compoundCuts === undefined) {
    token.compoundCuts = readCompoundCuts(token.text);
  }
  return token.compoundCuts;
}

/**
 * The places, first to last, where `text` cuts into a second half that is a table word and a first half that is
 * one with or without a linking "s" (the first without it after the first with it).
 */
function readCompoundCuts(text: string): CompoundCut[] {
  const cuts: CompoundCut[] = [];
  for (let cut = COMPOUND_PART_MIN; cut <= text.length - COMPOUND_PART_MIN; cut++) {
    const head = compoundPartOf(text.slice(cut));
    if (!isTableWord(head)) {
      continue;
    }
    const start = text.slice(0, cut);
    const starts = [start];
    if (start.endsWith('s') && cut > COMPOUND_PART_MIN) {
      starts.push(start.slice(0, -1));
    }
    const parts = starts.map(compoundPartOf).filter(isTableWord);
    if (parts.length > 0) {
      cuts.push({ head, starts: parts });
    }
  }
  return cuts.length > 0 ? cuts : NO_COMPOUND_CUTS;
}

/** Whether a half of a compound is the table word `choice`: one group of meaning, or of class. */
function compoundPartAgrees(part: CompoundPart, choice: CompoundChoice): boolean {
  if (choice.group !== null && part.group === choice.group) {
    return true;
  }
  return part.classes.some((found) => choice.classes.includes(found));
}

/**
 * "Universitätsmedizin" / "University Medicine", "Sozialwissenschaft" / "Social Science", "Kutatóközpont" /
 * "Research Centre" (since rules 1.38.0): a German, Dutch, Nordic or Hungarian compound of two table words (a
 * meaning, deciding or class word each, the first with or without the linking "s") against those two words
 * written apart in the other name. The compound is free, or aligned with one of the two (by its stem) while the
 * other is free. Both halves must be table words: a name word is never split off ("Quarrowmedizin" is no
 * "Quarrow Medicine").
 */
export function joinCompoundWords(
  left: PreparedName,
  leftFree: Set<number>,
  right: PreparedName,
  rightFree: Set<number>,
  leftIsQuery: boolean,
  pairs: AlignedPair[],
): void {
  const [leftSide, rightSide] = leftIsQuery ? (['query', 'candidate'] as const) : (['candidate', 'query'] as const);
  for (let index = 0; index < left.tokens.length; index++) {
    const token = left.tokens[index];
    if (
      token.script !== Script.Latin ||
      token.text.length < 2 * COMPOUND_PART_MIN ||
      rightFree.size === 0 ||
      compoundCutsOf(token).length === 0
    ) {
      continue;
    }
    const free = leftFree.has(index);
    const position = free
      ? -1
      : pairs.findIndex(
          (pair) => pair[leftSide].length === 1 && pair[leftSide][0] === index && pair[rightSide].length === 1,
        );
    if (!free && position < 0) {
      continue;
    }
    const partner = position >= 0 ? pairs[position][rightSide][0] : undefined;
    const choices = compoundChoices(right, partner === undefined ? [...rightFree] : [partner, ...rightFree]);
    if (choices.length < 2 || (partner !== undefined && choices[0].index !== partner)) {
      continue;
    }
    const found = splitCompound(compoundCutsOf(token), choices, partner);
    if (!found) {
      continue;
    }
    const run = [...found].sort((a, b) => a - b);
    for (const taken of run) {
      rightFree.delete(taken);
    }
    const joined: AlignedPair = {
      ...orientedPair(leftIsQuery, [index], run, JOINED_CLASS_SUFFIX_SIMILARITY, Likeness.Joined),
      compound: true,
    };
    if (free) {
      leftFree.delete(index);
      pairs.push(joined);
    } else {
      pairs[position] = joined;
    }
  }
}

/**
 * Two of `choices` (one of them `partner` when given) that the halves of a word agree with (compoundPartAgrees),
 * the first half with or without a linking "s", or undefined; `cuts` are the word's (`compoundCutsOf`).
 */
function splitCompound(
  cuts: CompoundCut[],
  choices: CompoundChoice[],
  partner: number | undefined,
): [number, number] | undefined {
  for (const { head, starts } of cuts) {
    const heads = choices.filter((choice) => compoundPartAgrees(head, choice));
    if (heads.length === 0) {
      continue;
    }
    for (const start of starts) {
      for (const first of choices) {
        if (!compoundPartAgrees(start, first)) {
          continue;
        }
        const second = heads.find(
          (choice) =>
            choice !== first && (partner === undefined || first.index === partner || choice.index === partner),
        );
        if (second) {
          return [first.index, second.index];
        }
      }
    }
  }
  return undefined;
}

/** Fewest other words cut short in a name that make it a name written in abbreviations ("Acad Sci, Inst … Mech"). */
const ABBREVIATED_NAME_WORDS = 2;

/**
 * "Inst. Quarv." / "Instituto de Quarvología", "Acad Sci, Inst Quarv & Appl Mech" / "… Applied Mechanics" (since
 * rules 1.18.0): a free word cut short against the free word it begins, any word, when the short one is
 * written as an abbreviation: with a full stop after it, or in a name that cuts short at least
 * ABBREVIATED_NAME_WORDS other words aligned so. `truncationOf` takes only vocabulary ("Star" is not
 * "Starlight"); a name written in abbreviations cuts its name words short too.
 */
export function abbreviatedWords(
  short: PreparedName,
  shortFree: Set<number>,
  long: PreparedName,
  longFree: Set<number>,
  shortIsQuery: boolean,
  pairs: AlignedPair[],
): void {
  const shortSide = shortIsQuery ? 'query' : 'candidate';
  const longSide = shortIsQuery ? 'candidate' : 'query';
  let cutShort = -1;
  for (const shortIndex of ascending(shortFree)) {
    const word = short.tokens[shortIndex];
    if (word.script !== Script.Latin || word.text.length < TRUNCATION_MIN || short.kinds[shortIndex] === Kind.Acronym) {
      continue;
    }
    // The first free word of the long name, in word order, that the word begins (the least such place; no
    // array of the places built for each word).
    let longIndex = -1;
    for (const index of longFree) {
      if (longIndex >= 0 && index > longIndex) {
        continue;
      }
      const text = long.tokens[index].text;
      if (
        long.tokens[index].script === Script.Latin &&
        (long.kinds[index] === Kind.Name || long.kinds[index] === Kind.Class) &&
        text.length >= word.text.length + TRUNCATION_LEFT_OUT &&
        text.startsWith(word.text)
      ) {
        longIndex = index;
      }
    }
    if (longIndex < 0) {
      continue;
    }
    if (cutShort < 0) {
      cutShort = pairs.filter((pair) => {
        if (pair.query.length !== 1 || pair.candidate.length !== 1) {
          return false;
        }
        const shortText = short.tokens[pair[shortSide][0]].text;
        const longText = long.tokens[pair[longSide][0]].text;
        return longText.length > shortText.length && longText.startsWith(shortText);
      }).length;
    }
    if (cutShort < ABBREVIATED_NAME_WORDS && !writtenWithFullStop(short.raw, word.orig)) {
      continue;
    }
    shortFree.delete(shortIndex);
    longFree.delete(longIndex);
    pairs.push(orientedPair(shortIsQuery, [shortIndex], [longIndex], TRUNCATION_SIMILARITY, Likeness.Cognate));
  }
}

/** Whether `word` stands in `raw` as a word of its own with a full stop after it ("Geof."). */
function writtenWithFullStop(raw: string, word: string): boolean {
  const text = raw.toLowerCase();
  for (let at = text.indexOf(word + '.'); at >= 0; at = text.indexOf(word + '.', at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1])) {
      return true;
    }
  }
  return false;
}

/**
 * A name's word places in a set, in ascending order: what `[...places].sort((a, b) => a - b)` gives, by an
 * insertion sort, cheaper than the general sort for the few words of a name.
 */
export function ascending(places: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (const place of places) {
    let at = out.length;
    while (at > 0 && out[at - 1] > place) {
      out[at] = out[at - 1];
      at--;
    }
    out[at] = place;
  }
  return out;
}

const JOINABLE = new Set<number>([Kind.Name, Kind.Class, Kind.Particle, Kind.NamedBody]);

/**
 * Words of an organisation's or object's name that may join into one word of the other name: besides
 * JOINABLE, a short word in capitals read as an acronym ("SKY" of "AERO SKY ONE"), a number written
 * as a word ("ONE"), spelled as written, and a country's word that begins a brand ("THAI LONG" /
 * "THAILONG", since rules 1.8.0).
 */
function joinable(name: PreparedName, index: number): boolean {
  const kind = name.kinds[index];
  if (JOINABLE.has(kind)) {
    return true;
  }
  return (
    name.mode !== 'person' &&
    (kind === Kind.Acronym ||
      kind === Kind.Qualifier ||
      (kind === Kind.Number && /^\p{L}+$/u.test(name.tokens[index].orig)))
  );
}

/** The spelling a word joins with: a number written as a word joins as written ("one", not "1"). */
function joinForm(name: PreparedName, index: number): string {
  const token = name.tokens[index];
  return token.isNumber && /^\p{L}+$/u.test(token.orig) ? token.orig : token.text;
}

/** Spelling similarity a run of an organisation's words joined needs when it replaces a same-stem pair. */
const STEM_TO_JOIN_SIMILARITY = 0.9;

/**
 * "BRIGHTSTONE" / "BRIGHT STONE": the first pass aligns "brightstone" with "bright" as one stem and leaves
 * "stone" over; when that word and its free neighbours spell the longer word whole, they are one joined word.
 */
export function stemPairsToJoins(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): void {
  if (query.mode === 'person') {
    return;
  }
  for (let position = 0; position < pairs.length; position++) {
    const pair = pairs[position];
    if (pair.how !== Likeness.Cognate || pair.query.length !== 1 || pair.candidate.length !== 1) {
      continue;
    }
    const queryText = query.tokens[pair.query[0]].text;
    const candidateText = candidate.tokens[pair.candidate[0]].text;
    const [short, shortFree, shortIndex, long, longIndex, shortIsQuery] =
      queryText.length < candidateText.length
        ? [query, qFree, pair.query[0], candidate, pair.candidate[0], true]
        : [candidate, cFree, pair.candidate[0], query, pair.query[0], false];
    const target = long.tokens[longIndex].text;
    let joined = joinForm(short, shortIndex);
    const run = [shortIndex];
    for (
      let next = shortIndex + 1;
      next < short.tokens.length && shortFree.has(next) && joinable(short, next);
      next++
    ) {
      joined += joinForm(short, next);
      run.push(next);
      if (joined.length >= target.length) {
        break;
      }
    }
    if (run.length < 2) {
      continue;
    }
    const sim = spellingSimilarity(joined, target);
    if (sim < STEM_TO_JOIN_SIMILARITY) {
      continue;
    }
    run.slice(1).forEach((index) => shortFree.delete(index));
    pairs[position] = orientedPair(shortIsQuery, run, [longIndex], Math.min(sim, 0.95), Likeness.Joined);
  }
}

/** Spelling similarity a person's joined common name words need to the one word they stand for. */
const PERSON_JOIN_SIMILARITY = 0.95;

/** Most words of a run that joinRuns joins into one word. */
const JOIN_RUN_WORDS = 5;

/** Whether a person's words from `start` to `end` are all common person names (never for another name). */
function commonRun(name: PreparedName, start: number, end: number): boolean {
  if (name.mode !== 'person') {
    return false;
  }
  for (let index = start; index <= end; index++) {
    if (!isCommonPersonName(name.tokens[index])) {
      return false;
    }
  }
  return true;
}

/**
 * A name's runs of words joined, at start * JOIN_RUN_WORDS + end - start (filled by `joinRuns` as it meets them,
 * each from the one a word shorter): the run from start to end in its join forms (a person's in their romanised
 * keys), its words as written, and its characters. They depend on the name alone: the same for every word of the
 * other name, and for every comparison of the name.
 */
interface JoinedRuns {
  joined: (string | undefined)[];
  joinedWritten: string[];
  written: string[];
}

function newJoinedRuns(count: number): JoinedRuns {
  // (Allocated whole: a read past an array's end is a slow look-up.)
  const slots = count * JOIN_RUN_WORDS;
  return {
    joined: new Array<string | undefined>(slots),
    joinedWritten: new Array<string>(slots),
    written: new Array<string>(slots),
  };
}

/**
 * The query name's runs, kept while the same query name is compared (a query meets tens of candidate names; its
 * runs were built again, and the new strings read and hashed again, for each). The candidate's are built per call.
 */
let queryRuns: { name: PreparedName; runs: JoinedRuns } | undefined;

function queryRunsOf(name: PreparedName): JoinedRuns {
  if (queryRuns?.name !== name) {
    queryRuns = { name, runs: newJoinedRuns(name.tokens.length) };
  }
  return queryRuns.runs;
}

/** Tries "Zemlyan sky" ↔ "Zemlyansky", "陆 晓 平" ↔ "Lu Xiaoping": a run of adjacent words against one word. */
export function joinRuns(
  left: PreparedName,
  leftFree: Set<number>,
  right: PreparedName,
  rightFree: Set<number>,
  leftIsQuery: boolean,
  pairs: AlignedPair[],
): void {
  // A pair needs a run of two words or more, free and joinable (the loop below stops a run at the first word
  // that is not, and sets nothing for a run of one): a name without two such words side by side joins nothing.
  // open[index]: the word is free and joinable, read once a call (a run ends at the first word that is not; a
  // word taken by a join below is closed with its leftFree entry).
  const count = left.tokens.length;
  const open: boolean[] = new Array<boolean>(count);
  for (let index = 0; index < count; index++) {
    open[index] = leftFree.has(index) && joinable(left, index);
  }
  let twoSideBySide = false;
  for (let index = 0; index + 1 < count && !twoSideBySide; index++) {
    twoSideBySide = open[index] && open[index + 1];
  }
  if (!twoSideBySide) {
    return;
  }
  // Persons' syllables are joined in their romanised key form ("Tse-tung" is "Zedong").
  const person = left.mode === 'person';
  // A name with kana is Japanese: its kanji are not read as Mandarin (no safe reading of them here).
  let japanese: boolean | undefined;
  const {
    joined: joinedRuns,
    joinedWritten: joinedWrittenRuns,
    written: writtenRuns,
  } = leftIsQuery ? queryRunsOf(left) : newJoinedRuns(count);
  // (The loop deletes only the word it is at from rightFree, which a Set's iteration allows.)
  for (const single of rightFree) {
    const kind = right.kinds[single];
    // A place's name written as one word joins too ("Viet Nam" / "Vietnam", since rules 1.17.0): otherwise the
    // same country read as two places conflicts with itself.
    if (kind !== Kind.Name && kind !== Kind.Acronym && kind !== Kind.Class && kind !== Kind.Qualifier) {
      continue;
    }
    if (isCompoundSyllable(right, single)) {
      // One syllable of a compound name never stands for several words ("Seung" is not "Se Pong").
      continue;
    }
    const target = person ? romanisedKey(right.tokens[single]) : right.tokens[single].text;
    // A person's words that spell the word exactly as written join too: a syllable's key drops an initial
    // that the joined word keeps inside it ("Mun Chi" is "Munchi", though "chi" alone is keyed like "ji").
    const written = right.tokens[single].text;
    let done = false;
    for (let start = 0; start < count && !done; start++) {
      if (!open[start] || start + 1 >= count || !open[start + 1]) {
        // No run of two words begins here (the loop below would stop before comparing anything).
        continue;
      }
      // The longest run that spells the word best: "Bashir Ud Din" is "Bashiruddin", not "Bashir Ud".
      let best: { end: number; sim: number } | undefined;
      // An organisation's run of Chinese characters or Hangul syllables against a Latin word (since rules
      // 1.15.0): read as a word (a listed two-character word's reading, Hangul sounds across syllables) and
      // compared syllable by syllable, never by spelling likeness ("Lanfang" is not 兰峰).
      const cjkRun = !person && left.tokens[start].isSyllable && right.tokens[single].script === Script.Latin;
      if (cjkRun && japanese === undefined) {
        japanese = left.tokens.some((token) => token.script === Script.Kana);
      }
      for (let end = start; end < Math.min(count, start + JOIN_RUN_WORDS); end++) {
        if (!open[end] || (cjkRun && !left.tokens[end].isSyllable)) {
          break;
        }
        const slot = start * JOIN_RUN_WORDS + end - start;
        if (joinedRuns[slot] === undefined) {
          // (The run a word shorter is built: this loop came through it.)
          const token = left.tokens[end];
          const form = person ? romanisedKey(token) : joinForm(left, end);
          joinedRuns[slot] = end === start ? form : joinedRuns[slot - 1]! + form;
          joinedWrittenRuns[slot] = end === start ? token.text : joinedWrittenRuns[slot - 1] + token.text;
          writtenRuns[slot] = end === start ? token.orig : writtenRuns[slot - 1] + token.orig;
        }
        const joined = joinedRuns[slot];
        const joinedWritten = joinedWrittenRuns[slot];
        const runWritten = writtenRuns[slot];
        if (joined.length > target.length + 2 && (!person || joinedWritten.length > written.length)) {
          break;
        }
        if (end === start) {
          continue;
        }
        if (!wholeCompounds(left, start, end)) {
          continue;
        }
        const sim = cjkRun
          ? japanese
            ? 0
            : latinSpellsCjk(target, runWritten)
              ? 1
              : foreignToCharacters(target, runWritten)
                ? spellingSimilarity(joined, target)
                : 0
          : person && joinedWritten === written
            ? 1
            : spellingSimilarity(joined, target);
        // Common person names joined fuzzily find other names ("Chen Fang" is not "Chefong"): joined
        // common names must spell the word; rarer ones keep the spelling tolerance ("Abdul Hafiz").
        // (Read only for a run that could be the best: PERSON_JOIN_SIMILARITY is above 0.8.)
        if (
          sim >= 0.8 &&
          (!best || sim > best.sim) &&
          (sim >= PERSON_JOIN_SIMILARITY || !commonRun(left, start, end))
        ) {
          best = { end, sim };
        }
      }
      if (best) {
        const run = range(start, best.end + 1);
        run.forEach((index) => {
          leftFree.delete(index);
          open[index] = false;
        });
        rightFree.delete(single);
        pairs.push(orientedPair(leftIsQuery, run, [single], Math.min(best.sim, 0.95), Likeness.Joined));
        done = true;
      }
    }
  }
}

/** Whether a free Latin name word of the name ends as a compound given name does (`endsAsCompound`). */
export function hasFreeCompound(name: PreparedName, free: Set<number>): boolean {
  for (const index of free) {
    if (
      name.kinds[index] === Kind.Name &&
      name.tokens[index].script === Script.Latin &&
      endsAsCompound(name.tokens[index])
    ) {
      return true;
    }
  }
  return false;
}

/** A compound given name against its first word alone: the name it is called by, not quite the same word. */
const COMPOUND_SHORT_FORM_SIMILARITY = 0.85;

/**
 * "Jamaluddin" / "Jamal" (since rules 1.77.0): a person's free Latin name word against a free word of the other
 * name that is its first part before an ending of al-Din or Allah (`compoundShortForm`), once no joined words
 * ("Jamal Uddin") have taken them.
 */
export function compoundShortForms(
  query: PreparedName,
  qFree: Set<number>,
  candidate: PreparedName,
  cFree: Set<number>,
  pairs: AlignedPair[],
): void {
  const latinName = (name: PreparedName, index: number) =>
    name.kinds[index] === Kind.Name && name.tokens[index].script === Script.Latin;
  for (const qi of [...qFree]) {
    if (!latinName(query, qi)) {
      continue;
    }
    const queryCompound = endsAsCompound(query.tokens[qi]);
    const ci = [...cFree].find(
      (index) =>
        latinName(candidate, index) &&
        (queryCompound || endsAsCompound(candidate.tokens[index])) &&
        compoundShortForm(query.tokens[qi].text, candidate.tokens[index].text),
    );
    if (ci !== undefined) {
      qFree.delete(qi);
      cFree.delete(ci);
      pairs.push({ query: [qi], candidate: [ci], sim: COMPOUND_SHORT_FORM_SIMILARITY, how: Likeness.Synonym });
    }
  }
}

/** Lengths of the kanji runs read by their Japanese reading (ja_readings.tsv), longest first. */
const JAPANESE_RUN_LENGTHS = [3, 2];

/**
 * "<place> University" / "<place>大学" (since rules 1.30.0): a free Latin name word that is the Japanese reading of a
 * run of two or three free kanji name words (ja_readings.tsv, proper nouns of IPADIC), which the
 * Mandarin reading (`joinRuns`) does not spell, aligns with the run as joined words do.
 */
export function joinJapaneseReadings(
  left: PreparedName,
  leftFree: Set<number>,
  right: PreparedName,
  rightFree: Set<number>,
  leftIsQuery: boolean,
  pairs: AlignedPair[],
): void {
  if (
    !left.tokens.some((token) => token.script === Script.Han) ||
    !right.tokens.some((t) => t.script === Script.Latin)
  ) {
    return;
  }
  const count = left.tokens.length;
  const kanji = (index: number) =>
    leftFree.has(index) && left.kinds[index] === Kind.Name && left.tokens[index].script === Script.Han;
  for (const single of [...rightFree]) {
    if (right.tokens[single].script !== Script.Latin || right.kinds[single] !== Kind.Name) {
      continue;
    }
    let done = false;
    for (let start = 0; start < count && !done; start++) {
      for (const length of JAPANESE_RUN_LENGTHS) {
        const run = range(start, start + length);
        if (start + length > count || !run.every(kanji)) {
          continue;
        }
        const written = run.map((index) => left.tokens[index].orig).join('');
        if (japaneseReads(right.tokens[single].text, written)) {
          run.forEach((index) => leftFree.delete(index));
          rightFree.delete(single);
          pairs.push(orientedPair(leftIsQuery, run, [single], 0.95, Likeness.Joined));
          done = true;
          break;
        }
      }
    }
  }
}

/** Kinds of words the comparison leaves out that may be written joined onto the next or previous name word. */
const DROPPED_JOINABLE = new Set<number>([Kind.Stop, Kind.Title, Kind.Legal]);

/** Fewest letters of the name word a left-out word is joined onto. */
const DROPPED_JOIN_MIN_LETTERS = 3;

/** Fewest letters of the left-out word: a one-letter word ("e", "y") joined on spells too many names. */
const DROPPED_WORD_MIN_LETTERS = 2;

/**
 * "AL-QUARRAMIN" / "ALQUARRAMIN", "TARV-AB" / "TARVAB", "Haj Tarvi" / "Hajtarvi" (since rules 1.12.0): a word
 * the comparison leaves out (an article, a title, a legal form) written onto its neighbouring name word on
 * the other side. Only when the other side's word spells the two exactly, in their order: read apart, the
 * joined word stood alone against the shorter one and the names read as two bodies.
 */
export function joinDroppedWords(
  left: PreparedName,
  leftFree: Set<number>,
  right: PreparedName,
  rightFree: Set<number>,
  leftIsQuery: boolean,
  pairs: AlignedPair[],
): void {
  // A pair needs a left-out word beside a free one: a name with no left-out word to join is passed over.
  let anyDropped = false;
  for (let index = 0; index < left.tokens.length && !anyDropped; index++) {
    anyDropped = droppedWordAt(left, index) !== '';
  }
  if (!anyDropped) {
    return;
  }
  for (const single of [...rightFree]) {
    const target = right.tokens[single].text;
    for (const index of [...leftFree]) {
      const word = left.tokens[index].text;
      if (word.length < DROPPED_JOIN_MIN_LETTERS || word.length >= target.length) {
        continue;
      }
      const before = index > 0 ? droppedWordAt(left, index - 1) : '';
      const after = droppedWordAt(left, index + 1);
      // The run holds the left-out word too, so the pair reads as the same letters written apart.
      const run =
        before && before + word === target
          ? [index - 1, index]
          : after && word + after === target
            ? [index, index + 1]
            : undefined;
      if (run) {
        leftFree.delete(index);
        rightFree.delete(single);
        pairs.push(orientedPair(leftIsQuery, run, [single], JOINED_DROPPED_SIMILARITY, Likeness.Joined));
        break;
      }
    }
  }
}

/** The left-out word at `index` that may be written onto a neighbouring name word, or '' if none. */
function droppedWordAt(name: PreparedName, index: number): string {
  if (index >= name.tokens.length || !DROPPED_JOINABLE.has(name.kinds[index])) {
    return '';
  }
  const text = name.tokens[index].text;
  return text.length >= DROPPED_WORD_MIN_LETTERS ? text : '';
}

/** Likeness of a name word against the word that spells it with a left-out word joined on. */
const JOINED_DROPPED_SIMILARITY = 0.95;

/** Likeness of a run of words against one word of the other script that spells them joined. */
const JOINED_ACROSS_SCRIPTS_SIMILARITY = 0.8;

/**
 * "رفیق الله" ↔ "Rafiqullah", "Abdul Wadud" ↔ "عبدالودود": a person's compound name (with "Allah", "al-Din",
 * "Abd al-") written apart in one script and together in the other, read by the abjad rules; since rules 1.34.0
 * also an organisation's name word ("فیصل آباد" ↔ "Faisalabad").
 */
export function joinAcrossScripts(
  left: PreparedName,
  leftFree: Set<number>,
  right: PreparedName,
  rightFree: Set<number>,
  leftIsQuery: boolean,
  pairs: AlignedPair[],
): void {
  for (const single of [...rightFree]) {
    const word = right.tokens[single];
    if (right.kinds[single] !== Kind.Name || (word.script !== Script.Arabic && word.script !== Script.Latin)) {
      continue;
    }
    const other = word.script === Script.Arabic ? Script.Latin : Script.Arabic;
    let done = false;
    for (let start = 0; start < left.tokens.length && !done; start++) {
      let joined = '';
      for (let end = start; end < Math.min(left.tokens.length, start + 3); end++) {
        const token = left.tokens[end];
        if (!leftFree.has(end) || !JOINABLE.has(left.kinds[end]) || token.script !== other) {
          break;
        }
        joined += other === Script.Arabic ? token.orig : token.text;
        if (end === start) {
          continue;
        }
        const agrees =
          other === Script.Arabic ? abjadSpellingAgrees(joined, word.text) : abjadSpellingAgrees(word.orig, joined);
        if (agrees) {
          const run = range(start, end + 1);
          run.forEach((index) => leftFree.delete(index));
          rightFree.delete(single);
          pairs.push(orientedPair(leftIsQuery, run, [single], JOINED_ACROSS_SCRIPTS_SIMILARITY, Likeness.Joined));
          done = true;
          break;
        }
      }
    }
  }
}

/** Whether a name has a word of Arabic script. */
export function hasArabicWord(name: PreparedName): boolean {
  for (const token of name.tokens) {
    if (token.script === Script.Arabic) {
      return true;
    }
  }
  return false;
}

/**
 * Whether a run of a person's words takes each hyphenated compound in it whole or not at all: "Min-jun"
 * joined is "Minjun", but "chun" of "Sang-chun" never joins the next word.
 */
function wholeCompounds(name: PreparedName, start: number, end: number): boolean {
  if (name.mode !== 'person') {
    return true;
  }
  if (isCompoundSyllable(name, start) && name.tags[start] !== COMPOUND_START) {
    return false;
  }
  for (let index = start; index <= end; index++) {
    if (isCompoundSyllable(name, index) && name.tags[index] === COMPOUND_START && compoundEnd(name, index) > end) {
      return false;
    }
  }
  return true;
}
