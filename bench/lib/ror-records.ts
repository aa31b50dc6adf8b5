/**
 * ROR v2 records as the pair builders read them (bench/build-ror-pairs.ts, bench/build-university-pairs.ts), and
 * the pairs a record gives by itself: its display name against its other names and against its children.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { findUp } from './find-up';
import { half, key, type Pair, words } from './org-pair-sampling';

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
