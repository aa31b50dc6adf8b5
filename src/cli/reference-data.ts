import { cliUserId } from '../auth/api-key';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Logger } from '@nestjs/common';
import { dataRoot } from '../common/project-root';
import type { ReferenceService } from '../reference/reference.service';

interface ReferenceManifest {
  registries: Array<{ format: string; path: string; mapping?: string; issuedAt?: string }>;
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
