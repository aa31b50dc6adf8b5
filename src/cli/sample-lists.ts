import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { dataRoot } from '../common/project-root';
import { WatchlistImportService } from '../watchlists/watchlist-import.service';
import { WatchlistsService } from '../watchlists/watchlists.service';

interface SampleListManifest {
  lists: Array<{ format: string; path: string }>;
}

/**
 * On a graph with no lists yet, imports the real list files named in seed/watchlists.json, so a
 * first start screens against real data. A graph that has any list is left alone.
 */
export async function importSampleListsIfNone(services: {
  importer: WatchlistImportService;
  watchlists: WatchlistsService;
}): Promise<number> {
  const existing = await services.watchlists.watchlists();
  if (existing.length > 0) {
    return 0;
  }
  const root = dataRoot();
  const manifest = JSON.parse(readFileSync(join(root, 'seed', 'watchlists.json'), 'utf8')) as SampleListManifest;
  const logger = new Logger('SampleLists');
  for (const list of manifest.lists) {
    const [summary] = await services.importer.importFile({ format: list.format, path: join(root, list.path) });
    logger.log(`Imported ${summary.list}: ${summary.entries} entries`);
  }
  return manifest.lists.length;
}
