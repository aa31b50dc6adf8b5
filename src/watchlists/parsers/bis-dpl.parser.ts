import type { WatchlistEntry, WatchlistParseEvent } from '../watchlist-record';
import { emptyEntry } from '../watchlist-record';
import { addCountry } from '../../common/country-codes';
import { derivedId, fixedTableEvents, type FixedTableShape } from './headed-table';
import {
  ADDRESS_TOWNS_READ_VERSION,
  addProperty,
  clean,
  CountingParser,
  joinedAddress,
  toIsoDate,
  type ParseRequest,
} from './watchlist-parser';

const DPL_TABLE: FixedTableShape = {
  delimiter: '\t',
  requiredColumns: ['Name', 'Street_Address', 'City', 'Country', 'Effective_Date', 'FR_Citation'],
  formatName: 'BIS Denied Persons List (tab-separated)',
  nameColumn: 'Name',
};

/**
 * BIS Denied Persons List: tab-separated, every field quoted, one row per address of a denial order.
 * The list gives no ids: an entry is one (name, effective date) order, its id a hash of both, and
 * consecutive rows of the same order (the list is sorted by name) become one entry with all their
 * addresses. The list does not say whether a party is a person or a company: entries are LegalEntity.
 */
export class BisDplParser extends CountingParser {
  readonly format = 'bis-dpl' as const;
  readonly defaultListId = 'us-bis-dpl';
  /** Since rules 1.149.0: address towns stored as `city` ({@link ADDRESS_TOWNS_READ_VERSION}). */
  readonly readVersion = ADDRESS_TOWNS_READ_VERSION;

  protected async *read(request: ParseRequest): AsyncGenerator<WatchlistParseEvent> {
    const { listId } = request;
    let pending: WatchlistEntry | null = null;
    const flush = (): WatchlistParseEvent[] => {
      const events: WatchlistParseEvent[] = pending ? [{ kind: 'entry', entry: pending }] : [];
      pending = null;
      return events;
    };
    yield* fixedTableEvents(
      request,
      this.format,
      DPL_TABLE,
      ({ values, name, position }) => {
        const effective = toIsoDate(values.Effective_Date);
        const entryId = derivedId('dpl', name, effective ?? clean(values.Effective_Date));
        const events = pending && pending.entryId !== entryId ? flush() : [];
        if (!pending) {
          pending = emptyEntry(listId, entryId, 'LegalEntity', name, position);
          pending.listedFrom = effective;
          pending.programmes.push('Denied Persons List');
        }
        addAddressRow(pending, values);
        addProperty(pending.properties, 'expirationDate', toIsoDate(values.Expiration_Date) ?? values.Expiration_Date);
        addProperty(pending.properties, 'standardOrder', values.Standard_Order);
        addProperty(pending.properties, 'lastUpdate', values.Last_Update);
        addProperty(pending.properties, 'action', values.Action);
        addProperty(pending.properties, 'federalRegisterCitation', values.FR_Citation);
        return events;
      },
      flush,
    );
  }
}

function addAddressRow(entry: WatchlistEntry, values: Record<string, string>): void {
  const country = clean(values.Country);
  const address = joinedAddress({
    street: clean(values.Street_Address),
    city: clean(values.City),
    region: clean(values.State),
    postalCode: clean(values.Postal_Code),
    country,
  });
  if (address === null || entry.addresses.some((known) => known.full === address.full)) {
    return;
  }
  entry.addresses.push(address);
  addCountry(entry.countries, country);
}
