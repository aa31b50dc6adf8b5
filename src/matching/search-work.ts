import type { NameComparisons } from './name-matcher';
import type { NameMode, PreparedName } from './normalise';

/** One search's query names in a mode, as written, and what the index made of them (see SearchWork). */
export interface MadeSearch {
  /** The index's tables the search read (another build makes everything anew). */
  tables: object;
  mode: NameMode;
  written: readonly string[];
  names: PreparedName[];
  blocked: number[];
  comparisons: NameComparisons;
}

/** A search reads at most so many readings of a party's name (`CandidateIndex.search`: as given and without a country). */
const MADE_KEPT = 4;

/**
 * What the searches of one party's names share (`SearchOptions.work`). A screen searches a party given without a
 * person's or an organisation's schema as written (a legal entity), then the resolver reads the same names as an
 * organisation (`EntityResolverService.resolveMatchesMany`), a batch later: the same names in the same mode. The second
 * search takes from the first the prepared query names (`prepareName` of a text, a mode and the index's words gives the
 * same name), the names blocking finds (the names and the mode alone decide them) and the name comparisons made
 * (`NameComparisons` reuses a comparison only when it would be made alike, whatever the party's schema or the
 * threshold), so its answer is the one it would make alone. The caller makes one for a party and lets it go with the
 * party's answer; a search of other names, in another mode or on another build keeps its own beside (a few at most).
 */
export class SearchWork {
  private readonly made: MadeSearch[] = [];

  /** The earlier search of these names in this mode on these tables, if any. */
  find(tables: object, mode: NameMode, written: readonly string[]): MadeSearch | undefined {
    return this.made.find(
      (made) =>
        made.tables === tables &&
        made.mode === mode &&
        made.written.length === written.length &&
        made.written.every((text, index) => text === written[index]),
    );
  }

  keep(made: MadeSearch): void {
    if (this.made.length >= MADE_KEPT) {
      this.made.shift();
    }
    this.made.push(made);
  }
}
