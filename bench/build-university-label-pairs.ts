/**
 * Builds bench/data/university-label-other-dev.csv: a larger dev set of university labels in other scripts
 * (Cyrillic, Han, Arabic, Hangul, kana, Greek, Thai, the Indic scripts…), for the gap between the small
 * `label-other` group of university-pairs-dev.csv and the held-out files (branch xscript13, rules 1.103.0).
 * Drawn from the ROR records the project ships (seed/reference/ror-v2-records.json.gz, CC0), active records in the
 * dev half only (type `education` for `label-other`, the others for `label-other-body`) (bench/lib/org-pair-sampling `half`, a SHA-1 of the ROR id, as
 * bench/build-ror-pairs.ts and bench/build-university-pairs.ts split them), in the columns of
 * university-pairs-dev.csv. Left out: every record a held-out file of bench/data names by id (in its notes) or
 * by a name (its display name or any label written as a name of a held-out pair), and every pair
 * university-pairs-dev.csv, ror-pairs-dev.csv or ror-pairs-dev4.csv already holds, so that the set is fresh to the
 * rules tuned on those files.
 *
 * Groups:
 *   - `label-other` (positives): a university's (an education record's) display name (`ror_display`, in Latin
 *     script) against each of its names typed `label` written in another script (not acronyms, not aliases), all
 *     of them, no sampling; `label-other-body` the same for records of the other types (institutes, hospitals…);
 *   - `label-near` (negatives): a record's display name against the label of another record of the same
 *     half, not related in ROR, whose label is one word apart from a label of the first record in the same
 *     script (two bodies of one script one word apart: "<city> <field> University" against "<city> <other
 *     field> University"); spaced labels one word of the same count apart, unspaced labels (Han, kana, Thai)
 *     one character of the same length (four or more) apart. Each pair of records once, at most
 *     NEAR_PER_RECORD pairs a record; kind in the note: `script=<script of the label's first letter>`.
 *
 *   npm run bench:build && node dist-bench/bench/build-university-label-pairs.js
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { findUp } from './lib/find-up';
import { half, heldOutIdsAndNames, key, pairsCsv, sha1, type Pair } from './lib/org-pair-sampling';
import { countryOf, displayName, type RorRecord, shortId } from './lib/ror-records';

const NEAR_PER_RECORD = 2;

function isLatin(name: string): boolean {
  return !/[^\p{Script=Latin}\p{P}\p{S}\p{N}\p{M}\s]/u.test(name);
}

/** The script of a name's first letter outside Latin (Unicode script property), else "other". */
function scriptOf(name: string): string {
  for (const char of name) {
    if (/\p{L}/u.test(char) && !/\p{Script=Latin}/u.test(char)) {
      for (const script of ['Han', 'Hangul', 'Hiragana', 'Katakana', 'Arabic', 'Cyrillic', 'Greek', 'Hebrew', 'Thai']) {
        if (new RegExp(`\\p{Script=${script}}`, 'u').test(char)) {
          return script;
        }
      }
      return 'other';
    }
  }
  return 'other';
}

/** The parts a label is compared by for `label-near`: its words, or its letters when written without spaces. */
function partsOf(label: string): string[] {
  const spaced = label.trim().split(/\s+/u);
  return spaced.length > 1 ? spaced : [...label.trim()];
}

function oneApart(a: string[], b: string[], spaced: boolean): boolean {
  if (a.length !== b.length || a.length < (spaced ? 2 : 4)) {
    return false;
  }
  let differ = 0;
  for (let at = 0; at < a.length && differ < 2; at++) {
    differ += a[at] === b[at] ? 0 : 1;
  }
  return differ === 1;
}

function main(): void {
  const source = findUp(join('seed', 'reference', 'ror-v2-records.json.gz'), __dirname);
  const folder = dirname(findUp(join('bench', 'data', 'NOTICE.md'), __dirname));
  const { ids, names } = heldOutIdsAndNames(folder);
  const devPairs = new Set(
    ['university-pairs-dev.csv', 'ror-pairs-dev.csv', 'ror-pairs-dev4.csv'].flatMap((file) =>
      parse<Record<string, string>>(readFileSync(join(folder, file), 'utf8'), {
        columns: true,
        skip_empty_lines: true,
      }).map((row) => `${row.name1}|${row.name2}`),
    ),
  );
  const records = (JSON.parse(gunzipSync(readFileSync(source)).toString('utf8')) as RorRecord[])
    .filter((record) => record.status === 'active' && half(record.id) === 'dev')
    .filter(
      (record) =>
        !ids.has(shortId(record.id)) &&
        isLatin(displayName(record)) &&
        record.names.every((name) => !names.has(key(name.value))),
    )
    .sort((a, b) => sha1(a.id).localeCompare(sha1(b.id)));
  const labelsOf = (record: RorRecord) =>
    record.names.filter(
      (name) => name.types.includes('label') && !name.types.includes('ror_display') && !isLatin(name.value),
    );
  const pairs: Pair[] = [];
  for (const record of records) {
    for (const label of labelsOf(record)) {
      if (key(label.value) === key(displayName(record)) || devPairs.has(`${displayName(record)}|${label.value}`)) {
        continue;
      }
      pairs.push({
        name1: displayName(record),
        name2: label.value,
        isMatch: true,
        group: record.types.includes('education') ? 'label-other' : 'label-other-body',
        note: `${countryOf(record)} ${shortId(record.id)} lang=${label.lang ?? ''}`,
      });
    }
  }
  // Near labels: labels of one script indexed by each one-part-out pattern.
  const buckets = new Map<string, Array<{ record: RorRecord; label: string }>>();
  for (const record of records) {
    for (const label of labelsOf(record)) {
      const parts = partsOf(label.value);
      parts.forEach((_, position) => {
        const pattern = `${scriptOf(label.value)}|${parts.length}|${parts.map((part, at) => (at === position ? '*' : part)).join('\u0001')}`;
        buckets.set(pattern, [...(buckets.get(pattern) ?? []), { record, label: label.value }]);
      });
    }
  }
  const related = (a: RorRecord, b: RorRecord) =>
    a.id === b.id ||
    a.relationships.some((relation) => relation.id === b.id) ||
    b.relationships.some((relation) => relation.id === a.id) ||
    key(displayName(a)) === key(displayName(b));
  const seen = new Set<string>();
  const perRecord = new Map<string, number>();
  const near: Pair[] = [];
  for (const [, bucket] of [...buckets].sort(([a], [b]) => sha1(a).localeCompare(sha1(b)))) {
    if (bucket.length > 50) {
      continue;
    }
    for (const left of bucket) {
      for (const right of bucket) {
        const pairKey = `${left.record.id}|${right.record.id}`;
        if (related(left.record, right.record) || seen.has(pairKey) || key(left.label) === key(right.label)) {
          continue;
        }
        const spaced = left.label.trim().split(/\s+/u).length > 1;
        if (!oneApart(partsOf(left.label), partsOf(right.label), spaced)) {
          continue;
        }
        // Each record's display name against the other's label; each ordered pair of records once.
        const owner = shortId(left.record.id);
        if ((perRecord.get(owner) ?? 0) >= NEAR_PER_RECORD) {
          continue;
        }
        seen.add(pairKey);
        perRecord.set(owner, (perRecord.get(owner) ?? 0) + 1);
        near.push({
          name1: displayName(left.record),
          name2: right.label,
          isMatch: false,
          group: 'label-near',
          note: `${countryOf(left.record)} ${owner} label-of ${shortId(right.record.id)} ${countryOf(right.record)} script=${scriptOf(right.label)} own=${left.label}`,
        });
      }
    }
  }
  const all = [...pairs, ...near];
  const path = join(folder, 'university-label-other-dev.csv');
  writeFileSync(path, pairsCsv(all));
  const counts = new Map<string, number>();
  for (const pair of all) {
    const label = `${pair.group} ${scriptOf(pair.name2)}`;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const countries = new Set(all.map((pair) => pair.note.split(' ')[0])).size;
  console.log(
    `${path}: ${all.length} pairs, ${countries} countries, ${records.length} records kept (${[...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, n]) => `${group} ${n}`)
      .join(', ')})`,
  );
}

main();
