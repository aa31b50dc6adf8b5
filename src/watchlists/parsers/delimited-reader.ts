import { WatchlistError, type WatchlistErrorCode } from '../watchlists.errors';

export interface DelimitedReaderOptions {
  fileName: string;
  /** "," for CSV, "\t" for TSV. */
  delimiter: string;
  maxFieldChars: number;
  maxRecordChars: number;
}

export type DelimitedRow =
  { ok: true; line: number; fields: string[] } | { ok: false; line: number; code: WatchlistErrorCode; reason: string };

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  QuoteInQuoted,
  SkipToEndOfLine,
}

/**
 * A streaming reader for delimited text (RFC 4180 quoting, fields may span lines), written here
 * rather than taken from csv-parse because watchlists need row-level recovery: a row with broken
 * quoting or an oversized field is reported with its line and the reader resumes at the next line,
 * while a quote left open to the end of the file fails the whole file. No field grows past
 * `maxFieldChars`, so memory stays flat. Carriage returns and DOS end-of-file marks (0x1A, which
 * OFAC files end with) outside quotes are ignored; blank lines are skipped.
 */
export async function* readDelimited(
  text: AsyncIterable<string> | Iterable<string>,
  options: DelimitedReaderOptions,
): AsyncGenerator<DelimitedRow> {
  const { delimiter, maxFieldChars, maxRecordChars, fileName } = options;
  let state = State.FieldStart;
  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let field = '';
  let recordChars = 0;
  let recordStarted = false;
  let quoteOpenedLine = 1;
  let problem: { code: WatchlistErrorCode; reason: string } | null = null;
  let discarding = false;

  const fail = (code: WatchlistErrorCode, reason: string): void => {
    if (!problem) {
      problem = { code, reason };
    }
  };
  const append = (character: string): void => {
    if (discarding) {
      return;
    }
    field += character;
    recordChars += 1;
    if (field.length > maxFieldChars) {
      fail('WATCHLIST_FIELD_TOO_LARGE', `field ${fields.length + 1} is longer than ${maxFieldChars} characters`);
      discarding = true;
      field = '';
    } else if (recordChars > maxRecordChars) {
      fail('WATCHLIST_FIELD_TOO_LARGE', `row is longer than ${maxRecordChars} characters`);
      discarding = true;
      field = '';
    }
  };
  const endField = (): void => {
    fields.push(field);
    field = '';
  };
  const endRecord = (): DelimitedRow | null => {
    const row: DelimitedRow | null = problem
      ? { ok: false, line: recordLine, code: problem.code, reason: problem.reason }
      : recordStarted
        ? { ok: true, line: recordLine, fields }
        : null;
    fields = [];
    field = '';
    recordChars = 0;
    recordStarted = false;
    problem = null;
    discarding = false;
    state = State.FieldStart;
    return row;
  };

  for await (const chunk of text) {
    for (let index = 0; index < chunk.length; index += 1) {
      const character = chunk[index];
      if (!recordStarted && character !== '\n' && character !== '\r' && character !== '\u001a') {
        recordStarted = true;
        recordLine = line;
      }
      switch (state) {
        case State.FieldStart:
        case State.Unquoted:
          if (character === delimiter) {
            endField();
            state = State.FieldStart;
          } else if (character === '\n') {
            if (recordStarted) {
              endField();
            }
            const row = endRecord();
            line += 1;
            if (row) {
              yield row;
            }
          } else if (character === '\r' || character === '\u001a') {
            // Line-ending and end-of-file marks are not data.
          } else if (character === '"' && state === State.FieldStart) {
            state = State.Quoted;
            quoteOpenedLine = line;
          } else {
            // A quote inside an unquoted field is kept as a literal, as most producers mean it.
            append(character);
            state = State.Unquoted;
          }
          break;
        case State.Quoted:
          if (character === '"') {
            state = State.QuoteInQuoted;
          } else {
            if (character === '\n') {
              line += 1;
            }
            append(character);
          }
          break;
        case State.QuoteInQuoted:
          if (character === '"') {
            append('"');
            state = State.Quoted;
          } else if (character === delimiter) {
            endField();
            state = State.FieldStart;
          } else if (character === '\n') {
            endField();
            const row = endRecord();
            line += 1;
            if (row) {
              yield row;
            }
          } else if (character === '\r' || character === ' ' || character === '\u001a') {
            // Trailing blanks after a closing quote are tolerated.
          } else {
            fail(
              'WATCHLIST_FILE_MALFORMED',
              `broken quoting: unexpected ${JSON.stringify(character)} after the closing quote of field ${fields.length + 1}` +
                (line !== recordLine ? ` on line ${line}` : ''),
            );
            state = State.SkipToEndOfLine;
          }
          break;
        case State.SkipToEndOfLine:
          if (character === '\n') {
            const row = endRecord();
            line += 1;
            if (row) {
              yield row;
            }
          }
          break;
      }
    }
  }
  if (state === State.Quoted) {
    throw new WatchlistError(
      'WATCHLIST_FILE_MALFORMED',
      `A quoted field opened on line ${quoteOpenedLine} is never closed (truncated file or broken quoting)`,
      { file: fileName, line: quoteOpenedLine },
    );
  }
  if (recordStarted || problem) {
    if (state !== State.SkipToEndOfLine) {
      endField();
    }
    const row = endRecord();
    if (row) {
      yield row;
    }
  }
}
