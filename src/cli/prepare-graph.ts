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

/**
 * What `up` does before serving: migrate, seed, import the sample lists and registries the graph lacks, and relink
 * by name when the rules version changed.
 */
export async function prepareGraph(settings: AppConfig): Promise<void> {
  await withCliContext(settings, async (context) => {
    await context.get(MigrationsService).migrate();
    await context.get(SeedService).seed({ onlyIfChanged: true, seededBy: cliUserId() });
    await importMissingSampleLists({
      importer: context.get(WatchlistImportService),
      watchlists: context.get(WatchlistsService),
    });
    await importMissingReferenceData(context.get(ReferenceService));
    // A graph linked under other rules gets the name links the rules in force find (since rules 1.123.0).
    await context.get(ReferenceService).relinkIfRulesChanged();
  });
}
