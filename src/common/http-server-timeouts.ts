import type { Server } from 'node:http';

/**
 * Sets the HTTP server's keep-alive timeout, and the header and request timeouts above it. A client
 * that reuses an idle connection just as the server closes it gets ECONNRESET; with the server
 * keeping connections longer than its clients do (65 s by default, against Node's 5 s), the client
 * closes first. Node answers `Keep-Alive: timeout=<seconds>`, so clients that read the hint (Node's
 * agent with a timeout, undici) close a second before it. The header timeout must exceed the
 * keep-alive timeout, or a connection idle between requests can be cut while its next request's
 * headers arrive.
 */
export function applyHttpServerTimeouts(server: Server, keepAliveTimeoutMs: number): void {
  server.keepAliveTimeout = keepAliveTimeoutMs;
  server.headersTimeout = keepAliveTimeoutMs + 1_000;
  if (server.requestTimeout > 0 && server.requestTimeout <= server.headersTimeout) {
    server.requestTimeout = server.headersTimeout + 1_000;
  }
}
