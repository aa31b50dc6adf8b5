import type { INestApplicationContext } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AppConfig } from '../../src/config/app-config';
import { APP_CONFIG } from '../../src/config/config.module';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { WatchlistImportService } from '../../src/watchlists/watchlist-import.service';
import { WatchlistsRepository } from '../../src/watchlists/watchlists.repository';

type Wrappable = 'beginVersion' | 'writeEntries' | 'countVersionChanges' | 'activateVersion' | 'failVersion';

/** For each repository method a test wants to hold or fail: a function of the real one. */
export type RepositoryWrappers = { [K in Wrappable]?: (original: WatchlistsRepository[K]) => WatchlistsRepository[K] };

/** A repository of its own whose wrapped methods call the wrappers around the real ones. */
class WrappedWatchlistsRepository extends WatchlistsRepository {
  constructor(
    neo4j: Neo4jService,
    private readonly wrappers: RepositoryWrappers,
  ) {
    super(neo4j);
  }

  override beginVersion(...parameters: Parameters<WatchlistsRepository['beginVersion']>) {
    const real: WatchlistsRepository['beginVersion'] = (...inner) => super.beginVersion(...inner);
    return (this.wrappers.beginVersion?.(real) ?? real)(...parameters);
  }

  override writeEntries(...parameters: Parameters<WatchlistsRepository['writeEntries']>) {
    const real: WatchlistsRepository['writeEntries'] = (...inner) => super.writeEntries(...inner);
    return (this.wrappers.writeEntries?.(real) ?? real)(...parameters);
  }

  override countVersionChanges(...parameters: Parameters<WatchlistsRepository['countVersionChanges']>) {
    const real: WatchlistsRepository['countVersionChanges'] = (...inner) => super.countVersionChanges(...inner);
    return (this.wrappers.countVersionChanges?.(real) ?? real)(...parameters);
  }

  override failVersion(...parameters: Parameters<WatchlistsRepository['failVersion']>) {
    const real: WatchlistsRepository['failVersion'] = (...inner) => super.failVersion(...inner);
    return (this.wrappers.failVersion?.(real) ?? real)(...parameters);
  }

  override activateVersion(...parameters: Parameters<WatchlistsRepository['activateVersion']>) {
    const real: WatchlistsRepository['activateVersion'] = (...inner) => super.activateVersion(...inner);
    return (this.wrappers.activateVersion?.(real) ?? real)(...parameters);
  }
}

/**
 * An importer of its own, built through its constructor (the seam the code offers) on a repository
 * whose named methods are wrapped: to hold an import between two steps or make one step fail. The
 * context's shared importer and repository are never changed, so a test that times out leaves
 * nothing behind for the next one.
 */
export function importerWith(context: INestApplicationContext, wrappers: RepositoryWrappers): WatchlistImportService {
  return new WatchlistImportService(
    new WrappedWatchlistsRepository(context.get(Neo4jService), wrappers),
    context.get(EventEmitter2),
    context.get<AppConfig>(APP_CONFIG),
  );
}
