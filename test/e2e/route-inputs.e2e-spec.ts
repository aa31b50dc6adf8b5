import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { removeLists } from '../helpers/remove-lists';
import { bootTestApp, graphqlData, prepareDatabase, type TestApp } from '../helpers/test-app';
import { importTestList, rebuildScreeningIndex } from '../helpers/test-lists';

const SCREENER_KEY = 'route-inputs-screener-key-0001';

/** Made-up names that nothing in the graph or the lists answers. */
const NOWHERE_BODY = 'Vellicombe Institute of Tidal Glassworks';
/** A made-up legal name of 300 characters (real state bodies' legal names run past 200). */
const LONG_NAME =
  `Federal State Budgetary Institution of Science ${'Orthwaite Tidal Glassworks Research Institute named after Quennel '.repeat(4)}`
    .padEnd(300, 'x')
    .slice(0, 300);
const TOO_LONG = 'Ostrava Quill '.repeat(72).slice(0, 1_001);

/** One sanctioned body of a FollowTheMoney file, with its country and (optionally) a registration number. */
function body(id: string, name: string, aliases: string[], country: string, registrationNumber?: string): string {
  return JSON.stringify({
    id,
    schema: 'Company',
    caption: name,
    properties: {
      name: [name],
      alias: aliases,
      country: [country],
      ...(registrationNumber ? { registrationNumber: [registrationNumber] } : {}),
      topics: ['sanction'],
    },
  });
}

/**
 * Since rules 1.219.0 the routes read one input alike (api5's three differences, lres's C3 through the API): `asOf` a
 * date or a date-time whose date is kept everywhere, refused in one sentence; one limit for a name (1,000 characters)
 * and for identifiers (20, each 200 characters), refused in the screen's sentences with the field named; a case's
 * partner and funders take identifiers and resolve by them as assessPartnership's do; a named body's own foundation
 * resolves on screen. Made-up bodies and numbers.
 */
describe('the routes read one input alike (GraphQL, REST, yente)', () => {
  let sut: TestApp;
  const screener = { 'x-api-key': SCREENER_KEY };
  const suffix = randomUUID().slice(0, 8);
  const listId = `test-route-inputs-${suffix}`;
  const number = `QV-${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
  const fundersNumber = `QW-${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;

  const call = (query: string, variables: Record<string, unknown> = {}): Promise<any> =>
    graphqlData(sut, query, variables, screener);

  beforeAll(async () => {
    await prepareDatabase();
    sut = await bootTestApp({ API_KEYS: `${SCREENER_KEY}:screener`, SCREENING_POLL_INTERVAL_MS: '0' });
    const directory = mkdtempSync(join(tmpdir(), 'route-inputs-e2e-'));
    writeFileSync(
      join(directory, 'bodies.ftm.json'),
      [
        body('numbered-1', 'Quarrowby Harbour Trading LLC', [], 'nl', number),
        body('numbered-2', 'Tamsworth Kiln Holdings LLC', [], 'nl', fundersNumber),
        body('brenholt-ir', 'BRENHOLT FOUNDATION', [], 'ir'),
        body('brenholt-lb', 'BRENHOLT FOUNDATION IN LEBANON', ['HIZBALLAH BRENHOLT FOUNDATION'], 'lb'),
      ].join('\n') + '\n',
    );
    await importTestList(sut.app, { listId, format: 'ftm', path: join(directory, 'bodies.ftm.json') });
    await rebuildScreeningIndex(sut.app, 'route input tests: list imported');
  }, 900_000);

  afterAll(async () => {
    if (sut) {
      await removeLists(sut.app.get(Neo4jService), [listId]);
      await sut.close();
    }
  });

  it('takes a date-time as asOf on screen (GraphQL and REST) as partnerRisk and assessPartnership do, keeping its date', async () => {
    const asOf = '2026-06-30T12:00:00Z';
    const screened = await sut.graphql(
      `query S($input: ScreeningInput!) { screen(input: $input) { riskLevel } }`,
      { input: { name: NOWHERE_BODY, asOf } },
      screener,
    );
    const rest = await sut.request('POST', '/api/screen', { name: NOWHERE_BODY, asOf }, screener);
    const assessed = await call(
      `query A($input: AssessPartnershipInput!) { assessPartnership(input: $input) { asOf } }`,
      { input: { partner: { name: NOWHERE_BODY }, asOf } },
    );

    expect(screened.errors).toBeUndefined();
    expect(rest.status).toBe(200);
    expect(assessed.assessPartnership.asOf).toBe('2026-06-30');
  });

  it.each([
    {
      route: 'screen',
      query: `query { screen(input: { name: "${NOWHERE_BODY}", asOf: "2026-02-31" }) { riskLevel } }`,
    },
    { route: 'partnerRisk', query: `query { partnerRisk(name: "${NOWHERE_BODY}", asOf: "2026-02-31") { riskLevel } }` },
    {
      route: 'assessPartnership',
      query: `query { assessPartnership(input: { partner: { name: "${NOWHERE_BODY}" }, asOf: "2026-02-31" }) { riskLevel } }`,
    },
  ])('refuses a day that does not exist as asOf on $route in one sentence', async ({ query }) => {
    const answer = await sut.graphql(query, {}, screener);

    expect(answer.errors?.[0].message).toContain(
      'asOf: "2026-02-31" is not a date that exists: give YYYY-MM-DD, or an ISO 8601 date-time',
    );
  });

  it('takes a name of 300 characters on partnerRisk, assessPartnership and a case as screen does', async () => {
    const screened = await call(`query S($input: ScreeningInput!) { screen(input: $input) { riskLevel } }`, {
      input: { name: LONG_NAME },
    });
    const risk = await call(`query R($name: String) { partnerRisk(name: $name) { riskLevel } }`, { name: LONG_NAME });
    const assessed = await call(
      `query A($input: AssessPartnershipInput!) { assessPartnership(input: $input) { partner { resolution { status } } } }`,
      { input: { partner: { name: LONG_NAME } } },
    );
    const created = await call(`mutation C($input: CaseInput!) { createCase(input: $input) { parties { name } } }`, {
      input: { title: 'A long legal name', partner: { name: LONG_NAME } },
    });

    expect(screened.screen.riskLevel).toBeDefined();
    expect(risk.partnerRisk.riskLevel).toBe('UNKNOWN');
    expect(assessed.assessPartnership.partner.resolution.status).toBe('NOT_FOUND');
    expect(created.createCase.parties[0].name).toBe(LONG_NAME);
  });

  it.each([
    { route: 'screen', query: `query { screen(input: { name: "${TOO_LONG}" }) { riskLevel } }`, field: 'name' },
    { route: 'partnerRisk', query: `query { partnerRisk(name: "${TOO_LONG}") { riskLevel } }`, field: 'partner.name' },
    {
      route: 'assessPartnership',
      query: `query { assessPartnership(input: { partner: { name: "${TOO_LONG}" } }) { riskLevel } }`,
      field: 'partner.name',
    },
    {
      route: 'createCase',
      query: `mutation { createCase(input: { title: "Too long", partner: { name: "${TOO_LONG}" } }) { id } }`,
      field: 'input.partner.name',
    },
  ])('refuses a name of 1,001 characters on $route naming $field, in one sentence', async ({ query, field }) => {
    const answer = await sut.graphql(query, {}, screener);

    expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(answer.errors?.[0].message).toBe(`${field}: is 1001 characters; at most 1000 are allowed`);
  });

  it('refuses a name of 1,001 characters on REST screening and the yente-compatible search, naming the field', async () => {
    const rest = await sut.request('POST', '/api/screen', { name: TOO_LONG }, screener);
    const yente = await sut.request('GET', `/search/${listId}?q=${encodeURIComponent(TOO_LONG)}`, undefined, {
      authorization: `ApiKey ${SCREENER_KEY}`,
    });

    expect(rest.status).toBe(400);
    expect(rest.body.field).toBe('name');
    expect(yente.status).toBe(400);
    expect(JSON.stringify(yente.body)).toContain('q: is 1001 characters; at most 1000 are allowed');
  });

  it.each([
    {
      route: 'screen',
      input: `screen(input: { name: "${NOWHERE_BODY}", identifiers: $ids }) { riskLevel }`,
      field: 'identifiers',
    },
    {
      route: 'assessPartnership',
      input: `assessPartnership(input: { partner: { name: "${NOWHERE_BODY}", identifiers: $ids } }) { riskLevel }`,
      field: 'partner.identifiers',
    },
  ])('refuses 21 identifiers on $route in the one sentence', async ({ input, field }) => {
    const ids = Array.from({ length: 21 }, (_, index) => `ZZ-${index}`);
    const answer = await sut.graphql(`query Q($ids: [String!]) { ${input} }`, { ids }, screener);

    expect(answer.errors?.[0].message).toBe(`${field}: at most 20 values; got 21`);
  });

  it('refuses 21 identifiers on a case party in the one sentence', async () => {
    const identifiers = Array.from({ length: 21 }, (_, index) => `ZZ-${index}`);
    const answer = await sut.graphql(
      `mutation C($input: CaseInput!) { createCase(input: $input) { id } }`,
      { input: { title: 'Too many numbers', partner: { name: NOWHERE_BODY, identifiers } } },
      screener,
    );

    expect(answer.errors?.[0].message).toBe('input.partner.identifiers: at most 20 values; got 21');
  });

  it("resolves a case's partner and funders by a registration number on both records, as assessPartnership does", async () => {
    const assessed = await call(
      `query A($input: AssessPartnershipInput!) { assessPartnership(input: $input) { partner { resolution { status method entityId } } } }`,
      { input: { partner: { name: 'Pellby Weir Exports', identifiers: [number] } } },
    );
    const created = await call(
      `mutation C($input: CaseInput!) { createCase(input: $input) { id parties { id role identifiers resolution { status entity { id } } } } }`,
      {
        input: {
          title: 'Numbers given',
          partner: { name: 'Pellby Weir Exports', identifiers: [number] },
          funders: [{ name: 'Marrowfield Grain Trust', identifiers: [fundersNumber] }],
        },
      },
    );
    const [partner, funder] = created.createCase.parties;
    const run = await call(`mutation R($id: ID!) { runCase(id: $id) { findings { kind matchedEntity { id } } } }`, {
      id: created.createCase.id,
    });
    const cleared = await call(
      `mutation U($id: ID!, $input: UpdateCasePartyInput!) { updateCaseParty(partyId: $id, input: $input) { identifiers resolution { status } } }`,
      { id: funder.id, input: { identifiers: [] } },
    );

    expect(assessed.assessPartnership.partner).toMatchObject({
      resolution: { status: 'RESOLVED', method: 'identifier', entityId: `${listId}:numbered-1` },
    });
    expect(partner).toMatchObject({
      identifiers: [number],
      resolution: { status: 'RESOLVED', entity: { id: `${listId}:numbered-1` } },
    });
    expect(funder).toMatchObject({
      identifiers: [fundersNumber],
      resolution: { status: 'RESOLVED', entity: { id: `${listId}:numbered-2` } },
    });
    expect(
      run.runCase.findings.some(
        (finding: { kind: string; matchedEntity: { id: string } | null }) =>
          finding.kind === 'LIST_MATCH' && finding.matchedEntity?.id === `${listId}:numbered-1`,
      ),
    ).toBe(true);
    expect(cleared.updateCaseParty).toMatchObject({ identifiers: [], resolution: { status: 'NOT_FOUND' } });
  });

  it("adds a funder by a registration number to an open case, as a case's creation takes one", async () => {
    const created = await call(`mutation C($input: CaseInput!) { createCase(input: $input) { id } }`, {
      input: { title: 'A funder added', partner: { name: NOWHERE_BODY } },
    });
    const added = await call(
      `mutation A($id: ID!, $input: AddCasePartyInput!) { addCaseParty(caseId: $id, input: $input) { parties { role identifiers resolution { status entity { id } } } } }`,
      {
        id: created.createCase.id,
        input: { role: 'FUNDER', name: 'Hobworth Lantern Fund', identifiers: [fundersNumber] },
      },
    );

    expect(added.addCaseParty.parties.find((party: { role: string }) => party.role === 'FUNDER')).toMatchObject({
      identifiers: [fundersNumber],
      resolution: { status: 'RESOLVED', entity: { id: `${listId}:numbered-2` } },
    });
  });

  it('resolves a party by an alias the listed body holds on partnerRisk and assessPartnership, as screen does (rules 1.226.0)', async () => {
    const aliases = ['Quarrowby Harbour Trading LLC'];
    const screened = await call(
      `query S($input: ScreeningInput!) { screen(input: $input) { resolution { status entityId } } }`,
      { input: { name: 'Pellby Weir Exports', aliases, schema: 'Organization', pathRisks: false } },
    );
    const risk = await call(
      `query R($name: String, $aliases: [String!]) { partnerRisk(name: $name, aliases: $aliases) { resolution { status entityId } } }`,
      { name: 'Pellby Weir Exports', aliases },
    );
    const assessed = await call(
      `query A($input: AssessPartnershipInput!) { assessPartnership(input: $input) { partner { resolution { status entityId } } funders { resolution { status entityId } } } }`,
      {
        input: {
          partner: { name: 'Pellby Weir Exports', aliases: [' Quarrowby Harbour Trading LLC '] },
          funders: [{ name: 'Marrowfield Grain Trust', aliases: ['Tamsworth Kiln Holdings LLC'] }],
        },
      },
    );
    const withoutAliases = await call(`query R($name: String) { partnerRisk(name: $name) { resolution { status } } }`, {
      name: 'Pellby Weir Exports',
    });

    const listed = { status: 'RESOLVED', entityId: `${listId}:numbered-1` };
    expect(screened.screen.resolution).toMatchObject(listed);
    expect(risk.partnerRisk.resolution).toMatchObject(listed);
    expect(assessed.assessPartnership.partner.resolution).toMatchObject(listed);
    expect(assessed.assessPartnership.funders[0].resolution).toMatchObject({
      status: 'RESOLVED',
      entityId: `${listId}:numbered-2`,
    });
    expect(withoutAliases.partnerRisk.resolution.status).toBe('NOT_FOUND');
  });

  it.each([
    {
      reason: '21 aliases',
      variables: { input: { partner: { name: NOWHERE_BODY, aliases: Array.from({ length: 21 }, (_, i) => `Q${i}`) } } },
      message: 'partner.aliases: at most 20 values; got 21',
    },
    {
      reason: 'an empty alias',
      variables: { input: { partner: { name: NOWHERE_BODY, aliases: ['  '] } } },
      message: 'partner.aliases[0]: is empty or only spaces',
    },
    {
      reason: 'aliases beside an id',
      variables: { input: { partner: { id: `${listId}:numbered-1`, aliases: ['Quarrowby'] } } },
      message: 'partner.aliases: are read with a name only: an id is taken as it is',
    },
  ])("refuses $reason on assessPartnership in the screen's sentence", async ({ variables, message }) => {
    const answer = await sut.graphql(
      `query A($input: AssessPartnershipInput!) { assessPartnership(input: $input) { riskLevel } }`,
      variables,
      screener,
    );

    expect(answer.errors?.[0].message).toBe(message);
  });

  it("resolves the named body's foundation, not the namesake of another country, on screen (GraphQL and REST) as the matcher ranks them", async () => {
    const input = { name: 'Hezbollah Brenholt Foundation', schema: 'Organization' };
    const screened = await call(
      `query S($input: ScreeningInput!) { screen(input: $input) { resolution { status entityId } } }`,
      { input },
    );
    const rest = await sut.request('POST', '/api/screen', { ...input, pathRisks: false }, screener);

    expect(rest.status).toBe(200);
    for (const resolution of [screened.screen.resolution, rest.body.resolution]) {
      expect(resolution).toMatchObject({ status: 'RESOLVED', entityId: `${listId}:brenholt-lb` });
    }
  });
});
