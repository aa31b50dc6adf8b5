import { cliUserId } from '../auth/api-key';
import type { Command } from 'commander';
import type { AppConfig } from '../config/app-config';
import { REFERENCE_REGISTRIES } from '../reference/reference-graph';
import { oneOf, readableFile } from './cli-arguments';

/** `partner-graph import-reference`: one registry release becomes the registry's version in force. */
export function registerReferenceCommands(program: Command, config: () => AppConfig): void {
  program
    .command('import-reference')
    .description(
      'import a reference registry release (ROR v2 JSON dump, Crossref Funder Registry RDF), plain or gzipped',
    )
    .requiredOption('--format <format>', `one of ${REFERENCE_REGISTRIES.join(', ')}`, oneOf(REFERENCE_REGISTRIES))
    .argument('<path>', 'the registry file', readableFile)
    .option(
      '--mapping <file>',
      'fundref: the Funder Registry → ROR crosswalk (JSON object funder id → ROR id)',
      readableFile,
    )
    .option(
      '--issued-at <date>',
      'the release date when the file carries none (ROR dumps: default the newest record modification)',
    )
    .action(async (path: string, options: { format: string; mapping?: string; issuedAt?: string }) => {
      const [{ withCliContext }, { MigrationsService }, { ReferenceService }] = await Promise.all([
        import('./database-session.js'),
        import('../neo4j/migrations.service.js'),
        import('../reference/reference.service.js'),
      ]);
      const summary = await withCliContext(config(), async (context) => {
        await context.get(MigrationsService).migrate();
        return context.get(ReferenceService).importFile({
          format: options.format,
          importedBy: cliUserId(),
          path,
          mappingPath: options.mapping ?? null,
          issuedAt: options.issuedAt ?? null,
        });
      });
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    });

  program
    .command('relink')
    .description(
      'derive the registry name links (registry body = graph body or list entry) again under the rules in force: ' +
        'make the links the rules find, remove automatic ones they no longer find (`up` does this once whenever ' +
        'the rules version changes)',
    )
    .action(async () => {
      const [{ withCliContext }, { MigrationsService }, { ReferenceService }] = await Promise.all([
        import('./database-session.js'),
        import('../neo4j/migrations.service.js'),
        import('../reference/reference.service.js'),
      ]);
      const summary = await withCliContext(config(), async (context) => {
        await context.get(MigrationsService).migrate();
        return context.get(ReferenceService).relinkNames('relink command');
      });
      process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    });
}
