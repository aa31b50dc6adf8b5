import type { WatchlistParseEvent } from '../watchlist-record';
import { OFAC_CONS_FILES, ofacSideFiles, parseOfacLegacyCsv } from './ofac-legacy-csv';
import type { WatchlistParseOptions, WatchlistParser, WatchlistSource } from './watchlist-parser';

/**
 * OFAC non-SDN consolidated list, legacy CSV set. The source is `cons_prim.csv` (or the folder holding
 * it); `cons_alt.csv` and `cons_add.csv` (and `cons_comments.csv` when present) are read from beside it.
 */
export class OfacConsParser implements WatchlistParser {
  readonly format = OFAC_CONS_FILES.format;
  readonly defaultListId = OFAC_CONS_FILES.defaultListId;
  readonly sideFiles = ofacSideFiles(OFAC_CONS_FILES);

  parse(source: WatchlistSource, options?: WatchlistParseOptions): AsyncIterable<WatchlistParseEvent> {
    return parseOfacLegacyCsv(source, OFAC_CONS_FILES, options);
  }
}
