import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** A bundle file name as Vite writes it: no folders, so no way out of the assets folder. */
const ASSET = /^[\w.-]+\.(js|css)$/;

interface Compressed {
  br: Buffer;
  gzip: Buffer;
}

/**
 * Serves the web app's scripts and stylesheets brotli- or gzip-compressed when the browser accepts
 * it (the first page's script is a quarter of its size gzipped). Vite names them by content hash, so
 * each file is compressed once, off the event loop, and kept; anything else goes on to the static
 * files.
 */
export function compressedAssets(directory: string) {
  const cache = new Map<string, Promise<Compressed>>();
  const compress = async (path: string): Promise<Compressed> => {
    const content = await readFile(path);
    const [br, gzip] = await Promise.all([
      brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }),
      gzipped(content, { level: 9 }),
    ]);
    return { br, gzip };
  };

  return (request: Request, response: Response, next: NextFunction): void => {
    // originalUrl: the path as sent, wherever the middleware is mounted.
    const pathname = request.originalUrl.split('?')[0];
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !pathname.startsWith('/assets/')) {
      next();
      return;
    }
    const name = pathname.slice('/assets/'.length);
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
    const path = join(directory, 'assets', name);
    if (!ASSET.test(name) || encoding === null || !existsSync(path)) {
      next();
      return;
    }
    let entry = cache.get(name);
    if (!entry) {
      entry = compress(path);
      cache.set(name, entry);
    }
    entry.then(
      (compressed) => {
        const body = compressed[encoding];
        response.setHeader('Content-Type', `${name.endsWith('.js') ? 'text/javascript' : 'text/css'}; charset=utf-8`);
        response.setHeader('Content-Encoding', encoding);
        response.setHeader('Content-Length', String(body.length));
        response.setHeader('Vary', 'Accept-Encoding');
        response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        response.end(request.method === 'HEAD' ? undefined : body);
      },
      () => {
        cache.delete(name);
        next();
      },
    );
  };
}
