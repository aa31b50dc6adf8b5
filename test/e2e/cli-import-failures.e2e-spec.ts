import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateFtmFile } from '../../bench/import-generator';
import { databaseUri } from '../../src/neo4j/neo4j.module';
import { Neo4jService } from '../../src/neo4j/neo4j.service';
import { WatchlistsService } from '../../src/watchlists/watchlists.service';
import { CLI, type CliRun, run, sleep, startCli } from '../helpers/processes';
import { builtCliContext, testConfig } from '../helpers/test-app';

/** A TCP relay to the test database that the test can cut, as if Neo4j died. */
class DatabaseRelay {
  private readonly sockets = new Set<Socket>();
  private server: Server | null = null;
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  /** Refuses new connections and drops every open one. */
  async cut(): Promise<void> {
    const closed = new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    for (const socket of this.sockets) {
      socket.destroy();
    }
    await closed;
  }
}

describe('partner-graph import when things go wrong (the built CLI)', () => {
  let context: INestApplicationContext;
  let watchlists: WatchlistsService;
  let env: NodeJS.ProcessEnv;
  let scratch: string;

  const statusOf = async (listId: string): Promise<string[]> =>
    ((await watchlists.watchlists()).find((list) => list.id === listId)?.versions ?? []).map(
      (version) => `${version.id} ${version.status}`,
    );

  beforeAll(async () => {
    ({ env, context } = await builtCliContext());
    watchlists = context.get(WatchlistsService);
    scratch = mkdtempSync(join(tmpdir(), 'cli-import-failures-'));
  });

  afterAll(async () => {
    await context?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  describe('Neo4j dying in the middle of an import', () => {
    const listId = `test-${randomUUID().slice(0, 8)}`;
    let result: CliRun;
    let secondsToExit: number;

    beforeAll(async () => {
      const file = join(scratch, 'big.entities.ftm.json');
      await generateFtmFile({ path: file, size: 200_000, seed: 5 });
      const target = new URL(databaseUri(testConfig()));
      const relay = new DatabaseRelay({ host: target.hostname, port: Number(target.port) });
      await relay.start();
      const importing = startCli(['import', '--format', 'ftm', file, '--list', listId, '--json'], {
        ...env,
        NEO4J_URI: `bolt://127.0.0.1:${relay.port}`,
      });
      // Cut the database off once the import has written for a while.
      for (let attempt = 0; attempt < 600 && !(await statusOf(listId)).includes(`${listId}@1 importing`); attempt++) {
        await sleep(100);
      }
      await sleep(2_000);
      const cutAt = Date.now();
      await relay.cut();
      result = await importing.done;
      secondsToExit = (Date.now() - cutAt) / 1000;
      process.stderr.write(`CLI import exited ${secondsToExit.toFixed(1)} s after the database was cut off\n`);
    });

    it('exits non-zero within 45 seconds (the driver retries a transaction for up to 30 s)', () => {
      expect(result.code).toBe(3);
      expect(secondsToExit).toBeLessThan(45);
    });

    it('prints one clear line and no stack', () => {
      const lines = result.stderr.split('\n').filter((line) => line.trim().length > 0);
      expect(lines.filter((line) => line.startsWith('DATABASE_UNAVAILABLE: Neo4j stopped answering'))).toHaveLength(1);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(result.stdout).toBe('');
    });

    it('leaves the version importing, which abort-import refuses while its heartbeat is fresh and marks failed with --force', async () => {
      expect(await statusOf(listId)).toEqual([`${listId}@1 importing`]);
      // As if its process were still writing heartbeats.
      await context
        .get(Neo4jService)
        .runStatementText('MATCH (version:ListVersion {id: $versionId}) SET version.heartbeatAt = datetime()', {
          versionId: `${listId}@1`,
        });

      const refused = await run(process.execPath, [CLI, 'abort-import', listId], env);
      const forced = await run(process.execPath, [CLI, 'abort-import', listId, '--force'], env);

      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/^WATCHLIST_IMPORT_IN_PROGRESS: The import of .* is alive/m);
      expect(forced).toMatchObject({
        code: 0,
        stdout: `${listId}: version ${listId}@1 marked failed; the previous version stays active\n`,
      });
      expect(await statusOf(listId)).toEqual([`${listId}@1 failed`]);
    });
  });

  it('says so, exiting 0, when abort-import finds no running import', async () => {
    const listId = `test-${randomUUID().slice(0, 8)}`;

    const result = await run(process.execPath, [CLI, 'abort-import', listId], env);

    expect(result).toMatchObject({ code: 0, stdout: `${listId}: no import is running; nothing to abort\n` });
  });
});
