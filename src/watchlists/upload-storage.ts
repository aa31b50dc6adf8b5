import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request } from 'express';

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
