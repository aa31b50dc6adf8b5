/** Emitted once when an imported version of a list becomes the active one. */
export const WATCHLIST_VERSION_ACTIVATED = 'watchlist.version.activated';

export interface WatchlistVersionActivated {
  listId: string;
  versionId: string;
  entries: number;
}
