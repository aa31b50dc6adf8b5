import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/roles.decorator';
import { Watchlist, WatchlistEntry } from './models/watchlist.model';
import { WatchlistsService } from './watchlists.service';

@Resolver(() => Watchlist)
@RequireRole('reader')
export class WatchlistsResolver {
  constructor(private readonly service: WatchlistsService) {}

  @Query(() => [Watchlist], { description: 'Every imported list with its active version and its history.' })
  watchlists(): Promise<Watchlist[]> {
    return this.service.watchlists();
  }

  @Query(() => WatchlistEntry, { description: 'One list entry with its listings and their history.' })
  watchlistEntry(
    @Args('id', { type: () => ID, description: 'The entry id, `<listId>:<entryId>` (e.g. from a screening match).' })
    id: string,
  ): Promise<WatchlistEntry> {
    return this.service.entry(id);
  }
}
