import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOT_WITH_LISTS_TIMEOUT_MS, bootWithLists, type MadeUpList } from '../helpers/app-with-lists';
import type { TestApp } from '../helpers/test-app';

const SCREENER_KEY = 'screener-key-for-weak-aliases1';
const ADMIN_KEY = 'admin-key-for-weak-aliases-001';
const SCREENER = { 'x-api-key': SCREENER_KEY };

// A fictional list with a company the list also calls by weak aliases (FollowTheMoney `weakAlias`).
const listId = `weak-${randomUUID().slice(0, 8)}`;
const COMPANY_ENTRY = `weak-test-company-${randomUUID().slice(0, 8)}`;
const COMPANY_ID = `${listId}:${COMPANY_ENTRY}`;
const LIST: MadeUpList = {
  listId,
  entities: [
    {
      id: COMPANY_ENTRY,
      schema: 'Company',
      properties: {
        name: ['Orvendale Advanced Computing Technology Company Limited'],
        weakAlias: ['ORVELTRIX', 'GAN', 'STRATEGIC FORCES'],
        jurisdiction: ['cy'],
        topics: ['sanction'],
      },
    },
  ],
};

const SCREEN = `query Screen($input: ScreeningInput!) {
  screen(input: $input) {
    riskLevel riskReasons
    matches { entityId matchedName score match features { name value reason } }
  }
}`;

describe('weak aliases, screened word for word with their own weight (rules 1.109.0)', () => {
  let sut: TestApp;

  const post = (path: string, body: unknown, headers: Record<string, string> = SCREENER) =>
    sut.request('POST', path, body, headers);

  beforeAll(async () => {
    sut = await bootWithLists({ screener: SCREENER_KEY, admin: ADMIN_KEY }, [LIST]);
  }, BOOT_WITH_LISTS_TIMEOUT_MS);

  afterAll(async () => {
    await sut?.close();
  });

  it('finds the entry by its weak alias over GraphQL, as a possible match for review', async () => {
    const response = await sut.graphql(SCREEN, { input: { name: 'Orveltrix', lists: [listId] } }, SCREENER);

    expect(response.errors).toBeUndefined();
    const screen = response.data!.screen;
    expect(screen.matches[0]).toMatchObject({
      entityId: COMPANY_ID,
      matchedName: 'ORVELTRIX',
      score: 0.7,
      match: true,
    });
    expect(screen.matches[0].features[0]).toEqual({
      name: 'weak_alias',
      value: 1,
      reason: 'matched a weak alias (the list calls it low quality): ORVELTRIX',
    });
    expect(screen.riskLevel).toBe('MEDIUM');
    expect(screen.riskReasons[0]).toContain('through a weak alias only');
  });

  it('alerts at the listing\u2019s weight when the country agrees, over REST', async () => {
    const response = await post('/api/screen', { name: 'ORVELTRIX', country: ['CY'], lists: [listId] });

    expect(response.status).toBe(200);
    expect(response.body.matches[0]).toMatchObject({ entityId: COMPANY_ID, score: 0.8 });
    expect(response.body.riskLevel).toBe('CRITICAL');
  });

  it.each([
    ['Gan', 'three letters'],
    ['Strategic Forces', 'common words only'],
    ['Orveltrix Holdings', 'a longer name'],
  ])('never matches %s through a weak alias (%s)', async (name) => {
    const response = await post('/api/screen', { name, lists: [listId] });

    expect(response.status).toBe(200);
    expect(
      response.body.matches.filter((match: any) => match.features.some((f: any) => f.name === 'weak_alias')),
    ).toEqual([]);
  });

  it('answers the yente-compatible /match with the weak_alias feature', async () => {
    const response = await fetch(`${sut.url}/match/${listId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `ApiKey ${SCREENER_KEY}` },
      body: JSON.stringify({ queries: { q1: { schema: 'Company', properties: { name: ['Orveltrix'] } } } }),
    });
    const body = (await response.json()) as any;

    expect(response.status).toBe(200);
    expect(body.responses.q1.results[0]).toMatchObject({ id: COMPANY_ID, features: { weak_alias: 1 } });
  });
});
