/**
 * Builds bench/data/fundref-pairs-dev.csv, fundref-pairs-heldout.csv, fundref-pairs-heldout2.csv, -heldout3.csv and -heldout4.csv, labelled organisation-name pairs
 * drawn from the Crossref Open Funder Registry of 2018 the project ships (seed/reference/fundref-registry-2018.rdf.gz,
 * CC0; see seed/reference/NOTICE.md), in the columns of org-pairs-dev.csv (`schema,name1,name2,is_match,group,note`).
 * A second registry, so rules tuned on ROR-drawn pairs meet names they were not tuned on.
 *
 * Halves: a funder that seed/reference/ror_funder_registry_mapping.json.gz maps to a ROR record takes that record's
 * half (the SHA-1 split of bench/build-ror-pairs.ts), every other funder the same split of its funder id; so no
 * funder of the held-out file is a body of the ROR dev half. A pair of two funders is kept only when both fall in
 * the same half. Deprecated funders are left out. Tune on dev only.
 *
 * Positives, a funder's preferred label (skosxl:prefLabel) against its alternative labels (skosxl:altLabel):
 *   - `acronym`: each label flagged as an abbreviation (fref:usageFlag abbrevName);
 *   - `alias`: each other label in the preferred label's language (former names, short names);
 *   - `label`: each other label in another language (mostly translations).
 * Negatives:
 *   - `parent-child`: a funder's preferred label against that of a funder it names as skos:broader;
 *   - `near-name`: preferred labels of two funders of the same country that are not related (no broader,
 *     replaced-by or renamed link either way, not mapped to one ROR record, neither name among the other's
 *     labels), near by the kinds of the ROR builder (`one-token`, `subset`, `shared-N`; bench/lib/org-pair-sampling).
 * Left out everywhere: names equal up to case, accents and punctuation, and pairs that any bench/data/*pairs*.csv
 * already holds (in either order). The dev and held-out files leave out only the pair files that existed when they
 * were first built (FIRST_BUILD_FILES), so they rebuild byte for byte although later files (ror-pairs-heldout7/8)
 * share a few pairs with them.
 *
 * `heldout2` is a second held-out file: the same sampling over the held-out half's pairs that neither
 * fundref-pairs-heldout.csv nor any other bench/data pair file (as now) holds. Figures only, never tuned on.
 * `heldout3` a third: the same sampling over the held-out half's pairs that no other bench/data pair file holds
 * (heldout2 and the university pairs included). Figures only, never tuned on. `heldout4` a fourth (2026-12-03, before the
 * rules 1.17.0 work, because heldout3 had been read twice): the same sampling over the held-out half's pairs that no
 * other bench/data pair file holds (ror-pairs-heldout10 included).
 *
 * `dev-pc` and `heldout-pc` (2026-12-03, issue 9's parent/child class; heldout-pc committed unread): not sampled, every
 * parent-child pair of the dev half, resp. of the held-out half, that no other bench/data pair file holds, plus group
 * `grandparent`: a funder's preferred label against that of the funder its parent names as skos:broader (two bodies
 * as much as parent and child; left out where the two are also parent and child). Same filters as `parent-child`.
 * (ror-pairs-*-pc.csv are parent-child files too: neither kind leaves out the other.) Later files are left out of every
 * earlier file's exclusions, so the earlier files still rebuild byte for byte.
 *
 * Sampling (deterministic): each group round-robin over countries, near-names by kind in the evaluation file's
 * proportions, at most two pairs per funder and group, sizes as the ROR builder's GROUP_SIZES.
 *
 *   npm run bench:build && node dist-bench/bench/build-fundref-pairs.js
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { FunderRecord } from '../src/reference/reference-record';
import { findUp } from './lib/find-up';
import { readFundrefRegistry } from './lib/fundref-records';
import { key, nearNameKind, pairsCsv, sampleBalanced, words, GENERIC_WORDS, type Pair } from './lib/org-pair-sampling';

/** Buckets larger than these are left out of the near-name search (very common words, very common patterns). */
const MAX_WORD_BUCKET = 200;
const MAX_PATTERN_BUCKET = 50;

/** The non-FundRef pair files of bench/data when fundref-pairs-dev.csv and fundref-pairs-heldout.csv were built. */
const FIRST_BUILD_FILES = new Set([
  'list-pairs-dev.csv',
  'list-pairs-heldout.csv',
  'name-pairs-dev.csv',
  'org-pairs-dev.csv',
  'ror-pairs-dev.csv',
  'ror-pairs-dev4.csv',
  'ror-pairs-heldout.csv',
  'ror-pairs-heldout2.csv',
  'ror-pairs-heldout3.csv',
  'ror-pairs-heldout4.csv',
  'ror-pairs-heldout5.csv',
  'ror-pairs-heldout6.csv',
  'variant-pairs-dev.csv',
  'variant-pairs-dev2.csv',
  'variant-pairs-heldout.csv',
  'variant-pairs-heldout2.csv',
  'variant-pairs-heldout3.csv',
]);

/** The parent-child files (bench/build-ror-pairs.ts writes two more), which leave out every other pair file. */
const isParentChildFile = (file: string) => file.endsWith('-pc.csv');
/**
 * Pair files written after heldout4 (university-pairs-heldout2 by bench/build-university-pairs.ts minutes after it,
 * then the parent-child files, then ror-pairs-heldout11 by bench/build-ror-pairs.ts, which leaves out every pair of
 * this script's files, then university-pairs-heldout3 on 2026-12-04); no earlier file leaves their pairs out.
 */
const isAfterHeldout4 = (file: string) =>
  file === 'university-pairs-heldout2.csv' ||
  file === 'university-pairs-heldout3.csv' ||
  file === 'ror-pairs-heldout11.csv' ||
  isParentChildFile(file);

/** Every pair the chosen pair files hold, as `name1|name2`. */
function existingPairs(folder: string, chosen: (file: string) => boolean): Set<string> {
  const held = new Set<string>();
  for (const file of readdirSync(folder).filter((name) => /pairs.*\.csv$/.test(name) && chosen(name))) {
    const rows = parse<Record<string, string>>(readFileSync(join(folder, file), 'utf8'), {
      columns: true,
      skip_empty_lines: true,
      relax_quotes: true,
    });
    for (const row of rows) {
      held.add(`${row.name1}|${row.name2}`);
    }
  }
  return held;
}

async function main(): Promise<void> {
  const { funders, byId, rorIdOf, halfOf, countryOf } = await readFundrefRegistry();
  const preferredLanguage = (funder: FunderRecord) => funder.names.find((name) => name.types.includes('label'))?.lang;
  const folder = dirname(findUp(join('bench', 'data', 'NOTICE.md'), __dirname));
  const firstExcluded = existingPairs(folder, (file) => FIRST_BUILD_FILES.has(file));
  // heldout2 leaves out every other pair file as it is now, the first held-out file included (rebuilt just before),
  // but not the university pairs, fundref heldout3 nor ror heldout9 (built after heldout2, so that it rebuilds byte
  // for byte).
  const laterExcluded = (): Set<string> =>
    existingPairs(
      folder,
      (file) =>
        !isAfterHeldout4(file) &&
        file !== 'fundref-pairs-heldout2.csv' &&
        file !== 'fundref-pairs-heldout3.csv' &&
        file !== 'fundref-pairs-heldout4.csv' &&
        file !== 'ror-pairs-heldout9.csv' &&
        file !== 'ror-pairs-heldout10.csv' &&
        !file.startsWith('university-pairs-'),
    );
  // heldout3 leaves out every other pair file (heldout2 and the university pairs included) but those built after it.
  const thirdExcluded = (): Set<string> =>
    existingPairs(
      folder,
      (file) =>
        !isAfterHeldout4(file) &&
        file !== 'fundref-pairs-heldout3.csv' &&
        file !== 'fundref-pairs-heldout4.csv' &&
        file !== 'ror-pairs-heldout10.csv',
    );
  // heldout4 leaves out every other pair file.
  const lastExcluded = (): Set<string> =>
    existingPairs(folder, (file) => !isAfterHeldout4(file) && file !== 'fundref-pairs-heldout4.csv');

  for (const which of ['dev', 'heldout', 'heldout2', 'heldout3', 'heldout4'] as const) {
    const excluded =
      which === 'heldout4'
        ? lastExcluded()
        : which === 'heldout3'
          ? thirdExcluded()
          : which === 'heldout2'
            ? laterExcluded()
            : firstExcluded;
    const mine = funders.filter((funder) => halfOf(funder) === (which === 'dev' ? 'dev' : 'heldout'));
    const groups = new Map<string, Pair[]>();
    const nearKinds: Pair[] = [];
    const taken = new Set<string>();
    const push = (pair: Pair) => {
      const pairKey = `${pair.group}|${pair.name1}|${pair.name2}`;
      if (!taken.has(pairKey)) {
        taken.add(pairKey);
        (pair.group === 'near-name'
          ? nearKinds
          : (groups.get(pair.group) ?? groups.set(pair.group, []).get(pair.group)!)
        ).push(pair);
      }
    };
    for (const funder of mine) {
      const nameKey = key(funder.name);
      const language = preferredLanguage(funder);
      for (const name of funder.names) {
        if (name.types.includes('label') || key(name.value) === nameKey || key(name.value) === '') {
          continue;
        }
        const group = name.types.includes('acronym') ? 'acronym' : name.lang === language ? 'alias' : 'label';
        push({
          name1: funder.name,
          name2: name.value,
          isMatch: true,
          group,
          note: `${countryOf(funder)} ${funder.funderId} lang=${name.lang ?? ''}`,
        });
      }
      for (const parentId of funder.broader) {
        const parent = byId.get(parentId);
        if (!parent || halfOf(parent) !== halfOf(funder) || key(parent.name) === nameKey) {
          continue;
        }
        if (rorIdOf[parent.funderId] && rorIdOf[parent.funderId] === rorIdOf[funder.funderId]) {
          continue;
        }
        push({
          name1: parent.name,
          name2: funder.name,
          isMatch: false,
          group: 'parent-child',
          note: `${countryOf(parent)} ${parent.funderId} child ${funder.funderId}`,
        });
      }
    }
    // Near-names: funders of one country, indexed by distinctive word and by one-token pattern.
    const related = (left: FunderRecord, right: FunderRecord) =>
      left.broader.includes(right.funderId) ||
      right.broader.includes(left.funderId) ||
      left.replacedBy.includes(right.funderId) ||
      right.replacedBy.includes(left.funderId) ||
      (rorIdOf[left.funderId] !== undefined && rorIdOf[left.funderId] === rorIdOf[right.funderId]) ||
      left.names.some((name) => key(name.value) === key(right.name)) ||
      right.names.some((name) => key(name.value) === key(left.name));
    const seen = new Set<string>();
    const consider = (left: FunderRecord, right: FunderRecord) => {
      const pairKey = [left.funderId, right.funderId].sort().join('|');
      if (left.funderId === right.funderId || seen.has(pairKey)) {
        return;
      }
      seen.add(pairKey);
      const a = words(left.name);
      const b = words(right.name);
      if (a.join(' ') === b.join(' ') || related(left, right)) {
        return;
      }
      const kind = nearNameKind(a, b);
      if (kind) {
        push({
          name1: left.name,
          name2: right.name,
          isMatch: false,
          group: 'near-name',
          note: `${countryOf(left)} ${left.funderId} ${right.funderId} ${kind}`,
        });
      }
    };
    const buckets = new Map<string, FunderRecord[]>();
    const addTo = (bucket: string, funder: FunderRecord) =>
      (buckets.get(bucket) ?? buckets.set(bucket, []).get(bucket)!).push(funder);
    for (const funder of mine) {
      const country = countryOf(funder);
      if (!country) {
        continue;
      }
      const tokens = words(funder.name);
      for (const word of new Set(tokens)) {
        if (word.length >= 3 && !GENERIC_WORDS.has(word)) {
          addTo(`word|${country}|${word}`, funder);
        }
      }
      tokens.forEach((_, position) =>
        addTo(`pattern|${country}|${tokens.map((word, at) => (at === position ? '*' : word)).join(' ')}`, funder),
      );
    }
    for (const [bucket, members] of buckets) {
      if (members.length > (bucket.startsWith('word|') ? MAX_WORD_BUCKET : MAX_PATTERN_BUCKET)) {
        continue;
      }
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          consider(members[i], members[j]);
        }
      }
    }
    const kept = sampleBalanced(groups, nearKinds, excluded);
    const file = join(folder, `fundref-pairs-${which}.csv`);
    writeFileSync(file, pairsCsv(kept));
    const counts = new Map<string, number>();
    for (const pair of kept) {
      counts.set(pair.group, (counts.get(pair.group) ?? 0) + 1);
    }
    console.log(`${file}: ${kept.length} pairs (${[...counts].map(([g, n]) => `${g} ${n}`).join(', ')})`);
  }

  // Every parent-child and grandparent pair of each half that no other pair file holds.
  // The dev file's pairs are kept in `taken` for the held-out file, so neither reads the other from disk.
  const excluded = existingPairs(folder, (file) => !isParentChildFile(file));
  const taken = new Set<string>();
  for (const which of ['dev', 'heldout'] as const) {
    const name = `fundref-pairs-${which}-pc.csv`;
    const kept: Pair[] = [];
    const sameBody = (left: FunderRecord, right: FunderRecord) =>
      key(left.name) === key(right.name) ||
      (rorIdOf[left.funderId] !== undefined && rorIdOf[left.funderId] === rorIdOf[right.funderId]);
    const push = (pair: Pair) => {
      const pairKey = `${pair.name1}|${pair.name2}`;
      if (!taken.has(pairKey) && !excluded.has(pairKey) && !excluded.has(`${pair.name2}|${pair.name1}`)) {
        taken.add(pairKey);
        kept.push(pair);
      }
    };
    const mine = funders.filter((funder) => halfOf(funder) === which);
    const parentsOf = (funder: FunderRecord) =>
      funder.broader
        .map((id) => byId.get(id))
        .filter((parent): parent is FunderRecord => !!parent && halfOf(parent) === which && !sameBody(parent, funder));
    for (const funder of mine) {
      for (const parent of parentsOf(funder)) {
        push({
          name1: parent.name,
          name2: funder.name,
          isMatch: false,
          group: 'parent-child',
          note: `${countryOf(parent)} ${parent.funderId} child ${funder.funderId}`,
        });
      }
    }
    for (const funder of mine) {
      const parents = parentsOf(funder);
      for (const parent of parents) {
        for (const grandparent of parentsOf(parent)) {
          if (
            sameBody(grandparent, funder) ||
            parents.includes(grandparent) ||
            grandparent.broader.includes(funder.funderId)
          ) {
            continue;
          }
          push({
            name1: grandparent.name,
            name2: funder.name,
            isMatch: false,
            group: 'grandparent',
            note: `${countryOf(grandparent)} ${grandparent.funderId} grandchild ${funder.funderId}`,
          });
        }
      }
    }
    const file = join(folder, name);
    writeFileSync(file, pairsCsv(kept));
    const counts = new Map<string, number>();
    for (const pair of kept) {
      counts.set(pair.group, (counts.get(pair.group) ?? 0) + 1);
    }
    console.log(`${file}: ${kept.length} pairs (${[...counts].map(([g, n]) => `${g} ${n}`).join(', ')})`);
  }

  // Since 2026-12-03 (pc3): the other labels of each parent-child pair of each half. Written under names without
  // "pairs" (fundref-pc-labels-dev.csv, -heldout.csv), so that no builder's exclusions read them and every earlier
  // file still rebuilds byte for byte; they leave out every pair file, and the held-out file the dev file's pairs.
  const everyPairFile = existingPairs(folder, () => true);
  const labelTaken = new Set<string>();
  for (const which of ['dev', 'heldout'] as const) {
    const kept: Pair[] = [];
    const mine = funders.filter((funder) => halfOf(funder) === which);
    const labelsOf = (funder: FunderRecord) => {
      const seen = new Set<string>();
      return funder.names.filter((name) => {
        const nameKey = key(name.value);
        if (nameKey === '' || seen.has(nameKey)) {
          return false;
        }
        seen.add(nameKey);
        return true;
      });
    };
    for (const funder of mine) {
      for (const parent of funder.broader.map((id) => byId.get(id))) {
        if (
          !parent ||
          halfOf(parent) !== which ||
          key(parent.name) === key(funder.name) ||
          (rorIdOf[parent.funderId] !== undefined && rorIdOf[parent.funderId] === rorIdOf[funder.funderId]) ||
          parent.broader.includes(funder.funderId)
        ) {
          continue;
        }
        const childKeys = new Set(funder.names.map((name) => key(name.value)));
        const parentKeys = new Set(parent.names.map((name) => key(name.value)));
        for (const parentLabel of labelsOf(parent)) {
          for (const childLabel of labelsOf(funder)) {
            // The two preferred labels are the -pc file's pair; a label both funders give names neither apart.
            if (
              (parentLabel.value === parent.name && childLabel.value === funder.name) ||
              childKeys.has(key(parentLabel.value)) ||
              parentKeys.has(key(childLabel.value))
            ) {
              continue;
            }
            const pairKey = `${parentLabel.value}|${childLabel.value}`;
            if (
              labelTaken.has(pairKey) ||
              everyPairFile.has(pairKey) ||
              everyPairFile.has(`${childLabel.value}|${parentLabel.value}`)
            ) {
              continue;
            }
            labelTaken.add(pairKey);
            const acronym = parentLabel.types.includes('acronym') || childLabel.types.includes('acronym');
            const kinds = [parentLabel, childLabel]
              .map((label) =>
                label.types.includes('label') ? 'pref' : label.types.includes('acronym') ? 'acronym' : 'alt',
              )
              .join('/');
            kept.push({
              name1: parentLabel.value,
              name2: childLabel.value,
              isMatch: false,
              group: acronym ? 'pc-acronym' : 'parent-child',
              note: `${countryOf(parent)} ${parent.funderId} child ${funder.funderId} ${kinds}`,
            });
          }
        }
      }
    }
    const file = join(folder, `fundref-pc-labels-${which}.csv`);
    writeFileSync(file, pairsCsv(kept));
    const counts = new Map<string, number>();
    for (const pair of kept) {
      counts.set(pair.group, (counts.get(pair.group) ?? 0) + 1);
    }
    console.log(`${file}: ${kept.length} pairs (${[...counts].map(([g, n]) => `${g} ${n}`).join(', ')})`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
