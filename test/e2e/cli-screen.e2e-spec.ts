import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../../src/cli/exit-codes';
import { RELAUNCH_MIN_INPUT_BYTES } from '../../src/cli/young-generation';
import { regionNames } from '../../src/matching/reference-data';
import { REGION_NAMES_FILE, type RegionNamesTable } from '../../src/matching/region-names-table';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { SavedScreeningIndex } from '../../src/screening/saved-screening-index';
import { removeLists } from '../helpers/remove-lists';
import { CLI, type CliRun, ROOT, run } from '../helpers/processes';
import { bootTestApp, builtCliContext, testConfig } from '../helpers/test-app';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'watchlists');
/**
 * Preloaded with `node -r`: on exit, writes to stderr how many modules of Nest and neo4j-driver the
 * process loaded, so a test can check that a command did not boot them.
 */
const REPORT_LOADED_MODULES = `process.on('exit', () => {
  const loaded = Object.keys(require.cache).filter((path) => /[\\\\/](@nestjs|neo4j-driver)[\\\\/]/.test(path));
  process.stderr.write('LOADED_HEAVY_MODULES=' + loaded.length + '\\n');
});
`;
/** Preloaded with `node -r`: on exit, writes to stderr the semi-space flag the process was started with. */
const REPORT_SEMI_SPACE = `process.on('exit', () => {
  const flag = process.execArgv.find((argument) => argument.startsWith('--max-semi-space-size')) ?? 'none';
  process.stderr.write('SEMI_SPACE=' + flag + '\\n');
});
`;
/** Nothing listens there: a command that reached for the database would fail. */
const NO_DATABASE = 'bolt://127.0.0.1:9';

describe('partner-graph CLI: start-up, usage errors and screen (the built CLI)', () => {
  let context: INestApplicationContext;
  let env: NodeJS.ProcessEnv;
  const folder = mkdtempSync(join(tmpdir(), 'cli-screen-'));
  const listId = `test-${randomUUID().slice(0, 8)}`;
  const identifierListId = `test-${randomUUID().slice(0, 8)}`;
  const preload = join(folder, 'report-loaded-modules.cjs');
  writeFileSync(preload, REPORT_LOADED_MODULES);
  const semiSpacePreload = join(folder, 'report-semi-space.cjs');
  writeFileSync(semiSpacePreload, REPORT_SEMI_SPACE);

  const cli = (...args: string[]): Promise<CliRun> => run(process.execPath, [CLI, ...args], env);
  const offline = (...args: string[]): Promise<CliRun> =>
    run(process.execPath, ['-r', preload, CLI, ...args], { ...env, NEO4J_URI: NO_DATABASE });

  beforeAll(async () => {
    ({ env, context } = await builtCliContext());
    // A tsc build and a database on a machine shared by several test runs.
  }, 360_000);

  afterAll(async () => {
    if (context) {
      await removeLists(context.get(Neo4jService), [listId, identifierListId]);
      await context.close();
    }
  });

  it("ships in the build ICU's country names exactly as ICU gives them to this Node now", () => {
    const table = JSON.parse(
      readFileSync(join(ROOT, 'dist', 'matching', 'reference', REGION_NAMES_FILE), 'utf8'),
    ) as RegionNamesTable;

    expect(table).toMatchObject({ node: process.version, icu: process.versions.icu, cldr: process.versions.cldr });
    expect(table.names).toEqual([...regionNames()]);
  });

  it('prints the package version for --version, exiting 0 without loading Nest or the driver', async () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

    const result = await offline('--version');

    expect(result).toMatchObject({ code: 0, stdout: `${manifest.version}\n` });
    expect(result.stderr).toContain('LOADED_HEAVY_MODULES=0');
  });

  it('prints help, naming the exit codes, without loading Nest or the driver', async () => {
    const result = await offline('--help');

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Exit codes: 0 done, 1 failed');
    expect(result.stderr).toContain('LOADED_HEAVY_MODULES=0');
  });

  it('scores pairs with match-pairs without a database, Nest or the driver, printing a --json summary', async () => {
    const input = join(folder, 'pairs.csv');
    const output = join(folder, 'pairs-scored.csv');
    writeFileSync(
      input,
      'schema,name1,name2,note\nPerson,Maria Osetrova,Mariya Osetrova,kept\nPerson,Anna Berg,Lars Holm,x\n',
    );

    const result = await offline('match-pairs', '--input', input, '--output', output, '--json');

    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('LOADED_HEAVY_MODULES=0');
    expect(JSON.parse(result.stdout)).toMatchObject({ pairs: 2, output });
    const lines = readFileSync(output, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('schema,name1,name2,note,score,match');
    expect(lines[1]).toMatch(/^Person,Maria Osetrova,Mariya Osetrova,kept,0\.\d{3},true$/);
    expect(lines[2]).toMatch(/,false$/);
    process.stderr.write(`match-pairs end to end: ${result.seconds.toFixed(2)} s\n`);
  });

  it.each([
    [['screen', '--input', 'no-such-file.csv', '--output', 'out.jsonl'], '--input', 'a missing input file'],
    [['match-pairs', '--input', 'no-such-file.csv', '--output', 'out.csv'], '--input', 'a missing pairs file'],
    [['screen', '--input', 'package.json', '--output', 'out.jsonl', '--limit', '0'], '--limit', 'a limit of 0'],
    [['screen', '--input', 'package.json', '--output', 'out.jsonl', '--threshold', 'abc'], '--threshold', 'text'],
    [['screen', '--input', 'package.json', '--output', '/no/such/folder/out.jsonl'], '--output', 'no folder'],
    [['screen', '--input', 'package.json'], '--output', 'a required option left out'],
    [['screen', '--input', 'package.json', '--output', 'o.jsonl', '--limt', '3'], '--limt', 'a mistyped option'],
    [['screen', '--input', 'package.json', '--output', 'o.jsonl', '--workers', '0'], '--workers', 'no thread'],
    [['import', '--format', 'ftm', 'no-such-list.json'], 'path', 'a missing list file'],
    [['sync', '--bogus'], '--bogus', 'an unknown sync option'],
  ])('exits 2 with one line naming %j for %s, before any work', async (args, named) => {
    const result = await offline(...args);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(2); // the message, then the loaded-modules report
    expect(lines[0]).toContain(named);
    expect(result.stderr).toContain('LOADED_HEAVY_MODULES=0');
  });

  it('writes one line per row with riskLevel, pathRisks and freshness, the refused row its error, and a --json summary', async () => {
    const imported = await cli(
      'import',
      '--format',
      'ftm',
      join(FIXTURES, 'ftm', 'zala.entities.ftm.json'),
      '--list',
      listId,
      '--json',
    );
    expect(imported.code, imported.stderr).toBe(0);
    const input = join(folder, 'parties.csv');
    const output = join(folder, 'results.jsonl');
    writeFileSync(
      input,
      [
        'id,name,schema,country',
        'p-1,Example Partner University,,',
        'p-2,Maria Aleksandrovna Osetrova,Person,ru',
        'p-3,Zzyzx Qwerty Nonexistent Body,,',
        'p-4,Someone,,Narnia',
      ].join('\n'),
    );

    const result = await cli('screen', '--input', input, '--output', output, '--json');

    expect(result.code, result.stderr).toBe(0);
    // stderr is not a terminal here: no progress bar, and stdout is the one summary line.
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const summary = JSON.parse(result.stdout) as { cpuSeconds: unknown };
    expect(summary).toMatchObject({ rows: 4, refused: 1, output });
    // The screening process's own CPU (every thread), the figure the bench reports a row.
    expect(typeof summary.cpuSeconds).toBe('number');
    expect(summary.cpuSeconds).toBeGreaterThan(0);
    const rows = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows.map((row) => row.id)).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);

    const [partner, listed, nobody, refused] = rows as Array<Record<string, any>>;
    // Each screened row is the REST screen result (POST /api/screen) with the row's id and query.
    for (const screened of [partner, listed, nobody]) {
      expect(Object.keys(screened)).toEqual(
        expect.arrayContaining([
          'row',
          'id',
          'query',
          'matches',
          'riskLevel',
          'riskReasons',
          'pathRisks',
          'pathRisksTruncated',
          'listVersions',
          'resolution',
          'rulesVersion',
          'indexGeneration',
        ]),
      );
      expect(screened.riskReasons.length).toBeGreaterThan(0);
      expect(Array.isArray(screened.pathRisks)).toBe(true);
    }
    expect(partner.matches[0]).toMatchObject({ name: 'Example Partner University', curated: true });

    expect(listed.matches[0]).toMatchObject({
      match: true,
      lists: expect.arrayContaining([expect.objectContaining({ id: listId })]),
    });
    expect(listed.riskLevel).not.toBe('NONE');
    const version = (listed.listVersions as Array<Record<string, unknown>>).find((one) => one.listId === listId);
    expect(version).toMatchObject({ versionId: `${listId}@1`, stale: false });
    expect(version).toHaveProperty('freshAsOf');

    expect(nobody).toMatchObject({ riskLevel: 'NONE', pathRisks: [] });
    expect(refused).toMatchObject({
      row: 4,
      id: 'p-4',
      error: { code: 'BAD_USER_INPUT', reason: 'SCREENING_INPUT_INVALID', field: 'country[0]' },
    });
    // Two CLI runs, each booting Nest and building the index, on a shared machine.
  }, 240_000);

  it('reads a CSV\'s identifiers column (";" between several) as REST\'s identifiers: the line a JSON row with them gets', async () => {
    // A made-up listed company with a registration number of its own (other test files import shared fixtures
    // under lists of their own, so a fixture's number may have several holders in the shared test database;
    // an identifier finds an entry by itself only when one entry alone holds it).
    const number = `QX${randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`;
    const listFile = join(folder, 'identifier-list.ftm.json');
    writeFileSync(
      listFile,
      JSON.stringify({
        id: 'quarrow-vantell-trading',
        schema: 'Company',
        caption: 'Quarrow Vantell Trading LLC',
        properties: {
          name: ['Quarrow Vantell Trading LLC'],
          registrationNumber: [number],
          country: ['nl'],
          topics: ['sanction'],
        },
      }),
    );
    const imported = await cli('import', '--format', 'ftm', listFile, '--list', identifierListId, '--json');
    expect(imported.code, imported.stderr).toBe(0);
    // A made-up name with the company's registration number: the number alone finds it.
    const csv = join(folder, 'identifiers.csv');
    writeFileSync(
      csv,
      ['id,name,schema,identifiers', `r-1,Brindle Marsh Exports,Company,XZ-0001; ${number}`].join('\n'),
    );
    const jsonl = join(folder, 'identifiers.jsonl');
    writeFileSync(
      jsonl,
      JSON.stringify({
        id: 'r-1',
        name: 'Brindle Marsh Exports',
        schema: 'Company',
        country: null,
        dateOfBirth: null,
        identifiers: ['XZ-0001', number],
      }),
    );
    const screened = async (input: string): Promise<Record<string, any>> => {
      const output = `${input}.out.jsonl`;
      const result = await cli('screen', '--input', input, '--output', output, '--no-path-risks');
      expect(result.code, result.stderr).toBe(0);
      const {
        screenedAt: _at,
        indexBuiltAt: _built,
        indexAgeSeconds: _age,
        ...line
      } = JSON.parse(readFileSync(output, 'utf8').trim()) as Record<string, any>;
      return line;
    };

    const fromCsv = await screened(csv);
    const fromJsonl = await screened(jsonl);

    expect(fromCsv.query).toMatchObject({ identifiers: ['XZ-0001', number] });
    expect(fromCsv.matches[0]).toMatchObject({
      match: true,
      lists: expect.arrayContaining([expect.objectContaining({ id: identifierListId })]),
      features: expect.arrayContaining([expect.objectContaining({ name: 'identifier', value: 1 })]),
    });
    expect(fromCsv).toEqual(fromJsonl);
  }, 240_000);

  it('gives each row the result POST /api/screen/batch gives it: the same matches, scores, resolution, paths and level', async () => {
    const rows = [
      { id: 'a-1', name: 'Harbin Engineering University' },
      { id: 'a-2', name: 'National University of Defense Technology', country: ['cn'] },
      { id: 'a-3', name: 'NUDT' },
      { id: 'a-4', name: 'Maria Aleksandrovna Osetrova', schema: 'Person', country: ['ru'] },
      { id: 'a-5', name: '哈尔滨工程大学' },
      { id: 'a-6', name: 'Zzyzx Qwerty Nonexistent Body' },
      { id: 'a-7', name: 'Someone', country: ['Narnia'] },
      { id: 'a-8', name: 'Example Partner University' },
    ];
    const input = join(folder, 'compare.jsonl');
    const output = join(folder, 'compare-results.jsonl');
    writeFileSync(input, rows.map((row) => JSON.stringify(row)).join('\n'));
    // Everything but the moment and the index's age, which differ between two processes by design.
    const comparable = (row: Record<string, any>): Record<string, unknown> => {
      const { row: _row, query: _query, screenedAt: _at, indexBuiltAt: _built, indexAgeSeconds: _age, ...rest } = row;
      return rest.error
        ? {
            id: rest.id,
            error: { code: rest.error.code, field: String(rest.error.field).replace(/^inputs\[\d+\]\./, '') },
          }
        : rest;
    };
    // Two processes build their indexes at different moments, and other test files change the shared
    // graph meanwhile (some by direct writes that raise no generation), so one comparison may see two
    // graphs: each attempt starts both from the graph as it is then (no saved index), up to three times.
    let fromCli: Array<Record<string, any>> = [];
    let fromApi: Array<Record<string, unknown>> = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      rmSync(SavedScreeningIndex.forConfig(testConfig({ NEO4J_URI: String(env.NEO4J_URI) })).file, { force: true });
      const api = await bootTestApp();
      try {
        const result = await cli('screen', '--input', input, '--output', output, '--batch-size', '3', '--json');
        expect(result.code, result.stderr).toBe(0);
        fromCli = readFileSync(output, 'utf8')
          .trim()
          .split('\n')
          .map((line) => comparable(JSON.parse(line) as Record<string, any>));
        const generation = fromCli.find((row) => 'indexGeneration' in row)!.indexGeneration;
        // The API process builds its own index from the same graph: compare once it is at the same generation.
        for (let poll = 0; poll < 30; poll++) {
          const response = await fetch(`${api.url}/api/screen/batch`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ inputs: rows }),
          });
          expect(response.status).toBe(200);
          fromApi = ((await response.json()) as Array<Record<string, any>>).map(comparable);
          if (fromApi.find((row) => 'indexGeneration' in row)?.indexGeneration === generation) {
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      } finally {
        await api.close();
      }
      if (JSON.stringify(fromCli) === JSON.stringify(fromApi)) {
        break;
      }
    }

    expect(fromCli.map((row) => row.id)).toEqual(rows.map((row) => row.id));
    expect(fromCli).toEqual(fromApi);
    // The comparison covers walked paths and a refused row, not only empty answers.
    const walked = fromCli.filter((row) => Array.isArray(row.pathRisks) && row.pathRisks.length > 0);
    expect(walked.length).toBeGreaterThan(0);
    expect(fromCli[6]).toMatchObject({ error: { field: 'country[0]' } });
  }, 600_000);

  it.each([['1'], ['2']])(
    'exits 3 with one line naming the database when it does not answer at start, worker threads or not (--workers %s)',
    async (workers) => {
      const input = join(folder, 'unanswered.csv');
      writeFileSync(input, 'id,name\nu-1,Example Partner University\nu-2,Another Body\n');

      const result = await offline(
        'screen',
        '--input',
        input,
        '--output',
        join(folder, 'unanswered.jsonl'),
        '--batch-size',
        '1',
        '--workers',
        workers,
      );

      expect(result.code, result.stderr).toBe(EXIT_CODES.databaseUnavailable);
      const lines = result.stderr
        .trim()
        .split('\n')
        .filter((line) => !line.startsWith('LOADED_HEAVY_MODULES='));
      expect(lines, result.stderr).toHaveLength(1);
      expect(result.stderr).toContain(`DATABASE_UNAVAILABLE: Neo4j at ${NO_DATABASE} is not reachable`);
    },
    60_000,
  );

  it('screens a large file in a Node started again with a 64 MB semi-space, unless the caller chose a size', async () => {
    // One row, padded past RELAUNCH_MIN_INPUT_BYTES by a column that screening ignores.
    const large = join(folder, 'semi-space-large.csv');
    writeFileSync(large, `id,name,note\ns-1,Example Partner University,${'x'.repeat(RELAUNCH_MIN_INPUT_BYTES)}\n`);
    const small = join(folder, 'semi-space-small.csv');
    writeFileSync(small, 'id,name\ns-1,Example Partner University\n');
    const output = join(folder, 'semi-space.jsonl');
    const screen = (input: string, ...nodeArguments: string[]): Promise<CliRun> =>
      run(
        process.execPath,
        [
          ...nodeArguments,
          '-r',
          semiSpacePreload,
          CLI,
          'screen',
          '--input',
          input,
          '--output',
          output,
          '--workers',
          '1',
        ],
        env,
      );
    const reports = (result: CliRun): string[] | null => result.stderr.match(/SEMI_SPACE=.*/g);

    const started = await screen(large);
    const lines = readFileSync(output, 'utf8').trim().split('\n');
    const chosen = await screen(large, '--max-semi-space-size=32');
    const once = await screen(small);

    expect(started.code, started.stderr).toBe(0);
    // The command's own process waits; the one it started, with the flag, screened the row.
    expect(reports(started)).toEqual(['SEMI_SPACE=--max-semi-space-size=64', 'SEMI_SPACE=none']);
    expect(lines).toHaveLength(1);
    expect(chosen.code, chosen.stderr).toBe(0);
    expect(reports(chosen)).toEqual(['SEMI_SPACE=--max-semi-space-size=32']);
    expect(once.code, once.stderr).toBe(0);
    expect(reports(once)).toEqual(['SEMI_SPACE=none']);
  }, 120_000);

  it('writes the same lines, in input order, with worker threads, alone, and reusing repeated rows', async () => {
    const rows = Array.from({ length: 36 }, (_, position) => {
      const names = [
        { name: 'Example Partner University' },
        { name: 'Maria Aleksandrovna Osetrova', schema: 'Person', country: ['ru'] },
        { name: 'Zzyzx Qwerty Nonexistent Body' },
        { name: 'Someone', country: ['Narnia'] },
      ];
      return { id: `w-${position + 1}`, ...names[position % names.length] };
    });
    const input = join(folder, 'workers.jsonl');
    writeFileSync(input, rows.map((row) => JSON.stringify(row)).join('\n'));
    const screened = async (...options: string[]): Promise<Array<Record<string, unknown>>> => {
      const output = join(folder, `workers-out${options.join('')}.jsonl`);
      const result = await cli('screen', '--input', input, '--output', output, '--batch-size', '4', ...options);
      expect(result.code, result.stderr).toBe(0);
      // Everything but the moment of each row and the index's age then.
      return readFileSync(output, 'utf8')
        .trim()
        .split('\n')
        .map((line) => {
          const { screenedAt: _at, indexAgeSeconds: _age, ...rest } = JSON.parse(line) as Record<string, unknown>;
          return rest;
        });
    };

    // Every row screened: in the command's thread alone, then in three threads (nine batches): the
    // command's own and two worker threads.
    const alone = await screened('--workers', '1', '--no-reuse');
    const threads = await screened('--workers', '3', '--no-reuse');
    // The default: each of the four queries screened once, the other 32 rows given its result.
    const reused = await screened();

    expect(threads.map((row) => row.id)).toEqual(rows.map((row) => row.id));
    expect(threads).toEqual(alone);
    expect(reused).toEqual(alone);
    expect(threads.filter((row) => 'error' in row)).toHaveLength(9);
  }, 240_000);

  it("times a run's start-up at LOG_LEVEL=debug: each worker's context and index, the first and last rows", async () => {
    const input = join(folder, 'phases.csv');
    writeFileSync(input, 'id,name\np-1,Example Partner University\np-2,Zzyzx Qwerty Nonexistent Body\n');
    const output = join(folder, 'phases.jsonl');
    const result = await run(
      process.execPath,
      [CLI, 'screen', '--input', input, '--output', output, '--batch-size', '1', '--workers', '2'],
      { ...env, LOG_LEVEL: 'debug', NO_COLOR: '1' },
    );

    expect(result.code, result.stderr).toBe(0);
    const seconds = '(\\d+\\.\\d{2}) s after the process started';
    // Two batches of one row: the command's own thread (thread 0) and one worker thread screen, and
    // each boots its context and reads the index.
    for (const phase of ['context booted', 'index loaded']) {
      const threads = [...result.stderr.matchAll(new RegExp(`ScreenWorker (\\d+).*${phase} ${seconds}`, 'g'))].map(
        (line) => Number(line[1]),
      );
      expect(
        threads.sort((left, right) => left - right),
        phase,
      ).toEqual([0, expect.any(Number)]);
      expect(threads[1], phase).toBeGreaterThan(0);
    }
    const rows = /screen: command started (\S+) s, first rows written (\S+) s, last (\S+) s after/.exec(result.stderr);
    expect(rows, result.stderr).not.toBeNull();
    const [started, first, last] = rows!.slice(1).map(Number);
    expect(started).toBeLessThanOrEqual(first);
    expect(first).toBeLessThanOrEqual(last);
  }, 120_000);
});
