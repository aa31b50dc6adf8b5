import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/** The file the build writes beside the reference JSON (dist/matching/reference). */
export const REGION_NAMES_FILE = 'region-names.json';

/**
 * ICU's country names in the reference data's languages, as `regionNames()` in reference-data.ts
 * makes them (ASCII key → lower-case ISO code, in the order found), written by the build
 * (tools/copy-build-data.mjs): asking ICU for 28 languages' names takes most of a second, at every
 * start of every process. The names are ICU's data, so the table records the Node and ICU it was read
 * with and a hash of the code that turned them into keys; a process on another Node or ICU, or with
 * other code, asks ICU again, so the answers are always the ones ICU gives the running process.
 */
export interface RegionNamesTable {
  node: string;
  icu: string;
  cldr: string;
  unicode: string;
  code: string;
  names: Array<[string, string]>;
}

/** What a table must have been made with to be used in this process. */
function madeWith(): Omit<RegionNamesTable, 'names'> {
  return {
    node: process.version,
    icu: process.versions.icu ?? '',
    cldr: process.versions.cldr ?? '',
    unicode: process.versions.unicode ?? '',
    code: keyCodeHash(),
  };
}

/**
 * A hash of the compiled (or, under tsx and vitest, source) files that make the keys: the tokeniser,
 * reference-data (the locales, the codes left out, the key) and this file.
 */
function keyCodeHash(): string {
  const extension = extname(__filename);
  const hash = createHash('sha256');
  for (const name of ['tokenise', 'reference-data', 'region-names-table']) {
    hash.update(name).update(readFileSync(join(__dirname, `${name}${extension}`)));
  }
  return hash.digest('hex').slice(0, 32);
}

/** Writes `names` (from `regionNames()`) with what they were made with into `directory`. */
export function writeRegionNamesTable(directory: string, names: Map<string, string>): void {
  const table: RegionNamesTable = { ...madeWith(), names: [...names] };
  writeFileSync(join(directory, REGION_NAMES_FILE), JSON.stringify(table));
}

/**
 * The names the build wrote into `directory`, or null when there is no table (running from src) or
 * it was made with another Node, ICU or code (then the caller asks ICU, as without a table).
 */
export function readRegionNamesTable(directory: string): Map<string, string> | null {
  let table: RegionNamesTable;
  try {
    table = JSON.parse(readFileSync(join(directory, REGION_NAMES_FILE), 'utf8')) as RegionNamesTable;
  } catch {
    return null;
  }
  const now = madeWith();
  const same =
    table.node === now.node &&
    table.icu === now.icu &&
    table.cldr === now.cldr &&
    table.unicode === now.unicode &&
    table.code === now.code;
  return same && Array.isArray(table.names) ? new Map(table.names) : null;
}
