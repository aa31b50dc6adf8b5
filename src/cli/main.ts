#!/usr/bin/env node
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { Command } from 'commander';
import { Neo4jError } from 'neo4j-driver';
import { cliUserId } from '../auth/api-key';
import { createApplication, createLogger, listen } from '../bootstrap';
import { AppError } from '../common/app-error';
import { type AppConfig, ConfigValidationError, loadConfig } from '../config/app-config';
import { LocalNeo4j, LocalNeo4jError } from '../neo4j/local-neo4j';
import { MigrationsService } from '../neo4j/migrations.service';
import { SeedService } from '../seed/seed.service';
import { withCliContext } from './database-session';
import { registerScreeningCommands } from './screening-commands';
import { registerSyncCommands } from './sync-commands';
import { registerUsersCommands } from './users-commands';
import { registerWatchlistCommands } from './watchlist-commands';
import { importMissingSampleLists } from './sample-lists';
import { importMissingReferenceData, registerReferenceCommands } from './reference-commands';
import { ReferenceService } from '../reference/reference.service';
import { WatchlistImportService } from '../watchlists/watchlist-import.service';
import { WatchlistsService } from '../watchlists/watchlists.service';

function config(): AppConfig {
  return loadConfig();
}

function print(value: unknown): void {
  process.stdout.write(`${typeof value === 'string' ? value : JSON.stringify(value, null, 2)}\n`);
}

const program = new Command()
  .name('partner-graph')
  .description('Due-diligence knowledge graph with screening for research partnerships')
  .showHelpAfterError();

const database = program.command('db').description('the local Neo4j server (used when NEO4J_URI is not set)');
database
  .command('start')
  .description('start the local Neo4j in the background (builds the launcher the first time)')
  .action(async () => {
    const local = new LocalNeo4j(config().localNeo4j);
    const outcome = await local.start({ detached: true, log: (line) => process.stderr.write(`${line}\n`) });
    print(
      outcome === 'started' ? `Local Neo4j started at ${local.uri}` : `Local Neo4j already running at ${local.uri}`,
    );
  });
database
  .command('stop')
  .description('stop the local Neo4j started with `db start`')
  .action(async () => {
    const stopped = await new LocalNeo4j(config().localNeo4j).stop();
    print(stopped ? 'Local Neo4j stopped' : 'Local Neo4j was not running');
  });
database
  .command('status')
  .description('say whether the local Neo4j answers')
  .action(async () => {
    const status = await new LocalNeo4j(config().localNeo4j).status();
    print(status);
    process.exitCode = status.running ? 0 : 3;
  });

program
  .command('migrate')
  .description('apply the schema migrations in cypher/migrations that the graph does not have yet')
  .action(async () => {
    const settings = config();
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
    await serve(config(), null);
  });

program
  .command('up')
  .description(
    'start the local Neo4j if needed, migrate, seed, import the sample lists and reference registries the graph lacks, and serve (npm start)',
  )
  .action(async () => {
    const settings = config();
    // Everything `up` logs, before the app exists too, in the configured (structured) format.
    Logger.overrideLogger(createLogger(settings));
    let local: LocalNeo4j | null = null;
    if (settings.neo4jUri === null) {
      local = new LocalNeo4j(settings.localNeo4j);
      const outcome = await local.start({ detached: false, log: (line) => new Logger('LocalNeo4j').log(line) });
      if (outcome === 'already-running') {
        local = null;
      }
    }
    try {
      await withCliContext(settings, async (context) => {
        await context.get(MigrationsService).migrate();
        await context.get(SeedService).seed({ onlyIfChanged: true, seededBy: cliUserId() });
        await importMissingSampleLists({
          importer: context.get(WatchlistImportService),
          watchlists: context.get(WatchlistsService),
        });
        await importMissingReferenceData(context.get(ReferenceService));
      });
    } catch (error) {
      await local?.stop();
      throw error;
    }
    await serve(settings, local);
  });

async function serve(settings: AppConfig, local: LocalNeo4j | null): Promise<void> {
  const app = await createApplication(settings);
  await listen(app, settings);
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) {
      return;
    }
    stopping = true;
    new Logger('Bootstrap').log(`${signal} received: closing`);
    await app.close();
    await local?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

registerWatchlistCommands(program, config);
registerScreeningCommands(program, config);
registerSyncCommands(program, config);
registerReferenceCommands(program, config);
registerUsersCommands(program, config);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof AppError) {
    process.stderr.write(`${error.code}: ${error.message}\n`);
    process.exit(2);
  }
  if (error instanceof Neo4jError && (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired')) {
    // The database went away mid-command: one line, no stack. Nothing unfinished was activated.
    process.stderr.write(
      `DATABASE_UNAVAILABLE: Neo4j stopped answering (${error.code}); nothing unfinished was activated. ` +
        'Start it again and repeat the command (a half-written import is taken for dead after IMPORT_STALE_SECONDS, or use abort-import).\n',
    );
    process.exit(3);
  }
  if (error instanceof ConfigValidationError || error instanceof LocalNeo4jError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
