/**
 * Builds bench/data/fundref-pc2-dev.csv (2026-12-04, branch pc12; match-quick set `fundref-pc-dev2`): a larger dev set
 * of FundRef preferred-label parent/child pairs, because the dev files hold too few of them to class
 * (fundref-pairs-dev.csv's 237 and fundref-pairs-dev-pc.csv's 92 are every such pair of the dev half).
 *
 * Every pair of preferred labels (skosxl:prefLabel) the Crossref Open Funder Registry of 2018 the project ships
 * (seed/reference/fundref-registry-2018.rdf.gz, CC0) holds between a funder and an ancestor it names by skos:broader,
 * whatever half either funder falls in: group `parent-child` (a funder's skos:broader), `grandparent` (its parent's),
 * `ancestor` (further up). Deprecated funders are left out, and, as in bench/build-fundref-pairs.ts, two funders of
 * one ROR record, two names equal up to case and punctuation, and a pair where each funder is the other's ancestor.
 *
 * **Minus every pair any held-out file holds** (every bench/data CSV whose name holds "heldout"), by names and by ids:
 *   - names: the two names, or their keys (case, accents and punctuation folded), in either order, as any held-out
 *     row's name1 and name2;
 *   - ids: the two funder ids, or the ROR ids the crosswalk (seed/reference/ror_funder_registry_mapping.json.gz)
 *     maps them to, both among the ids the note of one held-out row names (`<country> <id> child <id>`, near-names'
 *     `<country> <id> <id> <kind>`, ROR rows' ids).
 * Pairs of the dev files (fundref-pairs-dev.csv, fundref-pairs-dev-pc.csv) are kept: the set is every dev-side pair.
 * The note says `<country> <parent id> child|grandchild|descendant <child id> <halves>` (halves dev/dev, dev/heldout,
 * …: the SHA-1 half of each funder, as the other builders take it).
 *
 * Its name holds no "pairs" and bench/build-ror-pairs.ts lists it as written later, so no builder reads it into its
 * exclusions and every earlier file rebuilds byte for byte. Deterministic: funders in the registry's order.
 *
 *   npm run bench:build && node dist-bench/bench/build-fundref-pc-dev2.js
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { FunderRecord } from '../src/reference/reference-record';
import { findUp } from './lib/find-up';
import { readFundrefRegistry } from './lib/fundref-records';
import { key, pairsCsv, type Pair } from './lib/org-pair-sampling';

const PC2_DEV_FILE = 'fundref-pc2-dev.csv';

/** An id-like word of a note: a bare funder id (digits) or a ROR id (nine characters, a leading 0). */
const ID_WORD = /^(?:\d{6,}|0[a-z0-9]{8})$/;

interface HeldOut {
  names: Set<string>;
  ids: Set<string>;
  files: string[];
}

/** The name pairs (raw and keyed, both orders) and the id pairs of every held-out CSV of bench/data. */
function heldOutPairs(folder: string): HeldOut {
  const names = new Set<string>();
  const ids = new Set<string>();
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.csv') && file.includes('heldout'))
    .sort();
  for (const file of files) {
    const rows = parse<Record<string, string>>(readFileSync(join(folder, file), 'utf8'), {
      columns: true,
      skip_empty_lines: true,
      relax_quotes: true,
      relax_column_count: true,
    });
    for (const row of rows) {
      if (row.name1 !== undefined && row.name2 !== undefined) {
        for (const [a, b] of [
          [row.name1, row.name2],
          [key(row.name1), key(row.name2)],
        ]) {
          names.add(`${a}|${b}`);
          names.add(`${b}|${a}`);
        }
      }
      const noted = (row.note ?? '').split(/\s+/).filter((word) => ID_WORD.test(word));
      for (const a of noted) {
        for (const b of noted) {
          if (a !== b) {
            ids.add(`${a}|${b}`);
          }
        }
      }
    }
  }
  return { names, ids, files };
}

async function main(): Promise<void> {
  const { funders, byId, rorIdOf, halfOf, countryOf } = await readFundrefRegistry();
  const folder = dirname(findUp(join('bench', 'data', 'NOTICE.md'), __dirname));
  const heldOut = heldOutPairs(folder);
  const sameBody = (left: FunderRecord, right: FunderRecord) =>
    key(left.name) === key(right.name) ||
    (rorIdOf[left.funderId] !== undefined && rorIdOf[left.funderId] === rorIdOf[right.funderId]);

  /** Every ancestor of a funder with its depth (1 parent, 2 grandparent, …), the nearest depth kept. */
  const ancestorsOf = (funder: FunderRecord): Map<FunderRecord, number> => {
    const found = new Map<FunderRecord, number>();
    let frontier = [funder];
    for (let depth = 1; frontier.length > 0; depth++) {
      const next: FunderRecord[] = [];
      for (const member of frontier) {
        for (const parent of member.broader.map((id) => byId.get(id))) {
          if (parent && parent !== funder && !found.has(parent)) {
            found.set(parent, depth);
            next.push(parent);
          }
        }
      }
      frontier = next;
    }
    return found;
  };

  const kept: Pair[] = [];
  const taken = new Set<string>();
  let removedByName = 0;
  let removedById = 0;
  for (const funder of funders) {
    const ancestors = ancestorsOf(funder);
    for (const [ancestor, depth] of ancestors) {
      if (sameBody(ancestor, funder) || ancestorsOf(ancestor).has(funder)) {
        continue;
      }
      const pairKey = `${ancestor.name}|${funder.name}`;
      if (taken.has(pairKey) || taken.has(`${funder.name}|${ancestor.name}`)) {
        continue;
      }
      taken.add(pairKey);
      if (heldOut.names.has(pairKey) || heldOut.names.has(`${key(ancestor.name)}|${key(funder.name)}`)) {
        removedByName++;
        continue;
      }
      const rorA = rorIdOf[ancestor.funderId];
      const rorB = rorIdOf[funder.funderId];
      if (
        heldOut.ids.has(`${ancestor.funderId}|${funder.funderId}`) ||
        (rorA && rorB && heldOut.ids.has(`${rorA}|${rorB}`))
      ) {
        removedById++;
        continue;
      }
      const [group, relation] =
        depth === 1
          ? ['parent-child', 'child']
          : depth === 2
            ? ['grandparent', 'grandchild']
            : ['ancestor', 'descendant'];
      kept.push({
        name1: ancestor.name,
        name2: funder.name,
        isMatch: false,
        group,
        note: `${countryOf(ancestor)} ${ancestor.funderId} ${relation} ${funder.funderId} ${halfOf(ancestor)}/${halfOf(funder)}`,
      });
    }
  }
  const file = join(folder, PC2_DEV_FILE);
  writeFileSync(file, pairsCsv(kept));
  const counts = new Map<string, number>();
  for (const pair of kept) {
    counts.set(pair.group, (counts.get(pair.group) ?? 0) + 1);
  }
  console.log(`held-out files read: ${heldOut.files.length} (${heldOut.files.join(', ')})`);
  console.log(`removed as held out: ${removedByName} by names, ${removedById} more by ids`);
  console.log(`${file}: ${kept.length} pairs (${[...counts].map(([g, n]) => `${g} ${n}`).join(', ')})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
