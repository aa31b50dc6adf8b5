import { basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { WATCHLIST_SCHEMAS, type WatchlistSchema } from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { readSmallText } from './text-input';

/**
 * How the generic `csv` format reads a CSV: a JSON or YAML file naming, for each part of a list
 * entry, the header column that holds it. Example (YAML; JSON takes the same keys):
 *
 *   delimiter: ","               # optional; "," by default, "\t" for tab-separated files
 *   listId: my-list              # optional; the import's --list option wins over it
 *   id: entity_id                # the column with a stable id, or
 *   # id: { derivedFrom: [source, name, start_date] }   a hash of these columns when the file has no id
 *   name: full_name              # required
 *   aliases: { column: other_names, separator: ";" }    # a field is a column name, or
 *                                # { column, separator } for a list in one cell ("a; b; c"), or
 *                                # a list of either, for several columns
 *   aliasQuality: strong         # optional, strong (default) or weak
 *   schema:                      # optional: a constant ("Person"), or a column and how its values map
 *     column: type
 *     values: { individual: Person, entity: Organization, vessel: Vessel }
 *     default: LegalEntity       # for values not listed (LegalEntity when omitted)
 *   countries: { column: country, separator: ";" }   # names or ISO codes
 *   nationalities: nationality
 *   programmes: { column: programme, separator: ";" }
 *   listedFrom: listing_date     # ISO, "13 May 1965", "May 1965", "1965", US "10/16/2017"
 *   birthDates: { column: dob, separator: ";" }
 *   birthPlaces: pob
 *   addresses: { column: address, separator: ";" }
 *   identifiers: [ { column: passport, type: Passport }, { column: lei, type: LEI, separator: ";" } ]
 *   remarks: notes
 *   positions: title
 *   sourceUrl: url
 *   properties: [ federal_register_notice, end_date ]   # other columns kept verbatim
 */
export interface CsvMapping {
  delimiter?: string;
  listId?: string;
  id: string | { derivedFrom: string[] };
  name: string;
  aliases?: CsvFieldSpec;
  aliasQuality?: 'strong' | 'weak';
  schema?: WatchlistSchema | { column: string; values?: Record<string, WatchlistSchema>; default?: WatchlistSchema };
  countries?: CsvFieldSpec;
  nationalities?: CsvFieldSpec;
  programmes?: CsvFieldSpec;
  listedFrom?: string;
  birthDates?: CsvFieldSpec;
  birthPlaces?: CsvFieldSpec;
  addresses?: CsvFieldSpec;
  identifiers?: { column: string; type: string; separator?: string }[];
  remarks?: CsvFieldSpec;
  positions?: CsvFieldSpec;
  sourceUrl?: string;
  properties?: string[];
}

export type CsvColumnSpec = string | { column: string; separator?: string };
export type CsvFieldSpec = CsvColumnSpec | CsvColumnSpec[];

const LIST_FIELDS = [
  'aliases',
  'countries',
  'nationalities',
  'programmes',
  'birthDates',
  'birthPlaces',
  'addresses',
  'remarks',
  'positions',
] as const;
const KNOWN_KEYS = new Set<string>([
  'delimiter',
  'listId',
  'id',
  'name',
  'aliasQuality',
  'schema',
  'listedFrom',
  'identifiers',
  'sourceUrl',
  'properties',
  ...LIST_FIELDS,
]);

function invalid(problem: string, file: string | null): WatchlistError {
  return new WatchlistError('WATCHLIST_MAPPING_INVALID', `Invalid CSV mapping: ${problem}`, { file });
}

function isColumnSpec(value: unknown): value is CsvColumnSpec {
  return (
    typeof value === 'string' ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as { column?: unknown }).column === 'string' &&
      ['undefined', 'string'].includes(typeof (value as { separator?: unknown }).separator))
  );
}

function isSchema(value: unknown): value is WatchlistSchema {
  return typeof value === 'string' && (WATCHLIST_SCHEMAS as readonly string[]).includes(value);
}

/** Checks a mapping object and returns it typed; throws WATCHLIST_MAPPING_INVALID naming the bad key. */
export function validateCsvMapping(value: unknown, file: string | null = null): CsvMapping {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid('the mapping must be an object', file);
  }
  const mapping = value as Record<string, unknown>;
  const unknown = Object.keys(mapping).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) {
    throw invalid(`unknown key(s) ${unknown.join(', ')}`, file);
  }
  const id = mapping.id;
  const derived = (id as { derivedFrom?: unknown } | undefined)?.derivedFrom;
  if (
    typeof id !== 'string' &&
    !(Array.isArray(derived) && derived.length > 0 && derived.every((column) => typeof column === 'string'))
  ) {
    throw invalid('"id" must be a column name or { derivedFrom: [columns] }', file);
  }
  if (typeof mapping.name !== 'string') {
    throw invalid('"name" must be a column name', file);
  }
  for (const key of LIST_FIELDS) {
    const field = mapping[key];
    if (field !== undefined && !isColumnSpec(field) && !(Array.isArray(field) && field.every(isColumnSpec))) {
      throw invalid(`"${key}" must be a column, { column, separator } or a list of them`, file);
    }
  }
  for (const key of ['listedFrom', 'sourceUrl', 'delimiter', 'listId'] as const) {
    if (mapping[key] !== undefined && typeof mapping[key] !== 'string') {
      throw invalid(`"${key}" must be a string`, file);
    }
  }
  if (mapping.aliasQuality !== undefined && mapping.aliasQuality !== 'strong' && mapping.aliasQuality !== 'weak') {
    throw invalid('"aliasQuality" must be strong or weak', file);
  }
  const schema = mapping.schema;
  if (schema !== undefined && !isSchema(schema)) {
    const spec = schema as { column?: unknown; values?: unknown; default?: unknown };
    const values = spec.values ?? {};
    if (
      typeof spec.column !== 'string' ||
      typeof values !== 'object' ||
      values === null ||
      !Object.values(values).every(isSchema) ||
      (spec.default !== undefined && !isSchema(spec.default))
    ) {
      throw invalid(
        `"schema" must be one of ${WATCHLIST_SCHEMAS.join(', ')} or { column, values, default } using them`,
        file,
      );
    }
  }
  const identifiers = mapping.identifiers;
  if (
    identifiers !== undefined &&
    !(
      Array.isArray(identifiers) &&
      identifiers.every(
        (item) =>
          typeof item === 'object' &&
          item !== null &&
          typeof (item as { column?: unknown }).column === 'string' &&
          typeof (item as { type?: unknown }).type === 'string',
      )
    )
  ) {
    throw invalid('"identifiers" must be a list of { column, type, separator? }', file);
  }
  if (
    mapping.properties !== undefined &&
    !(Array.isArray(mapping.properties) && mapping.properties.every((item) => typeof item === 'string'))
  ) {
    throw invalid('"properties" must be a list of column names', file);
  }
  return mapping as unknown as CsvMapping;
}

/** Loads a mapping file: `.json`, or YAML for anything else (`.yaml`, `.yml`). */
export async function loadCsvMapping(path: string): Promise<CsvMapping> {
  const file = basename(path);
  const text = await readSmallText(
    path,
    (error) =>
      new WatchlistError('WATCHLIST_MAPPING_INVALID', `Cannot read the CSV mapping file ${path}`, { file }, error),
  );
  let value: unknown;
  try {
    value = extname(path).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw WatchlistError.causedBy('WATCHLIST_MAPPING_INVALID', 'The CSV mapping file cannot be parsed', file, error);
  }
  return validateCsvMapping(value, file);
}

/** Every column a mapping names, to check against the header. */
export function mappedColumns(mapping: CsvMapping): string[] {
  const columns = new Set<string>();
  const add = (spec: CsvFieldSpec | undefined): void => {
    for (const item of spec === undefined ? [] : Array.isArray(spec) ? spec : [spec]) {
      columns.add(typeof item === 'string' ? item : item.column);
    }
  };
  if (typeof mapping.id === 'string') {
    columns.add(mapping.id);
  } else {
    mapping.id.derivedFrom.forEach((column) => columns.add(column));
  }
  columns.add(mapping.name);
  LIST_FIELDS.forEach((key) => add(mapping[key]));
  if (mapping.listedFrom) {
    columns.add(mapping.listedFrom);
  }
  if (mapping.sourceUrl) {
    columns.add(mapping.sourceUrl);
  }
  if (mapping.schema !== undefined && typeof mapping.schema !== 'string') {
    columns.add(mapping.schema.column);
  }
  mapping.identifiers?.forEach((identifier) => columns.add(identifier.column));
  mapping.properties?.forEach((column) => columns.add(column));
  return [...columns];
}
