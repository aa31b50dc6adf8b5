import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootTestApp, prepareDatabase, type TestApp } from '../helpers/test-app';

const SEARCH = `query Search($query: String!, $limit: Int) {
  searchEntities(query: $query, limit: $limit) { score matchedName entity { id name kind country riskCategories } }
}`;

const RISK_PATHS = `query RiskPaths($entityId: ID!, $maxHops: Int, $asOf: String) {
  riskPaths(entityId: $entityId, maxHops: $maxHops, asOf: $asOf) {
    hops
    target { id name kind riskCategories }
    path { nodes { id name kind } relationships { type from to sources { title url } } }
  }
}`;

describe('connections API over GraphQL', () => {
  let sut: TestApp;

  const idOf = async (name: string): Promise<string> => {
    const response = await sut.graphql(SEARCH, { query: name, limit: 1 });
    expect(response.errors).toBeUndefined();
    return response.data!.searchEntities[0].entity.id as string;
  };

  beforeAll(async () => {
    await prepareDatabase();
    sut = await bootTestApp();
  });

  afterAll(async () => {
    await sut?.close();
  });

  it.each([
    ['哈尔滨工程大学', 'Harbin Engineering University', 'the Chinese name is an alias'],
    ['NUDT', 'National University of Defense Technology', 'the acronym is an alias'],
    ['harbin enginering univ', 'Harbin Engineering University', 'a typo and an abbreviated word still match'],
    ['University Engineering Harbin', 'Harbin Engineering University', 'word order does not matter'],
  ])('searchEntities("%s") finds %s first (%s)', async (query, expectedName) => {
    const response = await sut.graphql(SEARCH, { query, limit: 5 });

    expect(response.errors).toBeUndefined();
    expect(response.data!.searchEntities[0].entity.name).toBe(expectedName);
  });

  it('reports which alias matched a Chinese-script query', async () => {
    const response = await sut.graphql(SEARCH, { query: '哈尔滨工程大学', limit: 1 });

    expect(response.data!.searchEntities[0].matchedName).toBe('哈尔滨工程大学');
  });

  it('returns the one-hop path to the PLA Navy, with its source, for a Seven Sons university it supervises', async () => {
    const universityId = await idOf('Harbin Engineering University');

    const response = await sut.graphql(RISK_PATHS, { entityId: universityId, maxHops: 4 });

    expect(response.errors).toBeUndefined();
    const paths = response.data!.riskPaths as Array<any>;
    const navy = paths.find((path) => path.target.name === "People's Liberation Army Navy");
    expect(navy).toMatchObject({ hops: 1, target: { riskCategories: ['military'] } });
    const [relationship] = navy.path.relationships;
    expect(relationship).toMatchObject({ type: 'SUPERVISED_BY', from: universityId, to: navy.target.id });
    expect(relationship.sources[0].url).toMatch(/^https:\/\/unitracker\.aspi\.org\.au\//);
  });

  it('returns the SASTIND path when the university is supervised by it', async () => {
    const universityId = await idOf('Harbin University of Science and Technology');

    const response = await sut.graphql(RISK_PATHS, { entityId: universityId, maxHops: 4 });

    const sastind = (response.data!.riskPaths as Array<any>).find((path) =>
      path.target.name.includes('Science, Technology and Industry for National Defense'),
    );
    expect(sastind).toMatchObject({ hops: 1, target: { riskCategories: ['defence-industry'] } });
    expect(sastind.path.relationships[0].type).toBe('SUPERVISED_BY');
  });

  it('lists risk paths nearest first', async () => {
    const universityId = await idOf('Harbin Engineering University');

    const response = await sut.graphql(RISK_PATHS, { entityId: universityId, maxHops: 6 });

    const hops = (response.data!.riskPaths as Array<{ hops: number }>).map((path) => path.hops);
    expect(hops).toEqual([...hops].sort((left, right) => left - right));
    expect(hops.length).toBeGreaterThan(1);
  });

  it('reaches the Central Military Commission from a PLA university', async () => {
    const universityId = await idOf('PLA Naval University of Engineering');

    const response = await sut.graphql(RISK_PATHS, { entityId: universityId, maxHops: 4 });

    const commission = (response.data!.riskPaths as Array<any>).find((path) =>
      path.target.name.startsWith('Central Military Commission'),
    );
    expect(commission).toBeDefined();
    expect(commission.path.nodes[0].id).toBe(universityId);
    expect(commission.path.relationships.every((relationship: any) => relationship.sources.length > 0)).toBe(true);
  });

  it('finds the path between two universities that share a supervisor through that supervisor', async () => {
    const harbin = await idOf('Harbin University of Science and Technology');
    const jilin = await idOf('Jilin University');

    const response = await sut.graphql(
      `query Paths($fromId: ID!, $toId: ID!) {
        paths(fromId: $fromId, toId: $toId, maxHops: 2, relationshipTypes: ["SUPERVISED_BY"]) {
          hops nodes { id name } relationships { type from to sources { url } }
        }
      }`,
      { fromId: harbin, toId: jilin },
    );

    expect(response.errors).toBeUndefined();
    const [path] = response.data!.paths as Array<any>;
    expect(path.hops).toBe(2);
    expect(path.nodes[1].name).toBe('State Administration for Science, Technology and Industry for National Defense');
    expect(path.relationships[0]).toMatchObject({ type: 'SUPERVISED_BY', from: harbin });
    expect(path.relationships[1]).toMatchObject({ type: 'SUPERVISED_BY', from: jilin });
  });

  it('returns an entity with its relationships and their evidence', async () => {
    const harbin = await idOf('Harbin Engineering University');

    const response = await sut.graphql(
      `query Entity($id: ID!) {
        entity(id: $id) {
          id name type kind aliases riskCategories riskEvidence { category source { url } }
          relationships { type direction other { id name } evidence { method confidence status sources { url } } }
        }
      }`,
      { id: harbin },
    );

    expect(response.errors).toBeUndefined();
    const entity = response.data!.entity;
    expect(entity.aliases).toContain('哈尔滨工程大学');
    expect(entity.riskEvidence[0].source.url).toMatch(/unitracker/);
    const supervision = entity.relationships.find((relationship: any) => relationship.type === 'SUPERVISED_BY');
    expect(supervision).toMatchObject({ direction: 'OUTGOING', evidence: { method: 'curated', status: 'current' } });
    expect(supervision.evidence.sources.length).toBeGreaterThan(0);
  });

  it('draws the neighbourhood of an entity with nodes and relationships', async () => {
    const harbin = await idOf('Harbin Engineering University');

    const response = await sut.graphql(
      `query N($id: ID!) { neighbourhood(id: $id, depth: 2) { truncated nodes { id } relationships { type from to } } }`,
      { id: harbin },
    );

    expect(response.errors).toBeUndefined();
    const subgraph = response.data!.neighbourhood;
    const nodeIds = new Set(subgraph.nodes.map((node: { id: string }) => node.id));
    expect(nodeIds.has(harbin)).toBe(true);
    expect(subgraph.relationships.length).toBeGreaterThan(2);
    for (const relationship of subgraph.relationships) {
      expect(nodeIds.has(relationship.from) && nodeIds.has(relationship.to)).toBe(true);
    }
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const response = await sut.graphql(`{ entity(id: "no-such-entity") { id } }`);

    expect(response.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('answers BAD_USER_INPUT when maxHops is above 6', async () => {
    const harbin = await idOf('Harbin Engineering University');

    const response = await sut.graphql(RISK_PATHS, { entityId: harbin, maxHops: 7 });

    expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toContain('maxHops');
  });

  it('refuses an unknown relationship type by name', async () => {
    const response = await sut.graphql(
      `{ neighbourhood(id: "x", relationshipTypes: ["KNOWS]->() DETACH DELETE n//"]) { truncated } }`,
    );

    expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(response.errors![0].message).toContain('relationshipTypes');
  });

  it('refuses a query nested deeper than the limit before running it', async () => {
    const deep = `{ entity(id: "x") { relationships { evidence { sources { id } } } } }`;
    const limited = await bootTestApp({ GRAPHQL_MAX_DEPTH: '3' });
    try {
      const response = await limited.graphql(deep);

      expect(response.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(response.errors![0].message).toContain('the limit is 3');
    } finally {
      await limited.close();
    }
  });

  it('reports the database reachable with its version on /health', async () => {
    const response = await fetch(`${sut.url}/health`);
    const body = (await response.json()) as { status: string; database: { reachable: boolean; version: string } };

    expect(response.status).toBe(200);
    expect(body.database).toMatchObject({ reachable: true });
    expect(body.database.version).toMatch(/^5\./);
  });
});
