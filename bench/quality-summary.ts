/**
 * The compact summary of `npm run bench:quality`: one line a figure, read from bench/results/*.json
 * as quality-names.js, quality-screening.js and quality-resolution.js wrote them in this run.
 *
 *   node dist-bench/bench/quality-summary.js
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { findUp } from './lib/find-up';

interface Figures {
  n: number;
  precision: number;
  recall: number;
  f1: number;
}

type Json = Record<string, any>;

function read(name: string): Json | null {
  const file = join(dirname(findUp('package.json', __dirname)), 'bench', 'results', `${name}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Json) : null;
}

function prf(f: Figures): string {
  return `F1 ${f.f1.toFixed(3)} (P ${f.precision.toFixed(3)}, R ${f.recall.toFixed(3)}, n ${f.n})`;
}

function groups(result: Json): string {
  return Object.entries(result.groups as Record<string, { kind: string; rate: number; n: number }>)
    .map(([group, g]) => `${group} ${g.kind === 'recall' ? 'recall' : 'false'} ${g.rate.toFixed(3)}`)
    .join(', ');
}

function main(): void {
  const rows: Array<[string, string]> = [];
  const names = read('pairs-names');
  if (names) {
    rows.push(['name pairs dev, IN-SAMPLE at 0.70', prf(names.inSample.overall)]);
    const schemas = Object.entries(
      names.crossValidated.by.schema as Record<string, { tp: number; fp: number; fn: number }>,
    )
      .map(([schema, t]) => `${schema} ${((2 * t.tp) / Math.max(1, 2 * t.tp + t.fp + t.fn)).toFixed(3)}`)
      .join(', ');
    rows.push([
      `name pairs dev, ${names.crossValidated.k}-fold cross-validated threshold`,
      `${prf(names.crossValidated.overall)}; thresholds ${(names.crossValidated.thresholds as number[]).join('/')}; ${schemas}`,
    ]);
  }
  const orgs = read('pairs-orgs');
  if (orgs) {
    rows.push(['org pairs (ROR) at 0.70', `${prf(orgs.overall)}; ${groups(orgs)}`]);
  }
  const universityPairs = read('pairs-universities');
  if (universityPairs) {
    rows.push([
      'university pairs (ROR education, dev) at 0.70, without parent-child',
      `${prf(universityPairs.overall)}; ${groups(universityPairs)}`,
    ]);
  }
  const lists = read('pairs-lists');
  if (lists) {
    rows.push(['list pairs (from the lists) at 0.70', `${prf(lists.overall)}; ${groups(lists)}`]);
  }
  const universities = read('screening-universities');
  if (universities) {
    rows.push([
      'universities outside exposed countries',
      `${universities.outside.perThousand.toFixed(1)} alerted per 1,000 (${universities.outside.alerted}/${universities.outside.queries})`,
    ]);
  }
  const common = read('screening-commonNames');
  if (common) {
    rows.push([
      'common names (Person, name only)',
      `${common.perThousand.toFixed(1)} alerted per 1,000 (${common.alerted}/${common.queries}); not agreeing token for token ${common.notAgreeingPerThousand.toFixed(1)} per 1,000 (${common.notAgreeing})`,
    ]);
  }
  const negatives = read('screening-negatives');
  if (negatives) {
    for (const [file, result] of Object.entries(negatives)) {
      if (typeof result === 'object' && result !== null && 'perThousand' in result) {
        const r = result as { perThousand: number; alerted: number; queries: number };
        rows.push([
          `negatives ${file.replace('screening-negatives-', '').replace('.csv', '')}`,
          `${r.perThousand.toFixed(1)} alerted per 1,000 (${r.alerted}/${r.queries})`,
        ]);
      }
    }
  }
  const positives = read('screening-positives');
  if (positives) {
    rows.push([
      `UN positives (${positives.rows}, every miss counted)`,
      `recall@1 ${positives.recallAt1.toFixed(3)} (same person on any list ${positives.recallAt1SamePerson.toFixed(3)}), recall@5 ${positives.recallAt5.toFixed(3)}, at threshold ${positives.recallAtThreshold.toFixed(3)}`,
    ]);
  }
  const resolution = read('resolution');
  if (resolution?.figures?.dev) {
    for (const [group, t] of Object.entries(resolution.figures.dev as Record<string, Json>)) {
      // Sub-groups, and group 7's answers by status (counts without a tally's n), are printed by the bench itself.
      if (group.includes(' / ') || typeof t.n !== 'number') {
        continue;
      }
      rows.push([
        `resolution dev, IN-SAMPLE: ${group === 'all' ? 'all groups' : group}`,
        `wrong body ${((1000 * t.wrong) / Math.max(t.n, 1)).toFixed(1)} per 1,000 (${t.wrong} of ${t.n}); right ${t.right}, ambiguous ${t.ambiguous}, not found ${t.notFound}`,
      ]);
    }
    // Since res26: the queries as given split by whether a search of names can answer them (answerabilityOf).
    const split = (resolution.figures.dev as Json).answerability?.all as Json | undefined;
    if (split) {
      const [yes, no] = [split.answerable as Json, split.notAnswerable as Json];
      rows.push([
        'resolution dev, IN-SAMPLE: all groups, answerable by name',
        `wrong body ${yes.wrong} of ${yes.n}; right ${yes.right}` +
          (typeof yes.notFoundExpected === 'number' && yes.notFoundExpected > 0
            ? ` (${yes.notFoundExpected} a NOT_FOUND the query expects)`
            : '') +
          `, ambiguous ${yes.ambiguous}, not found ${yes.notFound}`,
      ]);
      rows.push([
        'resolution dev, IN-SAMPLE: all groups, not answerable by name',
        `not found (the honest answer) ${no.notFound} of ${no.n}; a wrong body ${no.wrong}, ambiguous ${no.ambiguous}`,
      ]);
    }
  }
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log('\n=== Summary (threshold 0.70; lists: everything `npm start` loads)');
  for (const [label, value] of rows) {
    console.log(`  ${label.padEnd(width)}  ${value}`);
  }
}

main();
