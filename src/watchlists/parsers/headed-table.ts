import { createHash } from 'node:crypto';
import type { WatchlistParseEvent, WatchlistPosition } from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { readDelimited } from './delimited-reader';
import { DEFAULT_MAX_FIELD_CHARS, DEFAULT_MAX_LINE_CHARS, type PeekableText } from './text-input';
import { rejectedEvent, type WatchlistParseOptions } from './watchlist-parser';

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
