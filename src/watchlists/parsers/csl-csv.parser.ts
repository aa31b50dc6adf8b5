import {
  emptyEntry,
  type WatchlistEntry,
  type WatchlistIdentifier,
  type WatchlistParseEvent,
  schemaOfUsListType,
} from '../watchlist-record';
import { addCountry, countryCode, toCountry } from '../../common/country-codes';
import { derivedId, fixedTableEvents, type FixedTableShape, type NamedRow, splitList } from './headed-table';
import { addProperty, clean, CountingParser, pushUnique, toIsoDate, type ParseRequest } from './watchlist-parser';

const CSL_TABLE: FixedTableShape = {
  delimiter: ',',
  requiredColumns: ['source', 'name', 'alt_names', 'type', 'programs'],
  formatName: 'Consolidated Screening List CSV',
  nameColumn: 'name',
};

/** "Entity List (EL) - Bureau of Industry and Security" → "el". */
function sourceAbbreviation(source: string): string {
  const match = /\(([^)]+)\)/.exec(source);
  return (match ? match[1] : source).toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/**
 * US Consolidated Screening List (trade.gov CSV). Each row's source list ("Entity List (EL) - Bureau
 * of Industry and Security") is its programme; the row's own programmes are kept as `programs`.
 * The entry id is the file's `id`/`_id` column when present, else `<source>-<entity_number>`, else a
 * hash of the source, name, addresses, start date and Federal Register notice (stable across versions).
 */
export class CslCsvParser extends CountingParser {
  readonly format = 'csl-csv' as const;
  readonly defaultListId = 'us-csl';

  protected read(request: ParseRequest): AsyncGenerator<WatchlistParseEvent> {
    return fixedTableEvents(request, this.format, CSL_TABLE, (row) => [
      { kind: 'entry', entry: cslEntry(request.listId, row) },
    ]);
  }
}

/** One row of the list as an entry. */
function cslEntry(listId: string, { values, name, position }: NamedRow): WatchlistEntry {
  const sourceList = clean(values.source);
  const abbreviation = sourceAbbreviation(sourceList);
  const entryId =
    clean(values.id) ||
    clean(values._id) ||
    (clean(values.entity_number)
      ? `${abbreviation}-${clean(values.entity_number)}`
      : derivedId(
          abbreviation,
          sourceList,
          name,
          values.addresses ?? '',
          values.start_date ?? '',
          values.federal_register_notice ?? '',
        ));
  const entry = emptyEntry(listId, entryId, schemaOfUsListType(clean(values.type)), name, position);
  pushUnique(entry.programmes, sourceList);
  for (const program of splitList(values.programs)) {
    addProperty(entry.properties, 'programs', program);
  }
  for (const alias of splitList(values.alt_names)) {
    if (alias !== name && !entry.aliases.some((known) => known.name === alias)) {
      entry.aliases.push({ name: alias, quality: 'strong', type: 'aka' });
    }
  }
  for (const address of splitList(values.addresses)) {
    const parts = address.split(',').map((part) => part.trim());
    const last = parts.at(-1) ?? '';
    const country = parts.length > 1 && countryCode(last) ? toCountry(last) : null;
    entry.addresses.push(country ? { full: address, country } : { full: address });
    if (country) {
      addCountry(entry.countries, last);
    }
  }
  for (const nationality of [...splitList(values.nationalities), ...splitList(values.citizenships)]) {
    addCountry(entry.nationalities, nationality);
  }
  for (const date of splitList(values.dates_of_birth)) {
    pushUnique(entry.birthDates, toIsoDate(date) ?? date);
  }
  for (const place of splitList(values.places_of_birth)) {
    pushUnique(entry.birthPlaces, place);
  }
  for (const id of splitList(values.ids)) {
    readId(id, entry.identifiers, entry.properties);
  }
  entry.listedFrom = toIsoDate(values.start_date);
  pushUnique(entry.positions, values.title);
  pushUnique(entry.remarks, values.remarks);
  const sourceUrl = clean(values.source_information_url) || clean(values.source_list_url);
  if (sourceUrl) {
    entry.sourceUrl = sourceUrl;
  }
  if (clean(values.call_sign)) {
    entry.identifiers.push({ type: 'Call Sign', value: clean(values.call_sign) });
  }
  const extraColumns: [string, string][] = [
    ['end_date', 'endDate'],
    ['federal_register_notice', 'federalRegisterNotice'],
    ['standard_order', 'standardOrder'],
    ['license_requirement', 'licenseRequirement'],
    ['license_policy', 'licensePolicy'],
    ['vessel_type', 'vesselType'],
    ['gross_tonnage', 'tonnage'],
    ['gross_registered_tonnage', 'grossRegisteredTonnage'],
    ['vessel_flag', 'vesselFlag'],
    ['vessel_owner', 'vesselOwner'],
    ['source_list_url', 'sourceListUrl'],
  ];
  for (const [column, key] of extraColumns) {
    addProperty(entry.properties, key, values[column]);
  }
  return entry;
}

/** One `ids` item: "US, 80-0890696, Tax ID No." or "IMO 8898831, Vessel Registration Identification". */
function readId(id: string, identifiers: WatchlistIdentifier[], properties: Record<string, string[]>): void {
  const parts = id.split(',').map((part) => part.trim());
  const type = parts.pop() ?? '';
  if (parts.length === 0 || /[:-]$/.test(type)) {
    // "Secondary sanctions risk:", "Additional Sanctions Information -": remarks, not identifiers.
    addProperty(properties, 'sanctionsInformation', id);
    return;
  }
  let country: string | null = null;
  if (parts.length >= 2 && countryCode(parts[0])) {
    country = countryCode(parts.shift() as string);
  }
  const identifier: WatchlistIdentifier = { type, value: parts.join(', ') };
  if (country) {
    identifier.country = country;
  }
  identifiers.push(identifier);
}
