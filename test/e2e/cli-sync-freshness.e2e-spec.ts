import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { LocalPublisher } from '../helpers/local-publisher';
import { removeLists } from '../helpers/remove-lists';
import { CLI, type CliRun, ROOT, run } from '../helpers/processes';
import { bootTestApp, builtCliContext, type TestApp } from '../helpers/test-app';

const DPL = readFileSync(join(ROOT, 'test', 'fixtures', 'watchlists', 'bis', 'dpl.txt'));

describe('partner-graph sync exit codes, and freshness in /health/ready and screening results', () => {
  let publisher: LocalPublisher | undefined;
  let env: NodeJS.ProcessEnv;
  let context: INestApplicationContext;
  let app: TestApp | undefined;
  const listId = `sync-e2e-${randomUUID().slice(0, 8)}`;

  const cli = (...args: string[]): Promise<CliRun> => run(process.execPath, [CLI, ...args], env);

  beforeAll(async () => {
    publisher = await LocalPublisher.start((request, response) => {
      if (request.url === '/dpl/dpl.txt') {
        response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': DPL.length }).end(DPL);
        return;
      }
      response.writeHead(500).end('publisher down');
    }, 'cli-sync-');
    publisher.useSources(
      [
        { id: listId, name: 'Denied Persons List (local publisher)', path: '/dpl/dpl.txt', overdueAfter: '7d' },
        { id: `${listId}-down`, name: 'A publisher that answers 500', path: '/down/dpl.txt' },
      ],
      { SYNC_TIMEOUT_MS: '5000' },
    );
    ({ env, context } = await builtCliContext());
  }, 360_000);

  afterAll(async () => {
    await app?.close();
    if (context) {
      await removeLists(context.get(Neo4jService), [listId, `${listId}-down`]);
      await context.close();
    }
    await publisher?.close();
  });

  it('exits 0 and prints one JSON summary when the list is imported', async () => {
    const result = await cli('sync', '--list', listId, '--json');

    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: true,
      failed: 0,
      results: [expect.objectContaining({ list: listId, outcome: 'imported' })],
    });
  }, 240_000);

  it('exits 1 when the publisher fails, and says so in the JSON summary', async () => {
    const result = await cli('sync', '--list', `${listId}-down`, '--json');

    expect(result.code, result.stderr).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: false,
      failed: 1,
      results: [expect.objectContaining({ list: `${listId}-down`, outcome: 'failed' })],
    });
  }, 240_000);

  it('exits 2 with one line for a list that is not in the catalogue', async () => {
    const result = await cli('sync', '--list', 'no-such-source', '--json');

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('SYNC_SOURCE_UNKNOWN');
  }, 240_000);

  it('reports the synced list as fresh in /health/ready and in screening results', async () => {
    app = await bootTestApp();

    const ready = (await (await fetch(`${app.url}/health/ready`)).json()) as {
      lists: Array<Record<string, unknown>> | null;
    };
    const screened = await app.graphql(
      `query Fresh($input: ScreeningInput!) { screen(input: $input) { listVersions { listId stale freshAsOf } } }`,
      { input: { name: 'anyone at all', lists: [listId] } },
    );

    const list = ready.lists?.find((candidate) => candidate.id === listId);
    expect(list).toMatchObject({ overdue: false, lastOutcome: 'imported', consecutiveFailures: 0 });
    expect(Date.parse(String(list?.freshAsOf))).toBeGreaterThan(Date.now() - 3_600_000);
    expect(typeof list?.dueBy).toBe('string');
    expect(screened.errors).toBeUndefined();
    const version = (screened.data!.screen.listVersions as Array<Record<string, unknown>>).find(
      (candidate) => candidate.listId === listId,
    );
    expect(version).toMatchObject({ stale: false });
    expect(Date.parse(String(version?.freshAsOf))).toBeGreaterThan(Date.now() - 3_600_000);
  }, 240_000);
});
