import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { ReferenceFileNotFoundError } from '../reference.errors';

/**
 * Opens a registry file as a stream of text, gunzipping it when it starts with the gzip magic bytes
 * (so `ror-v2-records.json.gz` and the plain dump read alike). Nothing is read whole.
 */
export async function openReferenceText(path: string): Promise<Readable> {
  let head: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      head = Buffer.alloc(2);
      await handle.read(head, 0, 2, 0);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new ReferenceFileNotFoundError(path, error);
  }
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  const stream = gzipped ? raw.pipe(createGunzip()) : raw;
  if (gzipped) {
    raw.on('error', (error) => stream.destroy(error));
  }
  stream.setEncoding('utf8');
  return stream;
}
