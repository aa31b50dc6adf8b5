import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { DeltaOp, WatchlistParseEvent } from '../watchlist-record';
import { WatchlistError } from '../watchlists.errors';
import { toFtmEntity } from './ftm-entities';
import { firstLine, ftmLineEvents, type FtmLine } from './ftm.parser';
import { DEFAULT_MAX_LINE_CHARS, openText, readSmallText, sourceName, type WatchlistSource } from './text-input';
import { CountingParser, type ImportUnit, type ParseRequest } from './watchlist-parser';
import { metadataEvent } from './parse-event';

const OPS = new Set<DeltaOp>(['ADD', 'MOD', 'DEL']);
const INDEX_FILE = 'delta.json';

/** One delta file named by a `delta.json` index, oldest first. */
export interface FtmDeltaFile {
  /** "20240527194702-wnk": sorts in time order. */
  version: string;
  /** Where the publisher serves it. */
  url: string;
  /** Where it is on disk: `<version>.entities.delta.json` beside the index. */
  path: string;
  /** The time the version label carries, ISO (UTC). */
  issuedAt: string | null;
}

export interface FtmDeltaIndex {
  updatedAt: string | null;
  /** The dataset the deltas update, from the URLs (".../artifacts/<dataset>/<version>/..."); null if unknown. */
  dataset: string | null;
  files: FtmDeltaFile[];
}

/** "20240527194702-wnk" → "2024-05-27T19:47:02Z". */
export function versionTime(version: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(version);
  return match ? `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z` : null;
}

function versionOf(fileName: string): string | null {
  const match = /^(\d{14}-[A-Za-z0-9]+)\./.exec(fileName);
  return match ? match[1] : null;
}

/** Reads an OpenSanctions `delta.json` index: the versions in order, with their local paths. */
export async function readFtmDeltaIndex(indexPath: string): Promise<FtmDeltaIndex> {
  const fileName = basename(indexPath);
  const text = await readSmallText(
    indexPath,
    (error) =>
      new WatchlistError('WATCHLIST_FILE_NOT_FOUND', `Cannot read delta index ${indexPath}`, { file: fileName }, error),
  );
  let index: unknown;
  try {
    index = JSON.parse(text);
  } catch (error) {
    throw WatchlistError.causedBy('WATCHLIST_FILE_MALFORMED', 'The delta index is not valid JSON', fileName, error);
  }
  const versions = (index as { versions?: unknown } | null)?.versions;
  if (typeof versions !== 'object' || versions === null || Array.isArray(versions)) {
    throw new WatchlistError(
      'WATCHLIST_FORMAT_MISMATCH',
      'Not a FollowTheMoney delta index: it has no "versions" object',
      {
        file: fileName,
      },
    );
  }
  const directory = dirname(indexPath);
  const files = Object.entries(versions as Record<string, unknown>)
    .filter((pair): pair is [string, string] => typeof pair[1] === 'string')
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([version, url]) => ({
      version,
      url,
      path: join(directory, `${version}.entities.delta.json`),
      issuedAt: versionTime(version),
    }));
  const updatedAt = (index as { updated_at?: unknown }).updated_at;
  const dataset =
    files.map((file) => /\/artifacts\/([^/]+)\//.exec(file.url)?.[1]).find((name) => name !== undefined) ?? null;
  return { updatedAt: typeof updatedAt === 'string' ? updatedAt : null, dataset, files };
}

/**
 * The delta files of an index in the order they must be applied, optionally only those after a
 * version already applied. A file the index names but the folder lacks fails with its name.
 */
export async function* ftmDeltaFiles(
  indexPath: string,
  { after }: { after?: string } = {},
): AsyncGenerator<FtmDeltaFile> {
  const index = await readFtmDeltaIndex(indexPath);
  for (const file of index.files) {
    if (after !== undefined && file.version.localeCompare(after) <= 0) {
      continue;
    }
    if (!existsSync(file.path)) {
      throw new WatchlistError(
        'WATCHLIST_FILE_NOT_FOUND',
        `Delta version ${file.version} is listed in the index but missing`,
        {
          file: basename(file.path),
        },
      );
    }
    yield file;
  }
}

function readDeltaLine(text: string): FtmLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, code: 'WATCHLIST_RECORD_INVALID', reason: `not valid JSON: ${(error as Error).message}` };
  }
  const object = value as { op?: unknown; entity?: unknown } | null;
  if (typeof object !== 'object' || object === null || !OPS.has(object.op as DeltaOp)) {
    return {
      ok: false,
      code: 'WATCHLIST_RECORD_INVALID',
      reason: 'a delta line must be {"op": "ADD" | "MOD" | "DEL", "entity": {…}}',
    };
  }
  const op = object.op as DeltaOp;
  if (op === 'DEL') {
    const id = (object.entity as { id?: unknown } | null)?.id;
    return typeof id === 'string' && id.length > 0
      ? { ok: true, op, entity: { id, schema: '', properties: {}, datasets: [], referents: [] } }
      : { ok: false, code: 'WATCHLIST_RECORD_INVALID', reason: 'a DEL line has no entity id' };
  }
  const entity = toFtmEntity(object.entity);
  return typeof entity === 'string'
    ? { ok: false, code: 'WATCHLIST_RECORD_INVALID', reason: `${op}: ${entity}` }
    : { ok: true, op, entity };
}

/**
 * One FollowTheMoney delta file: lines `{"op": "ADD" | "MOD" | "DEL", "entity": {…}}`. ADD and MOD
 * give the same events as the `ftm` format with the op on each; DEL gives a `deletion` of the id.
 * An empty delta file is valid (a version with no changes). The version and its time come from the
 * file name; the list id from the option, else the dataset of the `delta.json` beside the file.
 * Apply the files of an index in the order `ftmDeltaFiles` gives.
 */
export class FtmDeltaParser extends CountingParser<null> {
  readonly format = 'ftm-delta' as const;
  readonly defaultListId = null;

  protected async *read({ source, options, listId: given }: ParseRequest<null>): AsyncGenerator<WatchlistParseEvent> {
    const { text, fileName, empty } = await openText(source, { allowEmpty: true });
    if (!empty) {
      const first = await firstLine(text, options.maxLineChars ?? DEFAULT_MAX_LINE_CHARS);
      const parsed = first ? readDeltaLine(first.line) : null;
      if (!parsed?.ok) {
        throw new WatchlistError(
          'WATCHLIST_FORMAT_MISMATCH',
          'Not a FollowTheMoney delta file: the first line must be {"op": "ADD" | "MOD" | "DEL", "entity": {"id": …}}' +
            (parsed && !parsed.ok ? ` (${parsed.reason})` : ''),
          { file: fileName, line: 1 },
        );
      }
    }
    const listId = given ?? (await this.listIdBeside(source)) ?? 'ftm';
    const version = versionOf(sourceName(source));
    yield metadataEvent({
      format: this.format,
      listId,
      files: [fileName],
      version,
      issuedAt: version ? versionTime(version) : null,
    });
    if (!empty) {
      yield* ftmLineEvents(text, fileName, listId, options, readDeltaLine);
    }
  }

  /** A delta file is one version; an index (`delta.json`) or its folder, every delta it names, in order. */
  async *importUnits(path: string): AsyncGenerator<ImportUnit> {
    const isFolder = existsSync(path) && statSync(path).isDirectory();
    if (!isFolder && basename(path) !== INDEX_FILE) {
      yield { path, deltaVersion: null };
      return;
    }
    for await (const file of ftmDeltaFiles(isFolder ? join(path, INDEX_FILE) : path)) {
      yield { path: file.path, deltaVersion: file.version };
    }
  }

  private async listIdBeside(source: WatchlistSource): Promise<string | null> {
    if (typeof source !== 'string') {
      return null;
    }
    const indexPath = join(dirname(source), INDEX_FILE);
    if (!existsSync(indexPath)) {
      return null;
    }
    try {
      return (await readFtmDeltaIndex(indexPath)).dataset;
    } catch {
      return null;
    }
  }
}
