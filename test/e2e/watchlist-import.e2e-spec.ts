import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WatchlistsRepository } from '../../src/watchlists/watchlists.repository';
import { bootForLists } from '../helpers/app-with-lists';
import { TestListIds } from '../helpers/remove-lists';
import { bootTestApp, type TestApp } from '../helpers/test-app';

const READER_KEY = 'reader-key-for-watchlist-tests';
const ADMIN_KEY = 'admin-key-for-watchlist-tests';
const KEYS = { API_KEYS: `${READER_KEY}:reader,${ADMIN_KEY}:admin` };
const FIXTURES = join(__dirname, '..', 'fixtures', 'watchlists');

const WATCHLISTS = `{
  watchlists {
    id name
    activeVersion { id entryCount importedAt sourceHash issuedAt status }
    versions { id seq status entryCount }
  }
}`;

const ENTRY = `query Entry($id: ID!) {
  watchlistEntry(id: $id) {
    id name schema aliases weakAliases
    listings { listId status programmes listedFrom listedTo firstVersion removedInVersion }
  }
}`;

describe('watchlist import over HTTP and the watchlists API', () => {
  let sut: TestApp;

  const lists = new TestListIds();
  const newListId = (): string => lists.next();

  const upload = async (
    app: TestApp,
    listId: string,
    format: string,
    body: Buffer | string,
    key: string = ADMIN_KEY,
    query: Record<string, string> = {},
  ): Promise<{ status: number; body: any }> => {
    const search = new URLSearchParams({ format, ...query });
    const response = await fetch(`${app.url}/api/watchlists/${listId}/import?${search.toString()}`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'application/octet-stream' },
      body,
    });
    return { status: response.status, body: await response.json() };
  };

  const listOf = async (listId: string, app: TestApp = sut): Promise<any> => {
    const response = await app.graphql(WATCHLISTS, {}, { 'x-api-key': READER_KEY });
    expect(response.errors).toBeUndefined();
    return (response.data!.watchlists as Array<{ id: string }>).find((list) => list.id === listId);
  };

  beforeAll(async () => {
    sut = await bootForLists(KEYS, lists);
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('imports a list file sent as the body and answers with the JSON summary', async () => {
    const listId = newListId();

    const response = await upload(sut, listId, 'un-xml', readFileSync(join(FIXTURES, 'un', 'UN_consolidated.xml')));

    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      expect.objectContaining({
        list: listId,
        version: `${listId}@1`,
        status: 'imported',
        entries: 1003,
        counts: { added: 1003, changed: 0, removed: 0, unchanged: 0, rejected: 0 },
        importedBy: expect.any(String),
        warnings: [],
        warningsTotal: 0,
      }),
    ]);
  });

  it('answers "unchanged" for the same body sent again', async () => {
    const listId = newListId();
    const body = readFileSync(join(FIXTURES, 'csl', 'csl.csv'));
    await upload(sut, listId, 'csl-csv', body);

    const response = await upload(sut, listId, 'csl-csv', body);

    expect(response.status).toBe(200);
    expect(response.body[0]).toMatchObject({ status: 'unchanged', version: `${listId}@1`, entries: 115 });
  });

  it('applies an FtM delta sent as the body', async () => {
    const listId = newListId();
    const delta = readFileSync(join(FIXTURES, 'ftm', 't2-deltas', '20240527194702-wnk.entities.delta.json'));

    const response = await upload(sut, listId, 'ftm-delta', delta);

    expect(response.status).toBe(200);
    expect(response.body[0]).toMatchObject({ list: listId, entries: 2, counts: { added: 2 } });
  });

  it('answers the parser error with its code and place for a broken file', async () => {
    const listId = newListId();

    const response = await upload(sut, listId, 'un-xml', readFileSync(join(FIXTURES, 'bad', 'un-truncated.xml')));

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      reason: 'WATCHLIST_FILE_MALFORMED',
      details: { file: expect.any(String), line: 5047 },
    });
  });

  it('refuses an unknown format', async () => {
    const response = await upload(sut, newListId(), 'xlsx', 'a,b\n1,2\n');

    expect(response.status).toBe(400);
    expect(response.body.reason).toBe('WATCHLIST_FORMAT_UNKNOWN');
  });

  it('refuses an empty body', async () => {
    const response = await upload(sut, newListId(), 'csl-csv', '');

    expect(response.status).toBe(400);
    expect(response.body.reason).toBe('WATCHLIST_FILE_EMPTY');
  });

  it('answers 409 CONFLICT while another import of the list is running, and changes nothing', async () => {
    const listId = newListId();
    await sut.app.get(WatchlistsRepository).beginVersion({
      listId,
      listName: listId,
      format: 'csl-csv',
      files: ['csl.csv'],
      sourceHash: 'another import',
      importedBy: 'test:runner',
      issuedAt: null,
      deltaVersion: null,
      sourceId: `list:${listId}`,
      publisher: null,
      sourceUrl: null,
      licence: null,
      staleSeconds: 30,
    });

    const response = await upload(sut, listId, 'csl-csv', readFileSync(join(FIXTURES, 'csl', 'csl.csv')));

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      code: 'CONFLICT',
      reason: 'WATCHLIST_IMPORT_IN_PROGRESS',
      details: { list: listId, runningVersion: `${listId}@1` },
    });
    expect((await listOf(listId)).versions).toEqual([
      { id: `${listId}@1`, seq: 1, status: 'importing', entryCount: null },
    ]);
  });

  it('answers FORBIDDEN to a reader key and imports nothing', async () => {
    const listId = newListId();

    const response = await upload(sut, listId, 'csl-csv', readFileSync(join(FIXTURES, 'csl', 'csl.csv')), READER_KEY);

    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN');
    expect(await listOf(listId)).toBeUndefined();
  });

  it('answers UNAUTHENTICATED without a key', async () => {
    const response = await fetch(`${sut.url}/api/watchlists/${newListId()}/import?format=csl-csv`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: 'x',
    });

    expect(response.status).toBe(401);
  });

  it('shows imported lists with their active version and history on GraphQL watchlists', async () => {
    const listId = newListId();
    await upload(sut, listId, 'bis-dpl', readFileSync(join(FIXTURES, 'bis', 'dpl.txt')));
    const lines = readFileSync(join(FIXTURES, 'bis', 'dpl.txt'), 'utf8').split('\n');
    await upload(sut, listId, 'bis-dpl', `${lines.slice(0, 101).join('\n')}\n`, ADMIN_KEY, {
      allowMassDelisting: 'true',
    });

    const list = await listOf(listId);

    // The DPL gives a row per order and address, so its first 100 rows name 68 distinct parties.
    expect(list.activeVersion).toMatchObject({ id: `${listId}@2`, status: 'active', entryCount: 68 });
    expect(list.activeVersion.sourceHash).toMatch(/^[0-9a-f]{64}$/);
    expect(list.activeVersion.importedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(list.versions).toEqual([
      { id: `${listId}@2`, seq: 2, status: 'active', entryCount: 68 },
      { id: `${listId}@1`, seq: 1, status: 'superseded', entryCount: 417 },
    ]);
  });

  it('shows one entry with its names and listing on GraphQL watchlistEntry', async () => {
    const listId = newListId();
    await upload(sut, listId, 'csl-csv', readFileSync(join(FIXTURES, 'csl', 'csl.csv')));

    const response = await sut.graphql(ENTRY, { id: `${listId}:sdn-8124` }, { 'x-api-key': READER_KEY });

    expect(response.errors).toBeUndefined();
    expect(response.data!.watchlistEntry).toMatchObject({
      name: '2904977 CANADA, INC.',
      aliases: ['CARIBE SOL', 'HAVANTUR CANADA INC.'],
      listings: [
        {
          listId,
          status: 'current',
          programmes: ['Specially Designated Nationals (SDN) - Treasury Department'],
          listedTo: null,
          firstVersion: 1,
          removedInVersion: null,
        },
      ],
    });
  });

  it('answers NOT_FOUND on watchlistEntry for an unknown id', async () => {
    const response = await sut.graphql(ENTRY, { id: 'no-such-list:no-such-entry' }, { 'x-api-key': READER_KEY });

    expect(response.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  describe('with a 2 KiB upload limit', () => {
    let limited: TestApp;

    beforeAll(async () => {
      limited = await bootTestApp({ ...KEYS, MAX_UPLOAD_BYTES: '2048' });
    });

    afterAll(async () => {
      await limited?.close();
    });

    it('answers 413 PAYLOAD_TOO_LARGE for a bigger body and leaves the list as it was', async () => {
      const listId = newListId();
      const small = readFileSync(join(FIXTURES, 'ftm', 't2-deltas', '20240528134729-3iv.entities.delta.json'));
      const first = await upload(limited, listId, 'ftm-delta', small);
      expect(first.status).toBe(200);
      const before = await listOf(listId, limited);

      const response = await upload(limited, listId, 'csl-csv', readFileSync(join(FIXTURES, 'csl', 'csl.csv')));

      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', reason: 'WATCHLIST_UPLOAD_TOO_LARGE' });
      expect(await listOf(listId, limited)).toEqual(before);
    });

    it('answers 413 for a chunked body without a length once it passes the limit', async () => {
      const listId = newListId();
      const chunks = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let index = 0; index < 8; index += 1) {
            controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
          }
          controller.close();
        },
      });

      const response = await fetch(`${limited.url}/api/watchlists/${listId}/import?format=csl-csv`, {
        method: 'POST',
        headers: { 'x-api-key': ADMIN_KEY, 'content-type': 'application/octet-stream' },
        body: chunks,
        duplex: 'half',
      });

      expect(response.status).toBe(413);
      expect(await listOf(listId, limited)).toBeUndefined();
    });
  });
});
