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
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
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
      headers: { ...incoming.headers, host: upstream.host },
      agent,
    },
    (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
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
server.keepAliveTimeout = 60_000;
server.listen(Number(listenPort), '127.0.0.1', () => {
  process.stdout.write(`proxy listening on ${listenPort} -> ${upstreamUrls.join(', ')}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
