/**
 * Since rules 1.153.0: the towns a curated body's free-text address names, read by data at seeding (the graph's `city`,
 * which the screening index holds as the body's towns). A town is a GeoNames name the matcher ships (address_places.tsv
 * `geonames`, place_phrases.tsv, the other names of place_names.tsv) that an address segment (between commas) is, with
 * a marker after it or not ("Dalian Shi", "Changchun"); or
 * the reading of the characters before a town marker in characters (武汉市: han_readings.tsv "wu" "han"). A segment
 * that is a subdivision of the body's country (subdivision_names.tsv: "Jilin", CN-JL) counts only when the address
 * names no other town ("Beijing, China"). Markers: town_markers.tsv.
 */
import { readTabbedLines } from '../matching/reference-data';
import { referenceDirectory } from '../matching/reference-directory';

export interface TownReading {
  /** GeoNames town names (folded, words joined by spaces). */
  towns: Set<string>;
  /** Another name of a town (place_names.tsv) → its GeoNames name. */
  otherNames: Map<string, string>;
  /** A character → its Mandarin reading. */
  readings: Map<string, string>;
  /** A subdivision's name word → its ISO codes ("CN-JL"). */
  subdivisions: Map<string, string[]>;
  latinMarkers: Set<string>;
  hanMarkers: Set<string>;
}

let cached: TownReading | undefined;

export function townReading(): TownReading {
  if (cached === undefined) {
    const directory = referenceDirectory();
    const towns = new Set<string>();
    for (const [word, sources] of readTabbedLines(directory, 'address_places.tsv')) {
      if (sources.includes('geonames')) {
        towns.add(word);
      }
    }
    for (const [phrase] of readTabbedLines(directory, 'place_phrases.tsv')) {
      towns.add(phrase);
    }
    const otherNames = new Map<string, string>();
    for (const [name, others] of readTabbedLines(directory, 'place_names.tsv')) {
      towns.add(name);
      for (const other of others) {
        if (!towns.has(other) && !otherNames.has(other)) {
          otherNames.set(other, name);
        }
      }
    }
    const readings = new Map<string, string>();
    for (const [character, [reading]] of readTabbedLines(directory, 'han_readings.tsv')) {
      if (reading !== undefined) {
        readings.set(character, reading);
      }
    }
    const subdivisions = new Map(readTabbedLines(directory, 'subdivision_names.tsv'));
    const markers = readTabbedLines(directory, 'town_markers.tsv').filter(([marker]) => !marker.startsWith('#'));
    cached = {
      towns,
      otherNames,
      readings,
      subdivisions,
      latinMarkers: new Set(markers.filter(([, [script]]) => script === 'latin').map(([marker]) => marker)),
      hanMarkers: new Set(markers.filter(([, [script]]) => script === 'han').map(([marker]) => marker)),
    };
  }
  return cached;
}

interface Found {
  names: string[];
  subdivisionOnly: boolean;
}

/**
 * The towns an address names, as written and as GeoNames names them ("Haerbin Shi" → "Haerbin", "Harbin"), in the
 * order written; none when it names none. `country` is the body's country code (ISO 3166-1 alpha-2, any case).
 */
export function townsOfAddress(address: string, country: string, data: TownReading = townReading()): string[] {
  const found: Found[] = [];
  const prefix = `${country.toUpperCase()}-`;
  const isSubdivision = (key: string) =>
    (data.subdivisions.get(key) ?? []).some((code) => code.startsWith(prefix)) && !key.includes(' ');
  const townOf = (key: string): string | undefined => (data.towns.has(key) ? key : data.otherNames.get(key));
  for (const segment of address.split(/[,，;；、]/)) {
    const words = latinWords(segment);
    if (words.length === 0) {
      continue;
    }
    const marked = words.length > 1 && data.latinMarkers.has(words[words.length - 1]);
    const name = marked ? words.slice(0, -1) : words;
    const key = name.join(' ');
    const town = townOf(key);
    if (town === undefined) {
      continue;
    }
    found.push({
      names: [titleCase(key), titleCase(town)],
      subdivisionOnly: !marked && isSubdivision(key),
    });
  }
  for (const marker of data.hanMarkers) {
    for (const run of address.split(marker).slice(0, -1)) {
      const characters = [...run.replace(/[^\u3400-\u9fff]+$/u, '')].slice(-4);
      // The shortest reading that is a town: 武汉 of "中国湖北省武汉", 桂林 of "广西桂林".
      for (let length = 2; length <= characters.length; length++) {
        const reading = characters
          .slice(-length)
          .map((character) => data.readings.get(character))
          .join('');
        const town = townOf(reading);
        if (town !== undefined && !reading.includes('undefined')) {
          found.push({ names: [titleCase(town)], subdivisionOnly: false });
          break;
        }
      }
    }
  }
  const towns = found.some((entry) => !entry.subdivisionOnly) ? found.filter((entry) => !entry.subdivisionOnly) : found;
  const seen = new Set<string>();
  const result: string[] = [];
  for (const name of towns.flatMap((entry) => entry.names)) {
    const key = name.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      result.push(name);
    }
  }
  return result;
}

/** The segment's Latin words, folded to small ASCII letters ("Xi'an" → "xian"), numbers left out. */
function latinWords(segment: string): string[] {
  return segment
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0 && !/\d/.test(word));
}

function titleCase(text: string): string {
  return text.replace(/(^|\s)([a-z])/g, (_, space: string, letter: string) => space + letter.toUpperCase());
}
