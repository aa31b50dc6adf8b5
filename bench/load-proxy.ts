/**
 * A tiny round-robin reverse proxy (Node `http`, no dependency) for the load bench: each request goes
 * to the next upstream API process. The Host header is rewritten to the upstream's, because an API in
 * local mode answers only for its own loopback host and port. No sticky sessions: the API keeps no
 * per-client state.
 *
 *   node dist-bench/bench/load-proxy.js <listen-port> <upstream-url> [<upstream-url> …]
 */
import { Agent, createServer, request } from 'node:http';

const [listenPort, ...upstreamUrls] = process.argv.slice(2);
if (!listenPort || upstreamUrls.length === 0) {
  process.stderr.write('usage: load-proxy <listen-port> <upstream-url> [<upstream-url> …]\n');
  process.exit(2);
}
const upstreams = upstreamUrls.map((url) => new URL(url));
// Idle upstream sockets are closed by the proxy after 30 s, before the API's keep-alive timeout (65 s).
const agent = new Agent({ keepAlive: true, maxSockets: 64, timeout: 30_000 });
/** Headers about one connection, not the message: never forwarded (RFC 9110, 7.6.1). */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']);
const endToEnd = (headers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name.toLowerCase())));
let next = 0;

const server = createServer((incoming, outgoing) => {
  const upstream = upstreams[next];
  next = (next + 1) % upstreams.length;
  const forwarded = request(
    {
      host: upstream.hostname,
      port: upstream.port,
      method: incoming.method,
      path: incoming.url,
      headers: { ...endToEnd(incoming.headers), host: upstream.host },
      agent,
    },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers) as Record<string, string | string[]>);
      answer.pipe(outgoing);
    },
  );
  forwarded.on('error', (error) => {
    if (!outgoing.headersSent) {
      outgoing.writeHead(502, { 'content-type': 'application/json' });
    }
    outgoing.end(JSON.stringify({ code: 'BAD_GATEWAY', message: error.message }));
  });
  incoming.pipe(forwarded);
});
// Longer than the load generator keeps an idle socket (30 s), so the generator always closes first.
server.keepAliveTimeout = 60_000;
server.headersTimeout = 61_000;
server.listen(Number(listenPort), '127.0.0.1', () => {
  process.stdout.write(`proxy listening on ${listenPort} -> ${upstreamUrls.join(', ')}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
