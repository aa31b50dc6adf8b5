import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { PartnershipService } from '../../src/risk/partnership.service';
import { loadRiskRules } from '../../src/risk/risk-rules';
import { type ReferenceImportSummary, ReferenceService } from '../../src/reference/reference.service';
import { ScreeningIndexService } from '../../src/screening/screening-index.service';
import { ScreeningService } from '../../src/screening/screening.service';
import { runCypher } from '../helpers/cypher';
import { bootTestApp, prepareDatabase, type TestApp } from '../helpers/test-app';

const REFERENCE = join(__dirname, '..', '..', 'seed', 'reference');
const SEED_CARDC = 'cdut:3db5f3b5-9200-4d73-b444-27e482318018';

/** A tiny ROR v2 release of fictional bodies, for the versioning rules. */
function rorRelease(records: Array<{ id: string; name: string; parent?: string }>): string {
  const directory = mkdtempSync(join(tmpdir(), 'ror-release-'));
  const path = join(directory, 'release.json');
  const body = records.map((record) => ({
    id: `https://ror.org/${record.id}`,
    names: [{ value: record.name, lang: 'en', types: ['ror_display', 'label'] }],
    types: ['facility'],
    status: 'active',
    locations: [{ geonames_details: { country_code: 'GB', name: 'London' } }],
    external_ids: [],
    relationships: record.parent ? [{ type: 'parent', id: `https://ror.org/${record.parent}`, label: null }] : [],
    admin: { last_modified: { date: '2020-01-01' } },
  }));
  writeFileSync(path, JSON.stringify(body));
  return path;
}

describe('the research organisation and funder registries in the graph', () => {
  let app: TestApp;
  let sut: ReferenceService;
  let neo4j: Neo4jService;
  let ror: ReferenceImportSummary;
  let fundref: ReferenceImportSummary;
  let rorSeconds = 0;

  const read = (statement: string, parameters: Record<string, unknown> = {}) => runCypher(neo4j, statement, parameters);

  beforeAll(async () => {
    await prepareDatabase();
    app = await bootTestApp();
    sut = app.app.get(ReferenceService);
    neo4j = app.app.get(Neo4jService);
    const started = Date.now();
    ror = await sut.importFile({
      importedBy: 'test:runner',
      format: 'ror',
      path: join(REFERENCE, 'ror-v2-records.json.gz'),
      sample: true,
    });
    rorSeconds = (Date.now() - started) / 1000;
    fundref = await sut.importFile({
      importedBy: 'test:runner',
      format: 'fundref',
      path: join(REFERENCE, 'fundref-registry-2018.rdf.gz'),
      mappingPath: join(REFERENCE, 'ror_funder_registry_mapping.json.gz'),
      sample: true,
    });
    await app.app.get(ScreeningIndexService).checkGraphGeneration();
    await app.app.get(ScreeningIndexService).whenIdle();
  }, 600_000);

  afterAll(async () => {
    // Other test files share this database: the registries' bodies, links and versions go again.
    if (neo4j) {
      await runCypher(
        neo4j,
        `MATCH (entity:Entity) WHERE entity.rorRecord OR entity.funderRecord OR entity.unresolved
         CALL (entity) { DETACH DELETE entity } IN TRANSACTIONS OF 5000 ROWS`,
      );
      await runCypher(neo4j, 'MATCH (version:ReferenceVersion) DETACH DELETE version');
      await runCypher(neo4j, 'MATCH (run:IdentityLinking) DELETE run');
      await runCypher(
        neo4j,
        "MATCH (state:GraphState {id: 'graph'}) SET state.generation = state.generation + 1, state.lastChange = 'reference test cleanup'",
      );
    }
    await app?.close();
  });

  it('imports every ROR record, with its relationships and the targets outside the partial dump as placeholders', () => {
    expect(ror).toMatchObject({
      registry: 'ror',
      status: 'imported',
      issuedAt: '2026-06-23',
      issuedAtSource: 'latest-record-modification',
      records: 14_994,
      names: 50_085,
      acronyms: 10_611,
      unresolved: 8_240,
      relationships: { PART_OF: 17_649, AFFILIATED_WITH: 6_900, SUCCESSOR_OF: 300 },
    });
    // Reported for the README: the whole ROR import, identity links included.
    console.info(`ROR import: ${rorSeconds.toFixed(1)} s`);
  });

  it('imports every funder, merging those the crosswalk maps onto their ROR record', () => {
    expect(fundref).toMatchObject({
      registry: 'fundref',
      status: 'imported',
      issuedAt: '2018-07-09',
      issuedAtSource: 'file',
      records: 18_067,
      entities: 18_067,
      acronyms: 10_039,
      unresolved: 0,
      // One funder per ROR record joins it; 2,979 others ROR or the crosswalk put on the same record
      // stay their own entities: SAME_AS it when a name of theirs matches a name of the record's body (411),
      // AFFILIATED_WITH it otherwise (2,568: units, programmes, predecessors filed under it). One replacement
      // is a funder renamed as itself. (Since rules 1.83.0 one province's health department filed on another
      // province's record, Hebei's on Hubei's, is no longer read as that body: 411 → 410, 2,568 → 2,569. Since
      // rules 1.171.0 a foundation's name matches its record's camel-case name, the parts beginning its two words,
      // and joins it: 410 → 411, 2,569 → 2,568.)
      sameRecordLinks: 411,
      relationships: { PART_OF: 2_858, SUCCESSOR_OF: 599, AFFILIATED_WITH: 2_568 },
    });
  });

  it('keeps the hierarchy: a child PART_OF its parent with the registry evidence envelope', async () => {
    const rows = await read(
      `MATCH (child:Entity {id: 'ror:002r3r896'})-[part:PART_OF {registry: 'ror'}]->(parent:Entity)
       MATCH (source:Source) WHERE source.id IN part.sourceIds
       RETURN parent.id AS parent, parent.name AS name, part.method AS method, part.status AS status,
              part.confidence AS confidence, part.recordedAt IS NOT NULL AS recorded, source.licence AS licence`,
    );
    expect(rows).toEqual([
      {
        parent: 'ror:039594g80',
        name: 'School of Advanced Study',
        method: 'registry',
        status: 'current',
        confidence: 0.9,
        recorded: true,
        licence: 'CC0 1.0',
      },
    ]);
  });

  it('makes one entity, with both ids and the Funder label, of a funder and its ROR record', async () => {
    const [council] = await read(
      `MATCH (entity:Entity {id: 'ror:04atp4p48'})
       RETURN entity.name AS name, labels(entity) AS labels, entity.kind AS kind, entity.funderIds AS funderIds,
              entity.ror AS ror, entity.country AS country, entity.sourceIds AS sourceIds`,
    );
    expect(council).toMatchObject({
      name: 'China Scholarship Council',
      kind: 'Funder',
      funderIds: ['501100004543'],
      ror: '04atp4p48',
      country: ['cn'],
    });
    expect(council.labels).toEqual(expect.arrayContaining(['Entity', 'Organisation', 'Funder']));
    expect(council.sourceIds).toHaveLength(2);
  });

  it("relates a unit ROR files on its parent department's record as affiliated, not as the same body", async () => {
    const rows = await read(
      `MATCH (unit:Entity {name: 'Armed Forces Institute of Regenerative Medicine'})-[link]-(department:Entity)
       WHERE department.name = 'United States Department of Defense'
       RETURN type(link) AS type, link.registry AS registry`,
    );
    expect(rows).toEqual([{ type: 'AFFILIATED_WITH', registry: 'fundref' }]);
    const [same] = await read(
      `MATCH (funder:Entity {name: 'Armed Forces Institute of Regenerative Medicine'})
       RETURN count { (funder)-[:SAME_AS]-() } AS links`,
    );
    expect(Number(same.links)).toBe(0);
  });

  it('links a ROR body to the tracker body of the same name and country, as an automatic SAME_AS', async () => {
    const rows = await read(
      `MATCH (:Entity {id: 'ror:00jma8s40'})-[link:SAME_AS]->(other:Entity)
       RETURN other.id AS id, link.decision AS decision, link.decidedBy AS decidedBy, link.method AS method,
              link.score >= 0.7 AS certain`,
    );
    expect(rows).toContainEqual({
      id: SEED_CARDC,
      decision: 'automatic',
      decidedBy: 'auto-link:registry-name',
      method: 'inferred',
      certain: true,
    });
  });

  it('resolves funders from the file through screening, as graph bodies and not as listed', async () => {
    const screening = app.app.get(ScreeningService);
    const council = await screening.screen({ name: 'China Scholarship Council', country: ['CN'] });
    const foundation = await screening.screen({ name: 'National Natural Science Foundation of China' });

    expect(council.matches[0]).toMatchObject({ entityId: 'ror:04atp4p48', match: true, curated: true, lists: [] });
    expect(foundation.matches[0]).toMatchObject({ entityId: 'ror:01h0zpd94', match: true, kind: 'Funder' });
  });

  it('resolves a funder by its Funder Registry DOI as an identifier', async () => {
    const result = await app.app
      .get(ScreeningService)
      .screen({ name: 'NSFC', identifiers: ['10.13039/501100001809'], pathRisks: false });
    expect(result.matches[0]).toMatchObject({ entityId: 'ror:01h0zpd94', match: true });
  });

  it('does not screen an inactive body as a current one, but keeps it in the graph', async () => {
    const result = await app.app
      .get(ScreeningService)
      .screen({ name: 'Danish Cardiovascular Research Academy', pathRisks: false });
    const [stored] = await read(`MATCH (entity:Entity {id: 'ror:0054s2h05'}) RETURN entity.registryStatus AS status`);

    expect(result.matches.map((match) => match.entityId)).not.toContain('ror:0054s2h05');
    expect(stored).toEqual({ status: 'inactive' });
  });

  it('records who funds the work as FUNDS, and the funder conflict follows the funder to its military supervisor', async () => {
    const partnerships = app.app.get(PartnershipService);
    // The funder is the ROR body of the China Aerodynamics Research and Development Center, linked by
    // name to the tracker body, which the Academy of Military Science supervises.
    const input = {
      partner: { id: 'ror:002r3r896' },
      funders: [{ id: 'ror:00jma8s40' }],
      funding: [{ amount: 125_000, currency: 'GBP', validFrom: '2026-01-01', validTo: '2027-12-31' }],
    };
    const assessment = await partnerships.assess(input);
    await partnerships.assess(input);
    const funds = await read(
      `MATCH (:Entity {id: 'ror:00jma8s40'})-[funds:FUNDS]->(:Entity {id: 'ror:002r3r896'})
       RETURN funds.amount AS amount, funds.currency AS currency, funds.validFrom AS validFrom,
              funds.validTo AS validTo, funds.method AS method, funds.status AS status`,
    );
    const partnerAlone = await partnerships.assess({ partner: { id: 'ror:002r3r896' } });

    expect(assessment.conflicts.map((conflict) => conflict.kind)).toContain('FUNDER_DEFENCE_LINK');
    expect(funds).toEqual([
      {
        amount: 125_000,
        currency: 'GBP',
        validFrom: '2026-01-01',
        validTo: '2027-12-31',
        method: 'analyst',
        status: 'current',
      },
    ]);
    // The partner's own walk now goes back along FUNDS to its funder and on to the military body.
    const viaFunder = partnerAlone.partner.risk?.findings.find((finding) =>
      finding.steps.some((step) => step.type === 'FUNDS'),
    );
    expect(
      viaFunder,
      JSON.stringify(partnerAlone.partner.risk?.findings.map((finding) => finding.sentence)),
    ).toBeDefined();
    expect(viaFunder?.steps[0]).toMatchObject({ type: 'FUNDS', direction: 'AGAINST', from: 'ror:00jma8s40' });
  });

  it('links by name again when a list version activates after the registries', async () => {
    await runCypher(
      neo4j,
      `MATCH (:Entity {id: 'ror:00jma8s40'})-[link:SAME_AS {decidedBy: 'auto-link:registry-name'}]->(:Entity {id: $id})
       DELETE link`,
      { id: SEED_CARDC },
    );

    await sut.onWatchlistVersionActivated({ listId: 'un-sc', versionId: 'test', entries: 0 });

    const rows = await read(
      `MATCH (:Entity {id: 'ror:00jma8s40'})-[link:SAME_AS {decidedBy: 'auto-link:registry-name'}]->(:Entity {id: $id})
       RETURN count(link) AS links`,
      { id: SEED_CARDC },
    );
    expect(Number(rows[0].links)).toBe(1);
  });

  it('answers "unchanged" for a release it already holds', async () => {
    const again = await sut.importFile({
      importedBy: 'test:runner',
      format: 'ror',
      path: join(REFERENCE, 'ror-v2-records.json.gz'),
    });
    expect(again).toMatchObject({ status: 'unchanged', versionId: ror.versionId, records: 14_994 });
  });
});

describe('a new registry release', () => {
  let app: TestApp;
  let sut: ReferenceService;

  beforeAll(async () => {
    await prepareDatabase();
    app = await bootTestApp();
    sut = app.app.get(ReferenceService);
  });

  afterAll(async () => {
    const neo4j = app?.app.get(Neo4jService);
    if (neo4j) {
      await runCypher(neo4j, "MATCH (entity:Entity) WHERE entity.id STARTS WITH 'ror:0zztest' DETACH DELETE entity");
      await runCypher(neo4j, "MATCH (entity:Entity) WHERE entity.id STARTS WITH 'test-relink-' DETACH DELETE entity");
      await runCypher(neo4j, "MATCH (version:ReferenceVersion {registry: 'ror'}) DETACH DELETE version");
      await runCypher(neo4j, 'MATCH (run:IdentityLinking) DELETE run');
    }
    await app?.close();
  });

  it('updates and adds bodies and ends the relationships it no longer states, deleting nothing', async () => {
    await sut.importFile({
      importedBy: 'test:runner',
      format: 'ror',
      path: rorRelease([
        { id: '0zztest01', name: 'Fictional Test Institute of Versioning', parent: '0zztest02' },
        { id: '0zztest02', name: 'Fictional Test Parent Body' },
      ]),
    });
    const second = await sut.importFile({
      importedBy: 'test:runner',
      format: 'ror',
      path: rorRelease([
        { id: '0zztest01', name: 'Fictional Test Institute of Versioning (renamed)' },
        { id: '0zztest02', name: 'Fictional Test Parent Body' },
        { id: '0zztest03', name: 'Fictional Test New Body' },
      ]),
      issuedAt: '2021-02-03',
    });
    const stored = await runCypher(
      app.app.get(Neo4jService),
      `MATCH (child:Entity {id: 'ror:0zztest01'})-[part:PART_OF]->(:Entity {id: 'ror:0zztest02'})
       MATCH (added:Entity {id: 'ror:0zztest03'})
       RETURN child.name AS name, part.status AS status, part.validTo AS validTo, added.name AS added`,
    );
    expect(stored).toEqual([
      {
        name: 'Fictional Test Institute of Versioning (renamed)',
        status: 'former',
        validTo: '2021-02-03',
        added: 'Fictional Test New Body',
      },
    ]);
    expect(second).toMatchObject({ status: 'imported', records: 3, ended: 1 });
  });

  it('relinks by name once when the rules version changes: a missing link made, a stale automatic one removed, an analyst decision kept (rules 1.123.0)', async () => {
    const neo4j = app.app.get(Neo4jService);
    const run = (statement: string) => runCypher(neo4j, statement);
    await run(
      `CREATE (:Entity:Organisation {id: 'test-relink-body', name: 'Fictional Test Relink Observatory', country: ['gb']})
       CREATE (:Entity:Organisation {id: 'test-relink-stale', name: 'Fictional Test Other Foundation', country: ['gb']})
       CREATE (:Entity:Organisation {id: 'test-relink-analysed', name: 'Fictional Test Third Body', country: ['gb']})`,
    );
    await sut.importFile({
      importedBy: 'test:runner',
      format: 'ror',
      path: rorRelease([{ id: '0zztest11', name: 'Fictional Test Relink Observatory' }]),
    });
    const links = async (id: string): Promise<number> =>
      Number(
        (
          await run(
            `MATCH (:Entity {id: 'ror:0zztest11'})-[link:SAME_AS]->(:Entity {id: '${id}'}) RETURN count(link) AS n`,
          )
        )[0].n,
      );
    const madeAtImport = await links('test-relink-body');
    // The graph as linked under older rules: the name link missing, an automatic name link the rules in force do not
    // find, an analyst's link, and the linking recorded under an older version.
    await run(
      `MATCH (registry:Entity {id: 'ror:0zztest11'})-[link:SAME_AS]->(:Entity {id: 'test-relink-body'}) DELETE link`,
    );
    await run(
      `MATCH (registry:Entity {id: 'ror:0zztest11'}), (stale:Entity {id: 'test-relink-stale'}),
             (analysed:Entity {id: 'test-relink-analysed'})
       CREATE (registry)-[:SAME_AS {decision: 'automatic', decidedBy: 'auto-link:registry-name', method: 'inferred'}]->(stale)
       CREATE (registry)-[:SAME_AS {decision: 'confirmed', decidedBy: 'test:analyst', method: 'analyst'}]->(analysed)
       MERGE (linking:IdentityLinking {id: 'registry-name'}) SET linking.rulesVersion = '1.0.0'`,
    );

    const first = await sut.relinkIfRulesChanged();
    const after = [
      await links('test-relink-body'),
      await links('test-relink-stale'),
      await links('test-relink-analysed'),
    ];
    const second = await sut.relinkIfRulesChanged();

    expect(madeAtImport).toBe(1);
    expect(first).toMatchObject({
      rulesBefore: '1.0.0',
      rulesVersion: loadRiskRules().version,
      created: 1,
      removed: 1,
    });
    expect(after).toEqual([1, 0, 1]);
    expect(second).toBeNull();
    expect(
      await run("MATCH (linking:IdentityLinking {id: 'registry-name'}) RETURN linking.rulesVersion AS version"),
    ).toEqual([{ version: loadRiskRules().version }]);
  });
});
