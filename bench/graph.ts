/**
 * Path-risk speed: generates a synthetic graph (default 1,000,000 entities and 5,000,000
 * relationships; hubs and nominee directors included), loads it into a local Neo4j on its own port
 * and data folder in batched UNWIND writes, then times riskPaths and assessPartnership at 4 hops
 * from a few hundred random start entities and prints p50/p95.
 *
 *   npm run bench:graph -- [--entities 1000000] [--relationships 5000000] [--samples 300] [--seed 42]
 *                          [--reuse] [--keep-data] [--batch 20000]
 *
 * --reuse keeps the database folder between runs and skips loading when it already holds the same
 * size and seed (loading millions of relationships takes minutes on a small machine).
 */
import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { withDatabase } from '../src/cli/database-session';
import { findProjectRoot } from '../src/common/project-root';
import { type AppConfig, loadConfig } from '../src/config/app-config';
import { ConfigModule } from '../src/config/config.module';
import { GraphModule } from '../src/graph/graph.module';
import { MigrationsService } from '../src/neo4j/migrations.service';
import { Neo4jModule } from '../src/neo4j/neo4j.module';
import { Neo4jService } from '../src/neo4j/neo4j.service';
import { PartnershipService } from '../src/risk/partnership.service';
import { PathRiskService } from '../src/risk/path-risk.service';
import { RiskModule } from '../src/risk/risk.module';
import { entityId, generateEntities, generateRelationships, random } from './graph-generator';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

@Module({ imports: [Neo4jModule, EventEmitterModule.forRoot(), GraphModule, RiskModule] })
class BenchGraphModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: BenchGraphModule, imports: [ConfigModule.forRoot(config)] };
  }
}

// Bench-only statements: they write synthetic data and are never run by the application.
const CREATE_ENTITIES = `
UNWIND $rows AS row
CREATE (entity:Entity {id: row.id, name: row.name, aliases: [], kind: row.kind, country: [],
                       riskCategories: row.riskCategories,
                       riskCategorySourceIds: [category IN row.riskCategories | 'src:bench'],
                       sourceIds: ['src:bench'], bench: true})
SET entity:$(row.label)`;
const CREATE_LISTINGS = `
MATCH (list:Watchlist {id: 'bench-list'})
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
CREATE (entity)-[:LISTED_ON {firstSeq: 1, program: ['BENCH'], sourceIds: ['list:bench-list'], status: 'current'}]->(list)`;
const createRelationships = (type: string): string => `
UNWIND $rows AS row
MATCH (from:Entity {id: row.fromId})
MATCH (to:Entity {id: row.toId})
CREATE (from)-[relationship:${type}]->(to)
SET relationship = row.properties`;

interface Marker {
  entities: number;
  relationships: number;
  seed: number;
}

async function readMarker(driver: Driver): Promise<Marker | null> {
  const session = driver.session();
  try {
    const result = await session.run('MATCH (marker:BenchGraph) RETURN marker {.*} AS marker');
    const marker = result.records[0]?.get('marker') as Record<string, unknown> | undefined;
    return marker
      ? { entities: Number(marker.entities), relationships: Number(marker.relationships), seed: Number(marker.seed) }
      : null;
  } finally {
    await session.close();
  }
}

async function write(driver: Driver, statement: string, parameters: Record<string, unknown>): Promise<void> {
  const session = driver.session();
  try {
    await session.executeWrite((transaction) => transaction.run(statement, parameters));
  } finally {
    await session.close();
  }
}

async function load(
  driver: Driver,
  entities: number,
  relationships: number,
  seed: number,
  batch: number,
): Promise<void> {
  const started = Date.now();
  // A graph of another size or seed is cleared first (in its own transactions: auto-commit only).
  const session = driver.session();
  try {
    await session.run('MATCH (node) CALL (node) { DETACH DELETE node } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await write(
    driver,
    `MERGE (source:Source {id: 'src:bench'}) SET source.title = 'Synthetic benchmark graph'
     MERGE (list:Watchlist {id: 'bench-list'}) SET list.name = 'Bench List', list.activeSeq = 1`,
    {},
  );
  let rows: unknown[] = [];
  const listed: string[] = [];
  for (const entity of generateEntities(entities, seed)) {
    rows.push(entity);
    if (entity.listed) {
      listed.push(entity.id);
    }
    if (rows.length >= batch) {
      await write(driver, CREATE_ENTITIES, { rows });
      rows = [];
    }
  }
  if (rows.length > 0) {
    await write(driver, CREATE_ENTITIES, { rows });
  }
  for (let index = 0; index < listed.length; index += batch) {
    await write(driver, CREATE_LISTINGS, { ids: listed.slice(index, index + batch) });
  }
  const entitySeconds = (Date.now() - started) / 1000;
  console.log(`  ${entities.toLocaleString()} entities in ${entitySeconds.toFixed(1)} s (${listed.length} listed)`);

  const relationshipsStarted = Date.now();
  const pending = new Map<string, unknown[]>();
  let written = 0;
  const flush = async (type: string): Promise<void> => {
    const typeRows = pending.get(type) ?? [];
    if (typeRows.length > 0) {
      await write(driver, createRelationships(type), { rows: typeRows });
      written += typeRows.length;
      pending.set(type, []);
    }
  };
  let lastReport = Date.now();
  for (const relationship of generateRelationships(entities, relationships, seed)) {
    const typeRows = pending.get(relationship.type) ?? [];
    typeRows.push(relationship);
    pending.set(relationship.type, typeRows);
    if (typeRows.length >= batch) {
      await flush(relationship.type);
      if (Date.now() - lastReport > 15_000) {
        lastReport = Date.now();
        const seconds = (Date.now() - relationshipsStarted) / 1000;
        console.log(
          `  … ${written.toLocaleString()} relationships, ${Math.round(written / seconds).toLocaleString()}/s`,
        );
      }
    }
  }
  for (const type of [...pending.keys()]) {
    await flush(type);
  }
  const relationshipSeconds = (Date.now() - relationshipsStarted) / 1000;
  console.log(
    `  ${relationships.toLocaleString()} relationships in ${relationshipSeconds.toFixed(1)} s (${Math.round(relationships / relationshipSeconds).toLocaleString()}/s)`,
  );
  await write(driver, 'CREATE (:BenchGraph {entities: $entities, relationships: $relationships, seed: $seed})', {
    entities: neo4j.int(entities),
    relationships: neo4j.int(relationships),
    seed: neo4j.int(seed),
  });
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

function report(label: string, timings: number[]): void {
  const sorted = [...timings].sort((left, right) => left - right);
  console.log(
    `${label.padEnd(22)} n=${sorted.length}  p50 ${percentile(sorted, 0.5).toFixed(1)} ms  p95 ${percentile(sorted, 0.95).toFixed(1)} ms  max ${sorted[sorted.length - 1].toFixed(1)} ms`,
  );
}

async function main(): Promise<void> {
  const entities = argument('entities', 1_000_000);
  const relationships = argument('relationships', 5_000_000);
  const samples = argument('samples', 300);
  const seed = argument('seed', 42);
  const batch = argument('batch', 20_000);
  const dataDirectory = join(findProjectRoot(), '.data', 'neo4j-bench-graph');
  // Defaults under whatever the environment sets; the bench always uses its own local database.
  const config = loadConfig({
    NEO4J_LOCAL_PORT: '7698',
    NEO4J_LOCAL_DATA_DIR: dataDirectory,
    NEO4J_LOCAL_PAGECACHE_MB: '2048',
    NEO4J_LOCAL_HEAP_MB: '3072',
    LOG_LEVEL: 'warn',
    ...process.env,
    NEO4J_URI: undefined,
  });
  const reuse = flag('reuse');
  if (!reuse) {
    rmSync(config.localNeo4j.dataDirectory, { recursive: true, force: true });
  }
  console.log(
    `bench:graph: ${entities.toLocaleString()} entities, ${relationships.toLocaleString()} relationships, seed ${seed}, Neo4j on port ${config.localNeo4j.port}`,
  );
  try {
    await withDatabase(config, async () => {
      const context = await NestFactory.createApplicationContext(BenchGraphModule.forRoot(config), {
        logger: ['error', 'warn'],
      });
      try {
        await context.get(MigrationsService).migrate();
        const driver = context.get(Neo4jService).driver;
        const marker = await readMarker(driver);
        if (marker && marker.entities === entities && marker.relationships === relationships && marker.seed === seed) {
          console.log('  reusing the graph already loaded');
        } else {
          await load(driver, entities, relationships, seed, batch);
        }
        const pathRisk = context.get(PathRiskService);
        const partnerships = context.get(PartnershipService);
        const next = random(seed + 1);
        const randomId = (): string => entityId(Math.floor(next() * entities));
        for (let warm = 0; warm < 30; warm++) {
          await pathRisk.riskPaths(randomId(), 4, null);
        }
        let truncated = 0;
        let findings = 0;
        let visited = 0;
        for (let sample = 0; sample < samples; sample++) {
          const walk = await pathRisk.walk(randomId(), { maxHops: 4 });
          truncated += walk.truncationReasons.length > 0 ? 1 : 0;
          findings += walk.findingsTotal;
          visited += walk.visits.size;
        }
        const riskPathTimings: number[] = [];
        for (let sample = 0; sample < samples; sample++) {
          const started = performance.now();
          await pathRisk.riskPaths(randomId(), 4, null);
          riskPathTimings.push(performance.now() - started);
        }
        const partnershipTimings: number[] = [];
        for (let sample = 0; sample < Math.max(20, Math.floor(samples / 3)); sample++) {
          const started = performance.now();
          await partnerships.assess({
            partner: { id: randomId() },
            funders: [{ id: randomId() }],
            researchAreas: ['quantum sensing'],
          });
          partnershipTimings.push(performance.now() - started);
        }
        console.log(`results (4 hops, ${samples} random start entities):`);
        report('riskPaths', riskPathTimings);
        report('assessPartnership', partnershipTimings);
        console.log(
          `  walks: ${truncated} of ${samples} cut by a cap; on average ${(visited / samples).toFixed(0)} entities reached and ${(findings / samples).toFixed(1)} findings per walk`,
        );
      } finally {
        await context.close();
      }
    });
  } finally {
    if (!reuse && !flag('keep-data')) {
      rmSync(config.localNeo4j.dataDirectory, { recursive: true, force: true });
      rmSync(`${config.localNeo4j.dataDirectory}.log`, { force: true });
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
