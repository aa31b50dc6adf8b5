import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootWithFtmLines } from '../helpers/app-with-lists';
import type { TestApp } from '../helpers/test-app';
import { ftmPersonLine } from '../helpers/test-lists';

const SCREENER_KEY = 'common-name-screener-key-for-test';

const RESOLUTION = 'status entityId explanation candidates { entityId score }';

const PARTNER_RISK = `query PartnerRisk($name: String, $country: String, $dateOfBirth: [String!]) {
  partnerRisk(name: $name, country: $country, dateOfBirth: $dateOfBirth) {
    riskLevel reasons entity { id } resolution { ${RESOLUTION} }
  }
}`;

const ASSESS = `query Assess($input: AssessPartnershipInput!) {
  assessPartnership(input: $input) {
    riskLevel reasons
    partner { resolution { ${RESOLUTION} } }
    funders { resolution { ${RESOLUTION} } }
    people { resolution { ${RESOLUTION} } }
  }
}`;

const SCREEN = `query Screen($input: ScreeningInput!) {
  screen(input: $input) { riskLevel matches { entityId score match } resolution { ${RESOLUTION} } }
}`;

/**
 * The made-up listed persons. The first is listed under a made-up name with an alias made only of common names of
 * the name-frequency tables (name_frequency.yml), as a list records a listed person's other name; the second under a
 * made-up name alone.
 */
const COMMON = { name: 'Quorvane Tarrow Pellmar', alias: 'Garcia Maria', born: '1961-02-14', nationality: 'es' };
const RARE = { name: 'Orvellan Quistrade', nationality: 'es' };

/**
 * Since rules 1.202.0 (probe6's R2, issue 9): a person's name made only of common names resolves to a listed person
 * only with evidence beyond the name, a date of birth that agrees or an identifier shared. Given alone, or with a
 * country that agrees, the listed person is the best candidate shown, NOT_FOUND, and `partnerRisk` and
 * `assessPartnership` say UNKNOWN, never NONE; the screen keeps its alert. A rare listed name still resolves on its
 * own. Every route reads the one resolver, so every route answers alike.
 */
describe('a common person name given alone is not resolved to a listed person (GraphQL, REST)', () => {
  let sut: TestApp;
  const screener = { 'x-api-key': SCREENER_KEY };
  const listId = `test-common-name-${randomUUID().slice(0, 8)}`;
  const commonId = `${listId}:qtv-1`;
  const rareId = `${listId}:oq-1`;

  const partnerRisk = async (variables: Record<string, unknown>): Promise<any> => {
    const response = await sut.graphql(PARTNER_RISK, variables, screener);
    expect(response.errors).toBeUndefined();
    return response.data!.partnerRisk;
  };

  const assess = async (input: Record<string, unknown>): Promise<any> => {
    const response = await sut.graphql(ASSESS, { input }, screener);
    expect(response.errors).toBeUndefined();
    return response.data!.assessPartnership;
  };

  beforeAll(async () => {
    sut = await bootWithFtmLines(
      { API_KEYS: `${SCREENER_KEY}:screener` },
      listId,
      [
        ftmPersonLine('qtv-1', {
          name: [COMMON.name],
          alias: [COMMON.alias],
          birthDate: [COMMON.born],
          nationality: [COMMON.nationality],
        }),
        ftmPersonLine('oq-1', { name: [RARE.name], nationality: [RARE.nationality] }),
      ],
      'common name tests: list imported',
    );
  }, 300_000);

  afterAll(async () => {
    await sut?.close();
  });

  it.each([
    { name: 'Maria Garcia', country: null, why: 'alone' },
    { name: 'GARCIA, Maria', country: null, why: 'alone, surname first' },
    { name: 'Maria Garcia', country: 'ES', why: 'with a country that agrees' },
  ])(
    'does not resolve partnerRisk given a common name $why, and names the listed person: UNKNOWN',
    async ({ name, country }) => {
      const answer = await partnerRisk({ name, country });

      expect(answer.resolution.status).toBe('NOT_FOUND');
      expect(answer.entity).toBeNull();
      expect(answer.resolution.candidates[0]).toMatchObject({ entityId: commonId, score: 1 });
      expect(answer.resolution.explanation).toContain('made of common names');
      expect(answer.riskLevel).toBe('UNKNOWN');
      expect(answer.reasons.join(' ')).toContain(COMMON.name);
    },
  );

  it('resolves partnerRisk given the common name with a date of birth that agrees: CRITICAL', async () => {
    const answer = await partnerRisk({ name: 'Maria Garcia', dateOfBirth: [COMMON.born] });

    expect(answer.resolution).toMatchObject({ status: 'RESOLVED', entityId: commonId });
    expect(answer.riskLevel).toBe('CRITICAL');
  });

  it('resolves partnerRisk given a rare listed name alone: CRITICAL', async () => {
    const answer = await partnerRisk({ name: RARE.name });

    expect(answer.resolution).toMatchObject({ status: 'RESOLVED', entityId: rareId });
    expect(answer.riskLevel).toBe('CRITICAL');
  });

  it('does not resolve the partner, a funder or a person of assessPartnership given the common name alone: UNKNOWN', async () => {
    const answer = await assess({
      partner: { name: 'Maria Garcia' },
      funders: [{ name: 'Maria Garcia' }],
      people: [{ name: 'Maria Garcia' }],
    });

    for (const party of [answer.partner, answer.funders[0], answer.people[0]]) {
      expect(party.resolution.status).toBe('NOT_FOUND');
      expect(party.resolution.candidates[0].entityId).toBe(commonId);
    }
    expect(answer.riskLevel).toBe('UNKNOWN');
    expect(answer.reasons.join(' ')).toContain(COMMON.name);
    // A listed person at 1.0 refused on the evidence is "not resolved", never "not found in the graph or lists".
    expect(answer.reasons).toContainEqual(
      expect.stringMatching(/^partner "Maria Garcia" not resolved: not assessed \(closest candidate: /),
    );
    expect(answer.reasons.join(' ')).not.toContain('not found in the graph or lists');
  });

  it('resolves a person of assessPartnership given the common name with the date of birth of the record', async () => {
    const answer = await assess({
      partner: { name: 'Example Partner University' },
      people: [{ name: 'Maria Garcia', dateOfBirth: [COMMON.born] }],
    });

    expect(answer.people[0].resolution).toMatchObject({ status: 'RESOLVED', entityId: commonId });
    expect(answer.riskLevel).toBe('CRITICAL');
  });

  it('keeps the screen alert on the listed person, GraphQL and REST alike, while not resolving the name', async () => {
    const input = { name: 'Maria Garcia', schema: 'Person' };
    const response = await sut.graphql(SCREEN, { input }, screener);
    expect(response.errors).toBeUndefined();
    const graphql = response.data!.screen;
    const rest = await sut.request('POST', '/api/screen', input, screener);
    expect(rest.status).toBe(200);

    for (const answer of [graphql, rest.body]) {
      expect(answer.matches[0]).toMatchObject({ entityId: commonId, match: true });
      expect(answer.riskLevel).toBe('CRITICAL');
      expect(answer.resolution).toMatchObject({ status: 'NOT_FOUND' });
      expect(answer.resolution.candidates[0].entityId).toBe(commonId);
    }
  });
});
