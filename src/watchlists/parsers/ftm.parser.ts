import { basename } from 'node:path';
import type { DeltaOp, WatchlistParseEvent } from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { ftmEntityEvents, toFtmEntity, type FtmEntity } from './ftm-entities';
import { DEFAULT_MAX_LINE_CHARS, openText, recordLines, type PeekableText } from './text-input';
import {
  ADDRESS_TOWNS_READ_VERSION,
  CountingParser,
  type ParseRequest,
  type WatchlistParseOptions,
} from './watchlist-parser';
import { metadataEvent, rejectedEvent } from './parse-event';

const SNIFF_CHARS = 64 * 1024;

/** A parsed JSON line: the entity (and delta op), or why the line is rejected. */
export type FtmLine = { ok: true; entity: FtmEntity; op?: DeltaOp } | { ok: false; code: string; reason: string };

/** Reads a JSON line as a plain FtM entity. */
export function readEntityLine(text: string): FtmLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, code: 'WATCHLIST_RECORD_INVALID', reason: `not valid JSON: ${(error as Error).message}` };
  }
  const entity = toFtmEntity(value);
  return typeof entity === 'string'
    ? { ok: false, code: 'WATCHLIST_RECORD_INVALID', reason: entity }
    : { ok: true, entity };
}

/**
 * The first non-blank line of the text, read whole (up to the line limit) without consuming the text;
 * null when the text has none.
 */
export async function firstLine(
  text: PeekableText,
  maxLineChars: number,
): Promise<{ line: string; head: string } | null> {
  let head = await text.head(SNIFF_CHARS);
  const start = head.search(/\S/);
  if (start === -1) {
    return null;
  }
  if (head.indexOf('\n', start) === -1 && head.length >= SNIFF_CHARS) {
    head = await text.head(maxLineChars + SNIFF_CHARS);
  }
  const end = head.indexOf('\n', start);
  return { line: (end === -1 ? head.slice(start) : head.slice(start, end)).replace(/\r$/, ''), head };
}

/**
 * Streams the JSON lines of an FtM file as events. Shared by `ftm` and `ftm-delta`; `read` turns one
 * line into an entity (with its op for deltas) or a rejection.
 */
export async function* ftmLineEvents(
  text: PeekableText,
  fileName: string,
  listId: string,
  options: WatchlistParseOptions,
  read: (line: string) => FtmLine,
): AsyncGenerator<WatchlistParseEvent> {
  for await (const line of recordLines(text, fileName, options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS)) {
    if (!line.ok) {
      yield line.event;
      continue;
    }
    const position = line.position;
    const parsed = read(line.text);
    if (!parsed.ok) {
      yield rejectedEvent(position, parsed.code, parsed.reason);
      continue;
    }
    if (parsed.op === 'DEL') {
      yield { kind: 'deletion', id: parsed.entity.id, op: 'DEL', position };
      continue;
    }
    for (const event of ftmEntityEvents(parsed.entity, listId, position, parsed.op)) {
      yield event;
    }
  }
}

/** The list id an FtM file implies: the one dataset all entities in its head share, else the file name. */
export function listIdFromHead(head: string, fileName: string): string {
  let common: string[] | null = null;
  for (const line of head.split('\n').slice(0, -1)) {
    const parsed = line.trim().length > 0 ? readEntityLine(line) : null;
    if (parsed?.ok && parsed.entity.datasets.length > 0) {
      const datasets = parsed.entity.datasets;
      common = common === null ? [...datasets] : common.filter((dataset) => datasets.includes(dataset));
    }
  }
  if (common?.length === 1) {
    return common[0];
  }
  return basename(fileName).replace(/(\.entities)?(\.ftm)?\.(json|jsonl|ndjson)$/i, '');
}

/**
 * FollowTheMoney entities, one JSON object a line (OpenSanctions exports). Thing schemata become
 * entries; Ownership, Directorship, Membership, Employment, Family, Associate, UnknownLink, Payment
 * and Succession become relationships; Sanction becomes listing details; Passport and Identification
 * identifiers of their holder; Address an address record; anything else is `skipped`.
 */
export class FtmParser extends CountingParser<null> {
  readonly format = 'ftm' as const;
  readonly defaultListId = null;
  /** Since rules 1.149.0: address towns stored as `city` ({@link ADDRESS_TOWNS_READ_VERSION}). */
  readonly readVersion = ADDRESS_TOWNS_READ_VERSION;

  protected async *read({ source, options, listId: given }: ParseRequest<null>): AsyncGenerator<WatchlistParseEvent> {
    const { text, fileName } = await openText(source);
    const first = await firstLine(text, options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS);
    if (first && /^\s*\{\s*"op"\s*:/.test(first.line)) {
      throw new WatchlistError(
        'WATCHLIST_FORMAT_MISMATCH',
        'This is a FollowTheMoney delta file ({"op", "entity"} lines): import it with the ftm-delta format',
        { file: fileName, line: 1 },
      );
    }
    const parsed = first === null ? null : readEntityLine(first.line);
    if (!first || !parsed?.ok) {
      throw new WatchlistError(
        'WATCHLIST_FORMAT_MISMATCH',
        `Not a FollowTheMoney entities file: the first line must be a JSON object with "id" and "schema"` +
          (parsed && !parsed.ok ? ` (${parsed.reason})` : ''),
        { file: fileName, line: 1 },
      );
    }
    const head = first.head;
    const listId = given ?? listIdFromHead(head, fileName);
    yield metadataEvent({ format: this.format, listId, files: [fileName] });
    yield* ftmLineEvents(text, fileName, listId, options, readEntityLine);
  }
}
