import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootForLists } from '../helpers/app-with-lists';
import { TestListIds } from '../helpers/remove-lists';
import { bootTestApp, type TestApp } from '../helpers/test-app';

const READER_KEY = 'reader-key-for-security-tests';
const SCREENER_KEY = 'screener-key-for-security-01';
const FIXTURES = join(__dirname, '..', 'fixtures', 'watchlists');
/** A small list file: an FtM delta adding two entries. */
const DELTA = readFileSync(join(FIXTURES, 'ftm', 't2-deltas', '20240527194702-wnk.entities.delta.json'));

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/**
 * Sends a request with exactly the headers given (fetch would not let a test set Host), as a
 * browser or an attacker's script would send them.
 */
function send(
  url: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { hostname, port, method: options.method ?? 'GET', path: options.path, headers: options.headers ?? {} },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON: kept as text
          }
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** A chain of fragments, each spreading the next twice: 2^levels fields once expanded. */
function fragmentChain(levels: number): string {
  let text = '{ entity(id: "x") { ...F0 } }\n';
  for (let level = 0; level < levels; level++) {
    text += `fragment F${level} on Entity { id ...F${level + 1} ...F${level + 1} }\n`;
  }
  return `${text}fragment F${levels} on Entity { id name }\n`;
}

const WATCHLIST_IDS = '{ watchlists { id } }';

describe('security in local mode (no API keys)', () => {
  let sut: TestApp;
  let host: string;

  const lists = new TestListIds();
  const newListId = (): string => lists.next();
  const listExists = async (listId: string): Promise<boolean> => {
    const response = await sut.graphql(WATCHLIST_IDS);
    expect(response.errors).toBeUndefined();
    return (response.data!.watchlists as Array<{ id: string }>).some((list) => list.id === listId);
  };

  beforeAll(async () => {
    sut = await bootForLists({}, lists);
    host = new URL(sut.url).host;
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('refuses a 30-level fragment chain with 400 at once, and /health answers meanwhile', async () => {
    const started = Date.now();

    const [bomb, health] = await Promise.all([
      sut.graphql(fragmentChain(30)),
      new Promise((resolve) => setTimeout(resolve, 20)).then(() => fetch(`${sut.url}/health`)),
    ]);

    expect(bomb.status).toBe(400);
    expect(bomb.data).toBeNull();
    expect(bomb.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COMPLEX',
      limit: 'GRAPHQL_MAX_COMPLEXITY',
    });
    expect(health.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a fragment cycle with 400 naming the depth limit', async () => {
    const response = await sut.graphql(
      '{ entity(id: "x") { ...A } } fragment A on Entity { id ...B } fragment B on Entity { ...A }',
    );

    expect(response.status).toBe(400);
    expect(response.errors![0].extensions).toMatchObject({ reason: 'QUERY_TOO_COMPLEX' });
  });

  it('refuses ten aliased batches of 1,000 naming GRAPHQL_MAX_WORK, and runs none of them', async () => {
    const batches = Array.from({ length: 10 }, (_, index) => `b${index}: screenBatch(inputs: $inputs) { riskLevel }`);
    const inputs = Array.from({ length: 1_000 }, (_, index) => ({ name: `Party ${index}` }));

    const response = await sut.graphql(`query Many($inputs: [ScreeningInput!]!) { ${batches.join(' ')} }`, { inputs });

    expect(response.status).toBe(400);
    expect(response.errors![0].extensions).toMatchObject({ reason: 'QUERY_TOO_COMPLEX', limit: 'GRAPHQL_MAX_WORK' });
    expect(response.errors![0].message).toContain('10,000');
  });

  it('refuses 500 aliased screen calls naming GRAPHQL_MAX_ROOT_FIELDS', async () => {
    const calls = Array.from(
      { length: 500 },
      (_, index) => `s${index}: screen(input: {name: "Party ${index}"}) { riskLevel }`,
    );

    const response = await sut.graphql(`{ ${calls.join(' ')} }`);

    expect(response.status).toBe(400);
    expect(response.errors![0].extensions).toMatchObject({ limit: 'GRAPHQL_MAX_ROOT_FIELDS' });
  });

  it('still runs one batch within the limits', async () => {
    const response = await sut.graphql(
      'query One($inputs: [ScreeningInput!]!) { screenBatch(inputs: $inputs) { riskLevel } }',
      {
        inputs: [{ name: 'Harbin Engineering University' }, { name: 'Example Partner University' }],
      },
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.screenBatch).toHaveLength(2);
  });

  it('refuses the cross-site import from the issue (text/plain, Origin evil.example) with 403 and imports nothing', async () => {
    const listId = newListId();

    const response = await send(sut.url, {
      method: 'POST',
      path: `/api/watchlists/${listId}/import?format=ftm-delta`,
      headers: { 'content-type': 'text/plain', origin: 'http://evil.example' },
      body: DELTA,
    });

    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'FORBIDDEN', reason: 'CROSS_SITE_REQUEST' });
    expect(await listExists(listId)).toBe(false);
  });

  it.each([
    [{ 'content-type': 'text/plain' }, 'a simple content type a form could send'],
    [{ 'content-type': 'application/x-www-form-urlencoded' }, 'curl --data-binary without a type'],
    [{}, 'no content type'],
  ])('refuses an import with %j and 415 (%s), importing nothing', async (headers, _reason) => {
    const listId = newListId();

    const response = await send(sut.url, {
      method: 'POST',
      path: `/api/watchlists/${listId}/import?format=ftm-delta`,
      headers,
      body: DELTA,
    });

    expect(response.status).toBe(415);
    expect(response.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(await listExists(listId)).toBe(false);
  });

  it('refuses a write from a page of the same site on another port (Sec-Fetch-Site: same-site)', async () => {
    const response = await send(sut.url, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-site' },
      body: JSON.stringify({ query: '{ watchlists { id } }' }),
    });

    expect(response.status).toBe(403);
    expect(response.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'CROSS_SITE_REQUEST' });
  });

  it.each([
    ['evil.example', 'a rebound name'],
    ['localhost.evil.example', 'a name that only starts like loopback'],
  ])('refuses Host %s (%s) with 403, even for /health', async (foreignHost, _reason) => {
    const health = await send(sut.url, { path: '/health', headers: { host: foreignHost } });
    const graphql = await send(sut.url, {
      method: 'POST',
      path: '/graphql',
      headers: { host: foreignHost, 'content-type': 'application/json' },
      body: JSON.stringify({ query: WATCHLIST_IDS }),
    });

    expect(health.status).toBe(403);
    expect(health.body).toMatchObject({ reason: 'HOST_NOT_ALLOWED' });
    expect(graphql.status).toBe(403);
    expect(graphql.body.errors[0].extensions).toMatchObject({ reason: 'HOST_NOT_ALLOWED' });
  });

  it('refuses a rebound name on the API port too', async () => {
    const response = await send(sut.url, {
      path: '/health',
      headers: { host: `evil.example:${new URL(sut.url).port}` },
    });

    expect(response.status).toBe(403);
  });

  it('answers localhost on the API port', async () => {
    const response = await send(sut.url, { path: '/health', headers: { host: `localhost:${new URL(sut.url).port}` } });

    expect(response.status).toBe(200);
  });

  it('imports from a same-origin page (Origin is the API itself)', async () => {
    const listId = newListId();

    const response = await send(sut.url, {
      method: 'POST',
      path: `/api/watchlists/${listId}/import?format=ftm-delta`,
      headers: {
        'content-type': 'application/octet-stream',
        origin: `http://${host}`,
        'sec-fetch-site': 'same-origin',
      },
      body: DELTA,
    });

    expect(response.status).toBe(200);
    expect(response.body[0]).toMatchObject({ list: listId, counts: { added: 2 } });
  });

  it('imports from curl (no Origin) with application/octet-stream, and with text/plain plus the CSRF header', async () => {
    const first = newListId();
    const second = newListId();

    const octetStream = await send(sut.url, {
      method: 'POST',
      path: `/api/watchlists/${first}/import?format=ftm-delta`,
      headers: { 'content-type': 'application/octet-stream' },
      body: DELTA,
    });
    const withHeader = await send(sut.url, {
      method: 'POST',
      path: `/api/watchlists/${second}/import?format=ftm-delta`,
      headers: { 'content-type': 'text/plain', 'x-partner-graph-csrf': '1' },
      body: DELTA,
    });

    expect(octetStream.status).toBe(200);
    expect(withHeader.status).toBe(200);
    expect(await listExists(first)).toBe(true);
  });

  it('refuses a GraphQL mutation over GET, and a GET query without a preflight header', async () => {
    const mutation = encodeURIComponent(
      'mutation { linkSameAs(entityId: "a", listEntityId: "b", note: "x") { decision } }',
    );
    const query = encodeURIComponent('{ watchlists { id } }');

    const overGet = await send(sut.url, {
      path: `/graphql?query=${mutation}`,
      headers: { 'apollo-require-preflight': '1' },
    });
    const simpleGet = await send(sut.url, { path: `/graphql?query=${query}` });

    expect(overGet.status).toBe(405);
    expect(simpleGet.status).toBe(400);
  });

  it('answers 413 PAYLOAD_TOO_LARGE and 415 UNSUPPORTED_MEDIA_TYPE with their own codes', async () => {
    const tooLarge = await send(sut.url, {
      method: 'POST',
      path: '/api/screen',
      headers: { 'content-type': 'application/json' },
      body: `{"name":"${'a'.repeat(11 * 1024 * 1024)}"}`,
    });
    const badCharset = await send(sut.url, {
      method: 'POST',
      path: '/api/screen',
      headers: { 'content-type': 'application/json; charset=latin9' },
      body: '{"name":"x"}',
    });

    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(badCharset.status).toBe(415);
    expect(badCharset.body).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });

  it('gives every response a request id, and keeps a sensible one sent by a proxy', async () => {
    const own = await send(sut.url, { path: '/health' });
    const forwarded = await send(sut.url, { path: '/health', headers: { 'x-request-id': 'proxy-id-12345678' } });

    expect(own.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(forwarded.headers['x-request-id']).toBe('proxy-id-12345678');
  });
});

describe('security with API keys configured', () => {
  let sut: TestApp;
  const reader = { 'x-api-key': READER_KEY };
  const screener = { 'x-api-key': SCREENER_KEY };

  beforeAll(async () => {
    sut = await bootTestApp({ API_KEYS: `${READER_KEY}:reader,${SCREENER_KEY}:screener` });
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('refuses introspection without a key, with 401', async () => {
    const response = await sut.graphql('{ __schema { queryType { name } } }');

    expect(response.status).toBe(401);
    expect(response.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('answers the full introspection query tools send, with a key', async () => {
    const response = await sut.graphql(
      getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
      {},
      reader,
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.__schema.queryType.name).toBe('Query');
  });

  it('refuses a fragment bomb without a key before measuring it (401, not 400)', async () => {
    const response = await sut.graphql(fragmentChain(30));

    expect(response.status).toBe(401);
  });

  it('leaves the content type to the key check: a text/plain write without a key gets 401', async () => {
    const response = await send(sut.url, {
      method: 'POST',
      path: '/api/screen',
      headers: { 'content-type': 'text/plain' },
      body: '{"name":"Harbin"}',
    });

    expect(response.status).toBe(401);
  });

  it('refuses a write from another origin even with a key', async () => {
    const response = await send(sut.url, {
      method: 'POST',
      path: '/api/screen',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example', ...screener },
      body: JSON.stringify({ name: 'Harbin' }),
    });

    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ reason: 'CROSS_SITE_REQUEST' });
  });

  it('answers any Host with keys and no ALLOWED_HOSTS (a proxy in front may use any name)', async () => {
    const response = await send(sut.url, { path: '/health', headers: { host: 'partner-graph.internal' } });

    expect(response.status).toBe(200);
  });

  it.each([
    ['entity', '{ entity(id: "demo:example-partner-university") { id } }'],
    ['searchEntities', '{ searchEntities(query: "harbin", limit: 1) { score } }'],
    ['neighbourhood', '{ neighbourhood(id: "demo:example-partner-university") { nodes { id } } }'],
    ['riskPaths', '{ riskPaths(entityId: "demo:example-partner-university") { hops } }'],
    ['watchlists', '{ watchlists { id } }'],
  ])('lets a reader explore the graph: %s', async (_field, query) => {
    const response = await sut.graphql(query, {}, reader);

    expect(response.errors).toBeUndefined();
  });

  it.each([
    ['screen', '{ screen(input: {name: "Harbin"}) { riskLevel } }'],
    ['screenBatch', '{ screenBatch(inputs: [{name: "Harbin"}]) { riskLevel } }'],
    [
      'assessPartnership',
      '{ assessPartnership(input: {partner: {name: "Example Partner University"}}) { riskLevel } }',
    ],
  ])('refuses a reader screening results: %s is FORBIDDEN, a screener gets it', async (_field, query) => {
    const refused = await sut.graphql(query, {}, reader);
    const answered = await sut.graphql(query, {}, screener);

    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
    expect(answered.errors).toBeUndefined();
  });

  it('refuses a reader REST screening with 403', async () => {
    const response = await send(sut.url, {
      method: 'POST',
      path: '/api/screen',
      headers: { 'content-type': 'application/json', ...reader },
      body: JSON.stringify({ name: 'Harbin' }),
    });

    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('security with ALLOWED_HOSTS and ALLOWED_ORIGINS', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await bootTestApp({ ALLOWED_HOSTS: 'partner-graph.test', ALLOWED_ORIGINS: 'https://app.partner-graph.test' });
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('answers only the listed host names', async () => {
    const listed = await send(sut.url, { path: '/health', headers: { host: 'partner-graph.test:8080' } });
    const loopback = await send(sut.url, { path: '/health', headers: { host: new URL(sut.url).host } });

    expect(listed.status).toBe(200);
    expect(loopback.status).toBe(403);
  });

  it('lets a listed origin write', async () => {
    const response = await send(sut.url, {
      method: 'POST',
      path: '/graphql',
      headers: {
        host: 'partner-graph.test',
        origin: 'https://app.partner-graph.test',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ query: WATCHLIST_IDS }),
    });

    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
  });
});
