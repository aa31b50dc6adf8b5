import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';
import { AppError } from '../common/app-error';
import type { WatchlistFormat } from './watchlist-record';

/** Upload names the parsers expect for each format's main file (OFAC's side files: see WatchlistParser.sideFiles). */
const LIST_ID = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

/** A list id given over the API: INVALID_ARGUMENT (argument `list`) unless it is one. */
export function checkListId(listId: string): void {
  if (!LIST_ID.test(listId)) {
    throw new AppError('INVALID_ARGUMENT', 'list must be 1 to 64 lower-case letters, digits, ".", "_" or "-"', {
      argument: 'list',
    });
  }
}

export const UPLOAD_FILE_NAMES: Partial<Record<WatchlistFormat, string>> = {
  'ofac-sdn': 'sdn.csv',
  'ofac-cons': 'cons_prim.csv',
  'un-xml': 'consolidated.xml',
  'csl-csv': 'csl.csv',
  'bis-dpl': 'dpl.txt',
  ftm: 'upload.entities.ftm.json',
  'ftm-delta': 'upload.entities.delta.json',
  'uk-sanctions': 'UK-Sanctions-List.upload',
  'uk-sanctions-jsonl': 'uksl-records.jsonl',
  'ca-nro': 'named-research-organizations.html',
  'jp-meti-eul': 'end-user-list.xlsx',
};

/** The private temporary folder an upload's parts are written to, kept on the request. */
const UPLOAD_DIRECTORY = Symbol('watchlist upload directory');

type UploadRequest = Request & { [UPLOAD_DIRECTORY]?: Promise<string> };

interface IncomingPart {
  fieldname: string;
  stream: NodeJS.ReadableStream;
}

export interface StoredPart {
  path: string;
  size: number;
}

/** The folder created for this request's upload (created on the first call). */
export function uploadDirectory(request: Request): Promise<string> {
  const upload = request as UploadRequest;
  upload[UPLOAD_DIRECTORY] ??= mkdtemp(join(tmpdir(), 'partner-graph-upload-'));
  return upload[UPLOAD_DIRECTORY];
}

/** Removes the request's upload folder, if it made one. */
export async function removeUploadDirectory(request: Request): Promise<void> {
  const directory = (request as UploadRequest)[UPLOAD_DIRECTORY];
  if (directory) {
    await rm(await directory, { recursive: true, force: true });
  }
}

/**
 * A multer storage engine (the one Nest's FileFieldsInterceptor runs) that streams each part of a
 * multipart upload to a file named after its field in the request's private temporary folder, never
 * holding it in memory. Sizes are limited by multer's `fileSize`.
 */
export const uploadStorage = {
  _handleFile(request: Request, part: IncomingPart, done: (error: Error | null, info?: StoredPart) => void): void {
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        callback(null, chunk);
      },
    });
    uploadDirectory(request)
      .then(async (directory) => {
        const path = join(directory, `part-${part.fieldname}`);
        await pipeline(part.stream, counter, createWriteStream(path));
        done(null, { path, size });
      })
      .catch((error: Error) => done(error));
  },
  _removeFile(_request: Request, part: Partial<StoredPart>, done: (error: Error | null) => void): void {
    if (!part.path) {
      done(null);
      return;
    }
    rm(part.path, { force: true }).then(
      () => done(null),
      (error: Error) => done(error),
    );
  },
};
