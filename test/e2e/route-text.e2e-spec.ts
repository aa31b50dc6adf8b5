import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApp, prepareDatabase, type TestApp } from '../helpers/test-app';

const SCREENER_KEY = 'route-text-screener-key-0001';

/** Made-up names; nothing here is screened: every row is refused before the matcher reads it. */
const NUL_NAME = 'Wendlecombe\u0000Saltworks Institute';
const OVERRIDE_NAME = 'Wendlecombe \u202eetutitsnI';
const SURROGATE_NAME = 'Wendlecombe Saltworks \ud800Institute';
const TAIL =
  'control characters (tabs, line breaks, NUL…), bidirectional overrides and unpaired surrogates are refused';
const SENTENCE = {
  nul: `contains U+0000, a control character: ${TAIL}`,
  override: `contains U+202E, a bidirectional override: ${TAIL}`,
  surrogate: `contains U+D800, an unpaired surrogate: ${TAIL}`,
};

const SCREEN = `query S($input: ScreeningInput!) { screen(input: $input) { riskLevel } }`;
const PARTNER_RISK = `query R($name: String, $country: String, $identifiers: [String!]) {
  partnerRisk(name: $name, country: $country, identifiers: $identifiers) { riskLevel } }`;
const ASSESS = `query A($input: AssessPartnershipInput!) { assessPartnership(input: $input) { riskLevel } }`;
const CREATE_CASE = `mutation C($input: CaseInput!) { createCase(input: $input) { id } }`;
const SEARCH = `query Q($query: String!) { searchEntities(query: $query) { score } }`;
const ENTITY = `query E($id: ID!) { entity(id: $id) { id } }`;

/**
 * Since rules 1.226.0 every route refuses hostile text (control characters, a bidirectional override, an unpaired
 * surrogate) in one sentence naming the field: at 1.225.0 only screen and a case party's name did, and partnerRisk,
 * assessPartnership, searchEntities, the graph's ids and the yente-compatible routes took them. An empty date of birth
 * is refused in one sentence on every route (three before).
 */
describe('every route refuses hostile text alike (GraphQL, REST, yente)', () => {
  let sut: TestApp;
  const screener = { 'x-api-key': SCREENER_KEY };

  beforeAll(async () => {
    await prepareDatabase();
    sut = await bootTestApp({ API_KEYS: `${SCREENER_KEY}:screener`, SCREENING_POLL_INTERVAL_MS: '0' });
  }, 900_000);

  afterAll(async () => {
    await sut?.close();
  });

  it.each<{ route: string; query: string; variables: Record<string, unknown>; message: string }>([
    {
      route: 'screen (a guard)',
      query: SCREEN,
      variables: { input: { name: NUL_NAME } },
      message: `name: ${SENTENCE.nul}`,
    },
    {
      route: 'screen',
      query: SCREEN,
      variables: { input: { name: OVERRIDE_NAME } },
      message: `name: ${SENTENCE.override}`,
    },
    {
      route: 'partnerRisk',
      query: PARTNER_RISK,
      variables: { name: NUL_NAME },
      message: `partner.name: ${SENTENCE.nul}`,
    },
    {
      route: 'partnerRisk',
      query: PARTNER_RISK,
      variables: { name: 'Wendlecombe Saltworks', identifiers: ['WS-1', 'WS\u202e-2'] },
      message: `partner.identifiers[1]: ${SENTENCE.override}`,
    },
    {
      route: 'assessPartnership',
      query: ASSESS,
      variables: { input: { partner: { name: SURROGATE_NAME } } },
      message: `partner.name: ${SENTENCE.surrogate}`,
    },
    {
      route: 'assessPartnership',
      query: ASSESS,
      variables: {
        input: {
          partner: { name: 'Wendlecombe Saltworks' },
          people: [{ name: 'Orrin Telphage', country: 'G\u0000B' }],
        },
      },
      message: `people[0].country: ${SENTENCE.nul}`,
    },
    {
      route: 'assessPartnership',
      query: ASSESS,
      variables: { input: { partner: { name: 'Wendlecombe Saltworks' }, researchAreas: ['quantum\tsensing'] } },
      message: `researchAreas[0]: contains U+0009, a control character: ${TAIL}`,
    },
    {
      route: 'createCase',
      query: CREATE_CASE,
      variables: {
        input: { title: 'Hostile text', partner: { name: 'Wendlecombe Saltworks', identifiers: ['\ud800'] } },
      },
      message: `input.partner.identifiers[0]: ${SENTENCE.surrogate}`,
    },
    {
      route: 'createCase',
      query: CREATE_CASE,
      variables: { input: { title: 'Hostile text', partner: { name: OVERRIDE_NAME } } },
      message: `input.partner.name: ${SENTENCE.override}`,
    },
    { route: 'searchEntities', query: SEARCH, variables: { query: NUL_NAME }, message: `query: ${SENTENCE.nul}` },
    {
      route: 'entity',
      query: ENTITY,
      variables: { id: 'seed:\u202ewendlecombe' },
      message: `id: ${SENTENCE.override}`,
    },
  ])('refuses on $route over GraphQL in the one sentence: $message', async ({ query, variables, message }) => {
    const answer = await sut.graphql(query, variables, screener);

    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0].message).toBe(message);
  });

  it('refuses on REST screening and the yente-compatible match and search, naming the field', async () => {
    const rest = await sut.request('POST', '/api/screen', { name: SURROGATE_NAME }, screener);
    const yenteHeaders = { authorization: `ApiKey ${SCREENER_KEY}` };
    const match = await sut.request(
      'POST',
      '/match/default',
      {
        queries: { q1: { schema: 'Company', properties: { name: ['Wendlecombe Saltworks'], country: ['g\u0000b'] } } },
      },
      yenteHeaders,
    );
    const search = await sut.request(
      'GET',
      `/search/default?q=${encodeURIComponent(OVERRIDE_NAME)}`,
      undefined,
      yenteHeaders,
    );

    expect(rest.status).toBe(400);
    expect(rest.body).toMatchObject({ field: 'name' });
    expect(JSON.stringify(rest.body)).toContain(SENTENCE.surrogate);
    expect(match.status).toBe(400);
    expect(JSON.stringify(match.body)).toContain(`queries.q1.properties.country[0]: ${SENTENCE.nul}`);
    expect(search.status).toBe(400);
    expect(JSON.stringify(search.body)).toContain(`q: ${SENTENCE.override}`);
  });

  it.each<{ route: string; query: string; variables: Record<string, unknown>; field: string }>([
    {
      route: 'screen',
      query: SCREEN,
      variables: { input: { name: 'Orrin Telphage', dateOfBirth: [''] } },
      field: 'dateOfBirth[0]',
    },
    {
      route: 'assessPartnership',
      query: ASSESS,
      variables: {
        input: { partner: { name: 'Wendlecombe Saltworks' }, people: [{ name: 'Orrin Telphage', dateOfBirth: [''] }] },
      },
      field: 'people[0].dateOfBirth[0]',
    },
    {
      route: 'createCase',
      query: CREATE_CASE,
      variables: {
        input: {
          title: 'Empty date',
          partner: { name: 'Wendlecombe Saltworks' },
          people: [{ name: 'Orrin Telphage', dateOfBirth: [''] }],
        },
      },
      field: 'input.people[0].dateOfBirth[0]',
    },
  ])('refuses an empty date of birth on $route in the one sentence', async ({ query, variables, field }) => {
    const answer = await sut.graphql(query, variables, screener);

    expect(answer.errors?.[0].message).toBe(`${field}: is empty or only spaces`);
  });
});
