import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findUp } from './find-up';
import { groupBy as groupInOrder } from '../../src/common/collections';

/** Counts of one labelled set at one threshold. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Figures {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of the true non-matches scored as matches. */
  falseMatchRate: number;
}

export interface LabelledScore {
  expected: boolean;
  score: number;
}

export function tally(rows: readonly LabelledScore[], threshold: number): Tally {
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

export function addTallies(tallies: readonly Tally[]): Tally {
  return tallies.reduce((sum, t) => ({ tp: sum.tp + t.tp, fp: sum.fp + t.fp, fn: sum.fn + t.fn, tn: sum.tn + t.tn }), {
    tp: 0,
    fp: 0,
    fn: 0,
    tn: 0,
  });
}

export function figures(t: Tally): Figures {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const falseMatchRate = t.fp + t.tn === 0 ? 0 : t.fp / (t.fp + t.tn);
  return { n: t.tp + t.fp + t.fn + t.tn, precision, recall, f1, falseMatchRate };
}

export function tallyLine(label: string, t: Tally): string {
  const { n, precision, recall, f1 } = figures(t);
  return `${label.padEnd(34)} n=${String(n).padStart(4)}  P=${precision.toFixed(3)}  R=${recall.toFixed(3)}  F1=${f1.toFixed(3)}  (tp ${t.tp}, fp ${t.fp}, fn ${t.fn}, tn ${t.tn})`;
}

/** Stable fold of a row (0…k-1) from a hash of its key, so folds do not depend on file order. */
export function foldOf(key: string, k: number): number {
  return createHash('sha1').update(key).digest().readUInt32BE(0) % k;
}

/** Threshold grid searched when a threshold is tuned: 0.50 to 0.95 by 0.01. */
export const THRESHOLD_GRID: readonly number[] = Array.from({ length: 46 }, (_, step) => 0.5 + step / 100);

/** The threshold of the grid with the best F1 on `rows` (the lowest of equals). */
export function bestThreshold(rows: readonly LabelledScore[]): number {
  let best = THRESHOLD_GRID[0];
  let bestF1 = -1;
  for (const threshold of THRESHOLD_GRID) {
    const { f1 } = figures(tally(rows, threshold));
    if (f1 > bestF1 + 1e-12) {
      best = threshold;
      bestF1 = f1;
    }
  }
  return best;
}

export interface CrossValidation<T> {
  k: number;
  /** The threshold chosen on the other k-1 folds, per held-out fold. */
  thresholds: number[];
  /** Every row with the decision made at its own fold's threshold. */
  decided: Array<T & { fold: number; threshold: number }>;
}

/**
 * k-fold cross-validation of the one tuned parameter, the threshold: for each fold, the threshold is
 * chosen on the other k-1 folds and the held-out fold is decided with it.
 */
export function crossValidate<T extends LabelledScore>(
  rows: readonly T[],
  k: number,
  keyOf: (row: T) => string,
): CrossValidation<T> {
  const folds = rows.map((row) => foldOf(keyOf(row), k));
  const thresholds: number[] = [];
  const decided: Array<T & { fold: number; threshold: number }> = [];
  for (let fold = 0; fold < k; fold++) {
    const threshold = bestThreshold(rows.filter((_, index) => folds[index] !== fold));
    thresholds.push(threshold);
    rows.forEach((row, index) => {
      if (folds[index] === fold) {
        decided.push({ ...row, fold, threshold });
      }
    });
  }
  return { k, thresholds, decided };
}

/** Tally of rows each decided at its own threshold. */
export function tallyDecided(rows: ReadonlyArray<LabelledScore & { threshold: number }>): Tally {
  return addTallies(rows.map((row) => tally([row], row.threshold)));
}

/** Groups lines under headings, largest group first, and prints them. */
export function printGroups(title: string, items: ReadonlyArray<{ group: string; line: string }>): void {
  console.log(`\n${title} (${items.length})`);
  for (const [group, lines] of groupBy(items, (item) => item.group)) {
    console.log(`  ${group} (${lines.length})`);
    lines.forEach((item) => console.log(`    ${item.line}`));
  }
}

/** Groups items by a key, the largest group first (then by key). */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Array<[string, T[]]> {
  return [...groupInOrder([...items], keyOf).entries()].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
}

/** Writes one set's figures and errors to bench/results/<name>.json (the folder is git-ignored). */
export function writeResults(name: string, content: unknown): string {
  const root = dirname(findUp('package.json', __dirname));
  const file = join(root, 'bench', 'results', `${name}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
  return file;
}

/** Rounds figures for the results files. */
export function rounded(f: Figures): Figures {
  const r = (value: number): number => Math.round(value * 1000) / 1000;
  return {
    n: f.n,
    precision: r(f.precision),
    recall: r(f.recall),
    f1: r(f.f1),
    falseMatchRate: r(f.falseMatchRate),
  };
}
