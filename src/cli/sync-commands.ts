import { cliUserId } from '../auth/api-key';
import type { Command } from 'commander';
import type { AppConfig } from '../config/app-config';
import type { SyncResult } from '../sync/sync.service';
import { EXIT_CODES } from './exit-codes';

interface SyncCommandOptions {
  list?: string;
  dryRun?: boolean;
  json?: boolean;
}

/** Exit codes scripts can rely on: every source fine or unchanged, some failed, bad usage. */
export const SYNC_EXIT = { ok: EXIT_CODES.ok, someFailed: EXIT_CODES.failure, badUsage: EXIT_CODES.usage } as const;

/** `partner-graph sync`: bring lists up to date from their publishers (src/watchlists/sources.yml, SOURCES_FILE). */
export function registerSyncCommands(program: Command, config: () => AppConfig): void {
  program
    .command('sync')
    .description(
      'download each enabled list from its publisher when it changed and import it; exit 0 all fine or unchanged, 1 some failed, 2 bad usage',
    )
    .option('--list <id>', 'one source of the catalogue (also one that is not enabled)')
    .option('--dry-run', 'ask the publishers and report what would change; import and record nothing')
    .option('--json', 'print one JSON summary instead of text')
    .action(async (options: SyncCommandOptions) => {
      const settings = config();
      const [{ withCliContext }, { MigrationsService }, { SyncService }] = await Promise.all([
        import('./database-session.js'),
        import('../neo4j/migrations.service.js'),
        import('../sync/sync.service.js'),
      ]);
      const tty = process.stderr.isTTY && !options.json;
      const results = await withCliContext(settings, async (context) => {
        const service = context.get(SyncService);
        // An unknown --list is bad usage, answered before anything is downloaded.
        service.selectSources(options.list);
        if (!options.dryRun) {
          await context.get(MigrationsService).migrate();
        }
        return service.sync({
          syncedBy: cliUserId(),
          listId: options.list,
          dryRun: options.dryRun === true,
          onProgress: (event) => {
            if (!tty) {
              return;
            }
            if (event.stage === 'done' && event.result) {
              process.stderr.write(`\r\x1b[K${describe(event.result)}\n`);
            } else {
              process.stderr.write(
                `\r\x1b[K${event.list}: ${event.stage === 'download' ? 'downloading' : 'importing'}…`,
              );
            }
          },
        });
      });
      const failed = results.filter((result) => result.outcome === 'failed').length;
      if (options.json) {
        process.stdout.write(
          `${JSON.stringify({ ok: failed === 0, dryRun: options.dryRun === true, failed, results })}\n`,
        );
      } else if (!tty) {
        process.stdout.write(results.map((result) => `${describe(result)}\n`).join(''));
      }
      process.exitCode = failed > 0 ? SYNC_EXIT.someFailed : SYNC_EXIT.ok;
    });
}

function describe(result: SyncResult): string {
  switch (result.outcome) {
    case 'imported':
      return `${result.list}: imported version ${result.version} (${result.entries} entries, ${result.added} added, ${result.delisted} delisted)`;
    case 'unchanged':
      return `${result.list}: unchanged`;
    case 'changed':
      return `${result.list}: changed at the publisher (dry run: not imported)`;
    case 'skipped':
      return `${result.list}: skipped: ${result.error}`;
    case 'failed':
      return `${result.list}: FAILED (${result.consecutiveFailures} in a row${result.alert ? ', ALERT' : ''}); the active version keeps serving: ${result.error}`;
  }
}
