import { OFAC_CONS_FILES, OfacLegacyCsvParser } from './ofac-legacy-csv';

/**
 * OFAC non-SDN consolidated list, legacy CSV set. The source is `cons_prim.csv` (or the folder holding
 * it); `cons_alt.csv` and `cons_add.csv` (and `cons_comments.csv` when present) are read from beside it.
 */
export class OfacConsParser extends OfacLegacyCsvParser {
  constructor() {
    super(OFAC_CONS_FILES);
  }
}
