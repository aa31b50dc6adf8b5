import { createHash } from 'node:crypto';
import type { WatchlistFormat, WatchlistParseEvent, WatchlistPosition } from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { readDelimited } from './delimited-reader';
import { DEFAULT_MAX_FIELD_CHARS, DEFAULT_MAX_LINE_CHARS, openText, type PeekableText } from './text-input';
import { clean, type ParseRequest, type WatchlistParseOptions } from './watchlist-parser';
import { metadataEvent, rejectedEvent } from './parse-event';

export type HeadedRow =
  { ok: true; position: WatchlistPosition; values: Record<string, string> } | { ok: false; event: WatchlistParseEvent };

export interface HeadedTableOptions {
  fileName: string;
  delimiter: string;
  /** Columns the header must hold, or the file is not this format. */
  requiredColumns: string[];
  /** How to name the format in a mismatch message. */
  formatName: string;
}

/**
 * Reads a delimited file whose first row is a header, checking the header before any row is yielded.
 * Each row comes back keyed by column name; a row with broken quoting, an oversized field or a
 * different number of fields than the header is a `rejected` event.
 */
export async function* readHeadedTable(
  text: PeekableText,
  table: HeadedTableOptions,
  options: WatchlistParseOptions,
): AsyncGenerator<HeadedRow> {
  const rows = readDelimited(text, {
    fileName: table.fileName,
    delimiter: table.delimiter,
    maxFieldChars: options.maxFieldChars ?? DEFAULT_MAX_FIELD_CHARS,
    maxRecordChars: options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS,
  });
  let header: string[] | null = null;
  let record = 0;
  for await (const row of rows) {
    if (header === null) {
      if (!row.ok) {
        throw new WatchlistError(
          'WATCHLIST_FORMAT_MISMATCH',
          `Not a ${table.formatName}: unreadable header (${row.reason})`,
          {
            file: table.fileName,
            line: row.line,
          },
        );
      }
      header = row.fields.map((field) => field.replace(/^\uFEFF/, '').trim());
      const missing = table.requiredColumns.filter((column) => !header?.includes(column));
      if (missing.length > 0) {
        throw new WatchlistError(
          'WATCHLIST_FORMAT_MISMATCH',
          `Not a ${table.formatName}: the header lacks the column(s) ${missing.join(', ')}`,
          { file: table.fileName, line: row.line },
        );
      }
      continue;
    }
    record += 1;
    const position: WatchlistPosition = { file: table.fileName, line: row.line, record };
    if (!row.ok) {
      yield { ok: false, event: rejectedEvent(position, row.code, row.reason) };
      continue;
    }
    if (row.fields.length !== header.length) {
      yield {
        ok: false,
        event: rejectedEvent(
          position,
          'WATCHLIST_RECORD_INVALID',
          `expected ${header.length} fields as in the header, found ${row.fields.length}`,
        ),
      };
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((column, index) => {
      values[column] = row.fields[index];
    });
    yield { ok: true, position, values };
  }
  if (header === null) {
    throw new WatchlistError('WATCHLIST_FILE_EMPTY', 'The file holds no header row', { file: table.fileName });
  }
}

/** A headed-table list as its parser describes it. */
export interface HeadedTableList extends HeadedTableOptions {
  format: WatchlistFormat;
  listId: string;
  /** The column naming each row's party; a row without a name is rejected. */
  nameColumn: string;
  /** The row's own id, where the list gives one: a row without it is rejected (before its name is looked at). */
  idOf?: (values: Record<string, string>) => string;
}

/** A row that passed every check: its values by column, its name (cleaned) and, with `idOf`, its id. */
export interface NamedRow {
  values: Record<string, string>;
  position: WatchlistPosition;
  name: string;
  id: string;
}

/**
 * The events of a headed-table list: the metadata once the header is known good (so a file of another
 * format fails before any event), a rejection for each broken row and each row with no id or name, the
 * events `rowEvents` makes of each named row, then those `endEvents` held back (an entry still
 * gathering rows).
 */
export async function* headedTableEvents(
  text: PeekableText,
  list: HeadedTableList,
  options: WatchlistParseOptions,
  rowEvents: (row: NamedRow) => Iterable<WatchlistParseEvent>,
  endEvents: () => Iterable<WatchlistParseEvent> = () => [],
): AsyncGenerator<WatchlistParseEvent> {
  const metadata = metadataEvent({ format: list.format, listId: list.listId, files: [list.fileName] });
  let started = false;
  for await (const row of readHeadedTable(text, list, options)) {
    if (!started) {
      started = true;
      yield metadata;
    }
    if (!row.ok) {
      yield row.event;
      continue;
    }
    const id = list.idOf?.(row.values) ?? '';
    const name = clean(row.values[list.nameColumn]);
    if ((list.idOf && id.length === 0) || name.length === 0) {
      const missing = list.idOf && id.length === 0 ? 'id' : 'name';
      yield rejectedEvent(row.position, 'WATCHLIST_RECORD_INVALID', `the row has no ${missing}`);
      continue;
    }
    yield* rowEvents({ values: row.values, position: row.position, name, id });
  }
  if (!started) {
    yield metadata;
  }
  yield* endEvents();
}

/** A list whose table has the same shape in every file: what is left of a HeadedTableList once a read names the rest. */
export type FixedTableShape = Omit<HeadedTableList, 'format' | 'listId' | 'fileName'>;

/** headedTableEvents over a request's source, for a format whose table has a fixed shape. */
export async function* fixedTableEvents(
  { source, options, listId }: ParseRequest,
  format: WatchlistFormat,
  shape: FixedTableShape,
  rowEvents: (row: NamedRow) => Iterable<WatchlistParseEvent>,
  endEvents?: () => Iterable<WatchlistParseEvent>,
): AsyncGenerator<WatchlistParseEvent> {
  const { text, fileName } = await openText(source);
  yield* headedTableEvents(text, { ...shape, format, listId, fileName }, options, rowEvents, endEvents);
}

/** A short stable id from the fields that identify a row of a list that gives no id of its own. */
export function derivedId(prefix: string, ...parts: string[]): string {
  const key = parts.map((part) => part.replace(/\s+/g, ' ').trim().toUpperCase()).join('|');
  return `${prefix}-${createHash('sha1').update(key).digest('hex').slice(0, 16)}`;
}

/** Splits a list-valued field ("a; b; c") into its trimmed non-empty parts. */
export function splitList(value: string | undefined, separator: string | RegExp = ';'): string[] {
  if (!value) {
    return [];
  }
  return value
    .split(separator)
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter((part) => part.length > 0);
}
