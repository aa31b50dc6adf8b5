import { distance } from 'fastest-levenshtein';
import { Growable } from './growable';
import { digraphForm, getReferenceData } from './reference-data';
import { meaningGroupOf } from './word-groups';
import { identifierName, separateIdentifiers } from './identifier-names';
import {
  acronymNameAlone,
  LikenessCache,
  NameComparisons,
  MATCH_THRESHOLD,
  ownBracketedAcronym,
  scorePartiesAtLeast,
  schemasCompatible,
  type PreparedParty,
  type WeightSource,
} from './name-matcher';
import {
  acronymOf,
  cachedToken,
  isComparable,
  Kind,
  modeOfSchema,
  PLACE_OF_GENERIC_NAME,
  queryNameVariants,
  prepareName,
  type NameMode,
  type PreparedName,
  type TokenResolver,
} from './normalise';
import { acronymLetters, normaliseIdentifier, sameWords } from './name-matcher';
import { aliasesOnlyAgree, compareResults, groupParties, type PartyFacts } from './same-party';
import { datesAgree, isFullName, type ScoredEntity } from './party-score';
import { spellingSimilarity, tokenLikeness, editBudget, isTransposition } from './token-similarity';
import {
  distinctVariants,
  factsFrom,
  NamePreparationThread,
  preparationThreadAvailable,
  prepareNames,
  type PreparedNames,
} from './name-preparation';
import { asciiForm, copyTokenInfo, makeTokenInfo, Script, tokeniseRaw, type TokenInfo } from './tokenise';
import type {
  FeatureName,
  IndexEntry,
  MatchFeature,
  MatchQuery,
  MatchResult,
  PartOfNamedBodyPolicy,
  SearchOptions,
  WeakAliasPolicy,
} from './types';
import { parentNameParts, partOfNamedBody } from './part-of-named-body';
import {
  bodyLikeParent,
  namesWordForWord,
  parentReadings,
  parentWritten,
  type ParentReading,
  unitWords,
  WITH_PARENT_MIN_NAME_WORDS,
} from './written-with-parent';
import { genericName } from './generic-name';
import { weakAliasKey, weakAliasUsable } from './weak-aliases';
import { MEMBER_PLACE_WORDS, SYSTEM_MEMBERS_MIN, SYSTEM_MEMBER_CAP, placeAfterName } from './system-members';
import { comparableIndices } from './matcher-shared';
import { countriesNamed, countryAfterName, countryCodeOf, countryInBrackets, writesCountryOf } from './country-in-name';
import type { SearchWork } from './search-work';
import { demoNamedWhole, queryWholeNameKeys, wholeNameKey } from './demo-bodies';

/**
 * Margin between a name's most reachable evidence and the SCORED_NAMES-th best score before the name is
 * left untouched (see `creditCeilings`): far above the float32 rounding of summed credits.
 */
const CEILING_MARGIN = 1e-3;
/** Blocking credit a shared class word gives a name already found, relative to a name word's. */
const CLASS_TIE_BREAK = 0.1;
/** Entries whose prepared names are kept between queries (see `party`). */
const PREPARED_ENTRIES = 20_000;
/** Query words whose sound-alike words are kept between queries (see `soundMatesOf`). */
const SOUND_MATES_KEPT = 50_000;
/** Names scored in full per query, after blocking ranks the candidates. */
const SCORED_NAMES = 32;
/** The longest posting list read for names that are a query name word for word (see `withExactNames`). */
const EXACT_NAME_SCAN = 5_000;
/** Names blocked with less than this share of the best name's evidence are not scored. */
const SCORED_SHARE = 0.5;
/** Words in more names than this share of the index only block when nothing rarer does ("stop-keys"). */
const STOP_KEY_SHARE = 0.01;
const STOP_KEY_MIN = 2_000;
/** Postings read at most for one stop-key. */
const STOP_KEY_SCAN = 50_000;
/**
 * Highest score of a bare acronym matched only through the initials of an entry's names while another indexed body
 * writes the acronym as its own name (`readDerivedInitials` (b), since rules 1.218.0): a possible match for review,
 * below the match threshold, as an organisation of another country whose name differs.
 */
export const DERIVED_INITIALS_CAP = 0.65;
/**
 * Highest score of an acronym alone, asked with a country, matched to the same acronym alone of an entry that gives no
 * country while another indexed body of the query's country writes it as its own (`readCountrylessAcronym`, since
 * rules 1.224.0): a possible match for review, below the match threshold, as across conflicting countries.
 */
export const COUNTRYLESS_ACRONYM_CAP = 0.65;
/** Fewest letters of a name word two entries' full names share for `fullNamesShareWord`. */
const SHARED_NAME_WORD_LETTERS = 4;
/** Character trigrams shared by more vocabulary words than this are skipped when looking for typos. */
const STOP_GRAM = 5_000;
const MAX_FUZZY_WORDS = 16;
/**
 * A known short word in at most this many indexed names is also looked up one edit away when none of them holds
 * the query name's other words (see `knownWordVariants`): group 7's dev misses of this kind are in 1–12 names; a
 * word in more ("SINO", "EURO", "SONG") is a real word naming bodies of its own.
 */
const KNOWN_VARIANT_NAMES = 12;
const MAX_PHONETIC_WORDS = 16;
const BLOCKING_KINDS = new Set<number>([Kind.Name, Kind.Acronym, Kind.Number, Kind.NamedBody]);
/** Shortest query word looked up as two indexed words written together, and shortest part (see `blockNames`). */
const SPLIT_MIN = 5;
/** Shortest query word read as the class word it misspells (see `classWordSpelt`). */
const CLASS_SPELLING_LENGTH = 6;
const SPLIT_PART_MIN = 2;
/**
 * Most entries one identifier may be on and still find them whatever their names (since rules 1.112.0): a value
 * that several entries share (a telephone number of a group's companies, a group's tax number, a passport two
 * entries give) identifies none of them, so only an identifier of one entry alone finds it.
 */
const IDENTIFIER_MAX_ENTRIES = 1;

const GRAM_ALPHABET = 37;
/**
 * `search`'s options: SearchOptions, and what this search may share with an earlier search of the same party's names
 * (`work`, see SearchWork): the same answer, less work. Without `work` the search makes everything itself.
 */
export type IndexSearchOptions = SearchOptions & {
  work?: SearchWork;
  /** The keys of the query's names as given to `search` (see demo-bodies.ts); set by `search` itself. */
  wholeNames?: ReadonlySet<string>;
};

/** Trigram keys are bucketed by word length, so a typo lookup reads only words of a similar length. */
const GRAM_LENGTHS = 24;
const GRAM_COUNT = GRAM_ALPHABET ** 3 * GRAM_LENGTHS;

function gramKey(gram: number, length: number): number {
  return gram * GRAM_LENGTHS + Math.min(length, GRAM_LENGTHS - 1);
}

function charCode(char: number): number {
  if (char >= 97 && char <= 122) {
    return char - 96;
  }
  if (char >= 48 && char <= 57) {
    return char - 48 + 27;
  }
  return 0;
}

/** Padded character trigrams of an ASCII word, as numbers. */
function trigrams(text: string): number[] {
  const codes = [0, ...Array.from(text, (char) => charCode(char.charCodeAt(0))), 0];
  const grams: number[] = [];
  for (let index = 0; index + 2 < codes.length; index++) {
    grams.push(codes[index] * GRAM_ALPHABET * GRAM_ALPHABET + codes[index + 1] * GRAM_ALPHABET + codes[index + 2]);
  }
  return grams;
}

/**
 * `values` without repeats, in order of first appearance (as a Set would iterate them), reusing the
 * array: for the few values of one word, cheaper than a Set.
 */
function distinctInPlace<T>(values: T[]): T[] {
  let kept = 0;
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    let seen = false;
    for (let earlier = 0; earlier < kept; earlier++) {
      if (values[earlier] === value) {
        seen = true;
        break;
      }
    }
    if (!seen) {
      values[kept++] = value;
    }
  }
  values.length = kept;
  return values;
}

/** Compressed sparse rows: the values of key k are values[start[k] .. start[k + 1]). */
interface Csr {
  start: Uint32Array;
  values: Uint32Array;
}

/** A restored table in the object shape `buildCsr` gives (see `CandidateIndex.fromState`). */
function copyCsr(table: Csr): Csr {
  return { start: table.start, values: table.values };
}

function buildCsr(keyCount: number, pairs: { keys: Growable<Uint32Array>; values: Growable<Uint32Array> }): Csr {
  const start = new Uint32Array(keyCount + 1);
  for (let index = 0; index < pairs.keys.length; index++) {
    start[pairs.keys.get(index) + 1]++;
  }
  for (let key = 0; key < keyCount; key++) {
    start[key + 1] += start[key];
  }
  const fill = start.slice(0, keyCount);
  const values = new Uint32Array(pairs.keys.length);
  for (let index = 0; index < pairs.keys.length; index++) {
    values[fill[pairs.keys.get(index)]++] = pairs.values.get(index);
  }
  return { start, values };
}

class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  intern(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.push(value) - 1;
      this.ids.set(value, id);
    }
    return id;
  }

  find(value: string): number | undefined {
    return this.ids.get(value);
  }

  /** An interner holding `values` with ids 0, 1, … in that order. */
  static of(values: readonly string[]): Interner {
    const interner = new Interner();
    values.forEach((value) => interner.intern(value));
    return interner;
  }
}

/** A many-valued column per entry, stored as interned ids in CSR form. */
class Column {
  readonly interner = new Interner();
  private readonly start = new Growable(Uint32Array);
  private readonly values = new Growable(Uint32Array);

  constructor() {
    this.start.push(0);
  }

  add(values: readonly string[] | undefined, normalise: (value: string) => string): void {
    for (const value of values ?? []) {
      const normalised = normalise(value);
      if (normalised) {
        this.values.push(this.interner.intern(normalised));
      }
    }
    this.start.push(this.values.length);
  }

  get(entry: number): string[] {
    const out: string[] = [];
    for (let index = this.start.get(entry); index < this.start.get(entry + 1); index++) {
      out.push(this.interner.values[this.values.get(index)]);
    }
    return out;
  }

  toState(): ColumnState {
    return { values: this.interner.values, start: this.start.toArray(), ids: this.values.toArray() };
  }

  /** Fills a new, empty column with `toState`'s data. */
  load(state: ColumnState): void {
    state.values.forEach((value) => this.interner.intern(value));
    for (let index = 1; index < state.start.length; index++) {
      this.start.push(state.start[index]);
    }
    state.ids.forEach((id) => this.values.push(id));
  }

  /** How many values `entry` has. */
  size(entry: number): number {
    return this.start.get(entry + 1) - this.start.get(entry);
  }

  ids(entry: number): number[] {
    const out: number[] = [];
    for (let index = this.start.get(entry); index < this.start.get(entry + 1); index++) {
      out.push(this.values.get(index));
    }
    return out;
  }
}

/**
 * The names one search touched, found by name in a small open-addressing table (TOUCHED_TABLE_START slots at
 * first, doubled whenever it is half full) rather than in arrays of one slot per indexed name: at a million
 * entries such arrays are far larger than the caches, and crediting a name from a posting list then costs a
 * miss for each posting read, where a table of a search's few thousand names stays in the cache. A slot holds
 * the name's place in `touched` + 1 (0: empty); the blocking state of a touched name is kept by place. Each
 * search starts with a table of TOUCHED_TABLE_START slots again.
 */
const TOUCHED_TABLE_START = 1 << 14;
/** Knuth's multiplicative hash (2^32 / golden ratio): a name's slot is the top bits of name × this. */
const TOUCHED_HASH = 0x9e3779b1;

/** Source numbers (uint32) end here, far enough below 2^32 that no search's words can reach it. */
const SOURCE_NUMBERS_END = 0xffffffff - 2 ** 24;

/** Scratch space for one search at a time, sized to the index; never saved (see `toState`). */
interface SearchScratch {
  /** The names credited by the search, in the order first credited. */
  touched: Uint32Array;
  /**
   * The evidence accumulated for touched[i] (float32), at i: ranking the touched names then reads one
   * compact array in order instead of one cache line per name across the index.
   */
  touchedScore: Float32Array;
  /**
   * The table of touched names (see TOUCHED_TABLE_START): per slot the name's place in `touched` + 1, or 0 (the
   * name is read from `touched`, a small array in the cache, not from a second array of slots).
   */
  touchedKeys: Uint32Array;
  /** Per place in `touched`, the name's slot in `touchedKeys` (emptied by place before the next search). */
  touchedSlots: Uint32Array;
  /** Per place, the credit the query word that last credited the name gave it (float32): a word counts once per name, at its best. */
  creditWeight: Float32Array;
  /** Per place, which query word last credited the name. */
  creditSource: Uint32Array;
  /** Names the last search left in the table (emptied when the next one begins). */
  tableUsed: number;
  /** Per word, the trigram lists found to hold it (`countedNeighbours`; all 0 between lookups). */
  gramCounter: Uint16Array;
  /** `filteredNeighbours`' per-candidate first places. */
  gramFirst: Uint8Array;
  /** The words counted (`countedNeighbours`), or the candidates (`filteredNeighbours`). */
  gramTouched: Uint32Array;
  /** `filteredNeighbours`' merge of the shortest trigram lists: per list, its next word, position, end and place. */
  gramMerge: Uint32Array;
}

function searchScratch(nameCount: number, wordCount: number): SearchScratch {
  return {
    touched: new Uint32Array(nameCount),
    touchedScore: new Float32Array(nameCount),
    touchedKeys: new Uint32Array(TOUCHED_TABLE_START),
    touchedSlots: new Uint32Array(TOUCHED_TABLE_START / 2),
    creditWeight: new Float32Array(TOUCHED_TABLE_START / 2),
    creditSource: new Uint32Array(TOUCHED_TABLE_START / 2),
    tableUsed: 0,
    gramCounter: new Uint16Array(wordCount),
    gramFirst: new Uint8Array(wordCount),
    gramTouched: new Uint32Array(wordCount),
    gramMerge: new Uint32Array(64),
  };
}

/** The tables `build` makes, and the scratch space of the searches. */
interface BuiltTables {
  nameEntry: Uint32Array;
  nameTokenStart: Uint32Array;
  nameTokens: Uint32Array;
  nameKinds: Uint8Array;
  nameTags: Uint16Array;
  entryNameStart: Uint32Array;
  entrySchema: Uint8Array;
  documentFrequency: Uint32Array;
  postings: Csr;
  acronymPostings: Csr;
  grams: Csr;
  phonetic: Csr;
  phoneticIds: Interner;
  deletions: Csr;
  stopKey: number;
  rarityReference: number;
  scratch: SearchScratch;
}

/** An entry made ready for scoring and for folding into parties, kept between queries (see `party`). */
interface PreparedEntry {
  party: PreparedParty;
  facts?: PartyFacts;
}

/** Version of CandidateIndexState: bump when the index's tables change shape or meaning. */
const STATE_FORMAT = 4;

/** A built index as plain data (typed arrays, strings, Maps: structured-clone safe); see `toState`. */
export interface CandidateIndexState {
  format: number;
  vocabulary: Map<string, number>;
  words: TokenInfo[];
  acronyms: string[];
  schemas: string[];
  entityIds: string[];
  countries: ColumnState;
  lists: ColumnState;
  birthDates: ColumnState;
  towns: ColumnState;
  identifiers: Map<number, string[]>;
  nameRaw: string[];
  weakNames: Map<string, WeakNameOwner[]>;
  demoNames: Map<number, string[]>;
  phoneticIds: string[];
  tables: Omit<BuiltTables, 'phoneticIds' | 'scratch'>;
}

/** An entry that has a weak name, and the name as the list writes it (for the explanation). */
interface WeakNameOwner {
  entry: number;
  raw: string;
}

interface ColumnState {
  values: string[];
  start: Uint32Array;
  ids: Uint32Array;
}

/**
 * In-memory candidate index over list entries and graph entities. Names are interned into a shared
 * vocabulary and stored as token ids in typed arrays; lookups block on words, character trigrams of
 * words (typos), Double Metaphone keys and acronyms, never scanning the whole index, then score the
 * best-blocked names in full with explanations.
 *
 * Fill with `add`, call `build` once, then `search`. A rebuilt index is a new instance: callers swap
 * the reference when it is built, and the old one serves until then.
 */
/** Share of the indexed names a word must be in to count as a common name word (1 in 2,000). */
const FREQUENT_NAME_SHARE = 1 / 2000;
/** Fewest names a word must be in to count as frequent, whatever the index's size. */
const FREQUENT_MIN_NAMES = 20;

/** A query name read as a body's name with a place after it (`placeAfterName`): the name, its head, the place's words. */
interface PlacedName {
  name: PreparedName;
  head: PreparedName;
  /** The place's words as the prepared name reads them, joined by spaces. */
  key: string;
  placeText: string;
  /**
   * Since rules 1.148.0: the country of a one-word country written after the place ("<name>, <town>, China"), as
   * `countryForms` keys it; the reading holds only for an entry in that country.
   */
  country?: string;
  /** Since rules 1.192.0: the place is written in brackets inside the name, not after it (`placeInsideName`). */
  inside?: boolean;
}

/**
 * The score the name before a body's own town must reach against the body for the town to be read as its
 * address (`ownTownScore`): near its own name, not a name that only resembles it (two bodies share a town's name,
 * "<a body> <town>" beside "<another body of one word more>" in a town of that name elsewhere).
 */
const OWN_TOWN_HEAD = 0.9;

/**
 * Since rules 1.141.0: when another entry matches the query whole, not through its own town, at OWN_TOWN_HEAD or
 * more, the index holds the query as that body's name ("<system> - <town>" of a member whose record writes the
 * town as a part of its name): the town is that name's, not an address, and the entries `ownTownScore` raised
 * get back their score before (dropped when it was below `threshold`). Since rules 1.152.0 the other entry's
 * matched name must write the town's words: a name without them ("<name>" of a list entry that holds no town)
 * matched only because the matcher read the town as an address (qual5's campus-body reading) holds the query as
 * the same name at an address, not as its own name, and leaves the own town's reading first.
 */
function keepTownInOtherName(
  results: MatchResult[],
  entryOf: Map<MatchResult, number>,
  liftedFrom: ReadonlyMap<number, ScoredEntity | undefined>,
  placed: readonly PlacedName[],
  lookup: TokenResolver,
  threshold: number,
): void {
  const ownTown = (result: MatchResult) => result.features.some((feature) => feature.name === 'own_town');
  const placeKeys = placed.map((reading) => reading.key.split(' '));
  const writesTown = (result: MatchResult) => {
    const words = new Set(prepareName(result.matchedName, 'org', lookup).tokens.map((token) => token.text));
    return placeKeys.some((key) => key.every((word) => words.has(word)));
  };
  const namedWhole = results.some(
    (result) =>
      result.match &&
      result.score >= OWN_TOWN_HEAD &&
      !ownTown(result) &&
      !liftedFrom.has(entryOf.get(result)!) &&
      writesTown(result),
  );
  if (!namedWhole) {
    return;
  }
  for (let position = results.length - 1; position >= 0; position--) {
    const result = results[position];
    const entry = entryOf.get(result)!;
    if (!liftedFrom.has(entry) || !ownTown(result)) {
      continue;
    }
    const before = liftedFrom.get(entry);
    entryOf.delete(result);
    if (!before || before.score < threshold) {
      results.splice(position, 1);
      continue;
    }
    const restored: MatchResult = {
      entityId: result.entityId,
      score: before.score,
      match: before.score >= MATCH_THRESHOLD,
      matchedName: before.matchedName,
      queryName: before.queryName,
      features: before.features,
      listIds: result.listIds,
    };
    results[position] = restored;
    entryOf.set(restored, entry);
  }
}

/** Since rules 1.154.0: a query name "<name> (<word>)" read as "<name>", for entries that write "<word>" as a name. */
interface BracketedName {
  name: PreparedName;
  head: PreparedName;
  /** The bracketed word's comparable words, joined by spaces. */
  key: string;
  written: string;
}

/** A name's comparable words as one key ("QTX", "Q.T.X." and "qtx" alike), for a name written in brackets. */
function comparableKey(name: PreparedName): string {
  return comparableIndices(name)
    .map((index) => name.tokens[index].text)
    .join(' ');
}

/**
 * Every query organisation name that ends in one word (an acronym or other short name, up to two words) in brackets
 * after two words or more: "Quarrow Electronics Group (QEG)", "Quarrow Tidal Board (Tarvel-Q)".
 */
function bracketedNames(queryParty: PreparedParty, lookup: TokenResolver): BracketedName[] {
  return queryParty.names.flatMap((name) => {
    const found = /^(.*\S.*\S)\s*\(\s*([^()]+?)\s*\)\s*$/u.exec(name.raw);
    if (!found || found[2].split(/\s+/).length > 2 || found[1].trim().split(/\s+/).length < 2) {
      return [];
    }
    const written = prepareName(found[2], 'org', lookup);
    const key = comparableKey(written);
    return key === '' ? [] : [{ name, head: prepareName(found[1].trim(), 'org', lookup), key, written: found[2] }];
  });
}

/**
 * Every reading of the query's organisation names as "<name> <place>" (one or two place words), and since rules
 * 1.148.0 of a name that ends in a comma and a one-word country ("<name>, <town>, China") as "<name>, <town>"
 * in that country (since rules 1.153.0 any country `countryCodeOf` reads: "People's Republic of China", "Turkey"),
 * and since rules 1.192.0 of a name with one or two words in brackets inside it as the name without them at that place
 * (`placeInsideName`: "Quarrow Tidal Instruments (Tarvel) Corporation").
 */
function placedNames(queryParty: PreparedParty, lookup: TokenResolver): PlacedName[] {
  return queryParty.names.flatMap((name) => {
    const readings = placeAfterName(name).map(({ head, place, placeText }): PlacedName => ({
      name,
      head: prepareName(head, 'org', lookup),
      key: place.map((index) => name.tokens[index].text).join(' '),
      placeText,
    }));
    const inner = placeInsideName(name.raw);
    if (inner) {
      const key = prepareName(inner.placeText, 'org', lookup)
        .tokens.map((token) => token.text)
        .join(' ');
      if (key !== '') {
        readings.push({
          name,
          head: prepareName(inner.head, 'org', lookup),
          key,
          placeText: inner.placeText,
          inside: true,
        });
      }
    }
    const country = trailingCountry(name.raw);
    if (country) {
      const before = prepareName(country.before, 'org', lookup);
      for (const { head, place, placeText } of placeAfterName(before)) {
        readings.push({
          name,
          head: prepareName(head, 'org', lookup),
          key: place.map((index) => before.tokens[index].text).join(' '),
          placeText: `${placeText}, ${country.text}`,
          country: country.code,
        });
      }
    }
    return readings;
  });
}

/**
 * Since rules 1.192.0: a name with one or two words in brackets inside it, after two words or more and before more
 * words ("Quarrow Tidal Instruments (Tarvel) Corporation"): the name without the bracketed words (the head) and the
 * bracketed words (the place, read by the own-town rule `ownTownScore`: only a town the entry is held in counts).
 * Undefined for a name with no such brackets, or with brackets at its end (`placeAfterName`, `bracketedNames`).
 */
function placeInsideName(raw: string): { head: string; placeText: string } | undefined {
  const found = /^(.*\S.*\S)\s*\(\s*([^()]+?)\s*\)\s*([^()\s][^()]*)$/u.exec(raw.trim());
  if (!found || found[2].split(/\s+/).length > 2 || found[1].trim().split(/\s+/).length < 2) {
    return undefined;
  }
  return { head: `${found[1].trim()} ${found[3].trim()}`, placeText: found[2] };
}

/**
 * A name's last comma-separated part when it is a country (`countryCodeOf`) and a comma comes before it: the text
 * before, the part as written, the country's code. Since rules 1.153.0 a country of several words ("People's
 * Republic of China", "P.R. China") or one `countryForms` keys otherwise than by its code ("Turkey", "Germany").
 */
function trailingCountry(raw: string): { before: string; text: string; code: string } | undefined {
  const at = raw.lastIndexOf(',');
  if (at <= 0) {
    return undefined;
  }
  const text = raw.slice(at + 1).trim();
  if (!/^[\p{L}][\p{L}\s.'’]*$/u.test(text)) {
    return undefined;
  }
  const code = countryCodeOf(text);
  const before = raw.slice(0, at).trim();
  return code === undefined || !before.includes(',') ? undefined : { before, text, code };
}

/**
 * Whether a name's words write a country's words in a run, with other words beside them ("Quarrow Ministry of Tides-
 * New Zealand", "New Zealand Quarrow Ministry of Tides"; since rules 1.161.0 anywhere in the name, before only at the
 * end).
 */
function writesCountry(words: string[], countryWords: string[]): boolean {
  if (countryWords.length === 0 || words.length <= countryWords.length) {
    return false;
  }
  for (let start = 0; start + countryWords.length <= words.length; start++) {
    if (countryWords.every((word, index) => words[start + index] === word)) {
      return true;
    }
  }
  return false;
}

/** A text's words in ASCII form, small letters (for comparing a country written with a name's last words). */
function comparableWords(text: string): string[] {
  return tokeniseRaw(text).map((word) => asciiForm(word.orig));
}

/**
 * Since rules 1.153.0: the meaning of a one-word town that org_word_meanings.yml lists among its places, one key for
 * the town's names in several languages ("Sevilla" and "Seville": "place:seville"); undefined for any other.
 */
function placeMeaningOf(key: string): string | undefined {
  const meaning = key.includes(' ') ? undefined : getReferenceData().wordMeanings.get(key);
  return meaning?.startsWith('place:') === true ? meaning : undefined;
}

/** Longest text after a name's last comma read as a place the name writes (for `MatchResult.towns`). */
const NAMED_PLACE_CHARS = 40;

/** `scored` (the score of a reading of the query name) as the answer for the whole query name, with the feature saying why. */
function readAs(scored: ScoredEntity, queryName: string, feature: FeatureName, reason: string): ScoredEntity {
  return { ...scored, queryName, features: [...scored.features, { name: feature, value: 1, reason }] };
}

export class CandidateIndex implements WeightSource {
  private readonly vocabulary = new Map<string, number>();
  private readonly words: TokenInfo[] = [];
  private readonly acronyms = new Interner();
  private readonly schemas = new Interner();

  private readonly entityIds: string[] = [];
  private readonly entrySchema = new Growable(Uint8Array);
  private readonly entryNameStart = new Growable(Uint32Array);
  private readonly countries = new Column();
  private readonly lists = new Column();
  /** Per entry, the places other records write after its names (`systemMembers`), filled on first use. */
  private readonly systemMembersOf = new Map<number, Set<string>>();
  private readonly birthDates = new Column();
  /**
   * The towns each entry is in (`IndexEntry.towns`), as ids into one shared table of town names: 4 bytes an entry
   * and 4 a town, not a string per entry. `townKeys`: a town's words as a prepared name reads them, by id.
   */
  private readonly towns = new Column();
  private readonly townKeys = new Map<number, string>();
  private readonly identifiers = new Map<number, string[]>();
  /**
   * Weak names by `weakAliasKey`: a few thousand among the lists' hundreds of thousands of names, so kept
   * out of the name tables, the blocking keys and the memory per name; read by an exact look-up only.
   */
  private readonly weakNames = new Map<string, WeakNameOwner[]>();
  /** Since rules 1.210.0: the demo entries (`IndexEntry.demo`) and their own names by `wholeNameKey`. */
  private readonly demoNames = new Map<number, string[]>();
  private readonly demoIds = new Map<string, number>();
  /** Entries by identifier, made at the first search that gives one (see `identifierEntries`). */
  private entriesByIdentifier: Map<string, number[]> | undefined;

  private readonly nameRaw: string[] = [];
  private readonly nameEntry = new Growable(Uint32Array);
  private readonly nameTokenStart = new Growable(Uint32Array);
  private readonly nameTokens = new Growable(Uint32Array);
  private readonly nameKinds = new Growable(Uint8Array);
  private readonly nameTags = new Growable(Uint16Array);
  private readonly acronymPairs = { keys: new Growable(Uint32Array), values: new Growable(Uint32Array) };
  private creditCounter = 0;
  /**
   * Prepared entries in two generations: those used since the last turnover, and those of the
   * generation before (moved on when used again). A turnover drops the older generation whole: no
   * entry is deleted one by one, which in a Map leaves holes that a least-recently-used scan walks over.
   */
  private prepared = new Map<number, PreparedEntry>();
  private preparedBefore = new Map<number, PreparedEntry>();
  /** Word likeness of query words and indexed words, shared by the searches of this index. */
  private readonly likeness = new LikenessCache();
  /** Per query word, the indexed words that sound alike and align with it (see `soundsAlike`): [org, person]. */
  private readonly soundMates = [new Map<TokenInfo, SoundMates>(), new Map<TokenInfo, SoundMates>()];

  private built?: BuiltTables;
  /**
   * Latin words written with diacritics by their ASCII form ("díaz", "diàz" under "diaz"), made at the first search
   * after a build (see `sameLettersForms`): the words one spelling without its accents is written as in the index.
   */
  private accentedForms?: { built: BuiltTables; byText: Map<string, number[]> };
  /** What the last search did (for benchmarks and profiles): read after `search` returns. */
  readonly lastSearch: SearchStats = { touched: 0, blocked: 0, scored: 0, scoredNames: 0 };

  private readonly intern: TokenResolver = (orig) => {
    let id = this.vocabulary.get(orig);
    if (id === undefined) {
      const info = this.metHere.get(orig) ?? makeTokenInfo(orig);
      id = this.words.push(info) - 1;
      info.id = id;
      this.vocabulary.set(orig, id);
    }
    return this.words[id];
  };

  /**
   * Words new to the vocabulary met by names prepared on this thread and not yet stored (see `loader`):
   * `makeTokenInfo` is pure, so the object made then is the one `intern` would make.
   */
  private readonly metHere = new Map<string, TokenInfo>();

  /** Facts of words not in the vocabulary, kept in `metHere` (see `factsFrom`). */
  private readonly metFacts = factsFrom(this.metHere);

  /** A word's facts for names prepared ahead of storing: the index's word, else one kept in `metHere`. */
  private readonly factsHere = (orig: string): TokenInfo => {
    const id = this.vocabulary.get(orig);
    return id !== undefined ? this.words[id] : this.metFacts(orig);
  };

  private readonly lookup: TokenResolver = (orig) => {
    const id = this.vocabulary.get(orig);
    return id === undefined ? cachedToken(orig) : this.words[id];
  };

  /**
   * `blockingCeilings: false` reads every word's postings in full (see `creditCeilings`): the same
   * answers, more work; for tests that check the ceilings change nothing.
   */
  constructor(private readonly options: { blockingCeilings?: boolean } = {}) {
    this.entryNameStart.push(0);
    this.nameTokenStart.push(0);
  }

  get size(): number {
    return this.entityIds.length;
  }

  get nameCount(): number {
    return this.nameRaw.length;
  }

  /** Adds one entity (all its names). Only before `build`. */
  add(entry: IndexEntry): void {
    const entryId = this.openEntry(entry);
    const mode = modeOfSchema(entry.schema);
    const separated = separateIdentifiers(entry.names);
    for (const raw of distinctVariants(separated.names)) {
      const name = prepareName(raw, mode, this.intern);
      const nameId = this.nameRaw.push(raw) - 1;
      this.nameEntry.push(entryId);
      for (let index = 0; index < name.tokens.length; index++) {
        this.nameTokens.push(name.tokens[index].id);
        this.nameKinds.push(name.kinds[index]);
        this.nameTags.push(name.tags[index]);
      }
      this.nameTokenStart.push(this.nameTokens.length);
      this.addAcronym(mode === 'person' ? '' : acronymOf(name), nameId);
    }
    this.closeEntry(entry, entryId, separated.identifiers);
  }

  /**
   * Adds entries whose names `prepareNames` prepared (on any thread), in order: the same index as `add`
   * of each. The words each name asked for are interned in the order asked, as `add`'s `prepareName`
   * interns them, so every word, name and acronym gets the id `add` gives it.
   */
  addPrepared(entries: readonly IndexEntry[], prepared: PreparedNames): void {
    const ids: number[] = [];
    let name = 0;
    let word = 0;
    let token = 0;
    for (let position = 0; position < entries.length; position++) {
      const entry = entries[position];
      const entryId = this.openEntry(entry);
      for (let count = 0; count < prepared.entryNames[position]; count++, name++) {
        ids.length = 0;
        for (let asked = 0; asked < prepared.nameWords[name]; asked++) {
          ids.push(this.intern(prepared.words[word++]).id);
        }
        const nameId = this.nameRaw.push(prepared.raws[name]) - 1;
        this.nameEntry.push(entryId);
        for (let index = 0; index < prepared.nameTokens[name]; index++, token++) {
          this.nameTokens.push(ids[prepared.tokenWord[token]]);
          this.nameKinds.push(prepared.kinds[token]);
          this.nameTags.push(prepared.tags[token]);
        }
        this.nameTokenStart.push(this.nameTokens.length);
        this.addAcronym(prepared.acronyms[name], nameId);
      }
      this.closeEntry(entry, entryId, prepared.identifiers[position]);
    }
  }

  /**
   * An adder for many entries, the same index as `add` of each in order; the index is complete when
   * `finish` resolves. Where the compiled worker script is (see `preparationThreadAvailable`) the names are
   * prepared on a worker thread while this thread interns and stores the batches prepared; elsewhere each
   * entry is `add`ed. `thread: false` prepares the batches here (the worker's path on one thread, for tests).
   */
  loader(options: { thread?: boolean } = {}): { add(entry: IndexEntry): void; finish(): Promise<void> } {
    if (options.thread !== false && preparationThreadAvailable()) {
      return new NamePreparationThread(
        (entries, prepared) => this.addPrepared(entries, prepared),
        (entries) => prepareNames(entries, this.factsHere),
        () => this.metHere.clear(),
      );
    }
    if (options.thread === false) {
      const batch: IndexEntry[] = [];
      const store = () => {
        this.addPrepared(batch, prepareNames(batch, this.factsHere));
        this.metHere.clear();
        batch.length = 0;
      };
      return {
        add: (entry) => {
          batch.push(entry);
          if (batch.length >= 500) {
            store();
          }
        },
        finish: () => {
          store();
          return Promise.resolve();
        },
      };
    }
    return { add: (entry) => this.add(entry), finish: () => Promise.resolve() };
  }

  private openEntry(entry: IndexEntry): number {
    if (this.built) {
      throw new Error('CandidateIndex is built; create a new index to add entries');
    }
    const entryId = this.entityIds.push(entry.entityId) - 1;
    this.entrySchema.push(this.schemas.intern(entry.schema));
    return entryId;
  }

  private addAcronym(acronym: string, nameId: number): void {
    if (acronym) {
      this.acronymPairs.keys.push(this.acronyms.intern(acronym));
      this.acronymPairs.values.push(nameId);
    }
  }

  private closeEntry(entry: IndexEntry, entryId: number, separatedIdentifiers: readonly string[]): void {
    this.entryNameStart.push(this.nameRaw.length);
    this.countries.add(entry.countries, (value) => value.trim().toLowerCase());
    this.lists.add(entry.listIds, (value) => value);
    this.birthDates.add(entry.birthDates, (value) => value.trim());
    this.towns.add(entry.towns, (value) => value.trim());
    const identifiers = [...(entry.identifiers ?? []), ...separatedIdentifiers]
      .map(normaliseIdentifier)
      .filter((value) => value.length > 0);
    if (identifiers.length > 0) {
      this.identifiers.set(entryId, identifiers);
    }
    if (entry.demo === true) {
      this.demoNames.set(entryId, entry.names.map(wholeNameKey));
      this.demoIds.set(entry.entityId, entryId);
    }
    for (const raw of entry.weakNames ?? []) {
      const key = weakAliasKey(raw);
      if (key.length === 0) {
        continue;
      }
      const owners = this.weakNames.get(key) ?? [];
      if (!owners.some((owner) => owner.entry === entryId)) {
        owners.push({ entry: entryId, raw });
      }
      this.weakNames.set(key, owners);
    }
  }

  /** Freezes the index: document frequencies, posting lists, trigram and phonetic tables. */
  build(): this {
    if (this.built) {
      return this;
    }
    const nameCount = this.nameRaw.length;
    const wordCount = this.words.length;
    const nameTokenStart = this.nameTokenStart.toArray();
    const nameTokens = this.nameTokens.toArray();
    const nameKinds = this.nameKinds.toArray();

    const documentFrequency = new Uint32Array(wordCount);
    const postingPairs = { keys: new Growable(Uint32Array, 1 << 16), values: new Growable(Uint32Array, 1 << 16) };
    for (let name = 0; name < nameCount; name++) {
      for (let index = nameTokenStart[name]; index < nameTokenStart[name + 1]; index++) {
        const word = nameTokens[index];
        documentFrequency[word]++;
        if (BLOCKING_KINDS.has(nameKinds[index])) {
          postingPairs.keys.push(word);
          postingPairs.values.push(name);
        }
      }
    }
    const postings = buildCsr(wordCount, postingPairs);
    const acronymPostings = buildCsr(this.acronyms.values.length, this.acronymPairs);

    const gramPairs = { keys: new Growable(Uint32Array, 1 << 16), values: new Growable(Uint32Array, 1 << 16) };
    const phoneticIds = new Interner();
    const phoneticPairs = { keys: new Growable(Uint32Array), values: new Growable(Uint32Array) };
    for (let word = 0; word < wordCount; word++) {
      const info = this.words[word];
      if (info.isNumber || info.isSyllable || info.text.length < 3) {
        continue;
      }
      for (const gram of distinctInPlace(trigrams(info.text))) {
        gramPairs.keys.push(gramKey(gram, info.text.length));
        gramPairs.values.push(word);
      }
      if (info.phonetic.length >= 2) {
        phoneticPairs.keys.push(phoneticIds.intern(info.phonetic));
        phoneticPairs.values.push(word);
      }
    }
    const grams = buildCsr(GRAM_COUNT, gramPairs);
    const phonetic = buildCsr(phoneticIds.values.length, phoneticPairs);
    // Deletion neighbourhoods of short words: a short word and each form with one letter deleted, hashed
    // into buckets, so a one-letter typo in a short query word ("bak" for "bank") finds its word without
    // a scan (symmetric delete: two words one edit apart share a form).
    const deletionPairs = { keys: new Growable(Uint32Array), values: new Growable(Uint32Array) };
    for (let word = 0; word < wordCount; word++) {
      const info = this.words[word];
      if (info.isNumber || info.isSyllable || info.text.length < DELETION_MIN || info.text.length > DELETION_MAX) {
        continue;
      }
      for (const form of distinctInPlace(deletionForms(info.text))) {
        deletionPairs.keys.push(deletionBucket(form));
        deletionPairs.values.push(word);
      }
    }
    const deletions = buildCsr(DELETION_BUCKETS, deletionPairs);

    this.built = {
      nameEntry: this.nameEntry.toArray(),
      nameTokenStart,
      nameTokens,
      nameKinds,
      nameTags: this.nameTags.toArray(),
      entryNameStart: this.entryNameStart.toArray(),
      entrySchema: this.entrySchema.toArray(),
      documentFrequency,
      postings,
      acronymPostings,
      grams,
      phonetic,
      phoneticIds,
      deletions,
      stopKey: Math.max(STOP_KEY_MIN, Math.floor(nameCount * STOP_KEY_SHARE)),
      rarityReference: Math.log(nameCount + 1) / 2,
      scratch: searchScratch(nameCount, wordCount),
    };
    return this;
  }

  /**
   * The built index as plain data, to be saved (e.g. with `v8.serialize`) and restored by `fromState`
   * without preparing every name again.
   */
  toState(): CandidateIndexState {
    const built = this.built;
    if (!built) {
      throw new Error('CandidateIndex.toState before build()');
    }
    const { phoneticIds, scratch: _scratch, ...tables } = built;
    return {
      format: STATE_FORMAT,
      vocabulary: this.vocabulary,
      words: this.words,
      acronyms: this.acronyms.values,
      schemas: this.schemas.values,
      entityIds: this.entityIds,
      countries: this.countries.toState(),
      lists: this.lists.toState(),
      birthDates: this.birthDates.toState(),
      towns: this.towns.toState(),
      identifiers: this.identifiers,
      nameRaw: this.nameRaw,
      weakNames: this.weakNames,
      demoNames: this.demoNames,
      phoneticIds: phoneticIds.values,
      tables,
    };
  }

  /** A built index from `toState`'s data; searches as the index it was taken from. */
  static fromState(state: CandidateIndexState): CandidateIndex {
    if (state.format !== STATE_FORMAT) {
      throw new Error(`CandidateIndex state format ${state.format}; this code reads ${STATE_FORMAT}`);
    }
    const index = new CandidateIndex();
    state.vocabulary.forEach((id, word) => index.vocabulary.set(word, id));
    // Copied, so that they share the query words' hidden class (see `copyTokenInfo`).
    state.words.forEach((word) => index.words.push(copyTokenInfo(word)));
    state.acronyms.forEach((acronym) => index.acronyms.intern(acronym));
    state.schemas.forEach((schema) => index.schemas.intern(schema));
    state.entityIds.forEach((id) => index.entityIds.push(id));
    state.nameRaw.forEach((name) => index.nameRaw.push(name));
    state.weakNames.forEach((owners, key) => index.weakNames.set(key, owners));
    state.demoNames.forEach((keys, entry) => {
      index.demoNames.set(entry, keys);
      index.demoIds.set(index.entityIds[entry], entry);
    });
    // Copied: a deserialised array has another hidden class than the arrays of strings a query's party holds.
    state.identifiers.forEach((values, entry) =>
      index.identifiers.set(
        entry,
        values.map((value) => value),
      ),
    );
    index.countries.load(state.countries);
    index.lists.load(state.lists);
    index.birthDates.load(state.birthDates);
    index.towns.load(state.towns);
    // Every field in `build`'s order, the posting tables as `buildCsr` makes them: a restored index has the
    // hidden classes of a built one (a spread or a deserialised object has others, and the search's optimised
    // code, fed both, is thrown away and compiled again).
    const tables = state.tables;
    index.built = {
      nameEntry: tables.nameEntry,
      nameTokenStart: tables.nameTokenStart,
      nameTokens: tables.nameTokens,
      nameKinds: tables.nameKinds,
      nameTags: tables.nameTags,
      entryNameStart: tables.entryNameStart,
      entrySchema: tables.entrySchema,
      documentFrequency: tables.documentFrequency,
      postings: copyCsr(tables.postings),
      acronymPostings: copyCsr(tables.acronymPostings),
      grams: copyCsr(tables.grams),
      phonetic: copyCsr(tables.phonetic),
      phoneticIds: Interner.of(state.phoneticIds),
      deletions: copyCsr(tables.deletions),
      stopKey: tables.stopKey,
      rarityReference: tables.rarityReference,
      scratch: searchScratch(state.nameRaw.length, state.words.length),
    };
    return index;
  }

  /** Rarity weight learned from the indexed names: about 1 for a word in 1 name of √N, more if rarer. */
  rarity(token: TokenInfo): number {
    const built = this.built;
    if (!built || this.nameRaw.length < 1000) {
      return 1;
    }
    const frequency = token.id >= 0 ? built.documentFrequency[token.id] : 0;
    const idf = Math.log((this.nameRaw.length + 1) / (frequency + 1));
    return Math.min(1.5, Math.max(0.5, idf / built.rarityReference));
  }

  /**
   * A word is frequent when at least one indexed name in FREQUENT_NAME_SHARE has it (and at least
   * FREQUENT_MIN_NAMES names): the lists' own name frequency, beside the name-frequency tables.
   */
  frequent(token: TokenInfo): boolean {
    const built = this.built;
    if (!built || token.id < 0 || this.nameRaw.length < 1000) {
      return false;
    }
    return built.documentFrequency[token.id] >= Math.max(FREQUENT_MIN_NAMES, this.nameRaw.length * FREQUENT_NAME_SHARE);
  }

  /** Best matches for a query, ranked, with explanations. */
  search(query: MatchQuery, options: IndexSearchOptions = {}): MatchResult[] {
    if (this.demoNames.size === 0) {
      return this.searchReadings(query, options);
    }
    // Since rules 1.210.0: a demo body is a candidate only when the query writes one of its names whole (see
    // demo-bodies.ts), whichever reading of the query is searched; what any reading returned is checked again here.
    const wholeNames = options.wholeNames ?? queryWholeNameKeys(query.name, query.aliases);
    return this.searchReadings(query, { ...options, wholeNames }).filter((result) => {
      const entry = this.demoIds.get(result.entityId);
      return entry === undefined || demoNamedWhole(this.demoNames.get(entry)!, wholeNames);
    });
  }

  /**
   * Since rules 1.223.0 (probe8's B4): an entry whose own name matched ends in the same country in brackets ("Tarvel
   * Corporation (United States)" as the registry names the company) while its record holds another country is compared
   * with the name as written and only the countries given: the query is that entry's name, not a name and a country,
   * and a body's own name never conflicts with itself (the registry's record places the body; its name says what the
   * registry calls it). Every other entry keeps the bracketed country as a country given (an entry of that country
   * stays corroborated by it).
   */
  private ownBracketedCountry(
    query: MatchQuery,
    options: IndexSearchOptions,
    code: string,
    read: MatchResult[],
  ): MatchResult[] {
    const own = (result: MatchResult) =>
      countryInBrackets(result.matchedName)?.code === code &&
      result.features.some((feature) => feature.name === 'country' && feature.value < 0);
    if (!read.some(own)) {
      return read;
    }
    const asGiven = new Map(this.searchAsWritten(query, options).map((result) => [result.entityId, result]));
    return read
      .map((result) => (own(result) ? (asGiven.get(result.entityId) ?? result) : result))
      .sort(compareResults)
      .slice(0, options.limit ?? 5);
  }

  private searchReadings(query: MatchQuery, options: IndexSearchOptions): MatchResult[] {
    // Since rules 1.158.0: "<name>, <country>" is the name given in that country (`countryAfterName`).
    const schema = options.schema ?? query.schema ?? 'LegalEntity';
    const written = modeOfSchema(schema) === 'org' ? countryAfterName(query.name) : undefined;
    if (!written) {
      // Since rules 1.182.0: "<name> (<country>)" is the name given in that country too (`countryInBrackets`).
      const bracketed = modeOfSchema(schema) === 'org' ? countryInBrackets(query.name) : undefined;
      const given = (query.countries ?? []).map((country) => country.trim().toLowerCase());
      if (!bracketed && given.length === 0 && modeOfSchema(schema) === 'org') {
        // Since rules 1.184.0: a country's name written in the name is a country of the query (`countriesNamed`).
        const named = countriesNamed(query.name);
        if (named.length > 0) {
          return this.searchNamingCountries(query, options, named);
        }
      }
      if (!bracketed || given.includes(bracketed.code)) {
        return this.searchAsWritten(query, options);
      }
      const said = `"(${bracketed.text})" written after the name is read as a country given (${bracketed.code.toUpperCase()}).`;
      const read = this.searchAsWritten({ ...query, countries: [...given, bracketed.code] }, options).map((result) => ({
        ...result,
        features: result.features.map((feature) =>
          feature.name === 'country' ? { ...feature, reason: `${feature.reason} ${said}` } : feature,
        ),
      }));
      return this.ownBracketedCountry(query, options, bracketed.code, read);
    }
    const countries = (query.countries ?? []).map((country) => country.trim().toLowerCase());
    const results = this.searchAsWritten(
      {
        ...query,
        name: written.name,
        countries: countries.includes(written.code) ? countries : [...countries, written.code],
      },
      options,
    );
    const said = `"${written.text}" written after the name is read as the country given (${written.code.toUpperCase()}).`;
    const sayCountry = (result: MatchResult) => {
      result.features = result.features.map((feature) =>
        feature.name === 'country' ? { ...feature, reason: `${feature.reason} ${said}` } : feature,
      );
    };
    results.forEach(sayCountry);
    // An entry whose own name writes the country ("Quarrow Ministry of Tides, Iran" as the registry names it) is
    // compared with the name as written (the country given as well), when that scores higher: the query is its name,
    // not a name and a country.
    const countryWords = comparableWords(written.text);
    const asWritten = this.searchAsWritten(
      { ...query, countries: [...new Set([...countries, written.code])] },
      options,
    );
    asWritten.forEach(sayCountry);
    const writes = (result: MatchResult) => writesCountry(comparableWords(result.matchedName), countryWords);
    // Since rules 1.161.0: when the name as written is such an entry's whole name at the reading's best score or above
    // ("Quarrow Ministry of Tides, New Zealand", the registry's "Quarrow Ministry of Tides- New Zealand"), the reading
    // as written stands better: the country's words count against an entry that is not of that country (one of no
    // known country named "Quarrow Ministry of Tides" no longer ties with the body asked), while an entry the country
    // corroborates keeps the better of both readings (two bodies of that country and name still tie).
    if (asWritten.some((result) => writes(result) && result.score >= (results[0]?.score ?? 0))) {
      const ofCountry = new Map(
        results
          .filter((result) => result.features.some((feature) => feature.name === 'country' && feature.value > 0))
          .map((result) => [result.entityId, result]),
      );
      const kept = asWritten.map((result) => {
        const read = ofCountry.get(result.entityId);
        ofCountry.delete(result.entityId);
        return read !== undefined && read.score > result.score ? read : result;
      });
      return [...kept, ...ofCountry.values()].sort(compareResults).slice(0, options.limit ?? 5);
    }
    const byId = new Map(results.map((result) => [result.entityId, result]));
    const folded = new Set(results.flatMap((result) => (result.alsoListedAs ?? []).map((entry) => entry.entityId)));
    let changed = false;
    for (const result of asWritten) {
      const read = byId.get(result.entityId);
      if (!writes(result) || folded.has(result.entityId) || (read !== undefined && read.score >= result.score)) {
        continue;
      }
      byId.set(
        result.entityId,
        read?.alsoListedAs && !result.alsoListedAs ? { ...result, alsoListedAs: read.alsoListedAs } : result,
      );
      changed = true;
    }
    if (!changed) {
      return results;
    }
    return [...byId.values()].sort(compareResults).slice(0, options.limit ?? 5);
  }

  /**
   * Since rules 1.184.0 (issue 9): a query given in no country whose name writes countries by their names
   * (`countriesNamed`: "Open University of Quarrow") is searched in those countries, so that a body of another known
   * country meets the "countries differ" cap ("The Open University" of another country), and the country feature says
   * what was read. An entry whose matched name writes one of those countries itself ("Bank of Quarrow" for "Bank of
   * Quarrow", or that bank's unit abroad) keeps the answer of the name alone: the word is the name both share, not a
   * country the query adds, and a body abroad named after its home country is not another body for it.
   */
  private searchNamingCountries(
    query: MatchQuery,
    options: IndexSearchOptions,
    named: ReadonlyArray<{ text: string; code: string }>,
  ): MatchResult[] {
    const codes = named.map((country) => country.code);
    const said = `${named.map((country) => `"${country.text}"`).join(', ')} written in the name ${
      named.length === 1 ? 'is read as a country' : 'are read as countries'
    } of the query (${codes.map((code) => code.toUpperCase()).join(', ')}).`;
    const kept = new Map<string, MatchResult>();
    for (const result of this.searchAsWritten(query, options)) {
      if (writesCountryOf(result.matchedName, codes)) {
        kept.set(result.entityId, result);
      }
    }
    const folded = new Set(
      [...kept.values()].flatMap((result) => (result.alsoListedAs ?? []).map((entry) => entry.entityId)),
    );
    for (const result of this.searchAsWritten({ ...query, countries: codes }, options)) {
      if (kept.has(result.entityId) || folded.has(result.entityId) || writesCountryOf(result.matchedName, codes)) {
        continue;
      }
      kept.set(result.entityId, {
        ...result,
        features: result.features.map((feature) =>
          feature.name === 'country' ? { ...feature, reason: `${feature.reason} ${said}` } : feature,
        ),
      });
    }
    return [...kept.values()].sort(compareResults).slice(0, options.limit ?? 5);
  }

  private searchAsWritten(query: MatchQuery, options: IndexSearchOptions): MatchResult[] {
    const built = this.built;
    if (!built) {
      throw new Error('CandidateIndex.search before build()');
    }
    const limit = options.limit ?? 5;
    const threshold = options.threshold ?? 0.5;
    const schema = options.schema ?? query.schema ?? 'LegalEntity';
    const mode = modeOfSchema(schema);
    const written = [query.name, ...(query.aliases ?? [])].flatMap(queryNameVariants);
    // The same names searched before in this mode for the same party (the screen's search, then the resolver's reading
    // as an organisation): their preparation, blocking and comparisons are that search's (see SearchWork).
    const made = options.work?.find(built, mode, written);
    const queryParty: PreparedParty = {
      schema,
      names: made?.names ?? written.map((name) => prepareName(name, mode, this.lookup)),
      countries: (query.countries ?? []).map((country) => country.trim().toLowerCase()),
      birthDates: query.birthDates ?? [],
      // A name that is an identifier (a ROR id, an IMO number…) is looked up as one too, and a ROR id given as its
      // address as the bare id records hold (since rules 1.116.0).
      identifiers: [...(query.identifiers ?? []).flatMap(identifierForms), ...identifierOfName(query.name)]
        .map(normaliseIdentifier)
        .filter((id) => id.length > 0),
      // Every field an entry's party has, in its order: one hidden class for both sides of a comparison.
      listed: false,
      repeated: undefined,
    };
    const partPolicy = mode === 'org' ? options.partOfNamedBody : undefined;
    const blockedNames = made?.blocked ?? this.blockNames(queryParty.names, mode === 'person');
    // A body the query names whole with a unit or programme of it is looked up by that name word for word too: the
    // unit's words may crowd it out of blocking (since rules 1.119.0).
    const parents = partPolicy ? parentNameParts(query.name) : [];
    const names =
      parents.length > 0
        ? this.withExactNames(
            parents.map((part) => prepareName(part, mode, this.lookup)),
            blockedNames,
            true,
          )
        : blockedNames;
    // A listed body's whole name written with its parent (since rules 1.196.0): the query's readings so, once a query.
    const withParentScore = partPolicy?.withParentScore;
    const withParent =
      withParentScore !== undefined && withParentScore >= threshold
        ? queryParty.names
            .map((name) => ({ name, readings: parentReadings(name) }))
            .filter((reading) => reading.readings.length > 0)
        : [];
    const heldParents = new Map<string, HeldParent[]>();
    // An entry found only so is matched only as the body the query names (its names' scores are not read).
    const partOnly =
      names.length > blockedNames.length
        ? new Set(names.slice(blockedNames.length).map((name) => built.nameEntry[name]))
        : undefined;
    blockedNames.forEach((name) => partOnly?.delete(built.nameEntry[name]));
    const stats = this.lastSearch;
    stats.blocked = names.length;
    stats.scored = 0;
    stats.scoredNames = 0;
    const listFilter = options.lists && options.lists.length > 0 ? new Set(options.lists) : undefined;

    const seen = new Set<number>();
    const results: MatchResult[] = [];
    const entryOf = new Map<MatchResult, number>();
    const comparisons = made?.comparisons ?? new NameComparisons();
    if (options.work && !made) {
      options.work.keep({ tables: built, mode, written, names: queryParty.names, blocked: blockedNames, comparisons });
    }
    // The query's names that end in a place (since rules 1.141.0), read against each entry's own towns.
    const placed = mode === 'org' && this.towns.interner.values.length > 0 ? placedNames(queryParty, this.lookup) : [];
    // The query's names that end in a word in brackets (since rules 1.154.0), read against entries that write it.
    const bracketed = mode === 'org' && query.name.includes('(') ? bracketedNames(queryParty, this.lookup) : [];
    /** The entries `ownTownScore` raised, with their score before (see `keepTownInOtherName`). */
    const liftedFrom = new Map<number, ScoredEntity | undefined>();
    // An entry that has one of the query's identifiers is scored whatever its names (since rules 1.112.0):
    // the identifier on both records makes the score (see `partyScore`), the names need not block it.
    const identified =
      queryParty.identifiers.length > 0
        ? queryParty.identifiers.flatMap((identifier) => this.identifierEntries(identifier))
        : [];
    // A name that is an identifier finds the entries holding it whatever the query's schema: an IMO number given as
    // the name without a schema is a vessel's, compared as a vessel (since rules 1.123.0).
    const nameIdentifiers = identifierOfName(query.name).map(normaliseIdentifier);
    const identifiedByName =
      nameIdentifiers.length > 0
        ? new Set(nameIdentifiers.flatMap((identifier) => this.identifierEntries(identifier)))
        : undefined;
    for (let position = 0; position < names.length + identified.length; position++) {
      const entry = position < names.length ? built.nameEntry[names[position]] : identified[position - names.length];
      if (seen.has(entry)) {
        continue;
      }
      seen.add(entry);
      const demo = this.demoNames.get(entry);
      if (demo && !demoNamedWhole(demo, options.wholeNames ?? queryWholeNameKeys(query.name, query.aliases))) {
        continue;
      }
      const entrySchema = this.schemas.values[built.entrySchema[entry]];
      const compatible = schemasCompatible(schema, entrySchema);
      if (!compatible && !identifiedByName?.has(entry)) {
        continue;
      }
      const asQueried = compatible ? queryParty : { ...queryParty, schema: entrySchema };
      // (A new array each time: read only for a filter or a result.)
      const listIds = listFilter ? this.lists.get(entry) : undefined;
      if (listFilter && listIds && !listIds.some((list) => listFilter.has(list))) {
        continue;
      }
      const party = this.party(entry);
      stats.scored++;
      stats.scoredNames += party.names.length;
      let scored = partOnly?.has(entry)
        ? undefined
        : scorePartiesAtLeast(asQueried, party, threshold, this, this.likeness, comparisons);
      if (placed.length > 0 && !partOnly?.has(entry) && this.towns.size(entry) > 0) {
        const lifted = this.ownTownScore(asQueried, party, entry, placed, scored, comparisons);
        if (lifted) {
          liftedFrom.set(entry, scored);
          scored = lifted;
        }
      }
      if (bracketed.length > 0 && !partOnly?.has(entry) && (scored?.score ?? 0) < 1) {
        scored = this.ownBracketedNameScore(asQueried, party, bracketed, scored, comparisons) ?? scored;
      }
      const part =
        partPolicy && partPolicy.score >= threshold && (!scored || scored.score < partPolicy.score)
          ? this.partOfNamedBodyMatch(asQueried, party, entry, partPolicy)
          : undefined;
      const written =
        !part && withParent.length > 0 && (!scored || scored.score < withParentScore!)
          ? this.writtenWithParentMatch(asQueried, party, entry, withParent, withParentScore!, heldParents)
          : undefined;
      const parentOf =
        !part &&
        !written &&
        withParent.length > 0 &&
        partPolicy!.score >= threshold &&
        (!scored || scored.score < partPolicy!.score)
          ? this.writtenParentMatch(asQueried, party, entry, withParent, partPolicy!, heldParents)
          : undefined;
      const own = part ?? written ?? parentOf;
      if (own) {
        const result: MatchResult = { ...own, listIds: listIds ?? this.lists.get(entry) };
        results.push(result);
        entryOf.set(result, entry);
      } else if (scored && scored.score >= threshold) {
        const result: MatchResult = {
          entityId: this.entityIds[entry],
          score: scored.score,
          match: scored.score >= MATCH_THRESHOLD,
          matchedName: scored.matchedName,
          queryName: scored.queryName,
          features: scored.features,
          listIds: listIds ?? this.lists.get(entry),
        };
        results.push(result);
        entryOf.set(result, entry);
      }
    }
    if (options.weakAliases && this.weakNames.size > 0) {
      this.addWeakNameMatches(query, queryParty, options.weakAliases, schema, threshold, listFilter, results, entryOf);
    }
    if (options.derivedInitials) {
      this.readDerivedInitials(queryParty, threshold, results, entryOf);
    }
    if (mode === 'org' && queryParty.countries.length > 0) {
      this.readCountrylessAcronym(queryParty, threshold, results, entryOf);
    }
    if (liftedFrom.size > 0) {
      keepTownInOtherName(results, entryOf, liftedFrom, placed, this.lookup, threshold);
    }
    if (mode === 'org') {
      this.readSystemMembers(queryParty, results, entryOf, comparisons);
    }
    results.sort(compareResults);
    // The towns the index holds each result's entry in, and the places its own names write after a comma (since
    // rules 1.145.0), for the resolution rule's place guard: a name of the body that writes the town is its own.
    if (mode === 'org') {
      for (const [result, entry] of entryOf) {
        const towns = new Set(this.towns.ids(entry).map((id) => this.towns.interner.values[id]));
        for (const name of this.party(entry).names) {
          const comma = name.raw.lastIndexOf(',');
          if (comma > 0 && name.raw.length - comma <= NAMED_PLACE_CHARS) {
            towns.add(name.raw.slice(comma + 1).trim());
          }
        }
        if (towns.size > 0) {
          result.towns = [...towns];
        }
      }
    }
    const facts = (result: MatchResult) => this.partyFacts(entryOf.get(result)!);
    const parties = groupParties(
      results,
      facts,
      limit,
      (left, right) => this.wordNamesAgree(entryOf.get(left)!, entryOf.get(right)!),
      (left, right) => this.ownNamesAgree(entryOf.get(left)!, entryOf.get(right)!),
    );
    if (
      queryParty.birthDates.length === 0 ||
      !parties.some((party) => party.alsoListedAs !== undefined && party.alsoListedAs.length > 0)
    ) {
      return parties;
    }
    // A party listed by several lists is one person: the date of birth one of its entries gives holds for all of them
    // (since rules 1.112.0). An entry without one, folded with one that has it, is scored again with the party's
    // dates, so a date of birth the query gives that conflicts with another list's entry of the person counts
    // against the party (dropped when that leaves it below the threshold). Countries are not merged: a person's
    // countries differ between lists (nationality, citizenship, addresses), and merged they cost the resolution
    // bench 74 right answers (HISTORY, probe2).
    const entryById = new Map([...entryOf].map(([result, entry]) => [result.entityId, entry]));
    const rescored = parties.flatMap((head) => {
      const folded = head.alsoListedAs ?? [];
      // A match through a weak alias is not a score of the party's names: it keeps its own weight.
      if (folded.length === 0 || head.features.some((feature) => feature.name === 'weak_alias')) {
        return [head];
      }
      const entry = entryById.get(head.entityId)!;
      const own = this.partyFacts(entry);
      const members = folded.map((member) => this.partyFacts(entryById.get(member.entityId)!));
      const union = (values: (party: PartyFacts) => readonly string[]) => [
        ...new Set([...values(own), ...members.flatMap(values)]),
      ];
      const birthDates = union((party) => party.birthDates);
      if (birthDates.length === own.birthDates.length) {
        return [head];
      }
      const party = { ...this.party(entry), birthDates };
      const scored = scorePartiesAtLeast(queryParty, party, threshold, this, this.likeness, comparisons);
      if (!scored || scored.score < threshold) {
        return [];
      }
      return [
        {
          ...head,
          score: scored.score,
          match: scored.score >= MATCH_THRESHOLD,
          matchedName: scored.matchedName,
          queryName: scored.queryName,
          features: scored.features,
        },
      ];
    });
    return rescored.sort(compareResults);
  }

  /**
   * Since rules 1.135.0: a query that is a body's generic name with a place written after it ("<name>, <place>",
   * "<name> <place>") matched to the record of the generic name, when the index holds records of that name with
   * other places after it (at least SYSTEM_MEMBERS_MIN other records, each of another place: a national
   * institute's campuses, a system's members), names one of the members, another body: the result is kept as a
   * candidate below the threshold (SYSTEM_MEMBER_CAP), with the reason. Not when a name of the record writes one of
   * the place's words (its own town: "<name> Harbourville" among its names) or, since rules 1.141.0, the place is one
   * of the towns the index holds the record in (`IndexEntry.towns`) while no member is recorded at that place and no
   * other entry is matched whole (OWN_TOWN_HEAD); nor for a party on a list. Since rules 1.215.0 one other record
   * of the name is enough when it is held at the query's place, the query names it whole and the index holds the
   * record in other towns only (a generic alias of a body elsewhere). Runs only for a matched result
   * whose query name ends in one or two place words; the members are looked up once per record (postings of the
   * generic name's rarest word) and remembered.
   */
  private readSystemMembers(
    queryParty: PreparedParty,
    results: MatchResult[],
    entryOf: Map<MatchResult, number>,
    comparisons: NameComparisons,
  ) {
    // The entries matched whole at OWN_TOWN_HEAD or more, not through a town: a record the index holds the query as
    // (since rules 1.141.0: then a town after the name is a part of that record's name, not another's address).
    const namedWhole = new Set(
      results
        .filter(
          (result) =>
            result.match &&
            result.score >= OWN_TOWN_HEAD &&
            !result.features.some((feature) => feature.name === 'own_town'),
        )
        .map((result) => entryOf.get(result)!),
    );
    for (let position = 0; position < results.length; position++) {
      const result = results[position];
      // A listed party is left as it was: a list's own short names of an entry ("<group>" for "<group> - <town>")
      // are its names, and a listed name's match is an alert an analyst reviews.
      if (
        !result.match ||
        result.listIds.length > 0 ||
        result.features.some((feature) => feature.name === 'part_of_named_body')
      ) {
        continue;
      }
      const queryName = queryParty.names.find((name) => name.raw === result.queryName);
      if (!queryName || queryName.mode !== 'org') {
        continue;
      }
      const entry = entryOf.get(result)!;
      const reason =
        this.memberAskedOf(
          queryParty,
          queryName,
          result,
          entry,
          comparisons,
          namedWhole.size > (namedWhole.has(entry) ? 1 : 0),
        ) ?? this.genericAskedOf(queryName, result, entry);
      if (reason === undefined) {
        continue;
      }
      const capped = Math.min(result.score, SYSTEM_MEMBER_CAP);
      results[position] = {
        ...result,
        score: capped,
        match: capped >= MATCH_THRESHOLD,
        features: [...result.features, { name: 'deciding_words', value: -1, reason }],
      };
      entryOf.delete(result);
      entryOf.set(results[position], entry);
    }
  }

  /** The reason when the query is the generic name of `entry`, a system's, with a member's place after it. */
  private memberAskedOf(
    queryParty: PreparedParty,
    queryName: PreparedName,
    result: MatchResult,
    entry: number,
    comparisons: NameComparisons,
    namedElsewhere: boolean,
  ): string | undefined {
    const readings = placeAfterName(queryName);
    if (readings.length === 0) {
      return undefined;
    }
    const party = this.party(entry);
    const ownWords = new Set(party.names.flatMap((name) => name.tokens.map((token) => token.text)));
    const towns = this.townKeysOf(entry);
    for (const { head, place, placeText } of readings) {
      // Its own town, written in one of its names, or (since rules 1.141.0) among the towns the index holds it in
      // when no member of the system is recorded at that place (a system's office may be in a member's town).
      const key = place.map((index) => queryName.tokens[index].text).join(' ');
      if (place.some((index) => ownWords.has(queryName.tokens[index].text))) {
        return undefined;
      }
      const members = this.systemMembers(entry);
      const memberPlaces = this.memberPlaceKeys(members);
      if (towns.has(key) && !namedElsewhere && !memberPlaces.has(key)) {
        return undefined;
      }
      // Since rules 1.215.0: one other record of the name at that place is enough when the query names that record
      // whole and the index holds this body in other towns only ("<name>, <its town>" of a body beside another body
      // that writes "<name>" as a generic alias in another town). A body of no known town may be that record's body.
      const oneMemberNamed = namedElsewhere && memberPlaces.has(key) && towns.size > 0 && !towns.has(key);
      if (members.size < SYSTEM_MEMBERS_MIN && !oneMemberNamed) {
        return undefined;
      }
      const headName = prepareName(head, 'org', this.lookup);
      const scored = scorePartiesAtLeast(
        { ...queryParty, names: [headName] },
        party,
        MATCH_THRESHOLD,
        this,
        this.likeness,
        comparisons,
      );
      if (!scored || scored.score < MATCH_THRESHOLD || scored.score <= result.score) {
        continue;
      }
      if (members.size < SYSTEM_MEMBERS_MIN) {
        return `"${placeText}" after "${scored.matchedName}" is the place another record of that name is held at ("${scored.matchedName}, ${placeText}"), which the query names whole, and no town of this body: another body, score at most ${SYSTEM_MEMBER_CAP}.`;
      }
      return `"${placeText}" after "${scored.matchedName}" names one of its members in several places (the index holds it with ${shownPlaces(members)} after it): another body, score at most ${SYSTEM_MEMBER_CAP}.`;
    }
    return undefined;
  }

  /**
   * The reason when the query is word for word the name of another record, not listed, whose name other records
   * write with places after it (at least SYSTEM_MEMBERS_MIN), and `entry`'s matched name is the query with a place
   * after it: one of the members, not the generic body asked for ("All … Sciences" against "All … Sciences,
   * Tarvel").
   */
  private genericAskedOf(queryName: PreparedName, result: MatchResult, entry: number): string | undefined {
    const matched = this.party(entry).names.find((name) => name.raw === result.matchedName);
    const reading = matched
      ? placeAfterName(matched).find(
          ({ place }) =>
            matched.tokens.length - place.length === queryName.tokens.length &&
            queryName.tokens.every((token, index) => token.text === matched.tokens[index].text),
        )
      : undefined;
    if (!matched || !reading) {
      return undefined;
    }
    const { nameEntry } = this.built!;
    for (const name of this.withExactNames([queryName], [], true)) {
      const generic = nameEntry[name];
      if (generic === entry || this.lists.get(generic).length > 0) {
        continue;
      }
      const members = this.systemMembers(generic);
      if (members.size >= SYSTEM_MEMBERS_MIN) {
        return `"${reading.placeText}" after "${queryName.raw}" names one of the members of the body of that name in several places (the index holds it with ${shownPlaces(members)} after it): another body than the one asked for, score at most ${SYSTEM_MEMBER_CAP}.`;
      }
    }
    return undefined;
  }

  /** The places of a system's members (`systemMembers`) as a prepared name reads their words. */
  private memberPlaceKeys(members: ReadonlySet<string>): Set<string> {
    const out = new Set<string>();
    members.forEach((place) =>
      out.add(
        prepareName(place, 'org', this.lookup)
          .tokens.map((token) => token.text)
          .join(' '),
      ),
    );
    return out;
  }

  /** `entry`'s towns (`IndexEntry.towns`) as a prepared name reads their words, each remembered by the town's id. */
  private townKeysOf(entry: number): Map<string, string> {
    const out = new Map<string, string>();
    for (const id of this.towns.ids(entry)) {
      let key = this.townKeys.get(id);
      const town = this.towns.interner.values[id];
      if (key === undefined) {
        key = prepareName(town, 'org', this.lookup)
          .tokens.map((token) => token.text)
          .join(' ');
        this.townKeys.set(id, key);
      }
      if (key.length > 0) {
        out.set(key, town);
        // (Since rules 1.153.0: also by its place's meaning, one key for a town's exonyms, `placeMeaningOf`.)
        const meaning = placeMeaningOf(key);
        if (meaning !== undefined && !out.has(meaning)) {
          out.set(meaning, town);
        }
      }
    }
    return out;
  }

  /**
   * Since rules 1.141.0: a query name "<name>, <place>" / "<name> <place>" whose place is one of the entry's own
   * towns (`IndexEntry.towns`: a registry's locations) names the body at its address: the name before the place is
   * scored against the entry, and when it scores at least OWN_TOWN_HEAD, higher than the whole query did, against a
   * name of the entry with no comparable word more than it, and no member of the entry's system is recorded at that
   * place (`systemMembers`), that is the entry's score, with the feature `own_town`. A place of no town of the entry
   * (another body's, a place-swapped name) changes nothing. Runs only for entries with towns and query names that end in one or two place words (`placedNames`).
   */
  private ownTownScore(
    queryParty: PreparedParty,
    party: PreparedParty,
    entry: number,
    placed: readonly PlacedName[],
    scored: ScoredEntity | undefined,
    comparisons: NameComparisons,
  ): ScoredEntity | undefined {
    const towns = this.townKeysOf(entry);
    let best: ScoredEntity | undefined;
    for (const reading of placed) {
      const town = towns.get(reading.key) ?? towns.get(placeMeaningOf(reading.key) ?? '');
      if (
        town === undefined ||
        (reading.country !== undefined && !this.countries.get(entry).includes(reading.country))
      ) {
        continue;
      }
      const head = scorePartiesAtLeast(
        { ...queryParty, names: [reading.head] },
        party,
        OWN_TOWN_HEAD,
        this,
        this.likeness,
        comparisons,
      );
      if (!head || head.score < OWN_TOWN_HEAD || head.score <= ((best ?? scored)?.score ?? 0)) {
        continue;
      }
      // The body's name itself, no word of it left over (not a unit named with it, "<unit> at <name>"), and no
      // member of its system recorded at the town (the office of a system in one of its members' towns).
      const matched = party.names.find((name) => name.raw === head.matchedName);
      if (
        !matched ||
        comparableIndices(matched).length > comparableIndices(reading.head).length ||
        this.memberPlaceKeys(this.systemMembers(entry)).has(reading.key)
      ) {
        continue;
      }
      best = readAs(
        head,
        reading.name.raw,
        'own_town',
        `"${reading.placeText}" ${reading.inside ? 'in brackets in' : 'after'} "${reading.head.raw}" is the town the index holds "${head.matchedName}" in (${town}): its address, not another body.`,
      );
    }
    return best;
  }

  /**
   * Since rules 1.154.0: a query name "<name> (<word>)" whose bracketed word is a name of the entry itself ("China
   * Quarrow Group Corporation (CQGC)" against an entry that writes "CQGC") is the body's name with its own acronym or
   * short name: the name before the brackets is scored against the entry, and when it scores higher than the whole
   * query did, that is the entry's score, with an `acronym` feature saying so. A bracketed word the entry does not
   * write changes nothing (resolution asks the same of an acronym of the query's own, rules 1.144.0).
   */
  private ownBracketedNameScore(
    queryParty: PreparedParty,
    party: PreparedParty,
    bracketed: readonly BracketedName[],
    scored: ScoredEntity | undefined,
    comparisons: NameComparisons,
  ): ScoredEntity | undefined {
    let best: ScoredEntity | undefined;
    for (const reading of bracketed) {
      const writes = party.names.some((name) => comparableKey(name) === reading.key);
      if (!writes) {
        continue;
      }
      const floor = (best ?? scored)?.score ?? 0;
      const head = scorePartiesAtLeast(
        { ...queryParty, names: [reading.head] },
        party,
        floor,
        this,
        this.likeness,
        comparisons,
      );
      if (!head || head.score <= floor) {
        continue;
      }
      best = readAs(
        head,
        reading.name.raw,
        'acronym',
        `"${reading.written}" in brackets after "${reading.head.raw}" is a name of this entry too: the body's own, not another word of the name.`,
      );
    }
    return best;
  }

  /**
   * The places other records write after one of `entry`'s names word for word ("<name>, <place>", one or two place
   * words), each place once; remembered per entry. The other names are read by `namesBeginningWith` (the postings
   * of each name's rarest posted word, at most EXACT_NAME_SCAN names).
   */
  private systemMembers(entry: number): Set<string> {
    const known = this.systemMembersOf.get(entry);
    if (known) {
      return known;
    }
    const { nameTokenStart, nameTokens, nameEntry } = this.built!;
    const places = new Set<string>();
    for (const name of this.party(entry).names) {
      const tokens = name.tokens;
      if (name.mode !== 'org' || tokens.length < 2) {
        continue;
      }
      for (const other of this.namesBeginningWith(name, 1, MEMBER_PLACE_WORDS, 'posted')) {
        const otherEntry = nameEntry[other];
        if (otherEntry === entry) {
          continue;
        }
        const from = nameTokenStart[other];
        const length = nameTokenStart[other + 1] - from;
        // The other record's name as it reads its words: its last words must be a place's.
        const member = this.party(otherEntry).names.find(
          (otherName) =>
            otherName.tokens.length === length &&
            otherName.tokens.every((token, index) => token.id === nameTokens[from + index]),
        );
        const placeWords = length - tokens.length;
        const reading = member ? placeAfterName(member).find((each) => each.place.length === placeWords) : undefined;
        if (reading) {
          places.add(reading.placeText);
        }
      }
    }
    if (this.systemMembersOf.size >= PREPARED_ENTRIES) {
      this.systemMembersOf.clear();
    }
    this.systemMembersOf.set(entry, places);
    return places;
  }

  /**
   * Since rules 1.117.0 (`SearchOptions.derivedInitials`): a query name that is a bare acronym (one word, read as an
   * acronym) matched to an entry **only** through initials derived from the entry's names (the feature `acronym`;
   * no name of the entry writes the acronym). (a) When the entry writes another acronym of its own as a name (a
   * name that is one acronym, not the query's), the derived reading does not count (the party says what its
   * acronym is): the entry is scored again with the query's acronym read as written only (a typo of the entry's
   * own acronym still matches by its spelling), and dropped below the threshold. (b) Otherwise, when another indexed body (list entry or registry record, not
   * one sharing a name with the entry) writes the query as a name of its own, the result stays, with the feature
   * `derived_initials` naming that body: screening counts its listing as a possible match for review only. Runs
   * only for a query name of one acronym word that met such a result; (b) reads one posting list.
   */
  private readDerivedInitials(
    queryParty: PreparedParty,
    threshold: number,
    results: MatchResult[],
    entryOf: Map<MatchResult, number>,
  ) {
    let bare: Map<string, TokenInfo> | undefined;
    for (const name of queryParty.names) {
      if (name.tokens.length === 1 && name.kinds[0] === Kind.Acronym) {
        (bare ??= new Map()).set(name.raw, name.tokens[0]);
      }
    }
    if (!bare) {
      return;
    }
    for (let position = results.length - 1; position >= 0; position--) {
      const result = results[position];
      const acronym = bare.get(result.queryName);
      if (acronym === undefined || !result.features.some((feature) => feature.name === 'acronym')) {
        continue;
      }
      const entry = entryOf.get(result)!;
      const names = this.party(entry).names;
      if (names.some((name) => name.tokens.some((token) => token.text === acronym.text))) {
        continue;
      }
      // Since rules 1.218.0 (knic's item 1): also an acronym the entry writes in brackets after its name that spells
      // its words ("QUARROW TIDAL SHIPPING COMPANY (QTSCO)"), the body's own as a name of one acronym is.
      const own = names.find(
        (name) =>
          (name.tokens.length === 1 && name.kinds[0] === Kind.Acronym && name.tokens[0].text !== acronym.text) ||
          (ownBracketedAcronym(name) ?? acronym.text) !== acronym.text,
      );
      if (own) {
        // Unless scored otherwise: the names as written, no acronym of the query expanded (a typo of the body's own
        // acronym, "QTAC" for "QTJAC", still reads by its spelling).
        const written = scorePartiesAtLeast({ ...queryParty, listed: true }, this.party(entry), threshold, this);
        if (written && written.score >= threshold) {
          results[position] = {
            ...result,
            score: written.score,
            match: written.score >= MATCH_THRESHOLD,
            matchedName: written.matchedName,
            queryName: written.queryName,
            features: written.features,
          };
          entryOf.delete(result);
          entryOf.set(results[position], entry);
        } else {
          results.splice(position, 1);
          entryOf.delete(result);
        }
        continue;
      }
      const other = this.acronymWrittenElsewhere(acronym, entry);
      if (other !== undefined) {
        const written = acronym.orig.toUpperCase();
        // Since rules 1.218.0 (probe7's A2): initials alone, while another body writes the letters as its own name,
        // are a possible match for review, below the match threshold.
        capForReview(results, entryOf, position, threshold, DERIVED_INITIALS_CAP, (capped) => ({
          name: 'derived_initials',
          value: 1,
          reason: `"${written}" is only the initials of this name; "${other}" writes "${written}" as its own acronym${capped ? `: a possible match for review, score at most ${DERIVED_INITIALS_CAP}` : ''}.`,
        }));
      }
    }
  }

  /**
   * Since rules 1.224.0 (probe8's A1, acr6's "Left" (1)): a query of one acronym alone (`acronymNameAlone`: at most
   * five letters, or a short word in capitals asked alone), asked with a country, matched to an entry that gives no
   * country through the same acronym alone ("QUJI" against a listed group's alias "QUJI"). No country can conflict, so
   * the country rule reads nothing; but a few letters are many bodies' acronyms, and when another indexed body of the
   * query's country (not the entry's own body written otherwise: full names neither matching nor sharing a name word)
   * writes the acronym as a name of its own, the query more likely names that body: the entry is a possible match for
   * review, score at most COUNTRYLESS_ACRONYM_CAP, with the reason naming the other body. A listed body asked by its
   * acronym with no country, or with a country whose bodies do not write it, keeps its match.
   */
  private readCountrylessAcronym(
    queryParty: PreparedParty,
    threshold: number,
    results: MatchResult[],
    entryOf: Map<MatchResult, number>,
  ) {
    for (let position = results.length - 1; position >= 0; position--) {
      const result = results[position];
      if (result.score <= COUNTRYLESS_ACRONYM_CAP) {
        continue;
      }
      const entry = entryOf.get(result)!;
      if (this.countries.get(entry).length > 0) {
        continue;
      }
      const queryName = queryParty.names.find((name) => name.raw === result.queryName);
      if (!queryName || !acronymNameAlone(queryName)) {
        continue;
      }
      const acronym = queryName.tokens[comparableIndices(queryName)[0]];
      const matched = this.party(entry).names.find((name) => name.raw === result.matchedName);
      if (
        !matched ||
        !acronymNameAlone(matched) ||
        matched.tokens[comparableIndices(matched)[0]].text !== acronym.text
      ) {
        continue;
      }
      const other = this.acronymWrittenIn(acronym, entry, queryParty.countries);
      if (other === undefined) {
        continue;
      }
      const written = acronym.orig.toUpperCase();
      // The score is above the cap here, so it is always capped.
      capForReview(results, entryOf, position, threshold, COUNTRYLESS_ACRONYM_CAP, () => ({
        name: 'country',
        value: -1,
        reason: `The names agree only as the acronym "${written}", and this entry gives no country; "${other.name}", a body in ${other.country.toUpperCase()} as the query says, writes "${written}" as its own acronym: an acronym alone is no overwhelming evidence (many bodies share one); a possible match for review, score at most ${COUNTRYLESS_ACRONYM_CAP}.`,
      }));
    }
  }

  /**
   * The first name and country of another entry than `entry`, of one of `countries`, that has a name of `acronym`
   * alone; undefined when none does, or when the full names of an entry writing it match `entry`'s or share a name word
   * with them (the entry's own body written otherwise; both write the acronym, so it is no shared name to tell them
   * by). Since rules 1.224.0 (`readCountrylessAcronym`).
   */
  private acronymWrittenIn(
    acronym: TokenInfo,
    entry: number,
    countries: readonly string[],
  ): { name: string; country: string } | undefined {
    const writers: { other: number; country: string }[] = [];
    for (const other of this.acronymWriters(acronym, entry)) {
      const country = this.countries.get(other).find((code) => countries.includes(code));
      if (country !== undefined) {
        writers.push({ other, country });
      }
    }
    if (
      writers.length === 0 ||
      writers.some(({ other }) => this.fullNamesMatch(other, entry) || this.fullNamesShareWord(other, entry))
    ) {
      return undefined;
    }
    return { name: this.nameRaw[this.built!.entryNameStart[writers[0].other]], country: writers[0].country };
  }

  /**
   * The entries other than `entry` that have a name of `acronym` alone (one token), in the order of the acronym's
   * posting list, once for each such name: the walk both acronym readings (`acronymWrittenIn`,
   * `acronymWrittenElsewhere`) start from. Empty when the acronym is not indexed.
   */
  private acronymWriters(acronym: TokenInfo, entry: number): number[] {
    const { postings, nameTokenStart, nameEntry } = this.built!;
    const id = acronym.id >= 0 ? acronym.id : this.vocabulary.get(acronym.orig);
    if (id === undefined || id < 0) {
      return [];
    }
    const writers: number[] = [];
    for (let index = postings.start[id]; index < postings.start[id + 1]; index++) {
      const name = postings.values[index];
      const other = nameEntry[name];
      if (other !== entry && nameTokenStart[name + 1] - nameTokenStart[name] === 1) {
        writers.push(other);
      }
    }
    return writers;
  }

  /**
   * Whether two entries' full names share a name word of at least SHARED_NAME_WORD_LETTERS letters (a name, named
   * body or qualifier word, not a class word, legal form, place or function word): the same body may be written
   * otherwise with its country in brackets or another legal form ("Tarvel Aircraft (Norland)" / "PJSC Tarvel Aircraft
   * Corporation"), its full names then scoring below the threshold (since rules 1.224.0).
   */
  private fullNamesShareWord(left: number, right: number): boolean {
    const nameWords = (entry: number) =>
      new Set(
        this.party(entry)
          .names.filter(isFullName)
          .flatMap((name) =>
            name.tokens
              .filter(
                (token, index) =>
                  (name.kinds[index] === Kind.Name ||
                    name.kinds[index] === Kind.NamedBody ||
                    name.kinds[index] === Kind.Qualifier) &&
                  token.text.length >= SHARED_NAME_WORD_LETTERS,
              )
              .map((token) => token.text),
          ),
      );
    const words = nameWords(left);
    return [...nameWords(right)].some((word) => words.has(word));
  }

  /**
   * The first name of another entry than `entry` that has a name of `acronym` alone, when that entry shares no
   * name with `entry` (the same body on another list writes it for both); undefined when none does, or (since rules
   * 1.218.0) when one of the entries writing it shares a name with `entry` or its full names match `entry`'s (the
   * entry's own body writes the acronym, whoever else does).
   */
  private acronymWrittenElsewhere(acronym: TokenInfo, entry: number): string | undefined {
    const ownKeys = this.partyFacts(entry).nameKeys;
    const strangers: number[] = [];
    for (const other of this.acronymWriters(acronym, entry)) {
      const otherKeys = this.partyFacts(other).nameKeys;
      if ([...otherKeys].some((key) => ownKeys.has(key))) {
        // The same body on another list writes it (since rules 1.218.0 the initials are then its own, whoever else
        // writes the letters).
        return undefined;
      }
      strangers.push(other);
    }
    // Since rules 1.218.0: nor when one of them is the entry's body written otherwise, its full names matching the
    // entry's ("UralVagonZavod" on one list, "URALVAGONZAVOD" and its acronym on another; "… Industries Group" /
    // "… Industrial Group").
    if (strangers.length === 0 || strangers.some((other) => this.fullNamesMatch(other, entry))) {
      return undefined;
    }
    return this.nameRaw[this.built!.entryNameStart[strangers[0]]];
  }

  /**
   * Whether two entries' full names (not their acronyms alone, which would read each other's initials) match at the
   * match threshold, countries and the rest as any comparison reads them: the same body written otherwise.
   */
  private fullNamesMatch(left: number, right: number): boolean {
    const fullNames = (party: PreparedParty): PreparedParty => ({
      ...party,
      names: party.names.filter(isFullName),
      repeated: undefined,
    });
    const query = fullNames(this.party(left));
    const candidate = fullNames(this.party(right));
    return (
      query.names.length > 0 &&
      candidate.names.length > 0 &&
      scorePartiesAtLeast(query, candidate, MATCH_THRESHOLD, this) !== undefined
    );
  }

  /**
   * The match of an entry whose body the query names whole with a unit or programme of it (`partOfNamedBody`):
   * scored `policy.score`, for review; never when a country of each side is known and none agrees.
   */
  private partOfNamedBodyMatch(
    queryParty: PreparedParty,
    party: PreparedParty,
    entry: number,
    policy: PartOfNamedBodyPolicy,
  ): Omit<MatchResult, 'listIds'> | undefined {
    const listed = this.lists.get(entry).length > 0;
    for (const queryName of queryParty.names) {
      for (const [position, name] of party.names.entries()) {
        const unit = partOfNamedBody(queryName, name, position === 0, listed);
        if (!unit) {
          continue;
        }
        const countries = this.countries.get(entry);
        if (
          queryParty.countries.length > 0 &&
          countries.length > 0 &&
          !queryParty.countries.some((country) => countries.includes(country))
        ) {
          return undefined;
        }
        const words = unit.map((index) => queryName.tokens[index].orig).join(' ');
        return this.partOfNamedBodyResult(entry, name.raw, queryName.raw, words, policy.score);
      }
    }
    return undefined;
  }

  /** A match of the body the query names as the one it belongs to, `words` naming the part (`part_of_named_body`). */
  private partOfNamedBodyResult(
    entry: number,
    bodyName: string,
    queryName: string,
    words: string,
    score: number,
  ): Omit<MatchResult, 'listIds'> {
    return {
      entityId: this.entityIds[entry],
      score,
      match: score >= MATCH_THRESHOLD,
      matchedName: bodyName,
      queryName,
      features: [
        {
          name: 'part_of_named_body',
          value: 1,
          reason: `the query names "${bodyName}" as the body it belongs to ("${words}" names a part of it): a part of it, for review, not that body`,
        },
      ],
    };
  }

  /**
   * The match of a listed entry whose whole name the query writes with its parent (since rules 1.196.0, issue 9;
   * `parentReadings`): one of the entry's names of WITH_PARENT_MIN_NAME_WORDS comparable words or more is the query's
   * name part word for word, and the parent is a body the index holds by that name word for word (graph, list or
   * registry: named in the reason) or, written "of the <parent>" or "<parent>'s", a body's name by its own words
   * (`bodyLikeParent`). Scored `score` (the match threshold), for review. Never when a country of the query, or of the
   * parent (the held body's, or a country its words name), is known and none agrees with the entry's; and a generic
   * name (`genericName`: "Institute of Tidal Physics", borne by many bodies) only when the parent's country is known and
   * agrees with the entry's.
   */
  private writtenWithParentMatch(
    queryParty: PreparedParty,
    party: PreparedParty,
    entry: number,
    readings: ReadonlyArray<{ name: PreparedName; readings: ParentReading[] }>,
    score: number,
    heldParents: Map<string, HeldParent[]>,
  ): Omit<MatchResult, 'listIds'> | undefined {
    if (this.lists.size(entry) === 0) {
      return undefined;
    }
    const countries = this.countries.get(entry);
    const agrees = (others: readonly string[]) => others.some((country) => countries.includes(country));
    if (queryParty.countries.length > 0 && countries.length > 0 && !agrees(queryParty.countries)) {
      return undefined;
    }
    for (const { name: queryName, readings: queryReadings } of readings) {
      for (const reading of queryReadings) {
        for (const name of party.names) {
          if (
            !namesWordForWord(queryName, reading.start, reading.end, name) ||
            comparableIndices(name).length < WITH_PARENT_MIN_NAME_WORDS
          ) {
            continue;
          }
          const parentText = parentWritten(queryName, reading);
          let held = heldParents.get(parentText);
          if (held === undefined) {
            held = this.heldParents(parentText);
            heldParents.set(parentText, held);
          }
          held = held.filter((body) => body.entry !== entry);
          const bodyLike = (reading.the || reading.form === 'possessive') && bodyLikeParent(queryName, reading);
          if (held.length === 0 && !bodyLike) {
            continue;
          }
          const parent = held.find((body) => agrees(body.countries)) ?? held[0];
          const parentCountries = parent ? parent.countries : countriesNamed(parentText).map(({ code }) => code);
          const parentAgrees = countries.length > 0 && agrees(parentCountries);
          if (countries.length > 0 && parentCountries.length > 0 && !parentAgrees) {
            continue;
          }
          const generic = genericName(name.raw);
          if (generic && !parentAgrees) {
            continue;
          }
          const heldText = parent ? ` (the index holds it: "${parent.name}", ${this.entityIds[parent.entry]})` : '';
          const genericText = generic
            ? `; "${name.raw}" is a name many bodies bear, and the parent's country (${parentCountries
                .filter((country) => countries.includes(country))
                .join(', ')
                .toUpperCase()}) is the listed body's`
            : '';
          return {
            entityId: this.entityIds[entry],
            score,
            match: score >= MATCH_THRESHOLD,
            matchedName: name.raw,
            queryName: queryName.raw,
            features: [
              {
                name: 'written_with_parent',
                value: 1,
                reason: `the query is "${name.raw}" written with its parent "${parentText}"${heldText}${genericText}: a possible match, for review`,
              },
            ],
          };
        }
      }
    }
    return undefined;
  }

  /**
   * The match of the body a query names as the parent of a unit written before it (since rules 1.196.0; the reverse
   * of `writtenWithParentMatch`, beside `partOfNamedBodyMatch`): "<unit> of the <parent>" or "<parent>'s <unit>", one
   * of the entry's names of two comparable words or more the parent word for word, the only body the index holds by
   * that name (a name many bodies bear names none of them), no state's name; the unit two words or more holding a class
   * word or a unit's word (`unitWords`). Scored as `partOfNamedBodyMatch` scores (`policy.score`), for review, with its
   * feature; never when a country of each side is known and none agrees.
   */
  private writtenParentMatch(
    queryParty: PreparedParty,
    party: PreparedParty,
    entry: number,
    readings: ReadonlyArray<{ name: PreparedName; readings: ParentReading[] }>,
    policy: PartOfNamedBodyPolicy,
    heldParents: Map<string, HeldParent[]>,
  ): Omit<MatchResult, 'listIds'> | undefined {
    for (const { name: queryName, readings: queryReadings } of readings) {
      for (const reading of queryReadings) {
        if (!reading.the && reading.form !== 'possessive') {
          continue;
        }
        for (const name of party.names) {
          if (
            !namesWordForWord(queryName, reading.parentStart, reading.parentEnd, name) ||
            comparableIndices(name).length < WITH_PARENT_MIN_NAME_WORDS ||
            !unitWords(queryName, reading.start, reading.end) ||
            !bodyLikeParent(queryName, reading, false)
          ) {
            continue;
          }
          const parentText = parentWritten(queryName, reading);
          let held = heldParents.get(parentText);
          if (held === undefined) {
            held = this.heldParents(parentText);
            heldParents.set(parentText, held);
          }
          if (held.length !== 1 || held[0].entry !== entry) {
            continue;
          }
          const countries = held[0].countries;
          if (
            queryParty.countries.length > 0 &&
            countries.length > 0 &&
            !queryParty.countries.some((country) => countries.includes(country))
          ) {
            return undefined;
          }
          const words = queryName.tokens
            .slice(reading.start, reading.end)
            .map((token) => token.orig)
            .join(' ');
          return this.partOfNamedBodyResult(entry, name.raw, queryName.raw, words, policy.score);
        }
      }
    }
    return undefined;
  }

  /** The bodies the index holds by the name `parent` word for word, each with its display name and countries. */
  private heldParents(parent: string): HeldParent[] {
    const { nameEntry, entryNameStart } = this.built!;
    const out: HeldParent[] = [];
    for (const name of this.withExactNames([prepareName(parent, 'org', this.lookup)], [], true)) {
      const other = nameEntry[name];
      if (!out.some((body) => body.entry === other)) {
        out.push({ entry: other, name: this.nameRaw[entryNameStart[other]], countries: this.countries.get(other) });
      }
    }
    return out;
  }

  /** The entry that has an identifier (normalised), none when more than IDENTIFIER_MAX_ENTRIES have it. */
  private identifierEntries(identifier: string): number[] {
    if (!this.entriesByIdentifier) {
      this.entriesByIdentifier = new Map();
      for (const [entry, values] of this.identifiers) {
        for (const value of new Set(values)) {
          const list = this.entriesByIdentifier.get(value);
          if (list) {
            list.push(entry);
          } else {
            this.entriesByIdentifier.set(value, [entry]);
          }
        }
      }
    }
    const entries = this.entriesByIdentifier.get(identifier) ?? [];
    return entries.length > IDENTIFIER_MAX_ENTRIES ? [] : entries;
  }

  /**
   * The entries one of whose weak names the query's name (or one of its aliases) is, word for word, when
   * the rules let that name count (`weakAliasUsable`): scored `policy.score`, or `policy.corroboratedScore`
   * when a country or identifier of the query agrees with the entry's (for a person, since rules 1.115.0, also a
   * date of birth); never when a country of each side is known and none agrees, nor (a person) a date of birth.
   * A person's weak name of fewer than `policy.personMinWordsAlone` words, a one-word nickname, counts only so
   * corroborated. An entry already found through its other names keeps the better of the two.
   */
  private addWeakNameMatches(
    query: MatchQuery,
    queryParty: PreparedParty,
    policy: WeakAliasPolicy,
    schema: string,
    threshold: number,
    listFilter: Set<string> | undefined,
    results: MatchResult[],
    entryOf: Map<MatchResult, number>,
  ): void {
    const built = this.built!;
    for (const queryName of [query.name, ...(query.aliases ?? [])]) {
      const key = weakAliasKey(queryName);
      const owners = this.weakNames.get(key);
      if (!owners) {
        continue;
      }
      const shortForPerson = key.split(' ').length < (policy.personMinWordsAlone ?? 0);
      // Read as the entry's schema reads it (a person's weak name as a person's, whatever the query's schema).
      const usable = new Map<NameMode, boolean>();
      for (const { entry, raw } of owners) {
        const entrySchema = this.schemas.values[built.entrySchema[entry]];
        if (!schemasCompatible(schema, entrySchema)) {
          continue;
        }
        const entryMode = modeOfSchema(entrySchema);
        if (!usable.has(entryMode)) {
          usable.set(entryMode, weakAliasUsable(raw, entryMode, policy.minLetters));
        }
        if (!usable.get(entryMode)) {
          continue;
        }
        const listIds = this.lists.get(entry);
        if (listFilter && !listIds.some((list) => listFilter.has(list))) {
          continue;
        }
        const countries = this.countries.get(entry);
        const countryAgrees = queryParty.countries.some((country) => countries.includes(country));
        if (queryParty.countries.length > 0 && countries.length > 0 && !countryAgrees) {
          continue;
        }
        const identifiers = this.identifiers.get(entry) ?? [];
        const identifierAgrees = queryParty.identifiers.some((identifier) => identifiers.includes(identifier));
        const birthDates = entryMode === 'person' ? this.birthDates.get(entry) : [];
        const birthDateAgrees = queryParty.birthDates.some((date) =>
          birthDates.some((other) => datesAgree(date, other)),
        );
        if (queryParty.birthDates.length > 0 && birthDates.length > 0 && !birthDateAgrees) {
          continue;
        }
        const corroborated = countryAgrees || identifierAgrees || birthDateAgrees;
        if (entryMode === 'person' && shortForPerson && !corroborated) {
          continue;
        }
        const score = corroborated ? policy.corroboratedScore : policy.score;
        const existing = results.find((result) => entryOf.get(result) === entry);
        if (score < threshold || (existing && existing.score >= score)) {
          continue;
        }
        const features: MatchFeature[] = [
          {
            name: 'weak_alias',
            value: 1,
            reason: `matched a weak alias (the list calls it low quality): ${raw}`,
          },
        ];
        if (countryAgrees) {
          features.push({ name: 'country', value: 1, reason: `The country agrees (${countries.join(', ')}).` });
        }
        if (identifierAgrees) {
          features.push({ name: 'identifier', value: 1, reason: 'An identifier agrees.' });
        }
        if (birthDateAgrees) {
          features.push({ name: 'birth_date', value: 1, reason: `A date of birth agrees (${birthDates.join(', ')}).` });
        }
        const result: MatchResult = {
          entityId: this.entityIds[entry],
          score,
          match: score >= MATCH_THRESHOLD,
          matchedName: raw,
          queryName,
          features,
          listIds,
        };
        if (existing) {
          results.splice(results.indexOf(existing), 1, result);
          entryOf.delete(existing);
        } else {
          results.push(result);
        }
        entryOf.set(result, entry);
      }
    }
  }

  /**
   * Whether a name of words (not of acronyms only) of one entry matches one of the other's (see `shareName`): two
   * entries that share only an acronym are one party only so (since rules 1.123.0).
   */
  private wordNamesAgree(left: number, right: number): boolean {
    const words = (entry: number, listed: boolean): PreparedParty => {
      const party = this.party(entry);
      return { ...party, names: party.names.filter((name) => !acronymsOnly(name)), listed };
    };
    const scored = scorePartiesAtLeast(words(left, false), words(right, true), MATCH_THRESHOLD, this, this.likeness);
    return scored !== undefined && scored.score >= MATCH_THRESHOLD;
  }

  /**
   * Whether two entries sharing only aliases are one party by the alias-only rule (`aliasesOnlyAgree`, the one rule the
   * import's registry-name links ask too): the own name (the first) of one matches a name of words of the other that the
   * two do not share, either entry read as the query (since rules 1.235.0).
   */
  private ownNamesAgree(left: number, right: number): boolean {
    const built = this.built!;
    const names = (entry: number) =>
      Array.from({ length: built.entryNameStart[entry + 1] - built.entryNameStart[entry] }, (_, index) => ({
        entry,
        index,
      }));
    const party = (names: ReadonlyArray<{ entry: number; index: number }>, listed: boolean): PreparedParty => {
      const prepared = this.party(names[0].entry);
      return {
        ...prepared,
        names: names.map(({ index }) => prepared.names[index]).filter((name) => !acronymsOnly(name)),
        listed,
      };
    };
    return aliasesOnlyAgree(
      names(left),
      names(right),
      ({ entry, index }) => this.nameKey(built.entryNameStart[entry] + index),
      (query, candidate) => {
        const one = party(query, false);
        const other = party(candidate, true);
        const scored =
          one.names.length > 0 && other.names.length > 0
            ? scorePartiesAtLeast(one, other, MATCH_THRESHOLD, this, this.likeness)
            : undefined;
        return scored !== undefined && scored.score >= MATCH_THRESHOLD;
      },
    );
  }

  /** A name's key: its words' ids in order of id (see `entryFacts`). */
  private nameKey(name: number): string {
    const built = this.built!;
    return Array.from(built.nameTokens.subarray(built.nameTokenStart[name], built.nameTokenStart[name + 1]))
      .sort((a, b) => a - b)
      .join(' ');
  }

  /** What decides whether two entries are one party listed twice (see `sameParty`). */
  private partyFacts(entry: number): PartyFacts {
    const prepared = this.preparedEntry(entry);
    prepared.facts ??= this.entryFacts(entry);
    return prepared.facts;
  }

  private entryFacts(entry: number): PartyFacts {
    const built = this.built!;
    const nameKeys = new Set<string>();
    const acronymKeys = new Set<string>();
    let ownNameKey: string | undefined;
    for (let name = built.entryNameStart[entry]; name < built.entryNameStart[entry + 1]; name++) {
      const from = built.nameTokenStart[name];
      const to = built.nameTokenStart[name + 1];
      const key = this.nameKey(name);
      nameKeys.add(key);
      ownNameKey ??= key;
      // A name of acronyms only ("HNU") is a name two bodies may both write (see `shareName`).
      if (kindsAcronymsOnly(built.nameKinds.subarray(from, to))) {
        acronymKeys.add(key);
      }
    }
    return {
      nameKeys,
      acronymKeys,
      ...(ownNameKey === undefined ? {} : { ownNameKey }),
      listIds: this.lists.get(entry),
      schema: this.schemas.values[built.entrySchema[entry]],
      countries: this.countries.get(entry),
      birthDates: this.birthDates.get(entry),
      identifiers: this.identifiers.get(entry) ?? [],
    };
  }

  /**
   * An entry's names ready for scoring. Between PREPARED_ENTRIES / 2 and PREPARED_ENTRIES of the entries
   * scored last are kept (see `prepared`): a batch of queries blocks the same common names again and again.
   */
  private party(entry: number): PreparedParty {
    return this.preparedEntry(entry).party;
  }

  private preparedEntry(entry: number): PreparedEntry {
    let prepared = this.prepared.get(entry);
    if (prepared) {
      return prepared;
    }
    // `facts` present from the start (filled later by `facts`): one hidden class for every kept entry.
    prepared = this.preparedBefore.get(entry) ?? { party: this.prepareEntry(entry), facts: undefined };
    if (this.prepared.size >= PREPARED_ENTRIES / 2) {
      this.preparedBefore = this.prepared;
      this.prepared = new Map();
    }
    this.prepared.set(entry, prepared);
    return prepared;
  }

  private prepareEntry(entry: number): PreparedParty {
    const built = this.built!;
    const schema = this.schemas.values[built.entrySchema[entry]];
    const mode = modeOfSchema(schema);
    const names: PreparedName[] = [];
    for (let name = built.entryNameStart[entry]; name < built.entryNameStart[entry + 1]; name++) {
      const from = built.nameTokenStart[name];
      const to = built.nameTokenStart[name + 1];
      const tokens: TokenInfo[] = [];
      for (let index = from; index < to; index++) {
        tokens.push(this.words[built.nameTokens[index]]);
      }
      names.push({
        raw: this.nameRaw[name],
        mode,
        tokens,
        kinds: built.nameKinds.subarray(from, to),
        tags: built.nameTags.subarray(from, to),
        comparable: undefined,
        ownAcronyms: undefined,
      });
    }
    return {
      schema,
      names,
      countries: this.countries.get(entry),
      birthDates: this.birthDates.get(entry),
      identifiers: this.identifiers.get(entry) ?? [],
      listed: true,
      repeated: repeatedNames(names),
    };
  }

  /**
   * Per expansion of the last query name (in the order read), the most evidence a name not yet
   * touched when that expansion is read can still gain: each later run of expansions of one query
   * word (one source) adds at most its highest weight (`credit` keeps a name's best credit of a source
   * and starts it again only after another source credited the name, which starts a new run), and the
   * class words then add their tie-breaks. A name of evidence below the SCORED_NAMES-th best touched
   * score cannot be among the scored names, since scores only rise and `topByScore` keeps a later place
   * only with a strictly higher score: leaving it untouched changes no name blocked, nor their order.
   */
  private creditCeilings(queryName: PreparedName, expansions: { weight: number; source: number }[]): Float64Array {
    let classCredit = 0;
    for (let index = 0; index < queryName.tokens.length; index++) {
      if (queryName.kinds[index] === Kind.Class && this.vocabulary.has(queryName.tokens[index].text)) {
        classCredit += CLASS_TIE_BREAK * this.rarity(queryName.tokens[index]);
      }
    }
    const ceilings = new Float64Array(expansions.length + 1);
    ceilings[expansions.length] = classCredit;
    let runBest = 0;
    let later = classCredit;
    for (let order = expansions.length - 1; order >= 0; order--) {
      if (order === expansions.length - 1 || expansions[order].source !== expansions[order + 1].source) {
        later = ceilings[order + 1];
        runBest = 0;
      }
      runBest = Math.max(runBest, expansions[order].weight);
      ceilings[order] = later + runBest;
    }
    return ceilings;
  }

  /** Blocking: accumulates weighted evidence per name from words, typos, sounds and acronyms. */
  private blockNames(queryNames: PreparedName[], person: boolean): number[] {
    const built = this.built!;
    const { postings } = built;
    const scratch = built.scratch;
    const { touched, touchedScore } = scratch;
    let touchedCount = 0;
    if (scratch.touchedKeys.length > TOUCHED_TABLE_START) {
      // A larger table, grown by an earlier search, would spread this search's names over more cache lines.
      scratch.touchedKeys = new Uint32Array(TOUCHED_TABLE_START);
    } else {
      // The last search's names out of the table (every slot they took, so no probe runs past an old name).
      for (let place = 0; place < scratch.tableUsed; place++) {
        scratch.touchedKeys[scratch.touchedSlots[place]] = 0;
      }
    }
    scratch.tableUsed = 0;
    let { touchedKeys, touchedSlots, creditWeight, creditSource } = scratch;
    let shift = 32 - Math.log2(touchedKeys.length);
    let mask = touchedKeys.length - 1;
    // The name's slot in the table: where it is, or the empty slot where it goes.
    const slotOf = (name: number) => {
      let slot = Math.imul(name, TOUCHED_HASH) >>> shift;
      for (let key = touchedKeys[slot]; key !== 0 && touched[key - 1] !== name; key = touchedKeys[slot]) {
        slot = (slot + 1) & mask;
      }
      return slot;
    };
    // Twice the slots, the touched names put in again (and room for as many places, kept if there is).
    const grow = () => {
      const size = touchedKeys.length * 2;
      touchedKeys = new Uint32Array(size);
      if (touchedSlots.length < size / 2) {
        const weights = new Float32Array(size / 2);
        const sources = new Uint32Array(size / 2);
        weights.set(creditWeight);
        sources.set(creditSource);
        [touchedSlots, creditWeight, creditSource] = [new Uint32Array(size / 2), weights, sources];
      }
      shift--;
      mask = size - 1;
      for (let place = 0; place < touchedCount; place++) {
        const slot = slotOf(touched[place]);
        touchedKeys[slot] = place + 1;
        touchedSlots[place] = slot;
      }
      Object.assign(scratch, { touchedKeys, touchedSlots, creditWeight, creditSource });
    };
    // Evidence for a name from one query word is that word's best expansion, not the sum of all of
    // them: otherwise a name that lists many spellings of one common word ("Husain; Hussain; Hosein…")
    // outranks the name that matches every query word.
    // (A name not yet touched has had no credit of this search: its last credit counts as 0.)
    const credit = (name: number, source: number, weight: number) => {
      const slot = slotOf(name);
      let place = -1;
      let last = 0;
      if (touchedKeys[slot] !== 0) {
        place = touchedKeys[slot] - 1;
        if (creditSource[place] !== source) {
          creditSource[place] = source;
          creditWeight[place] = 0;
        }
        last = creditWeight[place];
      }
      if (weight > last) {
        if (place < 0) {
          place = touchedCount++;
          touched[place] = name;
          touchedScore[place] = 0;
          touchedKeys[slot] = place + 1;
          touchedSlots[place] = slot;
          creditSource[place] = source;
          scratch.tableUsed = touchedCount;
        }
        touchedScore[place] += weight - last;
        creditWeight[place] = weight;
        if (touchedCount * 2 >= touchedKeys.length) {
          grow();
        }
      }
    };
    // Credits the touched names that have the words (in order, each with its source and weight): one
    // pass over the touched names, each name's words read once. Crediting touched names touches no new
    // one, and each name gets the same credits in the same order as a pass per word would give it.
    const creditTouched = (words: { word: number; weight: number; source: number }[]) => {
      if (words.length === 0) {
        return;
      }
      const { nameTokenStart, nameTokens } = built;
      for (let place = 0; place < touchedCount; place++) {
        const name = touched[place];
        const from = nameTokenStart[name];
        const to = nameTokenStart[name + 1];
        for (const { word, weight, source } of words) {
          for (let index = from; index < to; index++) {
            if (nameTokens[index] === word) {
              credit(name, source, weight);
              break;
            }
          }
        }
      }
    };
    const add = (list: Csr, key: number, weight: number, maxScan: number, source: number) => {
      const end = Math.min(list.start[key + 1], list.start[key] + maxScan);
      for (let index = list.start[key]; index < end; index++) {
        credit(list.values[index], source, weight);
      }
    };
    // Sources are numbered on across searches and start again from 1 before the numbers run out (a touched
    // name's source is set when it is first credited); never within a search, whose credits may be given
    // after the numbering went on (see `creditTouched`).
    if (this.creditCounter >= SOURCE_NUMBERS_END) {
      this.creditCounter = 0;
    }
    const nextSource = () => ++this.creditCounter;

    for (let nameIndex = 0; nameIndex < queryNames.length; nameIndex++) {
      const queryName = queryNames[nameIndex];
      // Cuts of a joined query word credited among the names the other words found (see `creditJoined`).
      const joinedStopKeys: JoinedCut[] = [];
      // Class words a query word misspells (see `classWordSpelt`).
      const spelledClassWords: number[] = [];
      // (Each with its word's document frequency, read once, for the sort below.)
      const expansions: { word: number; weight: number; source: number; frequency: number }[] = [];
      for (let index = 0; index < queryName.tokens.length; index++) {
        if (!BLOCKING_KINDS.has(queryName.kinds[index])) {
          continue;
        }
        const token = queryName.tokens[index];
        const weight = this.rarity(token);
        const source = nextSource();
        const spelt = expansions.length;
        const knownVariants = !person && this.knownWordVariants(queryName, index);
        // (A word after a function word inside the name stands where a place stands, "… of Aden" misspelt; an
        // article beginning the name is no such word, "The Osak …". Since rules 1.150.0.)
        const placeSlot = index > 1 && queryName.kinds[index - 1] === Kind.Stop;
        // A word of an organisation's name the index does not know weighs as the word it most likely spells when that word
        // is mostly a qualifier or class word (since rules 1.222.0): the likest of its spellings, of those the most common
        // (a person's name words keep their weights). "Rsusian" is as common as "Russian", not a rare word whose few names crowd
        // out those of the query's other words; every spelling keeps its likeness below that word's.
        const spellings = this.expand(token, person, knownVariants, placeSlot);
        let wordWeight = weight;
        if (!person && token.id < 0 && this.vocabulary.get(token.text) === undefined && spellings.length > 0) {
          let likest = spellings[0];
          for (const spelling of spellings) {
            if (
              spelling[1] > likest[1] ||
              (spelling[1] === likest[1] && built.documentFrequency[spelling[0]] > built.documentFrequency[likest[0]])
            ) {
              likest = spelling;
            }
          }
          // (Only for a word the index mostly holds as no blocking word, a qualifier or class word of most of its names,
          // "russian": a name word's spellings keep the weight of a rare word, as before; the tie-breaks among the
          // names of a list's one body, "Al-Hramain", are theirs.)
          const posted = postings.start[likest[0] + 1] - postings.start[likest[0]];
          if (posted * 2 < built.documentFrequency[likest[0]]) {
            wordWeight = Math.min(weight, this.rarity(this.words[likest[0]]));
          }
        }
        for (const [word, sim] of spellings) {
          expansions.push({ word, weight: wordWeight * sim, source, frequency: built.documentFrequency[word] });
        }
        // "Universty", "Technlogy" (since rules 1.116.0): a word the index does not know whose spelling is that of a
        // class word is that class word, which breaks ties among the names the other words find (below), not a
        // rare word whose neighbours crowd out the name ("Quarrow Universty of Technology").
        const classSpelt =
          person || queryName.kinds[index] !== Kind.Name || !otherBlockingWord(queryName, index)
            ? undefined
            : this.classWordSpelt(token);
        if (classSpelt !== undefined) {
          expansions.length = spelt;
          if (classSpelt >= 0) {
            spelledClassWords.push(classSpelt);
          }
          continue;
        }
        // "Patr ushev": two query words that are one indexed word.
        const next = queryName.tokens[index + 1];
        if (next && BLOCKING_KINDS.has(queryName.kinds[index + 1])) {
          const joined = this.vocabulary.get(token.text + next.text);
          if (joined !== undefined) {
            expansions.push({
              word: joined,
              weight: weight * 0.9,
              source,
              frequency: built.documentFrequency[joined],
            });
          }
        }
        // "Ziracchianzadeh": one query word that no indexed word is or is a spelling of, which the index holds as
        // two words side by side ("ZIRACCHIAN ZADEH"), since rules 1.112.0: the names with both, found through the
        // rarer (when it is no stop-key), get the word's evidence (see `creditJoined`).
        // A word with spellings of its own ("alali": "balali") credits only the names the other words found, when
        // the index does not hold it as a word (a known word, "international", is not read as two: the names its
        // cuts would find among thousands touched cost every query, bench:cli 1,295 -> 843 rows/s).
        // (The word's own source: a name gets the better of the word's spelling and its two parts, not both.)
        if (token.text.length >= SPLIT_MIN && (expansions.length === spelt || token.id < 0)) {
          this.creditJoined(token.text, weight * 0.9, source, credit, joinedStopKeys, expansions.length > spelt);
        }
        if (queryName.kinds[index] === Kind.Acronym && token.text.length >= 2) {
          // "C2DH" is also looked up as the initials "ccdh".
          for (const letters of acronymLetters(token.text)) {
            const acronym = this.acronyms.find(letters);
            if (acronym !== undefined) {
              add(built.acronymPostings, acronym, weight, STOP_KEY_SCAN, nextSource());
            }
          }
        }
      }
      // "Norland University of Tides" against "Norland University of Tides (NUT)" (since rules 1.106.0): a name of
      // a country or place and class words blocks on its class words read as names, which the same name with its
      // initials after it holds as class words and never posts; its own initials, when a word of the index, find it,
      // with the evidence of the words they stand for (the same name without them gets no more).
      const initials = person ? '' : placeAndClassInitials(queryName);
      const initialsWord = initials ? this.vocabulary.get(initials) : undefined;
      if (initialsWord !== undefined) {
        let weight = 0;
        for (let index = 0; index < queryName.tokens.length; index++) {
          if (queryName.kinds[index] === Kind.Name) {
            weight += this.rarity(queryName.tokens[index]);
          }
        }
        expansions.push({
          word: initialsWord,
          weight,
          source: nextSource(),
          frequency: built.documentFrequency[initialsWord],
        });
      }
      // Rare words first; frequent words (stop-keys) only add to names already found, unless nothing rarer exists.
      expansions.sort((a, b) => a.frequency - b.frequency);
      // A run of stop-keys in a row only credits the touched names, which it leaves touched: one pass for the run.
      let stopKeys: typeof expansions = [];
      // In the last query name, once no name still untouched can reach the SCORED_NAMES best scores
      // (see `creditUntouchedAt`), a word's postings credit only the names already touched.
      const ceilings =
        nameIndex === queryNames.length - 1 && this.options.blockingCeilings !== false
          ? this.creditCeilings(queryName, expansions)
          : undefined;
      let sortedTouched: Uint32Array | undefined;
      expansions.forEach((expansion, order) => {
        const frequency = postings.start[expansion.word + 1] - postings.start[expansion.word];
        if (frequency > built.stopKey && order > 0 && touchedCount > 0) {
          stopKeys.push(expansion);
          return;
        }
        creditTouched(stopKeys);
        stopKeys = [];
        if (
          ceilings &&
          frequency <= built.stopKey &&
          touchedCount >= SCORED_NAMES &&
          (sortedTouched !== undefined ||
            (frequency > touchedCount &&
              ceilings[order] + CEILING_MARGIN < kthHighest(touchedScore, touchedCount, SCORED_NAMES)))
        ) {
          // From here on no name is touched: the touched names, sorted once, are found in each list.
          sortedTouched ??= touched.slice(0, touchedCount).sort();
          const from = postings.start[expansion.word];
          const to = postings.start[expansion.word + 1];
          let at = from;
          for (let index = 0; index < sortedTouched.length && at < to; index++) {
            const name = sortedTouched[index];
            at = gallop(postings.values, at, to, name);
            if (at < to && postings.values[at] === name) {
              credit(name, expansion.source, expansion.weight);
            }
          }
          return;
        }
        add(
          postings,
          expansion.word,
          expansion.weight,
          frequency <= built.stopKey ? frequency : STOP_KEY_SCAN,
          expansion.source,
        );
      });
      // Class words ("national", "science", "foundation") never find a name on their own, but among
      // the names already found they break ties on the name words: a small credit to the names that
      // carry them, so "National Natural Science Foundation of China" is not cut from the scored
      // names by hundreds of "Natural Science Foundation of <province>" found through "natural" alone.
      const classWords: typeof expansions = [];
      for (let index = 0; index < queryName.tokens.length; index++) {
        if (queryName.kinds[index] !== Kind.Class) {
          continue;
        }
        const word = this.vocabulary.get(queryName.tokens[index].text);
        if (word === undefined) {
          continue;
        }
        const source = nextSource();
        const weight = CLASS_TIE_BREAK * this.rarity(queryName.tokens[index]);
        classWords.push({ word, weight, source, frequency: built.documentFrequency[word] });
      }
      for (const word of spelledClassWords) {
        const weight = CLASS_TIE_BREAK * this.rarity(this.words[word]);
        classWords.push({ word, weight, source: nextSource(), frequency: built.documentFrequency[word] });
      }
      // The last run of stop-keys and the class words in one pass over the touched names: each name gets
      // the same credits in the same order as in a pass for each, and its words are read once.
      creditTouched(stopKeys.length === 0 ? classWords : [...stopKeys, ...classWords]);
      if (joinedStopKeys.length > 0) {
        const { nameTokenStart, nameTokens } = built;
        for (let place = 0; place < touchedCount; place++) {
          const name = touched[place];
          for (const { left, right, weight, source } of joinedStopKeys) {
            for (let at = nameTokenStart[name]; at + 1 < nameTokenStart[name + 1]; at++) {
              if (nameTokens[at] === left && nameTokens[at + 1] === right) {
                credit(name, source, weight);
                break;
              }
            }
          }
        }
      }
    }

    this.lastSearch.touched = touchedCount;
    const ranked = topByScore(touchedScore, touchedCount, SCORED_NAMES);
    const floor = ranked.length > 0 ? touchedScore[ranked[0]] * SCORED_SHARE : 0;
    const blocked = ranked.filter((position) => touchedScore[position] >= floor).map((position) => touched[position]);
    return touchedCount > SCORED_NAMES ? this.withExactNames(queryNames, blocked) : blocked;
  }

  /**
   * The class word (org_words.yml, one word of CLASS_SPELLING_LENGTH letters or more) a query word no indexed word
   * is spells, one letter added, dropped, changed or two swapped ("universty", "technlogy", "militray"): its id in
   * the vocabulary, -1 when the index has no name with it, undefined when the word spells none.
   */
  private classWordSpelt(token: TokenInfo): number | undefined {
    if (token.text.length < CLASS_SPELLING_LENGTH || token.id >= 0 || this.vocabulary.get(token.text) !== undefined) {
      return undefined;
    }
    const spellings = classWordSpellings();
    const text = token.text;
    let found = spellings.get(text)?.[0];
    for (let cut = 0; found === undefined && cut < text.length; cut++) {
      const shorter = text.slice(0, cut) + text.slice(cut + 1);
      found = spellings.get(shorter)?.find((word) => word === shorter || word.length === text.length);
    }
    return found === undefined ? undefined : (this.vocabulary.get(found) ?? -1);
  }

  /**
   * Credits the names that hold a query word as two indexed words side by side ("ziracchianzadeh": "ziracchian
   * zadeh"), at every cut where both parts are indexed words of SPLIT_PART_MIN letters or more: the posting list
   * of the rarer part, when it is no stop-key, read for names whose next word is the other part. A cut whose two
   * parts are both stop-keys ("alali": "al ali"), and every cut of a word that has spellings in the index
   * (`touchedOnly`: "alali" is one letter from "balali"), goes to `stopKeyCuts`, to credit among the names the
   * query's other words found (since rules 1.116.0: "Hamid Alali" finds "AL-ALI, Hamid").
   */
  private creditJoined(
    text: string,
    weight: number,
    source: number,
    credit: (name: number, source: number, weight: number) => void,
    stopKeyCuts: JoinedCut[],
    touchedOnly: boolean,
  ): void {
    const { postings, nameTokenStart, nameTokens, documentFrequency, stopKey } = this.built!;
    for (let cut = SPLIT_PART_MIN; cut <= text.length - SPLIT_PART_MIN; cut++) {
      const left = this.vocabulary.get(text.slice(0, cut));
      const right = left === undefined ? undefined : this.vocabulary.get(text.slice(cut));
      if (left === undefined || right === undefined) {
        continue;
      }
      const rarer = documentFrequency[left] <= documentFrequency[right] ? left : right;
      if (touchedOnly || postings.start[rarer + 1] - postings.start[rarer] > stopKey) {
        stopKeyCuts.push({ left, right, weight, source });
        continue;
      }
      for (let index = postings.start[rarer]; index < postings.start[rarer + 1]; index++) {
        const name = postings.values[index];
        for (let at = nameTokenStart[name]; at + 1 < nameTokenStart[name + 1]; at++) {
          if (nameTokens[at] === left && nameTokens[at + 1] === right) {
            credit(name, source, weight);
            break;
          }
        }
      }
    }
  }

  /**
   * `blocked` and, after it, every indexed name that is a query name word for word (the same prepared words
   * in the same order) but was cut. Among names tied at the cut, touch order decides which stay: the
   * one-word alias "UC" of one body stays, the same alias of another body, tied with every "UC …" name, goes,
   * and a query that is only that acronym would see one of the two bodies that hold it (since rules 1.104.0).
   * Read only when blocking cut names, through `namesBeginningWith` (one short posting list a query name).
   */
  private withExactNames(queryNames: PreparedName[], blocked: number[], anyKind = false): number[] {
    let extra: number[] | undefined;
    for (const queryName of queryNames) {
      for (const name of this.namesBeginningWith(queryName, 0, 0, anyKind ? 'posted' : 'document-frequency')) {
        if (!blocked.includes(name) && !extra?.includes(name)) {
          (extra ??= []).push(name);
        }
      }
    }
    return extra ? [...blocked, ...extra] : blocked;
  }

  /**
   * The indexed names that begin with `name` word for word (the same prepared words in the same order) and have
   * `fewestMore` to `mostMore` words after it, in posting order: the exact names of `withExactNames` (none more) and
   * the members' "<name>, <place>" of `systemMembers`. Reads one posting list, that of the name's rarest blocking
   * word, and only when it is short (at most `EXACT_NAME_SCAN` names); names of other lengths are passed over in one
   * step, and a word no indexed name has means no name. The rarest word by `posted`: of the words the index posts the
   * name under, the fewest names first (a name is posted under its blocking words as it reads them, and a name
   * prepared as it was reads them so too; a class word beside a name word is not posted, "Quarrow Trust" is under
   * "quarrow" only: chosen as the rarest, it missed the name, since rules 1.122.0); by `document-frequency`: the
   * blocking word fewest entries hold (the search's own exact names, as blocking read them).
   */
  private namesBeginningWith(
    name: PreparedName,
    fewestMore: number,
    mostMore: number,
    rarity: 'posted' | 'document-frequency',
  ): number[] {
    const { postings, nameTokenStart, nameTokens, documentFrequency } = this.built!;
    const tokens = name.tokens;
    let rarest = -1;
    for (let index = 0; index < tokens.length; index++) {
      const id = tokens[index].id;
      if (id < 0) {
        return [];
      }
      if (!BLOCKING_KINDS.has(name.kinds[index])) {
        continue;
      }
      if (rarity === 'posted') {
        const posted = postings.start[id + 1] - postings.start[id];
        if (posted > 0 && (rarest < 0 || posted < postings.start[rarest + 1] - postings.start[rarest])) {
          rarest = id;
        }
      } else if (rarest < 0 || documentFrequency[id] < documentFrequency[rarest]) {
        rarest = id;
      }
    }
    if (rarest < 0 || postings.start[rarest + 1] - postings.start[rarest] > EXACT_NAME_SCAN) {
      return [];
    }
    const found: number[] = [];
    for (let index = postings.start[rarest]; index < postings.start[rarest + 1]; index++) {
      const other = postings.values[index];
      const from = nameTokenStart[other];
      const more = nameTokenStart[other + 1] - from - tokens.length;
      if (more < fewestMore || more > mostMore) {
        continue;
      }
      let same = true;
      for (let at = 0; at < tokens.length && same; at++) {
        same = nameTokens[from + at] === tokens[at].id;
      }
      if (same) {
        found.push(other);
      }
    }
    return found;
  }

  /** Indexed words a query word may stand for: itself, spelling variants (trigrams) and same-sounding words. */
  private expand(token: TokenInfo, person: boolean, knownVariants = false, placeSlot = false): [number, number][] {
    const out = new Map<number, number>();
    if (token.id >= 0) {
      out.set(token.id, 1);
    } else {
      const byText = this.vocabulary.get(token.text);
      if (byText !== undefined) {
        out.set(byText, 1);
      }
    }
    const known = out.size > 0;
    // (A word known only in another form, "interet" beside a French "intérêt", is still new: its spellings are read.)
    for (const word of this.sameLettersForms(token)) {
      // (A three-letter word's accented forms weigh less in blocking than the word as written: "Bio" finds "Bío"
      // too, but a name that writes "BIO" as the query does stays before the names the accented form finds.)
      out.set(word, token.text.length < ACCENT_FORM_MIN ? SHORT_ACCENT_FORM_WEIGHT : 1);
    }
    // Spelling variants are looked up for words the index does not know (a typo rarely makes another
    // indexed word, and when it does the other words of the name still block), and for a rare known word
    // whose names hold none of the query name's other words (`knownWordVariants`, since rules 1.147.0).
    if (knownVariants) {
      // (The first letter kept: "PES" is no "UPES", "Nile" no "Ile".)
      // A word of more than DELETION_MAX letters, or one whose neighbour has more, is not in the deletion
      // neighbourhoods: its neighbours one edit away are read from the trigram lists and its swaps (since rules
      // 1.222.0: a known "studie" finds "studies", "associaton" "association").
      const neighbours =
        token.text.length < TRIGRAM_EDIT_MIN
          ? this.oneEditAway(token)
          : [...this.oneEditAway(token), ...this.longOneEditAway(token.text)];
      for (const [word, sim] of neighbours) {
        if (!out.has(word) && this.words[word].text[0] === token.text[0] && !this.otherCity(token, word, placeSlot)) {
          out.set(word, sim);
        }
      }
      return [...out, ...this.soundsAlike(token, person, out)];
    }
    if (token.isNumber || token.isSyllable || known) {
      return [...out, ...this.soundsAlike(token, person, out)];
    }
    if (token.text.length <= DELETION_MAX) {
      for (const [word, sim] of this.oneEditAway(token)) {
        out.set(word, sim);
      }
    }
    if (token.text.length < 4) {
      return [...out, ...this.soundsAlike(token, person, out)];
    }
    if (token.text.length > DELETION_MAX) {
      // Two neighbouring letters swapped change four of a word's trigrams, one more than the trigram lists
      // allow: each swap of the word is looked up as written (since rules 1.139.0).
      for (const [word, sim] of this.oneSwapAway(token.text)) {
        out.set(word, sim);
      }
    }
    const fuzzy: [number, number][] = [];
    for (const word of this.trigramNeighbours(token.text)) {
      if (!out.has(word)) {
        const sim = spellingSimilarity(token.text, this.words[word].text);
        if (sim > 0) {
          fuzzy.push([word, sim]);
        }
      }
    }
    fuzzy.sort((a, b) => b[1] - a[1]);
    for (const [word, sim] of fuzzy.slice(0, MAX_FUZZY_WORDS)) {
      out.set(word, sim);
    }
    return [...out, ...this.soundsAlike(token, person, out)];
  }
  /**
   * The index's other forms of a Latin word with or without its diacritics: "díaz" is also looked up as "diaz" and
   * "diaz" as "díaz" (since rules 1.146.0). The scorer reads them as the same word; before, a word the index knew
   * as written was looked up as written only, and its other forms came from the sound-alike words, whose reading
   * stops after a few dozen: once the registries' names were in the index, "Francisco Díaz" no longer found a listed
   * "DIAZ, Francisco". Latin words only: another script's ASCII form is a transliteration, with rules of its own.
   */
  private sameLettersForms(token: TokenInfo): number[] {
    // A plain word of three letters finds its accented forms too ("Sao" finds "São", since rules 1.156.0); an accented
    // word of three letters is not looked up in its plain form ("Koç" is no "KOC": `ACCENT_FORM_MIN`).
    const plainWord =
      token.orig === token.text && token.text.length >= PLAIN_ACCENT_FORM_MIN && /^[a-z]+$/.test(token.text);
    if (!plainWord && !accentedLatinWord(token)) {
      return [];
    }
    const built = this.built!;
    if (this.accentedForms?.built !== built) {
      const byText = new Map<string, number[]>();
      const add = (text: string, id: number) => {
        const forms = byText.get(text);
        if (forms === undefined) {
          byText.set(text, [id]);
        } else if (!forms.includes(id)) {
          forms.push(id);
        }
      };
      for (const word of this.words) {
        if (accentedLatinWord(word, PLAIN_ACCENT_FORM_MIN)) {
          add(word.text, word.id);
          // Its digraph form too: "zuerich" finds "zürich" (romanisation.yml letter_digraphs, since rules 1.150.0).
          const digraphs = digraphForm(word.orig);
          if (digraphs !== undefined && digraphs !== word.text) {
            add(digraphs, word.id);
          }
        }
      }
      this.accentedForms = { built, byText };
    }
    const found: number[] = [];
    const plain = token.orig === token.text ? undefined : this.vocabulary.get(token.text);
    // (An accented word's plain form, and a plain word's accented forms: each read once, as the scorer reads them.)
    if (plain !== undefined && plain !== token.id) {
      found.push(plain);
    }
    // An accented word's digraph form, where the index writes it so ("Zürich" finds "Zuerich", since rules 1.150.0).
    const digraphs = token.orig === token.text ? undefined : digraphForm(token.orig);
    const typed = digraphs === undefined ? undefined : this.vocabulary.get(digraphs);
    if (typed !== undefined && typed !== token.id && this.words[typed].orig === digraphs) {
      found.push(typed);
    }
    for (const word of this.accentedForms.byText.get(token.text) ?? []) {
      if (
        word !== token.id &&
        this.words[word].orig !== token.orig &&
        (plainWord || this.words[word].text.length >= ACCENT_FORM_MIN)
      ) {
        found.push(word);
      }
    }
    return found;
  }

  /**
   * Indexed words that may be a spelling of a query word (4 letters or more): of a length within the
   * edit budget, and sharing all but three of the word's usable trigrams (a trigram list longer than
   * STOP_GRAM is not read; one edit changes at most three trigrams; scoring judges). In the order a count
   * over the trigram lists meets them first: by trigram, then length, then word id. Reading every list
   * word by word gives the same words; it is kept for the last, shared length bucket and for tests.
   */
  trigramNeighbours(text: string, reading: 'shortest-lists' | 'every-list' = 'shortest-lists'): number[] {
    const lists = this.trigramLists(text);
    return lists.lengthsExact && reading === 'shortest-lists'
      ? this.filteredNeighbours(lists)
      : this.countedNeighbours(lists);
  }

  /** The trigram lists a query word reads, per trigram (in the word's order) and length. */
  private trigramLists(text: string): TrigramLists {
    const grams = this.built!.grams;
    const length = text.length;
    const budget = editBudget(length + 1);
    const shortest = Math.max(1, length - budget);
    const lists: TrigramList[][] = [];
    let usable = 0;
    for (const gram of new Set(trigrams(text))) {
      const byLength: TrigramList[] = [];
      for (let other = shortest; other <= length + budget; other++) {
        const key = gramKey(gram, other);
        const from = grams.start[key];
        const to = grams.start[key + 1];
        if (to - from <= STOP_GRAM) {
          byLength.push({ from, to, length: other, place: lists.length });
        }
      }
      if (byLength.length > 0) {
        usable++;
      }
      lists.push(byLength);
    }
    return {
      lists,
      length,
      budget,
      required: Math.max(1, usable - 3),
      // Below the last (shared) length bucket each list holds words of one length, that of its bucket.
      lengthsExact: length + budget < GRAM_LENGTHS - 1,
    };
  }

  /** `trigramNeighbours` by counting every word of every list (any word length). */
  private countedNeighbours({ lists, length, budget, required }: TrigramLists): number[] {
    const built = this.built!;
    const { gramCounter, gramTouched } = built.scratch;
    let counted = 0;
    for (const list of lists.flat()) {
      for (let index = list.from; index < list.to; index++) {
        const word = built.grams.values[index];
        if (gramCounter[word] === 0) {
          gramTouched[counted++] = word;
        }
        gramCounter[word]++;
      }
    }
    const found: number[] = [];
    for (let index = 0; index < counted; index++) {
      const word = gramTouched[index];
      if (gramCounter[word] >= required && Math.abs(this.words[word].text.length - length) <= budget) {
        found.push(word);
      }
      gramCounter[word] = 0;
    }
    return found;
  }

  /**
   * `trigramNeighbours` reading less, when each list holds words of one length: a word of a length must
   * be in `required` of that length's lists, so it is in one of the shortest (lists - required + 1) of
   * them; only those are read word by word, and the words found are looked up in the longer lists
   * (sorted by word id) by galloping search. At a million entries the long lists are most of the reading.
   */
  private filteredNeighbours({ lists, required }: TrigramLists): number[] {
    const built = this.built!;
    const values = built.grams.values;
    // Scratch arrays used by position here (not by word): the candidates of one length, in word order,
    // the count of lists each is in, and the first place (the lowest) of a list it is in. The counts
    // are cleared after use (countedNeighbours reads gramCounter by word and needs it clear).
    const scratch = built.scratch;
    const { gramCounter: counts, gramFirst: firsts, gramTouched: candidates } = scratch;
    const found: { word: number; place: number; length: number }[] = [];
    // The lists that hold words, by length, in the order read (by trigram): one pass, no list built a length.
    const byLength = new Map<number, TrigramList[]>();
    for (const ofGram of lists) {
      for (const list of ofGram) {
        if (list.to > list.from) {
          const ofLength = byLength.get(list.length);
          if (ofLength === undefined) {
            byLength.set(list.length, [list]);
          } else {
            ofLength.push(list);
          }
        }
      }
    }
    for (const [length, ofLength] of byLength) {
      if (ofLength.length < required) {
        continue;
      }
      ofLength.sort((a, b) => a.to - a.from - (b.to - b.from));
      const read = ofLength.slice(0, ofLength.length - required + 1);
      // The shortest lists merged (each holds a trigram's words of one length once, in word order): the
      // candidates come out in word order, each with the count of these lists it is in and the lowest
      // place among them, reading no per-word counter and sorting nothing. Per list read, one small array
      // holds its next word (0xffffffff once read to its end) from 0, where that word is from `merging`, where
      // the list ends from 2 × `merging` and its place from 3 × `merging`: each list's words are read once.
      const merging = read.length;
      if (scratch.gramMerge.length < 4 * merging) {
        scratch.gramMerge = new Uint32Array(8 * merging);
      }
      const merge = scratch.gramMerge;
      for (let at = 0; at < merging; at++) {
        merge[at] = values[read[at].from];
        merge[merging + at] = read[at].from;
        merge[2 * merging + at] = read[at].to;
        merge[3 * merging + at] = read[at].place;
      }
      // One pass over the lists a word: the lists at the word step on, and the least next word is found in the
      // same pass (speed21: the merge read the lists twice a word, once for the least and once to step on).
      let alive = 0;
      let word = 0xffffffff;
      for (let at = 0; at < merging; at++) {
        if (merge[at] < word) {
          word = merge[at];
        }
      }
      while (word !== 0xffffffff) {
        let count = 0;
        let first = 0xff;
        let least = 0xffffffff;
        for (let at = 0; at < merging; at++) {
          let head = merge[at];
          if (head === word) {
            const next = merge[merging + at] + 1;
            merge[merging + at] = next;
            head = next < merge[2 * merging + at] ? values[next] : 0xffffffff;
            merge[at] = head;
            count++;
            first = Math.min(first, merge[3 * merging + at]);
          }
          if (head < least) {
            least = head;
          }
        }
        candidates[alive] = word;
        counts[alive] = count;
        firsts[alive] = first;
        alive++;
        word = least;
      }
      const used = alive;
      // A word still in the running is one that can reach `required` lists: its count so far plus the
      // lists not yet read. A word that cannot is dropped and not looked up in the lists after; it
      // would not be found whatever they hold, so the words found and their counts and first places
      // are those of looking every word up in every list.
      const longer = ofLength.slice(ofLength.length - required + 1);
      for (let listIndex = 0; listIndex < longer.length; listIndex++) {
        const list = longer[listIndex];
        const after = longer.length - listIndex - 1;
        let at = list.from;
        let kept = 0;
        for (let index = 0; index < alive; index++) {
          const word = candidates[index];
          let count = counts[index];
          let first = firsts[index];
          if (at < list.to) {
            at = gallop(values, at, list.to, word);
            if (at < list.to && values[at] === word) {
              count++;
              first = Math.min(first, list.place);
            }
          }
          if (count + after >= required) {
            candidates[kept] = word;
            counts[kept] = count;
            firsts[kept] = first;
            kept++;
          }
        }
        alive = kept;
      }
      for (let index = 0; index < alive; index++) {
        if (counts[index] >= required) {
          found.push({ word: candidates[index], place: firsts[index], length });
        }
      }
      counts.fill(0, 0, used);
    }
    return found
      .sort((a, b) => a.place - b.place || a.length - b.length || a.word - b.word)
      .map((neighbour) => neighbour.word);
  }

  /**
   * "CAM HOLDING" for "CHAM HOLDING" (since rules 1.147.0): the query name's only blocking word, known to the
   * index, of DELETION_MIN letters or more (of any length more since rules 1.222.0: "Scientific Studie and Research
   * Center" against an indexed "Rotterdam Studie"), in at most KNOWN_VARIANT_NAMES names, none of which holds every
   * other comparable word of the query name (legal forms, stopwords and titles aside), may be another word misspelt
   * once: its neighbours one edit away that keep its first letter block too (below the word itself), and the scorer
   * judges each pair. A name of
   * that one word, a name with another blocking word (whose names the variants would crowd out: "Yan Shan
   * University"), or a word one of whose names holds the query's words keeps to itself. Reads the word's few names.
   */
  private knownWordVariants(queryName: PreparedName, index: number): boolean {
    const token = queryName.tokens[index];
    if (
      token.isNumber ||
      token.isSyllable ||
      token.text.length < DELETION_MIN ||
      (queryName.kinds[index] !== Kind.Name && queryName.kinds[index] !== Kind.Acronym) ||
      otherBlockingWord(queryName, index)
    ) {
      return false;
    }
    const word = token.id >= 0 ? token.id : this.vocabulary.get(token.text);
    if (word === undefined) {
      return false;
    }
    const { postings, nameTokenStart, nameTokens } = this.built!;
    const from = postings.start[word];
    const to = postings.start[word + 1];
    if (to - from > KNOWN_VARIANT_NAMES) {
      return false;
    }
    const others: number[] = [];
    for (let other = 0; other < queryName.tokens.length; other++) {
      if (other === index || !isComparable(queryName.kinds[other])) {
        continue;
      }
      const otherToken = queryName.tokens[other];
      const id = otherToken.id >= 0 ? otherToken.id : this.vocabulary.get(otherToken.text);
      if (id === undefined) {
        // A word no indexed name holds: none of the word's names holds the query's words together.
        return true;
      }
      others.push(id);
    }
    if (others.length === 0) {
      return false;
    }
    for (let at = from; at < to; at++) {
      const name = postings.values[at];
      const start = nameTokenStart[name];
      const end = nameTokenStart[name + 1];
      const holdsAll = others.every((id) => {
        for (let place = start; place < end; place++) {
          if (nameTokens[place] === id) {
            return true;
          }
        }
        return false;
      });
      if (holdsAll) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a known word's neighbour `word` is a city's own name (place_names.tsv's first column) the query word is
   * no name of, the query word standing where a name's own word stands, not a place's (since rules 1.150.0): a known
   * word one edit from a city ("Osak" from "Osaka") is another word, as a body named after it is another body
   * ("Osak Quarrow Institute" is not "The Quarrow Institute of Osaka"); right after a function word ("… of Aven") it
   * may be the place misspelt. gen2's guard on every place word of the tables cost 7 of its 39 gains ("Tas" from
   * "Tars", "Lin" from "Line": a city's other name, a subdivision's word); this one none.
   */
  private otherCity(token: TokenInfo, word: number, placeSlot: boolean): boolean {
    const text = this.words[word].text;
    if (placeSlot || !getReferenceData().cityNames.has(text)) {
      return false;
    }
    const place = meaningGroupOf(text);
    return place === null || place !== meaningGroupOf(token.text);
  }

  /** Indexed short words one edit from a short query word, found through the deletion neighbourhoods. */
  private oneEditAway(token: TokenInfo): [number, number][] {
    const built = this.built!;
    const found = new Map<number, number>();
    if (token.text.length < DELETION_MIN - 1) {
      return [];
    }
    for (const form of new Set(deletionForms(token.text))) {
      const bucket = deletionBucket(form);
      for (let index = built.deletions.start[bucket]; index < built.deletions.start[bucket + 1]; index++) {
        const word = built.deletions.values[index];
        if (found.has(word)) {
          continue;
        }
        const text = this.words[word].text;
        // One letter added, deleted or changed, or two neighbours swapped (a swap meets the word in the
        // neighbourhoods as one deletion of each; since rules 1.139.0).
        if (
          Math.abs(text.length - token.text.length) <= 1 &&
          (distance(text, token.text) <= 1 || (text.length === token.text.length && isTransposition(text, token.text)))
        ) {
          found.set(word, Math.max(0.8, spellingSimilarity(token.text, text) || 0.8));
        }
      }
    }
    return [...found].slice(0, MAX_FUZZY_WORDS);
  }

  /**
   * Indexed words one letter added, dropped or changed from a word of TRIGRAM_EDIT_MIN letters or more, or two of its
   * neighbouring letters swapped, through the trigram lists and the swaps (the deletion neighbourhoods hold words of
   * DELETION_MAX letters at most): a known word's neighbours when it may be a misspelling (`knownWordVariants`).
   */
  private longOneEditAway(text: string): [number, number][] {
    const found = new Map<number, number>(this.oneSwapAway(text));
    for (const word of this.trigramNeighbours(text)) {
      const other = this.words[word].text;
      if (
        !found.has(word) &&
        other !== text &&
        Math.abs(other.length - text.length) <= 1 &&
        distance(other, text) <= 1
      ) {
        found.set(word, Math.max(0.8, spellingSimilarity(text, other) || 0.8));
      }
    }
    return [...found].slice(0, MAX_FUZZY_WORDS);
  }

  /** Indexed words that are a query word with two unlike neighbouring letters swapped: one lookup a swap. */
  private oneSwapAway(text: string): [number, number][] {
    const found: [number, number][] = [];
    for (let index = 0; index + 1 < text.length; index++) {
      if (text[index] === text[index + 1]) {
        continue;
      }
      const swapped = text.slice(0, index) + text[index + 1] + text[index] + text.slice(index + 2);
      const word = this.vocabulary.get(swapped);
      if (word !== undefined && this.words[word].text === swapped) {
        const sim = spellingSimilarity(text, swapped);
        if (sim > 0) {
          found.push([word, sim]);
        }
      }
    }
    return found;
  }

  /** Indexed words with the same Double Metaphone key that the matcher would align with the query word. */
  private soundsAlike(token: TokenInfo, person: boolean, known: Map<number, number>): [number, number][] {
    const mates = this.soundMatesOf(token, person);
    const found: [number, number][] = [];
    for (let at = 0; found.length < MAX_PHONETIC_WORDS; at++) {
      if (at === mates.found.length && !this.readSoundMate(mates, token, person)) {
        break;
      }
      const mate = mates.found[at];
      if (!known.has(mate[0])) {
        found.push(mate);
      }
    }
    return found;
  }

  /**
   * What is known of a query word's sound-alike words, kept between queries (emptied after
   * SOUND_MATES_KEPT words), since the likeness of two words does not change: the words of its
   * Double Metaphone key read so far that align with it, in index order, and where reading goes on.
   */
  private soundMatesOf(token: TokenInfo, person: boolean): SoundMates {
    const cache = this.soundMates[person ? 1 : 0];
    let mates = cache.get(token);
    if (!mates) {
      const built = this.built!;
      const phoneticId = token.phonetic.length >= 2 ? built.phoneticIds.find(token.phonetic) : undefined;
      const from = phoneticId === undefined ? 0 : built.phonetic.start[phoneticId];
      const to =
        phoneticId === undefined ? 0 : Math.min(built.phonetic.start[phoneticId + 1], from + MAX_PHONETIC_WORDS * 4);
      mates = { found: [], next: from, end: to };
      if (cache.size >= SOUND_MATES_KEPT) {
        cache.clear();
      }
      cache.set(token, mates);
    }
    return mates;
  }

  /** Reads on until one more word that aligns with the query word is found; false at the end. */
  private readSoundMate(mates: SoundMates, token: TokenInfo, person: boolean): boolean {
    const built = this.built!;
    while (mates.next < mates.end) {
      const word = built.phonetic.values[mates.next++];
      if (word !== token.id) {
        const likeness = tokenLikeness(token, this.words[word], person);
        if (likeness.sim >= 0.75) {
          mates.found.push([word, likeness.sim]);
          return true;
        }
      }
    }
    return false;
  }
}

/** Per name, whether an earlier name of the list has the same words (see `sameWords`). */
function repeatedNames(names: readonly PreparedName[]): boolean[] {
  const repeated: boolean[] = [];
  for (let index = 0; index < names.length; index++) {
    let same = false;
    for (let earlier = 0; earlier < index && !same; earlier++) {
      same = sameWords(names[earlier], names[index]);
    }
    repeated.push(same);
  }
  return repeated;
}

/** Counts of one search's work (see `CandidateIndex.lastSearch`). */
export interface SearchStats {
  /** Names blocking credited. */
  touched: number;
  /** Names blocking passed on to scoring. */
  blocked: number;
  /** Entries scored in full, and their names. */
  scored: number;
  scoredNames: number;
}

/** One trigram list a query word reads: a trigram's words of one length (or of the last, shared length bucket). */
interface TrigramList {
  from: number;
  to: number;
  length: number;
  /** The trigram's place among the query word's distinct trigrams. */
  place: number;
}

interface TrigramLists {
  /** Per distinct trigram of the query word, its lists that are read (not longer than STOP_GRAM). */
  lists: TrigramList[][];
  length: number;
  budget: number;
  /** Lists a word must be in. */
  required: number;
  /** Whether each list holds words of its own length only. */
  lengthsExact: boolean;
}

/** First position in values[from, to) (ascending) holding `word` or more: galloping, then binary search. */
function gallop(values: Uint32Array, from: number, to: number, word: number): number {
  let low = from;
  let step = 1;
  while (low + step < to && values[low + step] < word) {
    low += step;
    step *= 2;
  }
  if (values[low] >= word) {
    return low;
  }
  let high = Math.min(low + step, to);
  while (low + 1 < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] < word) {
      low = middle;
    } else {
      high = middle;
    }
  }
  return high;
}

/** A query word's sound-alike words found so far (see `soundMatesOf`). */
interface SoundMates {
  found: [number, number][];
  /** Position in the phonetic postings where reading goes on, and where it stops. */
  next: number;
  end: number;
}

/** Word lengths whose deletion neighbourhoods are indexed: the short words trigrams cannot find. */
const DELETION_MIN = 3;
/**
 * Shortest ASCII form of a word looked up in its other forms with or without diacritics (`sameLettersForms`): of
 * 2–3 letters an accent often makes another word or an acronym's letters ("SÚ" against "SU", "Koç" against "KOC";
 * exactness, rules 1.146.0), and the deletion neighbourhoods reach those already when the word is new.
 */
const ACCENT_FORM_MIN = 4;
/**
 * Shortest plain query word looked up in the index's accented forms: three letters ("Sao" finds "São", "Koc" finds
 * "Koç"; since rules 1.156.0). The other way, an accented word of three letters in its plain form, stays out.
 */
const PLAIN_ACCENT_FORM_MIN = 3;
/** Blocking weight of a three-letter plain word's accented forms, below the word as written (1). */
const SHORT_ACCENT_FORM_WEIGHT = 0.8;

/** A word of Latin letters (no digit, no sign) written with at least one diacritic or a letter ASCII spells otherwise. */
function accentedLatinWord(token: TokenInfo, minLength = ACCENT_FORM_MIN): boolean {
  return (
    token.script === Script.Latin &&
    token.orig !== token.text &&
    token.text.length >= minLength &&
    /^[\p{Script=Latin}\p{M}]+$/u.test(token.orig)
  );
}

const DELETION_MAX = 6;
/**
 * Shortest known word whose neighbours one edit away are also read from the trigram lists (see `longOneEditAway`):
 * a word of DELETION_MAX letters may be one letter short of a word the deletion neighbourhoods do not hold.
 */
const TRIGRAM_EDIT_MIN = DELETION_MAX;
const DELETION_BUCKETS = 1 << 20;

/** A word and each form of it with one letter deleted. */
function deletionForms(text: string): string[] {
  const forms = [text];
  for (let index = 0; index < text.length; index++) {
    forms.push(text.slice(0, index) + text.slice(index + 1));
  }
  return forms;
}

/** FNV-1a hash of a form, folded into the bucket range. */
function deletionBucket(form: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < form.length; index++) {
    hash ^= form.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & (DELETION_BUCKETS - 1);
}

/**
 * The `count`-th highest of score[0 … touchedCount - 1] (counting repeats), or -Infinity when there are
 * fewer: the scores are read in order, the `count` highest so far kept in a small min-heap.
 */
export function kthHighest(score: Float32Array, touchedCount: number, count: number): number {
  if (touchedCount < count) {
    return -Infinity;
  }
  const heap = new Float64Array(count);
  for (let place = 0; place < count; place++) {
    heap[place] = score[place];
  }
  heap.sort();
  // A sorted array is a min-heap.
  for (let place = count; place < touchedCount; place++) {
    const value = score[place];
    if (value <= heap[0]) {
      continue;
    }
    heap[0] = value;
    let parent = 0;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < count && heap[left] < heap[smallest]) {
        smallest = left;
      }
      if (right < count && heap[right] < heap[smallest]) {
        smallest = right;
      }
      if (smallest === parent) {
        break;
      }
      const swapped = heap[smallest];
      heap[smallest] = heap[parent];
      heap[parent] = swapped;
      parent = smallest;
    }
  }
  return heap[0];
}

/**
 * The places (in touch order, 0 … touchedCount - 1) of the `count` highest scores, highest first: a
 * binary min-heap over the places in order, where a place replaces the heap's least only with a
 * strictly higher score, so that among equal scores the same places are kept as they always were
 * (the names blocked, hence the answers, depend on it). The least score is kept in a local: most
 * places are turned away by one comparison with it.
 */
export function topByScore(score: Float32Array, touchedCount: number, count: number): number[] {
  const heap: number[] = [];
  let least = -Infinity;
  for (let place = 0; place < touchedCount; place++) {
    const value = score[place];
    if (heap.length < count) {
      heap.push(place);
      let child = heap.length - 1;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (!(score[heap[child]] < score[heap[parent]])) {
          break;
        }
        const swapped = heap[child];
        heap[child] = heap[parent];
        heap[parent] = swapped;
        child = parent;
      }
      least = score[heap[0]];
    } else if (least < value) {
      heap[0] = place;
      let parent = 0;
      for (;;) {
        const left = parent * 2 + 1;
        const right = left + 1;
        let smallest = parent;
        if (left < heap.length && score[heap[left]] < score[heap[smallest]]) {
          smallest = left;
        }
        if (right < heap.length && score[heap[right]] < score[heap[smallest]]) {
          smallest = right;
        }
        if (smallest === parent) {
          break;
        }
        const swapped = heap[smallest];
        heap[smallest] = heap[parent];
        heap[parent] = swapped;
        parent = smallest;
      }
      least = score[heap[0]];
    }
  }
  return heap.sort((a, b) => score[b] - score[a]);
}

/**
 * The initials of a name of a place and class words ("Norland University of Tides": "nut"), its place read as a
 * qualifier of a generic name (normalise.ts PLACE_OF_GENERIC_NAME) and its class words as names; '' for any other
 * name, or when fewer than three words give them.
 */
function placeAndClassInitials(name: PreparedName): string {
  let place = false;
  let initials = '';
  for (let index = 0; index < name.tokens.length; index++) {
    const kind = name.kinds[index];
    if (kind === Kind.Qualifier && name.tags[index] === PLACE_OF_GENERIC_NAME) {
      place = true;
    } else if (kind !== Kind.Name) {
      if (kind === Kind.Stop) {
        continue;
      }
      return '';
    }
    const token = name.tokens[index];
    if (token.isSyllable || token.isNumber) {
      return '';
    }
    initials += token.text[0];
  }
  return place && initials.length >= 3 ? initials : '';
}

/** A query word cut in two indexed words, side by side in the names it credits (see `creditJoined`). */
interface JoinedCut {
  left: number;
  right: number;
  weight: number;
  source: number;
}

/** An identifier as given and, when it has another form records hold (a ROR id without its address), that too. */
function identifierForms(identifier: string): string[] {
  const read = identifierName(identifier);
  return read && read.value !== identifier.trim() ? [identifier, read.value] : [identifier];
}

/**
 * The identifier a query's name is, if it is one (`identifierName`): none, or the name as written and the identifier
 * it holds ("IMO 9123456" and "9123456"), as records write either (since rules 1.125.0).
 */
function identifierOfName(name: string): string[] {
  return identifierName(name) ? identifierForms(name) : [];
}

let classSpellings: Map<string, string[]> | undefined;

/**
 * The one-word class words of CLASS_SPELLING_LENGTH letters or more (org_words.yml) by themselves and by each form
 * with one letter dropped: a word that is one of these keys, or is one with a letter dropped, spells the class
 * word (one edit, or two letters swapped). Made once.
 */
function classWordSpellings(): Map<string, string[]> {
  if (!classSpellings) {
    classSpellings = new Map();
    const put = (key: string, word: string) => {
      const words = classSpellings!.get(key);
      if (!words) {
        classSpellings!.set(key, [word]);
      } else if (!words.includes(word)) {
        words.push(word);
      }
    };
    for (const [word, node] of getReferenceData().classTrie.next) {
      if (node.value === undefined || word.length < CLASS_SPELLING_LENGTH || !/^[a-z]+$/.test(word)) {
        continue;
      }
      put(word, word);
      for (let cut = 0; cut < word.length; cut++) {
        put(word.slice(0, cut) + word.slice(cut + 1), word);
      }
    }
  }
  return classSpellings;
}

/** Whether a query name has a word that blocks besides the one at `index`. */
function otherBlockingWord(name: PreparedName, index: number): boolean {
  for (let other = 0; other < name.kinds.length; other++) {
    if (other !== index && BLOCKING_KINDS.has(name.kinds[other])) {
      return true;
    }
  }
  return false;
}

/** A name's word kinds: every comparable word an acronym ("HNU", "NPS SWAN"), and one at least. */
function kindsAcronymsOnly(kinds: ArrayLike<number>): boolean {
  const comparable = Array.from(kinds).filter(isComparable);
  return comparable.length > 0 && comparable.every((kind) => kind === Kind.Acronym);
}

function acronymsOnly(name: PreparedName): boolean {
  return kindsAcronymsOnly(name.kinds);
}

/** Up to three places of a system's members, quoted, for a reason. */
function shownPlaces(places: ReadonlySet<string>): string {
  const shown = [...places].slice(0, 3).map((place) => `"${place}"`);
  return places.size > 3 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** A body the index holds by a parent's name written in a query (`CandidateIndex.heldParents`). */
interface HeldParent {
  entry: number;
  name: string;
  countries: string[];
}

/**
 * Caps the score of `results[position]` at `cap` (with `cap` below MATCH_THRESHOLD, a possible match for review), adds
 * the feature that says why (`feature(capped)`: whether the score was above the cap), and drops the result when its
 * score is then below `threshold`: the acronym readings' one way to turn a match into one for review
 * (`readDerivedInitials`, `readCountrylessAcronym`).
 */
function capForReview(
  results: MatchResult[],
  entryOf: Map<MatchResult, number>,
  position: number,
  threshold: number,
  cap: number,
  feature: (capped: boolean) => MatchFeature,
): void {
  const result = results[position];
  const capped = result.score > cap;
  if (capped) {
    result.score = cap;
    result.match = cap >= MATCH_THRESHOLD;
  }
  result.features = [...result.features, feature(capped)];
  if (result.score < threshold) {
    results.splice(position, 1);
    entryOf.delete(result);
  }
}
