import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SyncService } from '../../src/sync/sync.service';
import { WatchlistsService } from '../../src/watchlists/watchlists.service';
import { LocalPublisher, type PublisherHandler } from '../helpers/local-publisher';
import { cliContext, prepareDatabase, testConfig } from '../helpers/test-app';

const DPL = readFileSync(join(__dirname, '..', 'fixtures', 'watchlists', 'bis', 'dpl.txt'));
/** The same list a week later: five entries fewer. */
const DPL_CHANGED = Buffer.from(DPL.toString('utf8').split('\n').slice(0, -6).join('\n') + '\n');
const TIMEOUT_MS = 1_500;

type Handler = PublisherHandler;

/** Serves a file the way publishers do: ETag and Last-Modified, 304 to a matching conditional request. */
function publisher(body: Buffer, lastModified: string): Handler {
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
  return (request, response) => {
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag, 'last-modified': lastModified }).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': 'text/plain; charset=utf-8',
        'content-length': body.length,
        etag,
        'last-modified': lastModified,
      })
      .end(body);
  };
}

describe(`${SyncService.name} against a local publisher and the real Neo4j`, () => {
  let context: INestApplicationContext;
  let sut: SyncService;
  let watchlists: WatchlistsService;
  let localPublisher: LocalPublisher | undefined;
  let handler: Handler = (_request, response) => response.writeHead(404).end();
  const requests: Array<{ url: string; ifNoneMatch: string | null }> = [];
  const listId = `sync-test-${randomUUID().slice(0, 8)}`;

  const activeVersion = async (): Promise<string | null> => {
    const list = (await watchlists.watchlists()).find((candidate) => candidate.id === listId);
    return list?.activeVersion?.id ?? null;
  };
  const syncState = async () => (await watchlists.watchlists()).find((candidate) => candidate.id === listId)?.sync;

  beforeAll(async () => {
    localPublisher = await LocalPublisher.start((request, response) => {
      requests.push({ url: request.url ?? '', ifNoneMatch: (request.headers['if-none-match'] as string) ?? null });
      if (request.url === '/loop') {
        response.writeHead(302, { location: '/loop' }).end();
        return;
      }
      handler(request, response);
    }, 'sync-int-');
    localPublisher.useSources(
      [
        { id: listId, name: 'Denied Persons List (local publisher)', path: '/dpl/dpl.txt', overdueAfter: '7d' },
        { id: `${listId}-loop`, name: 'A publisher that redirects to itself', path: '/loop' },
      ],
      { SYNC_TIMEOUT_MS: String(TIMEOUT_MS) },
    );
    await prepareDatabase(testConfig());
    context = await cliContext(testConfig());
    sut = context.get(SyncService);
    watchlists = context.get(WatchlistsService);
  });

  afterAll(async () => {
    await context?.close();
    await localPublisher?.close();
  });

  it('imports the list at the first sync and records the validators', async () => {
    handler = publisher(DPL, 'Mon, 23 Nov 2026 10:00:00 GMT');

    const [result] = await sut.sync({ syncedBy: 'system:sync', listId });

    expect(result).toMatchObject({ list: listId, outcome: 'imported', consecutiveFailures: 0, alert: false });
    expect(result.entries).toBeGreaterThan(400);
    expect(await activeVersion()).toBe(result.version);
    const state = await syncState();
    expect(state).toMatchObject({ lastOutcome: 'imported', consecutiveFailures: 0, lastError: null, overdue: false });
    expect(state?.etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(state?.sha256).toBe(createHash('sha256').update(DPL).digest('hex'));
    expect(state?.lastSuccessAt).not.toBeNull();
    const list = (await watchlists.watchlists()).find((candidate) => candidate.id === listId);
    expect(list?.activeVersion).toMatchObject({ importedBy: 'system:sync', activatedBy: 'system:sync' });
  });

  it('asks conditionally the second time and, on 304, imports nothing', async () => {
    const before = await activeVersion();
    const seen = requests.length;

    const [result] = await sut.sync({ syncedBy: 'system:sync', listId });

    expect(result.outcome).toBe('unchanged');
    expect(requests.slice(seen)).toEqual([{ url: '/dpl/dpl.txt', ifNoneMatch: expect.stringMatching(/^"/) }]);
    expect(await activeVersion()).toBe(before);
    expect((await syncState())?.lastOutcome).toBe('unchanged');
  });

  it('reports a change in a dry run without importing or recording it', async () => {
    handler = publisher(DPL_CHANGED, 'Mon, 30 Nov 2026 10:00:00 GMT');
    const before = await activeVersion();
    const attemptBefore = (await syncState())?.lastAttemptAt;

    const [result] = await sut.sync({ syncedBy: 'system:sync', listId, dryRun: true });

    expect(result.outcome).toBe('changed');
    expect(await activeVersion()).toBe(before);
    expect((await syncState())?.lastAttemptAt).toBe(attemptBefore);
  });

  it('imports a changed file as a new version', async () => {
    const before = await activeVersion();

    const [result] = await sut.sync({ syncedBy: 'system:sync', listId });

    expect(result.outcome).toBe('imported');
    expect(result.version).not.toBe(before);
    expect(result.delisted).toBe(5);
    expect(await activeVersion()).toBe(result.version);
  });

  const failures: Array<{ name: string; handler: Handler; error: RegExp }> = [
    {
      name: 'a truncated body (connection cut before Content-Length)',
      handler: (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/plain', 'content-length': DPL.length });
        response.write(DPL.subarray(0, 10_000));
        setTimeout(() => response.socket?.destroy(), 20);
      },
      error: /could not be fetched|truncated/,
    },
    {
      name: 'an HTML page where the list belongs',
      handler: (_request, response) =>
        response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Maintenance</body></html>'),
      error: /text\/html where a data file was expected/,
    },
    { name: '404', handler: (_request, response) => response.writeHead(404).end('gone'), error: /HTTP 404/ },
    { name: '500', handler: (_request, response) => response.writeHead(500).end('oops'), error: /HTTP 500/ },
    {
      name: 'a body that trickles past the timeout',
      handler: (_request, response) => {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.write(DPL.subarray(0, 100));
        const timer = setInterval(() => response.write('\t'), 200);
        response.on('close', () => clearInterval(timer));
      },
      error: new RegExp(`did not finish within ${TIMEOUT_MS} ms`),
    },
    {
      name: 'a file in a new format the parser refuses',
      handler: (_request, response) =>
        response
          .writeHead(200, { 'content-type': 'text/csv' })
          .end('entity_id,full_name,regime\n1,Example Trading,RU\n'),
      error: /.+/,
    },
  ];

  for (const [index, failure] of failures.entries()) {
    it(`keeps the active version serving and records the failure on ${failure.name}`, async () => {
      handler = failure.handler;
      const before = await activeVersion();

      const [result] = await sut.sync({ syncedBy: 'system:sync', listId });

      expect(result.outcome).toBe('failed');
      expect(result.error).toMatch(failure.error);
      expect(result.consecutiveFailures).toBe(index + 1);
      expect(result.alert).toBe(index + 1 >= 3);
      expect(await activeVersion()).toBe(before);
      const state = await syncState();
      expect(state).toMatchObject({ lastOutcome: 'failed', consecutiveFailures: index + 1, alert: index + 1 >= 3 });
      expect(state?.lastError).toMatch(failure.error);
    });
  }

  it('gives up on a redirect loop after the redirect limit', async () => {
    const [result] = await sut.sync({ syncedBy: 'system:sync', listId: `${listId}-loop` });

    expect(result.outcome).toBe('failed');
    expect(result.error).toMatch(/redirected more than 5 times/);
  });

  it('clears the failures and the alert at the next successful sync', async () => {
    handler = publisher(DPL_CHANGED, 'Mon, 30 Nov 2026 10:00:00 GMT');

    const [result] = await sut.sync({ syncedBy: 'system:sync', listId });

    expect(result.outcome).toBe('unchanged');
    expect(await syncState()).toMatchObject({ consecutiveFailures: 0, alert: false, lastError: null });
  });

  it('refuses an unknown --list before downloading anything', () => {
    expect(() => sut.selectSources('no-such-list')).toThrow(/No source "no-such-list"/);
  });
});
