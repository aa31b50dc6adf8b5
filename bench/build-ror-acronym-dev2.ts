/**
 * Builds bench/data/ror-acr-dev2.csv (2026-12-08, branch acr13 of session 68; match-quick set `orgs-ror-acr-dev2`): a
 * second, larger fresh acronym dev set from the ROR records the project ships (seed/reference/ror-v2-records.json.gz,
 * CC0; see seed/reference/NOTICE.md), in the columns of org-pairs-dev.csv (`schema,name1,name2,is_match,group,note`).
 *
 * Why another rule of choice than ror-acr-dev.csv's: that file took every acronym of every dev-half record no
 * bench/data file names; after it, 134 dev records with an acronym remain that no file names and **none** of the
 * held-out half (every held-out record with an acronym is named by some file). So this set takes **pairs** no file
 * holds, of records that no **held-out** file names:
 *
 * Records: active, in the dev half (`half()`), no ROR id or FundRef id of its own that a held-out file's note names,
 * and no display name (folded by `key`) that is a name of a held-out row. The held-out half is never read.
 *
 * Groups, each pair (either order, folded by `key`) in no other CSV of bench/data:
 *   - `acronym` (matches): **every** such record's display name against each of its acronyms, as written;
 *   - `pc-acronym` (non-matches): a record's display name against an acronym of its parent or child (both such
 *     records), not one of its own, sampled by country (`sampleByCountry`, at most two a record), 1,000 pairs;
 *   - `near-acronym` (non-matches): a record's display name against each acronym of a near-named other record of
 *     one country (build-ror-pairs.ts's near-name kinds), not one of its own, sampled by country, 1,500 pairs.
 *
 * Its name holds no "pairs" or "heldout", and build-ror-pairs.ts and build-ror-acronym-dev.ts list it as written
 * later, so every earlier file rebuilds byte for byte. Deterministic: no random seed; records in the dump's order,
 * samples ordered by the SHA-1 of the pair as the other builders.
 *
 *   npm run bench:build && node dist-bench/bench/build-ror-acronym-dev2.js
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { findUp } from './lib/find-up';
import {
  half,
  heldOutIdsAndNames,
  key,
  nearNameKind,
  pairsCsv,
  sampleByCountry,
  type Pair,
} from './lib/org-pair-sampling';
import {
  acronymsOf,
  activeSeedRorRecords,
  countryOf,
  displayName,
  forEachNearNamedPair,
  nearNameWords,
  type RorRecord,
  shortId,
} from './lib/ror-records';

const ACRONYM_DEV2_FILE = 'ror-acr-dev2.csv';
const PC_ACRONYM_PAIRS = 1000;
const NEAR_ACRONYM_PAIRS = 1500;
const FUNDREF_ID = /\b\d{6,}\b/g;

interface RorRecordWithIds extends RorRecord {
  external_ids?: Array<{ type: string; all: string[] }>;
}

function rows(file: string): Array<Record<string, string>> {
  return parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    relax_quotes: true,
    relax_column_count: true,
  });
}

function main(): void {
  const records = activeSeedRorRecords() as RorRecordWithIds[];
  const byId = new Map(records.map((record) => [record.id, record]));
  const folder = dirname(findUp(join('bench', 'data', 'NOTICE.md'), __dirname));
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.csv') && name !== ACRONYM_DEV2_FILE)
    .sort()
    .map((name) => join(folder, name));
  const heldOut = heldOutIdsAndNames(folder);
  const heldOutFundref = new Set<string>();
  for (const file of files.filter((name) => name.includes('heldout') && /fundref/.test(name))) {
    for (const row of rows(file)) {
      for (const id of (row.note ?? '').match(FUNDREF_ID) ?? []) {
        heldOutFundref.add(id);
      }
    }
  }
  const takenPairs = new Set<string>();
  for (const file of files) {
    for (const row of rows(file)) {
      if (row.name1 !== undefined && row.name2 !== undefined) {
        takenPairs.add(`${key(row.name1)}|${key(row.name2)}`);
        takenPairs.add(`${key(row.name2)}|${key(row.name1)}`);
      }
    }
  }
  const fresh = (name1: string, name2: string) => !takenPairs.has(`${key(name1)}|${key(name2)}`);
  const dev = records.filter(
    (record) =>
      half(record.id) === 'dev' &&
      !heldOut.ids.has(shortId(record.id)) &&
      !(record.external_ids ?? []).some(
        (external) => external.type === 'fundref' && external.all.some((id) => heldOutFundref.has(id)),
      ) &&
      !heldOut.names.has(key(displayName(record))),
  );
  const devIds = new Set(dev.map((record) => record.id));

  const out: Pair[] = [];
  for (const record of dev) {
    const display = displayName(record);
    for (const acronym of acronymsOf(record)) {
      if (key(acronym) !== '' && key(acronym) !== key(display) && fresh(display, acronym)) {
        out.push({
          name1: display,
          name2: acronym,
          isMatch: true,
          group: 'acronym',
          note: `${countryOf(record)} ${shortId(record.id)}`,
        });
      }
    }
  }

  /** A record's display name against each acronym of another record that is not one of its own. */
  const againstAcronyms = (into: Pair[], record: RorRecord, other: RorRecord, group: string, note: string) => {
    const own = new Set(acronymsOf(record).map(key));
    for (const acronym of acronymsOf(other)) {
      if (!own.has(key(acronym)) && key(acronym) !== key(displayName(record)) && fresh(displayName(record), acronym)) {
        into.push({ name1: displayName(record), name2: acronym, isMatch: false, group, note });
      }
    }
  };
  const relatives: Pair[] = [];
  for (const record of dev) {
    for (const relation of record.relationships) {
      const other = byId.get(relation.id);
      if ((relation.type === 'parent' || relation.type === 'child') && other && devIds.has(other.id)) {
        againstAcronyms(
          relatives,
          record,
          other,
          'pc-acronym',
          `${countryOf(record)} ${shortId(record.id)} ${relation.type} ${shortId(other.id)}`,
        );
      }
    }
  }
  out.push(...sampleByCountry(relatives, PC_ACRONYM_PAIRS));

  const near: Pair[] = [];
  const seen = new Set<string>();
  const candidate = nearNameWords();
  const consider = (left: RorRecord, right: RorRecord) => {
    const pairKey = left.id < right.id ? `${left.id}|${right.id}` : `${right.id}|${left.id}`;
    if (seen.has(pairKey)) {
      return;
    }
    seen.add(pairKey);
    const pair = candidate(left, right);
    const kind = pair === null ? '' : nearNameKind(pair[0], pair[1]);
    if (!kind) {
      return;
    }
    for (const [record, other] of [
      [left, right],
      [right, left],
    ]) {
      againstAcronyms(
        near,
        record,
        other,
        'near-acronym',
        `${countryOf(record)} ${shortId(record.id)} ${shortId(other.id)} ${kind}`,
      );
    }
  };
  forEachNearNamedPair(dev, consider);
  out.push(...sampleByCountry(near, NEAR_ACRONYM_PAIRS));

  writeFileSync(join(folder, ACRONYM_DEV2_FILE), pairsCsv(out));
  const counts = new Map<string, number>();
  for (const pair of out) {
    counts.set(pair.group, (counts.get(pair.group) ?? 0) + 1);
  }
  const acronymRecords = new Set(out.filter((pair) => pair.group === 'acronym').map((pair) => pair.note.split(' ')[1]));
  console.log(
    `${join(folder, ACRONYM_DEV2_FILE)}: ${out.length} pairs (${[...counts].map(([g, n]) => `${g} ${n}`).join(', ')}); ` +
      `acronyms of ${acronymRecords.size} records; ${dev.length} dev records no held-out file names ` +
      `(${records.length} active); pc-acronym of ${relatives.length}, near-acronym of ${near.length} fresh`,
  );
}

main();
