/**
 * ROR v2 records as the pair builders read them (bench/build-ror-pairs.ts, bench/build-university-pairs.ts), and
 * the pairs a record gives by itself: its display name against its other names and against its children.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { findUp } from './find-up';
import { GENERIC_WORDS, half, key, type Pair, words } from './org-pair-sampling';

export interface RorName {
  value: string;
  lang: string | null;
  types: string[];
}

export interface RorRecord {
  id: string;
  status: string;
  /** `education`, `funder`, `facility`, … */
  types: string[];
  names: RorName[];
  locations: Array<{ geonames_details?: { country_code?: string } }>;
  relationships: Array<{ id: string; type: string }>;
}

export function displayName(record: RorRecord): string {
  return record.names.find((name) => name.types.includes('ror_display'))?.value ?? record.names[0].value;
}

export function countryOf(record: RorRecord): string {
  return record.locations[0]?.geonames_details?.country_code ?? '';
}

export function shortId(id: string): string {
  return id.replace('https://ror.org/', '');
}

/**
 * A record's own pairs: its display name against each of its other names (a match, in the group `groupOf` names),
 * and against the display name of each child record of the same half (`parent-child`, a non-match). Names equal
 * to the display name up to case, accents and punctuation are left out.
 */
export function ownPairs(
  record: RorRecord,
  which: 'dev' | 'heldout',
  byId: ReadonlyMap<string, RorRecord>,
  groupOf: (name: RorName) => string,
  push: (pair: Pair) => void,
): void {
  const display = displayName(record);
  const displayKey = key(display);
  const note = `${countryOf(record)} ${shortId(record.id)}`;
  for (const name of record.names) {
    if (name.types.includes('ror_display') || key(name.value) === displayKey || key(name.value) === '') {
      continue;
    }
    push({
      name1: display,
      name2: name.value,
      isMatch: true,
      group: groupOf(name),
      note: `${note} lang=${name.lang ?? ''}`,
    });
  }
  for (const relation of record.relationships) {
    const other = byId.get(relation.id);
    if (relation.type !== 'child' || !other || half(other.id) !== which) {
      continue;
    }
    if (key(displayName(other)) === displayKey) {
      continue;
    }
    push({
      name1: display,
      name2: displayName(other),
      isMatch: false,
      group: 'parent-child',
      note: `${countryOf(record)} ${shortId(record.id)} child ${shortId(other.id)}`,
    });
  }
}

/**
 * A near-name pair filter for one half: the words of two records' display names when the records are two different
 * bodies not related either way, not paired before, and their names differ word for word; otherwise null.
 */
export function nearNameWords(): (left: RorRecord, right: RorRecord) => [string[], string[]] | null {
  const seen = new Set<string>();
  const related = (left: RorRecord, right: RorRecord) =>
    left.relationships.some((relation) => relation.id === right.id) ||
    right.relationships.some((relation) => relation.id === left.id);
  return (left, right) => {
    const pairKey = [left.id, right.id].sort().join('|');
    if (left.id === right.id || seen.has(pairKey) || related(left, right)) {
      return null;
    }
    seen.add(pairKey);
    const a = words(displayName(left));
    const b = words(displayName(right));
    return a.join(' ') === b.join(' ') ? null : [a, b];
  };
}

/** A record's acronyms as the registry writes them (its names of type acronym). */
export function acronymsOf(record: RorRecord): string[] {
  return record.names.filter((name) => name.types.includes('acronym')).map((name) => name.value);
}

/** The active records of the registry's dump the project carries (seed/reference/ror-v2-records.json.gz). */
export function activeSeedRorRecords(): RorRecord[] {
  const source = findUp(join('seed', 'reference', 'ror-v2-records.json.gz'), __dirname);
  return (JSON.parse(gunzipSync(readFileSync(source)).toString('utf8')) as RorRecord[]).filter(
    (record) => record.status === 'active',
  );
}

/**
 * The top record of each record among `records`: its parent's parent and so on, until a record with no parent among
 * them (a cycle stops at the record met again), so a body's units count as one body.
 */
export function topRecordOf(records: readonly RorRecord[]): (record: RorRecord) => string {
  const byId = new Map(records.map((record) => [record.id, record]));
  return (record) => {
    const seen = new Set<string>();
    let current = record;
    for (;;) {
      seen.add(current.id);
      const parent = current.relationships.find((relation) => relation.type === 'parent' && !seen.has(relation.id));
      const next = parent ? byId.get(parent.id) : undefined;
      if (!next) {
        return current.id;
      }
      current = next;
    }
  };
}

/** A name written in Latin letters, digits and punctuation only. */
const LATIN_NAME = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}'’&+-]+$/u;

/** A record's English names: its display name and its names in English, those written in Latin script, each once. */
export function englishNamesOf(record: RorRecord): string[] {
  const display = displayName(record);
  return [
    ...new Set(
      record.names
        .filter((name) => name.value === display || name.lang === 'en')
        .map((name) => name.value)
        .filter((value) => LATIN_NAME.test(value)),
    ),
  ];
}

/** What a comparison of an English name with a name in another script leaves unaligned on each side. */
export interface Remainder {
  /** The other script's words (or runs, stems) left over. */
  words: Set<string>;
  /** The English words (or runs) left over. */
  renderings: Set<string>;
}

/**
 * One record's remainders, the English names against its names in another script: every word and rendering left
 * over, and each (word, rendering) pair met in one comparison, written `word\trendering`. The learned-word builders
 * (bench/build-han-learned-words.ts, bench/count-cyrillic-learned-words.ts) count these over the records.
 */
export function recordRemainders(
  english: readonly string[],
  others: readonly string[],
  remainder: (english: string, other: string) => Remainder,
): Remainder & { pairs: Set<string> } {
  const words = new Set<string>();
  const renderings = new Set<string>();
  const pairs = new Set<string>();
  for (const name of english) {
    for (const other of others) {
      const found = remainder(name, other);
      found.words.forEach((word) => words.add(word));
      found.renderings.forEach((rendering) => renderings.add(rendering));
      for (const word of found.words) {
        for (const rendering of found.renderings) {
          pairs.add(`${word}\t${rendering}`);
        }
      }
    }
  }
  return { words, renderings, pairs };
}

/** Adds `id` to the set `map` holds for `key`. */
export function addId(map: Map<string, Set<string>>, key: string, id: string): void {
  let ids = map.get(key);
  if (!ids) {
    ids = new Set();
    map.set(key, ids);
  }
  ids.add(id);
}

/**
 * Every pair of records of one country that share a distinctive word of their display names (3 letters or more, not
 * GENERIC_WORDS) or differ in one word only (the same words, one position free), each pair once per bucket; a bucket
 * of more than `maxBucket` records (a word too common to tell near-names) is skipped. The near-name negatives of the
 * ROR acronym dev sets are drawn from these.
 */
export function forEachNearNamedPair(
  records: readonly RorRecord[],
  consider: (left: RorRecord, right: RorRecord) => void,
  maxBucket = 200,
): void {
  const buckets = new Map<string, RorRecord[]>();
  for (const record of records) {
    const tokens = words(displayName(record));
    for (const word of new Set(tokens)) {
      if (word.length >= 3 && !GENERIC_WORDS.has(word)) {
        const bucket = `${countryOf(record)}|${word}`;
        buckets.set(bucket, [...(buckets.get(bucket) ?? []), record]);
      }
    }
    tokens.forEach((_, position) => {
      const pattern = `${countryOf(record)}|${tokens.map((word, at) => (at === position ? '*' : word)).join(' ')}`;
      buckets.set(pattern, [...(buckets.get(pattern) ?? []), record]);
    });
  }
  for (const bucket of buckets.values()) {
    if (bucket.length > maxBucket) {
      continue;
    }
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        consider(bucket[i], bucket[j]);
      }
    }
  }
}
