/**
 * Name pairs against OpenSanctions' logic-v2 (nomenklatura's `LogicV2`, the default algorithm of yente's
 * /match), side by side with our pair scorer, per case group, per schema and overall.
 *
 * 1. Creates a Python venv under .data/logic-v2-venv (once; `pip install -r bench/logic-v2/requirements.txt`,
 *    so it needs network the first time) and runs bench/logic-v2/score_pairs.py, which scores every pair of
 *    bench/data/name-pairs-dev.csv as yente does: two FollowTheMoney entities of the pair's schema with the
 *    names as `name`, `LogicV2.compare` with the default config, a match at yente's default threshold 0.70.
 *    Per-pair scores go to bench/results/logic-v2-pairs.json.
 * 2. Scores the same pairs with `matchPairs` (the code path of bench:quality:names) at MATCH_THRESHOLD.
 * 3. Prints P/R/F1 for both, and every pair one of them gets right and the other wrong.
 *
 * Our figures are IN-SAMPLE (the rules and the threshold were developed on this file); logic-v2 was not tuned
 * on it. Not part of `npm test` or CI (pip needs network).
 *
 * Another pair file of bench/data may be named: `list-pairs-dev.csv` (the rules were tuned looking at its
 * errors) or `list-pairs-heldout.csv` (figures only, never its pairs: nothing was tuned on it), grouped
 * by its `group` column; a group without positives reports false matches.
 *
 *   npm run bench:quality:logic-v2      (LOGIC_V2_PYTHON=/path/to/python to use another interpreter)
 *   npm run bench:build && node dist-bench/bench/quality-logic-v2.js list-pairs-heldout.csv
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { MATCH_THRESHOLD, matchPairs, type NamePairRow } from '../src/matching';
import { findUp } from './lib/find-up';
import { figures, groupBy, printGroups, rounded, tally, writeResults, type Tally } from './lib/pair-quality';

interface LogicV2Pair {
  index: number;
  score: number;
  match: boolean;
  explanations: Record<string, string>;
}

interface LogicV2Output {
  algorithm: string;
  threshold: number;
  versions: Record<string, string>;
  pairs: LogicV2Pair[];
}

interface Compared {
  row: NamePairRow;
  expected: boolean;
  ours: number;
  oursReason: string;
  logicV2: number;
  logicV2Reason: string;
  logicV2Match: boolean;
}

const root = dirname(findUp('package.json', __dirname));
const venv = join(root, '.data', 'logic-v2-venv');
const requirements = join(root, 'bench', 'logic-v2', 'requirements.txt');
const script = join(root, 'bench', 'logic-v2', 'score_pairs.py');

function run(command: string, args: string[]): void {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`${command} failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
}

/** The interpreter with nomenklatura installed: LOGIC_V2_PYTHON, else a venv under .data made once. */
function python(): string {
  if (process.env.LOGIC_V2_PYTHON) {
    return process.env.LOGIC_V2_PYTHON;
  }
  const interpreter = join(venv, 'bin', 'python');
  const marker = join(venv, '.requirements-installed');
  if (!existsSync(marker) || readFileSync(marker, 'utf8') !== readFileSync(requirements, 'utf8')) {
    if (!existsSync(interpreter)) {
      run('python3', ['-m', 'venv', venv]);
    }
    run(interpreter, ['-m', 'pip', 'install', '--quiet', '-r', requirements]);
    writeFileSync(marker, readFileSync(requirements, 'utf8'));
  }
  return interpreter;
}

function line(label: string, ours: Tally, theirs: Tally): string {
  const a = figures(ours);
  const b = figures(theirs);
  const lead = a.f1 - b.f1;
  return `${label.padEnd(24)} n=${String(a.n).padStart(4)}  ours P=${a.precision.toFixed(3)} R=${a.recall.toFixed(3)} F1=${a.f1.toFixed(3)}  |  logic-v2 P=${b.precision.toFixed(3)} R=${b.recall.toFixed(3)} F1=${b.f1.toFixed(3)}  |  ${lead >= 0 ? '+' : ''}${lead.toFixed(3)}${lead < 0 ? '  BEHIND' : ''}`;
}

function falseMatches(label: string, ours: Tally, theirs: Tally): string {
  const n = ours.fp + ours.tn;
  return `${label.padEnd(24)} n=${String(n).padStart(4)}  ours ${ours.fp} false matches  |  logic-v2 ${theirs.fp} false matches  |  ${ours.fp <= theirs.fp ? 'ahead or level' : 'BEHIND'}`;
}

function main(): void {
  const setFile = process.argv[2] ?? 'name-pairs-dev.csv';
  const namePairs = setFile === 'name-pairs-dev.csv';
  const heldOut = setFile.includes('heldout');
  const file = findUp(join('bench', 'data', setFile), __dirname);
  const rows = parse<NamePairRow>(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, bom: true });
  const outFile = join(
    root,
    'bench',
    'results',
    namePairs ? 'logic-v2-pairs.json' : `logic-v2-${setFile.replace(/\.csv$/, '')}.json`,
  );
  mkdirSync(dirname(outFile), { recursive: true });
  run(python(), [script, file, outFile]);
  const output = JSON.parse(readFileSync(outFile, 'utf8')) as LogicV2Output;
  if (output.pairs.length !== rows.length) {
    throw new Error(`logic-v2 scored ${output.pairs.length} pairs of ${rows.length}`);
  }
  const ours = matchPairs(rows);
  const compared: Compared[] = rows.map((row, index) => {
    const theirs = output.pairs[index];
    return {
      row,
      expected: row.is_match === 'true',
      ours: ours[index].score,
      oursReason: ours[index].features
        .filter((feature) => feature.reason)
        .map((feature) => `${feature.name}: ${feature.reason}`)
        .join(' | '),
      logicV2: theirs.score,
      logicV2Match: theirs.match,
      logicV2Reason: Object.entries(theirs.explanations)
        .map(([name, value]) => `${name}: ${value}`)
        .join(' | '),
    };
  });
  const versions = Object.entries(output.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  console.log(`\n=== Name pairs: ours vs logic-v2 (${file}, ${rows.length} pairs)`);
  console.log(
    `ours: matchPairs at ${MATCH_THRESHOLD} (${heldOut ? 'HELD OUT: nothing was tuned on this file' : 'IN-SAMPLE: rules and threshold developed on this file'})`,
  );
  console.log(
    `logic-v2: ${output.algorithm} at ${output.threshold} (yente's default; not tuned on this file); ${versions}`,
  );
  const oursTally = (subset: Compared[]) =>
    tally(
      subset.map((c) => ({ expected: c.expected, score: c.ours })),
      MATCH_THRESHOLD,
    );
  const theirTally = (subset: Compared[]) =>
    tally(
      subset.map((c) => ({ expected: c.expected, score: c.logicV2 })),
      output.threshold,
    );
  const result: Record<string, unknown> = {
    set: setFile.replace(/\.csv$/, ''),
    threshold: { ours: MATCH_THRESHOLD, logicV2: output.threshold },
    algorithm: output.algorithm,
    versions: output.versions,
  };
  console.log(line('overall', oursTally(compared), theirTally(compared)));
  result.overall = { ours: rounded(figures(oursTally(compared))), logicV2: rounded(figures(theirTally(compared))) };
  for (const key of [namePairs ? 'case_group' : 'group', 'schema']) {
    console.log(`by ${key}`);
    const by: Record<string, unknown> = {};
    for (const [value, subset] of groupBy(compared, (c) => c.row[key] || '(none)')) {
      const positives = subset.some((c) => c.expected);
      console.log((positives ? line : falseMatches)(`  ${value}`, oursTally(subset), theirTally(subset)));
      by[value] = { ours: rounded(figures(oursTally(subset))), logicV2: rounded(figures(theirTally(subset))) };
    }
    result[key] = by;
  }

  const right = (c: Compared, score: number, threshold: number) => c.expected === score >= threshold;
  const describe = (c: Compared) => ({
    group: `${c.expected ? 'missed match' : 'false match'}: ${c.row.case_group ?? c.row.group} / ${c.row.schema}${c.row.category ? ` / ${c.row.category}` : ''}`,
    line: `ours ${c.ours.toFixed(3)}  logic-v2 ${c.logicV2.toFixed(3)}  ${c.row.name1}  |  ${c.row.name2}  [${c.row.quality ?? ''}] ${c.row.notes ?? ''}\n        ours: ${c.oursReason}\n        logic-v2: ${c.logicV2Reason}`,
  });
  const theyWin = compared.filter((c) => right(c, c.logicV2, output.threshold) && !right(c, c.ours, MATCH_THRESHOLD));
  const weWin = compared.filter((c) => !right(c, c.logicV2, output.threshold) && right(c, c.ours, MATCH_THRESHOLD));
  const bothWrong = compared.filter(
    (c) => !right(c, c.logicV2, output.threshold) && !right(c, c.ours, MATCH_THRESHOLD),
  );
  if (heldOut) {
    console.log(
      `\nheld out: logic-v2 right and ours wrong ${theyWin.length}, ours right and logic-v2 wrong ${weWin.length}, both wrong ${bothWrong.length} (pairs not printed)`,
    );
  } else {
    printGroups('logic-v2 right, ours wrong', theyWin.map(describe));
    printGroups('ours right, logic-v2 wrong', weWin.map(describe));
    printGroups('both wrong', bothWrong.map(describe));
  }
  const record = (c: Compared) => ({
    case_group: c.row.case_group ?? c.row.group,
    schema: c.row.schema,
    expected: c.expected,
    name1: c.row.name1,
    name2: c.row.name2,
    ours: c.ours,
    logicV2: c.logicV2,
  });
  if (!heldOut) {
    result.logicV2RightOursWrong = theyWin.map(record);
    result.oursRightLogicV2Wrong = weWin.map(record);
    result.bothWrong = bothWrong.map(record);
  }
  console.log(
    `results: ${writeResults(namePairs ? 'pairs-logic-v2' : `pairs-logic-v2-${setFile.replace(/\.csv$/, '')}`, result)}`,
  );
}

main();
