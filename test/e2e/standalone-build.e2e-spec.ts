import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../src/common/project-root';

const ROOT = findProjectRoot();

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    // No NEO4J_URI and a closed local port: nothing here may need a database.
    const env = { PATH: process.env.PATH, LOG_LEVEL: 'warn', NEO4J_LOCAL_PORT: '1' };
    execFile(process.execPath, args, { cwd, env, timeout: 170_000 }, (error, stdout, stderr) => {
      if (error !== null && typeof error.code !== 'number') {
        reject(new Error(`${args.join(' ')} did not run to its end: ${error.message}`, { cause: error }));
        return;
      }
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}

describe('the built package, copied away from the source tree', () => {
  /** A folder outside the project holding only dist/, package.json and node_modules, as installed. */
  let installed: string;

  beforeAll(async () => {
    // What `npm run build` runs.
    const compile = await run(
      [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
      ROOT,
    );
    expect(compile, compile.stdout).toMatchObject({ code: 0 });
    const copy = await run([join(ROOT, 'tools', 'copy-build-data.mjs')], ROOT);
    expect(copy, copy.stderr).toMatchObject({ code: 0 });

    installed = mkdtempSync(join(tmpdir(), 'partner-graph-installed-'));
    cpSync(join(ROOT, 'dist'), join(installed, 'dist'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(installed, 'package.json'));
    symlinkSync(join(ROOT, 'node_modules'), join(installed, 'node_modules'), 'dir');
  });

  afterAll(() => {
    if (installed) {
      rmSync(installed, { recursive: true, force: true });
    }
  });

  it('prints the commands with --help', async () => {
    const result = await run(['dist/cli/main.js', '--help'], installed);

    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('up');
    expect(result.stdout).toContain('match-pairs');
  });

  it('scores name pairs with match-pairs, reading the name reference data from the copy', async () => {
    writeFileSync(
      join(installed, 'pairs.csv'),
      'schema,name1,name2\nPerson,John Smith,Smith John\nOrganization,Acme Trading LLC,Acme Trading Limited Liability Company\nPerson,John Smith,Maria Garcia\n',
    );

    const result = await run(
      ['dist/cli/main.js', 'match-pairs', '--input', 'pairs.csv', '--output', 'scored.csv'],
      installed,
    );

    expect(result.code, result.stderr).toBe(0);
    const lines = readFileSync(join(installed, 'scored.csv'), 'utf8').trim().split('\n');
    expect(lines[0]).toContain('score');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/,true$/);
    expect(lines[3]).toMatch(/,false$/);
  });

  it('reads the risk rules, the Cypher statements, the seed and the sample lists from the copy', async () => {
    const script = `
      const { loadRiskRules } = require('./dist/risk/risk-rules');
      const { CypherRegistry } = require('./dist/neo4j/cypher-registry');
      const { dataRoot } = require('./dist/common/project-root');
      const fs = require('node:fs');
      const path = require('node:path');
      const manifest = JSON.parse(fs.readFileSync(path.join(dataRoot(), 'seed', 'watchlists.json'), 'utf8'));
      console.log(JSON.stringify({
        rulesVersion: loadRiskRules().version,
        statements: new CypherRegistry().names().length,
        dataRoot: dataRoot(),
        sampleLists: manifest.lists.map((list) => fs.existsSync(path.join(dataRoot(), list.path))),
      }));`;

    const result = await run(['-e', script], installed);

    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as {
      rulesVersion: unknown;
      statements: number;
      dataRoot: string;
      sampleLists: boolean[];
    };
    expect(report.rulesVersion).toBeTruthy();
    expect(report.statements).toBeGreaterThan(20);
    expect(report.dataRoot).toBe(join(installed, 'dist', 'data'));
    expect(report.sampleLists.length).toBeGreaterThan(0);
    expect(report.sampleLists.every(Boolean)).toBe(true);
    expect(existsSync(join(installed, 'dist', 'data', 'seed', 'sample-lists', 'NOTICE.md'))).toBe(true);
  });
});
