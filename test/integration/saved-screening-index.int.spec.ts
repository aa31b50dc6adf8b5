import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { SavedScreeningIndex } from '../../src/screening/saved-screening-index';
import { ScreeningIndexService } from '../../src/screening/screening-index.service';
import { ScreeningRepository } from '../../src/screening/screening.repository';
import { WatchlistImportService } from '../../src/watchlists/watchlist-import.service';
import { removeLists } from '../helpers/remove-lists';
import { cliContext, prepareDatabase } from '../helpers/test-app';

function ftmEntity(id: string, name: string): string {
  return JSON.stringify({
    id,
    schema: 'Organization',
    properties: { name: [name], country: ['ir'], topics: ['sanction'] },
    datasets: ['test'],
    target: true,
  });
}

/**
 * The screening index a CLI run saves and reads back: against the real test database, with real
 * imports raising the graph generation. Each "run" is a new ScreeningIndexService, as a new process
 * would have; counting the index page reads tells a read-back from a build.
 */
describe('the saved screening index (CLI runs)', () => {
  let context: INestApplicationContext;
  let repository: ScreeningRepository;
  let importer: WatchlistImportService;
  const folder = mkdtempSync(join(tmpdir(), 'saved-index-'));
  const file = join(folder, 'index.bin');
  const listId = `test-saved-${randomUUID().slice(0, 8)}`;
  const suffix = randomUUID().slice(0, 6);
  const firstName = `Kavir Quartz Propulsion Works ${suffix}`;
  const secondName = `Zagros Umber Avionics Bureau ${suffix}`;

  /** One CLI run's index: a fresh service, its page reads counted (`rules`: the risk rules' version it runs with). */
  const run = async (rules?: string): Promise<{ service: ScreeningIndexService; pagesRead: number }> => {
    const pages = vi.spyOn(repository, 'findIndexPage');
    pages.mockClear();
    const service = new ScreeningIndexService(repository, {
      buildOnStart: false,
      savedIndex: new SavedScreeningIndex(file, 'test database', undefined, rules),
    });
    await service.current();
    const pagesRead = pages.mock.calls.length;
    pages.mockRestore();
    return { service, pagesRead };
  };
  const importVersion = async (names: string[]): Promise<void> => {
    const path = join(folder, `${listId}-${names.length}.ftm.json`);
    writeFileSync(path, names.map((name, position) => ftmEntity(`e${position + 1}`, name)).join('\n'));
    await importer.importFile({ importedBy: 'test:runner', format: 'ftm', path, listId });
  };
  const topMatch = async (service: ScreeningIndexService, name: string): Promise<string | undefined> =>
    (await service.current()).index.search({ name }, { limit: 1, threshold: 0.7 })[0]?.entityId;

  beforeAll(async () => {
    await prepareDatabase();
    context = await cliContext();
    repository = context.get(ScreeningRepository, { strict: false });
    importer = context.get(WatchlistImportService);
    await importVersion([firstName]);
  }, 180_000);

  afterAll(async () => {
    if (context) {
      await removeLists(context.get(Neo4jService), [listId]);
      await context.close();
    }
    rmSync(folder, { recursive: true, force: true });
  });

  it('builds from the graph and saves the index on the first run, and reads it back on the next without reading the graph', async () => {
    const first = await run();
    expect(first.pagesRead).toBeGreaterThan(0);
    expect(existsSync(file)).toBe(true);

    const second = await run();

    expect(second.pagesRead).toBe(0);
    expect(await topMatch(second.service, firstName)).toBe(`${listId}:e1`);
    const [built, read] = [await first.service.current(), await second.service.current()];
    expect(read).toMatchObject({ generation: built.generation, entities: built.entities, builtAt: built.builtAt });
    expect(read.listVersions).toEqual(built.listVersions);
    expect(read.index.search({ name: 'Harbin Engineering University' }, { limit: 3 })).toEqual(
      built.index.search({ name: 'Harbin Engineering University' }, { limit: 3 }),
    );
  });

  it('builds again, never serving the saved index, when an import has activated a new list version', async () => {
    await run();
    await importVersion([firstName, secondName]);

    const after = await run();

    expect(after.pagesRead).toBeGreaterThan(0);
    expect(await topMatch(after.service, secondName)).toBe(`${listId}:e2`);
    expect((await after.service.current()).listVersions).toContainEqual(
      expect.objectContaining({ listId, versionId: `${listId}@2` }),
    );
    // The rewritten file serves the next run.
    expect((await run()).pagesRead).toBe(0);
  });

  it('builds again, never serving the saved index, when the risk rules have another version, and again when they are back', async () => {
    await run();
    const saved = readFileSync(file);

    const newerRules = await run('99.0.0');

    expect(newerRules.pagesRead).toBeGreaterThan(0);
    expect(await topMatch(newerRules.service, firstName)).toBe(`${listId}:e1`);
    expect(readFileSync(file).equals(saved)).toBe(false);
    expect((await run('99.0.0')).pagesRead).toBe(0);
    expect((await run()).pagesRead).toBeGreaterThan(0);
  });

  it.each([
    [
      'a byte of its content changed',
      (bytes: Buffer) => {
        bytes[bytes.length - 10] ^= 0xff;
        return bytes;
      },
    ],
    ['cut short', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    ['not an index at all', () => Buffer.from('{"hello": "world"}')],
  ])('ignores a saved file that is %s, builds from the graph and rewrites it', async (_case, damage) => {
    await run();
    writeFileSync(file, damage(Buffer.from(readFileSync(file))));

    const damaged = await run();

    expect(damaged.pagesRead).toBeGreaterThan(0);
    expect(await topMatch(damaged.service, firstName)).toBe(`${listId}:e1`);
    expect((await run()).pagesRead).toBe(0);
  });
});
