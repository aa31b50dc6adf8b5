import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { runCypher } from '../helpers/cypher';
import { rebuildScreeningIndex } from '../helpers/test-lists';
import { bootTestApp, prepareDatabase, type TestApp } from '../helpers/test-app';

const SCREENER_KEY = 'namesake-screener-key-for-tests';
const SCREENER = { 'x-api-key': SCREENER_KEY };

// Two made-up bodies of the graph (on no list) of one name: one in Iceland, supervised by a provincial office that is
// part of a state (a risk path of two hops, LOW), and one in New Zealand with no path at all.
const suffix = randomUUID().slice(0, 8);
const NAME = 'Quorvale Northern University';
const ICELAND = `test-namesake-is-${suffix}`;
const ZEALAND = `test-namesake-nz-${suffix}`;
const OFFICE = `test-namesake-office-${suffix}`;
const STATE = `test-namesake-state-${suffix}`;

const SCREEN = `query Screen($input: ScreeningInput!) {
  screen(input: $input) {
    riskLevel riskReasons
    pathRisks { hops level sentence counted start { id } }
    matches { entityId score match features { name value } }
    resolution { status entityId }
  }
}`;

describe('a namesake of another country on the screen (rules 1.201.0)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    await prepareDatabase();
    sut = await bootTestApp({ API_KEYS: `${SCREENER_KEY}:screener` });
    await runCypher(
      sut.app.get(Neo4jService),
      `CREATE (iceland:Entity:Organisation {id: $iceland, name: $name, aliases: [], country: ['is'], riskCategories: []})
       CREATE (:Entity:Organisation {id: $zealand, name: $name, aliases: [], country: ['nz'], riskCategories: []})
       CREATE (office:Entity:Organisation {id: $office, name: 'Quorvale Provincial Office', aliases: [], riskCategories: []})
       CREATE (state:Entity:Organisation {id: $state, name: 'Quorvale State Council', aliases: [], riskCategories: ['state']})
       CREATE (iceland)-[:SUPERVISED_BY {sourceIds: [], status: 'current'}]->(office)
       CREATE (office)-[:PART_OF {sourceIds: [], status: 'current'}]->(state)`,
      { iceland: ICELAND, zealand: ZEALAND, office: OFFICE, state: STATE, name: NAME },
    );
    await rebuildScreeningIndex(sut.app, 'namesake tests: two bodies of one name');
  }, 300_000);

  afterAll(async () => {
    if (sut) {
      await runCypher(sut.app.get(Neo4jService), 'MATCH (node:Entity) WHERE node.id IN $ids DETACH DELETE node', {
        ids: [ICELAND, ZEALAND, OFFICE, STATE],
      });
    }
    await sut?.close();
  });

  const screen = async (input: Record<string, unknown>): Promise<any> => {
    const response = await sut.graphql(SCREEN, { input }, SCREENER);
    expect(response.errors).toBeUndefined();
    return response.data!.screen;
  };

  it("given New Zealand: the Icelandic namesake's path is shown, worded so, and not counted (NONE)", async () => {
    const result = await screen({ name: NAME, schema: 'Organization', country: ['NZ'] });

    expect(result.resolution).toMatchObject({ status: 'RESOLVED', entityId: ZEALAND });
    expect(result.matches.find((match: any) => match.entityId === ICELAND)).toMatchObject({ match: true });
    expect(result.riskLevel).toBe('NONE');
    expect(result.pathRisks).toHaveLength(1);
    expect(result.pathRisks[0]).toMatchObject({ hops: 2, level: 'LOW', counted: false, start: { id: ICELAND } });
    expect(result.pathRisks[0].sentence).toBe(
      `Matched ${NAME} (${ICELAND}) at 0.95: supervised by Quorvale Provincial Office, which is part of Quorvale State Council, a state, 2 hops: a namesake in IS, the query says NZ; not counted.`,
    );
    expect(result.riskReasons[0]).toContain(
      `those of a namesake of another country are shown, not counted (${NAME} (${ICELAND}), a namesake in IS, the query says NZ: 1 path)`,
    );
  });

  it('given Iceland: the path counts, named by the body it starts from (LOW)', async () => {
    const result = await screen({ name: NAME, schema: 'Organization', country: ['IS'] });

    expect(result.resolution).toMatchObject({ status: 'RESOLVED', entityId: ICELAND });
    expect(result.riskLevel).toBe('LOW');
    expect(result.pathRisks.map((finding: any) => finding.counted)).toEqual([true]);
    expect(result.riskReasons).toEqual([
      `Matched ${NAME} (${ICELAND}) at 1: supervised by Quorvale Provincial Office, which is part of Quorvale State Council, a state, 2 hops.`,
    ]);
  });

  it('given no country: read as before, the path counted (LOW), named', async () => {
    const result = await screen({ name: NAME, schema: 'Organization' });

    expect(result.riskLevel).toBe('LOW');
    expect(result.riskReasons[0]).toMatch(new RegExp(`^Matched ${NAME} \\(${ICELAND}\\) at 1: supervised by`));
  });

  it('answers alike over REST and the batch; yente /match still returns the namesake as a match by name', async () => {
    const query = { name: NAME, schema: 'Organization', country: ['NZ'] };
    const rest = await sut.request('POST', '/api/screen', query, SCREENER);
    const batch = await sut.request('POST', '/api/screen/batch', { inputs: [query] }, SCREENER);
    const graphql = await screen(query);

    expect(rest.status).toBe(200);
    expect(batch.status).toBe(200);
    for (const result of [rest.body, batch.body[0]]) {
      expect(result.riskLevel).toBe(graphql.riskLevel);
      expect(result.riskReasons).toEqual(graphql.riskReasons);
      expect(result.pathRisks.map((finding: any) => finding.sentence)).toEqual(
        graphql.pathRisks.map((finding: any) => finding.sentence),
      );
      // Since web3: each path says in a field whether the level counts it, alike on every route.
      expect(result.pathRisks.map((finding: any) => finding.counted)).toEqual([false]);
    }

    // yente's /match scores entities, not paths: the namesake is a match by name with its countries differing, as
    // the screen's matches show it.
    const response = await fetch(`${sut.url}/match/default`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `ApiKey ${SCREENER_KEY}` },
      body: JSON.stringify({
        queries: { q1: { schema: 'Organization', properties: { name: [NAME], country: ['nz'] } } },
      }),
    });
    const body = (await response.json()) as any;
    expect(response.status).toBe(200);
    const namesake = body.responses.q1.results.find((result: any) => result.id === ICELAND);
    const shown = graphql.matches.find((match: any) => match.entityId === ICELAND);
    expect(namesake).toMatchObject({ match: true, score: shown.score, features: { country: -1 } });
  });
});
