import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScreeningIndexService } from '../../src/screening/screening-index.service';
import { ScreeningService } from '../../src/screening/screening.service';
import { WatchlistImportService } from '../../src/watchlists/watchlist-import.service';
import { bootTestApp, prepareDatabase, type TestApp } from '../helpers/test-app';

const FIXTURES = join(__dirname, '..', 'fixtures', 'watchlists');

function ftmLine(id: string, name: string, country: string): string {
  return JSON.stringify({
    id,
    schema: 'Organization',
    properties: { name: [name], country: [country], topics: ['sanction'] },
    datasets: ['test'],
    target: true,
  });
}

describe('screening on the real lists and the seed', () => {
  let app: TestApp;
  let sut: ScreeningService;
  let indexService: ScreeningIndexService;
  let importer: WatchlistImportService;
  const scratch = mkdtempSync(join(tmpdir(), 'screening-int-'));

  beforeAll(async () => {
    await prepareDatabase();
    app = await bootTestApp();
    sut = app.app.get(ScreeningService);
    indexService = app.app.get(ScreeningIndexService);
    importer = app.app.get(WatchlistImportService);
    await importer.importFile({
      importedBy: 'test:runner',
      format: 'ofac-sdn',
      path: join(FIXTURES, 'ofac', 'sdn.csv'),
    });
    await indexService.whenIdle();
  });

  afterAll(async () => {
    await app?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('finds OFAC entry 13152 for its alias MALEK-E ASHTAR TECHNICAL UNIVERSITY', async () => {
    // Other test files import the same OFAC sample into lists of their own in the shared test database;
    // among those identical copies the order is arbitrary, so look in the list this file imported.
    const result = await sut.screen({ name: 'MALEK-E ASHTAR TECHNICAL UNIVERSITY', lists: ['us-ofac-sdn'] });

    expect(result.matches[0]).toMatchObject({ entityId: 'us-ofac-sdn:13152', match: true, curated: false });
    expect(result.matches[0].lists.map((listing) => listing.id)).toContain('us-ofac-sdn');
    expect(result.listVersions.map((version) => version.listId)).toContain('us-ofac-sdn');
  });

  it('resolves a Chinese-script name to its seeded institution', async () => {
    const result = await sut.screen({ name: '哈尔滨工程大学' });

    expect(result.matches[0]).toMatchObject({ name: 'Harbin Engineering University', match: true, curated: true });
    expect(result.matches[0].riskCategories).toContain('defence-industry');
  });

  it('walks the resolved institution to the PLA Navy that supervises it, with sources, and sets the level', async () => {
    const result = await sut.screen({ name: 'Harbin Engineering University' });

    const navy = result.pathRisks.find((finding) => finding.target.name === "People's Liberation Army Navy");
    expect(navy).toMatchObject({ hops: 1 });
    expect(navy!.path.relationships[0]).toMatchObject({ type: 'SUPERVISED_BY' });
    expect(navy!.path.relationships[0].sources[0].url).toMatch(/unitracker\.aspi\.org\.au/);
    expect(['HIGH', 'CRITICAL']).toContain(result.riskLevel);
    expect(result.riskReasons.length).toBeGreaterThan(0);
    expect(result.rulesVersion).toMatch(/@/);
  });

  it('treats a match on an active listing as a finding at 0 hops', async () => {
    const result = await sut.screen({ name: 'MALEK-E ASHTAR TECHNICAL UNIVERSITY' });

    const listed = result.pathRisks.find((finding) => finding.target.id === 'us-ofac-sdn:13152');
    expect(listed).toMatchObject({ hops: 0 });
    expect(result.riskLevel).not.toBe('NONE');
  });

  it('gives the same result for the same input', async () => {
    const first = await sut.screen({ name: 'Harbin Engineering University' });
    const second = await sut.screen({ name: 'Harbin Engineering University' });

    // When it was screened, and so how old the index was then, differ from call to call.
    const stable = (result: typeof first): unknown => ({
      ...result,
      screenedAt: undefined,
      indexAgeSeconds: undefined,
    });
    expect(stable(second)).toEqual(stable(first));
  });

  it('does not match a college named Imperial to Imam Hossein University', async () => {
    const result = await sut.screen({ name: 'Imperial College Harwick', country: ['gb'] });

    const imam = result.matches.find((match) => /imam hossein/i.test(match.name));
    expect(imam?.match ?? false).toBe(false);
  });

  it('explains a match with named features', async () => {
    const result = await sut.screen({ name: 'Malek Ashtar University of Technology', limit: 3 });

    const [best] = result.matches;
    expect(best.features.map((feature) => feature.name)).toContain('token_alignment');
    expect(best.features.every((feature) => feature.reason.length > 0)).toBe(true);
  });

  it('keeps only the requested list when lists is given', async () => {
    const result = await sut.screen({ name: 'Harbin Engineering University', lists: ['us-ofac-sdn'], limit: 10 });

    expect(result.matches.every((match) => match.lists.some((listing) => listing.id === 'us-ofac-sdn'))).toBe(true);
  });

  it('stops matching a delisted entry after the next import, without a restart', async () => {
    const listId = `test-screening-${Date.now()}`;
    const first = join(scratch, 'v1.entities.ftm.json');
    const second = join(scratch, 'v2.entities.ftm.json');
    writeFileSync(
      first,
      `${ftmLine('q-1', 'Zorvathian Quantum Propulsion Laboratory', 'ir')}\n${ftmLine('q-2', 'Vellmoor Hydrodynamics Bureau', 'ir')}\n`,
    );
    writeFileSync(second, `${ftmLine('q-2', 'Vellmoor Hydrodynamics Bureau', 'ir')}\n`);

    await importer.importFile({ importedBy: 'test:runner', format: 'ftm', path: first, listId });
    await indexService.whenIdle();
    const before = await sut.screen({ name: 'Zorvathian Quantum Propulsion Laboratory', lists: [listId] });
    await importer.importFile({ importedBy: 'test:runner', format: 'ftm', path: second, listId });
    await indexService.whenIdle();
    const after = await sut.screen({ name: 'Zorvathian Quantum Propulsion Laboratory' });
    const stillListed = await sut.screen({ name: 'Vellmoor Hydrodynamics Bureau', lists: [listId] });

    expect(before.matches[0]).toMatchObject({ entityId: `${listId}:q-1`, match: true });
    expect(after.matches.find((match) => match.entityId === `${listId}:q-1`)).toBeUndefined();
    expect(stillListed.matches[0]).toMatchObject({ entityId: `${listId}:q-2`, match: true });
    expect(after.listVersions).not.toEqual(before.listVersions);
  });
});
