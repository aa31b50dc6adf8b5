import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootForLists } from '../helpers/app-with-lists';
import { TestListIds } from '../helpers/remove-lists';
import type { TestApp } from '../helpers/test-app';

const ADMIN_KEY = 'admin-key-for-side-file-tests';
const FIXTURES = join(__dirname, '..', 'fixtures', 'watchlists');
const ofac = (name: string): Buffer => readFileSync(join(FIXTURES, 'ofac', name));

const ENTRY = `query Entry($id: ID!) { watchlistEntry(id: $id) { id name aliases addresses } }`;
const VERSIONS = `{ watchlists { id versions { id status } } }`;

describe('OFAC import over HTTP with its side files', () => {
  let sut: TestApp;

  const lists = new TestListIds();
  const newListId = (): string => lists.next();

  const post = async (
    listId: string,
    query: Record<string, string>,
    body: Buffer | FormData,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: any }> => {
    const search = new URLSearchParams({ format: 'ofac-sdn', ...query });
    const response = await fetch(`${sut.url}/api/watchlists/${listId}/import?${search.toString()}`, {
      method: 'POST',
      headers: { 'x-api-key': ADMIN_KEY, ...headers },
      body,
    });
    return { status: response.status, body: await response.json() };
  };

  const form = (parts: Record<string, string>): FormData => {
    const data = new FormData();
    for (const [field, file] of Object.entries(parts)) {
      data.append(field, new Blob([ofac(file)]), file);
    }
    return data;
  };

  const entry = async (id: string) => {
    const response = await sut.graphql(ENTRY, { id }, { 'x-api-key': ADMIN_KEY });
    return response.data?.watchlistEntry as { aliases: string[]; addresses: string[] } | undefined;
  };

  const versionsOf = async (listId: string) => {
    const response = await sut.graphql(VERSIONS, {}, { 'x-api-key': ADMIN_KEY });
    return (response.data!.watchlists as Array<{ id: string; versions: unknown[] }>).find((list) => list.id === listId)
      ?.versions;
  };

  beforeAll(async () => {
    sut = await bootForLists({ API_KEYS: `${ADMIN_KEY}:admin` }, lists);
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('refuses sdn.csv alone, naming the missing side files and sideFiles=none, and imports nothing', async () => {
    const listId = newListId();

    const response = await post(listId, {}, ofac('sdn.csv'), { 'content-type': 'application/octet-stream' });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'WATCHLIST_SIDE_FILES_MISSING',
      message: expect.stringContaining('alt (alt.csv), add (add.csv)'),
    });
    expect(response.body.message).toContain('sideFiles=none');
    expect(await versionsOf(listId)).toBeUndefined();
  });

  it('imports sdn.csv alone, without aliases and addresses, when sideFiles=none says so', async () => {
    const listId = newListId();

    const response = await post(listId, { sideFiles: 'none' }, ofac('sdn.csv'), {
      'content-type': 'application/octet-stream',
    });

    expect(response.status).toBe(200);
    expect(response.body[0]).toMatchObject({ status: 'imported', entries: 7379 });
    expect(await entry(`${listId}:306`)).toMatchObject({ aliases: [], addresses: [] });
  });

  it('imports the main file with alt, add and comments sent as multipart parts, aliases and addresses included', async () => {
    const listId = newListId();

    const response = await post(
      listId,
      {},
      form({ file: 'sdn.csv', alt: 'alt.csv', add: 'add.csv', comments: 'sdn_comments.csv' }),
      { 'x-partner-graph-csrf': '1' },
    );

    expect(response.status).toBe(200);
    expect(response.body[0]).toMatchObject({ status: 'imported', entries: 7379, counts: { rejected: 0 } });
    const bank = await entry(`${listId}:306`);
    expect(bank?.aliases).toContain('NATIONAL BANK OF CUBA');
    expect(bank?.addresses.length).toBeGreaterThan(0);
  });

  it('refuses a multipart upload sent from another site, importing nothing', async () => {
    // With API keys configured a form upload needs no CSRF header (the key header already forces a
    // preflight); a page of another site is refused by its Origin.
    const listId = newListId();

    const response = await post(listId, {}, form({ file: 'sdn.csv', alt: 'alt.csv', add: 'add.csv' }), {
      origin: 'http://evil.example',
    });

    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ reason: 'CROSS_SITE_REQUEST' });
    expect(await versionsOf(listId)).toBeUndefined();
  });

  it('refuses a multipart upload whose side files are incomplete', async () => {
    const listId = newListId();

    const response = await post(listId, {}, form({ file: 'sdn.csv', alt: 'alt.csv' }), { 'x-partner-graph-csrf': '1' });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ reason: 'WATCHLIST_SIDE_FILES_MISSING' });
  });

  it('refuses a side file for a format that has none', async () => {
    const listId = newListId();
    const data = new FormData();
    data.append('file', new Blob([readFileSync(join(FIXTURES, 'csl', 'csl.csv'))]), 'csl.csv');
    data.append('alt', new Blob([ofac('alt.csv')]), 'alt.csv');

    const response = await fetch(`${sut.url}/api/watchlists/${listId}/import?format=csl-csv`, {
      method: 'POST',
      headers: { 'x-api-key': ADMIN_KEY, 'x-partner-graph-csrf': '1' },
      body: data,
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ reason: 'INVALID_ARGUMENT', details: { argument: 'alt' } });
  });

  it('answers a mass delisting with 409 and imports it with allowMassDelisting=true', async () => {
    const listId = newListId();
    const full = form({ file: 'sdn.csv', alt: 'alt.csv', add: 'add.csv' });
    await post(listId, {}, full, { 'x-partner-graph-csrf': '1' });
    const shortened = `${ofac('sdn.csv').toString('utf8').split('\n').slice(0, 3000).join('\n')}\n`;
    const partial = (): FormData => {
      const data = form({ alt: 'alt.csv', add: 'add.csv' });
      data.append('file', new Blob([shortened]), 'sdn.csv');
      return data;
    };

    const refused = await post(listId, {}, partial(), { 'x-partner-graph-csrf': '1' });
    const allowed = await post(listId, { allowMassDelisting: 'true' }, partial(), { 'x-partner-graph-csrf': '1' });

    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ reason: 'WATCHLIST_MASS_DELISTING', details: { delisted: 4379 } });
    expect(allowed.status).toBe(200);
    expect(allowed.body[0]).toMatchObject({ status: 'imported', counts: { removed: 4379 } });
  }, 240_000);

  it('refuses an asOf that is no calendar date', async () => {
    const response = await fetch(`${sut.url}/api/screen`, {
      method: 'POST',
      headers: { 'x-api-key': ADMIN_KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Some Name', asOf: '2024-02-31' }),
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: expect.stringContaining('2024-02-31') });
  });
});
