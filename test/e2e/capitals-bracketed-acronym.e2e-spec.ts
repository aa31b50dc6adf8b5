import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootWithFtmLines } from '../helpers/app-with-lists';
import type { TestApp } from '../helpers/test-app';
import { ftmLine } from '../helpers/test-lists';

const SCREENER_KEY = 'capitals-acronym-screener-key-for-test';

const SCREEN = `query Screen($input: ScreeningInput!) {
  screen(input: $input) { riskLevel matches { entityId score match } }
}`;

/**
 * Since rules 1.211.0 (probe7's C1): a list that writes a body's name all in capitals with its own acronym in
 * brackets at the end ("… CORPORATION (QTIC)") names the body by that acronym: screened alone, the acronym alerts on
 * the body, through the real importer and the screening index, GraphQL and REST alike. A place in brackets stays a
 * place. Made-up bodies.
 */
describe("an all-capitals list name's own bracketed acronym finds the body (GraphQL, REST)", () => {
  let sut: TestApp;
  const screener = { 'x-api-key': SCREENER_KEY };
  const listId = `test-capitals-acronym-${randomUUID().slice(0, 8)}`;
  const insuranceId = `${listId}:qtic-1`;
  const worksId = `${listId}:qtw-1`;

  beforeAll(async () => {
    sut = await bootWithFtmLines(
      { API_KEYS: `${SCREENER_KEY}:screener` },
      listId,
      [
        ftmLine('qtic-1', 'QUARROW TIDAL INSURANCE CORPORATION (QTIC)', []),
        ftmLine('qtw-1', 'QUARROW TIDAL WORKS (TARVELLO)', []),
      ],
      'capitals acronym tests: list imported',
    );
  }, 300_000);

  afterAll(async () => {
    await sut?.close();
  });

  it('alerts on the body screened by its bracketed acronym alone', async () => {
    const input = { name: 'QTIC', schema: 'Organization' };
    const response = await sut.graphql(SCREEN, { input }, screener);
    expect(response.errors).toBeUndefined();
    const rest = await sut.request('POST', '/api/screen', input, screener);
    expect(rest.status).toBe(200);

    for (const answer of [response.data!.screen, rest.body]) {
      expect(answer.matches.find((match: { entityId: string }) => match.entityId === insuranceId)).toMatchObject({
        match: true,
      });
      expect(answer.riskLevel).not.toBe('NONE');
    }
  });

  it('does not alert on a body by the place in brackets after its name', async () => {
    const response = await sut.graphql(SCREEN, { input: { name: 'TARVELLO', schema: 'Organization' } }, screener);
    expect(response.errors).toBeUndefined();

    const match = response.data!.screen.matches.find((found: { entityId: string }) => found.entityId === worksId);
    expect(match?.match ?? false).toBe(false);
  });
});
