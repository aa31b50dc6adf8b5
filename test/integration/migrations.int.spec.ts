import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MigrationsService } from '../../src/neo4j/migrations.service';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { cliContext } from '../helpers/test-app';

describe(MigrationsService.name, () => {
  let context: INestApplicationContext;
  let sut: MigrationsService;

  beforeAll(async () => {
    context = await cliContext();
    sut = context.get(MigrationsService);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('applies nothing new when run a second time', async () => {
    await sut.migrate();

    const second = await sut.migrate();

    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBeGreaterThanOrEqual(2);
  });

  it('leaves the unique-id constraint and the full-text index over names and aliases in place', async () => {
    await sut.migrate();
    const neo4j = context.get(Neo4jService);

    const constraints = await neo4j.runStatementText('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names');
    const indexes = await neo4j.runStatementText(
      "SHOW INDEXES YIELD name, type, properties WHERE type = 'FULLTEXT' RETURN name, type, properties",
    );

    expect(constraints[0].names).toEqual(expect.arrayContaining(['entity_id', 'source_id', 'watchlist_id']));
    expect(indexes).toContainEqual({ name: 'entity_names', type: 'FULLTEXT', properties: ['name', 'aliases'] });
  });
});
