import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { applyHttpServerTimeouts } from './http-server-timeouts';

/** The Keep-Alive header of one answer over a real connection. */
async function keepAliveHeader(server: Server): Promise<string | undefined> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, path: '/', headers: { connection: 'keep-alive' } },
      (answer) => {
        answer.resume();
        answer.on('end', () => resolve(String(answer.headers['keep-alive'])));
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe(applyHttpServerTimeouts.name, () => {
  let sut: Server | null = null;

  afterEach(async () => {
    await new Promise((resolve) => (sut?.listening ? sut.close(resolve) : resolve(undefined)));
    sut?.closeAllConnections();
    sut = null;
  });

  it('keeps idle connections for the configured time, with the header and request timeouts above it', () => {
    sut = createServer();

    applyHttpServerTimeouts(sut, 65_000);

    expect(sut.keepAliveTimeout).toBe(65_000);
    expect(sut.headersTimeout).toBeGreaterThan(sut.keepAliveTimeout);
    expect(sut.requestTimeout === 0 || sut.requestTimeout > sut.headersTimeout).toBe(true);
  });

  it('raises a request timeout that would fall below the header timeout', () => {
    sut = createServer({ requestTimeout: 30_000, headersTimeout: 20_000 });

    applyHttpServerTimeouts(sut, 120_000);

    expect(sut.headersTimeout).toBe(121_000);
    expect(sut.requestTimeout).toBeGreaterThan(sut.headersTimeout);
  });

  it('tells clients how long it keeps an idle connection, so that they close it first', async () => {
    sut = createServer((_incoming, outgoing) => outgoing.end('ok'));
    applyHttpServerTimeouts(sut, 65_000);

    expect(await keepAliveHeader(sut)).toBe('timeout=65');
  });
});
