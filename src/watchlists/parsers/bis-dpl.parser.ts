import type { WatchlistEntry, WatchlistParseEvent } from '../watchlist-record';
import { emptyEntry } from '../watchlist-record';
import { addCountry, toCountry } from '../../common/country-codes';
import { derivedId, readHeadedTable } from './headed-table';
import { openText, type WatchlistSource } from './text-input';
import {
  addProperty,
  clean,
  EventTally,
  metadataEvent,
  toIsoDate,
  type WatchlistParseOptions,
  type WatchlistParser,
} from './watchlist-parser';

const REQUIRED_COLUMNS = ['Name', 'Street_Address', 'City', 'Country', 'Effective_Date', 'FR_Citation'];

/**
 * BIS Denied Persons List: tab-separated, every field quoted, one row per address of a denial order.
 * The list gives no ids: an entry is one (name, effective date) order, its id a hash of both, and
 * consecutive rows of the same order (the list is sorted by name) become one entry with all their
 * addresses. The list does not say whether a party is a person or a company: entries are LegalEntity.
 */
export class BisDplParser implements WatchlistParser {
  readonly format = 'bis-dpl' as const;
  readonly defaultListId = 'us-bis-dpl';

  async *parse(source: WatchlistSource, options: WatchlistParseOptions = {}): AsyncGenerator<WatchlistParseEvent> {
    const listId = options.listId ?? this.defaultListId;
    const tally = new EventTally();
    const { text, fileName } = await openText(source);
    const rows = readHeadedTable(
      text,
      {
        fileName,
        delimiter: '\t',
        requiredColumns: REQUIRED_COLUMNS,
        formatName: 'BIS Denied Persons List (tab-separated)',
      },
      options,
    );
    let started = false;
    let pending: WatchlistEntry | null = null;
    for await (const row of rows) {
      if (!started) {
        started = true;
        yield metadataEvent({ format: this.format, listId, files: [fileName] });
      }
      if (!row.ok) {
        yield tally.count(row.event);
        continue;
      }
      const values = row.values;
      const name = clean(values.Name);
      if (name.length === 0) {
        yield tally.count({
          kind: 'rejected',
          rejection: { ...row.position, code: 'WATCHLIST_RECORD_INVALID', reason: 'the row has no name' },
        });
        continue;
      }
      const effective = toIsoDate(values.Effective_Date);
      const entryId = derivedId('dpl', name, effective ?? clean(values.Effective_Date));
      if (pending && pending.entryId !== entryId) {
        yield tally.count({ kind: 'entry', entry: pending });
        pending = null;
      }
      if (!pending) {
        pending = emptyEntry(listId, entryId, 'LegalEntity', name, row.position);
        pending.listedFrom = effective;
        pending.programmes.push('Denied Persons List');
      }
      addAddressRow(pending, values);
      addProperty(pending.properties, 'expirationDate', toIsoDate(values.Expiration_Date) ?? values.Expiration_Date);
      addProperty(pending.properties, 'standardOrder', values.Standard_Order);
      addProperty(pending.properties, 'lastUpdate', values.Last_Update);
      addProperty(pending.properties, 'action', values.Action);
      addProperty(pending.properties, 'federalRegisterCitation', values.FR_Citation);
    }
    if (!started) {
      yield metadataEvent({ format: this.format, listId, files: [fileName] });
    }
    if (pending) {
      yield tally.count({ kind: 'entry', entry: pending });
    }
    yield tally.end();
  }
}

function addAddressRow(entry: WatchlistEntry, values: Record<string, string>): void {
  const street = clean(values.Street_Address);
  const city = clean(values.City);
  const region = clean(values.State);
  const postalCode = clean(values.Postal_Code);
  const country = clean(values.Country);
  const full = [street, city, region, postalCode, country].filter((part) => part.length > 0).join(', ');
  if (full.length === 0 || entry.addresses.some((known) => known.full === full)) {
    return;
  }
  entry.addresses.push({
    full,
    ...(street ? { street } : {}),
    ...(city ? { city } : {}),
    ...(region ? { region } : {}),
    ...(postalCode ? { postalCode } : {}),
    ...(country ? { country: toCountry(country) } : {}),
  });
  addCountry(entry.countries, country);
}
