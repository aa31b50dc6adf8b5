import { cliUserId } from '../auth/api-key';
import type { Command } from 'commander';
import type { AppConfig } from '../config/app-config';
import type { LocalNeo4j } from '../neo4j/local-neo4j';

/*
 * The commands that run the server and its database. Everything heavy (Nest, neo4j-driver, the
 * features) is imported inside the actions, so `--help` and `--version` do not load it.
 */

function print(value: unknown): void {
  process.stdout.write(`${typeof value === 'string' ? value : JSON.stringify(value, null, 2)}\n`);
}

async function localNeo4j(config: AppConfig): Promise<LocalNeo4j> {
  const { LocalNeo4j } = await import('../neo4j/local-neo4j.js');
  return new LocalNeo4j(config.localNeo4j);
}

export function registerServerCommands(program: Command, config: () => AppConfig): void {
  const database = program.command('db').description('the local Neo4j server (used when NEO4J_URI is not set)');
  database
    .command('start')
    .description('start the local Neo4j in the background (builds the launcher the first time)')
    .action(async () => {
      const local = await localNeo4j(config());
      const outcome = await local.start({ detached: true, log: (line) => process.stderr.write(`${line}\n`) });
      print(
        outcome === 'started' ? `Local Neo4j started at ${local.uri}` : `Local Neo4j already running at ${local.uri}`,
      );
    });
  database
    .command('stop')
    .description('stop the local Neo4j started with `db start`')
    .action(async () => {
      const stopped = await (await localNeo4j(config())).stop();
      print(stopped ? 'Local Neo4j stopped' : 'Local Neo4j was not running');
    });
  database
    .command('status')
    .description('say whether the local Neo4j answers (exit 0 when it does, 3 when it does not)')
    .action(async () => {
      const status = await (await localNeo4j(config())).status();
      print(status);
      process.exitCode = status.running ? 0 : 3;
    });

  program
    .command('migrate')
    .description('apply the schema migrations in cypher/migrations that the graph does not have yet')
    .action(async () => {
      const settings = config();
      const [{ withCliContext }, { MigrationsService }] = await Promise.all([
        import('./database-session.js'),
        import('../neo4j/migrations.service.js'),
      ]);
      const result = await withCliContext(settings, (context) => context.get(MigrationsService).migrate());
      print(
        result.applied.length > 0 ? `Applied ${result.applied.join(', ')}` : 'Nothing to apply: the schema is current',
      );
    });

  program
    .command('seed')
    .description('load the curated seed graph (idempotent)')
    .action(async () => {
      const settings = config();
      const [{ withCliContext }, { MigrationsService }, { SeedService }] = await Promise.all([
        import('./database-session.js'),
        import('../neo4j/migrations.service.js'),
        import('../seed/seed.service.js'),
      ]);
      const summary = await withCliContext(settings, async (context) => {
        await context.get(MigrationsService).migrate();
        return context.get(SeedService).seed({ onlyIfChanged: false, seededBy: cliUserId() });
      });
      print(summary);
    });

  program
    .command('serve')
    .description('serve the API on a database that is already running')
    .action(async () => {
      const { runServe } = await import('./server-run.js');
      await runServe(config(), null);
    });

  program
    .command('up')
    .description(
      'start the local Neo4j if needed, migrate, seed, import the sample lists and reference registries the graph lacks, and serve (npm start)',
    )
    .action(async () => {
      const { runUp } = await import('./server-run.js');
      await runUp(config());
    });
}
