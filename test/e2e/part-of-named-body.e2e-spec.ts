import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOT_WITH_LISTS_TIMEOUT_MS, bootWithLists, type MadeUpList } from '../helpers/app-with-lists';
import type { TestApp } from '../helpers/test-app';

const SCREENER_KEY = 'screener-key-for-part-of-body01';
const ADMIN_KEY = 'admin-key-for-part-of-body-0001';
const SCREENER = { 'x-api-key': SCREENER_KEY };

// A fictional list with a made-up university; the queries name one of its schools, written with the university.
const listId = `unit-${randomUUID().slice(0, 8)}`;
const ENTRY = `unit-test-university-${randomUUID().slice(0, 8)}`;
const UNIVERSITY_ID = `${listId}:${ENTRY}`;
const ACADEMY = `unit-test-academy-${randomUUID().slice(0, 8)}`;
const ACADEMY_ID = `${listId}:${ACADEMY}`;
const LIST: MadeUpList = {
  listId,
  entities: [
    { id: ENTRY, schema: 'Organization', properties: { name: ['Quarvelle Tarnish University'], topics: ['sanction'] } },
    // Since rules 1.122.0: a listed body with a written acronym and a name in Chinese characters (made up).
    {
      id: ACADEMY,
      schema: 'Organization',
      properties: {
        name: ['Quarvelle Tidal Defence Academy'],
        alias: ['QTDX', '夸维潮汐国防大学'],
        topics: ['sanction'],
      },
    },
  ],
};
const SCHOOL = 'School of Tidal Engineering, Quarvelle Tarnish University';

const SCREEN = `query Screen($input: ScreeningInput!) {
  screen(input: $input) {
    riskLevel riskReasons
    matches { entityId matchedName score match features { name value reason } }
    resolution { status entityId }
  }
}`;

const ASSESS = `query Assess($input: AssessPartnershipInput!) {
  assessPartnership(input: $input) {
    riskLevel reasons
    partner { resolution { status entityId explanation candidates { entityId score features { name reason } } } }
  }
}`;

describe('a unit named with its listed parent is screened as part of that parent (rules 1.119.0)', () => {
  let sut: TestApp;

  const post = (path: string, body: unknown, headers: Record<string, string> = SCREENER) =>
    sut.request('POST', path, body, headers);

  beforeAll(async () => {
    sut = await bootWithLists({ screener: SCREENER_KEY, admin: ADMIN_KEY }, [LIST]);
  }, BOOT_WITH_LISTS_TIMEOUT_MS);

  afterAll(async () => {
    await sut?.close();
  });

  it('shows the university over GraphQL at the review score, HIGH not CRITICAL, not resolved as it', async () => {
    const response = await sut.graphql(SCREEN, { input: { name: SCHOOL, lists: [listId] } }, SCREENER);

    expect(response.errors).toBeUndefined();
    const screen = response.data!.screen;
    expect(screen.matches[0]).toMatchObject({ entityId: UNIVERSITY_ID, score: 0.75, match: true });
    expect(screen.matches[0].features[0]).toMatchObject({ name: 'part_of_named_body', value: 1 });
    expect(screen.matches[0].features[0].reason).toContain(
      'the query names "Quarvelle Tarnish University" as the body it belongs to',
    );
    expect(screen.riskLevel).toBe('HIGH');
    expect(screen.riskReasons.join(' ')).toContain('the query names this body as the body it belongs to');
    expect(screen.resolution?.status).not.toBe('RESOLVED');
  });

  it('gives the same over REST and the yente-compatible /match', async () => {
    const rest = await post('/api/screen', { name: SCHOOL, lists: [listId] });
    expect(rest.status).toBe(200);
    expect(rest.body.matches[0]).toMatchObject({ entityId: UNIVERSITY_ID, score: 0.75 });
    expect(rest.body.riskLevel).toBe('HIGH');

    const response = await fetch(`${sut.url}/match/${listId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `ApiKey ${SCREENER_KEY}` },
      body: JSON.stringify({ queries: { q1: { schema: 'Organization', properties: { name: [SCHOOL] } } } }),
    });
    const body = (await response.json()) as any;
    expect(response.status).toBe(200);
    expect(body.responses.q1.results[0]).toMatchObject({ id: UNIVERSITY_ID, features: { part_of_named_body: 1 } });
  });

  it('leaves the school unresolved in assessPartnership, the university shown as a candidate', async () => {
    const response = await sut.graphql(ASSESS, { input: { partner: { name: SCHOOL } } }, SCREENER);

    expect(response.errors).toBeUndefined();
    const resolution = response.data!.assessPartnership.partner.resolution;
    expect(resolution.status).not.toBe('RESOLVED');
    expect(resolution.candidates.map((candidate: any) => candidate.entityId)).toContain(UNIVERSITY_ID);
  });

  it.each([
    ['a programme after its written acronym', 'QTDX Research Fund'],
    ['a unit after its written acronym', 'QTDX College of Electronic Science'],
    ['a unit written on its name in Chinese characters', '夸维潮汐国防大学电子科学学院'],
  ])('shows a listed body named by %s (rules 1.122.0): %s', async (_case, name) => {
    const response = await sut.graphql(SCREEN, { input: { name, lists: [listId] } }, SCREENER);

    expect(response.errors).toBeUndefined();
    const screen = response.data!.screen;
    expect(screen.matches[0]).toMatchObject({ entityId: ACADEMY_ID, score: 0.75, match: true });
    expect(screen.matches[0].features[0]).toMatchObject({ name: 'part_of_named_body', value: 1 });
    expect(screen.riskLevel).toBe('HIGH');
    expect(screen.resolution?.status).not.toBe('RESOLVED');
  });

  it("does not read a company's shape after a one-word name as a programme of it (rules 1.122.0)", async () => {
    const fund = await post('/api/screen', { name: 'QTDX Growth Fund', lists: [listId] });
    expect(
      fund.body.matches.filter((match: any) => match.features.some((f: any) => f.name === 'part_of_named_body')),
    ).toEqual([]);
  });

  it('does not read the university itself, nor a namesake of another class, as a part of it', async () => {
    const itself = await post('/api/screen', { name: 'Quarvelle Tarnish University', lists: [listId] });
    expect(itself.body.matches[0]).toMatchObject({ entityId: UNIVERSITY_ID, score: 1 });
    const other = await post('/api/screen', { name: 'Quarvelle Tarnish University of Medicine', lists: [listId] });
    expect(
      other.body.matches.filter((match: any) => match.features.some((f: any) => f.name === 'part_of_named_body')),
    ).toEqual([]);
  });
});
