import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webAppDirectory } from '../../src/web/web.module';
import { bootTestApp, type TestApp } from '../helpers/test-app';

const READER_KEY = 'reader-key-for-web-serving-1';

describe('the web app served by the API process', () => {
  let local: TestApp;
  let withKeys: TestApp;

  beforeAll(async () => {
    local = await bootTestApp();
    withKeys = await bootTestApp({ API_KEYS: `${READER_KEY}:reader` });
  });

  afterAll(async () => {
    await local?.close();
    await withKeys?.close();
  });

  it('answers / with the app page, fetched again after each build and with a content security policy', async () => {
    const response = await fetch(`${local.url}/`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await response.text()).toContain('<div id="root"></div>');
  });

  it('answers an app path such as an entity page with the app page, so reloads and shared links work', async () => {
    const response = await fetch(`${local.url}/entity/cdut%3Aexample`);

    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root"></div>');
  });

  it('serves the hashed bundle with a long cache life', async () => {
    const page = await (await fetch(`${local.url}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page)?.[1];

    const response = await fetch(`${local.url}${script}`);

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });

  it.each(['br', 'gzip'])(
    'sends the bundle %s-compressed to a browser that accepts it, the same script inside',
    async (encoding) => {
      const page = await (await fetch(`${local.url}/`)).text();
      const script = /src="(\/assets\/[^"]+\.js)"/.exec(page)![1];

      const response = await fetch(`${local.url}${script}`, { headers: { 'accept-encoding': encoding } });

      expect(response.status).toBe(200);
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(Number(response.headers.get('content-length'))).toBeLessThan(
        statSync(join(webAppDirectory(), script)).size / 2,
      );
      expect(response.headers.get('cache-control')).toContain('immutable');
      expect(await response.text()).toBe(readFileSync(join(webAppDirectory(), script), 'utf8'));
    },
  );

  it('sends the bundle as it is to a client that accepts no compression', async () => {
    const page = await (await fetch(`${local.url}/`)).text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page)![1];

    const response = await fetch(`${local.url}${script}`, { headers: { 'accept-encoding': 'identity' } });

    expect(response.headers.get('content-encoding')).toBeNull();
    expect(await response.text()).toBe(readFileSync(join(webAppDirectory(), script), 'utf8'));
  });

  it.each(['/api/no-such-route', '/health/no-such-check', '/search/no-such-dataset'])(
    'keeps %s an API answer (JSON), never the app page',
    async (path) => {
      const response = await fetch(`${local.url}${path}`);

      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    },
  );

  it('tells the web app in local mode that the caller is this machine’s user, as admin', async () => {
    const response = await fetch(`${local.url}/api/me`);

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ authenticated: true, role: 'admin', localMode: true });
  });

  it('says who a key belongs to and its role', async () => {
    const response = await fetch(`${withKeys.url}/api/me`, { headers: { 'x-api-key': READER_KEY } });

    expect(await response.json()).toEqual({
      authenticated: true,
      userId: 'key-1',
      displayName: 'API key 1 (reader)',
      role: 'reader',
      localMode: false,
    });
  });

  it.each([
    ['no key', {}],
    ['a wrong key', { 'x-api-key': 'wrong-key-wrong-key-wrong' }],
  ])(
    'answers /api/me with %s as not signed in (200, so the app asks for a key without a failed request)',
    async (_case, headers) => {
      const response = await fetch(`${withKeys.url}/api/me`, { headers });

      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ authenticated: false, code: 'UNAUTHENTICATED' });
    },
  );
});
