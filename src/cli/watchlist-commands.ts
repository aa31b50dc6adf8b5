import { cliUserId } from '../auth/api-key';
import type { Command } from 'commander';
import type { AppConfig } from '../config/app-config';
import type { ImportSummary } from '../watchlists/watchlist-import.service';
import { WATCHLIST_FORMATS } from '../watchlists/watchlist-record';
import { readableFile, readablePath } from './cli-arguments';

interface ImportOptions {
  format: string;
  list?: string;
  mapping?: string;
  strict?: boolean;
  issuedAt?: string;
  allowMassDelisting?: boolean;
  json?: boolean;
}

/** `partner-graph import`: one list file becomes a new version of its list. */
export function registerWatchlistCommands(program: Command, config: () => AppConfig): void {
  program
    .command('import')
    .description('import a watchlist file as a new version of its list')
    .requiredOption('--format <format>', `one of ${WATCHLIST_FORMATS.join(', ')}`)
    .argument(
      '<path>',
      'the list file (OFAC: sdn.csv or cons_prim.csv with the side files beside it; ftm-delta: a delta file or delta.json)',
      readablePath,
    )
    .option('--list <id>', "the list id (default: the format's own, e.g. us-ofac-sdn)")
    .option('--mapping <file>', 'csv format: the column mapping (JSON or YAML)', readableFile)
    .option('--strict', 'abort with no change if any row is bad')
    .option(
      '--issued-at <date>',
      "the list's issue date (ISO 8601), used when the file carries none; otherwise the file's modification date is",
    )
    .option(
      '--allow-mass-delisting',
      'activate even when the new version delists more than MAX_DELISTING_SHARE (default 5%) of the active entries',
    )
    .option('--json', 'print one JSON ImportResult per imported version (JSON Lines), as REST and GraphQL answer them')
    .action(async (path: string, options: ImportOptions) => {
      // A mistyped format is answered before any database is started or reached.
      const { checkFormat } = await import('../watchlists/parsers/parser-registry.js');
      checkFormat(options.format);
      const settings = config();
      const [{ progressOnTerminal }, { withCliContext }, { MigrationsService }, { WatchlistImportService }] =
        await Promise.all([
          import('./progress.js'),
          import('./database-session.js'),
          import('../neo4j/migrations.service.js'),
          import('../watchlists/watchlist-import.service.js'),
        ]);
      const summaries = await withCliContext(settings, async (context) => {
        await context.get(MigrationsService).migrate();
        // On stderr and only on a terminal, so `--json` on stdout stays clean.
        const progress = progressOnTerminal('importing {value} entries  {duration}s');
        try {
          return await context.get(WatchlistImportService).importFile({
            format: options.format,
            importedBy: cliUserId(),
            path,
            listId: options.list,
            mapping: options.mapping,
            strict: options.strict === true,
            issuedAt: options.issuedAt,
            allowMassDelisting: options.allowMassDelisting === true,
            onProgress: (entries) => progress.update(entries),
          });
        } finally {
          progress.stop();
        }
      });
      // --json: one ImportResult per line (JSON Lines), each the same object as an element of the REST
      // and GraphQL answers.
      const { toImportResult } = await import('../watchlists/import-result.js');
      for (const summary of summaries) {
        process.stdout.write(options.json ? `${JSON.stringify(toImportResult(summary))}\n` : describe(summary));
      }
    });

  program
    .command('abort-import')
    .description(
      'mark the running import of a list failed when its process is dead (no heartbeat for IMPORT_STALE_SECONDS)',
    )
    .argument('<list>', 'the list id, e.g. us-ofac-sdn')
    .option('--force', 'abort it even though its heartbeat is fresh (its process may still be running)')
    .action(async (listId: string, options: { force?: boolean }) => {
      const [{ withCliContext }, { WatchlistImportService }] = await Promise.all([
        import('./database-session.js'),
        import('../watchlists/watchlist-import.service.js'),
      ]);
      const outcome = await withCliContext(config(), (context) =>
        context
          .get(WatchlistImportService)
          .abortImport(listId, { force: options.force === true, abortedBy: cliUserId() }),
      );
      process.stdout.write(`${outcome.message}\n`);
    });
}

function describe(summary: ImportSummary): string {
  if (summary.status === 'unchanged') {
    return `${summary.list}: this file is already imported (version ${summary.version}); nothing changed\n`;
  }
  const lines = [
    `${summary.list}: version ${summary.version} is active`,
    `  ${summary.entries} entries read: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged; ${summary.delisted} delisted`,
    `  ${summary.relationships} relationships; ${summary.rejected} rows rejected`,
    ...summary.rejections
      .slice(0, 10)
      .map(
        (rejection) => `    ${rejection.file}:${rejection.line ?? `record ${rejection.record}`}: ${rejection.reason}`,
      ),
  ];
  return `${lines.join('\n')}\n`;
}
