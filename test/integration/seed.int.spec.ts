import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { dataRoot } from '../../src/common/project-root';
import { MigrationsService } from '../../src/neo4j/migrations.service';
import { SeedRepository } from '../../src/seed/seed.repository';
import { SeedService } from '../../src/seed/seed.service';
import { loadSeedFiles } from '../../src/seed/seed-transform';
import { ScreeningRepository } from '../../src/screening/screening.repository';
import { cliContext } from '../helpers/test-app';

describe(SeedService.name, () => {
  let context: INestApplicationContext;
  let sut: SeedService;
  let repository: SeedRepository;

  beforeAll(async () => {
    context = await cliContext();
    await context.get(MigrationsService).migrate();
    sut = context.get(SeedService);
    repository = context.get(SeedRepository);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('loads all 159 tracker institutions with their agencies, units and sources', async () => {
    const summary = await sut.seed({ onlyIfChanged: false, seededBy: 'test:runner' });

    // Since rules 1.163.0: 10 more units, each PART_OF its group and LOCATED_IN the State: the tracker's 15 unit aliases
    // of AVIC, CASIC and CASC written as units (10 new units; 4 aliases join another alias's unit of the same
    // numbers, 1 a listed subsidiary).
    expect(summary).toMatchObject({ entities: 605, relationships: 1372, sources: 211, skipped: false });
    const counts = await repository.countGraph();
    expect(counts.entities).toBeGreaterThanOrEqual(605);
    expect(await repository.findSeedRun('partner-graph-seed')).toMatchObject({ seededBy: 'test:runner' });
  });

  it('changes nothing when run a second time', async () => {
    // Only what the seed writes is compared, however much other test files have added to the graph.
    const batch = loadSeedFiles(join(dataRoot(), 'seed'));
    const seedIds = {
      entityIds: batch.entities.map((entity) => entity.id),
      sourceIds: batch.sources.map((source) => source.id),
    };
    await sut.seed({ onlyIfChanged: false, seededBy: 'test:runner' });
    const before = await repository.fingerprint(seedIds);

    await sut.seed({ onlyIfChanged: false, seededBy: 'test:runner' });
    const after = await repository.fingerprint(seedIds);

    expect(after).toBe(before);
    expect(before.length).toBeGreaterThan(100_000);
  });

  it('skips the work when the same seed is already loaded', async () => {
    await sut.seed({ onlyIfChanged: false, seededBy: 'test:runner' });

    const summary = await sut.seed({ onlyIfChanged: true, seededBy: 'test:runner' });

    expect(summary.skipped).toBe(true);
  });

  it('raises the graph generation when it loads, so a running API rebuilds its index, and not when it skips', async () => {
    const screening = context.get(ScreeningRepository);
    const before = await screening.findGraphGeneration();

    await sut.seed({ onlyIfChanged: false, seededBy: 'test:runner' });
    const afterLoad = await screening.findGraphGeneration();
    await sut.seed({ onlyIfChanged: true, seededBy: 'test:runner' });
    const afterSkip = await screening.findGraphGeneration();

    expect(afterLoad.generation).toBe(before.generation + 1);
    expect(afterLoad.lastChange).toBe('seed partner-graph-seed');
    expect(afterSkip.generation).toBe(afterLoad.generation);
  });
});
