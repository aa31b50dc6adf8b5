import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOT_WITH_LISTS_TIMEOUT_MS, bootWithLists, type MadeUpList } from '../helpers/app-with-lists';
import type { TestApp } from '../helpers/test-app';

const READER_KEY = 'reader-key-for-yente-tests-01';
const SCREENER_KEY = 'screener-key-for-yente-tests1';
const ADMIN_KEY = 'admin-key-for-yente-tests-0001';
/** yente's hosted API is called with `Authorization: ApiKey …`; a yente client keeps doing that. */
const YENTE_AUTH = { authorization: `ApiKey ${SCREENER_KEY}` };

// A fictional list, imported under a fresh id so the test owns its data; entities get `<list>:<entry>` ids.
const listId = `yente-${randomUUID().slice(0, 8)}`;
const PERSON_ENTRY = `yente-test-person-${randomUUID().slice(0, 8)}`;
const COMPANY_ENTRY = `yente-test-company-${randomUUID().slice(0, 8)}`;
const PERSON_ID = `${listId}:${PERSON_ENTRY}`;
const COMPANY_ID = `${listId}:${COMPANY_ENTRY}`;
const OWNERSHIP_ID = `yente-test-ownership-${randomUUID().slice(0, 8)}`;
const LIST: MadeUpList = {
  listId,
  entities: [
    {
      id: PERSON_ENTRY,
      schema: 'Person',
      properties: {
        name: ['Velmora Quistrand'],
        alias: ['Velmora Kvistrand'],
        birthDate: ['1971-03-14'],
        nationality: ['ru'],
        passportNumber: ['P77120931'],
        topics: ['sanction'],
      },
    },
    {
      id: COMPANY_ENTRY,
      schema: 'Company',
      properties: { name: ['Quistrand Maritime Holdings Limited'], jurisdiction: ['cy'], topics: ['sanction'] },
    },
    {
      id: OWNERSHIP_ID,
      schema: 'Ownership',
      properties: { owner: [PERSON_ENTRY], asset: [COMPANY_ENTRY], percentage: ['60'] },
    },
  ],
};

describe('the yente-compatible API', () => {
  let sut: TestApp;

  const call = (method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = YENTE_AUTH) =>
    sut.request(method, path, body, headers);

  beforeAll(async () => {
    sut = await bootWithLists({ reader: READER_KEY, screener: SCREENER_KEY, admin: ADMIN_KEY }, [LIST]);
  }, BOOT_WITH_LISTS_TIMEOUT_MS);

  afterAll(async () => {
    await sut?.close();
  });

  it('matches a person query written as yente documents it, keyed by the caller id', async () => {
    const response = await call('POST', `/match/${listId}?algorithm=logic-v2&limit=3`, {
      queries: {
        entity1: {
          schema: 'Person',
          properties: { name: ['Velmora Quistrand'], birthDate: ['1971-03-14'], nationality: ['ru'] },
        },
      },
    });

    expect(response.status).toBe(200);
    expect(response.body.limit).toBe(3);
    const answer = response.body.responses.entity1;
    expect(answer.status).toBe(200);
    expect(answer.query).toMatchObject({ schema: 'Person', properties: { birthDate: ['1971-03-14'] } });
    expect(answer.total).toEqual({ value: answer.results.length, relation: 'eq' });
    const [best] = answer.results;
    expect(best).toMatchObject({
      id: PERSON_ID,
      caption: 'Velmora Quistrand',
      schema: 'Person',
      datasets: [listId],
      target: true,
      match: true,
    });
    expect(best.properties.birthDate).toEqual(['1971-03-14']);
    expect(best.score).toBeGreaterThanOrEqual(0.7);
    expect(best.features.birth_date).toBe(1);
    expect(best.explanations.birth_date).toMatchObject({ score: 1, detail: expect.any(String) });
    expect(Object.keys(best)).toEqual(
      expect.arrayContaining(['referents', 'first_seen', 'last_seen', 'features', 'explanations']),
    );
  });

  it('answers several queries at once, each under its own key', async () => {
    const response = await call('POST', '/match/default', {
      queries: {
        'crm-17': { schema: 'Company', properties: { name: 'Quistrand Maritime Holdings Ltd', jurisdiction: 'cy' } },
        'crm-18': { schema: 'Person', properties: { name: ['Tobiah Nemerkandl'] } },
      },
    });

    expect(response.status).toBe(200);
    expect(response.body.responses['crm-17'].results[0]).toMatchObject({ id: COMPANY_ID, match: true });
    expect(response.body.responses['crm-18'].results.filter((result: any) => result.match)).toEqual([]);
  });

  it('scores a conflicting birth date below a matching one', async () => {
    const query = (birthDate: string) => ({
      queries: { q: { schema: 'Person', properties: { name: ['Velmora Quistrand'], birthDate: [birthDate] } } },
    });
    const same = await call('POST', `/match/${listId}`, query('1971-03-14'));
    const other = await call('POST', `/match/${listId}`, query('1990-11-02'));

    expect(other.body.responses.q.results[0].score).toBeLessThan(same.body.responses.q.results[0].score);
    expect(other.body.responses.q.results[0].features.birth_date).toBe(-1);
  });

  it.each<[string, unknown, string, number, string]>([
    [
      'an unknown dataset',
      { queries: { a: { schema: 'Person', properties: { name: ['X'] } } } },
      '/match/no-such-list',
      404,
      'No such dataset',
    ],
    [
      'a misspelt property',
      { queries: { a: { schema: 'Person', properties: { name: ['X'], birthdate: ['1971'] } } } },
      '/match/default',
      400,
      'did you mean "birthDate"',
    ],
    ['no queries', { queries: {} }, '/match/default', 400, 'No queries provided'],
    [
      'an unknown algorithm',
      { queries: { a: { schema: 'Person', properties: { name: ['X'] } } } },
      '/match/default?algorithm=magic',
      400,
      'Invalid algorithm',
    ],
    [
      'an unknown schema',
      { queries: { a: { schema: 'Spaceship', properties: { name: ['X'] } } } },
      '/match/default',
      400,
      'queries.a.schema',
    ],
  ])('refuses %s with yente’s status and a detail', async (_case, body, path, status, detail) => {
    const response = await call('POST', path, body);

    expect(response.status).toBe(status);
    expect(response.body.detail).toContain(detail);
    expect(response.body.code).toBeDefined();
  });

  it('searches a dataset by text, filtered by schema and country', async () => {
    const all = await call('GET', `/search/${listId}?q=Quistrand`);
    const companies = await call('GET', `/search/${listId}?q=Quistrand&schema=Company&countries=cy`);
    const elsewhere = await call('GET', `/search/${listId}?q=Quistrand&countries=fr`);

    expect(all.status).toBe(200);
    expect(all.body.results.map((entity: any) => entity.id)).toEqual(expect.arrayContaining([PERSON_ID, COMPANY_ID]));
    expect(all.body).toMatchObject({ limit: 10, offset: 0, total: { relation: 'eq' } });
    expect(companies.body.results.map((entity: any) => entity.id)).toEqual([COMPANY_ID]);
    expect(elsewhere.body.results).toEqual([]);
  });

  it('returns an entity as FollowTheMoney JSON with its ownership nested', async () => {
    const response = await call('GET', `/entities/${encodeURIComponent(COMPANY_ID)}`);
    const flat = await call('GET', `/entities/${encodeURIComponent(COMPANY_ID)}?nested=false`);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: COMPANY_ID, schema: 'Company', datasets: [listId] });
    const [ownership] = response.body.properties.ownershipAsset;
    expect(ownership).toMatchObject({ schema: 'Ownership', properties: { asset: [COMPANY_ID] } });
    expect(ownership.properties.owner[0]).toMatchObject({ id: PERSON_ID, caption: 'Velmora Quistrand' });
    expect(flat.body.properties.ownershipAsset).toBeUndefined();
  });

  it('answers 404 for an entity it does not have', async () => {
    const response = await call('GET', `/entities/no-such-entity-${randomUUID()}`);

    expect(response.status).toBe(404);
    expect(response.body.detail).toBeDefined();
  });

  it('lists our lists as datasets, with default for all of them', async () => {
    const response = await call('GET', '/catalog');

    expect(response.status).toBe(200);
    const byName = new Map(response.body.datasets.map((dataset: any) => [dataset.name, dataset]));
    expect(byName.get('default')).toMatchObject({ type: 'collection' });
    expect((byName.get('default') as any).children).toContain(listId);
    expect(byName.get(listId)).toMatchObject({ name: listId, load: true, entity_count: 2 });
    expect((byName.get(listId) as any).version).toEqual(expect.any(String));
    expect((byName.get(listId) as any).updated_at).toEqual(expect.any(String));
    expect(response.body.current).toContain(listId);
  });

  it('needs the screener role, as REST screening does', async () => {
    const query = { queries: { a: { schema: 'Person', properties: { name: ['Velmora Quistrand'] } } } };
    const reader = await call('POST', '/match/default', query, { 'x-api-key': READER_KEY });
    const anonymous = await call('POST', '/match/default', query, {});

    expect(reader.status).toBe(403);
    expect(anonymous.status).toBe(401);
  });
});
