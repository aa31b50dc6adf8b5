import { createReadStream, statSync, type Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import type { WatchlistParseEvent, WatchlistPosition } from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { rejectedEvent } from './parse-event';

/** A file path, or an already open stream (an HTTP upload) with the name to use in messages. */
export type WatchlistSource = string | { stream: Readable; fileName: string };

/** Limits that keep memory flat whatever the file holds. */
export const DEFAULT_MAX_FIELD_CHARS = 1024 * 1024;
export const DEFAULT_MAX_LINE_CHARS = 1024 * 1024;

const READ_CHUNK_BYTES = 64 * 1024;

export interface OpenedSource {
  stream: Readable;
  /** Base name, for messages and positions. */
  fileName: string;
}

export function openSource(source: WatchlistSource): OpenedSource {
  if (typeof source !== 'string') {
    return source;
  }
  const fileName = basename(source);
  if (!statWatchlistFile(source).isFile()) {
    throw new WatchlistError('WATCHLIST_FILE_NOT_FOUND', `${source} is not a file`, { file: fileName });
  }
  return { stream: createReadStream(source, { highWaterMark: READ_CHUNK_BYTES }), fileName };
}

/** The file's status; a path that cannot be read fails as WATCHLIST_FILE_NOT_FOUND. */
export function statWatchlistFile(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    throw new WatchlistError(
      'WATCHLIST_FILE_NOT_FOUND',
      `Cannot read watchlist file ${path}`,
      { file: basename(path) },
      error,
    );
  }
}

/** A whole (small) text file: an index or a mapping; a file that cannot be read fails as `failure` says. */
export async function readSmallText(path: string, failure: (cause: unknown) => WatchlistError): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw failure(error);
  }
}

export function sourceName(source: WatchlistSource): string {
  return typeof source === 'string' ? basename(source) : source.fileName;
}

/**
 * Decodes a byte stream as UTF-8, failing on the first invalid byte sequence with its line, so a
 * mis-encoded file is never imported with replacement characters in its names. A leading BOM is dropped.
 */
export async function* decodeUtf8(stream: Readable, fileName: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let completedLines = 0;
  let bytesRead = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch (error) {
      stream.destroy();
      const offset = firstInvalidUtf8Offset(bytes);
      const line = completedLines + countNewlines(bytes.subarray(0, offset)) + 1;
      throw new WatchlistError(
        'WATCHLIST_FILE_INVALID_ENCODING',
        `Invalid UTF-8 at byte ${bytesRead + offset}: the file must be UTF-8 encoded`,
        { file: fileName, line },
        error,
      );
    }
    bytesRead += bytes.length;
    completedLines += countNewlines(bytes);
    if (text.length > 0) {
      yield text;
    }
  }
  try {
    const rest = decoder.decode();
    if (rest.length > 0) {
      yield rest;
    }
  } catch (error) {
    throw new WatchlistError(
      'WATCHLIST_FILE_INVALID_ENCODING',
      'The file ends inside a UTF-8 multi-byte sequence (truncated or not UTF-8)',
      { file: fileName, line: completedLines + 1 },
      error,
    );
  }
}

function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  let index = bytes.indexOf(0x0a);
  while (index !== -1) {
    count += 1;
    index = bytes.indexOf(0x0a, index + 1);
  }
  return count;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence (0 when the chunk is valid). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index];
    let length: number;
    if (byte < 0x80) {
      length = 1;
    } else if (byte >= 0xc2 && byte <= 0xdf) {
      length = 2;
    } else if (byte >= 0xe0 && byte <= 0xef) {
      length = 3;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      length = 4;
    } else {
      return index;
    }
    if (index + length > bytes.length) {
      // A sequence cut by the chunk end; the decoder carries it into the next chunk.
      return index;
    }
    for (let next = 1; next < length; next += 1) {
      if ((bytes[index + next] & 0xc0) !== 0x80) {
        return index;
      }
    }
    index += length;
  }
  return 0;
}

/**
 * A text stream whose head can be inspected (to sniff the format) before it is consumed, without
 * reading more than the head into memory.
 */
export class PeekableText implements AsyncIterable<string> {
  private readonly iterator: AsyncIterator<string>;
  private readonly buffered: string[] = [];
  private bufferedLength = 0;
  private exhausted = false;

  constructor(source: AsyncIterable<string>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** At least `minChars` characters from the start (fewer only when the text is shorter). */
  async head(minChars: number): Promise<string> {
    while (this.bufferedLength < minChars && !this.exhausted) {
      const next = await this.iterator.next();
      if (next.done) {
        this.exhausted = true;
      } else {
        this.buffered.push(next.value);
        this.bufferedLength += next.value.length;
      }
    }
    return this.buffered.join('');
  }

  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    while (this.buffered.length > 0) {
      yield this.buffered.shift() as string;
    }
    this.bufferedLength = 0;
    if (this.exhausted) {
      return;
    }
    for (;;) {
      const next = await this.iterator.next();
      if (next.done) {
        return;
      }
      yield next.value;
    }
  }
}

/** Opens, decodes and checks a source is not empty; returns the text ready to sniff. */
export async function openText(
  source: WatchlistSource,
  { allowEmpty = false }: { allowEmpty?: boolean } = {},
): Promise<{ text: PeekableText; fileName: string; empty: boolean }> {
  const { stream, fileName } = openSource(source);
  const text = new PeekableText(decodeUtf8(stream, fileName));
  const head = await text.head(1);
  let empty = head.length === 0;
  if (!empty && head.trim().length === 0) {
    empty = (await text.head(64 * 1024)).trim().length === 0;
  }
  if (empty && !allowEmpty) {
    stream.destroy();
    throw new WatchlistError('WATCHLIST_FILE_EMPTY', 'The file is empty', { file: fileName });
  }
  return { text, fileName, empty };
}

export type TextLine = { line: number; text: string; tooLong: false } | { line: number; length: number; tooLong: true };

/**
 * Splits text into lines (without their line ending). A line longer than `maxLineChars` is not kept:
 * its characters are counted and dropped until the next newline, so memory stays bounded.
 */
export async function* splitLines(text: AsyncIterable<string>, maxLineChars: number): AsyncGenerator<TextLine> {
  let lineNumber = 1;
  let pending = '';
  let overflowLength = -1;
  for await (const chunk of text) {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf('\n', start);
      const piece = newline === -1 ? chunk.slice(start) : chunk.slice(start, newline);
      if (overflowLength >= 0) {
        overflowLength += piece.length;
      } else if (pending.length + piece.length > maxLineChars) {
        overflowLength = pending.length + piece.length;
        pending = '';
      } else {
        pending += piece;
      }
      if (newline === -1) {
        break;
      }
      yield overflowLength >= 0
        ? { line: lineNumber, length: overflowLength, tooLong: true }
        : { line: lineNumber, text: stripCarriageReturn(pending), tooLong: false };
      pending = '';
      overflowLength = -1;
      lineNumber += 1;
      start = newline + 1;
    }
  }
  if (overflowLength >= 0) {
    yield { line: lineNumber, length: overflowLength, tooLong: true };
  } else if (pending.length > 0) {
    yield { line: lineNumber, text: stripCarriageReturn(pending), tooLong: false };
  }
}

/** A saxes parse error as a malformed-file error at the line given (a WatchlistError passes through). */
export function malformedXml(cause: Error, fileName: string, line: number): WatchlistError {
  if (cause instanceof WatchlistError) {
    return cause;
  }
  // saxes prefixes its messages with "file:line:column: ".
  const detail = cause.message.replace(/^[^:]*:\d+:\d+:\s*/, '');
  return new WatchlistError(
    'WATCHLIST_FILE_MALFORMED',
    `Malformed or truncated XML: ${detail}`,
    { file: fileName, line },
    cause,
  );
}

/** A non-blank line of a one-record-a-line file, or the rejection of a line over the limit. */
export type RecordLine =
  { ok: true; position: WatchlistPosition; text: string } | { ok: false; event: WatchlistParseEvent };

/** The non-blank lines of a one-record-a-line file (JSON lines), numbered as records. */
export async function* recordLines(
  text: AsyncIterable<string>,
  fileName: string,
  maxLineChars: number,
): AsyncGenerator<RecordLine> {
  let record = 0;
  for await (const line of splitLines(text, maxLineChars)) {
    if (!line.tooLong && line.text.trim().length === 0) {
      continue;
    }
    record += 1;
    const position: WatchlistPosition = { file: fileName, line: line.line, record };
    yield line.tooLong
      ? {
          ok: false,
          event: rejectedEvent(
            position,
            'WATCHLIST_FIELD_TOO_LARGE',
            `line of ${line.length} characters is longer than the limit of ${maxLineChars}`,
          ),
        }
      : { ok: true, position, text: line.text };
  }
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
