import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { SyncError } from './sync.errors';

export interface DownloadLimits {
  maxBytes: number;
  /** For the whole exchange, body included: a body that trickles is stopped too. */
  timeoutMs: number;
  maxRedirects: number;
}

/** What a previous download of the same URL left to make the next one conditional. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type DownloadOutcome =
  | { status: 'not-modified'; url: string }
  | {
      status: 'downloaded';
      url: string;
      bytes: number;
      sha256: string;
      etag: string | null;
      lastModified: string | null;
      contentType: string | null;
    };

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/** If-None-Match when an ETag is known, If-Modified-Since when a Last-Modified date is (RFC 9110 §13.1). */
export function conditionalHeaders(previous: Validators | null): Record<string, string> {
  const headers: Record<string, string> = {};
  if (previous?.etag) {
    headers['if-none-match'] = previous.etag;
  }
  if (previous?.lastModified) {
    headers['if-modified-since'] = previous.lastModified;
  }
  return headers;
}

/**
 * Whether a response's content type can be the file: a publisher (or a proxy, a captive portal, a
 * moved page) answering 200 with an HTML page where a CSV, XML or workbook belongs is refused before
 * the parser sees it. Lists published as a page (ca-nro) accept HTML.
 */
export function acceptableContentType(contentType: string | null, expectsHtml: boolean): boolean {
  if (contentType === null || expectsHtml) {
    return true;
  }
  const media = contentType.split(';')[0].trim().toLowerCase();
  return media !== 'text/html' && media !== 'application/xhtml+xml';
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Downloads `url` into `destination` unless the server says it has not changed since `previous`.
 * Redirects are followed by hand, at most `maxRedirects`; the size limit is checked against
 * Content-Length first and then byte by byte; the SHA-256 is computed while writing. Every failure
 * is a SyncError naming the URL, and leaves no partial file.
 */
export async function conditionalDownload(
  url: string,
  destination: string,
  options: {
    previous: Validators | null;
    limits: DownloadLimits;
    expectsHtml?: boolean;
    fetch?: FetchFunction;
    userAgent?: string;
  },
): Promise<DownloadOutcome> {
  const fetchFunction = options.fetch ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.limits.timeoutMs);
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      let response: Response;
      try {
        response = await fetchFunction(current, {
          redirect: 'manual',
          signal: controller.signal,
          headers: {
            ...conditionalHeaders(options.previous),
            'user-agent': options.userAgent ?? 'partner-graph-sync',
            accept: '*/*',
          },
        });
      } catch (error) {
        throw requestFailed(current, controller.signal.aborted, options.limits.timeoutMs, error);
      }
      if (REDIRECTS.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) {
          throw new SyncError('SYNC_DOWNLOAD_FAILED', `${current} answered ${response.status} with no Location`, {
            url: current,
          });
        }
        if (redirects >= options.limits.maxRedirects) {
          throw new SyncError(
            'SYNC_DOWNLOAD_FAILED',
            `${url} redirected more than ${options.limits.maxRedirects} times (last to ${location})`,
            { url },
          );
        }
        current = new URL(location, current).toString();
        continue;
      }
      if (response.status === 304) {
        await response.body?.cancel();
        return { status: 'not-modified', url: current };
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        throw new SyncError('SYNC_DOWNLOAD_FAILED', `${current} answered HTTP ${response.status}`, {
          url: current,
          status: response.status,
        });
      }
      const contentType = response.headers.get('content-type');
      if (!acceptableContentType(contentType, options.expectsHtml === true)) {
        await response.body?.cancel();
        throw new SyncError(
          'SYNC_DOWNLOAD_FAILED',
          `${current} answered ${contentType} where a data file was expected (an error or login page?)`,
          { url: current, contentType: contentType ?? '' },
        );
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > options.limits.maxBytes) {
        await response.body?.cancel();
        throw tooLarge(current, options.limits.maxBytes);
      }
      if (!response.body) {
        throw new SyncError('SYNC_DOWNLOAD_FAILED', `${current} answered 200 with no body`, { url: current });
      }
      const written = await writeBody(response.body, destination, current, options.limits, controller.signal);
      if (Number.isFinite(declared) && written.bytes !== declared) {
        await unlink(destination).catch(() => undefined);
        throw new SyncError(
          'SYNC_DOWNLOAD_FAILED',
          `${current} sent ${written.bytes} bytes of the ${declared} it announced (truncated)`,
          { url: current },
        );
      }
      return {
        status: 'downloaded',
        url: current,
        bytes: written.bytes,
        sha256: written.sha256,
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
        contentType,
      };
    }
  } finally {
    clearTimeout(timer);
  }
}

async function writeBody(
  body: WebReadableStream<Uint8Array>,
  destination: string,
  url: string,
  limits: DownloadLimits,
  signal: AbortSignal,
): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > limits.maxBytes) {
        callback(tooLarge(url, limits.maxBytes));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body), meter, createWriteStream(destination), { signal });
  } catch (error) {
    await unlink(destination).catch(() => undefined);
    if (error instanceof SyncError) {
      throw error;
    }
    throw requestFailed(url, signal.aborted, limits.timeoutMs, error);
  }
  return { bytes, sha256: hash.digest('hex') };
}

function tooLarge(url: string, maxBytes: number): SyncError {
  return new SyncError('SYNC_DOWNLOAD_FAILED', `${url} is larger than the ${maxBytes}-byte limit (SYNC_MAX_BYTES)`, {
    url,
    maxBytes,
  });
}

function requestFailed(url: string, timedOut: boolean, timeoutMs: number, error: unknown): SyncError {
  if (timedOut) {
    return new SyncError('SYNC_DOWNLOAD_FAILED', `${url} did not finish within ${timeoutMs} ms (SYNC_TIMEOUT_MS)`, {
      url,
      timeoutMs,
    });
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const reason = cause?.code ?? cause?.message ?? (error as Error).message;
  return new SyncError('SYNC_DOWNLOAD_FAILED', `${url} could not be fetched: ${reason}`, { url }, error);
}
