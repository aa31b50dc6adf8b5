/**
 * The Funder Registry as the FundRef pair builders read it (bench/build-fundref-pairs.ts,
 * bench/build-fundref-pc-dev2.ts): the shipped RDF's funders that are not deprecated, by id, each with its half
 * (dev or held-out, by its ROR id where the registry maps one, as ROR's records are halved) and its country code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseFundrefFile } from '../../src/reference/parsers/fundref.parser';
import type { FunderRecord } from '../../src/reference/reference-record';
import { findUp } from './find-up';
import { half } from './org-pair-sampling';

export interface FundrefRegistry {
  funders: FunderRecord[];
  byId: Map<string, FunderRecord>;
  /** A funder id's ROR id, where seed/reference/ror_funder_registry_mapping.json.gz maps one. */
  rorIdOf: Record<string, string>;
  halfOf: (funder: FunderRecord) => ReturnType<typeof half>;
  /** ISO 3166-1 alpha-2 in capitals, `geonames:<id>` for a GeoNames id the table lacks, '' for none. */
  countryOf: (funder: FunderRecord) => string;
}

/** GeoNames country ids to ISO codes (seed/reference/geonames-countries.json). */
function countries(): Map<string, string> {
  const file = findUp(join('seed', 'reference', 'geonames-countries.json'), __dirname);
  const table = JSON.parse(readFileSync(file, 'utf8')) as { countries: Record<string, { country: string }> };
  return new Map(Object.entries(table.countries).map(([id, entry]) => [id, entry.country.toUpperCase()]));
}

export async function readFundrefRegistry(): Promise<FundrefRegistry> {
  const source = findUp(join('seed', 'reference', 'fundref-registry-2018.rdf.gz'), __dirname);
  const mapping = JSON.parse(
    gunzipSync(
      readFileSync(findUp(join('seed', 'reference', 'ror_funder_registry_mapping.json.gz'), __dirname)),
    ).toString('utf8'),
  ) as Record<string, string>;
  const isoOf = countries();
  const funders: FunderRecord[] = [];
  for await (const funder of parseFundrefFile(source)) {
    if (!funder.deprecated) {
      funders.push(funder);
    }
  }
  return {
    funders,
    byId: new Map(funders.map((funder) => [funder.funderId, funder])),
    rorIdOf: mapping,
    halfOf: (funder) => half(mapping[funder.funderId] ?? funder.funderId),
    countryOf: (funder) =>
      funder.countryGeonamesId ? (isoOf.get(funder.countryGeonamesId) ?? `geonames:${funder.countryGeonamesId}`) : '',
  };
}
