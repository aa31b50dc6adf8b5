import { OFAC_SDN_FILES, OfacLegacyCsvParser } from './ofac-legacy-csv';

/**
 * OFAC Specially Designated Nationals, legacy CSV set. The source is `sdn.csv` (or the folder holding
 * it); `alt.csv`, `add.csv` and `sdn_comments.csv` are read from beside it unless given as companions.
 */
export class OfacSdnParser extends OfacLegacyCsvParser {
  constructor() {
    super(OFAC_SDN_FILES);
  }
}
