/**
 * Name-matching quality on the labelled dev pairs (bench/data/name-pairs-dev.csv).
 * Prints precision, recall and F1 at MATCH_THRESHOLD, per schema and per case group, the F1 around
 * the threshold, and every error grouped by class (false positive / false negative, then category).
 *
 *   npx tsc -p tsconfig.json --outDir dist/bench-build --incremental false && node dist/bench-build/bench/quality-names.js [pairs.csv]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { MATCH_THRESHOLD, matchPairs, type NamePairRow } from '../src/screening/matching';
import { findUp } from './lib/find-up';

interface PairRow extends NamePairRow {
  case_group: string;
  is_match: string;
  quality: string;
  category: string;
  notes: string;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function tally(rows: { expected: boolean; score: number }[], threshold: number): Tally {
  const result: Tally = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const row of rows) {
    const predicted = row.score >= threshold;
    if (predicted && row.expected) {
      result.tp++;
    } else if (predicted) {
      result.fp++;
    } else if (row.expected) {
      result.fn++;
    } else {
      result.tn++;
    }
  }
  return result;
}

function figures(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function line(label: string, t: Tally): string {
  const { precision, recall, f1 } = figures(t);
  const n = t.tp + t.fp + t.fn + t.tn;
  return `${label.padEnd(26)} n=${String(n).padStart(4)}  P=${precision.toFixed(3)}  R=${recall.toFixed(3)}  F1=${f1.toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}, tn ${t.tn})`;
}

function main(): void {
  const file = process.argv[2] ?? findUp(join('bench', 'data', 'name-pairs-dev.csv'), __dirname);
  const rows = parse<PairRow>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true });
  const started = process.hrtime.bigint();
  const scored = matchPairs(rows).map((row) => ({ ...row, expected: row.is_match === 'true' }));
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;

  console.log(`Name pairs: ${file} (${rows.length} pairs, scored in ${elapsed.toFixed(0)} ms)`);
  console.log(`Threshold: ${MATCH_THRESHOLD}`);
  console.log(line('overall', tally(scored, MATCH_THRESHOLD)));
  for (const key of ['schema', 'case_group'] as const) {
    console.log(`\nby ${key}`);
    for (const value of [...new Set(scored.map((row) => row[key]))].sort()) {
      console.log(
        line(
          `  ${value}`,
          tally(
            scored.filter((row) => row[key] === value),
            MATCH_THRESHOLD,
          ),
        ),
      );
    }
  }
  console.log('\nF1 by threshold');
  for (let threshold = 0.5; threshold <= 0.9001; threshold += 0.025) {
    const { precision, recall, f1 } = figures(tally(scored, threshold));
    console.log(`  ${threshold.toFixed(3)}  P=${precision.toFixed(3)}  R=${recall.toFixed(3)}  F1=${f1.toFixed(3)}`);
  }

  const errors = scored.filter((row) => row.expected !== row.score >= MATCH_THRESHOLD);
  for (const kind of ['false positive', 'false negative'] as const) {
    const ofKind = errors.filter((row) => (kind === 'false positive') === !row.expected);
    console.log(`\n${kind}s (${ofKind.length})`);
    const byClass = new Map<string, typeof ofKind>();
    for (const row of ofKind) {
      const key = `${row.schema} / ${row.category || row.case_group}`;
      byClass.set(key, [...(byClass.get(key) ?? []), row]);
    }
    for (const [key, group] of [...byClass.entries()].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`  ${key} (${group.length})`);
      for (const row of group) {
        const alignment = row.features.find((feature) => feature.name === 'token_alignment');
        console.log(`    ${row.score.toFixed(3)}  ${row.name1}  |  ${row.name2}  [${row.quality}] ${row.notes}`);
        if (alignment) {
          console.log(`           ${alignment.reason}`);
        }
      }
    }
  }
}

main();
