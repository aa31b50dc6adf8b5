/**
 * Since rules 1.153.0: "<tracker body's English name>, <its town>" for every China Defence Universities Tracker body the
 * seed gives a town (src/seed/address-towns.ts), through the app's resolver, on a database prepared as `npm start`
 * prepares it (prepareGraphAsStart); then the same queries with the seeded towns removed (as before 1.153.0). Run:
 * npm run bench:build && NEO4J_LOCAL_PORT=… NEO4J_LOCAL_DATA_DIR=… [BENCH_REUSE_DB=1] node dist-bench/bench/town-queries.js
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { CliModule } from '../src/cli/cli.module';
import { withDatabase } from '../src/cli/database-session';
import { Neo4jService } from '../src/neo4j/neo4j.service';
import { EntityResolverService } from '../src/risk/entity-resolver';
import { ResolutionStatus } from '../src/risk/risk.enums';
import { ScreeningIndexService } from '../src/screening/screening-index.service';
import { loadSeedFiles } from '../src/seed/seed-transform';
import { findUp } from './lib/find-up';
import { freshQualityDatabase, prepareGraphAsStart } from './quality-screening';

interface Query {
  id: string;
  name: string;
}

async function main(): Promise<void> {
  const config = await freshQualityDatabase();
  const manifestFile = findUp(join('seed', 'watchlists.json'), __dirname);
  const seedDirectory = join(manifestFile, '..');
  const queries: Query[] = [];
  for (const entity of loadSeedFiles(seedDirectory).entities) {
    const towns = entity.properties.city;
    if (entity.id.startsWith('cdut:') && Array.isArray(towns)) {
      for (const town of new Set(towns.map(String))) {
        queries.push({ id: entity.id, name: `${entity.name}, ${town}` });
      }
    }
  }
  await withDatabase(config, async () => {
    const context = await NestFactory.createApplicationContext(CliModule.forRoot(config), {
      logger: ['error', 'warn'],
    });
    try {
      await prepareGraphAsStart(context, manifestFile);
      const resolver = context.get(EntityResolverService);
      const run = async (tag: string): Promise<Map<string, string>> => {
        const answers = new Map<string, string>();
        const counts = new Map<string, number>();
        for (const query of queries) {
          const resolution = await resolver.resolve({ name: query.name }, 'organisation');
          const entityId = resolution.entityId;
          const verdict =
            resolution.status === ResolutionStatus.RESOLVED
              ? entityId === query.id
                ? 'right'
                : `wrong (${entityId})`
              : resolution.status;
          answers.set(query.name, verdict);
          if (verdict === 'NOT_FOUND') {
            console.log(`  ${tag} NOT_FOUND ${query.name}: ${resolution.explanation}`);
          }
          const group = verdict.startsWith('wrong') ? 'wrong' : verdict;
          counts.set(group, (counts.get(group) ?? 0) + 1);
        }
        console.log(
          `${tag}: ${queries.length} queries: ${[...counts].map(([group, count]) => `${group} ${count}`).join(', ')}`,
        );
        return answers;
      };
      const after = await run('with the seeded towns (1.153.0)');
      const changed = await context.get(Neo4jService).write('bench/remove-seed-towns', { prefix: 'cdut:' });
      console.log(`Seeded towns removed: ${JSON.stringify(changed).slice(0, 80)}`);
      const index = context.get(ScreeningIndexService);
      await index.whenIdle();
      await index.requestRebuild('bench: seeded towns removed');
      await index.whenIdle();
      const before = await run('without them (as at 1.147.0)');
      for (const query of queries) {
        console.log(`${before.get(query.name)} -> ${after.get(query.name)}\t${query.name}`);
      }
    } finally {
      await context.close();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
