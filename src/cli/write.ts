import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes and waits for the stream to drain when its buffer is full, so a large output does not pile up in memory. */
export async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) {
    await once(stream, 'drain');
  }
}
