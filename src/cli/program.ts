import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { findProjectRoot } from '../common/project-root';
import { type AppConfig, loadConfig } from '../config/app-config';
import { describeFailure, EXIT_CODES } from './exit-codes';
import { registerReferenceCommands } from './reference-commands';
import { registerScreeningCommands } from './screening-commands';
import { registerServerCommands } from './server-commands';
import { registerSyncCommands } from './sync-commands';
import { registerUsersCommands } from './users-commands';
import { registerWatchlistCommands } from './watchlist-commands';

/*
 * The command line, loaded by main.ts (unless `screen` starts Node again first): only commander and
 * the command definitions; Nest, neo4j-driver and the features are imported by the actions that
 * need them, so `--help`, `--version` and `match-pairs` start in a fraction of a second.
 */

function config(): AppConfig {
  return loadConfig();
}

function version(): string {
  const manifest = JSON.parse(readFileSync(join(findProjectRoot(), 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

const program = new Command()
  .name('partner-graph')
  .description(
    'Due-diligence knowledge graph with screening for research partnerships.\n' +
      'Exit codes: 0 done, 1 failed (data, import, sync), 2 usage (bad option or file; nothing done), 3 database unavailable.',
  )
  .version(version(), '-V, --version', 'print the version and exit')
  // Usage errors (unknown option, bad value, missing file) exit 2 with one line, from every subcommand.
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(text.replace(/\s*\n\s*/g, ' ').trim() + '\n') });

registerServerCommands(program, config);
registerWatchlistCommands(program, config);
registerScreeningCommands(program, config);
registerSyncCommands(program, config);
registerReferenceCommands(program, config);
registerUsersCommands(program, config);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof CommanderError) {
    // --help and --version end here with exitCode 0; commander has printed the message already.
    process.exit(error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage);
  }
  const failure = describeFailure(error);
  process.stderr.write(`${failure.message}\n`);
  process.exit(failure.exitCode);
});
