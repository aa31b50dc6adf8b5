import { cliUserId } from '../auth/api-key';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import type { Command } from 'commander';
import type { AppConfig } from '../config/app-config';
import { dataRoot } from '../common/project-root';
import { MigrationsService } from '../neo4j/migrations.service';
import { REFERENCE_REGISTRIES } from '../reference/reference-graph';
import { ReferenceFormatUnknownError } from '../reference/reference.errors';
import { ReferenceService } from '../reference/reference.service';
import { withCliContext } from './database-session';

interface ReferenceManifest {
  registries: Array<{ format: string; path: string; mapping?: string; issuedAt?: string }>;
}

/** `partner-graph import-reference`: one registry release becomes the registry's version in force. */
export function registerReferenceCommands(program: Command, config: () => AppConfig): void {
  program
    .command('import-reference')
    .description(
      'import a reference registry release (ROR v2 JSON dump, Crossref Funder Registry RDF), plain or gzipped',
    )
    .requiredOption('--format <format>', `one of ${REFERENCE_REGISTRIES.join(', ')}`)
    .argument('<path>', 'the registry file')
    .option('--mapping <file>', 'fundref: the Funder Registry → ROR crosswalk (JSON object funder id → ROR id)')
    .option(
      '--issued-at <date>',
      'the release date when the file carries none (ROR dumps: default the newest record modification)',
    )
    .action(async (path: string, options: { format: string; mapping?: string; issuedAt?: string }) => {
      if (!(REFERENCE_REGISTRIES as readonly string[]).includes(options.format)) {
        throw new ReferenceFormatUnknownError(options.format, REFERENCE_REGISTRIES);
      }
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
}

/**
 * Imports each registry named in seed/reference.json that the graph has no version of yet, marked
 * as a sample, so a first start resolves research organisations and funders worldwide. Returns how
 * many were imported.
 */
export async function importMissingReferenceData(reference: ReferenceService): Promise<number> {
  const root = dataRoot();
  const manifest = JSON.parse(readFileSync(join(root, 'seed', 'reference.json'), 'utf8')) as ReferenceManifest;
  const logger = new Logger('ReferenceData');
  let imported = 0;
  for (const registry of manifest.registries) {
    if (await reference.hasVersion(registry.format)) {
      continue;
    }
    const summary = await reference.importFile({
      format: registry.format,
      importedBy: cliUserId(),
      path: join(root, registry.path),
      mappingPath: registry.mapping ? join(root, registry.mapping) : null,
      issuedAt: registry.issuedAt ?? null,
      sample: true,
    });
    imported += 1;
    logger.log(
      `Imported reference registry ${registry.format}: ${summary.entities} bodies in ${summary.durationMs} ms`,
    );
  }
  return imported;
}
