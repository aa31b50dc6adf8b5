import { sourceCatalogue } from './source-catalogue';

/** What partner-graph knows about a list: name, publisher, page, licence (from sources.yml). */
export interface WatchlistDescription {
  name: string;
  publisher: string | null;
  url: string | null;
  licence: string | null;
}

/** The catalogue entry of a list (src/watchlists/sources.yml and SOURCES_FILE), or just its id. */
export function describeWatchlist(listId: string): WatchlistDescription {
  const source = sourceCatalogue().get(listId);
  if (!source) {
    return { name: listId, publisher: null, url: null, licence: null };
  }
  return { name: source.name, publisher: source.publisher, url: source.page, licence: source.licence };
}
