import { cliUserId } from '../auth/api-key';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { dataRoot } from '../common/project-root';
import { parserFor } from '../watchlists/parsers/parser-registry';
import { WatchlistImportService } from '../watchlists/watchlist-import.service';
import { WatchlistsService } from '../watchlists/watchlists.service';

export interface SampleListManifest {
  lists: Array<{
    format: string;
    path: string;
    /** The list id when it is not the format's own. */
    list?: string;
    /** The issue date of the copy when the file itself carries none (recorded as the operator's). */
    issuedAt?: string;
  }>;
}

export function readSampleListManifest(root: string = dataRoot()): SampleListManifest {
  return JSON.parse(readFileSync(join(root, 'seed', 'watchlists.json'), 'utf8')) as SampleListManifest;
}

/**
 * Imports each real list file named in seed/watchlists.json whose list the graph does not have yet
 * (no active version), marked as a sample; lists already there are left alone, whatever version they
 * hold. So a first start screens against real data, and an existing install gets lists added to the
 * manifest since at its next start. Returns how many lists were imported.
 */
export async function importMissingSampleLists(services: {
  importer: WatchlistImportService;
  watchlists: WatchlistsService;
}): Promise<number> {
  const present = new Set(
    (await services.watchlists.watchlists()).filter((list) => list.activeVersion !== null).map((list) => list.id),
  );
  const root = dataRoot();
  const manifest = readSampleListManifest(root);
  const logger = new Logger('SampleLists');
  let imported = 0;
  for (const list of manifest.lists) {
    const listId = list.list ?? parserFor(list.format).defaultListId;
    if (listId !== null && present.has(listId)) {
      continue;
    }
    const started = Date.now();
    const [summary] = await services.importer.importFile({
      format: list.format,
      importedBy: cliUserId(),
      path: join(root, list.path),
      listId: list.list,
      issuedAt: list.issuedAt,
      sample: true,
    });
    imported += 1;
    logger.log(`Imported sample list ${summary.list}: ${summary.entries} entries in ${Date.now() - started} ms`);
  }
  return imported;
}
