import { cliUserId } from '../auth/api-key';
import type { AppConfig } from '../config/app-config';
import { MigrationsService } from '../neo4j/migrations.service';
import { ReferenceService } from '../reference/reference.service';
import { SeedService } from '../seed/seed.service';
import { WatchlistImportService } from '../watchlists/watchlist-import.service';
import { WatchlistsService } from '../watchlists/watchlists.service';
import { withCliContext } from './database-session';
import { importMissingReferenceData } from './reference-data';
import { importMissingSampleLists } from './sample-lists';

/** What `up` does before serving: migrate, seed, and import the sample lists and registries the graph lacks. */
export async function prepareGraph(settings: AppConfig): Promise<void> {
  await withCliContext(settings, async (context) => {
    await context.get(MigrationsService).migrate();
    await context.get(SeedService).seed({ onlyIfChanged: true, seededBy: cliUserId() });
    await importMissingSampleLists({
      importer: context.get(WatchlistImportService),
      watchlists: context.get(WatchlistsService),
    });
    await importMissingReferenceData(context.get(ReferenceService));
  });
}
