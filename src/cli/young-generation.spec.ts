import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { findProjectRoot } from '../common/project-root';
import { EXIT_CODES } from './exit-codes';
import {
  API_SEMI_SPACE_MB,
  apiRelaunchArguments,
  earlyRelaunchArguments,
  RELAUNCH_MIN_INPUT_BYTES,
  relaunchArguments,
  runAgainWith,
  SCREEN_COMPILER_FLAGS,
  SCREEN_SEMI_SPACE_MB,
  SCREEN_WORKER_RESOURCE_LIMITS,
} from './young-generation';

const FLAG = `--max-semi-space-size=${SCREEN_SEMI_SPACE_MB}`;
const API_FLAG = `--max-semi-space-size=${API_SEMI_SPACE_MB}`;
const [INLINING, INTERRUPT_BUDGET] = SCREEN_COMPILER_FLAGS;

describe(relaunchArguments.name, () => {
  const large = RELAUNCH_MIN_INPUT_BYTES;
  it.each<[number, string[], string | undefined, string[] | null, string]>([
    [large, [], undefined, [FLAG, INLINING, INTERRUPT_BUDGET], 'a large file, no flag: started again with them'],
    [
      large - 1,
      [],
      undefined,
      null,
      'a small file: screened in the first Node (a second start costs more than it saves)',
    ],
    [
      large,
      ['--enable-source-maps'],
      undefined,
      [FLAG, INLINING, INTERRUPT_BUDGET, '--enable-source-maps'],
      "Node's own arguments kept",
    ],
    [
      large,
      ['--interrupt_budget=50000'],
      undefined,
      [FLAG, INLINING, '--interrupt_budget=50000'],
      "the caller's own compiler flag kept, in either spelling, and not given twice",
    ],
    [
      large,
      ['--interrupt-budget-for-feedback-allocation=100'],
      undefined,
      [FLAG, INLINING, INTERRUPT_BUDGET, '--interrupt-budget-for-feedback-allocation=100'],
      'a different flag whose name begins with a compiler flag name does not count as it',
    ],
    [large, ['--max-semi-space-size=16'], undefined, null, "the caller's size in Node's arguments is kept"],
    [large, [], '--max-old-space-size=4096 --max-semi-space-size=32', null, 'the size in NODE_OPTIONS is kept'],
    [large, ['--max-semi-space-size', '16'], undefined, null, 'the flag with its value apart is seen too'],
    [large, [FLAG], undefined, null, 'the started-again process screens itself'],
  ])('%i bytes, %j with NODE_OPTIONS %j: %j (%s)', (bytes, execArgv, nodeOptions, expected) => {
    expect(relaunchArguments(bytes, execArgv, nodeOptions)).toEqual(expected);
  });
});

describe(earlyRelaunchArguments.name, () => {
  const files: Record<string, number> = {
    'large.csv': RELAUNCH_MIN_INPUT_BYTES,
    'small.csv': RELAUNCH_MIN_INPUT_BYTES - 1,
  };
  const sizeOf = (path: string): number | null => files[path] ?? null;
  const relaunched = [FLAG, INLINING, INTERRUPT_BUDGET];
  it.each<[string[], string[], string[] | null, string]>([
    [
      ['screen', '--input', 'large.csv', '--output', 'out.jsonl'],
      [],
      relaunched,
      'screen of a large file: started again before commander loads',
    ],
    [['screen', '--output', 'out.jsonl', '--input=large.csv', '--json'], [], relaunched, 'the --input=<file> spelling'],
    [['screen', '--input', 'small.csv', '--output', 'out.jsonl'], [], null, 'a small file: screened in the first Node'],
    [
      ['screen', '--input', 'missing.csv', '--output', 'out.jsonl'],
      [],
      null,
      'no such file: left to the command, which reports it',
    ],
    [
      ['screen', '--input', 'small.csv', '--input', 'large.csv'],
      [],
      relaunched,
      'the last --input counts, as in commander',
    ],
    [['screen', '--input'], [], null, '--input without its value: left to the command'],
    [['screen', '--', '--input', 'large.csv'], [], null, 'nothing after -- is an option'],
    [
      ['match-pairs', '--input', 'large.csv', '--output', 'out.csv'],
      [],
      null,
      'another command is never started again',
    ],
    [['--input', 'large.csv', 'screen'], [], null, 'screen must be the command'],
    [['screen', '--input', 'large.csv'], [FLAG], null, 'the started-again Node screens itself'],
    [['up'], [], [API_FLAG], "`up` from the bin: started again with the API's young generation (no compiler flags)"],
    [['serve'], [], [API_FLAG], '`serve` serves the same API: started again with it too'],
    [
      ['up'],
      ['--enable-source-maps'],
      [API_FLAG, '--enable-source-maps'],
      "`up`: Node's own arguments kept after the flag",
    ],
    [['up'], [API_FLAG], null, '`npm start` (its script gives the flag) and the started-again Node serve themselves'],
    [['up'], ['--max-semi-space-size=16'], null, "`up`: the caller's own size in Node's arguments is kept"],
    [['serve', '--help'], [], null, '`serve --help` only prints: no second Node'],
    [['db', 'start'], [], null, 'the local Neo4j commands serve no API'],
  ])('%j with %j: %j (%s)', (args, execArgv, expected) => {
    expect(earlyRelaunchArguments(args, execArgv, undefined, sizeOf)).toEqual(expected);
  });
});

describe(apiRelaunchArguments.name, () => {
  it.each<[string[], string | undefined, string[] | null, string]>([
    [[], undefined, [API_FLAG], "no size given: the API's"],
    [[], '--max-old-space-size=4096 --max-semi-space-size=32', null, 'the size in NODE_OPTIONS is kept'],
    [[], '--max-old-space-size=4096', [API_FLAG], 'NODE_OPTIONS without a semi-space: the flag is given'],
    [['--max-semi-space-size', '16'], undefined, null, 'the flag with its value apart is seen too'],
    [['--inspect'], undefined, [API_FLAG, '--inspect'], "Node's own arguments kept, after the flag"],
  ])('%j with NODE_OPTIONS %j: %j (%s)', (execArgv, nodeOptions, expected) => {
    expect(apiRelaunchArguments(execArgv, nodeOptions)).toEqual(expected);
  });

  it("is the size `npm start` gives the API, so `npm start` and the bin's `up` run alike (package.json's start)", () => {
    const manifest = JSON.parse(readFileSync(join(findProjectRoot(), 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };

    expect(manifest.scripts.start.split(/\s+/)).toEqual(['node', API_FLAG, 'dist/cli/main.js', 'up']);
  });
});

/**
 * A child Node that ends with `code`: at once (`ready` null), or when SIGTERM or SIGINT reaches it, having written the
 * file `ready` once its handlers are in place.
 */
function childScript(code: number, ready: string | null): string[] {
  return [
    '-e',
    ready === null
      ? `process.exit(${code})`
      : `const end = () => process.exit(${code}); process.on('SIGTERM', end); process.on('SIGINT', end);
         require('node:fs').writeFileSync(${JSON.stringify(ready)}, 'ready'); setInterval(() => undefined, 1000);`,
  ];
}

describe(runAgainWith.name, () => {
  it.each<[NodeJS.Signals, number, string]>([
    ['SIGTERM', 0, "a service manager's stop reaches the child, and its exit code is this process's"],
    ['SIGINT', 5, "Ctrl-C (SIGINT) reaches the child too, and a failing child's code is kept"],
  ])('passes %s on to the started-again Node and answers its code %i (%s)', async (signal, code) => {
    const signals = new EventEmitter();
    const ready = join(mkdtempSync(join(tmpdir(), 'run-again-')), 'ready');
    const ended = runAgainWith([], {
      commandLine: childScript(code, ready),
      signals: signals as unknown as Pick<NodeJS.Process, 'on' | 'off'>,
    });
    while (!existsSync(ready)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    signals.emit(signal, signal);

    expect(await ended).toBe(code);
    expect(signals.listenerCount(signal)).toBe(0);
  });

  it.each<[number, string]>([
    [0, 'a child that ends by itself: its code'],
    [3, "a child's failure code passed on as it is"],
  ])('answers %i for a child that exits so (%s)', async (code) => {
    expect(await runAgainWith([], { commandLine: childScript(code, null), signals: new EventEmitter() as never })).toBe(
      code,
    );
  });

  it('answers a failure for a child ended by a signal it does not handle', async () => {
    const ended = runAgainWith([], {
      commandLine: ['-e', 'process.kill(process.pid, "SIGKILL")'],
      signals: new EventEmitter() as never,
    });

    expect(await ended).toBe(EXIT_CODES.failure);
  });
});

/** A worker thread that churns short-lived objects and reports its limits and its new space's size after. */
function churnInWorker(resourceLimits: ResourceLimits): Promise<{ limit: number; newSpace: number }> {
  const code = `
    const { parentPort, resourceLimits } = require('node:worker_threads');
    const v8 = require('node:v8');
    let kept = [];
    for (let index = 0; index < 3000000; index++) {
      kept.push({ index, text: 'x' + index });
      if (kept.length > 200000) kept = [];
    }
    const newSpace = v8.getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
    parentPort.postMessage({ limit: resourceLimits.maxYoungGenerationSizeMb, newSpace });
  `;
  const worker = new Worker(code, { eval: true, resourceLimits });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

describe('SCREEN_WORKER_RESOURCE_LIMITS', () => {
  it('gives a screen worker thread a young generation that grows past the default one', async () => {
    const [screen, plain] = [await churnInWorker(SCREEN_WORKER_RESOURCE_LIMITS), await churnInWorker({})];
    expect(screen.limit).toBe(3 * SCREEN_SEMI_SPACE_MB);
    expect(screen.newSpace).toBeGreaterThan(plain.newSpace);
  });
});
