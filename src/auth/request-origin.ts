import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../common/app-error';
import { sendError } from '../common/http-exception.filter';
import { type AppConfig, isLoopbackHost } from '../config/app-config';

type Headers = Record<string, string | string[] | undefined>;

/** Methods that change nothing; every other method is a write. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The content types a cross-site form or `fetch` may send without asking the server first (CORS). */
const SIMPLE_CONTENT_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * A header a browser only sends cross-site after a CORS preflight the API never grants, so its
 * presence proves the request was not forged by another site.
 */
export const CSRF_HEADER = 'x-partner-graph-csrf';
const PREFLIGHT_HEADERS = [CSRF_HEADER, 'x-requested-with', 'apollo-require-preflight', 'x-apollo-operation-name'];

export type OriginPolicy = Pick<AppConfig, 'apiKeys' | 'allowedHosts' | 'allowedOrigins'>;

interface HostAndPort {
  name: string;
  port: number | null;
}

function single(headers: Headers, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Splits `name`, `name:port`, `[v6]:port`; `null` for something that is not a host. */
export function parseHost(value: string): HostAndPort | null {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]\s/@]+)(?::(\d{1,5}))?$/i.exec(value.trim());
  if (!match) {
    return null;
  }
  const name = match[1].toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return { name, port: match[2] === undefined ? null : Number(match[2]) };
}

/**
 * Against DNS rebinding: a page on evil.example that makes its name resolve to 127.0.0.1 reaches
 * the API with `Host: evil.example`. In local mode only loopback names on the listening port are
 * answered; ALLOWED_HOSTS replaces that list (and, with API keys, turns the check on).
 */
export function hostRefusal(
  headers: Headers,
  listeningPort: number | undefined,
  policy: OriginPolicy,
): AppError | null {
  const localMode = policy.apiKeys.length === 0;
  if (policy.allowedHosts === null && !localMode) {
    return null;
  }
  const raw = single(headers, 'host') ?? '';
  const host = parseHost(raw);
  const refusal = new AppError(
    'HOST_NOT_ALLOWED',
    `This API does not answer for host "${raw.slice(0, 100)}"; call it as 127.0.0.1 or localhost, or add the name to ALLOWED_HOSTS`,
    { header: 'host' },
  );
  if (!host) {
    return refusal;
  }
  if (policy.allowedHosts !== null) {
    const allowed = policy.allowedHosts.some((entry) => {
      const wanted = parseHost(entry);
      return wanted !== null && wanted.name === host.name && (wanted.port === null || wanted.port === host.port);
    });
    return allowed ? null : refusal;
  }
  const port = host.port ?? 80;
  return isLoopbackHost(host.name) && port === listeningPort ? null : refusal;
}

/**
 * A write (any method but GET, HEAD, OPTIONS) from a web page of another origin is refused: its
 * `Origin` must be the API's own (same host and port as the `Host` header) or in ALLOWED_ORIGINS.
 * Browsers that send no `Origin` still send `Sec-Fetch-Site`. Clients that are not browsers
 * (curl, other services) send neither and pass.
 */
export function crossSiteRefusal(method: string, headers: Headers, policy: OriginPolicy): AppError | null {
  if (SAFE_METHODS.has(method.toUpperCase())) {
    return null;
  }
  const origin = single(headers, 'origin');
  if (origin !== undefined) {
    if (isOwnOrigin(origin, single(headers, 'host')) || policy.allowedOrigins.includes(origin.toLowerCase())) {
      return null;
    }
    return new AppError(
      'CROSS_SITE_REQUEST',
      `Writes from a web page of another origin (${origin.slice(0, 100)}) are refused; add it to ALLOWED_ORIGINS if it is yours`,
      { header: 'origin' },
    );
  }
  const site = single(headers, 'sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return new AppError('CROSS_SITE_REQUEST', `Writes from a ${site} web page are refused`, {
      header: 'sec-fetch-site',
    });
  }
  return null;
}

function isOwnOrigin(origin: string, hostHeader: string | undefined): boolean {
  if (hostHeader === undefined) {
    return false;
  }
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return false;
  }
  const fromOrigin = parseHost(url.host);
  const fromHost = parseHost(hostHeader);
  if (!fromOrigin || !fromHost) {
    return false;
  }
  const defaultPort = url.protocol === 'https:' ? 443 : 80;
  return fromOrigin.name === fromHost.name && (fromOrigin.port ?? defaultPort) === (fromHost.port ?? defaultPort);
}

/**
 * A write must say what it sends with a content type a cross-site form cannot send (JSON,
 * `application/octet-stream` for a list file, …), or carry a header such as `x-partner-graph-csrf`
 * that a browser only sends after a CORS preflight, which this API never grants.
 */
export function contentTypeRefusal(method: string, headers: Headers): AppError | null {
  if (SAFE_METHODS.has(method.toUpperCase())) {
    return null;
  }
  if (PREFLIGHT_HEADERS.some((name) => (single(headers, name) ?? '').length > 0)) {
    return null;
  }
  const contentType = single(headers, 'content-type');
  const mediaType = contentType?.split(';')[0].trim().toLowerCase() ?? '';
  if (mediaType !== '' && !SIMPLE_CONTENT_TYPES.has(mediaType)) {
    return null;
  }
  return new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    `${mediaType === '' ? 'A write without a Content-Type' : `Content-Type ${mediaType}`} is refused, as a cross-site form could send it: send application/json (or application/octet-stream for a list file), or the header ${CSRF_HEADER}: 1`,
    { header: 'content-type' },
  );
}

/** Express middleware running the checks above before the body is read. */
export function requestOriginMiddleware(policy: OriginPolicy) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const refusal =
      hostRefusal(request.headers, request.socket.localPort, policy) ??
      crossSiteRefusal(request.method, request.headers, policy) ??
      // With API keys every call carries a key header, which a browser sends cross-site only after
      // a preflight the API never grants; so only local mode needs this check.
      (policy.apiKeys.length === 0 ? contentTypeRefusal(request.method, request.headers) : null);
    if (refusal) {
      // Node discards the unread body once the response ends.
      sendError(response, refusal, request.path === '/graphql' ? 'graphql' : 'rest');
      return;
    }
    next();
  };
}
