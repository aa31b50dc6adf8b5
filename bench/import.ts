/**
 * Watchlist import speed: generates a synthetic FollowTheMoney file of N entities (default
 * 1,000,000; deterministic seed), imports it through the real importer into a local Neo4j on its own
 * port and data folder, then imports the same file again (must be "unchanged", quickly) and, with
 * --update, a copy in which every 20th entity changed. Prints entities and relationships per second,
 * wall time and the peak resident memory of this Node process (the Neo4j JVM is a separate process,
 * sized by NEO4J_LOCAL_HEAP_MB and NEO4J_LOCAL_PAGECACHE_MB, and not counted).
 *
 *   npm run bench:import -- --size 1000000 [--seed 42] [--update] [--keep-data [--list other-id]] [--profile] [--fulltext none|eventual]
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withCliContext } from '../src/cli/database-session';
import { loadConfig } from '../src/config/app-config';
import { findProjectRoot } from '../src/common/project-root';
import { MigrationsService } from '../src/neo4j/migrations.service';
import { Neo4jService, QueryRunner } from '../src/neo4j/neo4j.service';
import { type ImportSummary, WatchlistImportService } from '../src/watchlists/watchlist-import.service';
import { generateFtmFile } from './import-generator';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

function text(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

/** Samples the resident set size every 100 ms and keeps the maximum. */
class PeakMemory {
  private peak = process.memoryUsage().rss;
  private overall = this.peak;
  private readonly timer = setInterval(() => this.sample(), 100);

  constructor() {
    this.timer.unref();
  }

  /** The peak since the last reset. */
  sample(): number {
    const rss = process.memoryUsage().rss;
    this.peak = Math.max(this.peak, rss);
    this.overall = Math.max(this.overall, rss);
    return this.peak;
  }

  reset(): void {
    this.sample();
    this.peak = process.memoryUsage().rss;
  }

  /** The peak over the whole run. */
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.overall;
  }
}

/** With --profile: the time spent in each named statement, summed (in-transaction statements included). */
function profileStatements(): Map<string, { calls: number; milliseconds: number }> {
  const totals = new Map<string, { calls: number; milliseconds: number }>();
  const wrap = (prototype: object, method: string): void => {
    const target = prototype as Record<string, (...parameters: unknown[]) => Promise<unknown>>;
    const original = target[method];
    target[method] = async function (this: unknown, ...parameters: unknown[]) {
      const started = Date.now();
      try {
        return await original.apply(this, parameters);
      } finally {
        const name =
          typeof parameters[0] === 'string' ? parameters[0] : `${method} (whole transaction, commit included)`;
        const total = totals.get(name) ?? { calls: 0, milliseconds: 0 };
        total.calls += 1;
        total.milliseconds += Date.now() - started;
        totals.set(name, total);
      }
    };
  };
  wrap(Neo4jService.prototype, 'read');
  wrap(Neo4jService.prototype, 'write');
  wrap(Neo4jService.prototype, 'writeForRelationshipType');
  wrap(Neo4jService.prototype, 'writeTransaction');
  wrap(QueryRunner.prototype, 'run');
  return totals;
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (count: number, milliseconds: number): string =>
  `${Math.round(count / (milliseconds / 1000)).toLocaleString('en')}/s`;

async function main(): Promise<void> {
  const size = argument('size', 1_000_000);
  const seed = argument('seed', 42);
  const listId = text('list', 'bench');
  const root = findProjectRoot();
  const dataDirectory = join(root, '.data', 'neo4j-bench');
  // Defaults under whatever the environment sets; the bench always uses its own local database.
  const config = loadConfig({
    NEO4J_LOCAL_PORT: '7699',
    NEO4J_LOCAL_DATA_DIR: dataDirectory,
    LOG_LEVEL: 'warn',
    ...process.env,
    NEO4J_URI: undefined,
  });
  if (!flag('keep-data')) {
    rmSync(config.localNeo4j.dataDirectory, { recursive: true, force: true });
  }
  const memory = new PeakMemory();
  const profile = flag('profile') ? profileStatements() : null;
  const directory = await mkdtemp(join(tmpdir(), 'partner-graph-bench-import-'));
  const path = join(directory, 'bench.entities.ftm.json');
  try {
    let started = Date.now();
    const file = await generateFtmFile({ path, size, seed });
    console.log(
      `generated ${file.entities.toLocaleString('en')} entities, ${file.relationships.toLocaleString('en')} relationships, ` +
        `${file.sanctions.toLocaleString('en')} sanctions (${megabytes(file.bytes)}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    console.log(
      `neo4j: local on port ${config.localNeo4j.port}, heap ${config.localNeo4j.heapMegabytes} MB, ` +
        `page cache ${config.localNeo4j.pageCacheMegabytes} MB (a separate JVM process, not in the Node figures)`,
    );

    await withCliContext(config, async (context) => {
      await context.get(MigrationsService).migrate();
      const fulltext = text('fulltext', 'as-migrated');
      if (fulltext === 'none' || fulltext === 'eventual') {
        // Only to measure what keeping the full-text index over names in step with every commit costs.
        const neo4j = context.get(Neo4jService);
        await neo4j.runStatementText('DROP INDEX entity_names IF EXISTS');
        if (fulltext === 'eventual') {
          await neo4j.runStatementText(
            'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases] ' +
              "OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } }",
          );
        }
        console.log(`full-text index entity_names in the benchmark database: ${fulltext} (--fulltext)`);
      }
      const importer = context.get(WatchlistImportService);
      const run = async (label: string, filePath: string): Promise<ImportSummary> => {
        memory.reset();
        started = Date.now();
        let lastReport = started;
        const [summary] = await importer.importFile({
          importedBy: 'bench:runner',
          format: 'ftm',
          path: filePath,
          listId,
          onProgress: (entries) => {
            if (Date.now() - lastReport > 10_000) {
              lastReport = Date.now();
              console.log(
                `  ${label}: ${entries.toLocaleString('en')} entries, ${rate(entries, Date.now() - started)}`,
              );
            }
          },
        });
        const elapsed = Date.now() - started;
        console.log(
          `${label}: ${summary.status}, ${summary.entries.toLocaleString('en')} entries (${summary.added} added, ` +
            `${summary.updated} updated, ${summary.delisted} delisted), ${summary.relationships.toLocaleString('en')} relationships, ` +
            `${summary.rejected} rejected in ${(elapsed / 1000).toFixed(1)} s: ${rate(summary.entries, elapsed)} entities, ` +
            `${rate(summary.relationships, elapsed)} relationships; peak Node RSS ${megabytes(memory.sample())}`,
        );
        if (profile) {
          for (const [name, total] of [...profile].sort(
            (left, right) => right[1].milliseconds - left[1].milliseconds,
          )) {
            console.log(`    ${name}: ${total.calls} calls, ${(total.milliseconds / 1000).toFixed(1)} s`);
          }
          profile.clear();
        }
        return summary;
      };
      await run('first import', path);
      await run('same file again', path);
      if (flag('update')) {
        const modifiedPath = join(directory, 'bench-modified.entities.ftm.json');
        await generateFtmFile({ path: modifiedPath, size, seed, modifyEvery: 20 });
        await run('modified file (every 20th entity renamed)', modifiedPath);
      }
    });
  } finally {
    console.log(`peak Node RSS over the whole run: ${megabytes(memory.stop())}`);
    await rm(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
