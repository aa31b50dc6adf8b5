import { Logger } from '@nestjs/common';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IndexSourceRow, ScreeningRepository } from './screening.repository';
import { ScreeningIndexService, toIndexEntry, type ScreeningOptions } from './screening-index.service';

function row(overrides: Partial<IndexSourceRow>): IndexSourceRow {
  return {
    id: 'x:1',
    name: 'Name',
    aliases: [],
    schema: null,
    labels: ['Entity', 'Organisation'],
    kind: null,
    country: [],
    nationality: [],
    birthDates: [],
    identifierValues: [],
    riskCategories: [],
    fromList: false,
    activeListings: [],
    listingCount: 0,
    ...overrides,
  };
}

/** A repository whose pages come from `rows`, counting reads; `gate` holds a build until released. */
function fakeRepository(rows: () => IndexSourceRow[]) {
  let release: () => void = () => undefined;
  const state = {
    pageReads: 0,
    generationReads: 0,
    generation: 1,
    databaseDown: false,
    gate: Promise.resolve(),
  };
  const repository = {
    findGraphGeneration: () => {
      state.generationReads += 1;
      return state.databaseDown
        ? Promise.reject(new Error('Could not perform discovery'))
        : Promise.resolve({ generation: state.generation, changedAt: null, lastChange: `change ${state.generation}` });
    },
    findActiveListVersions: () => Promise.resolve([{ listId: 'l', versionId: `l@${state.pageReads}`, seq: 1 }]),
    findIndexPage: async (after: string, limit: number) => {
      state.pageReads += 1;
      await state.gate;
      return rows()
        .filter((item) => item.id > after)
        .slice(0, limit);
    },
  } as unknown as ScreeningRepository;
  return {
    repository,
    state,
    hold: () => {
      state.gate = new Promise((resolve) => {
        release = resolve;
      });
    },
    release: () => release(),
  };
}

/** The service under test over a fake repository of `rows`, started as the application starts it. */
function started(rows: () => IndexSourceRow[], options: ScreeningOptions) {
  const fake = fakeRepository(rows);
  const sut = new ScreeningIndexService(fake.repository, options);
  sut.onApplicationBootstrap();
  return { fake, sut };
}

describe(ScreeningIndexService.name, () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each<[string, Partial<IndexSourceRow>, boolean]>([
    [
      'an actively listed entry is indexed',
      { fromList: true, listingCount: 1, activeListings: [{ listId: 'l', programmes: [] }] },
      true,
    ],
    ['a curated graph entity is indexed', {}, true],
    ['a delisted entry is not indexed', { fromList: true, listingCount: 1 }, false],
    ['a list entry with no listing left is not indexed', { fromList: true }, false],
    ['a placeholder named by its id is not indexed', { name: 'x:1' }, false],
  ])('%s', (_reason, overrides, indexed) => {
    expect(toIndexEntry(row(overrides)) !== null).toBe(indexed);
  });

  it('gives each programme of a listing, and a curated Person the Person schema', () => {
    const listed = toIndexEntry(
      row({
        fromList: true,
        listingCount: 1,
        schema: 'Company',
        activeListings: [{ listId: 'l', programmes: ['A', 'B'] }],
      }),
    );
    const person = toIndexEntry(row({ labels: ['Entity', 'Person'] }));

    expect(listed?.details.listings).toEqual([
      { id: 'l', programme: 'A' },
      { id: 'l', programme: 'B' },
    ]);
    expect(person?.entry.schema).toBe('Person');
  });

  it('reads the graph in pages and serves the built index', async () => {
    const rows = Array.from({ length: 25 }, (_, index) =>
      row({ id: `g:${String(index).padStart(2, '0')}`, name: `Entity ${index} Zq${index}` }),
    );
    const { fake, sut } = started(() => rows, { buildOnStart: true, pageSize: 10 });
    const snapshot = await sut.current();

    expect(snapshot.entities).toBe(25);
    expect(fake.state.pageReads).toBe(3);
  });

  it('keeps serving the old index during a rebuild and coalesces rebuilds requested meanwhile', async () => {
    let rows = [row({ id: 'g:1', name: 'Old Name Quorvath' })];
    const { fake, sut } = started(() => rows, { buildOnStart: true });
    const first = await sut.current();

    fake.hold();
    rows = [row({ id: 'g:2', name: 'New Name Belvastro' })];
    const readsBefore = fake.state.pageReads;
    sut.onVersionActivated({ listId: 'l', versionId: 'v2', entries: 1 });
    sut.onVersionActivated({ listId: 'l', versionId: 'v3', entries: 1 });
    sut.onVersionActivated({ listId: 'l', versionId: 'v4', entries: 1 });
    const during = await sut.current();
    fake.release();
    await sut.whenIdle();
    const after = await sut.current();

    expect(during).toBe(first);
    expect(after).not.toBe(first);
    expect(after.index.search({ name: 'New Name Belvastro' })[0]?.entityId).toBe('g:2');
    expect(fake.state.pageReads - readsBefore).toBe(2);
  });

  it('does not build in a CLI process until the first screening request', async () => {
    const { fake, sut } = started(() => [row({})], { buildOnStart: false });
    sut.onVersionActivated({ listId: 'l', versionId: 'v2', entries: 1 });
    expect(fake.state.pageReads).toBe(0);
    await sut.current();

    expect(fake.state.pageReads).toBe(1);
  });

  it('rebuilds when the graph generation has moved on (an activation by another process), and not while it stays', async () => {
    let rows = [row({ id: 'g:1', name: 'Old Name Quorvath' })];
    const { fake, sut } = started(() => rows, { buildOnStart: true });
    await sut.whenIdle();

    await sut.checkGraphGeneration();
    await sut.whenIdle();
    const unchangedBuilds = sut.completedBuilds;
    rows = [row({ id: 'g:2', name: 'New Name Belvastro' })];
    fake.state.generation = 2;
    await sut.checkGraphGeneration();
    const during = sut.status();
    await sut.whenIdle();
    const after = await sut.current();

    expect(unchangedBuilds).toBe(1);
    expect(during).toMatchObject({ behind: true, generation: 1, graphGeneration: 2, building: true });
    expect(sut.completedBuilds).toBe(2);
    expect(after.generation).toBe(2);
    expect(after.index.search({ name: 'New Name Belvastro' })[0]?.entityId).toBe('g:2');
    expect(sut.status()).toMatchObject({ behind: false, behindSeconds: null, generation: 2, graphGeneration: 2 });
  });

  it('keeps serving the old index while the database is down, logging it once, and catches up when it is back', async () => {
    const warn = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    vi.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const { fake, sut } = started(() => [row({ id: 'g:1', name: 'Old Name Quorvath' })], { buildOnStart: true });
    const first = await sut.current();

    fake.state.databaseDown = true;
    await sut.checkGraphGeneration();
    await sut.checkGraphGeneration();
    await sut.checkGraphGeneration();
    const whileDown = sut.status();
    const served = await sut.current();
    fake.state.databaseDown = false;
    fake.state.generation = 2;
    await sut.checkGraphGeneration();
    await sut.whenIdle();

    expect(warn).toHaveBeenCalledTimes(1);
    expect(whileDown.pollError).toBe('Could not perform discovery');
    expect(served).toBe(first);
    expect(sut.status()).toMatchObject({ pollError: null, generation: 2, behind: false });
  });

  it('reports an index stale once it has been behind the graph for longer than the bound', async () => {
    const { fake, sut } = started(() => [row({})], { buildOnStart: true, staleAfterMs: 10_000 });
    await sut.current();
    fake.hold();
    fake.state.generation = 2;

    await sut.checkGraphGeneration();
    const now = Date.now();

    expect(sut.status(now + 5_000)).toMatchObject({ behind: true, stale: false });
    expect(sut.status(now + 11_000)).toMatchObject({ behind: true, stale: true });
    fake.release();
    await sut.whenIdle();
    expect(sut.status()).toMatchObject({ behind: false, stale: false });
  });

  it('polls on its interval and stops when the module is destroyed', async () => {
    const { fake, sut } = started(() => [row({})], { buildOnStart: true, pollIntervalMs: 5 });
    await sut.whenIdle();

    await expect.poll(() => fake.state.generationReads, { timeout: 2_000 }).toBeGreaterThan(3);
    await sut.onModuleDestroy();
    const readsAtStop = fake.state.generationReads;
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(fake.state.generationReads).toBe(readsAtStop);
  });

  it('never polls in a CLI process (no interval)', async () => {
    const { fake, sut } = started(() => [row({})], { buildOnStart: false });
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(fake.state.generationReads).toBe(0);
    await sut.onModuleDestroy();
  });
});

describe(`${toIndexEntry.name}: a body of the registry is indexed with its ROR id (since rules 1.116.0)`, () => {
  it.each([
    [
      'a funder given a ROR record, with its funder ids only',
      'ror:0qrwx7y45',
      ['501100099999'],
      ['501100099999', '0qrwx7y45'],
    ],
    ['a registry record that holds its ROR id already', 'ror:0qrwx7y45', ['0qrwx7y45'], ['0qrwx7y45']],
    ['a body of another source', 'cdut:quarrow', ['501100099999'], ['501100099999']],
  ])('%s', (_case, id, identifierValues, expected) => {
    const sut = toIndexEntry(row({ id, name: 'Quarrow University', identifierValues }));

    expect(sut?.entry.identifiers).toEqual(expected);
  });
});
