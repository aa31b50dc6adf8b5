import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOT_WITH_LISTS_TIMEOUT_MS, bootWithLists, type MadeUpList } from '../helpers/app-with-lists';
import type { TestApp } from '../helpers/test-app';

const SCREENER_KEY = 'screener-key-for-derived-initials';
const ADMIN_KEY = 'admin-key-for-derived-initials-01';
const SCREENER = { 'x-api-key': SCREENER_KEY };

// Two fictional lists: on the first, a company whose initials spell "QNSFC" and a university that writes its own
// acronym "UESTQ"; on the second, a council that writes "QNSFC" as its own alias (screened with `lists` set to the
// first list only, so the council is indexed but never a match of these screenings).
const suffix = randomUUID().slice(0, 8);
const listId = `initials-${suffix}`;
const otherListId = `initials-other-${suffix}`;
const COMPANY = `${listId}:qnsfc-company`;
const UNIVERSITY = `${listId}:uestq-university`;
const LIST: MadeUpList = {
  listId,
  entities: [
    {
      id: 'qnsfc-company',
      schema: 'Company',
      properties: { name: ['Quillon Northern Shipping Finance Corporation'], topics: ['sanction'] },
    },
    {
      id: 'uestq-university',
      schema: 'Organization',
      properties: {
        name: ['University of Electric Science and Technology of Quarrow'],
        alias: ['UESTQ'],
        topics: ['sanction'],
      },
    },
  ],
};
const OTHER_LIST: MadeUpList = {
  listId: otherListId,
  entities: [
    {
      id: 'qnsfc-council',
      schema: 'Organization',
      properties: { name: ['Quarrow Natural Science Fund Council'], alias: ['QNSFC'], topics: ['sanction'] },
    },
  ],
};

const SCREEN = `query Screen($input: ScreeningInput!) {
  screen(input: $input) {
    riskLevel riskReasons
    matches { entityId matchedName score match features { name value reason } }
  }
}`;

describe('a bare acronym read only as a listed body\u2019s initials (rules 1.117.0)', () => {
  let sut: TestApp;

  const post = (path: string, body: unknown, headers: Record<string, string> = SCREENER) =>
    sut.request('POST', path, body, headers);

  beforeAll(async () => {
    sut = await bootWithLists({ screener: SCREENER_KEY, admin: ADMIN_KEY }, [LIST, OTHER_LIST]);
  }, BOOT_WITH_LISTS_TIMEOUT_MS);

  afterAll(async () => {
    await sut?.close();
  });

  it('(b) keeps the initials reading as a possible match for review below the threshold, naming the body that writes the acronym (GraphQL; rules 1.218.0)', async () => {
    const response = await sut.graphql(
      SCREEN,
      { input: { name: 'QNSFC', lists: [listId], pathRisks: false } },
      SCREENER,
    );

    expect(response.errors).toBeUndefined();
    const screen = response.data!.screen;
    expect(screen.matches[0]).toMatchObject({ entityId: COMPANY, match: false, score: 0.65 });
    expect(screen.matches[0].features).toContainEqual({
      name: 'derived_initials',
      value: 1,
      reason:
        '"QNSFC" is only the initials of this name; "Quarrow Natural Science Fund Council" writes "QNSFC" as its own acronym: a possible match for review, score at most 0.65.',
    });
    expect(screen.riskLevel).toBe('NONE');
  });

  it('(b) answers the same over REST and the yente-compatible /match', async () => {
    const rest = await post('/api/screen', { name: 'QNSFC', lists: [listId], pathRisks: false });
    expect(rest.status).toBe(200);
    expect(rest.body.riskLevel).toBe('NONE');
    expect(rest.body.matches[0].entityId).toBe(COMPANY);

    const response = await fetch(`${sut.url}/match/${listId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `ApiKey ${SCREENER_KEY}` },
      body: JSON.stringify({ queries: { q1: { schema: 'Organization', properties: { name: ['QNSFC'] } } } }),
    });
    const body = (await response.json()) as any;
    expect(response.status).toBe(200);
    expect(body.responses.q1.results[0]).toMatchObject({ id: COMPANY, features: { derived_initials: 1 } });
  });

  it('(a) no match through the initials of a body that writes another acronym of its own', async () => {
    const response = await post('/api/screen', { name: 'USTQ', lists: [listId], pathRisks: false });

    expect(response.status).toBe(200);
    expect(response.body.matches.filter((match: any) => match.entityId === UNIVERSITY && match.match)).toEqual([]);
    expect(response.body.riskLevel).toBe('NONE');
  });

  it('the body asked by its own acronym is a full match', async () => {
    const response = await post('/api/screen', { name: 'UESTQ', lists: [listId], pathRisks: false });

    expect(response.body.matches[0]).toMatchObject({ entityId: UNIVERSITY, score: 1 });
    expect(response.body.riskLevel).toBe('CRITICAL');
  });
});
