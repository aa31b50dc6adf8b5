import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApp, type TestApp } from '../helpers/test-app';

const READER_KEY = 'reader-key-for-tests-0001';
const ADMIN_KEY = 'admin-key-for-tests-00001';

describe('API access with keys configured', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await bootTestApp({ API_KEYS: `${READER_KEY}:reader,${ADMIN_KEY}:admin` });
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('refuses a GraphQL call without a key, even from loopback', async () => {
    const response = await sut.graphql('{ searchEntities(query: "harbin") { score } }');

    expect(response.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(response.data).toBeNull();
  });

  it('refuses a wrong key', async () => {
    const response = await sut.graphql('{ searchEntities(query: "harbin") { score } }', {}, { 'x-api-key': 'wrong' });

    expect(response.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    [{ 'x-api-key': READER_KEY }, 'the x-api-key header'],
    [{ authorization: `Bearer ${ADMIN_KEY}` }, 'a bearer token'],
  ])('answers a reader query with %j (%s)', async (headers, _how) => {
    const response = await sut.graphql('{ searchEntities(query: "harbin", limit: 1) { score } }', {}, headers);

    expect(response.errors).toBeUndefined();
  });

  it('keeps /health open without a key', async () => {
    const response = await fetch(`${sut.url}/health`);

    expect(response.status).toBe(200);
  });
});
