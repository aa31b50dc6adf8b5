import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { ScreeningIndexService } from '../../src/screening/screening-index.service';
import { WatchlistImportService } from '../../src/watchlists/watchlist-import.service';
import { runCypher } from '../helpers/cypher';
import { bootTestApp, prepareDatabase, type TestApp } from '../helpers/test-app';

const READER_KEY = 'risk-reader-key-for-tests-01';
const SCREENER_KEY = 'risk-screener-key-for-tests1';
const FIXTURES = join(__dirname, '..', 'fixtures', 'watchlists');

const PARTNER_RISK = `query PartnerRisk($entityId: ID!, $asOf: String) {
  partnerRisk(entityId: $entityId, asOf: $asOf) {
    riskLevel reasons rulesVersion rules { id version } truncated findingsTotal
    entity { id name }
    topFindings {
      hops score level sentence
      target { id name riskCategories }
      reasons { kind category description sources { url } }
      steps { type direction from to weight ownership { band share basis wording } sources { url } }
      path { nodes { id } relationships { type from to sources { url } } }
    }
  }
}`;

const ASSESS = `query Assess($input: AssessPartnershipInput!) {
  assessPartnership(input: $input) {
    riskLevel reasons rulesVersion asOf
    partner { role resolution { status method score matchedName explanation entity { id name } } risk { riskLevel findingsTotal } }
    funders { role resolution { status entity { id } } risk { riskLevel reasons } }
    people { role resolution { status } }
    conflicts {
      kind severity sentence parties researchArea matchedTopics
      entities { id name }
      paths { nodes { id } relationships { type from to sources { title } } }
      sources { id }
    }
  }
}`;

const LINK = `mutation Link($entityId: ID!, $listEntityId: ID!, $note: String!) {
  linkSameAs(entityId: $entityId, listEntityId: $listEntityId, note: $note) {
    decision decidedBy method score note entity { id } listEntity { id }
  }
}`;

describe('risk API over GraphQL', () => {
  let sut: TestApp;
  const prefix = `test-risk-e2e-${randomUUID().slice(0, 8)}`;
  const reader = { 'x-api-key': READER_KEY };
  const screener = { 'x-api-key': SCREENER_KEY };

  const cypher = (statement: string, parameters: Record<string, unknown> = {}) =>
    runCypher(sut.app.get(Neo4jService), statement, parameters);

  beforeAll(async () => {
    await prepareDatabase();
    sut = await bootTestApp({ API_KEYS: `${READER_KEY}:reader,${SCREENER_KEY}:screener` });
  });

  afterAll(async () => {
    if (sut) {
      await cypher('MATCH (node) WHERE node.id STARTS WITH $prefix DETACH DELETE node', { prefix });
      await sut.close();
    }
  });

  it('summarises the risk of a Seven Sons university with its rules version', async () => {
    const [{ id }] = await cypher(
      "MATCH (entity:Entity {name: 'Harbin Engineering University'}) RETURN entity.id AS id",
    );

    const response = await sut.graphql(PARTNER_RISK, { entityId: id }, reader);

    expect(response.errors).toBeUndefined();
    const risk = response.data!.partnerRisk;
    expect(risk).toMatchObject({ rulesVersion: '1.236.0', rules: { version: '1.236.0' } });
    expect(['HIGH', 'CRITICAL']).toContain(risk.riskLevel);
    expect(risk.reasons.length).toBeGreaterThan(0);
    expect(risk.topFindings.length).toBeLessThanOrEqual(5);
    const navy = risk.topFindings.find((finding: any) => finding.target.name === "People's Liberation Army Navy");
    expect(navy).toMatchObject({
      hops: 1,
      steps: [expect.objectContaining({ type: 'SUPERVISED_BY', direction: 'ALONG' })],
    });
    expect(navy.steps[0].sources[0].url).toMatch(/unitracker\.aspi\.org\.au/);
  });

  it('assesses the demo partnership by name: shared controller and a funder linked to the military', async () => {
    const response = await sut.graphql(
      ASSESS,
      {
        input: {
          partner: { name: 'Example Partner University' },
          funders: [{ name: 'Example Research Foundation' }],
          researchAreas: ['quantum sensing'],
        },
      },
      screener,
    );

    expect(response.errors).toBeUndefined();
    const result = response.data!.assessPartnership;
    expect(result.partner.resolution).toMatchObject({
      status: 'RESOLVED',
      method: 'name',
      entity: { id: 'demo:example-partner-university' },
    });
    expect(result.funders[0].resolution).toMatchObject({
      status: 'RESOLVED',
      entity: { id: 'demo:example-research-foundation' },
    });
    const kinds = result.conflicts.map((conflict: any) => conflict.kind);
    expect(kinds).toEqual(expect.arrayContaining(['SHARED_CONTROLLER', 'FUNDER_DEFENCE_LINK']));
    const shared = result.conflicts.find((conflict: any) => conflict.kind === 'SHARED_CONTROLLER');
    expect(shared.paths).toHaveLength(2);
    expect(shared.sources.length).toBeGreaterThan(0);
    expect(result.riskLevel).toBe('HIGH');
    expect(result.rulesVersion).toBe('1.236.0');
  });

  it('reports a party it cannot resolve instead of guessing', async () => {
    const response = await sut.graphql(
      ASSESS,
      { input: { partner: { name: 'Zzyzx Qwerty Nonexistent Body' } } },
      screener,
    );

    expect(response.errors).toBeUndefined();
    expect(response.data!.assessPartnership.partner).toMatchObject({ resolution: { status: 'NOT_FOUND' }, risk: null });
    expect(response.data!.assessPartnership.riskLevel).toBe('UNKNOWN');
    expect(response.data!.assessPartnership.reasons[0]).toMatch(
      /^partner "Zzyzx Qwerty Nonexistent Body" not found in the graph or lists: not assessed/,
    );
  });

  it.each([
    [{ partner: {} }, 'partner'],
    [{ partner: { name: '!!! \u2014 ???' } }, 'partner.name'],
    [{ partner: { name: 'Example Partner University' }, funders: [{ name: '\u{1F680}\u{1F680}' }] }, 'funders[0].name'],
    [
      { partner: { id: 'demo:example-institute' }, funders: Array.from({ length: 11 }, () => ({ id: 'x' })) },
      'funders',
    ],
    [{ partner: { id: 'demo:example-institute' }, asOf: 'yesterday' }, 'asOf'],
  ])('answers BAD_USER_INPUT naming the field for %j', async (input, field) => {
    const response = await sut.graphql(ASSESS, { input }, screener);

    expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toContain(field);
  });

  it('lets a UN listing flow into a path once a screener links the entity to the list entry', async () => {
    await sut.app
      .get(WatchlistImportService)
      .importFile({ importedBy: 'test:runner', format: 'un-xml', path: join(FIXTURES, 'un', 'UN_consolidated.xml') });
    const [{ entryId, listName }] = await cypher(
      `MATCH (entry:Entity)-[listing:LISTED_ON]->(list:Watchlist)
       WHERE list.id STARTS WITH 'un' AND listing.firstSeq <= list.activeSeq AND listing.removedSeq IS NULL
       RETURN entry.id AS entryId, list.name AS listName ORDER BY entry.id LIMIT 1`,
    );
    const entityId = `${prefix}:partner`;
    await cypher(
      `CREATE (:Entity:Organisation {id: $entityId, name: 'Linked E2E Test Body', aliases: [], riskCategories: []})`,
      { entityId },
    );

    const refused = await sut.graphql(LINK, { entityId, listEntityId: entryId, note: 'same body' }, reader);
    const linked = await sut.graphql(
      LINK,
      { entityId, listEntityId: entryId, note: 'Same address and passport number' },
      screener,
    );
    const risk = await sut.graphql(PARTNER_RISK, { entityId }, reader);

    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.linkSameAs).toMatchObject({
      decision: 'confirmed',
      decidedBy: 'key-2',
      method: 'analyst',
      score: 1,
    });
    const finding = risk.data!.partnerRisk.topFindings[0];
    expect(finding).toMatchObject({ hops: 1, level: 'CRITICAL', target: { id: entryId } });
    expect(finding.reasons[0]).toMatchObject({ kind: 'LISTING' });
    expect(finding.reasons[0].description).toContain(listName);
    await cypher('MATCH (source:Source) WHERE source.id STARTS WITH $id DETACH DELETE source', {
      id: 'src:analyst-same-as-',
    });
  });

  it('refuses to link an entity to itself', async () => {
    const response = await sut.graphql(
      LINK,
      { entityId: 'demo:example-institute', listEntityId: 'demo:example-institute', note: 'x' },
      screener,
    );

    expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toContain('itself');
  });

  it('answers NOT_FOUND for an unknown entity', async () => {
    const response = await sut.graphql(PARTNER_RISK, { entityId: 'no-such-entity' }, reader);

    expect(response.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('names the list versions an assessment was checked against, and says when any is a sample copy', async () => {
    const query = `query Assess($input: AssessPartnershipInput!) {
      assessPartnership(input: $input) { riskLevel reasons listVersions { listId versionId sample stale } }
    }`;
    const input = { partner: { id: 'demo:example-partner-university' } };
    const listId = `${prefix}-csl-sample`;
    await sut.app.get(WatchlistImportService).importFile({
      importedBy: 'test:runner',
      format: 'csl-csv',
      listId,
      path: join(FIXTURES, 'csl', 'csl.csv'),
      sample: true,
    });
    // The assessment reads the list versions the candidate index was built from: let it take the import in.
    const index = sut.app.get(ScreeningIndexService);
    await index.checkGraphGeneration();
    await index.whenIdle();

    const response = await sut.graphql(query, { input }, screener);

    expect(response.errors).toBeUndefined();
    const result = response.data!.assessPartnership;
    const [{ active }] = await cypher(
      'MATCH (list:Watchlist) WHERE list.activeSeq IS NOT NULL RETURN collect(list.id) AS active',
    );
    expect(result.listVersions.map((version: any) => version.listId)).toEqual([...(active as string[])].sort());
    expect(result.listVersions).toContainEqual({ listId, versionId: `${listId}@1`, sample: true, stale: false });
    const caveat = result.reasons.find((reason: string) => reason.startsWith('Checked against'));
    expect(caveat).toContain(`sample cop`);
    expect(caveat).toContain(listId);
    expect(caveat).toContain('a listing missing from them is not found');
  });
});
