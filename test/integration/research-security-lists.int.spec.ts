import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { ScreeningIndexService } from '../../src/screening/screening-index.service';
import { ScreeningService } from '../../src/screening/screening.service';
import { type ImportSummary, WatchlistImportService } from '../../src/watchlists/watchlist-import.service';
import { WatchlistsService } from '../../src/watchlists/watchlists.service';
import { runCypher } from '../helpers/cypher';
import { bootTestApp, prepareDatabase, type TestApp } from '../helpers/test-app';

const FIXTURES = join(__dirname, '..', 'fixtures', 'watchlists');

describe('the UK Sanctions List and the research-security lists in the graph', () => {
  let app: TestApp;
  let sut: ScreeningService;
  const summaries: Record<string, ImportSummary> = {};

  beforeAll(async () => {
    await prepareDatabase();
    app = await bootTestApp();
    sut = app.app.get(ScreeningService);
    const importer = app.app.get(WatchlistImportService);
    // The processed UK copy carries no issue date: the operator's stands in for it.
    [summaries.uk] = await importer.importFile({
      importedBy: 'test:runner',
      format: 'uk-sanctions-jsonl',
      path: join(FIXTURES, 'uk', 'uksl-records.jsonl'),
      issuedAt: '2026-08-22',
      sample: true,
    });
    [summaries.ca] = await importer.importFile({
      importedBy: 'test:runner',
      format: 'ca-nro',
      path: join(FIXTURES, 'ca-nro', 'named-research-organizations-2024-04-18.html'),
    });
    [summaries.jp] = await importer.importFile({
      importedBy: 'test:runner',
      format: 'jp-meti-eul',
      path: join(FIXTURES, 'jp-meti', 'end-user-list-2025-09-29.xlsx'),
    });
    await app.app.get(ScreeningIndexService).whenIdle();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('imports every entry of the three lists as an active version', () => {
    expect([summaries.uk.list, summaries.uk.entries, summaries.uk.rejected]).toEqual(['uk-sanctions', 6349, 0]);
    expect([summaries.ca.list, summaries.ca.entries, summaries.ca.relationships]).toEqual(['ca-nro', 127, 27]);
    expect([summaries.jp.list, summaries.jp.entries]).toEqual(['jp-meti-eul', 835]);
  });

  it('records where each version comes from: issue date and its source, URL, licence, sample', async () => {
    const lists = await app.app.get(WatchlistsService).watchlists();
    const active = (id: string) => lists.find((list) => list.id === id)?.activeVersion;

    expect(active('uk-sanctions')).toMatchObject({
      issuedAt: '2026-08-22',
      issuedAtSource: 'OPERATOR',
      sample: true,
      licence: expect.stringMatching(/Open Government Licence v3\.0/),
      sourceUrl: expect.stringMatching(/^https:\/\/www\.gov\.uk\//),
    });
    expect(active('ca-nro')).toMatchObject({ issuedAt: '2024-04-18', issuedAtSource: 'FILE', sample: false });
    expect(active('jp-meti-eul')).toMatchObject({ issuedAt: '2025-09-29', issuedAtSource: 'FILE' });
  });

  it('finds a UK designation by its name and gives the list version with its provenance', async () => {
    const result = await sut.screen({ name: 'Hesong Trading Corporation', lists: ['uk-sanctions'] });

    expect(result.matches[0]).toMatchObject({ entityId: 'uk-sanctions:DPR0138', match: true, curated: false });
    expect(result.listVersions).toContainEqual(
      expect.objectContaining({
        listId: 'uk-sanctions',
        issuedAt: '2026-08-22',
        issuedAtSource: 'OPERATOR',
        sample: true,
      }),
    );
  });

  it('finds a unit Canada names among an organisation’s aliases, and walks it to that organisation', async () => {
    const result = await sut.screen({ name: 'Southwest Institute of Fluid Physics', lists: ['ca-nro'] });

    expect(result.matches[0]).toMatchObject({
      entityId: 'ca-nro:chinese-academy-of-engineering-physics/southwest-institute-of-fluid-physics',
      match: true,
    });
    const body = result.pathRisks.find(
      (finding) => finding.target.id === 'ca-nro:chinese-academy-of-engineering-physics',
    );
    expect(body).toMatchObject({ hops: 1 });
    expect(body!.path.relationships[0]).toMatchObject({ type: 'PART_OF' });
    expect(body!.reasons[0]).toMatchObject({ kind: 'LISTING', category: 'research-security-list', listId: 'ca-nro' });
  });

  it('finds a METI End User List organisation by its name in characters, as a research-security listing', async () => {
    const result = await sut.screen({ name: '高麗航空', lists: ['jp-meti-eul'] });

    expect(result.matches[0]).toMatchObject({ entityId: 'jp-meti-eul:air-koryo', match: true });
    const listed = result.pathRisks.find((finding) => finding.target.id === 'jp-meti-eul:air-koryo');
    expect(listed).toMatchObject({ hops: 0 });
    expect(listed!.reasons[0]).toMatchObject({ category: 'research-security-list' });
    expect(listed!.reasons[0].programmes).toEqual([
      'B (biological weapons)',
      'C (chemical weapons)',
      'M (missiles)',
      'N (nuclear weapons)',
    ]);
  });
  it('reads the file of the active version again once when the parser has come to read it differently', async () => {
    const importer = app.app.get(WatchlistImportService);
    const neo4j = app.app.get(Neo4jService);
    const metiFile = {
      importedBy: 'test:runner',
      format: 'jp-meti-eul' as const,
      path: join(FIXTURES, 'jp-meti', 'end-user-list-2025-09-29.xlsx'),
    };
    const [same] = await importer.importFile(metiFile);
    expect(same).toMatchObject({ status: 'unchanged', version: summaries.jp.version });

    // The active version as a release that stored no read version left it (read at 1).
    await runCypher(neo4j, 'MATCH (version:ListVersion {id: $id}) REMOVE version.readVersion', {
      id: summaries.jp.version,
    });
    const [again] = await importer.importFile(metiFile);
    expect(again).toMatchObject({ status: 'imported', entries: 835 });
    expect(again.version).not.toBe(summaries.jp.version);
    const [thenSame] = await importer.importFile(metiFile);
    expect(thenSame).toMatchObject({ status: 'unchanged', version: again.version });
    await app.app.get(ScreeningIndexService).whenIdle();
  });
});
