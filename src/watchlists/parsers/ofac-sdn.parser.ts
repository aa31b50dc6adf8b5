import type { WatchlistParseEvent } from '../watchlist-record';
import { OFAC_SDN_FILES, ofacSideFiles, parseOfacLegacyCsv } from './ofac-legacy-csv';
import type { WatchlistParseOptions, WatchlistParser, WatchlistSource } from './watchlist-parser';

/**
 * OFAC Specially Designated Nationals, legacy CSV set. The source is `sdn.csv` (or the folder holding
 * it); `alt.csv`, `add.csv` and `sdn_comments.csv` are read from beside it unless given as companions.
 */
export class OfacSdnParser implements WatchlistParser {
  readonly format = OFAC_SDN_FILES.format;
  readonly defaultListId = OFAC_SDN_FILES.defaultListId;
  readonly sideFiles = ofacSideFiles(OFAC_SDN_FILES);

  parse(source: WatchlistSource, options?: WatchlistParseOptions): AsyncIterable<WatchlistParseEvent> {
    return parseOfacLegacyCsv(source, OFAC_SDN_FILES, options);
  }
}
