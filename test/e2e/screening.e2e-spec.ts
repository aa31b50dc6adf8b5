import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApp, prepareDatabase, type TestApp } from '../helpers/test-app';

const READER_KEY = 'reader-key-for-screening-01';
const SCREENER_KEY = 'screener-key-for-screening-1';
const SCREENER = { 'x-api-key': SCREENER_KEY };

const SCREEN = `query Screen($input: ScreeningInput!) {
  screen(input: $input) {
    matches { entityId name matchedName queryName score match type curated lists { id programme } features { name value reason } }
    listVersions { listId versionId }
    screenedAt
  }
}`;

const SCREEN_BATCH = `query ScreenBatch($inputs: [ScreeningInput!]!) {
  screenBatch(inputs: $inputs) { matches { entityId name score match } }
}`;

describe('screening over GraphQL and REST', () => {
  let sut: TestApp;

  const post = (path: string, body: unknown, headers: Record<string, string> = SCREENER) =>
    sut.request('POST', path, body, headers);

  beforeAll(async () => {
    await prepareDatabase();
    sut = await bootTestApp({ API_KEYS: `${READER_KEY}:reader,${SCREENER_KEY}:screener` });
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('screens a name over GraphQL, with explanations', async () => {
    const response = await sut.graphql(SCREEN, { input: { name: 'Harbin Engineering Univ.' } }, SCREENER);

    expect(response.errors).toBeUndefined();
    const [best] = response.data!.screen.matches;
    expect(best).toMatchObject({ name: 'Harbin Engineering University', match: true, curated: true });
    expect(best.features[0]).toMatchObject({ name: 'token_alignment' });
    expect(Date.parse(response.data!.screen.screenedAt)).not.toBeNaN();
  });

  it('screens a batch over GraphQL, results in input order', async () => {
    const response = await sut.graphql(
      SCREEN_BATCH,
      { inputs: [{ name: '哈尔滨工程大学' }, { name: 'National University of Defense Technology' }] },
      SCREENER,
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.screenBatch.map((result: any) => result.matches[0].name)).toEqual([
      'Harbin Engineering University',
      'National University of Defense Technology',
    ]);
  });

  it('answers POST /api/screen and /api/screen/batch with the same results', async () => {
    const single = await post('/api/screen', { name: 'NUDT', limit: 1 });
    const batch = await post('/api/screen/batch', { inputs: [{ name: 'NUDT', limit: 1 }] });

    expect(single.status).toBe(200);
    expect(single.body.matches[0].name).toBe('National University of Defense Technology');
    expect(batch.status).toBe(200);
    expect(batch.body[0].matches[0].entityId).toBe(single.body.matches[0].entityId);
  });

  it.each<[Record<string, unknown>, string, string]>([
    [{ name: '   ' }, 'name', 'a name of spaces'],
    [{ name: '!!! \u2014 ...;;;' }, 'name', 'a name of punctuation only'],
    [{ name: '\u{1F680}\u{1F680}\u{1F680}' }, 'name', 'a name of emoji only'],
    [{ name: 'x'.repeat(10_000) }, 'name', 'a 10,000-character name'],
    [{ name: 'Harbin\u0000University' }, 'name', 'a control character'],
    [{ name: 'Harbin', schema: 'Spaceship' }, 'schema', 'an unknown schema'],
    [{ name: 'Harbin', lists: ['no-such-list'] }, 'lists[0]', 'an unknown list'],
    [{ name: 'Harbin', limit: 500 }, 'limit', 'a limit above 50'],
    [{ name: 'Harbin', country: ['Atlantis'] }, 'country[0]', 'an unknown country'],
  ])('refuses %j over GraphQL with BAD_USER_INPUT naming %s (%s)', async (input, field) => {
    const started = Date.now();
    const response = await sut.graphql(SCREEN, { input }, SCREENER);

    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('screens a name holding a C1 control character a list read in the wrong code page left in it (U+0092)', async () => {
    const response = await post('/api/screen', { name: 'Harbin\u0092s Engineering University', limit: 1 });

    expect(response.status).toBe(200);
    expect(response.body.matches[0].name).toBe('Harbin Engineering University');
  });

  it('keeps idle connections 65 s, longer than its clients, and says so in Keep-Alive', async () => {
    const server = sut.app.getHttpServer() as Server;
    const response = await fetch(`${sut.url}/health`);
    await response.arrayBuffer();

    expect(server.keepAliveTimeout).toBe(65_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
    expect(response.headers.get('keep-alive')).toBe('timeout=65');
  });

  it('refuses the same bad input over REST as {code, reason, message, details}', async () => {
    const response = await post('/api/screen', { name: 'x'.repeat(10_000) });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SCREENING_INPUT_INVALID',
      details: { field: 'name' },
    });
  });

  it('refuses a batch of more than 1,000 inputs, over GraphQL and REST', async () => {
    const inputs = Array.from({ length: 1_001 }, (_, index) => ({ name: `Name ${index}` }));

    const graphql = await sut.graphql(SCREEN_BATCH, { inputs }, SCREENER);
    const rest = await post('/api/screen/batch', { inputs });

    expect(graphql.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputs' });
    expect(rest).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', details: { field: 'inputs' } } });
  });

  it('answers a batch row by row: a bad row gets its own error, the others their results, each with its id', async () => {
    const response = await post('/api/screen/batch', {
      inputs: [
        { id: 'crm-1', name: 'Harbin Engineering University', limit: 1 },
        { id: 'crm-2', name: '' },
        { id: 3, name: 'NUDT', birthDate: '1990-01-01' },
      ],
    });

    expect(response.status).toBe(200);
    expect(response.body[0]).toMatchObject({ id: 'crm-1', matches: [{ name: 'Harbin Engineering University' }] });
    expect(response.body[1]).toEqual({
      id: 'crm-2',
      error: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'inputs[1].name' }),
    });
    expect(response.body[2].error).toMatchObject({ field: 'inputs[2].birthDate' });
    expect(response.body[2].error.message).toContain('did you mean "dateOfBirth"');
  });

  it('refuses an unknown field instead of screening without it, suggesting the known one', async () => {
    const response = await post('/api/screen', { name: 'Harbin Engineering University', birthDate: '1990-01-01' });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'birthDate' });
    expect(response.body.message).toContain('did you mean "dateOfBirth"');
  });

  it('refuses a reader key with FORBIDDEN, over GraphQL and REST', async () => {
    const graphql = await sut.graphql(SCREEN, { input: { name: 'Harbin' } }, { 'x-api-key': READER_KEY });
    const rest = await post('/api/screen', { name: 'Harbin' }, { 'x-api-key': READER_KEY });

    expect(graphql.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(rest.status).toBe(403);
  });
});
