/**
 * Builds bench/data/university-pairs-dev.csv, university-pairs-heldout.csv, -heldout2.csv and -heldout3.csv: labelled pairs of university
 * names, a measured proxy for issue 9's goal "organisation pairs: F1 >= 0.90 on the hand-labelled universities"
 * (that set is held back by the issue's authors). Drawn from the ROR records the project ships
 * (seed/reference/ror-v2-records.json.gz, CC0; see seed/reference/NOTICE.md), records of type `education` only,
 * in the columns of org-pairs-dev.csv (`schema,name1,name2,is_match,group,note`).
 *
 * Each record (active only) falls in the dev or the held-out half by a SHA-1 of its ROR id, as in
 * bench/build-ror-pairs.ts (bench/lib/org-pair-sampling `half`); a pair of two records is kept only when both
 * fall in the same half, so the dev and held-out files share no record. Tune on dev only; read a held-out file once.
 * `heldout2` (2026-12-03, before the rules 1.17.0 work, because the first held-out file had been read four times) is
 * the same sampling of the held-out half's pairs that university-pairs-heldout.csv does not hold (disjoint pairs,
 * shared records). `heldout3` (2026-12-04, before the rules 1.46.0 work, because heldout2 had been read several times)
 * is the same sampling of the held-out half's pairs that neither earlier held-out file holds; the earlier files
 * rebuild byte for byte.
 *
 * Positives, a record's display name (`ror_display`) against its other names:
 *   - `acronym`: each name typed acronym;
 *   - `alias`: each name typed alias;
 *   - `label-latin`: each other label written in Latin script (often another language);
 *   - `label-other`: each other label in another script.
 * Negatives, display names of two different education records of the same country, not related in ROR:
 *   - `near-name`: one deciding word different (`one-token`), one name's words a subset of the other's
 *     (`subset`), or two or more distinctive words shared (`shared-N`), in the proportions of
 *     NEAR_NAME_KINDS (bench/lib/org-pair-sampling `nearNameKind`).
 * Reported, outside F1:
 *   - `parent-child`: a record's display name against a child education record's display name (campus,
 *     branch, constituent college). ROR calls them different bodies; the hand-labelled set calls a campus
 *     qualifier ("…, <place> Campus") the same body, so this group has no label both would agree on: it is
 *     written with is_match=false (ROR's view) and match-quick / bench:quality report its match rate only.
 * Left out everywhere: names equal to the display name up to case, accents and punctuation.
 *
 * Every group is sampled round-robin over countries (bench/lib/org-pair-sampling `sampleByCountry`, at most
 * MAX_PER_RECORD pairs per record and group), UNIVERSITY_GROUP_SIZES pairs per group and half.
 *
 *   npm run bench:build && node dist-bench/bench/build-university-pairs.js
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { findUp } from './lib/find-up';
import {
  GENERIC_WORDS,
  NEAR_NAME_KINDS,
  half,
  nearNameKind,
  pairsCsv,
  sampleByCountry,
  words,
  type Pair,
} from './lib/org-pair-sampling';
import {
  countryOf,
  displayName,
  nearNameWords,
  ownPairs,
  type RorName,
  type RorRecord,
  shortId,
} from './lib/ror-records';

const UNIVERSITY_GROUP_SIZES: Readonly<Record<string, number>> = {
  acronym: 500,
  alias: 600,
  'label-latin': 600,
  'label-other': 400,
  'parent-child': 400,
  'near-name': 1500,
};

function isLatin(name: string): boolean {
  return !/[^\p{Script=Latin}\p{P}\p{S}\p{N}\p{M}\s]/u.test(name);
}

function pairsOf(
  mine: RorRecord[],
  byId: Map<string, RorRecord>,
  which: 'dev' | 'heldout',
  excluded: ReadonlySet<string> = new Set(),
): Pair[] {
  const groups = new Map<string, Pair[]>();
  const push = (pair: Pair) => {
    if (!excluded.has(`${pair.name1}|${pair.name2}`)) {
      groups.set(pair.group, [...(groups.get(pair.group) ?? []), pair]);
    }
  };
  const groupOf = (name: RorName) =>
    name.types.includes('acronym')
      ? 'acronym'
      : name.types.includes('alias')
        ? 'alias'
        : isLatin(name.value)
          ? 'label-latin'
          : 'label-other';
  for (const record of mine) {
    ownPairs(record, which, byId, groupOf, push);
  }
  // Near-names: records of one country, indexed by distinctive word and by one-word-out pattern.
  const buckets = new Map<string, RorRecord[]>();
  const addTo = (bucketKey: string, record: RorRecord) =>
    buckets.set(bucketKey, [...(buckets.get(bucketKey) ?? []), record]);
  for (const record of mine) {
    const tokens = words(displayName(record));
    for (const word of new Set(tokens)) {
      if (word.length >= 3 && !GENERIC_WORDS.has(word)) {
        addTo(`w|${countryOf(record)}|${word}`, record);
      }
    }
    tokens.forEach((_, position) => {
      addTo(`p|${countryOf(record)}|${tokens.map((word, at) => (at === position ? '*' : word)).join(' ')}`, record);
    });
  }
  const candidate = nearNameWords();
  const nearKinds: Pair[] = [];
  for (const bucket of buckets.values()) {
    if (bucket.length > 200) {
      continue;
    }
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const [left, right] = [bucket[i], bucket[j]];
        const pair = candidate(left, right);
        if (pair === null) {
          continue;
        }
        const [a, b] = pair;
        const kind = nearNameKind(a, b);
        if (kind && !excluded.has(`${displayName(left)}|${displayName(right)}`)) {
          nearKinds.push({
            name1: displayName(left),
            name2: displayName(right),
            isMatch: false,
            group: 'near-name',
            note: `${countryOf(left)} ${shortId(left.id)} ${shortId(right.id)} ${kind}`,
          });
        }
      }
    }
  }
  const kept: Pair[] = [];
  for (const [group, size] of Object.entries(UNIVERSITY_GROUP_SIZES)) {
    if (group !== 'near-name') {
      kept.push(...sampleByCountry(groups.get(group) ?? [], size));
      continue;
    }
    for (const [kind, share] of NEAR_NAME_KINDS) {
      const ofKind = nearKinds.filter((pair) => pair.note.split(' ')[3].startsWith(kind));
      kept.push(...sampleByCountry(ofKind, Math.round(size * share)));
    }
  }
  return kept;
}

function main(): void {
  const source = findUp(join('seed', 'reference', 'ror-v2-records.json.gz'), __dirname);
  const records = (JSON.parse(gunzipSync(readFileSync(source)).toString('utf8')) as RorRecord[]).filter(
    (record) => record.status === 'active' && record.types.includes('education'),
  );
  const byId = new Map(records.map((record) => [record.id, record]));
  const folder = dirname(findUp(join('bench', 'data', 'NOTICE.md'), __dirname));
  const taken = new Set<string>();
  for (const file of ['dev', 'heldout', 'heldout2', 'heldout3'] as const) {
    const which = file === 'dev' ? 'dev' : 'heldout';
    const pairs = pairsOf(
      records.filter((record) => half(record.id) === which),
      byId,
      which,
      file === 'dev' || file === 'heldout' ? new Set() : taken,
    );
    if (file !== 'dev') {
      pairs.forEach((pair) => taken.add(`${pair.name1}|${pair.name2}`));
    }
    const path = join(folder, `university-pairs-${file}.csv`);
    writeFileSync(path, pairsCsv(pairs));
    const counts = new Map<string, number>();
    for (const pair of pairs) {
      const label =
        pair.group === 'near-name' ? `near-name ${pair.note.split(' ')[3].replace(/-\d+$/, '')}` : pair.group;
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    const countries = new Set(pairs.map((pair) => pair.note.split(' ')[0])).size;
    console.log(
      `${path}: ${pairs.length} pairs, ${countries} countries (${[...counts].map(([g, n]) => `${g} ${n}`).join(', ')})`,
    );
  }
}

main();
