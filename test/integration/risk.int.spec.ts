import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { ConflictKind } from '../../src/risk/risk.enums';
import { PartnershipService } from '../../src/risk/partnership.service';
import { PathRiskService } from '../../src/risk/path-risk.service';
import { RiskService } from '../../src/risk/risk.service';
import { WATCHLIST_VERSION_ACTIVATED } from '../../src/watchlists/watchlist-events';
import { runCypher } from '../helpers/cypher';
import { bootTestApp, prepareDatabase, type TestApp } from '../helpers/test-app';

const HEU = 'Harbin Engineering University';
const HUST = 'Harbin University of Science and Technology';

describe('affiliation risk on the seed graph', () => {
  let app: TestApp;
  let sut: PathRiskService;
  let partnerships: PartnershipService;
  let identities: RiskService;
  let neo4j: Neo4jService;
  const prefix = `test-risk-${randomUUID().slice(0, 8)}`;

  /** Runs test-only Cypher (fixtures and clean-up) directly on the test database. */
  const cypher = async (statement: string, parameters: Record<string, unknown> = {}): Promise<void> => {
    await runCypher(neo4j, statement, parameters);
  };

  const idOf = async (name: string): Promise<string> => {
    const [first] = await runCypher(
      neo4j,
      'MATCH (entity:Entity) WHERE entity.name = $name OR $name IN entity.aliases RETURN entity.id AS id ORDER BY id',
      { name },
    );
    return first.id as string;
  };

  beforeAll(async () => {
    await prepareDatabase();
    app = await bootTestApp();
    sut = app.app.get(PathRiskService);
    partnerships = app.app.get(PartnershipService);
    identities = app.app.get(RiskService);
    neo4j = app.app.get(Neo4jService);
  });

  afterAll(async () => {
    if (neo4j) {
      await cypher('MATCH (node) WHERE node.id STARTS WITH $prefix DETACH DELETE node', { prefix });
    }
    await app?.close();
  });

  it.each([
    [HEU, "People's Liberation Army Navy", 'SUPERVISED_BY', 'military'],
    [
      HUST,
      'State Administration for Science, Technology and Industry for National Defense',
      'SUPERVISED_BY',
      'defence-industry',
    ],
  ])(
    'finds that %s is supervised by %s in one hop, with its tracker source',
    async (university, target, type, category) => {
      const assessment = await sut.assessEntity(await idOf(university));

      const finding = assessment.findings.find((candidate) => candidate.target.name === target)!;
      expect(finding).toMatchObject({ hops: 1, reasons: [expect.objectContaining({ category })] });
      expect(finding.steps[0]).toMatchObject({ type, direction: 'ALONG' });
      expect(finding.path.relationships[0].sources[0].url).toMatch(/^https:\/\/unitracker\.aspi\.org\.au\//);
      expect(finding.sentence).toMatch(new RegExp(`^Supervised by ${target.replace(/[()]/g, '.')}.*, 1 hop\\.$`));
    },
  );

  it('explains the SASTIND path in one sentence naming the regulator', async () => {
    const assessment = await sut.assessEntity(await idOf(HUST));

    const finding = assessment.findings.find((candidate) => candidate.target.name.includes('National Defense'))!;
    expect(finding.sentence).toBe(
      'Supervised by State Administration for Science, Technology and Industry for National Defense (SASTIND), the state regulator of the defence industry, 1 hop.',
    );
  });

  it('reaches the Central Military Commission from a PLA university', async () => {
    const universityId = await idOf('Naval University of Engineering');

    const assessment = await sut.assessEntity(universityId, { maxHops: 4 });

    const commission = assessment.findings.find((finding) =>
      finding.target.name.startsWith('Central Military Commission'),
    );
    expect(commission).toBeDefined();
    expect(commission!.path.nodes[0].id).toBe(universityId);
    expect(commission!.path.relationships.every((relationship) => relationship.sources.length > 0)).toBe(true);
    expect(assessment.riskLevel).toBe('CRITICAL');
  });

  it('states the rules id and version in every result', async () => {
    const assessment = await sut.assessEntity(await idOf(HEU));

    expect(assessment.rules).toEqual({ id: sut.rules.id, version: sut.rules.version });
    expect(assessment.rulesVersion).toBe('1.236.0');
  });

  it('hides a relationship before its validFrom and shows it after', async () => {
    const before = await sut.assessEntity('demo:example-institute', { asOf: '2029-12-31' });
    const after = await sut.assessEntity('demo:example-institute', { asOf: '2030-01-02' });

    expect(before.findings.map((finding) => finding.target.id)).not.toContain('demo:example-defence-command');
    expect(after.findings.find((finding) => finding.target.id === 'demo:example-defence-command')).toMatchObject({
      hops: 1,
      steps: [expect.objectContaining({ type: 'AFFILIATED_WITH' })],
    });
  });

  it('calls a 12% stake an exposure, not control', async () => {
    const assessment = await sut.assessEntity('demo:example-research-foundation');

    const owned = assessment.findings
      .flatMap((finding) => finding.steps.flatMap((step) => [step, ...step.alternatives]))
      .find((step) => step.type === 'OWNED_BY');
    expect(owned?.ownership).toMatchObject({ band: 'exposure', share: 0.12, basis: 'exact' });
    const sentences = assessment.findings.map((finding) => finding.sentence).join('\n');
    expect(sentences).toContain(
      '12% stake held by Example Defence Systems Company (a fictional demo body): an exposure, not control',
    );
  });

  it('reads a share range at its upper bound and says so', async () => {
    const owned = `${prefix}:owned`;
    const owner = `${prefix}:owner`;
    await cypher(
      `CREATE (a:Entity:Organisation {id: $owned, name: 'Range Test Company', aliases: [], riskCategories: []})
       CREATE (b:Entity:Military {id: $owner, name: 'Range Test Command', aliases: [], riskCategories: ['military']})
       CREATE (a)-[:OWNED_BY {shareMin: 0.4, shareMax: 0.6, sourceIds: [], status: 'current', confidence: 1.0}]->(b)`,
      { owned, owner },
    );

    const assessment = await sut.assessEntity(owned);

    expect(assessment.findings[0].steps[0].ownership).toMatchObject({ band: 'control', share: 0.6, basis: 'upper' });
    expect(assessment.findings[0].sentence).toContain(
      '40%–60% stake held by Range Test Command (read at the upper bound, 60%): control',
    );
  });

  it('caps a hub and says so, instead of walking all of it', async () => {
    const start = `${prefix}:hub-start`;
    const hub = `${prefix}:hub`;
    const spokes = Array.from({ length: 250 }, (_, index) => `${prefix}:spoke-${String(index).padStart(3, '0')}`);
    await cypher(
      `CREATE (start:Entity:Organisation {id: $start, name: 'Hub Test Start', aliases: [], riskCategories: []})
       CREATE (hub:Entity:Organisation {id: $hub, name: 'Hub Test Ministry', aliases: [], riskCategories: []})
       CREATE (start)-[:SUPERVISED_BY {sourceIds: [], status: 'current'}]->(hub)
       WITH hub
       UNWIND $spokes AS spoke
       CREATE (other:Entity:Organisation {id: spoke, name: spoke, aliases: [], riskCategories: ['state']})
       CREATE (hub)-[:AFFILIATED_WITH {sourceIds: [], status: 'current'}]->(other)`,
      { start, hub, spokes },
    );

    const assessment = await sut.assessEntity(start);

    expect(assessment.truncated).toBe(true);
    expect(assessment.truncationReasons.join(' ')).toContain(`Hub Test Ministry (${hub}) has more than`);
    expect(assessment.findingsTotal).toBeLessThanOrEqual(sut.rules.walk.maxRelationshipsPerNode);
  });

  it('lets a list status flow into a path once an analyst links the entity to the list entry', async () => {
    const entity = `${prefix}:linked-org`;
    const listId = `${prefix}-list`;
    const entry = `${listId}:1`;
    await cypher(
      `CREATE (entity:Entity:Organisation {id: $entity, name: 'Linked Test Institute', aliases: [], riskCategories: []})
       CREATE (entry:Entity:Organisation {id: $entry, name: 'LINKED TEST INSTITUTE', aliases: [], riskCategories: []})
       MERGE (list:Watchlist {id: $listId}) SET list.name = 'Test Sanctions List', list.activeSeq = 1
       CREATE (entry)-[:LISTED_ON {firstSeq: 1, program: ['TEST-PROGRAMME'], sourceIds: []}]->(list)`,
      { entity, entry, listId },
    );
    const before = await sut.assessEntity(entity);

    const link = await identities.linkSameAs(entity, entry, 'Same address and registration', {
      userId: 'analyst-7',
    });
    const after = await sut.assessEntity(entity);

    expect(before.findings).toHaveLength(0);
    expect(link).toMatchObject({ decision: 'confirmed', method: 'analyst', decidedBy: 'analyst-7' });
    expect(after.findings[0]).toMatchObject({
      hops: 1,
      level: 'CRITICAL',
      target: { id: entry },
      reasons: [
        expect.objectContaining({ kind: 'LISTING', listName: 'Test Sanctions List', programmes: ['TEST-PROGRAMME'] }),
      ],
    });
    expect(after.findings[0].path.relationships[0].sources[0].title).toContain('Same address and registration');
    await cypher('MATCH (node) WHERE node.id STARTS WITH $listId OR node.id STARTS WITH $source DETACH DELETE node', {
      listId,
      source: 'src:analyst-same-as-',
    });
  });

  it.each([
    ['the same id twice', 'x', 'x', 'cannot be linked to itself'],
    ['an unknown list entity', 'demo:example-institute', 'no-such-list:1', 'No entity has id "no-such-list:1"'],
  ])('refuses to link %s', async (_case, entityId, listEntityId, message) => {
    await expect(identities.linkSameAs(entityId, listEntityId, 'note', { userId: 'analyst-7' })).rejects.toThrow(
      message,
    );
  });

  it('links a graph entity to a list entry automatically when their LEIs agree', async () => {
    const entity = `${prefix}:lei-org`;
    const listId = `${prefix}-lei-list`;
    const entry = `${listId}:7`;
    await cypher(
      `CREATE (entity:Entity:Organisation {id: $entity, name: 'LEI Test Company', aliases: [], riskCategories: [],
                                           lei: '5493-00ABCDEFGH1234'})
       CREATE (entry:Entity:Organisation {id: $entry, name: 'LEI TEST CO', aliases: [], riskCategories: [],
                                          identifierValues: ['549300abcdefgh1234']})
       MERGE (list:Watchlist {id: $listId}) SET list.name = 'Test LEI List', list.activeSeq = 1
       CREATE (entry)-[:LISTED_ON {firstSeq: 1, program: [], sourceIds: []}]->(list)`,
      { entity, entry, listId },
    );

    const linked = await identities.autoLinkByIdentifiers(listId);
    const assessment = await sut.assessEntity(entity);

    expect(linked).toBe(1);
    expect(assessment.findings[0]).toMatchObject({
      target: { id: entry },
      steps: [expect.objectContaining({ type: 'SAME_AS' })],
    });
    await cypher('MATCH (node) WHERE node.id STARTS WITH $listId DETACH DELETE node', { listId });
  });

  it('links by identifiers on its own when a list version is activated', async () => {
    const entity = `${prefix}:ror-org`;
    const listId = `${prefix}-ror-list`;
    const entry = `${listId}:9`;
    await cypher(
      `CREATE (entity:Entity:Organisation {id: $entity, name: 'ROR Test University', aliases: [], riskCategories: [],
                                           ror: 'https://ror.org/0abc12345'})
       CREATE (entry:Entity:Organisation {id: $entry, name: 'ROR TEST UNIVERSITY', aliases: [], riskCategories: [],
                                          identifierValues: ['httpsrororg0abc12345']})
       MERGE (list:Watchlist {id: $listId}) SET list.name = 'Test ROR List', list.activeSeq = 1
       CREATE (entry)-[:LISTED_ON {firstSeq: 1, program: [], sourceIds: []}]->(list)`,
      { entity, entry, listId },
    );

    app.app.get(EventEmitter2).emit(WATCHLIST_VERSION_ACTIVATED, { listId, versionId: `${listId}@1`, entries: 1 });

    await expect
      .poll(async () => (await sut.assessEntity(entity)).findings.map((finding) => finding.target.id), {
        timeout: 10_000,
      })
      .toEqual([entry]);
    await cypher('MATCH (node) WHERE node.id STARTS WITH $listId DETACH DELETE node', { listId });
  });

  describe('the demo partnership (demo bodies only)', () => {
    const input = {
      partner: { name: 'Example Partner University' },
      funders: [{ id: 'demo:example-research-foundation' }],
      researchAreas: ['quantum sensing'],
    };

    it('shows a shared-controller conflict with both paths', async () => {
      const result = await partnerships.assess(input);

      const shared = result.conflicts.find((conflict) => conflict.kind === ConflictKind.SHARED_CONTROLLER)!;
      expect(shared).toMatchObject({
        severity: 'HIGH',
        entities: [expect.objectContaining({ id: 'demo:example-holding-group' })],
      });
      expect(shared.paths.map((path) => path.relationships.map((relationship) => relationship.type))).toEqual([
        ['SUPERVISED_BY'],
        ['CONTROLLED_BY'],
      ]);
      expect(shared.sentence).toContain('share a controlling body, Example Holding Group');
    });

    it('shows the funder linked to a military body', async () => {
      const result = await partnerships.assess(input);

      const military = result.conflicts.find(
        (conflict) =>
          conflict.kind === ConflictKind.FUNDER_DEFENCE_LINK &&
          conflict.entities[0].id === 'demo:example-defence-command',
      );
      expect(military).toBeDefined();
      expect(military!.paths[0].nodes.map((node) => node.id)).toEqual([
        'demo:example-research-foundation',
        'demo:example-defence-systems',
        'demo:example-defence-command',
      ]);
      expect(result.riskLevel).toBe('HIGH');
      expect(result.reasons.length).toBeGreaterThan(0);
    });

    it('states how the partner name was resolved', async () => {
      const result = await partnerships.assess(input);

      expect(result.partner.resolution).toMatchObject({
        status: 'RESOLVED',
        method: 'name',
        entity: { id: 'demo:example-partner-university' },
      });
      expect(result.partner.resolution.score).toBeGreaterThan(0.9);
      expect(result.rulesVersion).toBe('1.236.0');
    });

    it('gives the same result for the same input', async () => {
      const first = await partnerships.assess(input);
      const second = await partnerships.assess(input);

      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    });
  });

  it('raises an export-controlled research area with a defence-linked partner, and nothing for areas with no sensitivity', async () => {
    const result = await partnerships.assess({
      partner: { name: 'Academy of Military Science' },
      researchAreas: ['scramjet combustion', 'medieval poetry', 'pure mathematics'],
    });

    expect(result.researchAreas.map((area) => [area.area, area.level])).toEqual([
      ['scramjet combustion', 'CONTROLLED'],
      ['medieval poetry', 'NONE'],
      ['pure mathematics', 'NONE'],
    ]);
    expect(result.researchAreas[0].categories).toEqual([
      expect.objectContaining({ id: '9', level: 'CONTROLLED', terms: ['scramjet', 'combustion'] }),
    ]);
    const matches = result.conflicts.filter((conflict) => conflict.kind === ConflictKind.RESEARCH_AREA_MATCH);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ researchArea: 'scramjet combustion', severity: 'HIGH' });
    expect(matches[0].sentence).toContain('is export-controlled (9 Aerospace and propulsion');
    expect(matches[0].sentence).toContain('is defence-linked');
    expect(result.researchVocabularyVersion).toBe('research-sensitivity-v1');
  });

  it('finds a person with roles on both sides', async () => {
    const person = `${prefix}:person`;
    await cypher(
      `MATCH (partner:Entity {id: 'demo:example-partner-university'}), (funder:Entity {id: 'demo:example-research-foundation'})
       CREATE (person:Entity:Person {id: $person, name: 'Dual Role Test Person', aliases: [], riskCategories: []})
       CREATE (person)-[:EMPLOYED_BY {sourceIds: ['src:partner-graph-demo'], status: 'current'}]->(partner)
       CREATE (person)-[:DIRECTOR_OF {sourceIds: ['src:partner-graph-demo'], status: 'current'}]->(funder)`,
      { person },
    );

    const result = await partnerships.assess({
      partner: { id: 'demo:example-partner-university' },
      funders: [{ id: 'demo:example-research-foundation' }],
      people: [{ id: person }],
    });

    const dual = result.conflicts.find((conflict) => conflict.kind === ConflictKind.PERSON_DUAL_ROLE);
    expect(dual).toBeDefined();
    expect(dual!.parties).toContain(person);
  });
});
