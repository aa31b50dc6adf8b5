import { createContext, useContext } from 'react';
import type { Watchlist } from './api/operations';

/** The imported lists, loaded once per session: search hits and entity pages name them. */
export const WatchlistsContext = createContext<Watchlist[]>([]);

export function useWatchlists(): Watchlist[] {
  return useContext(WatchlistsContext);
}
