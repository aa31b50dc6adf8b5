import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootWithFtmLines } from '../helpers/app-with-lists';
import { graphqlData, type TestApp } from '../helpers/test-app';
import { ftmPersonLine } from '../helpers/test-lists';

const SCREENER_KEY = 'party-input-routes-screener-01';

/** The made-up listed person: a person's name only, his entry with a date of birth and a nationality (Iran). */
const LISTED = { name: 'Brannoc Ostervelt Quillimane', born: '1963-02-17', nationality: 'ir' };
/** Made-up names that nothing in the graph or the lists answers. */
const NOWHERE_BODY = 'Zorvandel Institute of Plinthography';

/**
 * Since rules 1.212.0 one reading of a party on every route: a country is read alike wherever one is taken (a code, a
 * name or a demonym the country tables know, as its code; any other refused with the field named), a case says of a
 * party not assessed what assessPartnership says, and a case screens a partner or funder by its own reading (a
 * person's name read as a person), not as an organisation whatever it is.
 */
describe('one reading of a party on every route (GraphQL, REST, yente)', () => {
  let sut: TestApp;
  const screener = { 'x-api-key': SCREENER_KEY };
  const listId = `test-party-input-routes-${randomUUID().slice(0, 8)}`;
  const listed = `${listId}:boq-1`;

  const call = (query: string, variables: Record<string, unknown> = {}): Promise<any> =>
    graphqlData(sut, query, variables, screener);

  beforeAll(async () => {
    sut = await bootWithFtmLines(
      { API_KEYS: `${SCREENER_KEY}:screener`, SCREENING_POLL_INTERVAL_MS: '0' },
      listId,
      [ftmPersonLine('boq-1', { name: [LISTED.name], birthDate: [LISTED.born], nationality: [LISTED.nationality] })],
      'party input route tests: list imported',
    );
  }, 300_000);

  afterAll(async () => {
    await sut?.close();
  });

  it.each([
    { given: 'South Africa', code: 'za', why: "a country's name" },
    { given: 'Chinese', code: 'cn', why: 'a demonym' },
    { given: 'UK', code: 'gb', why: 'an abbreviation that is not itself a code' },
    { given: 'IR', code: 'ir', why: 'a code in capitals' },
  ])('reads $why ($given) as $code on partnerRisk, assessPartnership and a case', async ({ given, code }) => {
    const risk = await call(
      `query R($name: String, $country: String) { partnerRisk(name: $name, country: $country) { resolution { country } } }`,
      { name: NOWHERE_BODY, country: given },
    );
    const assessed = await call(
      `query A($input: AssessPartnershipInput!) { assessPartnership(input: $input) { partner { resolution { country } } people { resolution { country } } } }`,
      {
        input: {
          partner: { name: NOWHERE_BODY, country: given },
          people: [{ name: 'Tavish Mordrell', country: given }],
        },
      },
    );
    const created = await call(`mutation C($input: CaseInput!) { createCase(input: $input) { parties { country } } }`, {
      input: { title: `Country ${given}`, partner: { name: NOWHERE_BODY, country: given } },
    });

    expect(risk.partnerRisk.resolution.country).toBe(code);
    expect(assessed.assessPartnership.partner.resolution.country).toBe(code);
    expect(assessed.assessPartnership.people[0].resolution.country).toBe(code);
    expect(created.createCase.parties[0].country).toBe(code);
  });

  it('reads a demonym on REST screening as on GraphQL', async () => {
    const rest = await sut.request('POST', '/api/screen', { name: LISTED.name, country: ['Iranian'] }, screener);
    const named = await sut.request('POST', '/api/screen', { name: LISTED.name, country: ['ir'] }, screener);

    expect(rest.status).toBe(200);
    expect(rest.body.matches.map((match: any) => [match.entityId, match.score])).toEqual(
      named.body.matches.map((match: any) => [match.entityId, match.score]),
    );
  });

  it("filters the yente-compatible search by a country's name as by its code", async () => {
    const byName = await sut.request('GET', `/search/${listId}?q=Quillimane&countries=Iran`, undefined, {
      authorization: `ApiKey ${SCREENER_KEY}`,
    });
    const byCode = await sut.request('GET', `/search/${listId}?q=Quillimane&countries=ir`, undefined, {
      authorization: `ApiKey ${SCREENER_KEY}`,
    });

    expect(byCode.body.results.map((entity: any) => entity.id)).toEqual([listed]);
    expect(byName.status).toBe(200);
    expect(byName.body.results.map((entity: any) => entity.id)).toEqual([listed]);
  });

  it.each([
    {
      route: 'partnerRisk',
      query: `query { partnerRisk(name: "${NOWHERE_BODY}", country: "Atlantis") { riskLevel } }`,
      field: 'partner.country',
    },
    {
      route: 'assessPartnership',
      query: `query { assessPartnership(input: { partner: { name: "${NOWHERE_BODY}" }, funders: [{ name: "Quennet Trust", country: "Atlantis" }] }) { riskLevel } }`,
      field: 'funders[0].country',
    },
    {
      route: 'createCase',
      query: `mutation { createCase(input: { title: "Bad country", partner: { name: "${NOWHERE_BODY}", country: "Atlantis" } }) { id } }`,
      field: 'input.partner.country',
    },
    {
      route: 'screen',
      query: `query { screen(input: { name: "${NOWHERE_BODY}", country: ["Atlantis"] }) { screenedAt } }`,
      field: 'country[0]',
    },
  ])('refuses a country no table knows on $route, naming $field and what it accepts', async ({ query, field }) => {
    const answer = await sut.graphql(query, {}, screener);

    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(answer.errors?.[0].message).toContain('"Atlantis" is not a country: give an ISO 3166-1 alpha-2 code');
  });

  it('refuses a country no table knows on REST screening and the yente-compatible search, naming the field', async () => {
    const rest = await sut.request('POST', '/api/screen', { name: NOWHERE_BODY, country: ['Atlantis'] }, screener);
    const yente = await sut.request('GET', `/search/${listId}?q=Quillimane&countries=Atlantis`, undefined, {
      authorization: `ApiKey ${SCREENER_KEY}`,
    });

    expect(rest.status).toBe(400);
    expect(rest.body.field).toBe('country[0]');
    expect(yente.status).toBe(400);
    expect(JSON.stringify(yente.body)).toContain('countries[0]');
  });

  it('says of a partner not assessed in a case what assessPartnership says of it, with the way to settle it', async () => {
    const assessed = await call(
      `query A($input: AssessPartnershipInput!) { assessPartnership(input: $input) { riskLevel reasons } }`,
      { input: { partner: { name: NOWHERE_BODY } } },
    );
    const created = await call(`mutation C($input: CaseInput!) { createCase(input: $input) { id } }`, {
      input: { title: 'Not assessed', partner: { name: NOWHERE_BODY } },
    });
    const run = await call(`mutation R($id: ID!) { runCase(id: $id) { snapshots { riskLevel reasons } } }`, {
      id: created.createCase.id,
    });
    const [latest] = run.runCase.snapshots;

    const sentence = assessed.assessPartnership.reasons[0];
    expect(sentence).toMatch(/^partner ".*" not found in the graph or lists: not assessed/);
    expect(latest.riskLevel).toBe(assessed.assessPartnership.riskLevel);
    expect(latest.reasons[0]).toBe(`${sentence}; resolve it with overrideResolution`);
  });

  it('screens a funder that is a listed person as a person: his list entry is a finding of the case', async () => {
    const created = await call(`mutation C($input: CaseInput!) { createCase(input: $input) { id } }`, {
      input: {
        title: 'Funded by a person',
        partner: { name: 'Example Partner College of Quorland' },
        funders: [{ name: LISTED.name, dateOfBirth: [LISTED.born] }],
      },
    });
    const run = await call(
      `mutation R($id: ID!) { runCase(id: $id) { parties { role resolution { status entity { id } } } findings { kind matchedEntity { id } } } }`,
      { id: created.createCase.id },
    );

    const funder = run.runCase.parties.find((party: any) => party.role === 'FUNDER');
    expect(funder.resolution).toEqual({ status: 'RESOLVED', entity: { id: listed } });
    expect(
      run.runCase.findings.filter(
        (finding: any) => finding.kind === 'LIST_MATCH' && finding.matchedEntity?.id === listed,
      ),
    ).toHaveLength(1);
  });
});
