import { toCountry } from '../../common/country-codes';
import type {
  WatchlistAddress,
  WatchlistFormat,
  WatchlistParseCounts,
  WatchlistParseEvent,
  WatchlistParseEventKind,
} from '../watchlist-record';
import type { CsvMapping } from './csv-mapping';
import type { WatchlistSource } from './text-input';

export type { WatchlistSource } from './text-input';

export interface WatchlistParseOptions {
  /** The list the entries belong to; each format has a default (`us-ofac-sdn`, `un-sc`, …). */
  listId?: string;
  /**
   * Side files of multi-file formats, when the main source is a stream or they are not beside it.
   * OFAC: `alt`, `add`, `comments` (sdn_comments.csv; the consolidated set has none).
   */
  companions?: Partial<Record<'alt' | 'add' | 'comments', WatchlistSource>>;
  /** `csv` format: the mapping, or the path of a JSON or YAML mapping file. */
  mapping?: CsvMapping | string;
  /** Longest field accepted (characters); a longer one rejects its row. Default 1 MiB. */
  maxFieldChars?: number;
  /** Longest line or row accepted (characters); a longer one is rejected. Default 1 MiB. */
  maxLineChars?: number;
}

/** The side files of a multi-file format (OFAC's legacy CSV set), read from beside the main file. */
export type SideFileKind = 'alt' | 'add' | 'comments';
export const SIDE_FILE_KINDS: readonly SideFileKind[] = ['alt', 'add', 'comments'];

/** One version to import: a file and, for an FtM delta of an index, the delta version it applies. */
export interface ImportUnit {
  path: string;
  deltaVersion: string | null;
}

/**
 * One parser per source format. `parse` streams: memory stays flat as the file grows. It throws a
 * `WatchlistError` before yielding any entry when the file is empty, unreadable or not this format,
 * and throws mid-stream when the file turns out structurally broken (truncated XML, a quote never
 * closed, invalid UTF-8). A bad single row is a `rejected` event, never an exception.
 */
export interface WatchlistParser {
  readonly format: WatchlistFormat;
  /** The list id used when no `listId` option is given; null when it comes from the data (ftm). */
  readonly defaultListId: string | null;
  parse(source: WatchlistSource, options?: WatchlistParseOptions): AsyncIterable<WatchlistParseEvent>;
  /**
   * How this parser reads a file, as a number raised whenever the same file would be read into different
   * records (a name split into name and aliases, say). An import of the file the active version came from
   * is skipped as unchanged only when the active version was read the same way; 1 when not given.
   */
  readonly readVersion?: number;
  /** The side files this format reads from beside its main file, by kind, with the names it looks for. */
  readonly sideFiles?: Readonly<Partial<Record<SideFileKind, string>>>;
  /**
   * The versions a path stands for, in the order they must be imported (an FtM delta index or folder:
   * every delta it names). Without it a path is one version.
   */
  importUnits?(path: string): AsyncIterable<ImportUnit>;
}

export function emptyCounts(): WatchlistParseCounts {
  return {
    entries: 0,
    relationships: 0,
    listings: 0,
    identifiers: 0,
    addresses: 0,
    deletions: 0,
    rejected: 0,
    skipped: 0,
  };
}

/** The count each kind of event adds to; metadata and end are not counted. */
const COUNTED_AS: Readonly<Record<WatchlistParseEventKind, keyof WatchlistParseCounts | null>> = {
  entry: 'entries',
  relationship: 'relationships',
  listing: 'listings',
  identifier: 'identifiers',
  address: 'addresses',
  deletion: 'deletions',
  rejected: 'rejected',
  skipped: 'skipped',
  metadata: null,
  end: null,
};

/** Counts events as they pass, for the closing `end` event. */
export class EventTally {
  readonly counts = emptyCounts();

  count<T extends WatchlistParseEvent>(event: T): T {
    const counted = COUNTED_AS[event.kind];
    if (counted !== null) {
      this.counts[counted] += 1;
    }
    return event;
  }

  end(): WatchlistParseEvent {
    return { kind: 'end', counts: { ...this.counts } };
  }
}

/** One parse: the source, its options, and the list id (the `listId` option, else the parser's default). */
export interface ParseRequest<DefaultListId extends string | null = string> {
  source: WatchlistSource;
  options: WatchlistParseOptions;
  listId: string | DefaultListId;
}

/**
 * A parser that yields the events it reads; the closing `end`, with the count of each kind, is added
 * here, so no parser counts for itself.
 */
export abstract class CountingParser<DefaultListId extends string | null = string> implements WatchlistParser {
  abstract readonly format: WatchlistFormat;
  abstract readonly defaultListId: DefaultListId;

  async *parse(source: WatchlistSource, options: WatchlistParseOptions = {}): AsyncGenerator<WatchlistParseEvent> {
    const tally = new EventTally();
    const listId: string | DefaultListId = options.listId ?? this.defaultListId;
    for await (const event of this.read({ source, options, listId })) {
      yield tally.count(event);
    }
    yield tally.end();
  }

  /** The events the source holds, in file order, without the closing `end`. */
  protected abstract read(request: ParseRequest<DefaultListId>): AsyncIterable<WatchlistParseEvent>;
}

/** Collapses whitespace and trims; '' for nullish. */
export function clean(value: string | null | undefined): string {
  return value ? value.replace(/\s+/g, ' ').trim() : '';
}

export function pushUnique(values: string[], value: string | null | undefined): void {
  const text = clean(value);
  if (text.length > 0 && !values.includes(text)) {
    values.push(text);
  }
}

export function addProperty(properties: Record<string, string[]>, key: string, value: string | null | undefined): void {
  const text = clean(value);
  if (text.length === 0) {
    return;
  }
  const values = (properties[key] ??= []);
  if (!values.includes(text)) {
    values.push(text);
  }
}

/** The parts of an address as a list gives them; an empty or missing part is left out. */
export interface AddressParts {
  street?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
  note?: string | null;
}

/** An address under the `full` text given, with each part the list gave (the country resolved to its code). */
export function addressWithParts(full: string, parts: AddressParts): WatchlistAddress {
  const { street, city, region, postalCode, country, note } = parts;
  return {
    full,
    ...(street ? { street } : {}),
    ...(city ? { city } : {}),
    ...(region ? { region } : {}),
    ...(postalCode ? { postalCode } : {}),
    ...(country ? { country: toCountry(country) } : {}),
    ...(note ? { note } : {}),
  };
}

/** An address whose `full` text joins its parts (street, city, region, postal code, country); null when all are empty. */
export function joinedAddress(parts: AddressParts): WatchlistAddress | null {
  const full = [parts.street, parts.city, parts.region, parts.postalCode, parts.country]
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join(', ');
  return full.length > 0 ? addressWithParts(full, parts) : null;
}

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/**
 * Parses the date forms lists use into ISO 8601, keeping only the precision given:
 * "2012-12-31", "2001-01-25-05:00", "13 May 1965", "May 1965", "1965", "10/16/2017" (US), "2017/10/16".
 * Returns null for anything else.
 */
export function toIsoDate(raw: string | null | undefined): string | null {
  const text = clean(raw);
  if (text.length === 0) {
    return null;
  }
  let match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (match) {
    return `${match[1]}-${match[2]}-${match[3]}`;
  }
  match = /^(\d{4})-(\d{2})$/.exec(text);
  if (match) {
    return `${match[1]}-${match[2]}`;
  }
  match = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(text);
  if (match) {
    return `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}`;
  }
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (match) {
    return `${match[3]}-${match[1].padStart(2, '0')}-${match[2].padStart(2, '0')}`;
  }
  match = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/.exec(text);
  if (match && MONTHS[match[2].toLowerCase()]) {
    return `${match[3]}-${MONTHS[match[2].toLowerCase()]}-${match[1].padStart(2, '0')}`;
  }
  match = /^([A-Za-z]{3})[a-z]* (\d{4})$/.exec(text);
  if (match && MONTHS[match[1].toLowerCase()]) {
    return `${match[2]}-${MONTHS[match[1].toLowerCase()]}`;
  }
  match = /^(\d{4})$/.exec(text);
  if (match) {
    return match[1];
  }
  return null;
}

/** Every year from `from` to `to` as strings; a range wider than 20 years (a data error) gives its ends. */
export function yearRange(from: number, to: number): string[] {
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) {
    return [];
  }
  if (to - from > 20) {
    return [String(from), String(to)];
  }
  const years: string[] = [];
  for (let year = from; year <= to; year += 1) {
    years.push(String(year));
  }
  return years;
}

/**
 * The read version of the formats whose entries carry structured addresses with a town (OFAC SDN and consolidated,
 * the UN list, the BIS Denied Persons List, FtM): 2 since rules 1.149.0, because since rules 1.145.0 the import stores
 * those towns as the entry's `city`, which the screening index reads (`IndexEntry.towns`) and a version read before
 * lacks. So the file of a version stored before is read again at its list's next import or sync, and `up` reads a
 * shipped sample list's file again at start (`importMissingSampleLists`).
 */
export const ADDRESS_TOWNS_READ_VERSION = 2;

/** The way `parser` reads files (see {@link WatchlistParser.readVersion}); 1 when it does not say. */
export function readVersionOf(parser: Pick<WatchlistParser, 'readVersion'>): number {
  return parser.readVersion ?? 1;
}
