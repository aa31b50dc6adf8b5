import { scoreParties, prepareParty, type ScoredEntity } from './name-matcher';

/** One row of a pairs file: `schema,name1,name2`, other columns kept as they are. */
export interface NamePairRow {
  schema: string;
  name1: string;
  name2: string;
  [column: string]: string;
}

export type ScoredPairRow<T extends NamePairRow = NamePairRow> = T & {
  score: number;
  match: boolean;
  features: ScoredEntity['features'];
};

/**
 * Scores labelled or unlabelled name pairs with the pure matcher (no database, uniform word weights),
 * for `partner-graph match-pairs` and the quality benchmark. Rows keep their other columns. Optional
 * `country1` and `country2` columns (ISO codes) give each side its country, as a screening query and a
 * listed entity may have them; without them the names alone are compared.
 */
export function matchPairs<T extends NamePairRow>(rows: readonly T[]): ScoredPairRow<T>[] {
  return rows.map((row) => {
    const schema = row.schema || 'LegalEntity';
    const countries = (code: string | undefined) => (code ? [code] : []);
    const result = scoreParties(
      prepareParty({ name: row.name1, schema, countries: countries(row.country1) }),
      prepareParty({ name: row.name2, schema, countries: countries(row.country2) }),
    );
    return { ...row, score: result.score, match: result.match, features: result.features };
  });
}
