/**
 * Builds bench/data/ror-acr-dev.csv (2026-12-06, branch acr11 of session 55; match-quick set `orgs-ror-acr-dev`): a
 * fresh dev set of acronym pairs drawn from the ROR records the project ships (seed/reference/ror-v2-records.json.gz,
 * CC0; see seed/reference/NOTICE.md), in the columns of org-pairs-dev.csv (`schema,name1,name2,is_match,group,note`),
 * because the acronym misses of the earlier dev sets (org-pairs-dev.csv, ror-pairs-dev.csv, ror-pairs-dev4.csv) have
 * been read by many branches and new data of the same kind is needed to see what generalises.
 *
 * Records: active, in the dev half (`half()`: first hex digit of the SHA-1 of the ROR id 0-7, as every ROR builder
 * takes it), and **unused**: no ROR id that any note of a bench/data CSV names (org-pairs-dev.csv is the evaluation
 * file's copy), no record whose FundRef id a FundRef file's note names (the record's own `fundref` external
 * ids), and no record whose display name (case, accents and punctuation folded) is a name of a held-out row.
 *
 * Groups:
 *   - `acronym` (matches): **every** unused record's display name against each of its names ROR types `acronym`,
 *     as written (names equal to the display name up to case, accents and punctuation left out, as in ownPairs);
 *   - `parent-child` (non-matches): an unused record's display name against the display name of each child record
 *     that is unused too (ownPairs' rule);
 *   - `near-name` (non-matches): display names of two unused records of one country that are different bodies not
 *     related either way, by kind (one-token, subset, shared-N) as build-ror-pairs.ts's dev4 draws them
 *     (`sampleBalanced`: round-robin over countries, NEAR_NAME_KINDS' proportions, 1,000 pairs).
 * No alias or label group: the set is for acronyms and their precision.
 *
 * Its name holds no "pairs" and bench/build-ror-pairs.ts lists it as written later, so no builder reads it into its
 * exclusions and every earlier file rebuilds byte for byte. Deterministic: records in the dump's order, sampling by
 * SHA-1 as the other builders.
 *
 *   npm run bench:build && node dist-bench/bench/build-ror-acronym-dev.js
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { findUp } from './lib/find-up';
import {
  GROUP_SIZES,
  half,
  heldOutIdsAndNames,
  key,
  nearNameKind,
  pairsCsv,
  sampleBalanced,
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
  ownPairs,
  type RorRecord,
  shortId,
} from './lib/ror-records';

const ACRONYM_DEV_FILE = 'ror-acr-dev.csv';
const ROR_ID = /\b0[0-9a-z]{6}[0-9]{2}\b/g;
const FUNDREF_ID = /\b\d{6,}\b/g;

interface RorRecordWithIds extends RorRecord {
  external_ids?: Array<{ type: string; all: string[] }>;
}

/** The ROR ids and FundRef ids every note of the CSV files given names. */
function notedIds(files: string[]): { ror: Set<string>; fundref: Set<string> } {
  const ror = new Set<string>();
  const fundref = new Set<string>();
  for (const file of files) {
    const rows = parse<Record<string, string>>(readFileSync(file, 'utf8'), {
      columns: true,
      skip_empty_lines: true,
      relax_quotes: true,
      relax_column_count: true,
    });
    for (const row of rows) {
      const note = row.note ?? '';
      for (const id of note.match(ROR_ID) ?? []) {
        ror.add(id);
      }
      if (/fundref/.test(file)) {
        for (const id of note.match(FUNDREF_ID) ?? []) {
          fundref.add(id);
        }
      }
    }
  }
  return { ror, fundref };
}

/** Whether a record's ROR id, or a FundRef id of its own, is among the ids given. */
function noted(record: RorRecordWithIds, ids: { ror: Set<string>; fundref: Set<string> }): boolean {
  return (
    ids.ror.has(shortId(record.id)) ||
    (record.external_ids ?? []).some(
      (external) => external.type === 'fundref' && external.all.some((id) => ids.fundref.has(id)),
    )
  );
}

function main(): void {
  const records = activeSeedRorRecords() as RorRecordWithIds[];
  const byId = new Map(records.map((record) => [record.id, record]));
  const folder = dirname(findUp(join('bench', 'data', 'NOTICE.md'), __dirname));
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.csv') && name !== ACRONYM_DEV_FILE && name !== 'ror-acr-dev2.csv')
    .sort()
    .map((name) => join(folder, name));
  const used = notedIds(files);
  const heldOut = notedIds(files.filter((file) => file.includes('heldout')));
  const heldOutNames = heldOutIdsAndNames(folder).names;
  const takenPairs = new Set<string>();
  for (const file of files) {
    for (const row of parse<Record<string, string>>(readFileSync(file, 'utf8'), {
      columns: true,
      skip_empty_lines: true,
      relax_quotes: true,
      relax_column_count: true,
    })) {
      if (row.name1 !== undefined && row.name2 !== undefined) {
        takenPairs.add(`${key(row.name1)}|${key(row.name2)}`);
        takenPairs.add(`${key(row.name2)}|${key(row.name1)}`);
      }
    }
  }
  /** Dev half, never in a held-out file (by ROR id, FundRef id or display name). */
  const dev = records.filter(
    (record) => half(record.id) === 'dev' && !noted(record, heldOut) && !heldOutNames.has(key(displayName(record))),
  );
  const devIds = new Set(dev.map((record) => record.id));
  /** And in no bench/data file at all. */
  const unused = dev.filter((record) => !noted(record, used));
  const unusedIds = new Set(unused.map((record) => record.id));
  const fresh = (name1: string, name2: string) => !takenPairs.has(`${key(name1)}|${key(name2)}`);

  const out: Pair[] = [];
  // Matches: every acronym of every unused record.
  for (const record of unused) {
    ownPairs(
      record,
      'dev',
      new Map(),
      (name) => (name.types.includes('acronym') ? 'acronym' : 'other'),
      (pair) => {
        if (pair.group === 'acronym') {
          out.push(pair);
        }
      },
    );
  }

  /** A record's display name against each acronym of another record that is not one of its own. */
  const relatives: Pair[] = [];
  const againstAcronyms = (record: RorRecord, other: RorRecord, group: string, note: string) => {
    const into = group === 'pc-acronym' ? relatives : out;
    const own = new Set(acronymsOf(record).map(key));
    for (const acronym of acronymsOf(other)) {
      if (!own.has(key(acronym)) && key(acronym) !== key(displayName(record)) && fresh(displayName(record), acronym)) {
        into.push({ name1: displayName(record), name2: acronym, isMatch: false, group, note });
      }
    }
  };
  // pc-acronym: a dev record against its parent's and children's acronyms (both in the dev half). Not only unused
  // records: ror-pairs-dev-pc.csv holds every dev parent-child pair, so a record with a dev relative is never unused;
  // the pair (a name against an acronym) is in no other file.
  for (const record of dev) {
    for (const relation of record.relationships) {
      const other = byId.get(relation.id);
      if ((relation.type === 'parent' || relation.type === 'child') && other && devIds.has(other.id)) {
        againstAcronyms(
          record,
          other,
          'pc-acronym',
          `${countryOf(record)} ${shortId(record.id)} ${relation.type} ${shortId(other.id)}`,
        );
      }
    }
  }

  out.push(...sampleByCountry(relatives, GROUP_SIZES['parent-child']));

  // Near-names, as build-ror-pairs.ts's dev4: records of one country sharing a distinctive word, or one word apart;
  // at least one of the two unused, the pair in no other file.
  const nearKinds: Pair[] = [];
  const nearAcronyms: Array<[RorRecord, RorRecord, string]> = [];
  const candidate = nearNameWords();
  const consider = (left: RorRecord, right: RorRecord) => {
    if (!unusedIds.has(left.id) && !unusedIds.has(right.id)) {
      return;
    }
    const pair = candidate(left, right);
    if (pair === null) {
      return;
    }
    const kind = nearNameKind(pair[0], pair[1]);
    if (!kind) {
      return;
    }
    nearAcronyms.push([left, right, kind]);
    if (fresh(displayName(left), displayName(right))) {
      nearKinds.push({
        name1: displayName(left),
        name2: displayName(right),
        isMatch: false,
        group: 'near-name',
        note: `${countryOf(left)} ${shortId(left.id)} ${shortId(right.id)} ${kind}`,
      });
    }
  };
  forEachNearNamedPair(dev, consider);
  out.push(...sampleBalanced(new Map([['near-name', []]]), nearKinds, new Set()));
  // near-acronym: an unused record's display name against the acronyms of a near-named record.
  for (const [left, right, kind] of nearAcronyms) {
    for (const [record, other] of [
      [left, right],
      [right, left],
    ]) {
      if (unusedIds.has(record.id)) {
        againstAcronyms(
          record,
          other,
          'near-acronym',
          `${countryOf(record)} ${shortId(record.id)} ${shortId(other.id)} ${kind}`,
        );
      }
    }
  }

  writeFileSync(join(folder, ACRONYM_DEV_FILE), pairsCsv(out));
  const counts = new Map<string, number>();
  for (const pair of out) {
    counts.set(pair.group, (counts.get(pair.group) ?? 0) + 1);
  }
  console.log(
    `${join(folder, ACRONYM_DEV_FILE)}: ${out.length} pairs (${[...counts].map(([g, n]) => `${g} ${n}`).join(', ')}); ` +
      `${unused.length} unused of ${dev.length} dev records (${records.length} active); ${used.ror.size} ROR ids and ` +
      `${used.fundref.size} FundRef ids noted by ${files.length} files`,
  );
}

main();
