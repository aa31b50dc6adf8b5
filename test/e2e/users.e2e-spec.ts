import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashKey } from '../../src/config/users-config';
import { bootForLists } from '../helpers/app-with-lists';
import { bootTestApp, type TestApp } from '../helpers/test-app';
import { TestListIds } from '../helpers/remove-lists';

const ALICE_KEY = `alice-${randomUUID()}`;
const ROBIN_KEY = `robin-${randomUUID()}`;
const SAM_KEY = `sam-${randomUUID()}`;
const FIXTURE = join(__dirname, '..', 'fixtures', 'watchlists', 'ftm', 'zala.entities.ftm.json');

const ME = '{ me { userId displayName role localMode } }';
const USERS = '{ users { id displayName role keyCount source } }';
const VERSIONS = `{ watchlists { id activeVersion { id importedBy activatedBy } versions { id importedBy } } }`;

describe('named users: who am I, who may list users, and who made each write', () => {
  let sut: TestApp;
  let scratch: string;
  const imported = new TestListIds();

  const restMe = async (app: TestApp, key?: string): Promise<{ status: number; body: any }> => {
    const response = await fetch(`${app.url}/api/me`, { headers: key ? { 'x-api-key': key } : {} });
    return { status: response.status, body: await response.json() };
  };

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'partner-graph-users-'));
    const usersFile = join(scratch, 'users.yml');
    // Alice's key stored as SHA-256, Robin's as scrypt: neither key is in the file.
    writeFileSync(
      usersFile,
      [
        '- id: alice',
        '  displayName: Alice Admin',
        '  role: admin',
        `  keyHashes: ["${hashKey(ALICE_KEY, 'sha256')}"]`,
        '- id: robin',
        '  displayName: Robin Reader',
        '  role: reader',
        `  keyHashes: ["${hashKey(ROBIN_KEY, 'scrypt')}"]`,
      ].join('\n'),
    );
    sut = await bootForLists({ USERS_FILE: usersFile, API_KEYS: `${SAM_KEY}:screener:sam:Sam Screener` }, imported);
  });

  afterAll(async () => {
    await sut?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it.each([
    ['a SHA-256-hashed key from the file', ALICE_KEY, { userId: 'alice', displayName: 'Alice Admin', role: 'admin' }],
    ['an scrypt-hashed key from the file', ROBIN_KEY, { userId: 'robin', displayName: 'Robin Reader', role: 'reader' }],
    ['a key from API_KEYS', SAM_KEY, { userId: 'sam', displayName: 'Sam Screener', role: 'screener' }],
  ])('answers me with the user behind %s, on GraphQL and REST', async (_reason, key, expected) => {
    const graphql = await sut.graphql(ME, {}, { 'x-api-key': key });
    const rest = await restMe(sut, key);

    expect(graphql.errors).toBeUndefined();
    expect(graphql.data?.me).toEqual({ ...expected, localMode: false });
    expect(rest).toEqual({ status: 200, body: { authenticated: true, ...expected, localMode: false } });
  });

  it('refuses a key that is not configured, on GraphQL and REST', async () => {
    const graphql = await sut.graphql(ME, {}, { 'x-api-key': `${ALICE_KEY}x` });
    const rest = await restMe(sut, `${ROBIN_KEY}x`);

    expect(graphql.status).toBe(401);
    expect(graphql.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // /api/me is public so the web app can ask whether it is signed in: 200, not signed in.
    expect(rest).toMatchObject({ status: 200, body: { authenticated: false, code: 'UNAUTHENTICATED' } });
  });

  it('lists the configured users to an admin, with no key or hash in the answer', async () => {
    const response = await sut.graphql(USERS, {}, { 'x-api-key': ALICE_KEY });

    expect(response.errors).toBeUndefined();
    expect(response.data?.users).toEqual([
      { id: 'alice', displayName: 'Alice Admin', role: 'admin', keyCount: 1, source: 'file' },
      { id: 'robin', displayName: 'Robin Reader', role: 'reader', keyCount: 1, source: 'file' },
      { id: 'sam', displayName: 'Sam Screener', role: 'screener', keyCount: 1, source: 'environment' },
    ]);
    const text = JSON.stringify(response);
    for (const secret of [ALICE_KEY, ROBIN_KEY, SAM_KEY, hashKey(ALICE_KEY, 'sha256').slice(7)]) {
      expect(text).not.toContain(secret);
    }
  });

  it('refuses the users list to a screener', async () => {
    const response = await sut.graphql(USERS, {}, { 'x-api-key': SAM_KEY });

    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('records the importing user on a list version imported over REST, and GraphQL returns it', async () => {
    const listId = imported.next();

    const response = await fetch(`${sut.url}/api/watchlists/${listId}/import?format=ftm`, {
      method: 'POST',
      headers: { 'x-api-key': ALICE_KEY, 'content-type': 'application/octet-stream' },
      body: readFileSync(FIXTURE),
    });
    const lists = await sut.graphql(VERSIONS, {}, { 'x-api-key': ROBIN_KEY });

    expect(response.status).toBe(200);
    expect(lists.errors).toBeUndefined();
    const list = (lists.data?.watchlists as Array<{ id: string; activeVersion: unknown }>).find(
      (candidate) => candidate.id === listId,
    );
    expect(list?.activeVersion).toEqual({ id: `${listId}@1`, importedBy: 'alice', activatedBy: 'alice' });
  });
});

describe('local mode: the user is the operating-system account', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await bootTestApp({ API_KEYS: '', USERS_FILE: '' });
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('answers me with local:<os user> and localMode, and lists no configured users', async () => {
    const name = userInfo().username;

    const response = await sut.graphql(`${ME.slice(0, -1)} users { id } }`);
    const rest = await fetch(`${sut.url}/api/me`);

    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      me: { userId: `local:${name}`, displayName: `${name} (local mode)`, role: 'admin', localMode: true },
      users: [],
    });
    expect(await rest.json()).toMatchObject({ userId: `local:${name}`, localMode: true });
  });
});
