import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootWithFtmLines } from '../helpers/app-with-lists';
import type { TestApp } from '../helpers/test-app';
import { ftmLine } from '../helpers/test-lists';

const SCREENER_KEY = 'generic-name-screener-key-for-tests';
const SCREENER = { 'x-api-key': SCREENER_KEY };

const SCREEN = `query Screen($input: ScreeningInput!) {
  screen(input: $input) { riskLevel matches { entityId score match features { name value reason } } }
}`;

/**
 * Since rules 1.206.0 (issue 9: "when both sides carry a country and they conflict, an organisation match needs
 * overwhelming name evidence"): a made-up listed ministry of NL (`ftmLine`) carries a generic alias, made only of class
 * and topic words, as lists record a ministry's short name. Given with another country, the alias is not enough to
 * match across countries: the entry is shown below the threshold with the reason, and the screen does not alert.
 * Given with the entry's own country, or with none, it alerts as before.
 */
describe('a generic name of a listed body of another country on the screen (rules 1.206.0)', () => {
  let sut: TestApp;
  const listId = `test-generic-name-${randomUUID().slice(0, 8)}`;
  const entryId = `${listId}:qfd-1`;

  beforeAll(async () => {
    sut = await bootWithFtmLines(
      { API_KEYS: `${SCREENER_KEY}:screener` },
      listId,
      [ftmLine('qfd-1', 'Quorvale Forestry Directorate', ['Ministry of Forestry'])],
      'generic name tests: list imported',
    );
  }, 300_000);

  afterAll(async () => {
    await sut?.close();
  });

  const screen = async (input: Record<string, unknown>): Promise<any> => {
    const response = await sut.graphql(SCREEN, { input: { schema: 'Organization', ...input } }, SCREENER);
    expect(response.errors).toBeUndefined();
    return response.data!.screen;
  };

  it('given another country: the listed ministry is shown at 0.65 with the reason, not matched (NONE)', async () => {
    const result = await screen({ name: 'Ministry of Forestry', country: ['BE'] });

    const listed = result.matches.find((match: any) => match.entityId === entryId);
    expect(listed).toMatchObject({ score: 0.65, match: false });
    expect(result.riskLevel).toBe('NONE');
    expect(listed.features.map((feature: any) => feature.reason)).toContain(
      '"Ministry of Forestry" is a generic name (class, field and topic words only) of a body in NL; the query says BE: not enough to match across countries; score at most 0.65.',
    );
  });

  it.each([
    { country: ['NL'], why: "with the entry's own country" },
    { country: null, why: 'without a country' },
  ])('given $why: the listed ministry matches (CRITICAL)', async ({ country }) => {
    const result = await screen({ name: 'Ministry of Forestry', country });

    expect(result.matches.find((match: any) => match.entityId === entryId)).toMatchObject({ match: true });
    expect(result.riskLevel).toBe('CRITICAL');
  });
});
