import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootWithFtmLines } from '../helpers/app-with-lists';
import type { TestApp } from '../helpers/test-app';
import { ftmPersonLine } from '../helpers/test-lists';

const SCREENER_KEY = 'birth-date-screener-key-for-test';

const RESOLUTION = 'status entityId explanation candidates { entityId score features { name } }';

const PARTNER_RISK = `query PartnerRisk($name: String, $country: String, $dateOfBirth: [String!]) {
  partnerRisk(name: $name, country: $country, dateOfBirth: $dateOfBirth) {
    riskLevel entity { id } resolution { ${RESOLUTION} }
  }
}`;

const ASSESS = `query Assess($input: AssessPartnershipInput!) {
  assessPartnership(input: $input) {
    riskLevel
    partner { resolution { ${RESOLUTION} } risk { riskLevel } }
    funders { resolution { ${RESOLUTION} } risk { riskLevel } }
  }
}`;

/** The made-up listed person: his one list entry gives a date of birth and a nationality. */
const LISTED = { name: 'Tavric Ulmondo Sherrane', born: '1961-02-14', nationality: 'is' };

/**
 * Since rules 1.198.0: a date of birth on every route that resolves a person. `partnerRisk` and `assessPartnership`'s
 * partner and funders read a name no organisation answers as a person too (eitherSchemaResolution); the date they are
 * given reaches that person reading as `people`'s does, so a conflicting date keeps a listed person from being resolved
 * and an agreeing one resolves him. The person is made up for these tests.
 */
describe('a date of birth on partnerRisk and on the partner and funders (GraphQL)', () => {
  let sut: TestApp;
  const screener = { 'x-api-key': SCREENER_KEY };
  const listId = `test-birth-date-${randomUUID().slice(0, 8)}`;
  const entryId = 'tus-1';

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
      [ftmPersonLine(entryId, { name: [LISTED.name], birthDate: [LISTED.born], nationality: [LISTED.nationality] })],
      'birth date tests: list imported',
    );
  }, 300_000);

  afterAll(async () => {
    await sut?.close();
  });

  const listedEntity = async (): Promise<string> => {
    const answer = await partnerRisk({ name: LISTED.name });
    expect(answer.resolution.status).toBe('RESOLVED');
    return answer.resolution.entityId as string;
  };

  it.each([
    { dates: ['1988-09-30'], why: 'a full date that conflicts' },
    { dates: ['1975'], why: 'a year that conflicts' },
  ])('does not resolve partnerRisk to the listed person given with $why', async ({ dates }) => {
    const listed = await listedEntity();

    const answer = await partnerRisk({ name: LISTED.name, dateOfBirth: dates });

    expect(answer.resolution.status).not.toBe('RESOLVED');
    expect(answer.entity).toBeNull();
    expect(answer.resolution.entityId).not.toBe(listed);
  });

  it.each([
    { dates: [LISTED.born], why: 'the date of birth of his record' },
    { dates: ['1961'], why: 'the year of his record' },
    { dates: ['1988-09-30', '1961-02'], why: 'two dates, one of which agrees' },
  ])('resolves partnerRisk to the listed person given with $why', async ({ dates }) => {
    const listed = await listedEntity();

    const answer = await partnerRisk({ name: LISTED.name, dateOfBirth: dates });

    expect(answer.resolution).toMatchObject({ status: 'RESOLVED', entityId: listed });
    expect(answer.entity).toEqual({ id: listed });
    const best = answer.resolution.candidates.find((candidate: any) => candidate.entityId === listed);
    expect(best.features.map((feature: any) => feature.name)).toContain('birth_date');
    expect(answer.riskLevel).toBe('CRITICAL');
  });

  it('does not resolve the partner or a funder to the listed person given with a date that conflicts, and resolves both with one that agrees', async () => {
    const listed = await listedEntity();
    const party = (dates: string[]) => ({ name: LISTED.name, dateOfBirth: dates });

    const conflicting = await assess({ partner: party(['1988-09-30']), funders: [party(['1988'])] });
    const agreeing = await assess({ partner: party([LISTED.born]), funders: [party(['1961-02'])] });

    expect(conflicting.partner.resolution.status).not.toBe('RESOLVED');
    expect(conflicting.partner.resolution.entityId).not.toBe(listed);
    expect(conflicting.funders[0].resolution.status).not.toBe('RESOLVED');
    expect(conflicting.funders[0].resolution.entityId).not.toBe(listed);
    expect(agreeing.partner.resolution).toMatchObject({ status: 'RESOLVED', entityId: listed });
    expect(agreeing.funders[0].resolution).toMatchObject({ status: 'RESOLVED', entityId: listed });
    expect(agreeing.partner.risk.riskLevel).toBe('CRITICAL');
  });

  it('leaves a body resolved by its name whatever date of birth it is given', async () => {
    const plain = await assess({ partner: { name: 'Example Partner University' } });

    const dated = await assess({ partner: { name: 'Example Partner University', dateOfBirth: ['1900'] } });

    expect(plain.partner.resolution.status).toBe('RESOLVED');
    expect(dated.partner.resolution).toEqual(plain.partner.resolution);
  });

  it.each([
    {
      route: 'partnerRisk',
      dates: ['14/02/1961'],
      field: 'dateOfBirth[0]',
      reason: 'is not YYYY, YYYY-MM or YYYY-MM-DD',
    },
    { route: 'partnerRisk', dates: Array(11).fill('1961'), field: 'dateOfBirth', reason: 'at most 10 values' },
    { route: 'partner', dates: ['1961', '61-02'], field: 'partner.dateOfBirth[1]', reason: 'is not YYYY' },
    { route: 'funders', dates: [''], field: 'funders[0].dateOfBirth[0]', reason: 'is empty or only spaces' },
  ])('refuses a bad date of birth on $route, naming the field ($field)', async ({ route, dates, field, reason }) => {
    const response =
      route === 'partnerRisk'
        ? await sut.graphql(PARTNER_RISK, { name: LISTED.name, dateOfBirth: dates }, screener)
        : await sut.graphql(
            ASSESS,
            {
              input:
                route === 'partner'
                  ? { partner: { name: LISTED.name, dateOfBirth: dates } }
                  : {
                      partner: { name: 'Example Partner University' },
                      funders: [{ name: LISTED.name, dateOfBirth: dates }],
                    },
            },
            screener,
          );

    expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toContain(field);
    expect(response.errors![0].message).toContain(reason);
  });
});
