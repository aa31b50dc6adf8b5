import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_RESULT_KEYS } from '../../src/watchlists/import-result';
import { WatchlistsService } from '../../src/watchlists/watchlists.service';
import { CLI, type CliRun, ROOT, run } from '../helpers/processes';
import { builtCliContext } from '../helpers/test-app';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'watchlists');

describe('partner-graph import (the built CLI)', () => {
  let context: INestApplicationContext;
  let watchlists: WatchlistsService;
  /** The test database for the CLI: the server the tests use, named by NEO4J_URI as a user would. */
  let env: NodeJS.ProcessEnv;

  const newListId = (): string => `test-${randomUUID().slice(0, 8)}`;
  const cli = (...args: string[]): Promise<CliRun> => run(process.execPath, [CLI, ...args], env);

  beforeAll(async () => {
    // The CLI runs from dist/, as installed. CI builds before testing (.ci/run); the build is
    // incremental, so here it only brings dist/ up to date with the sources under test.
    ({ env, context } = await builtCliContext());
    watchlists = context.get(WatchlistsService);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('imports an FtM file and prints its JSON summary, exiting 0', async () => {
    const listId = newListId();

    const result = await cli(
      'import',
      '--format',
      'ftm',
      join(FIXTURES, 'ftm', 'zala.entities.ftm.json'),
      '--list',
      listId,
      '--json',
    );

    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(Object.keys(summary)).toEqual([...IMPORT_RESULT_KEYS]);
    expect(summary).toMatchObject({
      list: listId,
      version: `${listId}@1`,
      status: 'imported',
      entries: 17,
      counts: { added: 17, changed: 0, removed: 0, unchanged: 0, rejected: 0 },
      relationships: 21,
      importedBy: `cli:${userInfo().username}`,
    });
    const list = (await watchlists.watchlists()).find((candidate) => candidate.id === listId);
    expect(list?.activeVersion).toMatchObject({ id: `${listId}@1`, status: 'active', entryCount: 17 });
    // The CLI needs no key: its writes record the operating-system account.
    expect(list?.activeVersion).toMatchObject({ importedBy: `cli:${userInfo().username}` });
  });

  it('prints "unchanged" for a file already imported', async () => {
    const listId = newListId();
    const path = join(FIXTURES, 'ftm', 'zala.entities.ftm.json');
    await cli('import', '--format', 'ftm', path, '--list', listId, '--json');

    const result = await cli('import', '--format', 'ftm', path, '--list', listId, '--json');

    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      list: listId,
      version: `${listId}@1`,
      status: 'unchanged',
      entries: 17,
      counts: { added: 0, unchanged: 17 },
    });
  });

  it('refuses an unknown format with a non-zero exit and the formats on stderr, before reaching any database', async () => {
    const listId = newListId();

    const result = await run(
      process.execPath,
      [CLI, 'import', '--format', 'xlsx', join(FIXTURES, 'ftm', 'zala.entities.ftm.json'), '--list', listId, '--json'],
      // Nothing listens there: the format is refused first.
      { ...env, NEO4J_URI: 'bolt://127.0.0.1:9' },
    );

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('WATCHLIST_FORMAT_UNKNOWN: Unknown format "xlsx"; formats: ofac-sdn, ofac-cons');
    expect((await watchlists.watchlists()).find((candidate) => candidate.id === listId)).toBeUndefined();
  });

  it('refuses a broken file with exit 1, naming the file and line on stderr, and imports nothing', async () => {
    const listId = newListId();

    const result = await cli(
      'import',
      '--format',
      'un-xml',
      join(FIXTURES, 'bad', 'un-truncated.xml'),
      '--list',
      listId,
      '--json',
    );

    // A broken file is a data error (1), not a usage error (2).
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^WATCHLIST_FILE_MALFORMED: .*file un-truncated\.xml, line 5047/m);
    expect((await watchlists.watchlists()).find((candidate) => candidate.id === listId)?.activeVersion ?? null).toBe(
      null,
    );
  });
});
