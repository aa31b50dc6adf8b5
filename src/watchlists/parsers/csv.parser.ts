import { emptyEntry, type WatchlistEntry, type WatchlistParseEvent, type WatchlistSchema } from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { addCountry, toCountry } from '../../common/country-codes';
import { loadCsvMapping, mappedColumns, validateCsvMapping, type CsvFieldSpec, type CsvMapping } from './csv-mapping';
import { derivedId, headedTableEvents, type NamedRow, splitList } from './headed-table';
import { openText } from './text-input';
import { addProperty, clean, CountingParser, pushUnique, toIsoDate, type ParseRequest } from './watchlist-parser';

/** The values a field spec picks from a row, lists split on their separator. */
function pick(values: Record<string, string>, spec: CsvFieldSpec | undefined): string[] {
  if (spec === undefined) {
    return [];
  }
  return (Array.isArray(spec) ? spec : [spec]).flatMap((item) =>
    typeof item === 'string'
      ? [clean(values[item])].filter((value) => value.length > 0)
      : item.separator
        ? splitList(values[item.column], item.separator)
        : [clean(values[item.column])].filter((value) => value.length > 0),
  );
}

function schemaOf(mapping: CsvMapping, values: Record<string, string>): WatchlistSchema {
  const spec = mapping.schema;
  if (spec === undefined) {
    return 'LegalEntity';
  }
  if (typeof spec === 'string') {
    return spec;
  }
  const raw = clean(values[spec.column]);
  const mapped = Object.entries(spec.values ?? {}).find(([key]) => key.toLowerCase() === raw.toLowerCase())?.[1];
  return mapped ?? spec.default ?? 'LegalEntity';
}

/**
 * Any CSV (or TSV) list, read through a mapping (see csv-mapping.ts for the mapping file format).
 * The header must hold every column the mapping names, or the file fails before any row is read.
 */
export class CsvParser extends CountingParser<null> {
  readonly format = 'csv' as const;
  readonly defaultListId = null;

  protected async *read({ source, options, listId: given }: ParseRequest<null>): AsyncGenerator<WatchlistParseEvent> {
    if (options.mapping === undefined) {
      throw new WatchlistError('WATCHLIST_MAPPING_INVALID', 'The csv format needs a mapping (the --mapping file)');
    }
    const mapping =
      typeof options.mapping === 'string' ? await loadCsvMapping(options.mapping) : validateCsvMapping(options.mapping);
    const { text, fileName } = await openText(source);
    const listId = given ?? mapping.listId ?? fileName.replace(/\.[^.]+$/, '');
    const list = {
      format: this.format,
      listId,
      fileName,
      delimiter: mapping.delimiter ?? ',',
      requiredColumns: mappedColumns(mapping),
      formatName: 'CSV file matching its mapping',
      nameColumn: mapping.name,
      idOf: (values: Record<string, string>): string =>
        typeof mapping.id === 'string'
          ? clean(values[mapping.id])
          : derivedId(listId, ...mapping.id.derivedFrom.map((column) => values[column] ?? '')),
    };
    yield* headedTableEvents(text, list, options, (row) => [
      { kind: 'entry', entry: mappedEntry(mapping, listId, row) },
    ]);
  }
}

/** One row as an entry, each field where the mapping says. */
function mappedEntry(mapping: CsvMapping, listId: string, { values, name, id, position }: NamedRow): WatchlistEntry {
  const entry = emptyEntry(listId, id, schemaOf(mapping, values), name, position);
  for (const alias of pick(values, mapping.aliases)) {
    if (alias !== name && !entry.aliases.some((known) => known.name === alias)) {
      entry.aliases.push({ name: alias, quality: mapping.aliasQuality ?? 'strong', type: 'aka' });
    }
  }
  pick(values, mapping.countries).forEach((country) => addCountry(entry.countries, country));
  pick(values, mapping.nationalities).forEach((country) => addCountry(entry.nationalities, country));
  pick(values, mapping.programmes).forEach((programme) => pushUnique(entry.programmes, programme));
  pick(values, mapping.birthDates).forEach((date) => pushUnique(entry.birthDates, toIsoDate(date) ?? date));
  pick(values, mapping.birthPlaces).forEach((place) => pushUnique(entry.birthPlaces, place));
  pick(values, mapping.addresses).forEach((address) => entry.addresses.push({ full: address }));
  pick(values, mapping.remarks).forEach((remark) => pushUnique(entry.remarks, remark));
  pick(values, mapping.positions).forEach((position) => pushUnique(entry.positions, position));
  for (const identifier of mapping.identifiers ?? []) {
    for (const value of pick(values, { column: identifier.column, separator: identifier.separator })) {
      entry.identifiers.push({ type: identifier.type, value });
    }
  }
  entry.listedFrom = mapping.listedFrom ? toIsoDate(values[mapping.listedFrom]) : null;
  const sourceUrl = mapping.sourceUrl ? clean(values[mapping.sourceUrl]) : '';
  if (sourceUrl) {
    entry.sourceUrl = sourceUrl;
  }
  for (const column of mapping.properties ?? []) {
    addProperty(entry.properties, column, values[column]);
  }
  for (const address of entry.addresses) {
    const last = address.full.split(',').at(-1)?.trim() ?? '';
    const country = toCountry(last);
    if (country.code && address.full.includes(',')) {
      address.country = country;
    }
  }
  return entry;
}
